package logbook_test

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
	"github.com/gluteplan/gluteplan/planner/logbook"
)

func TestParseFunction(t *testing.T) {
	for _, c := range []struct {
		in      string
		task    string
		score   int
		wantErr string
	}{
		{in: "Climbing stairs=4", task: "Climbing stairs", score: 4},
		{in: "  Climbing stairs  =  10 ", task: "Climbing stairs", score: 10},
		{in: "Treppe steigen=0", task: "Treppe steigen", score: 0},
		{in: "Putting on socks, shoes=3", task: "Putting on socks, shoes", score: 3},
		{in: "a=b=7", task: "a=b", score: 7},
		{in: "Ходьба=5", task: "Ходьба", score: 5},
		{in: "Cafe\u0301 walk=6", task: "Café walk", score: 6}, // NFC: one task however é was typed
		{in: "Stairs=010", task: "Stairs", score: 10},
		{in: strings.Repeat("é", 60) + "=1", task: strings.Repeat("é", 60), score: 1},
		{in: "Stairs", wantErr: `"Stairs" has no score`},
		{in: "=4", wantErr: "give the task before the ="},
		{in: "   =4", wantErr: "give the task before the ="},
		{in: "Stairs=", wantErr: `"" is not a score`},
		{in: "Stairs=11", wantErr: "11 is out of range"},
		{in: "Stairs=100000000000000000000", wantErr: "is out of range"},
		{in: "Stairs=-1", wantErr: `"-1" is not a score`},
		{in: "Stairs=+4", wantErr: `"+4" is not a score`},
		{in: "Stairs=4.5", wantErr: `"4.5" is not a score`},
		{in: "Stairs=0x4", wantErr: `"0x4" is not a score`},
		{in: "Stairs=٤", wantErr: "is not a score"},
		{in: "Stairs=four", wantErr: `"four" is not a score`},
		{in: strings.Repeat("x", 61) + "=1", wantErr: "61 characters long: keep it to 60"},
		{in: "Up\tstairs=4", wantErr: "control character (U+0009)"},
		{in: "Up\x1b[31mstairs=4", wantErr: "control character (U+001B)"},
		{in: "Up\u0085stairs=4", wantErr: "control character (U+0085)"},
		{in: "Up\xffstairs=4", wantErr: "not valid UTF-8"},
	} {
		f, err := logbook.ParseFunction(c.in)
		if c.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), c.wantErr) {
				t.Errorf("ParseFunction(%q) = %+v, %v; want an error with %q", c.in, f, err, c.wantErr)
			}
			continue
		}
		if err != nil || f.Task != c.task || f.Score != c.score {
			t.Errorf("ParseFunction(%q) = %+v, %v; want %q=%d", c.in, f, err, c.task, c.score)
		}
	}
}

// FuzzParseFunction checks that no --function value makes the parser
// panic; that what it takes is a task the log can keep (1 to 60
// characters, no control characters, trimmed) and a score on the scale;
// and that it reads its own writing back the same.
func FuzzParseFunction(f *testing.F) {
	for _, s := range []string{"Climbing stairs=4", "a=b=10", "=", "x=", "=3", " Gehen = 07 ", "Cafe\u0301=1", "\xff=1", "a\x00=2", "Stairs=99999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fs, err := logbook.ParseFunction(s)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error")
			}
			return
		}
		if fs.Score < 0 || fs.Score > logbook.MaxFunction {
			t.Fatalf("%q: score %d", s, fs.Score)
		}
		n := utf8.RuneCountInString(fs.Task)
		if n < 1 || n > logbook.MaxTask || !utf8.ValidString(fs.Task) || strings.TrimSpace(fs.Task) != fs.Task {
			t.Fatalf("%q: task %q", s, fs.Task)
		}
		for _, r := range fs.Task {
			if r < 0x20 || r >= 0x7f && r <= 0x9f {
				t.Fatalf("%q: task %q holds %U", s, fs.Task, r)
			}
		}
		back, err := logbook.ParseFunction(fs.String())
		if err != nil || back != fs {
			t.Fatalf("%q: %+v written as %q reads back as %+v, %v", s, fs, fs.String(), back, err)
		}
	})
}

// TestEnterFunction pins the function scores of gluteplan log: kept as
// written, a task once a week (a second score in the week replaces the
// first and moves to its day), tasks matched whatever their case, at most
// three tasks, and a refused record leaves the log as it was.
func TestEnterFunction(t *testing.T) {
	plan := makePlan(t, "2026-11-30", 2)
	fn := func(task string, n int) []logbook.FunctionScore {
		return []logbook.FunctionScore{{Task: task, Score: n}}
	}
	l := logbook.New(plan)
	steps := []struct {
		r       logbook.Record
		wantErr string
	}{
		{r: logbook.Record{Date: "2026-12-06", Function: fn("Climbing stairs", 4)}},
		{r: logbook.Record{Date: "2026-12-06", Soreness: score(2)}},
		// A second score in the same week replaces the first and moves to
		// its day: 2026-12-06 keeps its soreness score.
		{r: logbook.Record{Date: "2026-12-02", Function: fn("climbing STAIRS", 4)}},
		// Moved again, the day of 2026-12-02, which held nothing else,
		// has no entry left.
		{r: logbook.Record{Date: "2026-12-04", Function: fn("Climbing stairs", 5)}},
		{r: logbook.Record{Date: "2026-12-13", Function: []logbook.FunctionScore{{Task: "Climbing stairs", Score: 6}, {Task: "Walking 30 min", Score: 3}}}},
		{r: logbook.Record{Date: "2026-12-13", Function: fn("Sitting", 7)}},
		{r: logbook.Record{Date: "2026-12-12", Function: fn("Lying on my side", 2)}, wantErr: `"Lying on my side" would be a fourth task: a log scores at most 3 ("Climbing stairs", "Walking 30 min", "Sitting")`},
		{r: logbook.Record{Date: "2026-12-12", Function: []logbook.FunctionScore{{Task: "Sitting", Score: 1}, {Task: "sitting", Score: 2}}}, wantErr: `"sitting" is given twice`},
		{r: logbook.Record{Date: "2026-12-12", Function: fn("Sitting", 11)}, wantErr: "11 is out of range"},
		{r: logbook.Record{Date: "2026-12-12", Function: fn(" ", 1)}, wantErr: "give the task"},
	}
	for i, st := range steps {
		before, _ := l.JSON()
		_, err := l.Enter(plan, st.r)
		if st.wantErr != "" {
			if _, ok := err.(*logbook.FunctionError); !ok || !strings.Contains(err.Error(), st.wantErr) {
				t.Fatalf("step %d: error %v, want a FunctionError with %q", i, err, st.wantErr)
			}
			if after, _ := l.JSON(); string(after) != string(before) {
				t.Fatalf("step %d: a refused record changed the log", i)
			}
			continue
		}
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	got, _ := l.JSON()
	var dates []string
	for _, e := range l.Entries {
		dates = append(dates, e.Date)
	}
	if strings.Join(dates, " ") != "2026-12-04 2026-12-06 2026-12-13" || l.Entries[1].Function != nil || *l.Entries[1].Soreness != 2 {
		t.Errorf("entries %s, want the score moved to 2026-12-04 and 2026-12-06 keeping its soreness only:\n%s", dates, got)
	}
	back, fs := logbook.Read("log.json", got, plan)
	if len(fs) > 0 {
		t.Fatalf("the log does not read back: %v", fs)
	}
	s := logbook.Summarize(plan, back)
	if len(s.Tasks) != 3 {
		t.Fatalf("tasks %+v, want 3", s.Tasks)
	}
	stairs := s.Tasks[0]
	if stairs.Task != "Climbing stairs" || len(stairs.Scores) != 2 ||
		stairs.First != (logbook.TaskScore{Date: "2026-12-04", Week: 1, Score: 5}) ||
		stairs.Last != (logbook.TaskScore{Date: "2026-12-13", Week: 2, Score: 6}) {
		t.Errorf("climbing stairs summed up as %+v", stairs)
	}
	if s.Tasks[1].Task != "Walking 30 min" || s.Tasks[2].First.Score != 7 {
		t.Errorf("tasks %+v", s.Tasks)
	}
	if date, ok := back.ScoredInWeek(plan, "2026-12-08", "SITTING"); !ok || date != "2026-12-13" {
		t.Errorf("ScoredInWeek = %s, %v; want 2026-12-13", date, ok)
	}
	if _, ok := back.ScoredInWeek(plan, "2026-12-13", "Sitting"); ok {
		t.Error("ScoredInWeek names the day itself")
	}
}

// TestReadFunction: what the schema cannot say about function scores in a
// log edited by hand is found at its place.
func TestReadFunction(t *testing.T) {
	plan := makePlan(t, "2026-11-30", 2)
	head := `{"plan": ` + refJSON(t, plan) + `, "entries": [`
	for _, c := range []struct {
		name, entries, want string
	}{
		{"blank task", `{"date": "2026-12-01", "function": [{"task": "  ", "score": 3}]}`, "/entries/0/function/0/task: the task is blank"},
		{"twice a day", `{"date": "2026-12-01", "function": [{"task": "Stairs", "score": 3}, {"task": "stairs", "score": 4}]}`, `/entries/0/function/1/task: "stairs" is scored twice on 2026-12-01`},
		{"twice a week", `{"date": "2026-12-01", "function": [{"task": "Stairs", "score": 3}]}, {"date": "2026-12-03", "function": [{"task": "Stairs", "score": 4}]}`, `/entries/1/function/0/task: "Stairs" is scored on 2026-12-01 and 2026-12-03, both in week 1`},
		{"four tasks", `{"date": "2026-12-01", "function": [{"task": "A", "score": 3}, {"task": "B", "score": 3}, {"task": "C", "score": 3}]}, {"date": "2026-12-08", "function": [{"task": "D", "score": 4}]}`, `/entries/1/function/0/task: "D" is a fourth task`},
		{"score out of range", `{"date": "2026-12-01", "function": [{"task": "A", "score": 11}]}`, "/entries/0/function/0/score"},
		{"control character", `{"date": "2026-12-01", "function": [{"task": "A\u001b", "score": 1}]}`, "/entries/0/function/0/task"},
		{"too long", `{"date": "2026-12-01", "function": [{"task": "` + strings.Repeat("x", 61) + `", "score": 1}]}`, "/entries/0/function/0/task"},
		{"empty list", `{"date": "2026-12-01", "function": []}`, "/entries/0/function"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, fs := logbook.Read("log.json", []byte(head+c.entries+"]}"), plan)
			var all []string
			for _, f := range fs {
				all = append(all, f.Pointer+": "+f.Message)
			}
			if !strings.Contains(strings.Join(all, "\n"), c.want) {
				t.Errorf("findings %q, want one with %q", all, c.want)
			}
		})
	}
	// Only function scores on a day is a valid entry.
	l, fs := logbook.Read("log.json", []byte(head+`{"date": "2026-12-06", "function": [{"task": "Stairs", "score": 3}]}]}`), plan)
	if len(fs) > 0 || len(l.Entries) != 1 {
		t.Fatalf("a day with only a function score: %v", fs)
	}
}

func refJSON(t *testing.T, plan *planner.Plan) string {
	t.Helper()
	data, err := json.Marshal(logbook.Ref(plan))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestFunctionOnlyWeek: a week with only function scores is not the last
// week logged, so an evening at 8 the week before still refers (README
// rule 1) and the trend still reads the weeks scored.
func TestFunctionOnlyWeek(t *testing.T) {
	plan := makePlan(t, "2026-11-30", 2)
	l := logbook.New(plan)
	if _, err := l.Enter(plan, logbook.Record{Date: "2026-12-03", Soreness: score(8)}); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Enter(plan, logbook.Record{Date: "2026-12-13", Function: []logbook.FunctionScore{{Task: "Stairs", Score: 5}}}); err != nil {
		t.Fatal(err)
	}
	s := logbook.Summarize(plan, l)
	if s.Last != 0 || s.Weeks[1].Logged {
		t.Errorf("last week logged %d, week 2 logged %v: want week 1", s.Last, s.Weeks[1].Logged)
	}
	if st := logbook.Steer(s, locale.English); !st.Refer {
		t.Errorf("steering %+v: want a referral for the evening at 8", st)
	}
	if len(s.Tasks) != 1 || s.Tasks[0].Last.Week != 2 {
		t.Errorf("tasks %+v", s.Tasks)
	}
}
