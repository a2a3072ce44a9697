package planner_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

// singleLegIDs are the default catalog's entries that stand on one leg
// with the standing leg doing the work (balance, a hip hike, step work, a
// single-leg deadlift).
var singleLegIDs = []string{"supported-single-leg-reach", "single-leg-balance", "standing-hip-hike", "single-leg-rdl", "step-up", "step-down"}

// sideHipIDs are the default catalog's side-hip strengthening entries.
var sideHipIDs = []string{"clamshell", "banded-clamshell", "banded-lateral-walk", "isometric-wall-hip-abduction", "standing-hip-abduction-chair",
	"seated-isometric-hip-abduction", "supine-isometric-hip-abduction", "side-plank-knees", "standing-banded-hip-abduction"}

// blockActivation lists, for each block of plan, the activation entries
// of its activation sessions.
func blockActivation(plan *planner.Plan) map[int][]string {
	out := map[int][]string{}
	for _, w := range plan.Weeks {
		for _, d := range w.Days {
			if d.Session != planner.ActivationSession {
				continue
			}
			for _, it := range d.Items {
				if it.Category == catalog.Activation && !slices.Contains(out[w.Block], it.Exercise) {
					out[w.Block] = append(out[w.Block], it.Exercise)
				}
			}
		}
	}
	return out
}

// TestChoice holds the persona plans to how their exercises are chosen
// (docs "How exercises are chosen"): for variety of movement and for what
// the person does and owns.
func TestChoice(t *testing.T) {
	tests := []struct {
		name string
		mod  func(*planner.Profile)
		// every lists entries each block's activation sessions hold one of;
		// never, entries no session holds; oneOf, groups of which a block
		// holds at most one.
		every [][]string
		never []string
		oneOf [][]string
		// notStepFrom names an exercise no why may call the one a harder
		// exercise is a step on from, but for the entries of stepTo.
		notStepFrom string
		stepTo      []string
		// excluded is an entry --explain must give the reason holding
		// reason for.
		excluded, reason string
	}{
		// A squat in every block: the goblet squat steps on only to a
		// harder squat, the split squat, never to a hinge (a hinge is no
		// harder squat); the seated press is desk work, and he does not
		// sit.
		{name: "warehouse-lifter", every: [][]string{{"goblet-squat", "weighted-split-squat"}}, never: []string{"seated-isometric-hip-abduction"},
			notStepFrom: "Goblet squat", stepTo: []string{"weighted-split-squat"}, excluded: "seated-isometric-hip-abduction", reason: "sitting"},
		// A runner stands on one leg in every block, and holds one side-hip
		// exercise, not two.
		{name: "runner-after-birth", every: [][]string{singleLegIDs}, never: []string{"seated-isometric-hip-abduction"}, oneOf: [][]string{sideHipIDs}},
		// Supported balance work rather than a second side-hip hold; after
		// a whole block of toe taps it steps on to balance, still holding
		// on (TestFixedStepOn).
		{name: "no-floor-75", every: [][]string{{"supported-single-leg-reach", "single-leg-balance"}}, never: []string{"seated-isometric-hip-abduction"}, oneOf: [][]string{sideHipIDs}},
		// With gluteal tendinopathy the seated press is one of the holds
		// rule 9 asks for, whatever the sitting.
		{name: "tendinopathy-piriformis", mod: func(p *planner.Profile) { p.SittingHours = 0 }, every: [][]string{{"seated-isometric-hip-abduction", "isometric-wall-hip-abduction"}}},
		// One who sits long may do it.
		{name: "desk-cyclist", every: [][]string{{"sit-to-stand", "chair-sit-to-stand"}}, oneOf: [][]string{sideHipIDs}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := slices.IndexFunc(personas, func(pc persona) bool { return pc.name == tt.name })
			if i < 0 {
				t.Fatalf("no persona %s", tt.name)
			}
			p := personas[i].profile
			p.Lang = planner.English
			if tt.mod != nil {
				tt.mod(&p)
			}
			plan, err := planner.Make(catalog.Default(), p)
			if err != nil {
				t.Fatal(err)
			}
			for bl, ids := range blockActivation(plan) {
				for _, want := range tt.every {
					if !slices.ContainsFunc(ids, func(id string) bool { return slices.Contains(want, id) }) {
						t.Errorf("block %d holds %v, none of %v", bl, ids, want)
					}
				}
				for _, group := range tt.oneOf {
					var in []string
					for _, id := range ids {
						if slices.Contains(group, id) {
							in = append(in, id)
						}
					}
					if len(in) > 1 {
						t.Errorf("block %d holds %v, of one movement", bl, in)
					}
				}
			}
			for _, w := range plan.Weeks {
				for _, d := range w.Days {
					for _, it := range d.Items {
						if slices.Contains(tt.never, it.Exercise) {
							t.Errorf("week %d %s holds %s", w.Week, d.Weekday, it.Exercise)
						}
						if tt.notStepFrom != "" && strings.Contains(it.Why, "A step on from "+tt.notStepFrom) && !slices.Contains(tt.stepTo, it.Exercise) {
							t.Errorf("week %d %s: %s is %q", w.Week, d.Weekday, it.Exercise, it.Why)
						}
					}
				}
			}
			if tt.excluded != "" {
				i := slices.IndexFunc(plan.Excluded, func(x planner.Excluded) bool { return slices.Contains(x.Exercises, tt.excluded) })
				if i < 0 || !strings.Contains(plan.Excluded[i].Reason, tt.reason) {
					t.Errorf("%s is excluded as %+v, want a reason holding %q", tt.excluded, plan.Excluded, tt.reason)
				}
			}
		})
	}
}
