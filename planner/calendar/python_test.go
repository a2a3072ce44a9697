package calendar_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/calendar"
)

// pythonCheck reads a calendar file with Python's icalendar and expands its
// recurrences with recurring_ical_events: a third reader, written by other
// people in another language. It prints the numbers the test compares.
const pythonCheck = `
import sys, datetime, icalendar, recurring_ical_events
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = list(cal.walk('VEVENT'))
occ = recurring_ical_events.of(cal).between(datetime.date(2000, 1, 1), datetime.date(2200, 1, 1))
breaks = [o for o in occ if str(o.get('SUMMARY')) == 'Movement break']
descs = sum(1 for e in events if str(e.get('DESCRIPTION')).count('\n') >= 3)
print(len(events), len(occ) - len(breaks), len(breaks), len(list(cal.walk('VALARM'))), descs)
`

// python finds a Python 3 with icalendar and recurring_ical_events (the
// Debian packages python3-icalendar and python3-recurring-ical-events).
func python(t *testing.T) string {
	for _, py := range []string{"/usr/bin/python3", "python3"} {
		if exec.Command(py, "-c", "import icalendar, recurring_ical_events").Run() == nil {
			return py
		}
	}
	t.Skip("no python3 with icalendar and recurring_ical_events: apt-get install python3-icalendar python3-recurring-ical-events")
	return ""
}

// TestPython reads the calendars of a 4-week and a 52-week plan with
// Python's icalendar, recurrences expanded, where it is installed.
func TestPython(t *testing.T) {
	py := python(t)
	for _, tt := range []struct {
		weeks   int
		start   string
		time    string
		sitting float64
	}{
		{4, "2026-11-30", "", 5},
		{52, "2026-12-02", "06:45", 8},
	} {
		t.Run(fmt.Sprintf("%d-weeks", tt.weeks), func(t *testing.T) {
			p := planner.DefaultProfile()
			p.Weeks, p.Start, p.SessionTime, p.SittingHours = tt.weeks, tt.start, tt.time, tt.sitting
			plan, err := planner.Make(catalog.Default(), p)
			if err != nil {
				t.Fatal(err)
			}
			data, err := calendar.Bytes(plan)
			if err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(t.TempDir(), "plan.ics")
			if err := os.WriteFile(file, data, 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(py, "-c", pythonCheck, file).CombinedOutput()
			if err != nil {
				t.Fatalf("python: %v\n%s", err, out)
			}
			sessions, weekdays := 0, 0
			for _, wk := range plan.Weeks {
				for _, d := range wk.Days {
					if d.Session != planner.RestDay {
						sessions++
					}
					if d.Weekday != planner.Sat && d.Weekday != planner.Sun {
						weekdays++
					}
				}
			}
			// Breaks: every interval after the start of 09:00-17:00 that
			// ends by 17:00, on every weekday of the plan.
			every := plan.MovementBreaks.EveryMinutes
			perDay := 0
			for m := every; m+calendar.BreakMinutes <= 8*60; m += every {
				perDay++
			}
			alarms := 0
			if tt.time != "" {
				alarms = sessions
			}
			alarms += perDay
			want := fmt.Sprintf("%d %d %d %d %d", sessions+perDay, sessions, perDay*weekdays, alarms, sessions)
			if got := strings.TrimSpace(string(out)); got != want {
				t.Errorf("python reads events, sessions, breaks, alarms, session texts:\n  %s\nwant\n  %s", got, want)
			}
		})
	}
}
