package calendar_test

import (
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/calendar"
)

// BenchmarkYear writes the calendar of a 52-week plan with a session time
// and movement breaks every 30 minutes.
func BenchmarkYear(b *testing.B) {
	p := planner.DefaultProfile()
	p.Weeks, p.Start, p.SessionTime, p.SittingHours = 52, "2026-11-30", "07:30", 8
	plan, err := planner.Make(catalog.Default(), p)
	if err != nil {
		b.Fatal(err)
	}
	data, _ := calendar.Bytes(plan)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := calendar.Bytes(plan); err != nil {
			b.Fatal(err)
		}
	}
}
