package planner_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

// goodNext plans the persona name in English from 2026-12-07, logs every
// week as calmWeek with every session done, and continues it for one
// block as gluteplan next does after a good block: the profile's soreness
// and pain days cleared, as the command clears them (the log speaks for
// the evenings).
func goodNext(t *testing.T, name string, weeks int) (prev, next *planner.Plan, replan func(planner.Profile) (*planner.Plan, error)) {
	t.Helper()
	p := personaProfile(t, name)
	p.Start, p.Lang = "2026-12-07", planner.English
	if weeks > 0 {
		p.Weeks = weeks
	}
	cat := catalog.Default()
	prev, err := planner.Make(cat, p)
	if err != nil {
		t.Fatal(err)
	}
	st := steerLogged(t, prev, func(int) []int { return calmWeek })
	if st.Steer != planner.SteerProgress {
		t.Fatalf("the log steered %s, want progress", st.Steer)
	}
	q := prev.Profile
	q.Weeks, q.Soreness, q.PainDays = 4, 0, 0
	replan = func(q planner.Profile) (*planner.Plan, error) {
		return planner.Continue(cat, prev, q, st.Steer, st.Reason, st.Options()...)
	}
	next, err = replan(q)
	if err != nil {
		t.Fatal(err)
	}
	return prev, next, replan
}

// activationDose lists, for week no of plan, each activation item's id
// with its first item's dose: reps, or the hold's length.
func activationDose(plan *planner.Plan, no int) map[string]planner.Item {
	out := map[string]planner.Item{}
	for _, w := range plan.Weeks {
		if w.Week != no {
			continue
		}
		for _, d := range w.Days {
			if d.Session != planner.ActivationSession {
				continue
			}
			for _, it := range d.Items {
				if _, ok := out[it.Exercise]; !ok && it.Category == catalog.Activation {
					out[it.Exercise] = it
				}
			}
		}
	}
	return out
}

// work is an item's work a set: reps × (4 s + hold), or seconds.
func work(it planner.Item) int {
	if it.Reps > 0 {
		return it.Reps * (4 + it.HoldSeconds)
	}
	return it.Seconds
}

// holdLength is how long each hold of it lasts.
func holdLength(it planner.Item) int {
	if it.Seconds > 0 {
		return it.Seconds
	}
	return it.HoldSeconds
}

// TestBlockBoundary pins what happens at the block boundary after a good
// block, in the two cases a physiotherapist found wrong. Gluteal
// tendinopathy (rule 9): of the two holds done at their highest dose,
// only the bridge hold steps on to moving work; the hold for the side of
// the hip goes on at 30 s or more, and the notes and the item's why say
// why. The runner (rule 3): the hip hike, balance's harder variant, no
// longer misses the first week; the exercises beside it start a little
// lower, within rule 16, and rise again in the weeks after.
func TestBlockBoundary(t *testing.T) {
	tests := []struct {
		name  string
		weeks int // of the plan before, 0 for the persona's
		// in must be in the first week's activation sessions, out must not.
		in, out []string
		// holds: each must be held this long or longer in every build week.
		holds map[string]int
		// lower: each starts the block below its last build week's work
		// per set and is back at it or above by week 3 of the block.
		lower []string
		// says: each must be in the warnings; why: in the first week's why
		// of the item named by its key.
		says []string
		why  map[string]string
	}{
		{
			// After 8 weeks the wall hold is at its highest dose and the
			// bridge hold is not yet: the side-hip hold stays a hold and
			// its turn to step on goes to the bridge hold, so the block
			// holds moving work beside it.
			name:  "tendinopathy-piriformis",
			in:    []string{"isometric-wall-hip-abduction", "glute-bridge"},
			out:   []string{"glute-bridge-hold", "standing-hip-abduction-chair"},
			holds: map[string]int{"isometric-wall-hip-abduction": 30},
			says: []string{
				"Isometric wall hip abduction stays a hold in block 3, though you did it at its highest dose: with gluteal tendinopathy, holds give way to moving exercises one at a time (Isometric glute bridge hold first)",
				"The hold for the side of the hip steps on last, in a later block",
			},
			why: map[string]string{
				"isometric-wall-hip-abduction": "It stays a hold this block: with gluteal tendinopathy the holds give way to moving exercises one at a time.",
				"glute-bridge":                 "A step on from Isometric glute bridge hold: with gluteal tendinopathy, moving work starts with the big buttock muscle, while Isometric wall hip abduction stays a hold.",
			},
		},
		{
			// After 12 weeks the glute bridge has taken the bridge hold's
			// place (week 9) and builds on; the side-hip hold goes on.
			name:  "tendinopathy-piriformis",
			weeks: 12,
			in:    []string{"isometric-wall-hip-abduction", "glute-bridge"},
			out:   []string{"glute-bridge-hold"},
			holds: map[string]int{"isometric-wall-hip-abduction": 30},
		},
		{
			// The runner's 8-week plan takes the hip hike from week 5
			// (TestBlockBoundaryWithinPlan); after its first block alone,
			// gluteplan next takes it from week 5 the same way.
			name:  "runner-after-birth",
			weeks: 4,
			in:    []string{"standing-hip-hike"},
			out:   []string{"single-leg-balance"},
			lower: []string{"banded-glute-bridge"},
			says: []string{
				"Standing hip hike takes the place of Single-leg balance from week 5. So that week 5 is no harder than your last build week, the exercises beside it start a little lighter",
			},
			why: map[string]string{"standing-hip-hike": "A step on from Single-leg balance"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prev, next, replan := goodNext(t, tt.name, tt.weeks)
			first := next.Weeks[0].Week
			w1 := activationDose(next, first)
			for _, id := range tt.in {
				if _, ok := w1[id]; !ok {
					t.Errorf("week %d holds no %s; it holds %v", first, id, slices.Sorted(mapKeys(w1)))
				}
			}
			for _, id := range tt.out {
				if _, ok := w1[id]; ok {
					t.Errorf("week %d holds %s", first, id)
				}
			}
			for _, w := range next.Weeks {
				if w.Week%4 == 0 {
					continue
				}
				for id, least := range tt.holds {
					if it, ok := activationDose(next, w.Week)[id]; ok && holdLength(it) < least {
						t.Errorf("week %d: %s held %d s, want %d s or more", w.Week, id, holdLength(it), least)
					}
				}
			}
			last := activationDose(prev, prev.Weeks[len(prev.Weeks)-2].Week)
			third := activationDose(next, first+2)
			for _, id := range tt.lower {
				if work(w1[id]) >= work(last[id]) {
					t.Errorf("%s: week %d at %d s of work a set, want below the last build week's %d", id, first, work(w1[id]), work(last[id]))
				}
				if work(third[id]) <= work(w1[id]) {
					t.Errorf("%s: week %d at %d s of work a set, want above week %d's %d", id, first+2, work(third[id]), first, work(w1[id]))
				}
			}
			for _, s := range tt.says {
				if !slices.ContainsFunc(next.Warnings, func(w string) bool { return strings.Contains(w, s) }) {
					t.Errorf("no warning says %q; warnings:\n%s", s, strings.Join(next.Warnings, "\n"))
				}
			}
			for id, s := range tt.why {
				if got := whyOf(next, first, id); !strings.Contains(got, s) {
					t.Errorf("week %d: %s's why %q lacks %q", first, id, got, s)
				}
			}
			if v := continuedViolations(prev, next, replan); len(v) > 0 {
				t.Errorf("the checker: %s", strings.Join(v, "\n"))
			}
		})
	}
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// continuedViolations runs the checker on next, continuing prev after a
// good block.
func continuedViolations(prev, next *planner.Plan, replan func(planner.Profile) (*planner.Plan, error)) []string {
	in := newCheckInput(catalog.Default(), next.Profile, next, replan).continuing(prev, planner.SteerProgress)
	var out []string
	for _, v := range checkPlan(in) {
		out = append(out, v.String())
	}
	return out
}

// TestCheckerHoldsOneAtATime gives the checker's rule 9 reading of the
// tendon holds at a block boundary the tendinopathy persona's block after
// a good one, as planned and as it was before the fix (both holds stepping
// on at once), and with the side-hip hold cut below 30 s.
func TestCheckerHoldsOneAtATime(t *testing.T) {
	tests := []struct {
		name string
		mod  func(p *planner.Plan)
		want string
	}{
		{name: "as planned"},
		{name: "both holds step on", want: "2 holds step on to moving exercises at once",
			mod: func(p *planner.Plan) { swapIn(p, 0, "isometric-wall-hip-abduction", "standing-hip-abduction-chair") }},
		{name: "the hold that goes on is cut short", want: "goes on as a hold beside one stepping on, held 25 s",
			mod: func(p *planner.Plan) {
				for wi := range p.Weeks {
					for di := range p.Weeks[wi].Days {
						for ii, it := range p.Weeks[wi].Days[di].Items {
							if it.Exercise == "isometric-wall-hip-abduction" {
								p.Weeks[wi].Days[di].Items[ii].HoldSeconds = 25
							}
						}
					}
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prev, next, _ := goodNext(t, "tendinopathy-piriformis", 0)
			if tt.mod != nil {
				tt.mod(next)
			}
			in := newCheckInput(catalog.Default(), next.Profile, next, nil).continuing(prev, planner.SteerProgress)
			got := rule9HoldsOneAtATime(in)
			if tt.want == "" {
				if len(got) > 0 {
					t.Errorf("rule 9 reported %v", got)
				}
				return
			}
			if !slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, tt.want) }) {
				t.Errorf("rule 9 did not report %q; it said %v", tt.want, got)
			}
		})
	}
}

// TestBlockBoundaryWithinPlan pins the same step on at a block boundary
// inside one plan (rule 3): the runner's own 8-week plan takes the hip
// hike, balance's harder variant, from week 5. The exercises carried on
// beside it start the block below week 3's work per set, within rule 16
// (2 sets or more, reps 8–15 or 6–7 single-leg), rise again by the
// block's week 3, and its lighter week is 50–70% of that week 3, every
// strengthening item lighter. Before, the chooser judged the lighter week
// against week 5's limit rather than week 7, and left the hike out.
func TestBlockBoundaryWithinPlan(t *testing.T) {
	tests := []struct {
		name    string
		week    int // the first week of the block that steps on
		in, out []string
		lower   []string
	}{
		{
			name:  "runner-after-birth",
			week:  5,
			in:    []string{"standing-hip-hike"},
			out:   []string{"single-leg-balance"},
			lower: []string{"standing-banded-hip-abduction", "banded-glute-bridge"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := personaProfile(t, tt.name)
			p.Start, p.Lang = "2026-12-07", planner.English
			cat := catalog.Default()
			plan, err := planner.Make(cat, p)
			if err != nil {
				t.Fatal(err)
			}
			first := activationDose(plan, tt.week)
			for _, id := range tt.in {
				if _, ok := first[id]; !ok {
					t.Errorf("week %d holds no %s; it holds %v", tt.week, id, slices.Sorted(mapKeys(first)))
				}
			}
			for _, id := range tt.out {
				if _, ok := first[id]; ok {
					t.Errorf("week %d holds %s", tt.week, id)
				}
			}
			last := activationDose(plan, tt.week-2)
			third := activationDose(plan, tt.week+2)
			for _, id := range tt.lower {
				if work(first[id]) >= work(last[id]) {
					t.Errorf("%s: week %d at %d s of work a set, want below week %d's %d", id, tt.week, work(first[id]), tt.week-2, work(last[id]))
				}
				if work(third[id]) <= work(first[id]) {
					t.Errorf("%s: week %d at %d s of work a set, want above week %d's %d", id, tt.week+2, work(third[id]), tt.week, work(first[id]))
				}
			}
			for _, it := range first {
				if it.Category != catalog.Activation || it.PlanHSE == 0 {
					continue
				}
				if it.Sets < 2 || it.Reps > 0 && (it.Reps > 15 || it.Reps < 6) {
					t.Errorf("week %d: %s at %d × %d, outside rule 16", tt.week, it.Exercise, it.Sets, it.Reps)
				}
			}
			var hse [9]float64
			for _, w := range plan.Weeks {
				if w.Week < len(hse) {
					hse[w.Week] = w.PlanHSE
				}
			}
			if hse[tt.week] > hse[tt.week-2]+0.01 {
				t.Errorf("week %d at %.2f, above week %d's %.2f", tt.week, hse[tt.week], tt.week-2, hse[tt.week-2])
			}
			if r := hse[tt.week+3] / hse[tt.week+2]; r < 0.5-1e-9 || r > 0.7+1e-9 {
				t.Errorf("lighter week %d at %.0f%% of week %d", tt.week+3, 100*r, tt.week+2)
			}
			in := newCheckInput(cat, plan.Profile, plan, func(q planner.Profile) (*planner.Plan, error) { return planner.Make(cat, q) })
			for _, v := range checkPlan(in) {
				t.Errorf("the checker: %s", v)
			}
		})
	}
}
