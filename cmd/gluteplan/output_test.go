package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
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

// TestRemoveStale: a run removes the temporary files killed runs left,
// and only those (issue 21, item 10). Ages are set with the file times and
// the clock removeStale reads, never by waiting.
func TestRemoveStale(t *testing.T) {
	dead := 4194305 // above the largest process id Linux gives: never runs
	type file struct {
		name string
		age  time.Duration // modification time before now
		kept bool
	}
	files := []file{
		{fmt.Sprintf(".gluteplan-%d-0badf00d.tmp", dead), 2 * time.Minute, false},
		{fmt.Sprintf(".gluteplan-%d-0badf00e.tmp", dead), 30 * time.Second, true}, // fresh: maybe a run elsewhere
		{fmt.Sprintf(".gluteplan-%d-0badf00f.tmp", os.Getpid()), time.Hour, true}, // this run's own
		{".gluteplan-1-0badf010.tmp", time.Hour, true},                            // process 1 runs
		{".gluteplan-1234567890.tmp", 2 * time.Hour, false},                       // an earlier version's
		{".gluteplan-0badf011.old", 30 * time.Minute, true},                       // an earlier version's, recent
		{".gluteplan-notes.tmp", 48 * time.Hour, true},                            // not a name we make
		{"gluteplan-4194305-0badf00d.tmp", 48 * time.Hour, true},
		{fmt.Sprintf(".gluteplan-%d-0badf012.tmp.json", dead), 48 * time.Hour, true},
	}
	if runtime.GOOS == "windows" {
		t.Skip("process ids are not checked here")
	}
	dir := t.TempDir()
	start := time.Now()
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, start.Add(-f.age), start.Add(-f.age)); err != nil {
			t.Fatal(err)
		}
	}
	// A folder named as a temporary file is not one.
	folder := fmt.Sprintf(".gluteplan-%d-0badf013.tmp", dead)
	if err := os.Mkdir(filepath.Join(dir, folder), 0o755); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(filepath.Join(dir, folder), start.Add(-time.Hour), start.Add(-time.Hour))
	// A kept-aside file is a hard link, its modification time the kept
	// file's: its age counts from the link, which is new.
	kept := filepath.Join(dir, "plan.json")
	os.WriteFile(kept, []byte("{}"), 0o644)
	os.Chtimes(kept, start.Add(-48*time.Hour), start.Add(-48*time.Hour))
	aside := filepath.Join(dir, fmt.Sprintf(".gluteplan-%d-0badf014.old", dead))
	if err := os.Link(kept, aside); err != nil {
		t.Skip(err)
	}

	removeStale(dir)
	for _, f := range files {
		_, err := os.Lstat(filepath.Join(dir, f.name))
		if got := err == nil; got != f.kept {
			t.Errorf("%s, %s old: kept %v, want %v", f.name, f.age, got, f.kept)
		}
	}
	if _, err := os.Lstat(filepath.Join(dir, folder)); err != nil {
		t.Errorf("the folder %s was removed", folder)
	}
	if _, err := os.Lstat(aside); err != nil && runtime.GOOS == "linux" {
		t.Errorf("a file kept aside a moment ago was removed: its age counts from the link")
	}

	// Two minutes on, the kept-aside file of the dead process is stale.
	staleClock = func() time.Time { return time.Now().Add(2 * time.Minute) }
	defer func() { staleClock = time.Now }()
	removeStale(dir)
	if _, err := os.Lstat(aside); err == nil {
		t.Errorf("%s: a kept-aside file of a dead process, two minutes old, was kept", filepath.Base(aside))
	}
	if _, err := os.Lstat(kept); err != nil {
		t.Errorf("the kept file itself was removed")
	}
}

// TestKeepsMode: a replaced file keeps its permissions; a new one gets
// what the umask allows; a read-only file is refused and left as it was
// (issue 21, item 8).
func TestKeepsMode(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix permissions")
	}
	dir := t.TempDir()
	for _, mode := range []os.FileMode{0o600, 0o640, 0o664, 0o604} {
		p := filepath.Join(dir, fmt.Sprintf("log-%o.json", mode))
		os.WriteFile(p, []byte("old"), 0o600)
		if err := os.Chmod(p, mode); err != nil {
			t.Fatal(err)
		}
		if err := writeOutputs([]output{{p, []byte("new")}}); err != nil {
			t.Fatalf("%o: %v", mode, err)
		}
		st, _ := os.Stat(p)
		if st.Mode().Perm() != mode {
			t.Errorf("a %o file became %o", mode, st.Mode().Perm())
		}
	}
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	p := filepath.Join(dir, "new.json")
	if err := writeOutputs([]output{{p, []byte("new")}}); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(p); st.Mode().Perm() != 0o640 {
		t.Errorf("a new file under umask 027 is %o, want 640", st.Mode().Perm())
	}

	ro := filepath.Join(dir, "ro.json")
	os.WriteFile(ro, []byte("old"), 0o444)
	other := filepath.Join(dir, "other.json")
	err := writeOutputs([]output{{other, []byte("x")}, {ro, []byte("new")}})
	if err == nil || !strings.HasSuffix(err.Error(), "ro.json: the file is read-only: make it writable (chmod u+w "+ro+"), or write to another file") {
		t.Errorf("got %v, want a read-only file refused", err)
	}
	if got, _ := os.ReadFile(ro); string(got) != "old" {
		t.Errorf("the read-only file holds %q", got)
	}
	if _, err := os.Stat(other); err == nil {
		t.Errorf("the other output was written")
	}
	if err := checkOutputPaths([]string{ro}, nil); err == nil || !strings.Contains(err.Error(), "is read-only") {
		t.Errorf("checkOutputPaths: got %v, want the read-only file refused", err)
	}
}

// TestWritesThroughLinks: an output that is a symbolic link (or a chain of
// them) updates the file it leads to, beside which the temporary file is
// made; the link stays (issue 21, item 7).
func TestWritesThroughLinks(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real")
	os.Mkdir(real, 0o755)
	target := filepath.Join(real, "plan.json")
	os.WriteFile(target, []byte("old"), 0o600)
	link1, link2 := filepath.Join(dir, "one.json"), filepath.Join(dir, "two.json")
	if err := os.Symlink("real/plan.json", link1); err != nil {
		t.Skip(err)
	}
	os.Symlink("one.json", link2)
	if err := writeOutputs([]output{{link2, []byte("new")}}); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(target); string(got) != "new" {
		t.Errorf("the file the links lead to holds %q", got)
	}
	for _, l := range []string{link1, link2} {
		if st, err := os.Lstat(l); err != nil || st.Mode()&os.ModeSymlink == 0 {
			t.Errorf("%s is no longer a link", filepath.Base(l))
		}
	}
	if st, _ := os.Stat(target); runtime.GOOS != "windows" && st.Mode().Perm() != 0o600 {
		t.Errorf("the file is %o now, want 600", st.Mode().Perm())
	}
	onlyFiles(t, real, "plan.json")
	onlyFiles(t, dir, "one.json", "real", "two.json")

	// A link that leads nowhere, or in a circle, is refused.
	os.Symlink("real/missing/x.json", filepath.Join(dir, "dangling.json"))
	os.Symlink("loop.json", filepath.Join(dir, "loop.json"))
	for _, name := range []string{"dangling.json", "loop.json"} {
		if err := writeOutputs([]output{{filepath.Join(dir, name), []byte("x")}}); err == nil {
			t.Errorf("%s: written", name)
		}
	}
	if _, err := os.Stat(filepath.Join(real, "missing")); err == nil {
		t.Errorf("the missing folder was made")
	}
}

// TestNotRegularFiles: a named pipe as input or output is refused at once,
// without opening it (which would wait for a writer), and a device is not
// replaced (issue 21, item 9).
func TestNotRegularFiles(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no named pipes in the file system")
	}
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip(err)
	}
	dev := filepath.Join(dir, "null.json")
	os.Symlink("/dev/null", dev)
	for _, p := range []string{fifo, dev} {
		if err := checkOutputPaths([]string{p}, nil); err == nil || !strings.Contains(err.Error(), "is not a regular file") {
			t.Errorf("checkOutputPaths(%s): %v", filepath.Base(p), err)
		}
		if err := writeOutputs([]output{{p, []byte("x")}}); err == nil {
			t.Errorf("writeOutputs(%s) wrote", filepath.Base(p))
		}
		if _, err := readInput(p, "plan", maxPlanBytes); err == nil || !strings.Contains(err.Error(), "is not a regular file") {
			t.Errorf("readInput(%s): %v", filepath.Base(p), err)
		}
	}
	if st, err := os.Lstat(dev); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link to /dev/null was replaced")
	}
	if st, err := os.Stat("/dev/null"); err != nil || st.Mode()&os.ModeDevice == 0 {
		t.Fatalf("/dev/null is not a device any more: %v", err)
	}
}
