package calendar_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gluteplan/gluteplan/planner/calendar"
)

// FuzzBytes feeds the calendar the text a plan file may hold (a session
// time, work hours, a name, exercise names, a break interval): it never
// panics, refuses bad times with an error, and whatever it writes passes
// the strict reader with the text coming back unchanged.
func FuzzBytes(f *testing.F) {
	f.Add("07:30", "09:00-17:00", "Ana", "Glute bridge", 30)
	f.Add("", "22:00-06:00", `a,b;c\d`+"\n"+"e", "Ägyptische Übung 😀 "+strings.Repeat("ß", 60), 45)
	f.Add("23:59", "00:00-23:59", "", "", 60)
	f.Add("24:00", "9-5", "x", "y", 0)
	f.Add("12:00", "12:00-12:00", "\r\n", "\x00\xff", 1)
	f.Add("", "0:00-0:00", "\xd8", "\x9c", 60)
	f.Fuzz(func(t *testing.T, at, work, name, exercise string, every int) {
		p := handPlan(at, 8)
		p.Profile.WorkHours, p.Profile.Name = work, name
		p.MovementBreaks.EveryMinutes = min(max(every, 1), 600)
		p.Weeks[0].Days[0].Items[0].Name = exercise
		data, err := calendar.Bytes(p)
		if err != nil {
			if !strings.Contains(err.Error(), "session_time") && !strings.Contains(err.Error(), "work_hours") {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		cal := readICS(t, data)
		if name != "" && plain(name) {
			want := "Glute plan for " + name
			if got := cal.get(t, "X-WR-CALNAME").value; got != want {
				t.Fatalf("name %q came back %q", want, got)
			}
		}
		if plain(exercise) {
			desc := cal.subs[0].get(t, "DESCRIPTION").value
			if exercise == "" {
				exercise = "glute-bridge" // an item without a name goes by its id
			}
			if !strings.Contains(desc, "- "+exercise+": ") {
				t.Fatalf("exercise %q not in the description %q", exercise, desc)
			}
		}
	})
}

// plain reports whether s is text a plan file can hold as it is: valid
// UTF-8 without control characters.
func plain(s string) bool {
	return utf8.ValidString(s) && !strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f })
}
