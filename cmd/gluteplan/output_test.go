package main

import (
	"os"
	"path/filepath"
	"strings"
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

// TestFailedRenamePutsBack: when the rename of the second output fails,
// the first, already in place, is put back as it was (issue 13, item 4).
func TestFailedRenamePutsBack(t *testing.T) {
	for _, tc := range []struct {
		name  string
		exist bool // a.json exists before the run
	}{
		{"replaced file put back", true},
		{"new file removed", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			a, b := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.pdf")
			if tc.exist {
				if err := os.WriteFile(a, []byte("old a"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if err := os.WriteFile(b, []byte("old b"), 0o644); err != nil {
				t.Fatal(err)
			}
			calls := 0
			rename = func(from, to string) error {
				calls++
				if calls == 2 {
					return &os.LinkError{Op: "rename", Old: from, New: to, Err: os.ErrPermission}
				}
				return os.Rename(from, to)
			}
			defer func() { rename = os.Rename }()
			err := writeOutputs([]output{{a, []byte("new a")}, {b, []byte("new b")}})
			if err == nil {
				t.Fatal("a failed rename was not reported")
			}
			if got, err := os.ReadFile(a); tc.exist && string(got) != "old a" {
				t.Errorf("a.json holds %q, %v; want it put back", got, err)
			} else if !tc.exist && err == nil {
				t.Errorf("a.json was left behind: %q", got)
			}
			if got, _ := os.ReadFile(b); string(got) != "old b" {
				t.Errorf("b.pdf holds %q", got)
			}
			if tc.exist {
				onlyFiles(t, dir, "a.json", "b.pdf")
			} else {
				onlyFiles(t, dir, "b.pdf")
			}
		})
	}
}

// TestFolderAppearsBeforeRename: a folder that appears at an output's path
// while the run works is found before any file is replaced.
func TestFolderAppearsBeforeRename(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.pdf")
	if err := os.WriteFile(a, []byte("old a"), 0o644); err != nil {
		t.Fatal(err)
	}
	beforeRename = func() { os.Mkdir(b, 0o755) }
	defer func() { beforeRename = func() {} }()
	err := writeOutputs([]output{{a, []byte("new a")}, {b, []byte("new b")}})
	if err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Fatalf("got %v, want a folder refused", err)
	}
	if got, _ := os.ReadFile(a); string(got) != "old a" {
		t.Errorf("a.json holds %q", got)
	}
	onlyFiles(t, dir, "a.json", "b.pdf")
}

// TestLongNames: file names of 244 to 255 bytes, the most a file system
// takes, can be written: the temporary names do not grow with them.
func TestLongNames(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []int{244, 250, 255} {
		name := filepath.Join(dir, strings.Repeat("p", n-5)+".json")
		for range 2 { // a new file, then a replaced one
			if err := writeOutputs([]output{{name, []byte("{}")}}); err != nil {
				t.Fatalf("%d bytes: %v", n, err)
			}
		}
	}
}

// TestSameOutputThroughLink: one file named twice, once through a linked
// folder, is refused (issue 13, item 5).
func TestSameOutputThroughLink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real")
	if err := os.Mkdir(real, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(real, filepath.Join(dir, "linkdir")); err != nil {
		t.Skip(err)
	}
	err := checkOutputPaths([]string{filepath.Join(dir, "real", "x.json"), filepath.Join(dir, "linkdir", "x.json")}, nil)
	if err == nil || !strings.Contains(err.Error(), "name each output once") {
		t.Errorf("got %v, want the second name refused", err)
	}
	// An input reached through the link is an input all the same.
	in := filepath.Join(real, "profile.json")
	os.WriteFile(in, []byte("{}"), 0o644)
	err = checkOutputPaths([]string{filepath.Join(dir, "linkdir", "profile.json")}, []string{in})
	if err == nil || !strings.Contains(err.Error(), "also an input") {
		t.Errorf("got %v, want the input refused as an output", err)
	}
}

func TestShown(t *testing.T) {
	for in, want := range map[string]string{
		"plan.json":        "plan.json",
		"my plan.pdf":      "my plan.pdf",
		"Übung.pdf":        "Übung.pdf",
		"a\nb.json":        `"a\nb.json"`,
		"\x1b[31mred.json": `"\x1b[31mred.json"`,
		"cr\r.json":        `"cr\r.json"`,
		"c1\u0085.json":    `"c1\u0085.json"`,
	} {
		if got := shown(in); got != want {
			t.Errorf("shown(%q) = %s, want %s", in, got, want)
		}
	}
}

// onlyFiles fails unless dir holds exactly names: no temporary file left.
func onlyFiles(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, ",") != strings.Join(names, ",") {
		t.Errorf("folder holds %v, want %v", got, names)
	}
}
