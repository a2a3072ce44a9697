package logbook_test

import (
	"testing"

	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
	"github.com/gluteplan/gluteplan/planner/logbook"
)

// BenchmarkYear reads a year's log (364 entries) against its 52-week plan,
// enters a day and writes the log back: the work of one gluteplan log run
// besides reading the plan.
func BenchmarkYear(b *testing.B) {
	plan := makePlan(b, "2026-11-30", 52)
	l := logbook.New(plan)
	for _, wk := range plan.Weeks {
		for i, d := range wk.Days {
			r := logbook.Record{Date: d.Date, Soreness: score(i % 4), Note: ptr("fine")}
			if d.Session != planner.RestDay {
				r.Done = logbook.DoneAll
			}
			if _, err := l.Enter(plan, r); err != nil {
				b.Fatal(err)
			}
		}
	}
	data, _ := l.JSON()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		back, fs := logbook.Read("log.json", data, plan)
		if len(fs) > 0 {
			b.Fatal(fs)
		}
		back.Enter(plan, logbook.Record{Date: plan.Start, Soreness: score(5)})
		back.JSON()
		logbook.Steer(logbook.Summarize(plan, back), locale.English)
	}
}
