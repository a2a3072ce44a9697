package planner_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

// TestSparseCatalogs plans over random parts of the default catalog, as a
// custom catalog that replaces much of it might leave things: no panic, and
// every rule kept that the catalog makes possible.
func TestSparseCatalogs(t *testing.T) {
	n := 1500
	if testing.Short() {
		n = 150
	}
	r := rand.New(rand.NewPCG(5, 6))
	base := catalog.Default()
	failed := 0
	for i := range n {
		c := &catalog.Catalog{}
		keep := r.Float64()
		for _, e := range base.Exercises {
			if r.Float64() < keep {
				c.Exercises = append(c.Exercises, e)
			}
		}
		p := randomProfile(r)
		plan, err := planner.Make(c, p)
		if err != nil {
			t.Fatalf("catalog of %d, profile %+v: %v", len(c.Exercises), p, err)
		}
		bad := violations(c, p, plan)
		if len(bad) > 0 {
			failed++
			if failed <= 3 {
				t.Errorf("catalog of %d (%d%%), profile %d %+v:\n  %s", len(c.Exercises), int(keep*100), i, p, strings.Join(bad[:min(len(bad), 6)], "\n  "))
			}
		}
	}
	if failed > 0 {
		t.Errorf("%d of %d plans broke a rule", failed, n)
	}
}
