package planner

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/gluteplan/gluteplan/catalog/document"
	"github.com/gluteplan/gluteplan/catalog/jsonpos"
)

// ReadProfile reads a profile file: its syntax (JSON, possibly with
// comments, or YAML, as the file name says: see [document.FormatOf]), its
// schema, then what the schema cannot say (a real date). Fields the file
// leaves out keep the values of [DefaultProfile]. It returns every problem
// found, in file order, as findings that name file at lines and columns of
// the file as written; with any, the profile must not be used.
func ReadProfile(file string, data []byte) (Profile, []document.Finding) {
	p := DefaultProfile()
	d, fs := document.Parse("profile", file, data)
	if d == nil {
		return p, fs
	}
	sameAsFlags(d)
	fs = d.Check("profile")
	if len(fs) > 0 {
		// The schema cannot tell a real date: say that too, in its place.
		if s, ok := d.Top("start").(string); ok && len(s) == 10 {
			if _, err := ParseDate(s); err != nil {
				fs = append(fs, d.Finding("/start", err.Error()))
				slices.SortStableFunc(fs, func(a, b document.Finding) int {
					return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
				})
			}
		}
		return p, fs
	}
	if fs := d.Decode(&p); len(fs) > 0 {
		return DefaultProfile(), fs
	}
	for _, prob := range p.Check() {
		field, msg, _ := strings.Cut(prob, ": ")
		fs = append(fs, d.Finding("/"+field, msg))
	}
	return p, fs
}

// ParseLang reads a language code as the --lang flag and a profile's
// "lang" take it: in any letter case, spaces around it ignored (README
// section on languages). It does not check that the language is one of
// [Langs].
func ParseLang(s string) Lang { return Lang(strings.ToLower(strings.TrimSpace(s))) }

// None, alone in a list that may be empty (equipment, limits, gym days,
// conditions, symptoms), clears it, in a flag (--equipment none) and in a
// profile file ("equipment": ["none"]) alike.
const None = "none"

// NoneClears lists the profile fields whose list [None] clears, by their
// names in the file.
var NoneClears = []string{"equipment", "limits", "gym_days", "conditions", "symptoms"}

// sameAsFlags reads the members of a profile document that a flag takes
// in more than one form as the flag reads them: "lang" in any letter case,
// a list of just "none" as an empty list.
func sameAsFlags(d *document.Document) {
	if s, ok := d.Top("lang").(string); ok && slices.Contains(Langs, ParseLang(s)) {
		d.SetMember("lang", string(ParseLang(s)))
	}
	for _, name := range NoneClears {
		if l, ok := d.Top(name).([]any); ok && len(l) == 1 && l[0] == None {
			d.SetMember(name, []any{})
		}
	}
}

// ReadPlan reads a plan file written by gluteplan: its syntax, its schema,
// then what the schema cannot say (real, consecutive dates; a profile that
// passes [Profile.Check]; items whose exercises the plan describes).
func ReadPlan(file string, data []byte) (*Plan, []document.Finding) {
	d, fs := document.Read("plan", file, data)
	// Another kind of file (a profile, a catalog) gets one line, not a
	// finding for every property a plan has and it lacks.
	if d != nil {
		if d.IsObject() && (d.Top("weeks") == nil || d.Top("profile") == nil) {
			what := "it"
			switch {
			case d.Top("exercises") != nil:
				what = "it looks like a catalog and"
			case d.Top("days") != nil || d.Top("minutes") != nil || d.Top("level") != nil || d.Top("weeks") != nil:
				what = "it looks like a profile and"
			}
			return nil, []document.Finding{{File: file, Line: 1, Col: 1, Message: "not a plan: " + what +
				" has no \"profile\" and \"weeks\"; make a plan with gluteplan plan -o plan.json"}}
		}
	}
	if len(fs) > 0 {
		return nil, fs
	}
	var p Plan
	if fs := d.Decode(&p); len(fs) > 0 {
		return nil, fs
	}
	add := func(ptr, format string, args ...any) {
		fs = append(fs, d.Finding(ptr, fmt.Sprintf(format, args...)))
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

// finding places msg at the value of pointer in data, the bytes of file:
// for JSON, with or without comments, by reading the bytes as they are; a
// YAML file is read as a document first.
func finding(file string, data []byte, pointer, msg string) document.Finding {
	if document.FormatOf(file) == document.YAML {
		if d, _ := document.Read("", file, data); d != nil {
			return d.Finding(pointer, msg)
		}
	}
	line, col, err := jsonpos.Position(data, pointer)
	if err != nil {
		line, col = 1, 1
	}
	return document.Finding{File: file, Line: line, Col: col, Pointer: pointer, Message: msg}
}
