package logbook

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/gluteplan/gluteplan/planner"
)

// Function scores: once a week the person scores how well they manage up
// to three tasks that matter to them, in their own words, from 0 (cannot
// do it) to 10 (as well as before the pain). This is the Patient-Specific
// Functional Scale physiotherapists use (Stratford et al. 1995); the
// README's "the log" says how gluteplan reads it.

// FunctionScore is how well the person manages one task that matters to
// them, on the Patient-Specific Functional Scale.
type FunctionScore struct {
	// Task is the task in the person's own words, 1 to 60 characters on one line.
	Task string `json:"task" jsonschema:"minLength=1,maxLength=60,pattern=^[^\\x00-\\x1f\\x7f-\\x9f]*$"`
	// Score is 0 (cannot do it) to 10 (as well as before the pain).
	Score int `json:"score" jsonschema:"minimum=0,maximum=10"`
}

// The limits of the function scores.
const (
	// MaxTasks is the most tasks one log scores: the scale asks for up
	// to three, the ones that matter most.
	MaxTasks = 3
	// MaxTask is the longest task name, in characters.
	MaxTask = 60
	// MaxFunction is the top of the scale: as well as before the pain.
	MaxFunction = 10
)

// FunctionError is an error about the function scores of a [Record]; the
// command line says it against its --function flag.
type FunctionError struct{ msg string }

func (e *FunctionError) Error() string { return e.msg }

func functionErrorf(format string, args ...any) error {
	return &FunctionError{fmt.Sprintf(format, args...)}
}

// scaleWords says the scale in messages.
const scaleWords = "from 0 (cannot do it) to 10 (as well as before the pain)"

// ParseFunction reads one function score as gluteplan log's --function
// takes it: the task, "=", and a whole number in plain digits from 0 to
// 10 ("Climbing stairs=4"). The task is everything before the last "=",
// kept as written but for the spaces around it and its Unicode
// normalisation (NFC, so that "é" typed either way is one task); it must
// not be empty, hold control characters or be over [MaxTask] characters.
func ParseFunction(s string) (FunctionScore, error) {
	i := strings.LastIndex(s, "=")
	if i < 0 {
		return FunctionScore{}, fmt.Errorf("%s has no score: write the task, = and a score %s, e.g. \"Climbing stairs=4\"", quoteShort(s), scaleWords)
	}
	task, err := CleanTask(s[:i])
	if err != nil {
		return FunctionScore{}, err
	}
	num := strings.TrimSpace(s[i+1:])
	if num == "" || strings.Trim(num, "0123456789") != "" {
		return FunctionScore{}, fmt.Errorf("%s is not a score: use a whole number %s", quoteShort(num), scaleWords)
	}
	n := MaxFunction + 1
	if t := strings.TrimLeft(num, "0"); len(t) <= 2 {
		n, _ = strconv.Atoi("0" + t)
	}
	if n > MaxFunction {
		return FunctionScore{}, fmt.Errorf("%s is out of range: score %s", num, scaleWords)
	}
	return FunctionScore{Task: task, Score: n}, nil
}

// String writes f as [ParseFunction] reads it: "Climbing stairs=4".
func (f FunctionScore) String() string { return f.Task + "=" + strconv.Itoa(f.Score) }

// CleanTask returns a task name as the log keeps it: the spaces around it
// trimmed and its characters in Unicode's composed form (NFC), or an error
// that says what to fix.
func CleanTask(task string) (string, error) {
	if !utf8.ValidString(task) {
		return "", fmt.Errorf("the task is not valid UTF-8 text: type it again")
	}
	t := norm.NFC.String(strings.TrimSpace(task))
	if t == "" {
		return "", fmt.Errorf("give the task before the =, in your own words, e.g. \"Climbing stairs=4\"")
	}
	for _, r := range t {
		if isControl(r) {
			return "", fmt.Errorf("the task holds a control character (%U): write it on one line, in plain text", r)
		}
	}
	if n := utf8.RuneCountInString(t); n > MaxTask {
		return "", fmt.Errorf("the task is %d characters long: keep it to %d", n, MaxTask)
	}
	return t, nil
}

// isControl reports the C0 and C1 control characters and DEL, which the
// schema's pattern refuses too.
func isControl(r rune) bool { return r < 0x20 || r >= 0x7f && r <= 0x9f }

// quoteShort quotes s for a message, cut to 40 characters.
func quoteShort(s string) string {
	if utf8.RuneCountInString(s) > 40 {
		s = string([]rune(s)[:40]) + "…"
	}
	return strconv.Quote(s)
}

// SameTask reports whether two task names name one task: the same words
// whatever their letter case and spacing ("climbing  stairs" is
// "Climbing stairs").
func SameTask(a, b string) bool { return taskKey(a) == taskKey(b) }

func taskKey(s string) string {
	return strings.ToLower(norm.NFC.String(strings.Join(strings.Fields(s), " ")))
}

// Tasks lists the tasks the log scores, each once, in the order first
// scored, named as last written.
func (l *Log) Tasks() []string {
	var keys, names []string
	for _, e := range l.Entries {
		for _, f := range e.Function {
			k := taskKey(f.Task)
			if i := slices.Index(keys, k); i >= 0 {
				names[i] = f.Task
				continue
			}
			keys, names = append(keys, k), append(names, f.Task)
		}
	}
	return names
}

// checkFunction checks the function scores of a record about to be
// entered in l: each task clean and once, each score on the scale, and no
// more than [MaxTasks] tasks in the log with them. It returns them
// cleaned.
func (l *Log) checkFunction(fs []FunctionScore) ([]FunctionScore, error) {
	out := make([]FunctionScore, 0, len(fs))
	tasks := l.Tasks()
	for _, f := range fs {
		t, err := CleanTask(f.Task)
		if err != nil {
			return nil, &FunctionError{err.Error()}
		}
		if f.Score < 0 || f.Score > MaxFunction {
			return nil, functionErrorf("%d is out of range: score %s", f.Score, scaleWords)
		}
		if slices.ContainsFunc(out, func(g FunctionScore) bool { return SameTask(g.Task, t) }) {
			return nil, functionErrorf("%s is given twice: score each task once", strconv.Quote(t))
		}
		if !slices.ContainsFunc(tasks, func(g string) bool { return SameTask(g, t) }) {
			if len(tasks) == MaxTasks {
				return nil, functionErrorf("%s would be a fourth task: a log scores at most %d (%s); use one of their names",
					strconv.Quote(t), MaxTasks, quoteAll(tasks))
			}
			tasks = append(tasks, t)
		}
		out = append(out, FunctionScore{Task: t, Score: f.Score})
	}
	return out, nil
}

func quoteAll(xs []string) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = strconv.Quote(x)
	}
	return strings.Join(q, ", ")
}

// enterFunction puts the scores on the entry of date; a task scored on
// another day of the same plan week moves here (a task is scored once a
// week), and an entry left with nothing in it goes.
func (l *Log) enterFunction(p *planner.Plan, date string, fs []FunctionScore) {
	wk, _ := day(p, date)
	for _, f := range fs {
		for i := range l.Entries {
			e := &l.Entries[i]
			if e.Date == date || !inWeek(wk, e.Date) {
				continue
			}
			e.Function = slices.DeleteFunc(e.Function, func(g FunctionScore) bool { return SameTask(g.Task, f.Task) })
			if len(e.Function) == 0 {
				e.Function = nil
			}
		}
		i := slices.IndexFunc(l.Entries, func(e Entry) bool { return e.Date == date })
		e := &l.Entries[i]
		if k := slices.IndexFunc(e.Function, func(g FunctionScore) bool { return SameTask(g.Task, f.Task) }); k >= 0 {
			e.Function[k] = f
		} else {
			e.Function = append(e.Function, f)
		}
	}
	l.Entries = slices.DeleteFunc(l.Entries, func(e Entry) bool {
		return e.Date != date && reflect.DeepEqual(e, Entry{Date: e.Date})
	})
}

// functionOnly reports an entry that holds function scores and nothing
// else.
func functionOnly(e *Entry) bool {
	if len(e.Function) == 0 {
		return false
	}
	rest := *e
	rest.Function = nil
	return reflect.DeepEqual(rest, Entry{Date: e.Date})
}

func inWeek(wk *planner.Week, date string) bool {
	return wk != nil && slices.ContainsFunc(wk.Days, func(d planner.Day) bool { return d.Date == date })
}

// ScoredInWeek returns the other day of date's plan week on which the log
// scores task, if any: entering the task on date moves its score there.
func (l *Log) ScoredInWeek(p *planner.Plan, date, task string) (string, bool) {
	wk, _ := day(p, date)
	for _, e := range l.Entries {
		if e.Date != date && inWeek(wk, e.Date) && slices.ContainsFunc(e.Function, func(g FunctionScore) bool { return SameTask(g.Task, task) }) {
			return e.Date, true
		}
	}
	return "", false
}

// checkFunctions finds what the schema cannot say about the function
// scores of a log read from a file: a blank task, a task twice on one day
// or (with the plan) in one plan week, and more than [MaxTasks] tasks.
func checkFunctions(l *Log, p *planner.Plan, add func(ptr, format string, args ...any)) {
	var tasks []string
	type seen struct {
		week int
		date string
	}
	scored := map[string][]seen{}
	for i, e := range l.Entries {
		var wk *planner.Week
		if p != nil {
			wk, _ = day(p, e.Date)
		}
		for k, f := range e.Function {
			at := fmt.Sprintf("/entries/%d/function/%d/task", i, k)
			key := taskKey(f.Task)
			if key == "" {
				add(at, "the task is blank: name it in your own words, or remove the score")
				continue
			}
			if slices.ContainsFunc(e.Function[:k], func(g FunctionScore) bool { return taskKey(g.Task) == key }) {
				add(at, "%s is scored twice on %s: keep one", strconv.Quote(f.Task), e.Date)
				continue
			}
			if wk != nil {
				for _, s := range scored[key] {
					if s.week == wk.Week {
						add(at, "%s is scored on %s and %s, both in week %d: a task is scored once a week; keep one",
							strconv.Quote(f.Task), s.date, e.Date, wk.Week)
					}
				}
				scored[key] = append(scored[key], seen{wk.Week, e.Date})
			}
			if !slices.Contains(tasks, key) {
				if len(tasks) == MaxTasks {
					add(at, "%s is a fourth task: a log scores at most %d; use one of the others' names", strconv.Quote(f.Task), MaxTasks)
					continue
				}
				tasks = append(tasks, key)
			}
		}
	}
}

// TaskSummary is how one task's function scores went in a log.
type TaskSummary struct {
	// Task is the task as last written.
	Task string
	// Scores holds its scores in date order, one a plan week at most.
	Scores []TaskScore
	// First and Last are its first and last scores.
	First, Last TaskScore
}

// TaskScore is one function score of a task, and when it was given.
type TaskScore struct {
	// Date is the day the score was given, YYYY-MM-DD.
	Date string
	// Week is the plan week of that day.
	Week int
	// Score is 0 (cannot do it) to 10 (as before the pain).
	Score int
}

// summarizeTasks sums up each task's scores in the log, on the plan's
// days only, tasks in the order first scored.
func summarizeTasks(p *planner.Plan, l *Log) []TaskSummary {
	if l == nil {
		return nil
	}
	entries := slices.Clone(l.Entries)
	sortEntries(entries)
	var keys []string
	var out []TaskSummary
	for _, e := range entries {
		wk, _ := day(p, e.Date)
		if wk == nil {
			continue
		}
		for _, f := range e.Function {
			k := taskKey(f.Task)
			i := slices.Index(keys, k)
			if i < 0 {
				keys = append(keys, k)
				out = append(out, TaskSummary{})
				i = len(out) - 1
			}
			ts := &out[i]
			ts.Task = f.Task
			ts.Scores = append(ts.Scores, TaskScore{Date: e.Date, Week: wk.Week, Score: f.Score})
		}
	}
	for i := range out {
		out[i].First, out[i].Last = out[i].Scores[0], out[i].Scores[len(out[i].Scores)-1]
	}
	return out
}
