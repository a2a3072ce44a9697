package document

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog/jsonpos"
)

// entry is one sound catalog entry in JSON, with id.
func entry(id string) string {
	return `{"id": "` + id + `", "name": "N", "category": "activation", "targets": ["gluteus_maximus"], "equipment": [], "level": "beginner", "position": "supine", "dose": {"sets": 2, "reps": 10}, "glute_load": 0.3, "hip_compression": false, "steps": ["a", "b"], "why": "w"}`
}

// TestPiecesAsWhole checks that a document checked piece by piece gets
// the findings checking it whole gets: the same messages at the same
// places, whatever the kind of problem and however deep.
func TestPiecesAsWhole(t *testing.T) {
	var es []string
	for i := range 40 {
		e := entry(fmt.Sprintf("e%d", i))
		switch i % 8 {
		case 1:
			e = strings.Replace(e, `"level": "beginner"`, `"level": "expert", "colour": 1`, 1)
		case 2:
			e = strings.Replace(e, `"dose": {"sets": 2, "reps": 10}`, `"dose": {"sets": 2, "reps": 10, "seconds": 30}`, 1)
		case 3:
			e = strings.Replace(e, `"steps": ["a", "b"]`, `"steps": ["a", 7, "b\u001b"]`, 1)
		case 4:
			e = `[1, 2]`
		case 5:
			e = strings.Replace(e, `"targets": ["gluteus_maximus"]`, `"targets": ["gluteus_maximus", "gluteus_maximus"]`, 1)
		case 6:
			e = strings.Replace(e, `"name": "N", `, ``, 1)
		}
		es = append(es, e)
	}
	doc := []byte(`{"disable": ["x", 3], "exercises": [` + strings.Join(es, ",\n") + `], "extra": true}`)
	check := func(pieces int) string {
		defer func(n int) { pieceValues = n }(pieceValues)
		pieceValues = pieces
		d, fs := Read("catalog", "c.json", doc)
		if d == nil {
			t.Logf("no document: %v", fs)
		}
		return findingLines(fs)
	}
	whole := check(1 << 30)
	if strings.Count(whole, "\n") < 20 {
		t.Fatalf("too few findings to compare:\n%s", whole)
	}
	for _, n := range []int{1, 7, 30, 100} {
		if got := check(n); got != whole {
			t.Errorf("in pieces of %d values:\n%s\nwhole:\n%s", n, got, whole)
		}
	}
}

// TestFindingsCapped checks that a file of many problems lists the first
// MaxFindings in file order and one finding that counts the rest, in
// bounded work (the validator never sees more than pieceValues values at
// once), and that Problems counts them all.
func TestFindingsCapped(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"exercises": [`)
	for i := range 30000 {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`{"id": "x"}`)
	}
	b.WriteString("]}")
	_, fs := Read("catalog", "c.json", []byte(b.String()))
	if len(fs) != MaxFindings+1 {
		t.Fatalf("%d findings", len(fs))
	}
	last := fs[len(fs)-1]
	if want := 30000*11 - MaxFindings; last.Omitted != want || Problems(fs) != 30000*11 {
		t.Errorf("the rest: %d, want %d; Problems: %d", last.Omitted, want, Problems(fs))
	}
	if got := last.String(); got != fmt.Sprintf("c.json: %d more problems not shown: fix the ones above and run again", last.Omitted) {
		t.Errorf("String() = %q", got)
	}
	for i, f := range fs[:MaxFindings] {
		if f.Pointer != jsonpos.Join([]string{"exercises", fmt.Sprint(i / 11)}) {
			t.Fatalf("finding %d: %v: not the first in file order", i, f)
		}
	}
}

// TestTooManyValues checks that a file of more than MaxValues values is
// refused at the first one over, in JSON and in YAML, before it is read
// into memory.
func TestTooManyValues(t *testing.T) {
	json := "[" + strings.Repeat("1,", MaxValues) + "1]"
	_, fs := Read("catalog", "c.json", []byte(json))
	if len(fs) != 1 || fs[0].Col != 2*MaxValues || !strings.Contains(fs[0].Message, "more than 1,000,000 values") {
		t.Errorf("JSON: %v", fs)
	}
	yaml := strings.Repeat("- 1\n", MaxValues+1)
	_, fs = Read("catalog", "c.yaml", []byte(yaml))
	if len(fs) != 1 || fs[0].Line != MaxValues+1 || !strings.Contains(fs[0].Message, "more than 1,000,000 values") {
		t.Errorf("YAML: %v", fs)
	}
}

// TestQuote checks the one function input reaches the terminal through.
func TestQuote(t *testing.T) {
	for in, want := range map[string]string{
		"glute-bridge":          `"glute-bridge"`,
		"\x1b]0;PWNED\x07":      `"\x1b]0;PWNED\a"`,
		"a\nfake.json:1:1: x":   `"a\nfake.json:1:1: x"`,
		"\u202eevil":            `"\u202eevil"`,
		strings.Repeat("k", 50): `"` + strings.Repeat("k", 40) + `…"`,
		"Zoë 😀":                 `"Zoë 😀"`,
	} {
		if got := Quote(in); got != want {
			t.Errorf("Quote(%q) = %s, want %s", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"my exercises.json":            "my exercises.json",
		"evil\x1b[2J\nfake.json":       `"evil\x1b[2J\nfake.json"`,
		strings.Repeat("p", 250) + ".": strings.Repeat("p", 250) + ".",
	} {
		if got := Shown(in); got != want {
			t.Errorf("Shown(%q) = %s, want %s", in, got, want)
		}
	}
	f := Finding{File: "c.json", Line: 1, Col: 2, Pointer: "/" + strings.Repeat("k", 9<<20), Message: "m"}
	if s := f.String(); len(s) > 300 {
		t.Errorf("a 9 MB key is shown whole: %d bytes", len(s))
	}
}
