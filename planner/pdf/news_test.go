package pdf

import (
	"slices"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

// TestNewFromThisWeek: the first week page of a new block names the
// exercises the block brings and those it leaves out (German readers
// missed the new warm-up of week 5, and one feared she would do both),
// and no other week page says so.
func TestNewFromThisWeek(t *testing.T) {
	plan := personaPlans(t, planner.German)["tendinopathy-piriformis"]
	_, lay, err := render(plan, Options{Paper: "a4"})
	if err != nil {
		t.Fatal(err)
	}
	text := drawnText(lay)
	const want = "Neu ab dieser Woche: „Beinpendeln vor und zurück“; nicht mehr dabei: „Hüftbeuger lockern im Knien“."
	if n := strings.Count(text, "Neu ab dieser Woche"); n != 1 {
		t.Errorf("%d week pages name new exercises, want 1 (week 5)", n)
	}
	if !strings.Contains(text, want) {
		t.Errorf("the PDF does not say %q", want)
	}
}

// TestOrderChanged: the first week page of a new block whose sessions
// keep exercises in another order says so (twenty-first German reading),
// and a block that keeps the order does not. Brigitte's block 2 does the
// bridge hold after the wall press and the ball after the strap, the
// other way round from block 1, once a standing warm-up opens it.
func TestOrderChanged(t *testing.T) {
	const said = "Die Reihenfolge hat sich geändert"
	for name, plan := range personaPlans(t, planner.German) {
		_, lay, err := render(plan, Options{Paper: "a4"})
		if err != nil {
			t.Fatal(err)
		}
		want := 0
		for wi := 1; wi < len(plan.Weeks); wi++ {
			if plan.Weeks[wi].Block != plan.Weeks[wi-1].Block && keptOrderDiffers(plan.Weeks[wi-1], plan.Weeks[wi]) {
				want++
			}
		}
		if name == "tendinopathy-piriformis" && want != 1 {
			t.Errorf("%s: %d blocks change the order, want 1 (block 2)", name, want)
		}
		if got := strings.Count(drawnText(lay), said); got != want {
			t.Errorf("%s: %d week pages say the order changed, want %d", name, got, want)
		}
	}
}

// keptOrderDiffers is an independent reading of a new block's order for
// TestOrderChanged: for each kind of session, the ids both weeks' first
// such day hold, in each week's order.
func keptOrderDiffers(a, b planner.Week) bool {
	lists := func(w planner.Week) map[planner.Session][]string {
		out := map[planner.Session][]string{}
		for _, d := range w.Days {
			if len(out[d.Session]) > 0 {
				continue
			}
			for _, it := range d.Items {
				out[d.Session] = append(out[d.Session], it.Exercise)
			}
		}
		return out
	}
	la, lb := lists(a), lists(b)
	for s, xs := range la {
		ys := lb[s]
		var fx, fy []string
		for _, x := range xs {
			if slices.Contains(ys, x) {
				fx = append(fx, x)
			}
		}
		for _, y := range ys {
			if slices.Contains(xs, y) {
				fy = append(fy, y)
			}
		}
		if !slices.Equal(fx, fy) {
			return true
		}
	}
	return false
}

// TestMonthStartNamed: in the calendar of weeks on page 1, the 1st of a
// month that falls inside a row names its month (twenty-first German
// reading: a bold 1 in a row labelled December read as a December day),
// in both languages and in a year's small cells too.
func TestMonthStartNamed(t *testing.T) {
	for _, c := range []struct {
		lang  planner.Lang
		weeks int
		want  []string
	}{
		{planner.German, 8, []string{"1.1."}},
		{planner.English, 8, []string{"1 Jan"}},
		{planner.German, 52, []string{"1.1.", "1.2.", "1.3.", "1.4.", "1.5.", "1.6.", "1.7.", "1.8.", "1.9.", "1.10.", "1.11."}},
	} {
		plan := personaPlans(t, c.lang)["tendinopathy-piriformis"]
		if c.weeks != len(plan.Weeks) {
			p := plan.Profile
			p.Weeks = c.weeks
			var err error
			if plan, err = planner.Make(catalog.Default(), p); err != nil {
				t.Fatal(err)
			}
		}
		_, lay, err := render(plan, Options{Paper: "a4"})
		if err != nil {
			t.Fatal(err)
		}
		checkLayout(t, lay)
		cells := map[string]bool{}
		for _, b := range lay.boxes {
			if b.page == 1 {
				cells[b.text] = true
			}
		}
		for _, w := range c.want {
			if !cells[w] {
				t.Errorf("%s, %d weeks: page 1's calendar has no cell %q", c.lang, c.weeks, w)
			}
		}
	}
}
