package calendar_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/calendar"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// handPlan is a two-week plan written by hand, so that the golden files
// pin the calendar and not the planner's choices. It starts on a Thursday
// and holds a timed session with awkward text.
func handPlan(sessionTime string, sitting float64) *planner.Plan {
	p := planner.DefaultProfile()
	p.Start, p.Weeks, p.SessionTime, p.SittingHours = "2026-12-03", 2, sessionTime, sitting
	p.Name = `Zoë "Z", the runner; 🏃`
	start, _ := planner.ParseDate(p.Start)
	bridge := planner.Item{Exercise: "glute-bridge", Name: "Glute bridge", Sets: 2, Reps: 12, HoldSeconds: 2, Minutes: 3.2}
	clam := planner.Item{Exercise: "clamshell", Name: "Clamshell, banded; slow \\ controlled", Sets: 2, Reps: 10, PerSide: true, Minutes: 2.7}
	roll := planner.Item{Exercise: "foam-roll-glutes", Name: "Foam-roll the glutes (Gesäßmuskelselbstmassagerollenübungsvariantenbeschreibungsüberschriftsverlängerung)", Sets: 1, Seconds: 60, PerSide: true, Minutes: 2}
	plan := &planner.Plan{Profile: p, Start: p.Start, End: start.AddDate(0, 0, 13).Format(planner.DateLayout), Cap: 10,
		PainRule: planner.PainRule(locale.English), RedFlags: planner.RedFlags(locale.English, p),
		MovementBreaks: planner.MovementBreaks{EveryMinutes: 60, Exercises: []string{"walk-break", "standing-glute-squeeze"}},
		Exercises:      []catalog.Exercise{{ID: "walk-break", Name: "Brisk walk break"}, {ID: "standing-glute-squeeze", Name: "Standing glute squeeze"}},
	}
	for w := range 2 {
		wk := planner.Week{Week: w + 1, Block: 1, Phase: planner.Build}
		for d := range 7 {
			day := start.AddDate(0, 0, 7*w+d)
			dd := planner.Day{Date: day.Format(planner.DateLayout), Weekday: planner.Weekdays[(int(day.Weekday())+6)%7], Session: planner.RestDay}
			switch dd.Weekday {
			case planner.Mon, planner.Thu:
				dd.Session, dd.Items, dd.Minutes = planner.ActivationSession, []planner.Item{bridge, clam}, 5.9
			case planner.Sat:
				dd.Session, dd.Items, dd.Minutes, dd.Gym = planner.PrimerSession, []planner.Item{clam}, 2.7, true
			case planner.Tue:
				dd.Session, dd.Items, dd.Minutes = planner.RecoverySession, []planner.Item{roll}, 2
			}
			wk.Days = append(wk.Days, dd)
		}
		plan.Weeks = append(plan.Weeks, wk)
	}
	plan.Weeks[1].Phase = planner.Deload
	return plan
}

func TestGolden(t *testing.T) {
	for _, tt := range []struct {
		name    string
		time    string
		sitting float64
	}{
		{"timed-breaks", "07:30", 8},
		{"all-day", "", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := calendar.Bytes(handPlan(tt.time, tt.sitting))
			if err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join("testdata", tt.name+".ics"), got)
			readICS(t, got)
		})
	}
}

// golden compares got with the file, or writes it with -update; on a
// difference it prints the first lines that differ.
func golden(t *testing.T, file string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if bytes.Equal(got, want) {
		return
	}
	g, w := strings.Split(string(got), "\r\n"), strings.Split(string(want), "\r\n")
	var diff []string
	for i := 0; i < max(len(g), len(w)) && len(diff) < 20; i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			diff = append(diff, fmt.Sprintf("line %d:\n  got  %q\n  want %q", i+1, gl, wl))
		}
	}
	t.Errorf("%s differs (go test -update rewrites it):\n%s", file, strings.Join(diff, "\n"))
}

// TestEvents reads the hand plan's file back with the independent reader
// and checks every event against the plan: one per session day with its
// doses as the terminal prints them, timed with a reminder or all day,
// and a weekly break series for each hour of work.
func TestEvents(t *testing.T) {
	plan := handPlan("07:30", 8)
	data, err := calendar.Bytes(plan)
	if err != nil {
		t.Fatal(err)
	}
	cal := readICS(t, data)
	if got := cal.get(t, "X-WR-CALNAME").value; got != `Glute plan for Zoë "Z", the runner; 🏃` {
		t.Errorf("calendar name %q", got)
	}
	events := map[string]*component{}
	for _, ev := range cal.subs {
		events[ev.get(t, "UID").value] = ev
	}
	for _, wk := range plan.Weeks {
		for _, d := range wk.Days {
			day := strings.ReplaceAll(d.Date, "-", "")
			ev := events["20261203-"+day+"-session@gluteplan.dev"]
			if d.Session == planner.RestDay {
				if ev != nil {
					t.Errorf("%s: an event on a rest day", d.Date)
				}
				continue
			}
			if ev == nil {
				t.Fatalf("%s: no event for the %s session", d.Date, d.Session)
			}
			if got := ev.get(t, "DTSTART").value; got != day+"T073000" {
				t.Errorf("%s: starts %s, want 07:30 floating", d.Date, got)
			}
			s, e := when(t, ev.get(t, "DTSTART")), when(t, ev.get(t, "DTEND"))
			if want := time.Duration(int(d.Minutes+0.999)) * time.Minute; e.Sub(s) != want {
				t.Errorf("%s: lasts %v, want %v", d.Date, e.Sub(s), want)
			}
			desc := ev.get(t, "DESCRIPTION").value
			for _, it := range d.Items {
				if line := "- " + it.Name + ": " + locale.English.Dose(it.Dose()); !strings.Contains(desc, line+"\n") {
					t.Errorf("%s: description lacks %q:\n%s", d.Date, line, desc)
				}
			}
			if !strings.Contains(desc, "8–10: "+plan.PainRule[3].Say) {
				t.Errorf("%s: description lacks the pain rule", d.Date)
			}
			if len(ev.subs) != 1 || ev.subs[0].get(t, "TRIGGER").value != "-PT10M" {
				t.Errorf("%s: want one reminder 10 minutes before", d.Date)
			}
		}
	}
	// Work 09:00-17:00 with a break every 60 minutes: breaks at 10:00 to
	// 16:00, each a weekly series on weekdays over the plan's two weeks.
	var breaks []string
	weekdays := 0
	for d := 0; d < 14; d++ {
		if wd := time.Date(2026, 12, 3+d, 0, 0, 0, 0, time.UTC).Weekday(); wd != time.Saturday && wd != time.Sunday {
			weekdays++
		}
	}
	for _, ev := range cal.subs {
		if ev.get(t, "SUMMARY").value != "Movement break" {
			continue
		}
		occ := occurrences(t, ev)
		if len(occ) != weekdays {
			t.Errorf("%s: %d occurrences, want %d (the weekdays of the plan)", ev.get(t, "UID").value, len(occ), weekdays)
		}
		if occ[0].Format("2006-01-02") != "2026-12-03" || occ[len(occ)-1].Format("2006-01-02") != "2026-12-16" {
			t.Errorf("breaks run %v to %v, want the plan's first and last weekday", occ[0], occ[len(occ)-1])
		}
		breaks = append(breaks, occ[0].Format("15:04"))
		if desc := ev.get(t, "DESCRIPTION").value; !strings.Contains(desc, "“Brisk walk break” or “Standing glute squeeze”") {
			t.Errorf("break description %q does not name the drills", desc)
		}
	}
	if got := strings.Join(breaks, " "); got != "10:00 11:00 12:00 13:00 14:00 15:00 16:00" {
		t.Errorf("breaks at %s", got)
	}
}

// TestBreakWords: a break's reminder goes by the clock, so it does not
// claim the person has been sitting; a drill done sitting comes last, for
// when getting up is not possible, and the text never tells the person to
// get up for it (rule 10).
func TestBreakWords(t *testing.T) {
	for _, lang := range []*locale.Language{locale.English, locale.German} {
		plan := handPlan("", 8)
		plan.Profile.Lang = planner.Lang(lang.Code)
		plan.MovementBreaks.Exercises = []string{"seated-glute-sets", "walk-break"}
		plan.Exercises = append(plan.Exercises, catalog.Exercise{ID: "seated-glute-sets", Name: "Seated glute sets", Position: catalog.Seated})
		data, err := calendar.Bytes(plan)
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range readICS(t, data).subs {
			if ev.get(t, "SUMMARY").value != lang.Say("Movement break") {
				continue
			}
			desc := ev.get(t, "DESCRIPTION").value
			cannot := strings.Index(desc, strings.TrimSuffix(lang.Sayf("If you cannot get up just then: %s.", ""), "."))
			seated := strings.Index(desc, "Seated glute sets")
			if cannot < 0 || seated < cannot {
				t.Errorf("%s: the seated drill is not the one for when getting up is not possible: %q", lang.Code, desc)
			}
			if !strings.Contains(desc, lang.Sayf("For example: %s.", lang.OneOf([]string{"Brisk walk break"}))) {
				t.Errorf("%s: the walk is not the example for standing up: %q", lang.Code, desc)
			}
			break
		}
	}
}

// TestTendonCheck: with gluteal tendinopathy, a session that holds the
// hip-abductor holds says once how much side pain is fine (rule 9); one
// without them, and a plan without the condition, does not.
func TestTendonCheck(t *testing.T) {
	wall := catalog.Exercise{ID: "isometric-wall-hip-abduction", Name: "Isometric wall hip abduction", Category: catalog.Activation,
		Targets: []catalog.Target{catalog.GluteusMedius}, GluteLoad: 0.1, Dose: catalog.Dose{Sets: 2, Reps: 3, HoldSeconds: 20, PerSide: true}}
	for _, tendinopathy := range []bool{true, false} {
		plan := handPlan("", 3)
		if tendinopathy {
			plan.Profile.Conditions = []planner.Condition{planner.GlutealTendinopathy}
		}
		plan.Exercises = append(plan.Exercises, wall)
		plan.Weeks[0].Days[0].Items = append(plan.Weeks[0].Days[0].Items,
			planner.Item{Exercise: wall.ID, Name: wall.Name, Sets: 2, Reps: 3, HoldSeconds: 20, PerSide: true, Minutes: 3})
		data, err := calendar.Bytes(plan)
		if err != nil {
			t.Fatal(err)
		}
		check := planner.TendonCheck(locale.English, &plan.Exercises[len(plan.Exercises)-1], planner.Profile{Conditions: []planner.Condition{planner.GlutealTendinopathy}})
		if check == "" {
			t.Fatal("no check for the wall press with gluteal tendinopathy")
		}
		// The limit names the exercise it is for: "during a hold" alone
		// could mean any hold of the session (fourth German reading).
		named := "Pain limit with “Isometric wall hip abduction”: " + check
		counts := map[string]int{}
		for _, ev := range readICS(t, data).subs {
			desc := ev.get(t, "DESCRIPTION").value
			counts[ev.get(t, "DTSTART").value] = strings.Count(desc, check)
			if strings.Contains(desc, check) && !strings.Contains(desc, named) {
				t.Errorf("tendinopathy %v: the check does not name its exercise: %q", tendinopathy, desc)
			}
		}
		first := strings.ReplaceAll(plan.Weeks[0].Days[0].Date, "-", "")
		want := 0
		if tendinopathy {
			want = 1
		}
		for day, n := range counts {
			if day == first && n != want || day != first && n != 0 {
				t.Errorf("tendinopathy %v: %s says the check %d times", tendinopathy, day, n)
			}
		}
	}
}

func TestAllDay(t *testing.T) {
	plan := handPlan("", 3)
	data, err := calendar.Bytes(plan)
	if err != nil {
		t.Fatal(err)
	}
	cal := readICS(t, data)
	sessions := 0
	for _, ev := range cal.subs {
		if ev.get(t, "SUMMARY").value == "Movement break" {
			t.Fatal("break events for a person who sits 3 hours")
		}
		start := ev.get(t, "DTSTART")
		if start.params["VALUE"] != "DATE" || len(ev.subs) != 0 || ev.get(t, "TRANSP").value != "TRANSPARENT" {
			t.Errorf("%s: want an all-day event without reminder that does not block the day", start.value)
		}
		if e := when(t, ev.get(t, "DTEND")); e.Sub(when(t, start)) != 24*time.Hour {
			t.Errorf("%s: all-day event of %v", start.value, e.Sub(when(t, start)))
		}
		sessions++
	}
	if sessions != 8 {
		t.Errorf("%d events, want 8 session days", sessions)
	}
}

// TestNightShift: work hours past midnight put the later breaks on the
// next morning, Tuesday to Saturday.
func TestNightShift(t *testing.T) {
	plan := handPlan("", 8)
	plan.Profile.WorkHours = "22:00-06:00"
	plan.MovementBreaks.EveryMinutes = 120
	data, err := calendar.Bytes(plan)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ev := range readICS(t, data).subs {
		if rr := ev.all("RRULE"); len(rr) > 0 {
			occ := occurrences(t, ev)
			got = append(got, occ[0].Format("Mon 15:04")+" "+strings.Split(strings.Split(rr[0].value, "BYDAY=")[1], ";")[0])
		}
	}
	// The plan starts on a Thursday: the first shift begins Thursday 22:00,
	// so its first breaks, after midnight, are on Friday.
	want := "Fri 00:00 TU,WE,TH,FR,SA|Fri 02:00 TU,WE,TH,FR,SA|Fri 04:00 TU,WE,TH,FR,SA"
	if strings.Join(got, "|") != want {
		t.Errorf("night breaks\n  %s\nwant\n  %s", strings.Join(got, "|"), want)
	}
}

// TestPlans reads the calendars of plans the planner makes, 4 and 52
// weeks long, timed and all day, with both readers: every session day has
// its event and every break series expands to the weekdays of the plan.
func TestPlans(t *testing.T) {
	for _, tt := range []struct {
		weeks   int
		start   string
		time    string
		sitting float64
	}{
		{4, "2026-11-30", "18:15", 9},
		{4, "2026-12-05", "", 0},
		{52, "2026-12-02", "06:45", 6},
		{52, "2027-01-01", "", 4},
	} {
		t.Run(fmt.Sprintf("%dw-%s-%q", tt.weeks, tt.start, tt.time), func(t *testing.T) {
			p := planner.DefaultProfile()
			p.Weeks, p.Start, p.SessionTime, p.SittingHours = tt.weeks, tt.start, tt.time, tt.sitting
			p.Equipment = append(p.Equipment, catalog.FoamRoller, catalog.MiniBand)
			plan, err := planner.Make(catalog.Default(), p)
			if err != nil {
				t.Fatal(err)
			}
			data, err := calendar.Bytes(plan)
			if err != nil {
				t.Fatal(err)
			}
			again, _ := calendar.Bytes(plan)
			if !bytes.Equal(data, again) {
				t.Fatal("two runs give different bytes")
			}
			cal := readICS(t, data)
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
			var gotSessions, series int
			for _, ev := range cal.subs {
				occ := occurrences(t, ev)
				if ev.get(t, "SUMMARY").value == "Movement break" {
					series++
					if len(occ) != weekdays {
						t.Errorf("%s: %d occurrences, want %d", ev.get(t, "UID").value, len(occ), weekdays)
					}
					continue
				}
				gotSessions++
			}
			if gotSessions != sessions {
				t.Errorf("%d session events, want %d", gotSessions, sessions)
			}
			if wantSeries := plan.MovementBreaks.EveryMinutes > 0 && tt.sitting >= 4; (series > 0) != wantSeries {
				t.Errorf("%d break series, want some: %v", series, wantSeries)
			}

			// golang-ical's own parser reads the same events and texts back.
			lib, err := ics.ParseCalendar(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			if len(lib.Events()) != len(cal.subs) {
				t.Fatalf("golang-ical reads %d events, the strict reader %d", len(lib.Events()), len(cal.subs))
			}
			for i, ev := range lib.Events() {
				mine := cal.subs[i]
				if ev.Id() != mine.get(t, "UID").value {
					t.Errorf("event %d: UID %q vs %q", i, ev.Id(), mine.get(t, "UID").value)
				}
				desc := ev.GetProperty(ics.ComponentPropertyDescription)
				if desc == nil || ics.FromText(desc.Value) != mine.get(t, "DESCRIPTION").value {
					t.Errorf("event %d: the readers disagree on the description", i)
				}
			}
		})
	}
}

// TestOneVoice: the calendar says a session's minutes and doses as the
// terminal does, in each language.
func TestOneVoice(t *testing.T) {
	for _, lang := range planner.Langs {
		t.Run(string(lang), func(t *testing.T) { oneVoice(t, lang) })
	}
}

func oneVoice(t *testing.T, lang planner.Lang) {
	p := planner.DefaultProfile()
	p.Weeks, p.Start, p.SessionTime, p.Lang = 4, "2026-11-30", "07:30", lang
	plan, err := planner.Make(catalog.Default(), p)
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	if err := plan.WriteText(&text, false); err != nil {
		t.Fatal(err)
	}
	data, err := calendar.Bytes(plan)
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range readICS(t, data).subs {
		summary := ev.get(t, "SUMMARY").value
		_, minutes, ok := strings.Cut(summary, ", ")
		if !ok {
			t.Fatalf("summary %q", summary)
		}
		if !strings.Contains(text.String(), " · "+minutes+"\n") {
			t.Errorf("the calendar says %q; the terminal never does", minutes)
		}
		for _, line := range strings.Split(ev.get(t, "DESCRIPTION").value, "\n") {
			name, dose, ok := strings.Cut(strings.TrimPrefix(line, "- "), ": ")
			if !strings.HasPrefix(line, "- ") || !ok {
				continue
			}
			if !strings.Contains(text.String(), name) || !strings.Contains(text.String(), dose+"\n") {
				t.Errorf("the calendar says %q: %q; the terminal does not", name, dose)
			}
		}
	}
}

// TestStableUIDs: the same start and days give the same UIDs however the
// doses change, so an updated plan replaces its events; another start
// gives other UIDs, so a next block does not replace this one.
func TestStableUIDs(t *testing.T) {
	uids := func(p *planner.Plan) []string {
		data, err := calendar.Bytes(p)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, ev := range readICS(t, data).subs {
			out = append(out, ev.get(t, "UID").value)
		}
		return out
	}
	a := handPlan("07:30", 8)
	b := handPlan("07:30", 8)
	b.Weeks[0].Days[0].Items[0].Sets = 3
	b.Weeks[0].Days[0].Items = b.Weeks[0].Days[0].Items[:1]
	if !slices.Equal(uids(a), uids(b)) {
		t.Error("changed doses changed the UIDs")
	}
	c := handPlan("07:30", 8)
	c.Start = "2026-12-17"
	for _, u := range uids(c) {
		if slices.Contains(uids(a), u) {
			t.Errorf("a plan with another start reuses UID %s", u)
		}
	}
}

func TestBadTimes(t *testing.T) {
	p := handPlan("7.30", 0)
	if _, err := calendar.Bytes(p); err == nil || !strings.Contains(err.Error(), `session_time: "7.30" is not a time`) {
		t.Errorf("error %v", err)
	}
	p = handPlan("", 8)
	p.Profile.WorkHours = "nine to five"
	if _, err := calendar.Bytes(p); err == nil || !strings.Contains(err.Error(), "work_hours") {
		t.Errorf("error %v", err)
	}
}
