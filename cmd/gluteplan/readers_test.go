package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestCatalogReadOnce checks that plan, next, pdf and sheet read and
// validate each --catalog file once per run, the images of its entries
// included (issue 19: plan validated each file a second time to find
// "image" fields).
func TestCatalogReadOnce(t *testing.T) {
	dir := t.TempDir()
	cat := filepath.Join(dir, "mine.json")
	if err := os.WriteFile(cat, []byte(`{"exercises": []}`), 0o644); err != nil {
		t.Fatal(err)
	}
	reads := map[string]int{}
	defer func(f func(string)) { inputRead = f }(inputRead)
	inputRead = func(path string) { reads[path]++ }
	plan := filepath.Join(dir, "plan.json")
	runs := [][]string{
		{"plan", "--start", "2026-12-07", "--catalog", cat, "-o", plan, "-o", filepath.Join(dir, "plan.pdf")},
		{"next", plan, "--catalog", cat, "-o", filepath.Join(dir, "next.pdf")},
		{"pdf", plan, "--catalog", cat, "-o", filepath.Join(dir, "again.pdf")},
		{"catalog", "sheet", "--catalog", cat, "-o", filepath.Join(dir, "sheet.pdf")},
	}
	for _, args := range runs {
		clear(reads)
		var stdout, stderr bytes.Buffer
		if code := run(append([]string{"gluteplan"}, args...), &stdout, &stderr); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr.String())
		}
		if reads[cat] != 1 {
			t.Errorf("%v: read %s %d times, want once", args[0], cat, reads[cat])
		}
	}
}
