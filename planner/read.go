package planner

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/catalog/jsonpos"
)

// ReadProfile reads a profile file: its JSON, its schema, then what the
// schema cannot say (a real date). Fields the file leaves out keep the
// values of [DefaultProfile]. It returns every problem found, in file
// order, as findings that name file; with any, the profile must not be used.
func ReadProfile(file string, data []byte) (Profile, []catalog.Finding) {
	p := DefaultProfile()
	if fs := catalog.CheckDocument("profile", file, data); len(fs) > 0 {
		// The schema cannot tell a real date: say that too, in its place.
		var top struct {
			Start any `json:"start"`
		}
		if json.Unmarshal(data, &top) == nil {
			if s, ok := top.Start.(string); ok && len(s) == 10 {
				if _, err := ParseDate(s); err != nil {
					fs = append(fs, finding(file, data, "/start", err.Error()))
					slices.SortStableFunc(fs, func(a, b catalog.Finding) int {
						return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
					})
				}
			}
		}
		return p, fs
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return p, []catalog.Finding{{File: file, Line: 1, Col: 1, Message: "cannot read the profile: " + err.Error()}}
	}
	var fs []catalog.Finding
	for _, prob := range p.Check() {
		field, msg, _ := strings.Cut(prob, ": ")
		fs = append(fs, finding(file, data, "/"+field, msg))
	}
	return p, fs
}

// ReadPlan reads a plan file written by gluteplan: its JSON, its schema,
// then what the schema cannot say (real, consecutive dates; a profile that
// passes [Profile.Check]; items whose exercises the plan describes).
func ReadPlan(file string, data []byte) (*Plan, []catalog.Finding) {
	// Another kind of file (a profile, a catalog) gets one line, not a
	// finding for every property a plan has and it lacks.
	var top map[string]json.RawMessage
	if json.Unmarshal(data, &top) == nil && (top["weeks"] == nil || top["profile"] == nil) {
		what := "it"
		switch {
		case top["exercises"] != nil:
			what = "it looks like a catalog and"
		case top["days"] != nil || top["minutes"] != nil || top["level"] != nil || top["weeks"] != nil:
			what = "it looks like a profile and"
		}
		return nil, []catalog.Finding{{File: file, Line: 1, Col: 1, Message: "not a plan: " + what +
			" has no \"profile\" and \"weeks\"; make a plan with gluteplan plan -o plan.json"}}
	}
	if fs := catalog.CheckDocument("plan", file, data); len(fs) > 0 {
		return nil, fs
	}
	var p Plan
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, []catalog.Finding{{File: file, Line: 1, Col: 1, Message: "cannot read the plan: " + err.Error()}}
	}
	var fs []catalog.Finding
	add := func(ptr, format string, args ...any) {
		fs = append(fs, finding(file, data, ptr, fmt.Sprintf(format, args...)))
	}
	for _, prob := range p.Profile.Check() {
		field, msg, _ := strings.Cut(prob, ": ")
		add("/profile/"+field, "%s", msg)
	}
	start, err := ParseDate(p.Start)
	if err != nil {
		add("/start", "%v", err)
		return nil, fs
	}
	known := map[string]bool{}
	for _, e := range p.Exercises {
		known[e.ID] = true
	}
	for w, wk := range p.Weeks {
		for d, day := range wk.Days {
			want := start.AddDate(0, 0, 7*w+d).Format(DateLayout)
			if day.Date != want {
				add(fmt.Sprintf("/weeks/%d/days/%d/date", w, d), "%q should be %s: days run on from start without gaps", day.Date, want)
			}
			for i, it := range day.Items {
				if !known[it.Exercise] {
					add(fmt.Sprintf("/weeks/%d/days/%d/items/%d/exercise", w, d, i),
						"%q is not among the plan's exercises: was the plan edited by hand?", it.Exercise)
				}
			}
		}
	}
	if len(fs) > 0 {
		return nil, fs
	}
	return &p, nil
}

// finding places msg at the value of pointer in data.
func finding(file string, data []byte, pointer, msg string) catalog.Finding {
	line, col, err := jsonpos.Position(data, pointer)
	if err != nil {
		line, col = 1, 1
	}
	return catalog.Finding{File: file, Line: line, Col: col, Pointer: pointer, Message: msg}
}
