package pdf

import (
	"slices"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

// TestEasedActivityDays checks the day boxes of the person's own training
// on the week pages (a physiotherapist's reading, X2): in a lighter week,
// which page 1 asks to ease that training in, the day says how ("Run:
// easy, about a third shorter, …"), never "nothing extra from the plan";
// in the other weeks it says the training is as usual. It checks a
// warm-up before the gym too (the lifter with his gym days among his
// days), in English and German, on both papers.
func TestEasedActivityDays(t *testing.T) {
	lifter := func(lang planner.Lang) *planner.Plan {
		p := personaPlans(t, lang)["warehouse-lifter"].Profile
		p.Days = append(slices.Clone(p.Days), p.GymDays...)
		plan, err := planner.Make(catalog.Default(), p)
		if err != nil {
			t.Fatal(err)
		}
		return plan
	}
	for _, lang := range []planner.Lang{planner.English, planner.German} {
		plans := personaPlans(t, lang)
		say := planner.Profile{Lang: lang}.Language()
		usual := say.Sayf("Your %s today: nothing extra from the plan.", "")
		usual = usual[strings.Index(usual, ":")+1:]
		for name, plan := range map[string]*planner.Plan{
			"desk-cyclist":            plans["desk-cyclist"],
			"warehouse-lifter":        plans["warehouse-lifter"],
			"runner-after-birth":      plans["runner-after-birth"],
			"warehouse-lifter-primer": lifter(lang),
		} {
			for _, paper := range []string{"a4", "letter"} {
				t.Run(name+"/"+string(lang)+"/"+paper, func(t *testing.T) {
					// What the days of own training should say: how to ease
					// it in a lighter week, "nothing extra" on a day
					// without a session in the other weeks.
					want, lighter := map[string]int{}, 0
					for _, w := range plan.Weeks {
						for _, d := range w.Days {
							switch {
							case d.Activity == nil:
							case w.Phase == planner.Deload:
								want[planner.EaseWords(say, *d.Activity, planner.Eased)]++
								lighter++
							case d.Session == planner.RestDay && dailyIn(plan, w) != "":
								// A week with pelvic-floor work asks a round of
								// it every day: the day names it.
								want[say.Sayf("Your %s today, and one round of “%s”.", planner.ActivityNoun(say, *d.Activity), dailyIn(plan, w))]++
							case d.Session == planner.RestDay:
								want[usual]++
							}
						}
					}
					if lighter == 0 {
						t.Fatal("no day of own training in a lighter week")
					}
					_, lay, err := render(plan, Options{Paper: paper})
					if err != nil {
						t.Fatal(err)
					}
					text := drawnText(lay)
					for s, n := range want {
						if got := strings.Count(text, s); got != n {
							t.Errorf("the PDF says %q %d times, want %d", s, got, n)
						}
					}
				})
			}
		}
	}
}

// dailyIn is the name of week w's pelvic-floor exercise, which a round of
// is asked for every day, or "".
func dailyIn(plan *planner.Plan, w planner.Week) string {
	for _, d := range w.Days {
		for _, it := range d.Items {
			for i := range plan.Exercises {
				if plan.Exercises[i].ID == it.Exercise && planner.PelvicFloorWork(&plan.Exercises[i]) {
					return it.Name
				}
			}
		}
	}
	return ""
}
