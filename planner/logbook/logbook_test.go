package logbook_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/logbook"
)

// makePlan makes a plan from the default catalog; tests read its days
// rather than expect particular exercises, which the planner may change.
func makePlan(t testing.TB, start string, weeks int) *planner.Plan {
	t.Helper()
	p := planner.DefaultProfile()
	p.Start, p.Weeks = start, weeks
	p.Equipment = append(p.Equipment, catalog.FoamRoller)
	plan, err := planner.Make(catalog.Default(), p)
	if err != nil {
		t.Fatal(err)
	}
	return plan
}

// sessionDay returns the first day of plan week w (0-based) with a
// session, and the first rest day.
func days(t testing.TB, plan *planner.Plan, w int) (session, rest planner.Day) {
	t.Helper()
	for _, d := range plan.Weeks[w].Days {
		if d.Session != planner.RestDay && session.Date == "" {
			session = d
		}
		if d.Session == planner.RestDay && rest.Date == "" {
			rest = d
		}
	}
	if session.Date == "" || rest.Date == "" {
		t.Fatalf("week %d has no session day or no rest day", w+1)
	}
	return session, rest
}

func score(n int) *int { return &n }

func TestEnter(t *testing.T) {
	plan := makePlan(t, "2026-12-02", 2) // a Wednesday: weeks run Wed to Tue
	sess, rest := days(t, plan, 0)
	first := sess.Items[0].Exercise
	var all []string
	for _, it := range sess.Items {
		all = append(all, it.Exercise)
	}
	tests := []struct {
		name    string
		r       logbook.Record
		wantErr string
	}{
		{"soreness only", logbook.Record{Date: sess.Date, Soreness: score(3)}, ""},
		{"done all", logbook.Record{Date: sess.Date, Done: logbook.DoneAll}, ""},
		{"done none on a rest day", logbook.Record{Date: rest.Date, Done: logbook.DoneNone, Soreness: score(0)}, ""},
		{"some ids", logbook.Record{Date: sess.Date, Done: logbook.DoneSome, Exercises: []string{first}}, ""},
		{"nothing said", logbook.Record{Date: sess.Date}, "nothing to log"},
		{"date before the plan", logbook.Record{Date: "2026-12-01", Soreness: score(2)}, "2026-12-01 is not a day of the plan: it runs from 2026-12-02 to 2026-12-15"},
		{"date after the plan", logbook.Record{Date: "2026-12-16", Soreness: score(2)}, "is not a day of the plan"},
		{"not a date", logbook.Record{Date: "2026-02-30", Soreness: score(2)}, "not a real date"},
		{"soreness 11", logbook.Record{Date: sess.Date, Soreness: score(11)}, "soreness 11 is out of range"},
		{"soreness -1", logbook.Record{Date: sess.Date, Soreness: score(-1)}, "out of range"},
		{"unknown id", logbook.Record{Date: sess.Date, Done: logbook.DoneSome, Exercises: []string{"no-such-drill"}}, `"no-such-drill" is not in the ` + string(sess.Session) + " session of " + sess.Date},
		{"id twice", logbook.Record{Date: sess.Date, Done: logbook.DoneSome, Exercises: []string{first, first}}, "named twice"},
		{"all on a rest day", logbook.Record{Date: rest.Date, Done: logbook.DoneAll}, "is a rest day in the plan"},
		{"ids on a rest day", logbook.Record{Date: rest.Date, Done: logbook.DoneSome, Exercises: []string{first}}, "is a rest day in the plan"},
		{"long note", logbook.Record{Date: sess.Date, Note: ptr(strings.Repeat("é", 501))}, "501 characters long"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := logbook.New(plan)
			before, _ := l.JSON()
			_, err := l.Enter(plan, tt.r)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				if len(l.Entries) != 1 || l.Entries[0].Date != tt.r.Date {
					t.Fatalf("entries %+v", l.Entries)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("error %v, want it to contain %q", err, tt.wantErr)
			}
			if after, _ := l.JSON(); string(after) != string(before) {
				t.Errorf("a refused record changed the log:\n%s", after)
			}
		})
	}

	t.Run("every id is all", func(t *testing.T) {
		l := logbook.New(plan)
		if _, err := l.Enter(plan, logbook.Record{Date: sess.Date, Done: logbook.DoneSome, Exercises: all}); err != nil {
			t.Fatal(err)
		}
		if e := l.Entries[0]; e.Done != logbook.DoneAll || e.Exercises != nil {
			t.Errorf("entry %+v, want done all without a list", e)
		}
	})
	t.Run("ids kept in session order", func(t *testing.T) {
		if len(all) < 3 {
			t.Skip("session too short")
		}
		l := logbook.New(plan)
		if _, err := l.Enter(plan, logbook.Record{Date: sess.Date, Done: logbook.DoneSome, Exercises: []string{all[2], all[0]}}); err != nil {
			t.Fatal(err)
		}
		if got := l.Entries[0].Exercises; fmt.Sprint(got) != fmt.Sprint([]string{all[0], all[2]}) {
			t.Errorf("exercises %v", got)
		}
	})
}

func ptr[T any](v T) *T { return &v }

// TestEnterReplaces pins what the log guide (gluteplan help log) says: a
// date entered twice keeps one entry, what the second entry gives wins, and
// entries stay in date order.
func TestEnterReplaces(t *testing.T) {
	plan := makePlan(t, "2026-11-30", 1)
	sess, _ := days(t, plan, 0)
	l := logbook.New(plan)
	steps := []logbook.Record{
		{Date: "2026-12-06", Soreness: score(1)},
		{Date: sess.Date, Soreness: score(2), Note: ptr("stiff after the bus")},
		{Date: "2026-12-02", Soreness: score(4)},
		{Date: sess.Date, Soreness: score(5), Done: logbook.DoneAll},
	}
	for i, r := range steps {
		replaced, err := l.Enter(plan, r)
		if err != nil {
			t.Fatal(err)
		}
		if want := i == 3; replaced != want {
			t.Errorf("step %d: replaced %v, want %v", i, replaced, want)
		}
	}
	var dates []string
	for _, e := range l.Entries {
		dates = append(dates, e.Date)
	}
	if got := strings.Join(dates, " "); got != "2026-11-30 2026-12-02 2026-12-06" {
		t.Fatalf("dates %s, want 3 entries in order", got)
	}
	e := l.Entries[0]
	if *e.Soreness != 5 || e.Done != logbook.DoneAll || e.Note != "stiff after the bus" {
		t.Errorf("replaced entry %+v: want soreness 5, done all, the note kept", e)
	}
	if _, err := l.Enter(plan, logbook.Record{Date: sess.Date, Note: ptr("")}); err != nil || l.Entries[0].Note != "" {
		t.Errorf("an empty note should clear the old one: %v %+v", err, l.Entries[0])
	}
}

func TestWeekDates(t *testing.T) {
	plan := makePlan(t, "2026-12-03", 2) // a Thursday
	got, err := logbook.WeekDates(plan, 2)
	if err != nil {
		t.Fatal(err)
	}
	if want := "[2026-12-10 2026-12-11 2026-12-12 2026-12-13 2026-12-14 2026-12-15 2026-12-16]"; fmt.Sprint(got) != want {
		t.Errorf("week 2 = %v, want %s", got, want)
	}
	if _, err := logbook.WeekDates(plan, 3); err == nil || err.Error() != "week 3 is not in the plan: it has weeks 1 to 2" {
		t.Errorf("week 3: %v", err)
	}
	// A plan made by gluteplan next numbers its weeks on: so does --week.
	for i := range plan.Weeks {
		plan.Weeks[i].Week += 4
	}
	if got, err := logbook.WeekDates(plan, 5); err != nil || got[0] != "2026-12-03" {
		t.Errorf("week 5 of a continued plan = %v, %v; want its first week", got, err)
	}
	if _, err := logbook.WeekDates(plan, 1); err == nil || err.Error() != "week 1 is not in the plan: it has weeks 5 to 6" {
		t.Errorf("week 1 of a continued plan: %v", err)
	}
}

// TestReadRoundTrip: a log the package writes reads back the same.
func TestReadRoundTrip(t *testing.T) {
	plan := makePlan(t, "2026-11-30", 2)
	l := logbook.New(plan)
	sess, _ := days(t, plan, 1)
	l.Enter(plan, logbook.Record{Date: sess.Date, Soreness: score(4), Done: logbook.DoneSome, Exercises: []string{sess.Items[0].Exercise}, Note: ptr("ok; \"quotes\" & ünïcode")})
	l.Enter(plan, logbook.Record{Date: "2026-11-30", Soreness: score(0)})
	data, err := l.JSON()
	if err != nil {
		t.Fatal(err)
	}
	back, fs := logbook.Read("log.json", data, plan)
	if len(fs) > 0 {
		t.Fatalf("own log does not read back: %v", fs)
	}
	again, _ := back.JSON()
	if string(again) != string(data) {
		t.Errorf("log does not round-trip:\n%s\nthen\n%s", data, again)
	}
}

// TestRead pins the findings on bad log files: each at the line and column
// of the value to fix.
func TestRead(t *testing.T) {
	plan := makePlan(t, "2026-11-30", 1)
	sess, rest := days(t, plan, 0)
	ref, _ := json.Marshal(logbook.Ref(plan))
	doc := func(entries ...string) string {
		return "{\n  \"plan\": " + string(ref) + ",\n  \"entries\": [\n" + strings.Join(entries, ",\n") + "\n  ]\n}\n"
	}
	tests := []struct {
		name, data string
		want       []string // finding prefixes, in order
	}{
		{"good", doc(`    {"date": "2026-11-30", "soreness": 2, "done": "all"}`), nil},
		{"no entries yet", doc(), nil},
		{"empty file", "  \n", []string{"log.json:1:1: /: the log file is empty: restore it from a copy, or delete it"}},
		{"truncated", doc(`    {"date": "2026-11-30", "soreness": 2}`)[:60], []string{"log.json:2:"}},
		{"garbage", "\x00\x01garbage", []string{"log.json:1:1: /: "}},
		{"a plan", `{"profile": {}, "weeks": []}`, []string{`log.json:1:1: /: not a log: it looks like a plan`}},
		{"another plan", strings.Replace(doc(), string(ref), `{"start": "2026-11-30", "end": "2026-12-06", "fingerprint": "sha256:0123456789abcdef"}`, 1),
			[]string{"log.json:2:11: /plan: this log is kept for another plan (2026-11-30 to 2026-12-06, sha256:0123456789abcdef)"}},
		{"soreness 11", doc(`    {"date": "2026-11-30", "soreness": 11}`), []string{"log.json:4:40: /entries/0/soreness: must be at most 10"}},
		{"date outside", doc(`    {"date": "2026-12-07"}`), []string{"log.json:4:14: /entries/0/date: 2026-12-07 is not a day of the plan: it runs from 2026-11-30 to 2026-12-06"}},
		{"date twice", doc(`    {"date": "2026-11-30"}`, `    {"date": "2026-11-30"}`), []string{"log.json:5:14: /entries/1/date: 2026-11-30 is logged twice (entries 1 and 2): keep one"}},
		{"impossible date", doc(`    {"date": "2026-11-31"}`), []string{`log.json:4:14: /entries/0/date: "2026-11-31" is not a real date`}},
		{"unknown id", doc(`    {"date": "` + sess.Date + `", "done": "some", "exercises": ["nope"]}`), []string{`log.json:4:58: /entries/0/exercises/0: "nope" is not in the`}},
		{"some without ids", doc(`    {"date": "` + sess.Date + `", "done": "some"}`), []string{`log.json:4:36: /entries/0/done: "some" needs the exercises done`}},
		{"ids without some", doc(`    {"date": "` + sess.Date + `", "done": "all", "exercises": ["` + sess.Items[0].Exercise + `"]}`), []string{`log.json:4:56: /entries/0/exercises: exercises are listed only with "done": "some"`}},
		{"done on a rest day", doc(`    {"date": "` + rest.Date + `", "done": "all"}`), []string{`log.json:4:36: /entries/0/done: ` + rest.Date + ` is a rest day`}},
		{"decimal score", doc(`    {"date": "2026-11-30", "soreness": 3.0}`), []string{"log.json:4:40: /entries/0/soreness: write the score as a whole number, without a decimal point: 3.0"}},
		{"unknown field", doc(`    {"date": "2026-11-30", "sore": 2}`), []string{`log.json:4:28: /entries/0/sore: unknown property`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, fs := logbook.Read("log.json", []byte(tt.data), plan)
			if len(fs) != len(tt.want) {
				t.Fatalf("findings %v, want %d:\n%s", fs, len(tt.want), tt.data)
			}
			for i, f := range fs {
				if !strings.HasPrefix(f.String(), tt.want[i]) {
					t.Errorf("finding\n  %s\nwant it to start\n  %s", f, tt.want[i])
				}
			}
			if (l == nil) != (len(fs) > 0) {
				t.Errorf("log %v with %d findings", l, len(fs))
			}
		})
	}
}

// TestFingerprint: the fingerprint follows what the person is asked to
// do, not how the plan words it.
func TestFingerprint(t *testing.T) {
	plan := makePlan(t, "2026-11-30", 2)
	base := logbook.Fingerprint(plan)
	if base != logbook.Fingerprint(makePlan(t, "2026-11-30", 2)) {
		t.Fatal("the same plan made twice has two fingerprints")
	}
	reworded := makePlan(t, "2026-11-30", 2)
	reworded.Weeks[0].Days[0].Items[0].Why = "another wording"
	reworded.Warnings = append(reworded.Warnings, "a new warning")
	if logbook.Fingerprint(reworded) != base {
		t.Error("rewording a reason changed the fingerprint")
	}
	for name, change := range map[string]func(p *planner.Plan){
		"a set more":    func(p *planner.Plan) { p.Weeks[1].Days[0].Items[0].Sets++ },
		"another drill": func(p *planner.Plan) { p.Weeks[0].Days[0].Items[0].Exercise = "other" },
		"a later start": func(p *planner.Plan) { p.Weeks[0].Days[0].Date = "2026-12-01" },
	} {
		p := makePlan(t, "2026-11-30", 2)
		change(p)
		if logbook.Fingerprint(p) == base {
			t.Errorf("%s: fingerprint unchanged", name)
		}
	}
}
