package catalog_test

import (
	"fmt"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
)

// BenchmarkValidateYAML measures validation of the same catalogs as
// BenchmarkValidate, written in YAML.
func BenchmarkValidateYAML(b *testing.B) {
	for _, n := range []int{500, 5000} {
		c, _ := catalog.Validate("x.json", bigCatalogJSON(b, n), nil)
		data, _ := catalog.MarshalYAML(c)
		b.Run(fmt.Sprintf("%d-entries", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, fs := catalog.Validate("big.yaml", data, catalog.Default()); len(fs) > 0 {
					b.Fatal(fs[0])
				}
			}
		})
	}
}
