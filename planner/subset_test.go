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

// randomCatalog makes n valid entries with doses, loads and needs drawn
// from the whole range the schema allows.
func randomCatalog(r *rand.Rand, n int) *catalog.Catalog {
	c := &catalog.Catalog{}
	pick := func(k int) int { return r.IntN(k) }
	for i := range n {
		e := catalog.Exercise{
			ID:        "x" + string(rune('a'+i%26)) + "-" + strings.Repeat("z", i/26+1),
			Name:      "Exercise",
			Category:  catalog.Categories[pick(3)],
			Targets:   []catalog.Target{catalog.Targets[pick(len(catalog.Targets))]},
			Equipment: []catalog.Equipment{},
			Level:     catalog.Levels[pick(3)],
			Position:  catalog.Positions[pick(len(catalog.Positions))],
			Steps:     []string{"One.", "Two."},
			Why:       "Because.",
		}
		if pick(3) == 0 {
			e.Equipment = append(e.Equipment, catalog.AllEquipment[pick(len(catalog.AllEquipment))])
		}
		if pick(6) == 0 {
			e.Contraindications = []catalog.Condition{catalog.Conditions[pick(2)]}
		}
		e.Dose.Sets = 1 + pick(10)
		if e.Category == catalog.MyofascialRelease || pick(2) == 0 {
			e.Dose.Seconds = 5 + pick(296)
		} else {
			e.Dose.Reps = 1 + pick(50)
			e.Dose.HoldSeconds = pick(61)
		}
		e.Dose.PerSide = pick(2) == 0
		e.Dose.RestSeconds = pick(181)
		if e.Category == catalog.Activation || pick(4) == 0 {
			// Custom stretches and releases may carry a load too.
			e.GluteLoad = float64(pick(201)) / 100
		}
		e.DeskFriendly = pick(3) == 0
		if i > 0 && pick(3) == 0 {
			// Progress into an earlier entry: chains cannot loop.
			e.Progression = c.Exercises[pick(i)].ID
		}
		c.Exercises = append(c.Exercises, e)
	}
	return c
}

// TestRandomCatalogs plans over catalogs of extreme but valid entries:
// doses too long for any session, loads of 2, odd progressions.
func TestRandomCatalogs(t *testing.T) {
	n := 1500
	if testing.Short() {
		n = 150
	}
	r := rand.New(rand.NewPCG(7, 8))
	failed := 0
	for i := range n {
		c := randomCatalog(r, 1+r.IntN(60))
		p := randomProfile(r)
		plan, err := planner.Make(c, p)
		if err != nil {
			t.Fatalf("profile %+v: %v", p, err)
		}
		if bad := violations(c, p, plan); len(bad) > 0 {
			failed++
			if failed <= 3 {
				t.Errorf("random catalog %d of %d entries, profile %+v:\n  %s", i, len(c.Exercises), p, strings.Join(bad[:min(len(bad), 6)], "\n  "))
			}
		}
	}
	if failed > 0 {
		t.Errorf("%d of %d plans broke a rule", failed, n)
	}
}
