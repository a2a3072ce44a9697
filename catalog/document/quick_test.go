package document

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog/jsonpos"
	"github.com/gluteplan/gluteplan/schemas"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestQuickCompiles: every schema of gluteplan gets a quick check (a
// keyword it does not know would leave every document to the validator).
func TestQuickCompiles(t *testing.T) {
	for _, name := range schemas.Names {
		s, err := compiled(name)
		if err != nil {
			t.Fatal(err)
		}
		if s.quick == nil {
			t.Errorf("%s: no quick check", name)
		}
		// The schema the quick check reads is the one the validator reads.
		data, _ := schemas.ByName(name)
		want, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(s.raw, want) {
			t.Errorf("%s: the schema read differs from what jsonschema.UnmarshalJSON reads", name)
		}
	}
}

// TestQuickPatterns compares the two patterns the quick check matches by
// hand with the regular expressions the validator uses: every character
// up to U+3000 alone and around text, and every pair of bytes (most of
// them not UTF-8).
func TestQuickPatterns(t *testing.T) {
	for _, c := range []struct {
		pattern string
		match   func(string) bool
	}{{textLine, isTextLine}, {idPattern, isID}} {
		re := regexp.MustCompile(c.pattern)
		try := func(s string) {
			if got, want := c.match(s), re.MatchString(s); got != want {
				t.Fatalf("%s: %q: got %v, the regular expression says %v", c.pattern, s, got, want)
			}
		}
		for r := rune(0); r < 0x3000; r++ {
			for _, s := range []string{string(r), "a" + string(r), string(r) + "b", "ab-" + string(r) + "c", "x-" + string(r)} {
				try(s)
			}
		}
		for a := range 256 {
			for b := range 256 {
				try(string([]byte{byte(a), byte(b)}))
				try(string([]byte{'a', byte(a), byte(b), 'z'}))
			}
		}
		// Ids: every string of up to five of these characters.
		alphabet := []string{"a", "0", "-", "Z", "_", "é"}
		var all func(prefix string, n int)
		all = func(prefix string, n int) {
			try(prefix)
			if n == 0 {
				return
			}
			for _, ch := range alphabet {
				all(prefix+ch, n-1)
			}
		}
		all("", 5)
	}
}

// quickSamples are documents of each kind from the repository's tests,
// by schema: all valid.
func quickSamples(t *testing.T) map[string][]string {
	t.Helper()
	glob := func(pattern string) []string {
		files, err := filepath.Glob(pattern)
		if err != nil || len(files) == 0 {
			t.Fatalf("no test documents %s", pattern)
		}
		var out []string
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, string(data))
		}
		return out
	}
	return map[string][]string{
		"catalog": append(glob("../default.json"), glob("../../planner/pdf/testdata/exercises.json")...),
		"plan":    glob("../../planner/testdata/*.json"),
		"profile": glob("../../planner/testdata/personas/*.json"),
		"log": {`{"plan": {"start": "2026-11-30", "end": "2026-12-27", "fingerprint": "sha256:0123456789abcdef"}, "entries": [
			{"date": "2026-11-30", "soreness": 3, "morning": 4, "done": "some", "exercises": ["glute-bridge", "clamshell"], "note": "fine",
			 "function": [{"task": "stairs", "score": 6}]}, {"date": "2026-12-01", "done": "all"}]}`},
	}
}

// shrink cuts every list of v to its first three items, so that a plan
// of many weeks is mutated in a time a test can take.
func shrink(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = shrink(e)
		}
	case []any:
		if len(x) > 3 {
			x = x[:3]
		}
		for i, e := range x {
			x[i] = shrink(e)
		}
		return x
	}
	return v
}

// TestQuickAgrees compares the quick check with the validator on test
// documents of every kind and on many changes to each of their values:
// another type, numbers just inside and outside each bound, texts with
// control characters, too long or of other letters, a member left out or
// added, lists emptied, cut or given a repeated item. A document the
// quick check finds valid must be valid, and one it finds wrong must be
// wrong; the test documents themselves it must find valid. With
// GLUTEPLAN_LONG=1 every value of every plan is changed, not every 30th
// change of one plan (and every third of the other documents).
func TestQuickAgrees(t *testing.T) {
	// The short run changes every 30th value of one plan and every third
	// of the other documents; CI's long run changes them all.
	stride, plans, others := 30, 1, 3
	if os.Getenv("GLUTEPLAN_LONG") == "1" {
		stride, plans, others = 1, 1000, 1
	}
	for name, docs := range quickSamples(t) {
		s, err := compiled(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.full(); err != nil {
			t.Fatal(err)
		}
		for k, doc := range docs {
			v, err := decodeValue([]byte(doc))
			if err != nil {
				t.Fatalf("%s %d: %v", name, k, err)
			}
			// The test documents are valid (but for an old catalog of the
			// PDF tests): the quick check must find them so.
			if got, full := s.quick.check(v), s.schema.Validate(v) == nil; full && got != valid || !full && got == valid {
				t.Errorf("%s %d: the validator finds it valid: %v, the quick check says %v", name, k, full, got)
			}
			if name == "plan" && k >= plans {
				continue
			}
			if name == "catalog" && k == 0 {
				// The default catalog: its first three entries.
				v.(map[string]any)["exercises"] = v.(map[string]any)["exercises"].([]any)[:3]
			}
			v = shrink(v)
			n, left := 0, 0
			every := stride
			if name != "plan" {
				every = others
			}
			mutate(v, func(path string, i int) {
				if i%every != 0 {
					return
				}
				n++
				q := s.quick.check(v)
				if held := s.quick.check(compactOf(v)); held != q {
					t.Fatalf("%s %d: %s: quick check %v of the value as a document holds it, %v of its maps", name, k, path, held, q)
				}
				full := s.schema.Validate(v) == nil
				switch {
				case q == unsure:
					left++
				case q == valid && !full:
					t.Fatalf("%s %d: %s: the quick check finds valid what the validator does not: %s", name, k, path, short(v, path))
				case q == wrong && full:
					t.Fatalf("%s %d: %s: the quick check finds wrong what the validator finds valid: %s", name, k, path, short(v, path))
				}
			})
			t.Logf("%s %d: %d changes, %d left to the validator", name, k, n, left)
		}
	}
}

// short shows the value at path in v, for a failure.
func short(v any, path string) string {
	toks, _ := jsonpos.Split(path)
	b, _ := json.Marshal(lookupTokens(v, toks))
	if len(b) > 300 {
		b = append(b[:300], "..."...)
	}
	return string(b)
}

// quickVariants are the values put in place of each value.
var quickVariants = []any{
	nil, true, false, "", "x", "ab", "de", "DE", "glute-bridge", "Glute bridge", "a--b", "beginner", "side",
	"2026-11-30", "2026-1-30", "sha256:0123456789abcdef",
	"a\tb", "a\u0085b", "a\u007fb", "a\u00a0b", strings.Repeat("x", 81), strings.Repeat("é", 80), strings.Repeat("y", 501),
	json.Number("0"), json.Number("-1"), json.Number("1"), json.Number("2"), json.Number("4.0"), json.Number("0.5"),
	json.Number("1e2"), json.Number("-0"), json.Number("1e-1"), json.Number("100000000000000000000"), json.Number("2.5e1"),
	map[string]any{}, []any{}, []any{"a", "a"}, []any{json.Number("1"), json.Number("1.0")},
}

// mutate changes v in place, one change at a time, calls try after each
// with the path of the value changed and a running count, and puts the
// value back.
func mutate(v any, try func(path string, i int)) {
	i := 0
	call := func(path string) {
		try(path, i)
		i++
	}
	var walk func(v any, path []string, set func(any))
	walk = func(v any, path []string, set func(any)) {
		ptr := jsonpos.Join(path)
		for _, nv := range quickVariants {
			set(nv)
			call(ptr)
		}
		for _, nv := range numberNeighbours(v) {
			set(nv)
			call(ptr)
		}
		set(v)
		switch x := v.(type) {
		case map[string]any:
			keys := slices.Sorted(func(yield func(string) bool) {
				for k := range x {
					if !yield(k) {
						return
					}
				}
			})
			for _, k := range keys {
				e := x[k]
				delete(x, k)
				call(ptr)
				x[k] = e
				walk(e, append(path[:len(path):len(path)], k), func(nv any) { x[k] = nv })
			}
			for _, k := range []string{"zz", "ID", "a/b"} {
				if _, ok := x[k]; !ok {
					x[k] = json.Number("1")
					call(ptr)
					delete(x, k)
				}
			}
		case []any:
			if len(x) > 0 {
				set(append(x[:len(x):len(x)], x[0]))
				call(ptr)
				set(x[:len(x)-1])
				call(ptr)
				set(x)
			}
			for j, e := range x {
				walk(e, append(path[:len(path):len(path)], strconv.Itoa(j)), func(nv any) { x[j] = nv })
			}
		case string:
			for _, nv := range []string{strings.ToUpper(x), x + "\u009f", x + x, strings.Repeat(x, 12)} {
				set(nv)
				call(ptr)
			}
			set(x)
		}
	}
	walk(v, nil, func(any) {})
}

// numberNeighbours are the numbers next to n (n-1, n+1, n+0.5, n*10), to
// find the bounds.
func numberNeighbours(v any) []any {
	n, ok := v.(json.Number)
	if !ok {
		return nil
	}
	f, err := n.Float64()
	if err != nil {
		return nil
	}
	var out []any
	for _, g := range []float64{f - 1, f + 1, f + 0.5, f * 10, -f} {
		out = append(out, json.Number(strconv.FormatFloat(g, 'g', -1, 64)))
	}
	return out
}

// FuzzQuickAgrees reads any bytes as a document of each kind and compares
// the quick check with the validator, as TestQuickAgrees does.
func FuzzQuickAgrees(f *testing.F) {
	for _, s := range []string{
		`{"exercises": []}`, `{"weeks": 4, "lang": "de"}`,
		`{"exercises": [` + entry("a") + `]}`,
		`{"exercises": [{"id": "a", "name": "N", "category": "activation", "targets": ["core", "core"], "equipment": [], "level": "beginner", "position": "supine", "dose": {"sets": 2, "reps": 10, "seconds": 5}, "glute_load": 0.3, "hip_compression": false, "steps": ["a", "b"], "why": "w", "translations": {"DE": {"name": "x", "steps": ["a", "b"], "why": "w"}}}]}`,
		`{"plan": {"start": "2026-11-30", "end": "2026-12-27", "fingerprint": "sha256:0123456789abcdef"}, "entries": [{"date": "2026-11-30", "soreness": 3.0}]}`,
		"exercises:\n  - id: a\n    dose: {sets: 1e0, reps: 4.5}\n",
	} {
		f.Add([]byte(s), uint8(0))
		f.Add([]byte(s), uint8(1))
		f.Add([]byte(s), uint8(3))
	}
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		name := schemas.Names[int(which)%len(schemas.Names)]
		file := "f.json"
		if which&0x80 != 0 {
			file = "f.yaml"
		}
		d, _ := Parse(name, file, data)
		if d == nil {
			return
		}
		s, err := compiled(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.full(); err != nil {
			t.Fatal(err)
		}
		q := s.quick.check(d.Value())
		if held := s.quick.check(d.value); held != q {
			t.Fatalf("%s: quick check %v of the value held, %v of its maps", name, held, q)
		}
		full := s.schema.Validate(d.Value()) == nil
		if q == valid && !full || q == wrong && full {
			t.Fatalf("%s: quick check %v, validator valid %v", name, q, full)
		}
	})
}

func (v verdict) String() string {
	return [...]string{"valid", "wrong", "unsure"}[v]
}

// TestPrintableASCII compares printableASCII with a byte-by-byte reading:
// every byte value at every place of texts of 0 to 17 bytes.
func TestPrintableASCII(t *testing.T) {
	want := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] < 0x20 || s[i] > 0x7e {
				return false
			}
		}
		return true
	}
	for n := 0; n <= 17; n++ {
		base := []byte(strings.Repeat("a", n))
		if got := printableASCII(string(base)); !got {
			t.Errorf("%q: got false", base)
		}
		for at := 0; at < n; at++ {
			for b := 0; b < 256; b++ {
				s := slices.Clone(base)
				s[at] = byte(b)
				if got := printableASCII(string(s)); got != want(string(s)) {
					t.Errorf("%q: got %v", s, got)
				}
			}
		}
	}
}

// decodeValue is the value jsonpos reads of data, as the standard
// decoder with UseNumber would give it (objects as maps).
func decodeValue(data []byte) (any, error) {
	d, err := jsonpos.DecodeDocument(data, 0)
	if err != nil {
		return nil, err
	}
	return jsonpos.Maps(d.Value), nil
}
