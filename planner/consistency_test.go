package planner

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/gluteplan/gluteplan/catalog"
)

// TestCheckConsistency: totals that disagree with a plan's own items are
// found at their place; totals that agree, within rounding, are not.
func TestCheckConsistency(t *testing.T) {
	item := func(hse, mins float64) Item { return Item{Exercise: "x", Sets: 1, PlanHSE: hse, Minutes: mins} }
	day := func(hse, mins float64, items ...Item) Day {
		return Day{Session: ActivationSession, PlanHSE: hse, Minutes: mins, Items: items}
	}
	rest := Day{Session: RestDay, Items: []Item{}}
	week := func(hse float64, d0 Day) Week {
		return Week{Week: 1, PlanHSE: hse, Days: []Day{d0, rest, rest, rest, rest, rest, rest}}
	}
	for _, tc := range []struct {
		name string
		week Week
		want []string // pointers of the findings, in order
	}{
		{"totals agree", week(2.5, day(2.5, 12, item(1, 5), item(1.5, 7))), nil},
		{"rounding of each part allowed", week(1.001, day(1.001, 9.9, item(0.333, 3.3), item(0.333, 3.3), item(0.334, 3.3))), nil},
		{"day volume above its items'", week(9, day(9, 12, item(1, 5), item(1.5, 7))), []string{"/weeks/0/days/0/plan_hse"}},
		{"day minutes above its items'", week(2.5, day(2.5, 120, item(1, 5), item(1.5, 7))), []string{"/weeks/0/days/0/minutes"}},
		{"week volume not the sum of its days'", week(20, day(2.5, 12, item(1, 5), item(1.5, 7))), []string{"/weeks/0/plan_hse"}},
		{"huge day volume", week(1.7e308, day(1.7e308, 12, item(1, 5), item(1.5, 7))), []string{"/weeks/0/days/0/plan_hse"}},
		{"tiny day volume with loading items", week(1e-13, day(1e-13, 12, item(1, 5), item(1.5, 7))), []string{"/weeks/0/days/0/plan_hse"}},
		{"empty day with minutes", week(0, day(0, 30)), []string{"/weeks/0/days/0/minutes"}},
		{"gym volume with no gym day", func() Week { w := week(2.5, day(2.5, 12, item(1, 5), item(1.5, 7))); w.GymHSE = 12; return w }(), []string{"/weeks/0/gym_hse"}},
		{"gym volume of its gym days", func() Week {
			w := week(2.5, day(2.5, 12, item(1, 5), item(1.5, 7)))
			w.Days[1].Weekday, w.Days[3].Weekday, w.GymHSE = Tue, Thu, 12
			return w
		}(), nil},
		{"gym days without their volume", func() Week {
			w := week(2.5, day(2.5, 12, item(1, 5), item(1.5, 7)))
			w.Days[1].Weekday = Tue
			return w
		}(), []string{"/weeks/0/gym_hse"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &Plan{Profile: Profile{GymDays: []Weekday{Tue, Thu}, GymSets: 6}, Weeks: []Week{tc.week}}
			data, err := json.MarshalIndent(p, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			fs := CheckConsistency("plan.json", data, p)
			var got []string
			for _, f := range fs {
				got = append(got, f.Pointer)
				if f.Line <= 1 || f.File != "plan.json" || !strings.Contains(f.Message, "edited by hand") {
					t.Errorf("finding not placed or not explained: %+v", f)
				}
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("findings at %v, want %v", got, tc.want)
			}
		})
	}
}

// TestPlansReadBack: plans the planner makes for random profiles read back
// through the plan schema (whose bounds are the planner's own limits) and
// pass CheckConsistency: the bounds and the check refuse hand edits, never
// the planner's own output.
func TestPlansReadBack(t *testing.T) {
	n := 20
	if os.Getenv("GLUTEPLAN_LONG") == "1" {
		n = 150 // the long counts (README "Testing")
	}
	r := rand.New(rand.NewPCG(5, 6))
	for range n {
		p := DefaultProfile()
		p.Start = time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(700)).Format(DateLayout)
		p.Weeks = 1 + r.IntN(52)
		p.Days = nil
		for _, d := range Weekdays {
			if r.IntN(2) == 0 {
				p.Days = append(p.Days, d)
			}
		}
		if len(p.Days) == 0 {
			p.Days = Weekdays[:1]
		}
		p.Minutes = 5 + r.IntN(116)
		p.Level = catalog.Levels[r.IntN(3)]
		p.Equipment = nil
		for _, q := range catalog.AllEquipment {
			if r.IntN(2) == 0 {
				p.Equipment = append(p.Equipment, q)
			}
		}
		p.SittingHours = float64(r.IntN(19))
		if r.IntN(2) == 0 {
			p.GymDays = []Weekday{Weekdays[r.IntN(7)]}
		}
		p.GymSets = r.IntN(41)
		p.Soreness = r.IntN(8) // 8 or more refers: no plan
		p.PainDays = r.IntN(20)
		if r.IntN(3) == 0 {
			p.Conditions = []Condition{Conditions[r.IntN(2)]}
		}
		plan, err := Make(catalog.Default(), p)
		if err != nil {
			t.Fatalf("profile %+v: %v", p, err)
		}
		data, err := plan.JSON()
		if err != nil {
			t.Fatal(err)
		}
		got, fs := ReadPlan("plan.json", data)
		if len(fs) == 0 {
			fs = CheckConsistency("plan.json", data, got)
		}
		for _, f := range fs {
			t.Errorf("profile %+v: %s", p, f)
		}
		if t.Failed() {
			return
		}
	}
}
