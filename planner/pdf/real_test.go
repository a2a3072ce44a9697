package pdf

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

// TestRealPlans lays out plans the planner makes for varied profiles, on
// both papers: every one renders, and its layout is sound.
func TestRealPlans(t *testing.T) {
	n := count(4, 24)
	r := rand.New(rand.NewPCG(9, 10))
	days := planner.Weekdays
	for i := range n {
		p := planner.DefaultProfile()
		p.Start = time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(700)).Format(planner.DateLayout)
		p.Weeks = []int{1, 2, 4, 6, 12, 52}[r.IntN(6)]
		p.Days = nil
		for _, d := range days {
			if r.IntN(2) == 0 {
				p.Days = append(p.Days, d)
			}
		}
		if len(p.Days) == 0 {
			p.Days = days[:1]
		}
		p.Minutes = 5 + r.IntN(116)
		p.Level = catalog.Levels[r.IntN(3)]
		p.Equipment = nil // the default holds a chair and a wall
		for _, q := range catalog.AllEquipment {
			if r.IntN(2) == 0 {
				p.Equipment = append(p.Equipment, q)
			}
		}
		p.SittingHours = float64(r.IntN(13))
		if r.IntN(2) == 0 {
			p.GymDays = []planner.Weekday{days[r.IntN(7)], days[r.IntN(7)]}
			if p.GymDays[0] == p.GymDays[1] {
				p.GymDays = p.GymDays[:1]
			}
		}
		p.Soreness = r.IntN(8) // 8 or more refers (rule 1): no plan
		p.PainDays = r.IntN(20)
		if r.IntN(3) == 0 {
			p.Conditions = []planner.Condition{planner.Conditions[r.IntN(2)]}
		}
		p.Name = []string{"", "Ana", "Мария Иванова-Петрова", "Γιώργος", "A very long name that goes on and on for eighty characters, as names can do",
			strings.Repeat("W", 80), strings.Repeat("Ш", 80)}[r.IntN(7)]
		// The plan's sentences in each language too, in turn with the
		// labels' (below): German red flags are longer than English.
		p.Lang = planner.Langs[(i/2)%len(planner.Langs)]
		plan, err := planner.Make(catalog.Default(), p)
		if err != nil {
			t.Fatal(err)
		}
		for _, paper := range papersUnderTest {
			t.Run(fmt.Sprintf("%d-%dweeks-%s", i, p.Weeks, paper), func(t *testing.T) {
				// Each language of the labels, in turn.
				lang := planner.Langs[i%len(planner.Langs)]
				_, lay, err := render(plan, Options{Paper: paper, Lang: string(lang)})
				if err != nil {
					t.Fatalf("profile %+v: %v", p, err)
				}
				checkLayout(t, lay)
				redFlagsOnPage1(t, lay)
			})
		}
	}
}
