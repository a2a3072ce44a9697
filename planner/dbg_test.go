package planner_test

import (
	"math/rand/v2"
	"os"
	"strconv"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/logbook"
)

func TestDbgLog(t *testing.T) {
	seed, _ := strconv.Atoi(os.Getenv("SEED"))
	r := rand.New(rand.NewPCG(uint64(seed), 0x5eed))
	cat := catalog.Default()
	p := english(randomPlanProfile(r))
	p.Weeks = 1 + r.IntN(12)
	prev, _ := planner.Make(cat, p)
	lg := logbook.New(prev)
	sore := r.IntN(3)
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
			lg.Enter(prev, rec)
		}
	}
	st := logbook.Steer(logbook.Summarize(prev, lg), prev.Profile.Language())
	q := prev.Profile
	q.Soreness, q.PainDays = 0, 0
	q.Weeks = 1 + r.IntN(8)
	next, _ := planner.Continue(cat, prev, q, st.Steer, st.Reason)
	prev.WriteText(os.Stdout, false)
	os.Stdout.WriteString("\n======== NEXT " + string(st.Steer) + "\n")
	next.WriteText(os.Stdout, false)
}
