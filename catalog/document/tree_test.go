package document_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/catalog/document"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/logbook"
)

// TestTreeAsJSON: decoding a document's value straight into the Go types
// gives what json.Unmarshal of its text gives (as Decode did before), on
// the test documents of every kind and on a catalog whose whole numbers
// are written as decimals; and it handles them all, so that Decode takes
// the quick way for them.
func TestTreeAsJSON(t *testing.T) {
	glob := func(pattern string) []string {
		files, err := filepath.Glob(pattern)
		if err != nil || len(files) == 0 {
			t.Fatalf("no test documents %s", pattern)
		}
		return files
	}
	log := `{"plan": {"start": "2026-11-30", "end": "2026-12-27", "fingerprint": "sha256:0123456789abcdef"}, "entries": [
		{"date": "2026-11-30", "soreness": 3, "morning": 4, "done": "some", "exercises": ["glute-bridge", "clamshell"], "note": "fine",
		 "function": [{"task": "stairs", "score": 6}]}, {"date": "2026-12-01", "done": "all"}]}`
	decimals := strings.NewReplacer(`"sets": 1,`, `"sets": 1.0,`, `"reps": 8`, `"reps": 8e0`, `"glute_load": 0,`, `"glute_load": 0.0,`).Replace(string(catalog.DefaultJSON()))
	for _, c := range []struct {
		schema string
		files  []string
		texts  []string
		zero   func() any // a pointer to a zero value of the Go type
	}{
		{"catalog", glob("../../cmd/gluteplan/testdata/docs/*.json"), []string{string(catalog.DefaultJSON()), decimals}, func() any { return new(catalog.Catalog) }},
		{"plan", glob("../../planner/testdata/*.json"), nil, func() any { return new(planner.Plan) }},
		{"profile", glob("../../planner/testdata/personas/*.json"), nil, func() any { return new(planner.Profile) }},
		{"log", nil, []string{log}, func() any { return new(logbook.Log) }},
	} {
		texts := c.texts
		for _, f := range c.files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(data))
		}
		compared := 0
		for i, text := range texts {
			d, fs := document.Read(c.schema, "f.json", []byte(text))
			if d == nil || document.Problems(fs) > 0 {
				continue // not a document of this kind (a catalog of docs/ that shows findings)
			}
			quick, held, slow := c.zero(), c.zero(), c.zero()
			if !document.FromTree(d.Value(), reflect.ValueOf(quick).Elem()) {
				t.Errorf("%s %d: not decoded from the value", c.schema, i)
				continue
			}
			// From the value as the document holds it, objects as lists of
			// members, as Decode reads it.
			if !document.FromTree(document.Held(d), reflect.ValueOf(held).Elem()) || !reflect.DeepEqual(quick, held) {
				t.Errorf("%s %d: from the value held, not decoded as from its maps", c.schema, i)
			}
			if err := document.DecodeValue(d.Value(), slow); err != nil {
				t.Fatalf("%s %d: %v", c.schema, i, err)
			}
			if !reflect.DeepEqual(quick, slow) {
				t.Errorf("%s %d: from the value and from JSON differ", c.schema, i)
			}
			compared++
		}
		if compared < len(c.texts) || compared == 0 {
			t.Errorf("%s: only %d documents compared", c.schema, compared)
		}
	}
}

// FuzzTreeAsJSON decodes any catalog that passes its schema check both
// ways and compares them.
func FuzzTreeAsJSON(f *testing.F) {
	f.Add([]byte(`{"exercises": [{"id": "a", "name": "N", "category": "activation", "targets": ["core"], "equipment": [], "level": "beginner", "position": "supine", "dose": {"sets": 2.0, "reps": 1e1}, "dose_max": {"sets": 3, "reps": 12, "hold_seconds": 2}, "glute_load": 0.25, "hip_compression": false, "steps": ["a", "b"], "why": "w", "translations": {"de": {"name": "x", "steps": ["a", "b"], "why": "w"}}, "figure": {"view": "side", "start": {"base": "supine", "near": {"hip": 10.5}}, "arrows": [{"part": "pelvis", "direction": -90}]}}]}`))
	f.Add([]byte(`{"disable": ["a"], "exercises": []}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, fs := document.Read("catalog", "f.json", data)
		if d == nil || len(fs) > 0 {
			return
		}
		var quick, held, slow catalog.Catalog
		ok := document.FromTree(d.Value(), reflect.ValueOf(&quick).Elem())
		if okHeld := document.FromTree(document.Held(d), reflect.ValueOf(&held).Elem()); okHeld != ok || ok && !reflect.DeepEqual(quick, held) {
			t.Fatalf("from the value held (%v):\n%+v\nfrom its maps (%v):\n%+v", okHeld, held, ok, quick)
		}
		if err := document.DecodeValue(d.Value(), &slow); err != nil {
			if ok {
				t.Fatalf("decoded from the value, but json.Unmarshal says %v", err)
			}
			return
		}
		if ok && !reflect.DeepEqual(quick, slow) {
			t.Fatalf("from the value:\n%+v\nfrom JSON:\n%+v", quick, slow)
		}
	})
}
