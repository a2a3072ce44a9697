package planner_test

import (
	"math/rand/v2"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/logbook"
)

// TestPropertyContinueFromLogs continues random plans steered by random
// logs, read the way gluteplan next reads them, and checks every rule on
// the next plan with the plan before as its history. Evenings at 8 or more
// refer instead of planning; they are drawn rarely.
func TestPropertyContinueFromLogs(t *testing.T) {
	n := propCount(20, 200)
	steered := map[planner.Steer]int{}
	for i := range n {
		seed := int64(6_000_000 + i)
		r := rand.New(rand.NewPCG(uint64(seed), 0x5eed))
		cat := catalog.Default()
		p := english(randomPlanProfile(r))
		p.Weeks = 1 + r.IntN(12)
		prev, err := planner.Make(cat, p)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		lg := logbook.New(prev)
		sore := r.IntN(3) // 0: calm weeks, 1: a sore last week, 2: mixed
		skip := r.Float64() * 0.7
		for _, w := range prev.Weeks {
			for _, d := range w.Days {
				rec := logbook.Record{Date: d.Date}
				if r.Float64() < 0.8 {
					s := r.IntN(4)
					if sore == 1 && w.Week == len(prev.Weeks) {
						s = 5 + r.IntN(3)
					} else if sore == 2 {
						s = r.IntN(8)
					}
					rec.Soreness = &s
				}
				if d.Session != planner.RestDay {
					rec.Done = logbook.DoneAll
					if r.Float64() < skip {
						rec.Done = logbook.DoneNone
					}
				}
				if rec.Soreness == nil && rec.Done == "" {
					continue
				}
				if _, err := lg.Enter(prev, rec); err != nil {
					t.Fatalf("seed %d: %s: %v", seed, d.Date, err)
				}
			}
		}
		st := logbook.Steer(logbook.Summarize(prev, lg), prev.Profile.Language())
		if st.Refer {
			continue
		}
		steered[st.Steer]++
		q := prev.Profile
		q.Soreness, q.PainDays = 0, 0
		q.Weeks = 1 + r.IntN(8)
		next, err := planner.Continue(cat, prev, q, st.Steer, st.Reason)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		replan := func(x planner.Profile) (*planner.Plan, error) {
			return planner.Continue(cat, prev, x, st.Steer, st.Reason)
		}
		for _, v := range checkPlan(newCheckInput(cat, q, next, replan).continuing(prev, st.Steer)) {
			t.Errorf("seed %d (steer %s): %v", seed, st.Steer, v)
		}
	}
	// The logs must reach every way of steering, or the test proves little.
	for _, s := range []planner.Steer{planner.SteerProgress, planner.SteerHold, planner.SteerRepeat, planner.SteerStepBack} {
		if steered[s] == 0 {
			t.Errorf("no random log steered the next block to %s: %v", s, steered)
		}
	}
}
