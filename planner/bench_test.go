package planner_test

import (
	"fmt"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

// bigCatalog returns the default catalog grown to n entries with renamed
// copies of its entries, progressions kept within each copy.
func bigCatalog(n int) *catalog.Catalog {
	base := catalog.Default()
	c := base.Clone()
	for k := 1; len(c.Exercises) < n; k++ {
		for _, e := range base.Exercises {
			if len(c.Exercises) >= n {
				break
			}
			e.ID = fmt.Sprintf("%s-v%d", e.ID, k)
			if e.Progression != "" {
				e.Progression = fmt.Sprintf("%s-v%d", e.Progression, k)
			}
			c.Exercises = append(c.Exercises, e)
		}
	}
	return c
}

func benchMake(b *testing.B, cat *catalog.Catalog, weeks int) {
	p := profile(func(p *planner.Profile) {
		p.Weeks, p.SittingHours = weeks, 7
		p.Equipment = gear("foam_roller", "massage_ball", "resistance_band", "chair")
	})
	b.ReportAllocs()
	for b.Loop() {
		if _, err := planner.Make(cat, p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMake4Weeks(b *testing.B)  { benchMake(b, catalog.Default(), 4) }
func BenchmarkMake52Weeks(b *testing.B) { benchMake(b, catalog.Default(), 52) }

func BenchmarkMakeCatalog(b *testing.B) {
	for _, n := range []int{500, 5000} {
		cat := bigCatalog(n)
		b.Run(fmt.Sprintf("%d-entries", n), func(b *testing.B) { benchMake(b, cat, 4) })
	}
}
