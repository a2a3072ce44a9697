package planner_test

import (
	"slices"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

// persona returns the profile of the persona name, or fails the test.
func personaProfile(t *testing.T, name string) planner.Profile {
	t.Helper()
	i := slices.IndexFunc(personas, func(pc persona) bool { return pc.name == name })
	if i < 0 {
		t.Fatalf("no persona %s", name)
	}
	return personas[i].profile
}

// weekWork maps each strengthening item of the activation sessions of
// week wk to its weekly sets and its work a set, in seconds.
func weekWork(wk planner.Week) map[string][2]int {
	out := map[string][2]int{}
	for _, d := range wk.Days {
		for _, it := range d.Items {
			if d.Session != planner.ActivationSession || it.Category != catalog.Activation || it.PlanHSE == 0 {
				continue
			}
			w := out[it.Exercise]
			w[0] += it.Sets
			w[1] = it.Seconds
			if it.Reps > 0 {
				w[1] = it.Reps * (4 + it.HoldSeconds)
			}
			out[it.Exercise] = w
		}
	}
	return out
}

// TestEachTakesItsTurn pins that the weekly rise goes round the
// strengthening exercises (rule 3): the physiotherapist found the
// sit-to-stand at 2 × 10 for weeks on end beside holds that rose every
// week, because a hold's step weighed a little more. In block 1 of these
// personas each strengthening exercise rises in week 2 or week 3.
func TestEachTakesItsTurn(t *testing.T) {
	for _, name := range []string{"no-floor-75", "office-worker", "desk-cyclist"} {
		t.Run(name, func(t *testing.T) {
			plan, err := planner.Make(catalog.Default(), personaProfile(t, name))
			if err != nil {
				t.Fatal(err)
			}
			first, third := weekWork(plan.Weeks[0]), weekWork(plan.Weeks[2])
			for _, id := range sortedKeys(first) {
				a, b := first[id], third[id]
				if b[0] <= a[0] && b[1] <= a[1] {
					t.Errorf("%s: week 3 holds %d sets of %d s, as week 1 (%d sets of %d s): it never took its turn to rise", id, b[0], b[1], a[0], a[1])
				}
			}
		})
	}
}
