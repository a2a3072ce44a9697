package pdf

import (
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/planner/locale"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

// TestProgram checks the program pages on plans of the default catalog:
// each routine of each block has its page, every exercise of a routine is
// drawn with its figure, each day of the routine has a tick box line, the
// pain-monitoring rule is printed, and the layout holds on both papers,
// from 1 to 52 weeks.
func TestProgram(t *testing.T) {
	for _, weeks := range []int{1, 8, 52} {
		p := planner.DefaultProfile()
		p.Start, p.Weeks, p.Level = "2026-11-30", weeks, "intermediate"
		p.Days, p.GymDays, p.GymSets = []planner.Weekday{"mon", "tue", "wed", "thu", "sat"}, []planner.Weekday{"tue", "sat"}, 4
		p.Equipment = []catalog.Equipment{"foam_roller", "resistance_band", "chair", "wall"}
		p.Name = "Donaudampfschifffahrtsgesellschaftskapitänswitwe Müller"
		plan, err := planner.Make(catalog.Default(), p)
		if err != nil {
			t.Fatal(err)
		}
		for _, paper := range papersUnderTest {
			_, lay, err := render(plan, Options{Paper: paper})
			if err != nil {
				t.Fatal(err)
			}
			checkLayout(t, lay)
			m, err := newModel(plan, locale.English)
			if err != nil {
				t.Fatal(err)
			}
			rs := m.routines()
			text := map[string]int{}
			figs := map[string]bool{}
			for _, b := range lay.boxes {
				if lay.pages[b.page-1].landscape {
					continue // the week pages
				}
				text[b.text]++
				if id, ok := strings.CutPrefix(b.text, "figure of "); ok {
					figs[id] = true
				}
			}
			blocks := (weeks + 3) / 4
			if want := 3 * blocks; len(rs) != want {
				t.Errorf("%d weeks: %d routines, want %d (strengthening, primer and recovery in each block)", weeks, len(rs), want)
			}
			for _, r := range rs {
				title := routineTitle(locale.English, r)
				found := false
				for s := range text {
					found = found || strings.Contains(s, title)
				}
				if !found {
					t.Errorf("%d weeks, %s: no page for %q", weeks, paper, title)
				}
				for _, id := range r.ids {
					if !figs[id] {
						t.Errorf("%d weeks, %s: block %d %s: no figure of %s", weeks, paper, r.block, r.session, id)
					}
				}
				for _, ds := range r.days {
					for _, d := range ds {
						if text[locale.English.ShortDate(d.date)] == 0 {
							t.Errorf("%d weeks, %s: no tick box line for %s", weeks, paper, locale.English.ShortDate(d.date))
						}
					}
				}
			}
			prompts := 0
			for _, p := range lay.paras {
				if p.text == "Each evening, score how sore your glutes are (0 = not at all, 10 = the worst you can imagine) and circle the score on that day's week page:" {
					prompts++
				}
			}
			if prompts != len(rs) {
				t.Errorf("%d weeks, %s: the soreness scale is not on every routine's page", weeks, paper)
			}
		}
	}
}
