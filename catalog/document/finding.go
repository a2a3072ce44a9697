package document

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
)

// Finding is one problem in a file, at the place to fix it.
type Finding struct {
	// File names the file as the user gave it.
	File string `json:"file"`
	// Line and Col locate the problem: 1-based, Col counting characters.
	Line int `json:"line"`
	Col  int `json:"col"`
	// Pointer is the RFC 6901 JSON pointer of the value concerned; "" is the
	// whole document.
	Pointer string `json:"pointer"`
	// Message says what is wrong and how to fix it.
	Message string `json:"message"`
	// Severity says whether the finding is a problem to fix (the zero
	// value) or a note to read, which does not make the file invalid.
	Severity Severity `json:"severity"`
	// Omitted, when not 0, makes this finding stand for that many more
	// problems of the file that are not listed: a list of findings shows
	// at most [MaxFindings], then one such finding.
	Omitted int `json:"omitted,omitempty"`
}

// MaxFindings is the most findings a list holds for one file: a file with
// more problems gets the first MaxFindings, in file order, and a finding
// that counts the rest. A thousand lines of problems help nobody more than
// a hundred do, and a file of a million wrong values must not print a
// million lines.
const MaxFindings = 100

// String formats f as "FILE:LINE:COL: /pointer: message", the form editors
// and compilers use. The whole document, whose pointer is "", is shown as
// "/" so that every line has the same shape. The file name and the
// pointer, which come from the user, are shown as [Shown] writes them
// (the pointer cut after 200 characters).
func (f Finding) String() string {
	if f.Omitted > 0 {
		return Shown(f.File) + ": " + omittedWords(f.Omitted)
	}
	p := f.Pointer
	if p == "" {
		p = "/"
	}
	if f.Severity == Note {
		return fmt.Sprintf("%s: %s: note: %s", f.Place(), quote(p, maxPointer, true), f.Message)
	}
	return fmt.Sprintf("%s: %s: %s", f.Place(), quote(p, maxPointer, true), f.Message)
}

// Place is where f is: "FILE:LINE:COL", the file name as [Shown] writes it.
func (f Finding) Place() string {
	return Shown(f.File) + ":" + strconv.Itoa(f.Line) + ":" + strconv.Itoa(f.Col)
}

// Severity says whether a [Finding] is a problem to fix or a note to read.
type Severity int

// The severities of a finding.
const (
	// Problem makes the file invalid: the run fails until it is fixed.
	Problem Severity = iota
	// Note informs and leaves the file valid: an entry that replaces one
	// of an earlier catalog, a stretch whose text speaks of crossing the
	// legs while its hip_compression is false, a strengthening entry whose
	// doses never work (rule 16), a translation no plan prints as it is.
	Note
)

// String returns "problem" or "note".
func (s Severity) String() string {
	if s == Note {
		return "note"
	}
	return "problem"
}

// MarshalText writes the severity as "problem" or "note" in JSON.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads "problem" or "note".
func (s *Severity) UnmarshalText(b []byte) error {
	switch string(b) {
	case "problem":
		*s = Problem
	case "note":
		*s = Note
	default:
		return fmt.Errorf("unknown severity %q: use problem or note", b)
	}
	return nil
}

// Problems counts the findings of fs that are problems, not notes: a file
// with none is valid.
func Problems(fs []Finding) int {
	n := 0
	for _, f := range fs {
		switch {
		case f.Omitted > 0:
			n += f.Omitted
		case f.Severity != Note:
			n++
		}
	}
	return n
}

// Cap returns fs, findings of one file, in file order with at most
// [MaxFindings] of them listed and one more finding that counts the rest
// (adding up the counts fs already holds). Notes are not counted in the
// rest: they go when problems crowd them out.
func Cap(fs []Finding) []Finding {
	omitted := 0
	var kept []Finding
	for _, f := range fs {
		if f.Omitted > 0 {
			omitted += f.Omitted
			continue
		}
		kept = append(kept, f)
	}
	if len(kept) > MaxFindings {
		slices.SortStableFunc(kept, func(a, b Finding) int {
			return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
		})
		for _, f := range kept[MaxFindings:] {
			if f.Severity != Note {
				omitted++
			}
		}
		kept = kept[:MaxFindings:MaxFindings]
	}
	if omitted == 0 {
		return kept
	}
	file := ""
	if len(fs) > 0 {
		file = fs[0].File
	}
	return append(kept, Finding{File: file, Line: 1, Col: 1, Omitted: omitted, Message: omittedWords(omitted)})
}

// omittedWords says that n problems are not listed.
func omittedWords(n int) string {
	return fmt.Sprintf("%d more %s not shown: fix the ones above and run again", n, plural(n, "problem", "problems"))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Unplaced is a finding before its place in the file is known: what
// [Document.Place] turns into a [Finding].
type Unplaced struct {
	// Pointer is the JSON pointer of the value concerned.
	Pointer string
	// Key places the finding at the member's name rather than its value.
	Key bool
	// Message says what is wrong and how to fix it.
	Message string
	// Ref, when set, is a pointer whose line replaces the first "%d" in
	// Message.
	Ref string
	// Note marks a finding that informs rather than invalidates.
	Note bool
}
