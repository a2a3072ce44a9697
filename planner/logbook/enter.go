package logbook

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/gluteplan/gluteplan/planner"
)

// Record is what one entry of gluteplan log says about one day. A nil
// Soreness or Note, or an empty Done, leaves what the log already holds
// for the day as it is; so do the tasks Function does not score.
type Record struct {
	// Date is the day, YYYY-MM-DD.
	Date string
	// Soreness is the evening's score, 0 to 10.
	Soreness *int
	// Morning is the next morning's score, 0 to 10.
	Morning *int
	// Done is how much of the session was done; with DoneSome, Exercises
	// lists what.
	Done      Done
	Exercises []string
	// Note is free text about the day; an empty note removes the old one.
	Note *string
	// Function holds the week's function scores, given on this day.
	Function []FunctionScore
}

// ErrNothing is returned by [Log.Enter] for a record that says nothing.
var ErrNothing = errors.New("nothing to log: give --soreness, --morning, --done, --note or --function")

// Enter records r in the log kept for plan p. A day logged before keeps
// one entry: what r gives replaces what was there, the rest stays. Listing
// every exercise of the session is the same as DoneAll. Enter refuses,
// with an error that says what to fix, a date that is not one of p's
// days, a score outside 0 to 10, and exercises that are not in that day's
// session; and function scores that [ParseFunction] would refuse, name
// a task twice, or bring the log's tasks to more than [MaxTasks] (a
// [*FunctionError]); it then leaves the log as it was. A task scored on
// another day of the same plan week moves to r's day: a task is scored
// once a week. It reports whether the day had an entry before.
func (l *Log) Enter(p *planner.Plan, r Record) (replaced bool, err error) {
	if r.Soreness == nil && r.Morning == nil && r.Done == "" && r.Note == nil && len(r.Function) == 0 {
		return false, ErrNothing
	}
	if _, err := planner.ParseDate(r.Date); err != nil {
		return false, err
	}
	_, d := day(p, r.Date)
	if d == nil {
		return false, fmt.Errorf("%s is not a day of the plan: it runs from %s to %s", r.Date, p.Start, p.End)
	}
	if s := r.Soreness; s != nil && (*s < 0 || *s > 10) {
		return false, fmt.Errorf("soreness %d is out of range: score 0 (none) to 10 (worst)", *s)
	}
	if s := r.Morning; s != nil && (*s < 0 || *s > 10) {
		return false, fmt.Errorf("morning soreness %d is out of range: score 0 (none) to 10 (worst)", *s)
	}
	if r.Note != nil && utf8.RuneCountInString(*r.Note) > MaxNote {
		return false, fmt.Errorf("the note is %d characters long: keep it to %d", utf8.RuneCountInString(*r.Note), MaxNote)
	}
	done, ids := r.Done, slices.Clone(r.Exercises)
	switch done {
	case "", DoneNone:
	case DoneAll, DoneSome:
		if !hasSession(d) {
			return false, fmt.Errorf("%s is a rest day in the plan: there is no session to mark done", r.Date)
		}
	default:
		return false, fmt.Errorf("done %q: use all, none or exercise ids", done)
	}
	if done == DoneSome {
		if len(ids) == 0 {
			return false, errors.New("name the exercises done, or use all or none")
		}
		all := sessionIDs(d)
		for i, id := range ids {
			if !slices.Contains(all, id) {
				return false, fmt.Errorf("%q is not in the %s session of %s: use one of %s", id, d.Session, r.Date, strings.Join(all, ", "))
			}
			if slices.Contains(ids[:i], id) {
				return false, fmt.Errorf("%q is named twice", id)
			}
		}
		if len(ids) == len(all) {
			done, ids = DoneAll, nil
		} else {
			// Session order reads best and keeps the file the same
			// whatever order the ids were typed in.
			ids = slices.DeleteFunc(all, func(id string) bool { return !slices.Contains(ids, id) })
		}
	} else {
		ids = nil
	}
	function, err := l.checkFunction(r.Function)
	if err != nil {
		return false, err
	}

	i := slices.IndexFunc(l.Entries, func(e Entry) bool { return e.Date == r.Date })
	replaced = i >= 0
	if !replaced {
		l.Entries = append(l.Entries, Entry{Date: r.Date})
		i = len(l.Entries) - 1
	}
	e := &l.Entries[i]
	if r.Soreness != nil {
		s := *r.Soreness
		e.Soreness = &s
	}
	if r.Morning != nil {
		s := *r.Morning
		e.Morning = &s
	}
	if done != "" {
		e.Done, e.Exercises = done, ids
	}
	if r.Note != nil {
		e.Note = *r.Note
	}
	if len(function) > 0 {
		l.enterFunction(p, r.Date, function)
	}
	sortEntries(l.Entries)
	return replaced, nil
}

// WeekDates returns the seven dates of the plan week numbered week (as
// the plan numbers them, counted on across gluteplan next), Monday or
// not: a plan's weeks start on its own first day.
func WeekDates(p *planner.Plan, week int) ([]string, error) {
	for _, wk := range p.Weeks {
		if wk.Week == week {
			dates := make([]string, len(wk.Days))
			for i, d := range wk.Days {
				dates[i] = d.Date
			}
			return dates, nil
		}
	}
	first, last := p.Weeks[0].Week, p.Weeks[len(p.Weeks)-1].Week
	return nil, fmt.Errorf("week %d is not in the plan: it has weeks %d to %d", week, first, last)
}

// Session returns the kind of session planned on date, and whether the
// date is one of the plan's days.
func Session(p *planner.Plan, date string) (planner.Session, bool) {
	_, d := day(p, date)
	if d == nil {
		return "", false
	}
	if !hasSession(d) {
		return planner.RestDay, true
	}
	return d.Session, true
}
