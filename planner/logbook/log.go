// Package logbook keeps a person's log of how a plan went: each evening's
// soreness score, what was done of the day's session, and a note. It reads
// and checks a log file against its plan with findings at the line and
// column to fix, enters days and whole weeks from the paper sheet, and sums
// a log up per week in the terms gluteplan next steers by (README rule 15).
//
// A log belongs to one plan: it names the plan's dates and a fingerprint of
// its weeks, so that a log is never read against a plan it was not kept
// for.
package logbook

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"

	"github.com/gluteplan/gluteplan/planner"
	"github.com/invopop/jsonschema"
)

// Log is a log file: how the days of one plan went, one entry per day
// logged.
type Log struct {
	// Schema points editors at log.schema.json; the tool ignores it.
	Schema string `json:"$schema,omitempty"`
	// Plan names the plan the log is kept for.
	Plan PlanRef `json:"plan"`
	// Entries holds one entry per day logged, in date order.
	Entries []Entry `json:"entries"`
}

// PlanRef names the plan a [Log] is kept for: its first and last days and
// a fingerprint of its weeks. A plan made again from the same catalog and
// profile has the same fingerprint.
type PlanRef struct {
	// Start is the plan's first day, YYYY-MM-DD.
	Start string `json:"start" jsonschema:"pattern=^[0-9]{4}-[0-9]{2}-[0-9]{2}$"`
	// End is the plan's last day, YYYY-MM-DD.
	End string `json:"end" jsonschema:"pattern=^[0-9]{4}-[0-9]{2}-[0-9]{2}$"`
	// Fingerprint is "sha256:" and 16 hex digits of a hash of the plan's days: their dates, sessions, exercises and doses.
	Fingerprint string `json:"fingerprint" jsonschema:"pattern=^sha256:[0-9a-f]{16}$"`
}

// Entry is how one day went.
type Entry struct {
	// Date is the day, YYYY-MM-DD, one of the plan's days.
	Date string `json:"date" jsonschema:"pattern=^[0-9]{4}-[0-9]{2}-[0-9]{2}$"`
	// Soreness is the evening's glute soreness, 0 (none) to 10 (worst); absent when not scored.
	Soreness *int `json:"soreness,omitempty" jsonschema:"minimum=0,maximum=10"`
	// Morning is the next morning's glute soreness, 0 to 10; absent when not scored. A morning 2 or more above the evening counts that evening as sore, and a morning at 8 or more refers as an evening does.
	Morning *int `json:"morning,omitempty" jsonschema:"minimum=0,maximum=10"`
	// Done says how much of the day's session was done: all, none, or some (then Exercises lists what); absent when not said.
	Done Done `json:"done,omitempty"`
	// Exercises lists the ids of the session's exercises that were done, when Done is some.
	Exercises []string `json:"exercises,omitempty" jsonschema:"minItems=1,uniqueItems=true"`
	// Note is free text about the day, up to 500 characters.
	Note string `json:"note,omitempty" jsonschema:"maxLength=500"`
	// Function holds the function scores given on this day: how well the person manages the tasks that matter to them (the Patient-Specific Functional Scale), each task scored once a plan week, at most 3 tasks in a log.
	Function []FunctionScore `json:"function,omitempty" jsonschema:"minItems=1,maxItems=3"`
}

// Done says how much of a day's session was done.
type Done string

// How much of a session was done.
const (
	DoneAll  Done = "all"
	DoneNone Done = "none"
	DoneSome Done = "some"
)

// JSONSchemaExtend lists the values of Done in the schema.
func (Done) JSONSchemaExtend(s *jsonschema.Schema) {
	s.Enum = []any{string(DoneAll), string(DoneNone), string(DoneSome)}
}

// MaxNote is the longest note an entry holds, in characters.
const MaxNote = 500

// New returns an empty log for plan p.
func New(p *planner.Plan) *Log {
	return &Log{Plan: Ref(p), Entries: []Entry{}}
}

// Ref returns the [PlanRef] of plan p.
func Ref(p *planner.Plan) PlanRef {
	return PlanRef{Start: p.Start, End: p.End, Fingerprint: Fingerprint(p)}
}

// Fingerprint returns a short hash of what the plan asks the person to
// do, day by day: each date, its session and each item's exercise and
// dose. The reasons, warnings and catalog text are left out, so a plan
// made again with the same days and doses, by a gluteplan that words its
// reasons differently, keeps its log.
func Fingerprint(p *planner.Plan) string {
	type item struct {
		Exercise                         string
		Sets, Reps, Seconds, HoldSeconds int
		PerSide                          bool
	}
	type day struct {
		Date    string
		Session planner.Session
		Items   []item
	}
	var days []day
	for _, wk := range p.Weeks {
		for _, d := range wk.Days {
			dd := day{Date: d.Date, Session: d.Session}
			for _, it := range d.Items {
				dd.Items = append(dd.Items, item{it.Exercise, it.Sets, it.Reps, it.Seconds, it.HoldSeconds, it.PerSide})
			}
			days = append(days, dd)
		}
	}
	data, err := json.Marshal(days)
	if err != nil {
		// Strings, numbers and booleans always encode.
		panic("logbook: " + err.Error())
	}
	sum := sha256.Sum256(data)
	return "sha256:" + hex.EncodeToString(sum[:8])
}

// JSON returns the log as indented JSON, ending in a newline.
func (l *Log) JSON() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(l); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// day finds the plan day of date and its week.
func day(p *planner.Plan, date string) (*planner.Week, *planner.Day) {
	for w := range p.Weeks {
		for d := range p.Weeks[w].Days {
			if p.Weeks[w].Days[d].Date == date {
				return &p.Weeks[w], &p.Weeks[w].Days[d]
			}
		}
	}
	return nil, nil
}

// hasSession reports whether a day holds a session to do.
func hasSession(d *planner.Day) bool {
	return d.Session != planner.RestDay && len(d.Items) > 0
}
