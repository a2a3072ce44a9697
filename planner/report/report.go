// Package report sums up a chain of plans and their logs as a progress
// report, for the person and whoever treats them: every evening's
// soreness across the weeks with the blocks and how each was steered,
// the sessions done per week, the function scores per task, and a few
// plain sentences that say what the numbers say and, when they call for
// it, when to see someone (README rules 1 and 15).
//
// The report is data: the terminal text and the JSON come from it here,
// the PDF from package pdf. Every number a sentence says is a number of
// the report, rounded as it is printed, so the text, the JSON and the PDF
// agree.
package report

import (
	"bytes"
	"encoding/json"
	"math"
	"slices"
	"time"

	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
	"github.com/gluteplan/gluteplan/planner/logbook"
)

// Report is a progress report over a chain of plans and their logs.
type Report struct {
	// Lang is the language of the sentences and words: the last plan's, unless the report was asked for in another.
	Lang planner.Lang `json:"lang"`
	// Name is the person's name, from the last plan's profile; absent when none is given.
	Name string `json:"name,omitempty"`
	// Start is the first day of the chain, YYYY-MM-DD.
	Start string `json:"start" jsonschema:"pattern=^[0-9]{4}-[0-9]{2}-[0-9]{2}$"`
	// End is the last day of the chain, YYYY-MM-DD.
	End string `json:"end" jsonschema:"pattern=^[0-9]{4}-[0-9]{2}-[0-9]{2}$"`
	// LastLogged is the last day any log has an entry for, YYYY-MM-DD: the counts "so far" run to it.
	LastLogged string `json:"last_logged" jsonschema:"pattern=^[0-9]{4}-[0-9]{2}-[0-9]{2}$"`
	// Plans holds the plans of the chain in order.
	Plans []Plan `json:"plans" jsonschema:"minItems=1"`
	// Blocks holds the 4-week blocks of the chain in order, as the plans number them.
	Blocks []Block `json:"blocks" jsonschema:"minItems=1"`
	// Weeks holds every week of the chain in order.
	Weeks []Week `json:"weeks" jsonschema:"minItems=1"`
	// Evenings holds every evening scored, in date order.
	Evenings []Evening `json:"evenings"`
	// Tasks holds the function scores of each task the logs score, in the order first scored; tasks are matched by their words, whatever the letter case.
	Tasks []Task `json:"tasks"`
	// Sentences say in plain words what the numbers say, in Lang.
	Sentences []string `json:"sentences"`
	// SeeSomeone says when the numbers call for seeing a physical therapist or doctor, in Lang; empty when they do not.
	SeeSomeone []string `json:"see_someone"`
}

// Plan is one plan of the chain.
type Plan struct {
	// Start is the plan's first day, YYYY-MM-DD.
	Start string `json:"start" jsonschema:"pattern=^[0-9]{4}-[0-9]{2}-[0-9]{2}$"`
	// End is the plan's last day, YYYY-MM-DD.
	End string `json:"end" jsonschema:"pattern=^[0-9]{4}-[0-9]{2}-[0-9]{2}$"`
	// FirstWeek is the plan's first week number.
	FirstWeek int `json:"first_week" jsonschema:"minimum=1"`
	// LastWeek is the plan's last week number.
	LastWeek int `json:"last_week" jsonschema:"minimum=1"`
	// Steer is how the log of the plan before steered this one (progress, hold, repeat, step_back, no_log); absent for a plan that continues none.
	Steer planner.Steer `json:"steer,omitempty" jsonschema:"enum=no_log,enum=progress,enum=hold,enum=repeat,enum=step_back"`
	// Why is the plan's own sentence about how it was steered, as gluteplan next wrote it; absent with Steer.
	Why string `json:"why,omitempty"`
	// Logged says a log of the plan was given.
	Logged bool `json:"logged"`
}

// Counts are what a block or a week holds and what its logs say of it.
type Counts struct {
	// Start is the first day, YYYY-MM-DD.
	Start string `json:"start" jsonschema:"pattern=^[0-9]{4}-[0-9]{2}-[0-9]{2}$"`
	// End is the last day, YYYY-MM-DD.
	End string `json:"end" jsonschema:"pattern=^[0-9]{4}-[0-9]{2}-[0-9]{2}$"`
	// Days is the number of days up to LastLogged: the evenings there were to score so far.
	Days int `json:"days" jsonschema:"minimum=0"`
	// Sessions is the number of session days planned.
	Sessions int `json:"sessions" jsonschema:"minimum=0"`
	// SessionsSoFar is the number of session days planned up to LastLogged.
	SessionsSoFar int `json:"sessions_so_far" jsonschema:"minimum=0"`
	// SessionsLogged is the number of session days whose log says what was done.
	SessionsLogged int `json:"sessions_logged" jsonschema:"minimum=0"`
	// SessionsDone counts the sessions done, a session done in part as the share of its exercises done, to one decimal.
	SessionsDone float64 `json:"sessions_done" jsonschema:"minimum=0"`
	// DonePercent is SessionsDone as a whole percentage of SessionsSoFar; absent when none was planned so far.
	DonePercent *int `json:"done_percent,omitempty" jsonschema:"minimum=0,maximum=100"`
	// Evenings is the number of evenings scored.
	Evenings int `json:"evenings" jsonschema:"minimum=0"`
	// Average is the mean evening score, to one decimal; absent when none was scored.
	Average *float64 `json:"average,omitempty" jsonschema:"minimum=0,maximum=10"`
	// Highest is the highest evening score; absent when none was scored.
	Highest *int `json:"highest,omitempty" jsonschema:"minimum=0,maximum=10"`
	// SoreEvenings counts the evenings at 6 or more: the pain rule's "go back to last week's doses".
	SoreEvenings int `json:"sore_evenings" jsonschema:"minimum=0"`
	// StopEvenings counts the evenings at 8 or more: the pain rule's "stop and get checked".
	StopEvenings int `json:"stop_evenings" jsonschema:"minimum=0"`
}

// Block is one 4-week block of the chain.
type Block struct {
	// Block is the block's number, counted on across gluteplan next.
	Block int `json:"block" jsonschema:"minimum=1"`
	// FirstWeek is the block's first week number in the chain.
	FirstWeek int `json:"first_week" jsonschema:"minimum=1"`
	// LastWeek is the block's last week number in the chain.
	LastWeek int `json:"last_week" jsonschema:"minimum=1"`
	// Steer is how the plan that starts with this block was steered by the log before it; absent when the block does not start a plan made by gluteplan next.
	Steer planner.Steer `json:"steer,omitempty" jsonschema:"enum=no_log,enum=progress,enum=hold,enum=repeat,enum=step_back"`
	Counts
	tally tally
}

// Week is one week of the chain.
type Week struct {
	// Week is the week's number, counted on across gluteplan next.
	Week int `json:"week" jsonschema:"minimum=1"`
	// Block is the number of the week's block.
	Block int `json:"block" jsonschema:"minimum=1"`
	// Phase is build for weeks that rise, deload for the lighter fourth week of a block.
	Phase planner.Phase `json:"phase"`
	Counts
}

// Evening is one evening's soreness score.
type Evening struct {
	// Date is the day, YYYY-MM-DD.
	Date string `json:"date" jsonschema:"pattern=^[0-9]{4}-[0-9]{2}-[0-9]{2}$"`
	// Week is the week of the chain it falls in.
	Week int `json:"week" jsonschema:"minimum=1"`
	// Score is the evening's soreness, 0 (none) to 10 (worst).
	Score int `json:"score" jsonschema:"minimum=0,maximum=10"`
}

// Task is one task's function scores across the chain.
type Task struct {
	// Task is the task in the person's words, as last written.
	Task string `json:"task" jsonschema:"minLength=1,maxLength=60"`
	// Scores holds its scores in date order, at most one a week.
	Scores []Score `json:"scores" jsonschema:"minItems=1"`
}

// Score is one function score of a task.
type Score struct {
	// Date is the day it was given, YYYY-MM-DD.
	Date string `json:"date" jsonschema:"pattern=^[0-9]{4}-[0-9]{2}-[0-9]{2}$"`
	// Week is the week of the chain it falls in.
	Week int `json:"week" jsonschema:"minimum=1"`
	// Score is 0 (cannot do it) to 10 (as well as before the pain).
	Score int `json:"score" jsonschema:"minimum=0,maximum=10"`
}

// Make builds the report of chain c and its logs, in language say. Each
// log must have been read against the plan it is kept for (see
// [logbook.Read] and [Chain.Match]). It refuses, naming the file, a log
// of a plan that is not in the chain, two logs of one plan, an empty log,
// and a log with nothing to chart (only function scores, or notes).
func Make(c *Chain, logs []LogFile, say *locale.Language) (*Report, error) {
	if len(logs) == 0 {
		return nil, &Error{File: "report", Msg: "no log given: give the logs you kept with --log"}
	}
	byPlan := make([]*LogFile, len(c.Plans))
	for i := range logs {
		lf := &logs[i]
		k, err := c.Match(lf.File, lf.Log.Plan)
		if err != nil {
			return nil, err
		}
		if byPlan[k] != nil {
			return nil, errorf(lf.File, "is a second log of %s, beside %s: give one log for each plan", c.Plans[k].File, byPlan[k].File)
		}
		if err := charted(lf); err != nil {
			return nil, err
		}
		byPlan[k] = lf
	}

	last := c.Plans[len(c.Plans)-1].Plan
	r := &Report{
		Lang: planner.Lang(say.Code), Name: last.Profile.Name,
		Start: c.Plans[0].Plan.Start, End: last.End,
		Evenings: []Evening{}, Tasks: []Task{}, Sentences: []string{}, SeeSomeone: []string{},
	}
	for _, lf := range byPlan {
		if lf != nil && len(lf.Log.Entries) > 0 {
			r.LastLogged = max(r.LastLogged, lf.Log.Entries[len(lf.Log.Entries)-1].Date)
		}
	}
	for k, pf := range c.Plans {
		p := pf.Plan
		rp := Plan{Start: p.Start, End: p.End, FirstWeek: p.Weeks[0].Week, LastWeek: p.Weeks[len(p.Weeks)-1].Week, Logged: byPlan[k] != nil}
		if p.Continues != nil {
			rp.Steer, rp.Why = p.Continues.Steer, p.Continues.Why
		}
		r.Plans = append(r.Plans, rp)
		var entries map[string]*logbook.Entry
		if lf := byPlan[k]; lf != nil {
			entries = map[string]*logbook.Entry{}
			for i := range lf.Log.Entries {
				entries[lf.Log.Entries[i].Date] = &lf.Log.Entries[i]
			}
			r.addTasks(logbook.Summarize(p, lf.Log).Tasks)
		}
		for w, wk := range p.Weeks {
			rw := Week{Week: wk.Week, Block: wk.Block, Phase: wk.Phase}
			var t tally
			for d := range wk.Days {
				day := &wk.Days[d]
				e := entries[day.Date]
				t.add(day, e, r.LastLogged)
				if e != nil && e.Soreness != nil {
					r.Evenings = append(r.Evenings, Evening{Date: day.Date, Week: wk.Week, Score: *e.Soreness})
				}
			}
			rw.Counts = t.counts()
			r.Weeks = append(r.Weeks, rw)
			n := len(r.Blocks)
			if n == 0 || r.Blocks[n-1].Block != wk.Block {
				b := Block{Block: wk.Block, FirstWeek: wk.Week}
				if w == 0 && p.Continues != nil {
					b.Steer = p.Continues.Steer
				}
				r.Blocks = append(r.Blocks, b)
				n++
			}
			b := &r.Blocks[n-1]
			b.LastWeek = wk.Week
			b.tally.merge(t)
		}
	}
	for i := range r.Blocks {
		r.Blocks[i].Counts = r.Blocks[i].tally.counts()
	}
	r.Sentences, r.SeeSomeone = sentences(r, say)
	return r, nil
}

// charted refuses a log with nothing the report can chart.
func charted(lf *LogFile) error {
	if len(lf.Log.Entries) == 0 {
		return errorf(lf.File, "the log is empty: log some evenings or sessions first (gluteplan log), or leave it out")
	}
	function := false
	for _, e := range lf.Log.Entries {
		if e.Soreness != nil || e.Done != "" {
			return nil
		}
		function = function || len(e.Function) > 0
	}
	if function {
		return errorf(lf.File, "the log holds only function scores: the report needs evening soreness scores or sessions done too (gluteplan log --soreness, --done)")
	}
	return errorf(lf.File, "the log holds no evening scores and no sessions done: log them (gluteplan log --soreness, --done), or leave it out")
}

// addTasks adds a plan's task scores to the report's, a task that
// matches one already there (whatever its letter case) to its scores.
func (r *Report) addTasks(ts []logbook.TaskSummary) {
	for _, ts := range ts {
		i := slices.IndexFunc(r.Tasks, func(t Task) bool { return logbook.SameTask(t.Task, ts.Task) })
		if i < 0 {
			r.Tasks = append(r.Tasks, Task{})
			i = len(r.Tasks) - 1
		}
		t := &r.Tasks[i]
		t.Task = ts.Task
		for _, s := range ts.Scores {
			t.Scores = append(t.Scores, Score{Date: s.Date, Week: s.Week, Score: s.Score})
		}
	}
}

// tally adds up days as they are read.
type tally struct {
	start, end                        string
	days, sessions, soFar, logged     int
	done                              float64
	evenings, total, sore, stop, high int
}

func (t *tally) add(d *planner.Day, e *logbook.Entry, lastLogged string) {
	if t.start == "" {
		t.start = d.Date
	}
	t.end = d.Date
	due := d.Date <= lastLogged
	if due {
		t.days++
	}
	if logbook.HasSession(d) {
		t.sessions++
		if due {
			t.soFar++
		}
	}
	if logged, done := logbook.SessionDone(d, e); logged {
		t.logged++
		t.done += done
	}
	if e != nil && e.Soreness != nil {
		v := *e.Soreness
		if t.evenings == 0 || v > t.high {
			t.high = v
		}
		t.evenings++
		t.total += v
		if v >= planner.PainStepBack {
			t.sore++
		}
		if v >= planner.PainStop {
			t.stop++
		}
	}
}

func (t *tally) merge(u tally) {
	if t.start == "" {
		t.start = u.start
	}
	t.end = u.end
	t.days += u.days
	t.sessions += u.sessions
	t.soFar += u.soFar
	t.logged += u.logged
	t.done += u.done
	if u.evenings > 0 && (t.evenings == 0 || u.high > t.high) {
		t.high = u.high
	}
	t.evenings += u.evenings
	t.total += u.total
	t.sore += u.sore
	t.stop += u.stop
}

func (t tally) counts() Counts {
	c := Counts{Start: t.start, End: t.end, Days: t.days, Sessions: t.sessions, SessionsSoFar: t.soFar,
		SessionsLogged: t.logged, SessionsDone: tenth(t.done), Evenings: t.evenings, SoreEvenings: t.sore, StopEvenings: t.stop}
	if t.soFar > 0 {
		p := int(math.Round(100 * t.done / float64(t.soFar)))
		c.DonePercent = &p
	}
	if t.evenings > 0 {
		a := tenth(float64(t.total) / float64(t.evenings))
		h := t.high
		c.Average, c.Highest = &a, &h
	}
	return c
}

// tenth rounds x, a count or an average of scores, to one decimal, as
// [locale.Language.Number] prints it: a half rounds up even where adding
// up shares left it a hair below (0.25 + 0.2 is 0.45, not 0.4499…).
func tenth(x float64) float64 { return math.Round(x*10+1e-9) / 10 }

// JSON returns the report as indented JSON, ending in a newline.
func (r *Report) JSON() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// mustDate reads a date of a plan, already checked; a bad one reads as
// the zero time rather than stop a report.
func mustDate(s string) time.Time {
	t, _ := planner.ParseDate(s)
	return t
}
