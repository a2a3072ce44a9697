package main

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
)

// TestMergeKeepsContent: merging no figures gives back the same catalog,
// and merging its output again gives the same bytes, so a merge changes
// only the figures (and, once, spellings json.MarshalIndent normalises,
// such as an explicit "rest_seconds": 0).
func TestMergeKeepsContent(t *testing.T) {
	out, _, err := merge([]byte("{}"), catalog.DefaultJSON(), "default.json")
	if err != nil {
		t.Fatal(err)
	}
	var a, b catalog.Catalog
	if err := json.Unmarshal(catalog.DefaultJSON(), &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(out, &b); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Fatal("merging no figures changed the catalog")
	}
	again, _, err := merge([]byte("{}"), out, "default.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, out) {
		t.Fatal("merging twice changed the bytes: the format is not stable")
	}
	if !bytes.HasSuffix(out, []byte("}\n")) || bytes.Contains(out, []byte(`\u003c`)) {
		t.Fatal("output lacks its final newline or escapes HTML characters")
	}
}

// TestMergeSidecar merges the real sidecar: every default entry gets its
// figure and the result validates.
func TestMergeSidecar(t *testing.T) {
	side, err := os.ReadFile("../../testdata/figures.json")
	if os.IsNotExist(err) {
		t.Skip("no sidecar: the figures were merged into default.json")
	}
	if err != nil {
		t.Fatal(err)
	}
	out, report, err := merge(side, catalog.DefaultJSON(), "default.json")
	if err != nil {
		t.Fatalf("%v\n%s", err, strings.Join(report, "\n"))
	}
	var c catalog.Catalog
	if err := json.Unmarshal(out, &c); err != nil {
		t.Fatal(err)
	}
	for _, e := range c.Exercises {
		if e.Figure == nil {
			t.Errorf("%s has no figure after the merge", e.ID)
		}
	}
	for _, l := range report {
		t.Log(l)
	}
}

// TestMergeRefusesBadFigures: a figure that does not fit its entry is
// reported and nothing is returned to write.
func TestMergeRefusesBadFigures(t *testing.T) {
	bad := `{"glute-bridge": {"view": "side", "start": {"base": "standing"}}}`
	out, report, err := merge([]byte(bad), catalog.DefaultJSON(), "default.json")
	if err == nil || out != nil {
		t.Fatal("a standing figure for a lying entry was merged")
	}
	if !strings.Contains(strings.Join(report, "\n"), "/figure/start/base: the start pose is standing but the entry's position is supine") {
		t.Errorf("report does not name the problem:\n%s", strings.Join(report, "\n"))
	}
}
