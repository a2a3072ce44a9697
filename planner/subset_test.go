package planner_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"regexp"
	"strconv"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
)

// Random catalogs: parts of the default catalog, as a custom catalog that
// replaces much of it might leave things, and entries generated with random
// fields that pass catalog validation. Every plan keeps every rule the
// catalog makes possible, and says in a warning what it cannot hold.

// subsetCatalog keeps each default entry with one probability, clearing
// progressions that would point at an entry left out.
func subsetCatalog(r *rand.Rand) *catalog.Catalog {
	keep := r.Float64()
	c := &catalog.Catalog{}
	for _, e := range catalog.Default().Exercises {
		if r.Float64() < keep {
			c.Exercises = append(c.Exercises, e)
		}
	}
	if len(c.Exercises) == 0 {
		all := catalog.Default().Exercises
		c.Exercises = append(c.Exercises, all[r.IntN(len(all))])
	}
	ids := map[string]bool{}
	for _, e := range c.Exercises {
		ids[e.ID] = true
	}
	for i := range c.Exercises {
		if !ids[c.Exercises[i].Progression] {
			c.Exercises[i].Progression = ""
		}
	}
	return c
}

// randomEntry draws one entry with every field from the range the
// catalog allows, equipment_any and dose_max included. Release work and stretches are timed and carry no glute
// load, as the catalog says they do.
func randomEntry(r *rand.Rand, i int) catalog.Exercise {
	pick := func(n int) int { return r.IntN(n) }
	e := catalog.Exercise{
		ID:             fmt.Sprintf("gen-%d", i),
		Name:           []string{"Gen", "Übung mit Band", "臀桥", "A rather long name for an exercise that someone typed in"}[pick(4)] + " " + strconv.Itoa(i),
		Category:       catalog.Categories[pick(len(catalog.Categories))],
		Level:          catalog.Levels[pick(3)],
		Position:       catalog.Positions[pick(len(catalog.Positions))],
		HipCompression: pick(3) == 0,
		DeskFriendly:   pick(3) == 0,
		Steps:          []string{"Get into position.", "Move slowly and breathe."},
		Why:            "It helps sore glutes.",
	}
	e.Targets = []catalog.Target{catalog.Targets[pick(len(catalog.Targets))]}
	for _, t := range catalog.Targets {
		if t != e.Targets[0] && pick(6) == 0 {
			e.Targets = append(e.Targets, t)
		}
	}
	e.Equipment = []catalog.Equipment{}
	if pick(2) == 0 {
		e.Equipment = subsetOf(r, catalog.AllEquipment)
		if len(e.Equipment) > 2 {
			e.Equipment = e.Equipment[:2]
		}
	}
	switch pick(6) {
	case 0:
		e.EquipmentAny = []catalog.Equipment{catalog.MiniBand, catalog.ResistanceBand}
	case 1:
		e.EquipmentAny = []catalog.Equipment{catalog.Dumbbell, catalog.Kettlebell}
	case 2:
		i, j := pick(len(catalog.AllEquipment)), pick(len(catalog.AllEquipment)-1)
		if j >= i {
			j++
		}
		e.EquipmentAny = []catalog.Equipment{catalog.AllEquipment[i], catalog.AllEquipment[j]}
	}
	if pick(4) == 0 {
		e.Contraindications = subsetOf(r, catalog.Conditions)
	}
	d := catalog.Dose{Sets: 1 + pick(4), PerSide: pick(2) == 0}
	if pick(2) == 0 {
		d.RestSeconds = 15 * pick(5)
	}
	switch e.Category {
	case catalog.MyofascialRelease:
		d.Seconds = 30 + 15*pick(5)
		e.Equipment = []catalog.Equipment{[]catalog.Equipment{catalog.FoamRoller, catalog.MassageBall}[pick(2)]}
	case catalog.StaticStretch:
		d.Seconds = 15 + 5*pick(10)
	case catalog.DynamicStretch:
		d.Reps = 5 + pick(11)
		if pick(3) == 0 {
			d.HoldSeconds = pick(6)
		}
	default:
		if pick(3) == 0 {
			d.Seconds = 10 + 5*pick(12)
		} else {
			d.Reps = 4 + pick(20)
			if pick(2) == 0 {
				d.HoldSeconds = []int{1, 2, 3, 5, 10, 15}[pick(6)]
			}
		}
		e.GluteLoad = float64(pick(9)) / 4
	}
	e.Dose = d
	// A dose_max for most activation entries and a few others: each field
	// at least the starting dose's, within the catalog's bounds.
	if e.Category == catalog.Activation && pick(3) > 0 || pick(6) == 0 {
		m := d
		m.Sets = min(5, d.Sets+pick(3))
		if d.Seconds > 0 {
			m.Seconds = min(300, d.Seconds+5*pick(8))
		} else {
			m.Reps = min(50, d.Reps+pick(8))
			if d.HoldSeconds > 0 || pick(4) == 0 {
				m.HoldSeconds = min(45, d.HoldSeconds+pick(20))
			}
		}
		m.RestSeconds = min(180, d.RestSeconds+15*pick(2))
		e.DoseMax = &m
	}
	// Validation keeps desk-friendly work off the floor.
	if isFloor(e.Position) {
		e.DeskFriendly = false
	}
	return e
}

var entryPointer = regexp.MustCompile(`^/exercises/(\d+)`)

// validCatalog keeps what validates: it drops the entries that have
// findings until none remain, and returns nil when nothing is left.
func validCatalog(t *testing.T, c *catalog.Catalog) *catalog.Catalog {
	for range 5 {
		data, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		got, findings := catalog.NewLayers(false).Validate("random.json", data)
		if len(findings) == 0 && got != nil {
			return got
		}
		bad := map[int]bool{}
		for _, f := range findings {
			m := entryPointer.FindStringSubmatch(f.Pointer)
			if m == nil {
				t.Fatalf("a random catalog has a problem outside its entries: %s", f)
			}
			n, _ := strconv.Atoi(m[1])
			bad[n] = true
		}
		var kept []catalog.Exercise
		for i, e := range c.Exercises {
			if !bad[i] {
				kept = append(kept, e)
			}
		}
		ids := map[string]bool{}
		for _, e := range kept {
			ids[e.ID] = true
		}
		for i := range kept {
			if !ids[kept[i].Progression] {
				kept[i].Progression = ""
			}
		}
		if len(kept) == 0 {
			return nil
		}
		c = &catalog.Catalog{Exercises: kept}
	}
	return nil
}

// generatedCatalog makes up to 30 random entries, some linked into
// progression chains that go to a level no easier, mixed with a part of
// the default catalog half the time.
func generatedCatalog(t *testing.T, r *rand.Rand) *catalog.Catalog {
	c := &catalog.Catalog{}
	if r.IntN(2) == 0 {
		c = subsetCatalog(r)
	}
	n := 1 + r.IntN(30)
	start := len(c.Exercises)
	for i := range n {
		c.Exercises = append(c.Exercises, randomEntry(r, i))
	}
	// Chains only point forward, so they cannot loop.
	for i := start; i < len(c.Exercises)-1; i++ {
		e := &c.Exercises[i]
		if e.Category != catalog.Activation || r.IntN(3) > 0 {
			continue
		}
		j := i + 1 + r.IntN(len(c.Exercises)-i-1)
		if h := c.Exercises[j]; h.Category == catalog.Activation && levelRank[h.Level] >= levelRank[e.Level] {
			e.Progression = h.ID
		}
	}
	return validCatalog(t, c)
}

// TestPropertyCatalogSubsets plans random profiles over random parts of
// the default catalog.
func TestPropertyCatalogSubsets(t *testing.T) {
	runProperty(t, propCount(40, 600), 3_000_000, func(r *rand.Rand) propCase {
		c := subsetCatalog(r)
		return propCase{c, randomPlanProfile(r), fmt.Sprintf("%d default entries", len(c.Exercises))}
	})
}

// TestPropertyGeneratedCatalogs plans random profiles over catalogs of
// generated entries that pass validation.
func TestPropertyGeneratedCatalogs(t *testing.T) {
	runProperty(t, propCount(40, 400), 4_000_000, func(r *rand.Rand) propCase {
		var c *catalog.Catalog
		for c == nil {
			c = generatedCatalog(t, r)
		}
		return propCase{c, randomPlanProfile(r), fmt.Sprintf("%d entries, generated", len(c.Exercises))}
	})
}

// TestGeneratedCatalogsValidate makes sure the generator mostly makes
// entries that validate, so the generated-catalog test plans over rich
// catalogs rather than over the few entries that survived.
func TestGeneratedCatalogsValidate(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 21))
	made, kept := 0, 0
	for range 100 {
		c := &catalog.Catalog{}
		for i := range 10 {
			c.Exercises = append(c.Exercises, randomEntry(r, i))
		}
		made += 10
		if v := validCatalog(t, c); v != nil {
			kept += len(v.Exercises)
		}
	}
	if kept < made*8/10 {
		t.Errorf("only %d of %d generated entries validate", kept, made)
	}
}
