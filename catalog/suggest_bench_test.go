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
	base := catalog.Default()
	c := catalog.Catalog{}
	for k := 1; len(c.Exercises) < n; k++ {
		for _, e := range base.Exercises {
			if len(c.Exercises) >= n {
				break
			}
			e.ID = fmt.Sprintf("%s-v%d", e.ID, k)
			next := base.Exercises[(len(c.Exercises)+1)%len(base.Exercises)].ID
			r := []byte(fmt.Sprintf("%s-v%d", next, k))
			r[1], r[2] = r[2], r[1]
			e.Progression = string(r)
			c.Exercises = append(c.Exercises, e)
		}
	}
	data, err := json.MarshalIndent(c, "", "  ")
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
