package catalog_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
)

// misspelledCatalogJSON returns a catalog of n entries, renamed copies of
// the default entries, in which every progression names its target with
// two letters swapped: each gives a "did you mean" finding, the case that
// made validation quadratic.
func misspelledCatalogJSON(b *testing.B, n int) []byte {
	var c catalog.Catalog
	if err := json.Unmarshal(bigCatalogJSON(b, n), &c); err != nil {
		b.Fatal(err)
	}
	for i := range c.Exercises {
		r := []byte(c.Exercises[(i+1)%len(c.Exercises)].ID)
		r[1], r[2] = r[2], r[1]
		c.Exercises[i].Progression = string(r)
	}
	// Compact: 5,000 default entries, figures and all, indented would pass
	// the 10 MiB limit of a catalog file.
	data, err := json.Marshal(c)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

func BenchmarkValidateMisspelled(b *testing.B) {
	for _, n := range []int{500, 5000} {
		data := misspelledCatalogJSON(b, n)
		b.Run(fmt.Sprintf("%d-entries", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				_, fs := catalog.Validate("big.json", data, catalog.Default())
				if len(fs) < n/2 {
					b.Fatalf("%d findings, want one per misspelled progression", len(fs))
				}
			}
		})
	}
}
