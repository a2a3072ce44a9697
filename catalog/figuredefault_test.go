package catalog

import (
	"bytes"
	"encoding/json"
	"sort"
	"testing"
)

// TestDefaultFigures checks that every default entry has a figure (from
// default.json, or from the sidecar until the merge) and that the catalog
// with those figures validates: each figure in its entry's position, on
// its feet, its props carrying what they name. Sidecar figures for ids the
// default catalog lacks yet are solved too, and listed.
func TestDefaultFigures(t *testing.T) {
	var side map[string]*Figure
	dec := json.NewDecoder(bytes.NewReader(sidecarFigures))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&side); err != nil {
		t.Fatalf("testdata/figures.json: %v", err)
	}
	c := WithDefaultFigures(Default())
	for _, e := range c.Exercises {
		if e.Figure == nil {
			t.Errorf("default entry %s has no figure: add one to testdata/figures.json", e.ID)
		}
	}
	data, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if _, fs := Validate("default.json", data, nil); len(fs) > 0 {
		for _, f := range fs {
			t.Error(f)
		}
	}
	var waiting []string
	for id, f := range side {
		if _, ok := Default().ByID(id); ok {
			continue
		}
		waiting = append(waiting, id)
		f.Solve()
		// Validate it inside an entry of its own position, so the checks
		// that need no real entry run now.
		e := Exercise{ID: id, Position: f.Start.Base, Figure: f}
		if probs := checkFigure(e, f, func(rest ...string) string { return "/" + id }); len(probs) > 0 {
			for _, p := range probs {
				t.Errorf("%s: %s", p.pointer, p.message)
			}
		}
	}
	sort.Strings(waiting)
	t.Logf("sidecar figures for entries not in default.json yet: %v", waiting)
}
