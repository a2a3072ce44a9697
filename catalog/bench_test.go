package catalog_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
)

// bigCatalogJSON returns a catalog file of n entries: renamed copies of the
// default entries, each copy's progressions kept within it, without their
// figures (a figure is about a third of an entry; 5,000 entries with
// figures would pass the 10 MiB limit a catalog file has).
func bigCatalogJSON(b *testing.B, n int) []byte {
	base := catalog.Default()
	c := catalog.Catalog{}
	for k := 1; len(c.Exercises) < n; k++ {
		copied := map[string]bool{}
		first := len(c.Exercises)
		for _, e := range base.Exercises {
			if len(c.Exercises) >= n {
				break
			}
			copied[e.ID] = true
			e.ID = fmt.Sprintf("%s-v%d", e.ID, k)
			e.Figure = nil
			// A catalog in one language: with the German translations
			// 5,000 entries pass the 10 MiB limit of a catalog file.
			e.Translations = nil
			c.Exercises = append(c.Exercises, e)
		}
		for i := first; i < len(c.Exercises); i++ {
			e := &c.Exercises[i]
			switch {
			case e.Progression == "":
			case copied[e.Progression]:
				e.Progression = fmt.Sprintf("%s-v%d", e.Progression, k)
			default:
				e.Progression = "" // beyond the last, partial copy
			}
		}
	}
	data, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		b.Fatal(err)
	}
	return data
}

func BenchmarkValidate(b *testing.B) {
	for _, n := range []int{500, 5000} {
		data := bigCatalogJSON(b, n)
		b.Run(fmt.Sprintf("%d-entries", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, fs := catalog.Validate("big.json", data, catalog.Default()); len(fs) > 0 {
					b.Fatal(fs[0])
				}
			}
		})
	}
}

// BenchmarkValidateOneBrokenEntry measures a file whose first entry has a
// schema problem: the other entries still get their semantic checks.
func BenchmarkValidateOneBrokenEntry(b *testing.B) {
	data := bytes.Replace(bigCatalogJSON(b, 5000), []byte(`"level": "beginner"`), []byte(`"level": "expert"`), 1)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, fs := catalog.Validate("big.json", data, catalog.Default()); len(fs) != 1 {
			b.Fatalf("want 1 finding, got %d", len(fs))
		}
	}
}
