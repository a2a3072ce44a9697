package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestFailedWriteKeepsFiles: when one output cannot be written, none is,
// the existing file keeps its bytes and no temporary file is left.
func TestFailedWriteKeepsFiles(t *testing.T) {
	dir := t.TempDir()
	keep := filepath.Join(dir, "plan.json")
	if err := os.WriteFile(keep, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := writeOutputs([]output{
		{path: keep, data: []byte("new")},
		{path: filepath.Join(dir, "missing", "plan.pdf"), data: []byte("%PDF")},
	})
	if err == nil {
		t.Fatal("write into a missing folder succeeded")
	}
	if got, _ := os.ReadFile(keep); string(got) != "old" {
		t.Errorf("existing file now holds %q", got)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "plan.json" && e.Name() != "missing" {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}
