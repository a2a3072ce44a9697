package logbook

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/gluteplan/gluteplan/catalog/document"
	"github.com/gluteplan/gluteplan/catalog/jsonpos"
	"github.com/gluteplan/gluteplan/planner"
)

// Read reads a log file: its JSON, its schema, then what the schema cannot
// say: real dates, each once; exercises listed only with done "some". With
// a plan p, it also checks that the log was kept for p, that every date is
// one of p's days and that the exercises are in that day's session. It
// returns every problem found, in file order, as findings that name file;
// with any, the log must not be used or written back.
func Read(file string, data []byte, p *planner.Plan) (*Log, []document.Finding) {
	if len(bytes.TrimSpace(data)) == 0 {
		// An empty log may be one that was lost: never start it over silently.
		return nil, []document.Finding{{File: file, Line: 1, Col: 1,
			Message: "the log file is empty: restore it from a copy, or delete it to start a new log"}}
	}
	var top map[string]json.RawMessage
	if json.Unmarshal(data, &top) == nil && (top["entries"] == nil || top["plan"] == nil) {
		what := "it has"
		switch {
		case top["weeks"] != nil && top["profile"] != nil:
			what = "it looks like a plan and has"
		case top["exercises"] != nil:
			what = "it looks like a catalog and has"
		}
		return nil, []document.Finding{{File: file, Line: 1, Col: 1, Message: "not a log: " + what +
			` no "plan" and "entries"; give a log file (gluteplan log starts one when the file does not exist)`}}
	}
	doc, fs := document.Read("log", file, data)
	if len(fs) > 0 {
		return nil, fs
	}
	add := func(ptr, format string, args ...any) {
		line, col, err := jsonpos.Position(data, ptr)
		if err != nil {
			line, col = 1, 1
		}
		fs = append(fs, document.Finding{File: file, Line: line, Col: col, Pointer: ptr, Message: fmt.Sprintf(format, args...)})
	}
	// The schema takes 3.0 as a whole number; Go's decoder does not. Say
	// where, rather than fail on the whole file.
	var raw struct {
		Entries []map[string]json.RawMessage `json:"entries"`
	}
	if json.Unmarshal(data, &raw) == nil {
		for i, e := range raw.Entries {
			if v := e["soreness"]; bytes.ContainsAny(v, ".eE") {
				add(fmt.Sprintf("/entries/%d/soreness", i), "write the score as a whole number, without a decimal point: %s", v)
			}
		}
	}
	if len(fs) > 0 {
		return nil, fs
	}
	// The file may hold comments (a log edited by hand): decode what the
	// reader made of it, not the bytes.
	var l Log
	if fs := doc.Decode(&l); len(fs) > 0 {
		return nil, fs
	}
	if p != nil {
		if ref := Ref(p); l.Plan != ref {
			add("/plan", "this log is kept for another plan (%s to %s, %s), not for the one given (%s to %s, %s): "+
				"give the plan the log was started with, or log into a new file",
				l.Plan.Start, l.Plan.End, l.Plan.Fingerprint, ref.Start, ref.End, ref.Fingerprint)
			// Its dates and exercises mean nothing against this plan.
			p = nil
		}
	}
	seen := map[string]int{}
	for i, e := range l.Entries {
		at := fmt.Sprintf("/entries/%d", i)
		if _, err := planner.ParseDate(e.Date); err != nil {
			add(at+"/date", "%v", err)
			continue
		}
		if j, ok := seen[e.Date]; ok {
			add(at+"/date", "%s is logged twice (entries %d and %d): keep one", e.Date, j+1, i+1)
		}
		seen[e.Date] = i
		if utf8.RuneCountInString(e.Note) > MaxNote {
			add(at+"/note", "is over %d characters: shorten it", MaxNote)
		}
		switch {
		case e.Done == DoneSome && len(e.Exercises) == 0:
			add(at+"/done", `"some" needs the exercises done: list their ids in "exercises"`)
		case e.Done != DoneSome && len(e.Exercises) > 0:
			add(at+"/exercises", `exercises are listed only with "done": "some": remove them, or set done to "some"`)
		}
		if p == nil {
			continue
		}
		_, d := day(p, e.Date)
		if d == nil {
			add(at+"/date", "%s is not a day of the plan: it runs from %s to %s", e.Date, p.Start, p.End)
			continue
		}
		if (e.Done == DoneAll || e.Done == DoneSome) && !hasSession(d) {
			add(at+"/done", "%s is a rest day in the plan: there is no session to mark done", e.Date)
			continue
		}
		for k, id := range e.Exercises {
			if !inSession(d, id) {
				add(fmt.Sprintf("%s/exercises/%d", at, k), "%q is not in the %s session of %s: use one of %s",
					id, d.Session, e.Date, strings.Join(sessionIDs(d), ", "))
			}
		}
	}
	checkFunctions(&l, p, add)
	if len(fs) > 0 {
		slices.SortStableFunc(fs, func(a, b document.Finding) int {
			return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
		})
		return nil, fs
	}
	if l.Entries == nil {
		l.Entries = []Entry{}
	}
	sortEntries(l.Entries)
	return &l, nil
}

func inSession(d *planner.Day, id string) bool {
	return slices.Contains(sessionIDs(d), id)
}

// sessionIDs lists the exercise ids of a day's session, in session order.
func sessionIDs(d *planner.Day) []string {
	ids := make([]string, 0, len(d.Items))
	for _, it := range d.Items {
		if !slices.Contains(ids, it.Exercise) {
			ids = append(ids, it.Exercise)
		}
	}
	return ids
}

func sortEntries(es []Entry) {
	slices.SortStableFunc(es, func(a, b Entry) int { return cmp.Compare(a.Date, b.Date) })
}
