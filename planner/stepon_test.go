package planner_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

// routineEntries lists, for each block of plan and kind of session, the
// entries its sessions hold.
func routineEntries(plan *planner.Plan) map[int]map[planner.Session][]string {
	out := map[int]map[planner.Session][]string{}
	for _, w := range plan.Weeks {
		if out[w.Block] == nil {
			out[w.Block] = map[planner.Session][]string{}
		}
		for _, d := range w.Days {
			for _, it := range d.Items {
				if !slices.Contains(out[w.Block][d.Session], it.Exercise) {
					out[w.Block][d.Session] = append(out[w.Block][d.Session], it.Exercise)
				}
			}
		}
	}
	return out
}

// whyOf gives the why of the first item of exercise id in week no.
func whyOf(plan *planner.Plan, no int, id string) string {
	for _, w := range plan.Weeks {
		if w.Week != no {
			continue
		}
		for _, d := range w.Days {
			for _, it := range d.Items {
				if it.Exercise == id {
					return it.Why
				}
			}
		}
	}
	return ""
}

// TestFixedStepOn holds the drills of no glute load (balance on one leg,
// pelvic-floor squeezes) to rule 3's block boundary: done for a whole
// block, they step on to their catalog harder variant where it suits the
// person and fits, as a strengthening exercise at its ceiling does; the
// pelvic-floor step keeps rule 9's squeeze in every routine, and the why
// says so in plain words. Before, they kept one exercise for 12 weeks (a
// physiotherapist's review).
func TestFixedStepOn(t *testing.T) {
	tests := []struct {
		name string
		// next continues the plan with a calm log (a step on).
		next bool
		// block: in every routine of kinds, want replaces was.
		block     int
		kinds     []planner.Session
		was, want string
		// weekNo is the block's first week, whose why names the step in
		// the words of say.
		weekNo int
		say    string
	}{
		// Goblet squat at its highest dose steps on to a harder squat with
		// the weight he owns (rule 3), not a hinge.
		{name: "warehouse-lifter", block: 2, kinds: []planner.Session{planner.ActivationSession},
			was: "goblet-squat", want: "weighted-split-squat", weekNo: 5, say: "A step on from Goblet squat, which you did at its highest dose"},
		{name: "runner-after-birth", block: 2, kinds: []planner.Session{planner.ActivationSession, planner.RecoverySession},
			was: "pelvic-floor-lying", want: "pelvic-floor-seated", weekNo: 5},
		{name: "runner-after-birth", next: true, block: 3, kinds: []planner.Session{planner.ActivationSession, planner.RecoverySession},
			was: "pelvic-floor-seated", want: "pelvic-floor-standing", weekNo: 9},
		// Who needs support steps from toe taps to balance, holding on.
		{name: "no-floor-75", block: 2, kinds: []planner.Session{planner.ActivationSession},
			was: "supported-single-leg-reach", want: "single-leg-balance", weekNo: 5},
	}
	for _, tt := range tests {
		t.Run(tt.name+map[bool]string{true: "/next"}[tt.next], func(t *testing.T) {
			var plan *planner.Plan
			if tt.next {
				plan = calmNext(t, tt.name, planner.English)
			} else {
				p := personaProfile(t, tt.name)
				p.Lang = planner.English
				var err error
				if plan, err = planner.Make(catalog.Default(), p); err != nil {
					t.Fatal(err)
				}
			}
			got := routineEntries(plan)[tt.block]
			for _, k := range tt.kinds {
				if !slices.Contains(got[k], tt.want) || slices.Contains(got[k], tt.was) {
					t.Errorf("block %d %s routine holds %v: want %s in place of %s", tt.block, k, got[k], tt.want, tt.was)
				}
			}
			why := whyOf(plan, tt.weekNo, tt.want)
			if tt.say == "" {
				tt.say = "which you did through a whole block"
			}
			if !strings.Contains(why, tt.say) {
				t.Errorf("week %d: %s's why does not name the step on: %q", tt.weekNo, tt.want, why)
			}
			if tt.name == "no-floor-75" && !strings.Contains(why, "Hold on to a wall or chair") {
				t.Errorf("week %d: balance for one who needs support does not say to hold on: %q", tt.weekNo, why)
			}
		})
	}
}

// TestOwnTrainingFillsReason holds --explain to the true reason strengthening
// work stays out when the person's own training fills the weekly limit
// (rules 2 and 12): the lifter's gym takes 16 of his 20 hard sets, so the
// Romanian deadlift and the bench hip thrust are left out for the limit,
// not "did not fit your sessions" (a physiotherapist found that reason
// false); who has no training of their own never reads it.
func TestOwnTrainingFillsReason(t *testing.T) {
	const says = "your own training takes about 16 of their 20 hard sets"
	tests := []struct {
		name string
		ids  []string
		want bool
	}{
		{"warehouse-lifter", []string{"weighted-romanian-deadlift", "hip-thrust-bench"}, true},
		{"office-worker", nil, false},
		{"no-floor-75", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := personaProfile(t, tt.name)
			p.Lang = planner.English
			plan, err := planner.Make(catalog.Default(), p)
			if err != nil {
				t.Fatal(err)
			}
			for _, x := range plan.Excluded {
				if !tt.want && strings.Contains(x.Reason, "your own training takes") {
					t.Errorf("%v: %q, with no own training filling the limit", x.Exercises, x.Reason)
				}
			}
			for _, id := range tt.ids {
				i := slices.IndexFunc(plan.Excluded, func(x planner.Excluded) bool { return slices.Contains(x.Exercises, id) })
				if i < 0 || !strings.Contains(plan.Excluded[i].Reason, says) {
					t.Errorf("%s: excluded as %+v, want a reason holding %q", id, plan.Excluded, says)
				}
			}
		})
	}
}

// TestMidBlockPrimerCountsBlock holds gluteplan next in the middle of a
// block to rule 13's 8 different exercises over the whole block: when the
// new days put the primer before another training and it is chosen anew,
// what the block's earlier weeks held counts too (seed 5000094 of the
// continued plans: a step back whose new primer made 9).
func TestMidBlockPrimerCountsBlock(t *testing.T) {
	c := randomContinued(5_000_094)
	vs, _ := c.check()
	for _, v := range vs {
		if strings.Contains(fmt.Sprint(v), "distinct exercises") {
			t.Error(v)
		}
	}
}
