package planner_test

import (
	"encoding/json"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

// The checker of checker_test.go must not pass silently: these tests feed
// it a small plan written by hand that keeps every rule, then bad copies of
// it, one per way of breaking a rule, and assert that it names that rule.

// tinyCatalog holds the entries the hand-written plans use, and a few that
// they leave out.
func tinyCatalog() *catalog.Catalog {
	ex := func(id string, c catalog.Category, t catalog.Target, pos catalog.Position, lvl catalog.Level, eq []catalog.Equipment, d catalog.Dose, load float64) catalog.Exercise {
		return catalog.Exercise{ID: id, Name: strings.ReplaceAll(id, "-", " "), Category: c, Targets: []catalog.Target{t},
			Equipment: eq, Level: lvl, Position: pos, Dose: d, GluteLoad: load,
			Steps: []string{"Get into position.", "Move slowly."}, Why: "It helps sore glutes."}
	}
	none := []catalog.Equipment{}
	hc := ex("hip-circles", catalog.DynamicStretch, catalog.GluteusMedius, catalog.Standing, catalog.Beginner, none,
		catalog.Dose{Sets: 1, Reps: 8, PerSide: true}, 0)
	hc.DeskFriendly = true
	br := ex("bridge", catalog.Activation, catalog.GluteusMaximus, catalog.Supine, catalog.Beginner, none,
		catalog.Dose{Sets: 2, Reps: 10, HoldSeconds: 2, RestSeconds: 30}, 0.5)
	br.Progression = "bridge-march"
	return &catalog.Catalog{Exercises: []catalog.Exercise{
		hc,
		ex("leg-swings", catalog.DynamicStretch, catalog.HipFlexors, catalog.Standing, catalog.Beginner, none,
			catalog.Dose{Sets: 1, Reps: 10, PerSide: true}, 0),
		ex("wall-abduction", catalog.Activation, catalog.GluteusMedius, catalog.Standing, catalog.Beginner, []catalog.Equipment{catalog.Wall},
			catalog.Dose{Sets: 2, Reps: 4, HoldSeconds: 10, PerSide: true, RestSeconds: 30}, 0.5),
		br,
		ex("bridge-march", catalog.Activation, catalog.GluteusMaximus, catalog.Supine, catalog.Beginner, none,
			catalog.Dose{Sets: 2, Reps: 10, HoldSeconds: 2, RestSeconds: 30}, 0.5),
		ex("single-leg-balance", catalog.Activation, catalog.GluteusMedius, catalog.SingleLegStanding, catalog.Beginner, none,
			catalog.Dose{Sets: 2, Seconds: 28, PerSide: true, RestSeconds: 30}, 0.5),
		ex("foam-roll", catalog.MyofascialRelease, catalog.GluteusMaximus, catalog.FloorSeated, catalog.Beginner, []catalog.Equipment{catalog.FoamRoller},
			catalog.Dose{Sets: 1, Seconds: 60, PerSide: true}, 0),
		ex("hip-flexor-stretch", catalog.StaticStretch, catalog.HipFlexors, catalog.Standing, catalog.Beginner, none,
			catalog.Dose{Sets: 2, Seconds: 30, PerSide: true}, 0),
		ex("seated-piriformis-stretch", catalog.StaticStretch, catalog.Piriformis, catalog.Seated, catalog.Beginner, []catalog.Equipment{catalog.Chair},
			catalog.Dose{Sets: 2, Seconds: 25, PerSide: true}, 0),
		ex("kettlebell-swing", catalog.Activation, catalog.GluteusMaximus, catalog.Standing, catalog.Advanced, []catalog.Equipment{catalog.Kettlebell},
			catalog.Dose{Sets: 3, Reps: 15, RestSeconds: 60}, 1),
	}}
}

// tinyPlan describes a hand-written plan: activation sessions on Monday
// and Wednesday, a recovery session on Friday.
type tinyPlan struct {
	p                    planner.Profile
	activation, recovery []string
	// dose gives an item's sets and its reps or seconds in week w (from 1).
	dose     func(w int, day planner.Weekday, e catalog.Exercise) (sets, amount int)
	why      map[string]string
	warnings []string
	// first is the number of the first week: 1, or on from a plan before.
	first int
	// later, when set, is the activation routine from week laterFrom on.
	later     []string
	laterFrom int
	// skip, when set, leaves an exercise out of one day's session.
	skip func(w int, day planner.Weekday, id string) bool
}

// tinyDose is the good plan's progression: the bridge's reps rise by one a
// week (+5%), week 4 drops sets to a deload at 61% of week 3, week 5
// returns to week 3's level.
func tinyDose(w int, day planner.Weekday, e catalog.Exercise) (int, int) {
	amount := e.Dose.Reps + e.Dose.Seconds
	if e.Category != catalog.Activation {
		return e.Dose.Sets, amount
	}
	sets := 2
	if w%4 == 0 {
		sets = 1
		if day == planner.Mon && e.ID != "bridge" {
			sets = 2
		}
	}
	if e.ID == "bridge" {
		amount = 10 + min(w-1, 2)
	}
	return sets, amount
}

func goodTinyPlan() *tinyPlan {
	p := planner.DefaultProfile()
	p.Start = "2026-03-02" // a Monday
	p.Weeks = 5
	p.Equipment = []catalog.Equipment{catalog.Wall, catalog.FoamRoller}
	return &tinyPlan{
		p:          p,
		activation: []string{"hip-circles", "wall-abduction", "bridge", "foam-roll"},
		recovery:   []string{"hip-circles", "foam-roll", "hip-flexor-stretch"},
		dose:       tinyDose,
		why:        map[string]string{},
		first:      1,
	}
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

// build writes the plan out, every number computed from the catalog as
// the rules define it.
func (t *tinyPlan) build(cat *catalog.Catalog) *planner.Plan {
	byID := map[string]catalog.Exercise{}
	for _, e := range cat.Exercises {
		byID[e.ID] = e
	}
	p := t.p
	plan := &planner.Plan{Profile: p, Start: p.Start, Cap: levelCap[p.Level], Warnings: t.warnings,
		PainRule: []planner.PainBand{
			{From: 0, To: 3, Say: "Carry on."},
			{From: 4, To: 5, Say: "Fine if it is back to your usual by the next morning."},
			{From: 6, To: 7, Say: "Go back to last week's doses."},
			{From: 8, To: 10, Say: "Stop and get checked."},
		},
		RedFlags: []string{"Numbness between the legs or trouble passing water: get urgent care today."}}
	start, _ := time.Parse("2006-01-02", p.Start)
	used := map[string]bool{}
	for wi := range p.Weeks {
		wn := t.first + wi
		w := planner.Week{Week: wn, Block: (wn-1)/4 + 1, Phase: planner.Build, Cap: levelCap[p.Level]}
		if wn%4 == 0 {
			w.Phase = planner.Deload
		}
		if slices.Contains(p.Conditions, planner.GlutealTendinopathy) && wn <= 4 {
			w.Cap = 10
		}
		for di := range 7 {
			date := start.AddDate(0, 0, 7*wi+di)
			d := planner.Day{Date: date.Format("2006-01-02"), Weekday: weekdayOf(date), Session: planner.RestDay,
				Gym: slices.Contains(p.GymDays, weekdayOf(date)), Items: []planner.Item{}}
			var ids []string
			switch d.Weekday {
			case planner.Mon, planner.Wed:
				d.Session, ids = planner.ActivationSession, t.activation
				if t.later != nil && wn >= t.laterFrom {
					ids = t.later
				}
			case planner.Fri:
				d.Session, ids = planner.RecoverySession, t.recovery
			}
			if d.Gym {
				w.GymHSE += float64(p.GymSets)
			}
			for _, id := range ids {
				if t.skip != nil && t.skip(wn, d.Weekday, id) {
					continue
				}
				e := byID[id]
				used[id] = true
				sets, amount := t.dose(wn, d.Weekday, e)
				it := planner.Item{Exercise: id, Name: e.Name, Category: e.Category, Sets: sets, PerSide: e.Dose.PerSide,
					HoldSeconds: e.Dose.HoldSeconds, RestSeconds: e.Dose.RestSeconds, Why: "It is part of your routine."}
				if w, ok := t.why[id]; ok {
					it.Why = w
				}
				if e.Dose.Seconds > 0 {
					it.Seconds = amount
				} else {
					it.Reps = amount
				}
				ratio := itemWork(it) / catalogWork(e)
				it.DoseRatio = round2(ratio)
				it.PlanHSE = round2(float64(sets) * e.GluteLoad * ratio)
				it.Minutes = math.Ceil(leastMinutes(it)*10) / 10
				d.Items = append(d.Items, it)
				d.Minutes += it.Minutes
				d.PlanHSE += it.PlanHSE
			}
			d.Minutes, d.PlanHSE = round2(d.Minutes), round2(d.PlanHSE)
			w.PlanHSE += d.PlanHSE
			w.Days = append(w.Days, d)
		}
		w.PlanHSE = round2(w.PlanHSE)
		plan.Weeks = append(plan.Weeks, w)
	}
	last := plan.Weeks[len(plan.Weeks)-1]
	plan.End = last.Days[6].Date
	plan.Next = planner.Next{Week: last.Week, Block: last.Block}
	for _, w := range plan.Weeks {
		if w.Phase == planner.Build {
			plan.Next.BuildHSE = w.PlanHSE
		} else {
			plan.Next.DeloadHSE = w.PlanHSE
		}
	}
	if plan.Next.DeloadHSE == 0 {
		plan.Next.DeloadHSE = plan.Weeks[0].PlanHSE
	}
	plan.Exercises = []catalog.Exercise{}
	plan.Excluded = []planner.Excluded{}
	var unused []string
	for _, e := range cat.Exercises {
		if used[e.ID] {
			plan.Exercises = append(plan.Exercises, e)
		} else {
			unused = append(unused, e.ID)
		}
	}
	if len(unused) > 0 {
		plan.Excluded = []planner.Excluded{{Reason: "The routine already holds enough of this kind.", Exercises: unused}}
	}
	return plan
}

// cloneWith returns a deep copy of plan made for profile q: what a
// deterministic planner gives when asked again.
func cloneWith(plan *planner.Plan, q planner.Profile) *planner.Plan {
	data, err := json.Marshal(plan)
	if err != nil {
		panic(err)
	}
	var out planner.Plan
	if err := json.Unmarshal(data, &out); err != nil {
		panic(err)
	}
	out.Profile = q
	return &out
}

// lighterWeekSkips leaves the wall abduction out of Wednesday's session in
// the deload week, with a warning that names it.
func lighterWeekSkips(t *tinyPlan) {
	t.skip = func(w int, d planner.Weekday, id string) bool {
		return w == 4 && d == planner.Wed && id == "wall-abduction"
	}
	t.dose = func(w int, d planner.Weekday, e catalog.Exercise) (int, int) {
		s, a := tinyDose(w, d, e)
		if w == 4 && d == planner.Wed && e.ID == "bridge" {
			s = 2
		}
		return s, a
	}
	t.warnings = []string{"In the lighter week 4, Wall abduction is left out on Wednesday."}
}

func gymGoer(t *tinyPlan) {
	t.p.GymDays = []planner.Weekday{planner.Thu}
	t.p.GymSets = 4
	t.warnings = append(t.warnings, "In the lighter fourth week, do about half your usual gym glute sets.")
}

// TestCheckerPassesGoodPlans keeps the checker honest the other way: plans
// written by hand to keep every rule pass every rule.
func TestCheckerPassesGoodPlans(t *testing.T) {
	tests := []struct {
		name string
		mod  func(*tinyPlan)
	}{
		{"plain", func(*tinyPlan) {}},
		{"gym on thursday, recovery friday", gymGoer},
		{"needs support, holds on", func(t *tinyPlan) {
			t.p.Limits = []planner.Limit{planner.NeedsSupport}
			t.activation = []string{"hip-circles", "single-leg-balance", "bridge", "foam-roll"}
			t.why["single-leg-balance"] = "Hold on to the wall with one hand; it trains the side of the hip."
		}},
		{"one week", func(t *tinyPlan) { t.p.Weeks = 1 }},
		{"a harder variant after the bridge reached its ceiling", func(t *tinyPlan) {
			t.dose = func(w int, d planner.Weekday, e catalog.Exercise) (int, int) {
				s, a := tinyDose(w, d, e)
				if e.ID == "bridge" {
					a = 12 + min(w, 3)
				}
				return s, a
			}
			t.later, t.laterFrom = []string{"hip-circles", "wall-abduction", "bridge-march", "foam-roll"}, 5
		}},
		{"a lighter week leaves an exercise out and says so", lighterWeekSkips},
		{"gluteal tendinopathy", func(t *tinyPlan) {
			t.p.Conditions = []planner.Condition{planner.GlutealTendinopathy}
			t.activation = []string{"hip-circles", "wall-abduction", "foam-roll"}
			t.dose = func(w int, d planner.Weekday, e catalog.Exercise) (int, int) {
				if e.ID == "wall-abduction" && w%4 == 0 {
					return 1, e.Dose.Reps
				}
				return e.Dose.Sets, e.Dose.Reps + e.Dose.Seconds
			}
			t.warnings = []string{
				"Do not sleep on the sore side.",
				"Do not cross your legs.",
				"Stand evenly rather than hanging on one hip.",
			}
		}},
		{"piriformis syndrome", func(t *tinyPlan) {
			t.p.Conditions = []planner.Condition{planner.PiriformisSyndrome}
			t.p.Equipment = append(t.p.Equipment, catalog.Chair)
			t.activation = append(t.activation, "seated-piriformis-stretch")
			t.recovery = append(t.recovery, "seated-piriformis-stretch")
			t.warnings = []string{"Break up long sitting, and take stairs one at a time while they hurt."}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cat := tinyCatalog()
			tp := goodTinyPlan()
			tt.mod(tp)
			plan := tp.build(cat)
			in := newCheckInput(cat, tp.p, plan, func(q planner.Profile) (*planner.Plan, error) { return cloneWith(plan, q), nil })
			for _, v := range checkPlan(in) {
				t.Error(v)
			}
		})
	}
}

// TestCheckerCatchesBadPlans gives the checker one broken plan per row and
// asserts it reports the row's rule, with a message holding want.
func TestCheckerCatchesBadPlans(t *testing.T) {
	tests := []struct {
		name string
		rule int
		want string
		// mod changes the description before the plan is built (the plan
		// stays consistent); after breaks the built plan itself.
		mod    func(*tinyPlan, *catalog.Catalog)
		after  func(*planner.Plan)
		replan func(plan *planner.Plan, q planner.Profile) *planner.Plan
	}{
		{name: "rule 0: a date skips", rule: 0, want: "date should be",
			after: func(p *planner.Plan) { p.Weeks[1].Days[3].Date = "2026-03-13" }},
		{name: "rule 0: dose ratio misreported", rule: 0, want: "dose_ratio",
			after: func(p *planner.Plan) { p.Weeks[0].Days[0].Items[2].DoseRatio = 1.2 }},
		{name: "rule 0: dose beyond 1.5 times the catalog's", rule: 0, want: "outside 0.5–1.5",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.dose = func(w int, d planner.Weekday, e catalog.Exercise) (int, int) {
					s, a := tinyDose(w, d, e)
					if e.ID == "hip-circles" {
						a = 13
					}
					return s, a
				}
			}},
		{name: "rule 0: minutes shorter than the work", rule: 0, want: "less than its work",
			after: func(p *planner.Plan) { p.Weeks[0].Days[0].Items[1].Minutes = 1 }},
		{name: "rule 0: a session on a day the person lacks", rule: 0, want: "does not have",
			mod: func(t *tinyPlan, _ *catalog.Catalog) { t.p.Days = []planner.Weekday{planner.Mon, planner.Wed} }},
		{name: "rule 0: an activation session without activation", rule: 0, want: "without activation work",
			mod: func(t *tinyPlan, _ *catalog.Catalog) { t.activation = []string{"hip-circles", "foam-roll"} }},
		{name: "rule 1: a plan despite numbness", rule: 1, want: "screening refers",
			mod: func(t *tinyPlan, _ *catalog.Catalog) { t.p.Symptoms = []planner.Symptom{planner.Numbness} }},
		{name: "rule 1: a plan at soreness 8", rule: 1, want: "screening refers",
			mod: func(t *tinyPlan, _ *catalog.Catalog) { t.p.Soreness = 8 }},
		{name: "rule 1: pain for 10 days, no warning", rule: 1, want: "not improving",
			mod: func(t *tinyPlan, _ *catalog.Catalog) { t.p.PainDays = 10 }},
		{name: "rule 1: the get-checked warning is not first", rule: 1, want: "not the first one",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.p.PainDays = 10
				t.warnings = []string{"Something else.", "Get it checked if it is not improving."}
			}},
		{name: "rule 2: gym and plan over the cap", rule: 2, want: "over the cap",
			mod: func(t *tinyPlan, _ *catalog.Catalog) { gymGoer(t); t.p.GymSets = 8 }},
		{name: "rule 2: week cap misreported", rule: 2, want: "cap 16",
			after: func(p *planner.Plan) { p.Weeks[1].Cap = 16 }},
		{name: "rule 2: tendinopathy keeps the beginner cap in block 1", rule: 2, want: "want 10",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.p.Level = catalog.Advanced
				t.p.Conditions = []planner.Condition{planner.GlutealTendinopathy}
			},
			after: func(p *planner.Plan) {
				for i := range p.Weeks {
					p.Weeks[i].Cap = 20
				}
			}},
		{name: "rule 2: the gym reaches the cap, no warning", rule: 2, want: "no warning says to cut",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				gymGoer(t)
				t.p.GymSets = 10
				t.activation = []string{"hip-circles", "foam-roll"}
			}},
		{name: "rule 2: the gym reaches the cap, the plan adds too much", rule: 2, want: "over 1.5",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				gymGoer(t)
				t.p.GymSets = 10
				t.warnings = append(t.warnings, "Your gym work alone fills the week: cut your gym glute sets.")
			}},
		{name: "rule 3: week 2 rises 20%", rule: 3, want: "over 15%",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.dose = func(w int, d planner.Weekday, e catalog.Exercise) (int, int) {
					s, a := tinyDose(w, d, e)
					if e.ID == "bridge" && w == 2 {
						a = 14
					}
					return s, a
				}
			}},
		{name: "rule 3: a deload too heavy", rule: 3, want: "not 50–70%",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.dose = func(w int, d planner.Weekday, e catalog.Exercise) (int, int) {
					s, a := tinyDose(w, d, e)
					if w == 4 && e.Category == catalog.Activation {
						s = 2
					}
					return s, a
				}
			}},
		{name: "rule 3: two changes at once", rule: 3, want: "changes both",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.dose = func(w int, d planner.Weekday, e catalog.Exercise) (int, int) {
					s, a := tinyDose(w, d, e)
					if w == 2 && e.ID == "bridge" && d == planner.Mon {
						s = 1
					}
					return s, a
				}
			}},
		{name: "rule 3: block 2 starts above week 3", rule: 3, want: "block 2 starts at",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.dose = func(w int, d planner.Weekday, e catalog.Exercise) (int, int) {
					s, a := tinyDose(w, d, e)
					if w == 5 && e.ID == "wall-abduction" {
						s = 3
					}
					return s, a
				}
			}},
		{name: "rule 3: a harder variant within a block", rule: 3, want: "harder variant",
			mod: func(t *tinyPlan, _ *catalog.Catalog) { t.p.Weeks = 3 },
			after: func(p *planner.Plan) {
				// Week 3 swaps the bridge for its harder variant at the same dose.
				for di := range p.Weeks[2].Days {
					for ii, it := range p.Weeks[2].Days[di].Items {
						if it.Exercise == "bridge" {
							p.Weeks[2].Days[di].Items[ii].Exercise = "bridge-march"
							p.Weeks[2].Days[di].Items[ii].Name = "bridge march"
						}
					}
				}
			}},
		{name: "rule 3: next starts from the wrong level", rule: 3, want: "next.build_hse",
			after: func(p *planner.Plan) { p.Next.BuildHSE = 9 }},
		{name: "rule 3: a harder variant before the dose ceiling", rule: 3, want: "did not reach its dose ceiling",
			after: func(p *planner.Plan) {
				// Week 5 starts block 2 with the bridge's harder variant,
				// though the bridge got to 12 reps of 10, not 15.
				for di := range p.Weeks[4].Days {
					for ii, it := range p.Weeks[4].Days[di].Items {
						if it.Exercise == "bridge" {
							p.Weeks[4].Days[di].Items[ii].Exercise = "bridge-march"
							p.Weeks[4].Days[di].Items[ii].Name = "bridge march"
						}
					}
				}
			}},
		{name: "rule 3: an entry above the person's level", rule: 3, want: "above the person's level",
			mod: func(t *tinyPlan, c *catalog.Catalog) {
				for i := range c.Exercises {
					if c.Exercises[i].ID == "bridge" {
						c.Exercises[i].Level = catalog.Intermediate
					}
				}
			}},
		{name: "rule 3: a deload without gym advice", rule: 3, want: "half their gym glute sets",
			mod: func(t *tinyPlan, _ *catalog.Catalog) { gymGoer(t); t.warnings = nil }},
		{name: "rule 4: activation the day after a gym day", rule: 4, want: "the day after a gym day",
			mod: func(t *tinyPlan, _ *catalog.Catalog) { gymGoer(t); t.p.GymDays = []planner.Weekday{planner.Tue} }},
		{name: "rule 4: gym days back to back, no warning", rule: 4, want: "gym days back to back",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				gymGoer(t)
				t.p.GymDays = []planner.Weekday{planner.Sat, planner.Sun}
				t.p.GymSets = 2
			}},
		{name: "rule 4: an activation session on a gym day", rule: 4, want: "want a primer",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				gymGoer(t)
				t.p.GymDays = []planner.Weekday{planner.Wed}
				t.p.GymSets = 2
			}},
		{name: "rule 4: two hard days in a row", rule: 4, want: "both hard days",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				gymGoer(t)
				t.p.GymDays = []planner.Weekday{planner.Sun}
				t.p.GymSets = 2
				t.dose = func(w int, d planner.Weekday, e catalog.Exercise) (int, int) {
					s, a := tinyDose(w, d, e)
					if e.ID == "bridge" && d == planner.Mon {
						s = 5
					}
					return s, a
				}
			}},
		{name: "rule 5: soreness 7 rises in block 1", rule: 5, want: "above week 1",
			mod: func(t *tinyPlan, _ *catalog.Catalog) { t.p.Soreness = 7 }},
		{name: "rule 5: soreness 7, a day above 1", rule: 5, want: "over 1",
			mod: func(t *tinyPlan, _ *catalog.Catalog) { t.p.Soreness = 7; t.p.Weeks = 1 }},
		{name: "rule 5: soreness 7 without the warning", rule: 5, want: "no warning to get checked",
			mod: func(t *tinyPlan, _ *catalog.Catalog) { t.p.Soreness = 7; t.p.Weeks = 1 }},
		{name: "rule 5: soreness 5 starts as high as soreness 0", rule: 5, want: "over 70%",
			mod: func(t *tinyPlan, _ *catalog.Catalog) { t.p.Soreness = 5 }},
		{name: "rule 6: no release and no warning", rule: 6, want: "no release work",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.activation = []string{"hip-circles", "wall-abduction", "bridge"}
				t.recovery = []string{"hip-circles", "hip-flexor-stretch"}
			}},
		{name: "rule 6: no foam roller and no word on what to buy", rule: 6, want: "what to buy",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.p.Equipment = []catalog.Equipment{catalog.Wall}
				t.activation = []string{"hip-circles", "wall-abduction", "bridge"}
				t.recovery = []string{"hip-circles", "hip-flexor-stretch"}
				t.warnings = []string{"No release work this time."}
			}},
		{name: "rule 7: longer than the minutes", rule: 7, want: "over 8",
			mod: func(t *tinyPlan, _ *catalog.Catalog) { t.p.Minutes = 8 }},
		{name: "rule 7: six items", rule: 7, want: "6 items",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.recovery = []string{"hip-circles", "leg-swings", "foam-roll", "hip-flexor-stretch", "hip-circles", "foam-roll"}
			}},
		{name: "rule 8: equipment the person lacks", rule: 8, want: "needs wall",
			mod: func(t *tinyPlan, _ *catalog.Catalog) { t.p.Equipment = []catalog.Equipment{catalog.FoamRoller} }},
		{name: "rule 8: the floor with no_floor", rule: 8, want: "cannot get down",
			mod: func(t *tinyPlan, _ *catalog.Catalog) { t.p.Limits = []planner.Limit{planner.NoFloor} }},
		{name: "rule 8: one leg without saying to hold on", rule: 8, want: "hold on",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.p.Limits = []planner.Limit{planner.NeedsSupport}
				t.activation = []string{"hip-circles", "single-leg-balance", "bridge", "foam-roll"}
			}},
		{name: "rule 9: contraindicated", rule: 9, want: "contraindicated",
			mod: func(t *tinyPlan, c *catalog.Catalog) {
				t.p.Conditions = []planner.Condition{planner.PiriformisSyndrome}
				for i := range c.Exercises {
					if c.Exercises[i].ID == "bridge" {
						c.Exercises[i].Contraindications = []catalog.Condition{catalog.PiriformisSyndrome}
					}
				}
			}},
		{name: "rule 9: tendinopathy and hip compression", rule: 9, want: "compresses the outer hip",
			mod: func(t *tinyPlan, c *catalog.Catalog) {
				t.p.Conditions = []planner.Condition{planner.GlutealTendinopathy}
				for i := range c.Exercises {
					if c.Exercises[i].ID == "foam-roll" {
						c.Exercises[i].HipCompression = true
					}
				}
			}},
		{name: "rule 9: tendinopathy, block 1, not isometric", rule: 9, want: "is not isometric",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.p.Conditions = []planner.Condition{planner.GlutealTendinopathy}
			}},
		{name: "rule 9: tendinopathy without an abductor", rule: 9, want: "no isometric hip-abductor",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.p.Conditions = []planner.Condition{planner.GlutealTendinopathy}
				t.activation = []string{"hip-circles", "bridge", "foam-roll"}
			}},
		{name: "rule 9: tendinopathy without the warnings", rule: 9, want: "sleeping on the sore side",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.p.Conditions = []planner.Condition{planner.GlutealTendinopathy}
			}},
		{name: "rule 9: piriformis without its stretch", rule: 9, want: "piriformis stretch or release on 0 of 3",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.p.Conditions = []planner.Condition{planner.PiriformisSyndrome}
			}},
		{name: "rule 9: piriformis stretch held too short", rule: 9, want: "want 2–4 holds of 20–30 s",
			mod: func(t *tinyPlan, c *catalog.Catalog) {
				t.p.Conditions = []planner.Condition{planner.PiriformisSyndrome}
				for i := range c.Exercises {
					if c.Exercises[i].ID == "hip-flexor-stretch" {
						c.Exercises[i].Targets = []catalog.Target{catalog.Piriformis}
					}
				}
				t.dose = func(w int, d planner.Weekday, e catalog.Exercise) (int, int) {
					s, a := tinyDose(w, d, e)
					if e.ID == "hip-flexor-stretch" {
						a = 15
					}
					return s, a
				}
			}},
		{name: "rule 9: piriformis, breaks every 45 minutes", rule: 9, want: "want 30",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.p.Conditions = []planner.Condition{planner.PiriformisSyndrome}
				t.p.SittingHours = 8
			},
			after: func(p *planner.Plan) {
				p.MovementBreaks = planner.MovementBreaks{EveryMinutes: 45, Exercises: []string{"hip-circles"}}
			}},
		{name: "rule 9: piriformis without advice on sitting and stairs", rule: 9, want: "sitting and stairs",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.p.Conditions = []planner.Condition{planner.PiriformisSyndrome}
			}},
		{name: "rule 10: long sitting, no breaks", rule: 10, want: "want 30–60",
			mod: func(t *tinyPlan, _ *catalog.Catalog) { t.p.SittingHours = 8 }},
		{name: "rule 10: a break drill that is not desk-friendly", rule: 10, want: "not desk-friendly",
			mod: func(t *tinyPlan, _ *catalog.Catalog) { t.p.SittingHours = 8 },
			after: func(p *planner.Plan) {
				p.MovementBreaks = planner.MovementBreaks{EveryMinutes: 45, Exercises: []string{"bridge"}}
			}},
		{name: "rule 10: breaks with little sitting", rule: 10, want: "yet breaks",
			after: func(p *planner.Plan) {
				p.MovementBreaks = planner.MovementBreaks{EveryMinutes: 45, Exercises: []string{"hip-circles"}}
			}},
		{name: "rule 10: more sitting, longer gaps", rule: 10, want: "longer gaps",
			mod: func(t *tinyPlan, _ *catalog.Catalog) { t.p.SittingHours = 6 },
			after: func(p *planner.Plan) {
				p.MovementBreaks = planner.MovementBreaks{EveryMinutes: 40, Exercises: []string{"hip-circles"}}
			},
			replan: func(plan *planner.Plan, q planner.Profile) *planner.Plan {
				out := cloneWith(plan, q)
				if q.SittingHours == 18 {
					out.MovementBreaks.EveryMinutes = 60
				}
				return out
			}},
		{name: "rule 11: planning again differs", rule: 11, want: "other bytes",
			replan: func(plan *planner.Plan, q planner.Profile) *planner.Plan {
				out := cloneWith(plan, q)
				out.Warnings = append(out.Warnings, "A second run says more.")
				return out
			}},
		{name: "rule 12: an item without a why", rule: 12, want: "has no why",
			mod: func(t *tinyPlan, _ *catalog.Catalog) { t.why["bridge"] = " " }},
		{name: "rule 12: jargon in a why", rule: 12, want: `"HSE"`,
			mod: func(t *tinyPlan, _ *catalog.Catalog) { t.why["bridge"] = "Adds 1 HSE to the week." }},
		{name: "rule 12: jargon in a warning", rule: 12, want: "fine-tune",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.warnings = []string{"A light extra that fine-tunes the week."}
			}},
		{name: "rule 12: an entry neither used nor excluded", rule: 12, want: "neither used nor excluded",
			after: func(p *planner.Plan) { p.Excluded = p.Excluded[1:] }},
		{name: "rule 13: activation sessions differ", rule: 13, want: "in the same block",
			after: func(p *planner.Plan) {
				items := p.Weeks[0].Days[2].Items
				items[1], items[0] = items[0], items[1]
			}},
		{name: "rule 13: a lighter week leaves an exercise out silently", rule: 13, want: "no warning names it",
			mod: func(t *tinyPlan, _ *catalog.Catalog) { lighterWeekSkips(t); t.warnings = nil }},
		{name: "rule 13: a dose differs within a week", rule: 13, want: "another day of the week",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.dose = func(w int, d planner.Weekday, e catalog.Exercise) (int, int) {
					s, a := tinyDose(w, d, e)
					if e.ID == "bridge" && d == planner.Wed {
						a--
					}
					return s, a
				}
			}},
		{name: "rule 13: five activation exercises in a block", rule: 13, want: "over 4",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.activation = []string{"wall-abduction", "bridge", "bridge-march", "single-leg-balance", "kettlebell-swing"}
			}},
		{name: "rule 13: nine distinct exercises in a block", rule: 13, want: "9 distinct",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.activation = []string{"hip-circles", "wall-abduction", "bridge", "foam-roll"}
				t.recovery = []string{"leg-swings", "bridge-march", "single-leg-balance", "kettlebell-swing", "hip-flexor-stretch"}
			}},
		{name: "rule 14: release before activation", rule: 14, want: "comes before activation",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.activation = []string{"hip-circles", "foam-roll", "wall-abduction", "bridge"}
			}},
		{name: "rule 14: a dynamic stretch after activation", rule: 14, want: "comes after activation",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.activation = []string{"wall-abduction", "bridge", "hip-circles", "foam-roll"}
			}},
		{name: "rule 14: two stretches, one target", rule: 14, want: "share their main target",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.recovery = []string{"hip-circles", "leg-swings", "foam-roll", "hip-flexor-stretch"}
			}},
		{name: "rule 14: down and up three times", rule: 14, want: "3 moves",
			mod: func(t *tinyPlan, _ *catalog.Catalog) {
				t.activation = []string{"hip-circles", "bridge", "wall-abduction", "foam-roll"}
			}},
		{name: "rule 15: a band missing", rule: 15, want: "bands are",
			after: func(p *planner.Plan) { p.PainRule = slices.Delete(p.PainRule, 1, 2) }},
		{name: "rule 15: no red flags", rule: 15, want: "no red flags",
			after: func(p *planner.Plan) { p.RedFlags = nil }},
	}
	// Every rule has a row: a rule the checker never reports could pass
	// silently.
	pinned := map[int]bool{}
	for _, tt := range tests {
		pinned[tt.rule] = true
	}
	for _, r := range checkRules {
		if !pinned[r.n] {
			t.Errorf("no bad plan pins rule %d (%s)", r.n, r.name)
		}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cat := tinyCatalog()
			tp := goodTinyPlan()
			if tt.mod != nil {
				tt.mod(tp, cat)
			}
			plan := tp.build(cat)
			if tt.after != nil {
				tt.after(plan)
			}
			replan := func(q planner.Profile) (*planner.Plan, error) { return cloneWith(plan, q), nil }
			if tt.replan != nil {
				replan = func(q planner.Profile) (*planner.Plan, error) { return tt.replan(plan, q), nil }
			}
			got := checkPlan(newCheckInput(cat, tp.p, plan, replan))
			found := false
			for _, v := range got {
				if v.rule == tt.rule && strings.Contains(v.msg, tt.want) {
					found = true
				}
			}
			if !found {
				t.Errorf("the checker did not report rule %d with %q; it said:", tt.rule, tt.want)
				for _, v := range got {
					t.Log(v)
				}
			}
		})
	}
}

// TestCheckerContinued pins the checker on a plan that continues another
// (gluteplan next): the good one passes, bad ones are reported.
func TestCheckerContinued(t *testing.T) {
	tests := []struct {
		name  string
		steer planner.Steer
		rule  int
		want  string
		mod   func(*tinyPlan)
		after func(*planner.Plan)
	}{
		{name: "good", steer: planner.SteerProgress},
		{name: "good, no log", steer: planner.SteerNoLog},
		{name: "starts above the last build week", steer: planner.SteerProgress, rule: 3, want: "continued plan starts at",
			mod: func(t *tinyPlan) {
				t.dose = func(w int, d planner.Weekday, e catalog.Exercise) (int, int) {
					s, a := tinyDose(w, d, e)
					if e.ID == "wall-abduction" && d == planner.Mon && w == 6 {
						s = 3
					}
					return s, a
				}
			}},
		{name: "a harder variant without a log", steer: planner.SteerNoLog, rule: 3, want: "earns none",
			after: func(p *planner.Plan) {
				for di := range p.Weeks[3].Days {
					for ii, it := range p.Weeks[3].Days[di].Items {
						if it.Exercise == "bridge" {
							p.Weeks[3].Days[di].Items[ii].Exercise = "bridge-march"
							p.Weeks[3].Days[di].Items[ii].Name = "bridge march"
						}
					}
				}
			}},
		{name: "weeks numbered from 1 again", steer: planner.SteerProgress, rule: 0, want: "numbered 1, want 6",
			after: func(p *planner.Plan) { p.Weeks[0].Week = 1 }},
		{name: "a gap between the plans", steer: planner.SteerProgress, rule: 0, want: "want 2026-04-06",
			mod: func(t *tinyPlan) { t.p.Start = "2026-04-13" }},
		{name: "another routine within the block", steer: planner.SteerProgress, rule: 13, want: "in the same block",
			mod: func(t *tinyPlan) { t.activation = []string{"hip-circles", "bridge", "wall-abduction", "foam-roll"} }},
		{name: "step back but starts at the build level", steer: planner.SteerStepBack, rule: 3, want: "step back"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cat := tinyCatalog()
			before := goodTinyPlan()
			prev := before.build(cat)
			tp := goodTinyPlan()
			tp.first, tp.p.Weeks, tp.p.Start = 6, 4, "2026-04-06"
			if tt.mod != nil {
				tt.mod(tp)
			}
			plan := tp.build(cat)
			if tt.after != nil {
				tt.after(plan)
			}
			replan := func(q planner.Profile) (*planner.Plan, error) { return cloneWith(plan, q), nil }
			got := checkPlan(newCheckInput(cat, tp.p, plan, replan).continuing(prev, tt.steer))
			if tt.want == "" {
				for _, v := range got {
					t.Error(v)
				}
				return
			}
			if !slices.ContainsFunc(got, func(v violation) bool { return v.rule == tt.rule && strings.Contains(v.msg, tt.want) }) {
				t.Errorf("the checker did not report rule %d with %q; it said:", tt.rule, tt.want)
				for _, v := range got {
					t.Log(v)
				}
			}
		})
	}
}

// TestScreeningTable pins rule 1 on planner.Screen: every red-flag symptom
// and a soreness of 8 or more refer (urgently for bladder_bowel and
// saddle_numbness); soreness 7 does not.
func TestScreeningTable(t *testing.T) {
	type row struct {
		name     string
		symptoms []planner.Symptom
		soreness int
		refer    bool
		urgent   bool
	}
	var tests []row
	for _, s := range planner.Symptoms {
		urgent := s == planner.BladderBowel || s == planner.SaddleNumbness
		tests = append(tests, row{"symptom " + string(s), []planner.Symptom{s}, 0, true, urgent})
	}
	tests = append(tests,
		row{"soreness 7 plans", nil, 7, false, false},
		row{"soreness 8 refers", nil, 8, true, false},
		row{"soreness 10 refers", nil, 10, true, false},
		row{"nothing plans", nil, 0, false, false},
		row{"urgent wins over the rest", []planner.Symptom{planner.Tingling, planner.BladderBowel}, 9, true, true},
	)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := planner.DefaultProfile()
			p.Start = "2026-03-02"
			p.Symptoms = tt.symptoms
			p.Soreness = tt.soreness
			r := planner.Screen(p)
			if (r != nil) != tt.refer {
				t.Fatalf("referral %+v, want a referral: %v", r, tt.refer)
			}
			if r == nil {
				return
			}
			if r.Urgent != tt.urgent {
				t.Errorf("urgent %v, want %v", r.Urgent, tt.urgent)
			}
			if strings.TrimSpace(r.Message) == "" {
				t.Error("the referral says nothing")
			}
			if m := jargon.FindString(r.Message); m != "" {
				t.Errorf("the referral says %q: %q", m, r.Message)
			}
			for _, s := range tt.symptoms {
				if !slices.Contains(r.Symptoms, s) {
					t.Errorf("the referral does not list %s: %v", s, r.Symptoms)
				}
			}
		})
	}
}

// TestJargon pins the words rule 12 keeps out of what a person reads.
func TestJargon(t *testing.T) {
	tests := []struct {
		text string
		bad  bool
	}{
		{"Adds 1 HSE to the week.", true},
		{"two hses", true},
		{"the next slot", true},
		{"Slots left this week", true},
		{"volume allocation", true},
		{"a light extra that fine-tunes the week", true},
		{"fine tuning", true},
		{"Finetune it", true},
		{"hard sets this week", false},
		{"a horseshoe-shaped pillow", false},
		{"a slotted board", false},
		{"Take it fine and slow.", false},
	}
	for _, tt := range tests {
		if got := jargon.MatchString(tt.text); got != tt.bad {
			t.Errorf("%q: jargon %v, want %v", tt.text, got, tt.bad)
		}
	}
}
