package report_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
	"github.com/gluteplan/gluteplan/planner/logbook"
	"github.com/gluteplan/gluteplan/planner/report"
)

// The tests build their plans by hand: the report reads only a plan's
// dates, weeks, blocks, session days and their exercises, and how it
// continues, so they need no planner and do not change when it does.

// plan makes a plan of n weeks from start, numbering its weeks from
// week, with an activation session of two exercises on Mondays,
// Wednesdays and Fridays (when start is a Monday).
func plan(start string, week, n int) *planner.Plan {
	t, err := time.Parse(time.DateOnly, start)
	if err != nil {
		panic(err)
	}
	p := &planner.Plan{Profile: planner.DefaultProfile(), Start: start}
	for w := range n {
		wk := planner.Week{Week: week + w, Block: (week+w-1)/4 + 1, Phase: planner.Build}
		if (week+w)%4 == 0 {
			wk.Phase = planner.Deload
		}
		for d := range 7 {
			day := planner.Day{Date: t.AddDate(0, 0, 7*w+d).Format(time.DateOnly), Session: planner.RestDay}
			if d%2 == 0 && d < 6 {
				day.Session = planner.ActivationSession
				day.Items = []planner.Item{{Exercise: "glute-bridge", Sets: 2, Reps: 10}, {Exercise: "clamshell", Sets: 2, Reps: 12}}
			}
			wk.Days = append(wk.Days, day)
		}
		p.Weeks = append(p.Weeks, wk)
	}
	p.End = t.AddDate(0, 0, 7*n-1).Format(time.DateOnly)
	return p
}

// next makes the plan gluteplan next would make after prev, n weeks long.
func next(prev *planner.Plan, n int, steer planner.Steer) *planner.Plan {
	end, _ := time.Parse(time.DateOnly, prev.End)
	p := plan(end.AddDate(0, 0, 1).Format(time.DateOnly), prev.Weeks[len(prev.Weeks)-1].Week+1, n)
	p.Continues = &planner.Continued{From: prev.Start, To: prev.End, Steer: steer, Why: "The log steered it so."}
	return p
}

// week logs the seven evenings of the plan week starting on day first
// (0-based days from the plan's start): -1 for an evening not scored.
func week(t *testing.T, l *logbook.Log, p *planner.Plan, w int, done logbook.Done, scores ...int) {
	t.Helper()
	for d, s := range scores {
		day := p.Weeks[w].Days[d]
		r := logbook.Record{Date: day.Date}
		if s >= 0 {
			r.Soreness = &s
		}
		if day.Session != planner.RestDay {
			r.Done = done
		}
		if r.Soreness == nil && r.Done == "" {
			continue
		}
		if _, err := l.Enter(p, r); err != nil {
			t.Fatal(err)
		}
	}
}

func function(t *testing.T, l *logbook.Log, p *planner.Plan, date string, scores ...logbook.FunctionScore) {
	t.Helper()
	if _, err := l.Enter(p, logbook.Record{Date: date, Function: scores}); err != nil {
		t.Fatal(err)
	}
}

func chain(t *testing.T, ps ...*planner.Plan) *report.Chain {
	t.Helper()
	var files []report.PlanFile
	for i, p := range ps {
		files = append(files, report.PlanFile{File: fmt.Sprintf("p%d.json", i+1), Plan: p})
	}
	c, err := report.NewChain(files)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func make1(t *testing.T, c *report.Chain, say *locale.Language, logs ...*logbook.Log) *report.Report {
	t.Helper()
	var lfs []report.LogFile
	for i, l := range logs {
		lfs = append(lfs, report.LogFile{File: fmt.Sprintf("l%d.json", i+1), Log: l})
	}
	r, err := report.Make(c, lfs, say)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// threeBlocks is the story of report.txtar: a sore block, a good one, a
// half-skipped one, with function scores.
func threeBlocks(t *testing.T) (*report.Chain, []*logbook.Log) {
	p1 := plan("2026-11-30", 1, 4)
	p1.Profile.Name = "Sam Lee"
	p2 := next(p1, 4, planner.SteerStepBack)
	p3 := next(p2, 4, planner.SteerProgress)
	l1, l2, l3 := logbook.New(p1), logbook.New(p2), logbook.New(p3)
	week(t, l1, p1, 0, logbook.DoneAll, 4, 5, 5, 6, 4, 5, 5)
	week(t, l1, p1, 1, logbook.DoneAll, 5, 6, 5, 6, 6, 5, 4)
	week(t, l1, p1, 2, logbook.DoneAll, 5, 6, 7, 6, 5, 6, 6)
	week(t, l1, p1, 3, logbook.DoneAll, 5, 4, 6, 6, 5, 4, 5)
	week(t, l2, p2, 0, logbook.DoneAll, 4, 3, 3, 2, 3, 2, 2)
	week(t, l2, p2, 1, logbook.DoneAll, 2, 2, 3, 2, 1, 2, 2)
	week(t, l2, p2, 2, logbook.DoneAll, 2, 1, 2, 2, 1, 1, 2)
	week(t, l2, p2, 3, logbook.DoneAll, 1, 1, 2, 1, 0, 1, 1)
	week(t, l3, p3, 0, logbook.DoneNone, 1, 2, 1, 1, 2, 1, 1)
	week(t, l3, p3, 1, logbook.DoneAll, 2, 1, -1, -1, 1, 2, -1)
	week(t, l3, p3, 2, logbook.DoneNone, 1, 1, 2, 1, 1, 1, 1)
	week(t, l3, p3, 3, logbook.DoneAll, 1, 0, 1, 1, -1, 1, 1)
	fs := func(stairs, film int) []logbook.FunctionScore {
		out := []logbook.FunctionScore{{Task: "Climbing stairs", Score: stairs}}
		if film >= 0 {
			out = append(out, logbook.FunctionScore{Task: "Sitting through a film", Score: film})
		}
		return out
	}
	function(t, l1, p1, "2026-12-06", fs(3, 5)...)
	function(t, l1, p1, "2026-12-27", fs(4, 4)...)
	function(t, l2, p2, "2027-01-24", fs(7, 7)...)
	function(t, l3, p3, "2027-02-21", fs(8, -1)...)
	return chain(t, p3, p1, p2), []*logbook.Log{l3, l1, l2}
}

// TestTextGolden pins the terminal text of the three blocks in English
// and German: go test -update writes it again.
func TestTextGolden(t *testing.T) {
	c, logs := threeBlocks(t)
	for _, lang := range []string{"en", "de"} {
		r := make1(t, c, locale.In(lang), logs...)
		got := r.Text()
		path := filepath.Join("testdata", "three-blocks."+lang+".txt")
		if *update {
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if got != string(want) {
			t.Errorf("%s differs from the text (go test -update writes it):\n%s", path, lineDiff(string(want), got))
		}
	}
}

func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := range max(len(w), len(g)) {
		var a, c string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			c = g[i]
		}
		if a != c {
			fmt.Fprintf(&b, "line %d:\n-%s\n+%s\n", i+1, a, c)
		}
	}
	return b.String()
}

// TestNumbers pins the report's numbers for the three blocks, worked
// out by hand.
func TestNumbers(t *testing.T) {
	c, logs := threeBlocks(t)
	r := make1(t, c, locale.English, logs...)
	if len(r.Blocks) != 3 || len(r.Weeks) != 12 || len(r.Plans) != 3 || len(r.Evenings) != 80 {
		t.Fatalf("%d blocks, %d weeks, %d plans, %d evenings", len(r.Blocks), len(r.Weeks), len(r.Plans), len(r.Evenings))
	}
	b1, b3 := r.Blocks[0], r.Blocks[2]
	// 147 over 28 evenings is 5.25, said 5.3; 28 over 24 is 1.17.
	if *b1.Average != 5.3 || *b3.Average != 1.2 || b3.Evenings != 24 || b3.Days != 28 || *b1.Highest != 7 || b1.SoreEvenings != 11 {
		t.Errorf("block 1 %+v, block 3 %+v", b1.Counts, b3.Counts)
	}
	if b3.SessionsDone != 6 || b3.SessionsSoFar != 12 || b3.SessionsLogged != 12 || *b3.DonePercent != 50 {
		t.Errorf("block 3 sessions %+v", b3.Counts)
	}
	if b1.Steer != "" || r.Blocks[1].Steer != planner.SteerStepBack || b3.Steer != planner.SteerProgress {
		t.Errorf("steers %q %q %q", b1.Steer, r.Blocks[1].Steer, b3.Steer)
	}
	if len(r.Tasks) != 2 || r.Tasks[0].Task != "Climbing stairs" || len(r.Tasks[0].Scores) != 4 || r.Tasks[1].Scores[2].Week != 8 {
		t.Errorf("tasks %+v", r.Tasks)
	}
	want := []string{
		"Evening soreness averaged 5.3 in block 1 and 1.2 in block 3.",
		"12 of 12 sessions done in block 1, and 6 of 12 in block 3.",
		"“Climbing stairs” went from 3 in week 1 to 8 in week 12.",
		"“Sitting through a film” went from 5 in week 1 to 7 in week 8.",
	}
	if strings.Join(r.Sentences, "\n") != strings.Join(want, "\n") || len(r.SeeSomeone) != 0 {
		t.Errorf("sentences:\n%s\nsee someone: %q", strings.Join(r.Sentences, "\n"), r.SeeSomeone)
	}
}

// TestSentenceRules pins each rule of the sentences and of when to see
// someone at its edges, on a chain of two 4-week plans.
func TestSentenceRules(t *testing.T) {
	type logWeek struct {
		plan, week int
		done       logbook.Done
		scores     []int
	}
	w := func(plan, week int, done logbook.Done, scores ...int) logWeek {
		return logWeek{plan, week, done, scores}
	}
	const none = -1
	tests := []struct {
		name     string
		weeks    []logWeek
		say, not []string
	}{
		{"one block: its average alone", []logWeek{w(0, 0, logbook.DoneAll, 1, 2, 3, 1, 2, 3, 1)},
			[]string{"Evening soreness averaged 1.9 in block 1.", "3 of 3 sessions done in block 1."}, []string{" and "}},
		{"no evening scored", []logWeek{w(0, 0, logbook.DoneAll, none, none, none, none, none, none, none)},
			[]string{"No evening soreness was scored."}, nil},
		{"no session logged", []logWeek{w(0, 0, "", 1, 1, 1, 1, 1, 1, 1)},
			[]string{"The logs do not say which sessions were done."}, []string{"sessions done in block"}},
		{"evenings so far: the days to the last one logged", []logWeek{w(0, 0, logbook.DoneAll, 1, 1, 1, none, none, none, none), w(0, 1, logbook.DoneAll, none, none, none, none, none, none, 1)},
			[]string{"Only 4 of the 14 evenings so far in block 1 were scored.", "6 of 6 sessions done in block 1."}, []string{"not logged"}},
		{"evenings of a whole block", []logWeek{w(0, 0, logbook.DoneAll, 1, 1, 1, none, none, none, none), w(0, 3, logbook.DoneAll, none, none, none, none, none, none, 1), w(1, 0, logbook.DoneAll, 1, 1, 1, 1, 1, 1, 1)},
			[]string{"Only 4 of the 28 evenings in block 1 were scored."}, []string{"so far"}},
		{"half the evenings is enough", []logWeek{w(0, 0, logbook.DoneAll, 1, 1, 1, 1, none, none, none), w(0, 1, logbook.DoneAll, 1, 1, 1, none, none, none, 1)},
			nil, []string{"Only"}},
		{"sessions not logged", []logWeek{w(0, 0, logbook.DoneAll, 1, 1, 1, 1, 1, 1, 1), w(0, 1, "", 1, 1, 1, 1, 1, 1, 1)},
			[]string{"3 of 6 sessions done in block 1.", "In block 1, 3 sessions were not logged."}, nil},
		{"an evening at 8", []logWeek{w(0, 0, logbook.DoneAll, 1, 8, 1, 1, 1, 1, 1)},
			[]string{"An evening was scored 8 or more (Tue 1 Dec 2026): the pain rule says to stop"}, nil},
		{"two at 8 or more, the last named", []logWeek{w(0, 0, logbook.DoneAll, 9, 1, 1, 1, 1, 1, 1), w(1, 2, logbook.DoneAll, 1, 1, 1, 1, 8, 1, 1)},
			[]string{"2 evenings were scored 8 or more, the last on Fri 15 Jan 2027"}, nil},
		{"an evening at 7 calls for no one", []logWeek{w(0, 0, logbook.DoneAll, 1, 7, 1, 1, 1, 1, 1)},
			nil, []string{"scored 8", "get it checked"}},
		{"rising by a point over two weeks, above 3", []logWeek{w(0, 0, logbook.DoneAll, 3, 3, 3, 3, 3, 3, 3), w(0, 2, logbook.DoneAll, 4, 4, 4, 4, 4, 4, 4)},
			[]string{"Evening soreness rose from 3 in week 1 to 4 in week 3: get it checked"}, nil},
		{"not coming down over two weeks, above 3", []logWeek{w(0, 0, logbook.DoneAll, 4, 4, 4, 4, 4, 4, 4), w(0, 2, logbook.DoneAll, 4, 4, 4, 4, 4, 4, 4)},
			[]string{"Evening soreness has not come down over 2 weeks (4 in week 1, 4 in week 3): get it checked"}, []string{"rose"}},
		{"a week apart is too soon to tell", []logWeek{w(0, 1, logbook.DoneAll, 4, 4, 4, 4, 4, 4, 4), w(0, 2, logbook.DoneAll, 5, 5, 5, 5, 5, 5, 5)},
			nil, []string{"get it checked"}},
		{"at 3 the soreness carries on", []logWeek{w(0, 0, logbook.DoneAll, 1, 1, 1, 1, 1, 1, 1), w(0, 2, logbook.DoneAll, 3, 3, 3, 3, 3, 3, 3)},
			nil, []string{"get it checked"}},
		{"coming down", []logWeek{w(0, 0, logbook.DoneAll, 6, 6, 6, 6, 6, 6, 5), w(0, 2, logbook.DoneAll, 5, 5, 5, 5, 5, 5, 5)},
			nil, []string{"get it checked"}},
		{"weeks of fewer than 3 evenings are not compared", []logWeek{w(0, 0, logbook.DoneAll, 1, 1, none, none, none, none, none), w(0, 2, logbook.DoneAll, 5, 5, 5, 5, 5, 5, 5)},
			nil, []string{"get it checked"}},
		{"the last week with 3 evenings is compared", []logWeek{w(0, 0, logbook.DoneAll, 4, 4, 4, 4, 4, 4, 4), w(0, 2, logbook.DoneAll, 4, 4, 4, 5, 4, 4, 4), w(0, 3, logbook.DoneAll, 1, 1, none, none, none, none, none)},
			[]string{"Evening soreness has not come down over 2 weeks (4 in week 1, 4.1 in week 3)"}, nil},
		{"a rise of 0.9 is not a rise", []logWeek{w(0, 0, logbook.DoneAll, 4, 4, 4, 4, 4, 4, 4), w(0, 2, logbook.DoneAll, 5, 5, 5, 5, 5, 5, 4)},
			[]string{"has not come down over 2 weeks (4 in week 1, 4.9 in week 3)"}, []string{"rose"}},
		{"weeks further apart", []logWeek{w(0, 0, logbook.DoneAll, 4, 4, 4, 4, 4, 4, 4), w(1, 0, logbook.DoneAll, 6, 5, 5, 5, 5, 5, 5)},
			[]string{"Evening soreness rose from 4 in week 1 to 5.1 in week 5"}, nil},
		{"across plans", []logWeek{w(0, 3, logbook.DoneAll, 4, 4, 4, 4, 4, 4, 4), w(1, 1, logbook.DoneAll, 5, 5, 5, 5, 5, 5, 5)},
			[]string{"Evening soreness rose from 4 in week 4 to 5 in week 6", "Evening soreness averaged 4 in block 1 and 5 in block 2."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p1 := plan("2026-11-30", 1, 4)
			p2 := next(p1, 4, planner.SteerHold)
			ps := []*planner.Plan{p1, p2}
			logs := []*logbook.Log{logbook.New(p1), logbook.New(p2)}
			for _, lw := range tt.weeks {
				week(t, logs[lw.plan], ps[lw.plan], lw.week, lw.done, lw.scores...)
			}
			var given []*logbook.Log
			for _, l := range logs {
				if len(l.Entries) > 0 {
					given = append(given, l)
				}
			}
			r := make1(t, chain(t, p1, p2), locale.English, given...)
			all := strings.Join(append(r.Sentences, r.SeeSomeone...), "\n")
			for _, s := range tt.say {
				if !strings.Contains(all, s) {
					t.Errorf("the report does not say %q:\n%s", s, all)
				}
			}
			for _, s := range tt.not {
				if strings.Contains(all, s) {
					t.Errorf("the report says %q:\n%s", s, all)
				}
			}
		})
	}
}

// TestTasks: tasks are matched across logs whatever their letter case
// and named as last written; with more than three, the three scored last
// are drawn and said, the others named.
func TestTasks(t *testing.T) {
	p1 := plan("2026-11-30", 1, 4)
	p2 := next(p1, 4, planner.SteerHold)
	l1, l2 := logbook.New(p1), logbook.New(p2)
	week(t, l1, p1, 0, logbook.DoneAll, 1, 1, 1, 1, 1, 1, 1)
	fs := func(pairs ...any) []logbook.FunctionScore {
		var out []logbook.FunctionScore
		for i := 0; i < len(pairs); i += 2 {
			out = append(out, logbook.FunctionScore{Task: pairs[i].(string), Score: pairs[i+1].(int)})
		}
		return out
	}
	function(t, l1, p1, "2026-12-06", fs("Stairs", 2, "Gardening", 5, "Walking", 4)...)
	week(t, l2, p2, 0, logbook.DoneAll, 1, 1, 1, 1, 1, 1, 1)
	function(t, l2, p2, "2027-01-03", fs("stairs", 2, "Sitting", 6)...)
	function(t, l2, p2, "2027-01-10", fs("STAIRS", 2, "Sitting", 5, "Walking", 6)...)
	r := make1(t, chain(t, p1, p2), locale.English, l1, l2)
	var names []string
	for _, task := range r.Tasks {
		names = append(names, task.Task)
	}
	if got := strings.Join(names, ", "); got != "STAIRS, Gardening, Walking, Sitting" {
		t.Errorf("tasks %s", got)
	}
	var charted []string
	for _, task := range r.Charted() {
		charted = append(charted, task.Task)
	}
	if got := strings.Join(charted, ", "); got != "STAIRS, Walking, Sitting" {
		t.Errorf("charted %s", got)
	}
	all := strings.Join(r.Sentences, "\n")
	for _, s := range []string{"“STAIRS” stayed at 2 from week 1 to week 6.", "“Walking” went from 4 in week 1 to 6 in week 6.",
		"“Sitting” went from 6 in week 5 to 5 in week 6.", "Also scored, in earlier weeks: “Gardening”."} {
		if !strings.Contains(all, s) {
			t.Errorf("the report does not say %q:\n%s", s, all)
		}
	}
}

// TestChain: the plans are put in order, and what is not one chain is
// refused naming the file.
func TestChain(t *testing.T) {
	p1 := plan("2026-11-30", 1, 4)
	p2 := next(p1, 4, planner.SteerHold)
	p3 := next(p2, 2, planner.SteerProgress)
	p2b := next(p1, 4, planner.SteerNoLog)
	p2b.Weeks[0].Days[0].Items[0].Reps = 15 // another plan of the same days
	other := plan("2026-12-28", 5, 4)
	edited := next(p2, 4, planner.SteerHold)
	edited.Start = "2027-01-26"
	pf := func(name string, p *planner.Plan) report.PlanFile { return report.PlanFile{File: name, Plan: p} }
	c, err := report.NewChain([]report.PlanFile{pf("c.json", p3), pf("a.json", p1), pf("b.json", p2)})
	if err != nil {
		t.Fatal(err)
	}
	if c.Plans[0].File != "a.json" || c.Plans[2].File != "c.json" {
		t.Errorf("order %v", c.Plans)
	}
	for _, tt := range []struct {
		name  string
		plans []report.PlanFile
		want  string
	}{
		{"none", nil, "report: no plan given"},
		{"a gap", []report.PlanFile{pf("a.json", p1), pf("c.json", p3)}, "c.json: continues the plan of 2026-12-28 to 2027-01-24, which is not given: there is a gap after a.json"},
		{"a fork", []report.PlanFile{pf("a.json", p1), pf("b.json", p2), pf("b2.json", p2b)}, "continues the plan of 2026-11-30 to 2026-12-27, as b"},
		{"a new plan", []report.PlanFile{pf("a.json", p1), pf("new.json", other)}, "new.json: is a new plan (made by gluteplan plan), not the next block of a.json"},
		{"twice", []report.PlanFile{pf("a.json", p1), pf("a2.json", p1)}, "a2.json: starts on 2026-11-30, as a.json does"},
		{"edited", []report.PlanFile{pf("a.json", p1), pf("b.json", p2), pf("e.json", edited)}, "e.json: starts on 2027-01-26, not the day after b.json ends (2027-01-24)"},
	} {
		_, err := report.NewChain(tt.plans)
		var re *report.Error
		if !errors.As(err, &re) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v, want a report.Error with %q", tt.name, err, tt.want)
		}
	}

	// Logs: matched by their fingerprint; another plan's, a plan not
	// given, two of one plan, an empty one and one with nothing to chart
	// are refused naming the file.
	l1 := logbook.New(p1)
	week(t, l1, p1, 0, logbook.DoneAll, 1, 1, 1, 1, 1, 1, 1)
	lb := logbook.New(p2b)
	week(t, lb, p2b, 0, logbook.DoneAll, 1, 1, 1, 1, 1, 1, 1)
	l3 := logbook.New(p3)
	week(t, l3, p3, 0, logbook.DoneAll, 1, 1, 1, 1, 1, 1, 1)
	fn := logbook.New(p1)
	function(t, fn, p1, "2026-12-01", logbook.FunctionScore{Task: "Stairs", Score: 3})
	notes := logbook.New(p1)
	note := "a walk"
	notes.Enter(p1, logbook.Record{Date: "2026-12-01", Note: &note})
	c2 := chain(t, p1, p2)
	lf := func(name string, l *logbook.Log) report.LogFile { return report.LogFile{File: name, Log: l} }
	for _, tt := range []struct {
		name string
		logs []report.LogFile
		want string
	}{
		{"none", nil, "report: no log given"},
		{"another plan's", []report.LogFile{lf("x.json", lb)}, "x.json: is kept for another plan of 2026-12-28 to 2027-01-24 than p2.json"},
		{"a plan not given", []report.LogFile{lf("l3.json", l3)}, "l3.json: is kept for the plan of 2027-01-25 to 2027-02-07, which is not among the plans given"},
		{"two of one plan", []report.LogFile{lf("l1.json", l1), lf("again.json", l1)}, "again.json: is a second log of p1.json, beside l1.json"},
		{"empty", []report.LogFile{lf("e.json", logbook.New(p1))}, "e.json: the log is empty"},
		{"function scores only", []report.LogFile{lf("f.json", fn)}, "f.json: the log holds only function scores"},
		{"notes only", []report.LogFile{lf("n.json", notes)}, "n.json: the log holds no evening scores and no sessions done"},
	} {
		_, err := report.Make(c2, tt.logs, locale.English)
		var re *report.Error
		if !errors.As(err, &re) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v, want a report.Error with %q", tt.name, err, tt.want)
		}
	}
}

// TestBlockAcrossPlans: a plan that ends inside a block (6 weeks) and the
// plan after it make one block 2, which no steer heads.
func TestBlockAcrossPlans(t *testing.T) {
	p1 := plan("2026-11-30", 1, 6)
	p2 := next(p1, 4, planner.SteerRepeat)
	l1 := logbook.New(p1)
	week(t, l1, p1, 4, logbook.DoneAll, 2, 2, 2, 2, 2, 2, 2)
	l2 := logbook.New(p2)
	week(t, l2, p2, 0, logbook.DoneNone, 4, 4, 4, 4, 4, 4, 4)
	r := make1(t, chain(t, p1, p2), locale.English, l1, l2)
	if len(r.Blocks) != 3 || r.Blocks[1].FirstWeek != 5 || r.Blocks[1].LastWeek != 8 || r.Blocks[1].Steer != "" || r.Blocks[2].Steer != "" {
		t.Fatalf("blocks %+v", r.Blocks)
	}
	if *r.Blocks[1].Average != 3 || r.Blocks[1].SessionsLogged != 6 || r.Blocks[1].SessionsDone != 3 {
		t.Errorf("block 2 %+v", r.Blocks[1].Counts)
	}
	if got := r.Began(r.Blocks[1], locale.English); got != "as planned" {
		t.Errorf("block 2 began %q", got)
	}
	if r.Plans[1].Steer != planner.SteerRepeat || r.Plans[1].FirstWeek != 7 {
		t.Errorf("plan 2 %+v", r.Plans[1])
	}
}
