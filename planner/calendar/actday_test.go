package calendar_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/calendar"
)

// TestEasedWarmUp checks that the event of a warm-up before the gym in a
// lighter week says how to ease the gym session (a physiotherapist's
// reading, X2; rule 18), and that the other weeks' do not: the lifter
// persona with his gym days among his days, 8 weeks.
func TestEasedWarmUp(t *testing.T) {
	f := filepath.Join("..", "testdata", "personas", "warehouse-lifter.json")
	data, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	p, fs := planner.ReadProfile(f, data)
	if len(fs) > 0 {
		t.Fatal(fs)
	}
	p.Days = append(slices.Clone(p.Days), p.GymDays...)
	plan, err := planner.Make(catalog.Default(), p)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{} // the warm-ups' dates, whether eased
	for _, w := range plan.Weeks {
		for _, d := range w.Days {
			if d.Session == planner.PrimerSession {
				want[strings.ReplaceAll(d.Date, "-", "")] = w.Phase == planner.Deload
			}
		}
	}
	ics, err := calendar.Bytes(plan)
	if err != nil {
		t.Fatal(err)
	}
	const eased = "Gym: about half your usual glute sets."
	seen, lighter := 0, 0
	for _, ev := range readICS(t, ics).subs {
		day := ev.get(t, "DTSTART").value[:8]
		is, ok := want[day]
		if !ok {
			continue
		}
		seen++
		if is {
			lighter++
		}
		if got := strings.Contains(ev.get(t, "DESCRIPTION").value, eased); got != is {
			t.Errorf("%s: the warm-up's event says %q: %v, want %v", day, eased, got, is)
		}
	}
	if seen != len(want) || lighter == 0 {
		t.Errorf("%d warm-up events of %d, %d in lighter weeks", seen, len(want), lighter)
	}
}
