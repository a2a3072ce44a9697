package main

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"

	"github.com/gluteplan/gluteplan/catalog/document"
)

// An output is a file the run will write, with its bytes made in memory
// first so that nothing touches the disk until every output is ready.
type output struct {
	path string
	data []byte
}

// checkOutputPaths refuses outputs that could not be written or would be
// lost: a missing folder, a folder in place of the file, the same file
// twice (also through a linked folder), or a file that is also an input of
// the run.
func checkOutputPaths(outs []string, inputs []string) error {
	seen := map[string]string{}
	for _, in := range inputs {
		if key, err := resolvedPath(in); err == nil {
			seen[key] = "input"
		}
	}
	for _, out := range outs {
		dir := filepath.Dir(out)
		st, err := os.Stat(dir)
		switch {
		case err != nil:
			return usageErrorf("%s: folder %s does not exist: create it first", shown(out), shown(dir))
		case !st.IsDir():
			return usageErrorf("%s: %s is not a folder", shown(out), shown(dir))
		}
		if st, err := os.Stat(out); err == nil && st.IsDir() {
			return usageErrorf("%s: is a folder: give a file name", shown(out))
		}
		key, err := resolvedPath(out)
		if err != nil {
			return usageErrorf("%s: %v", shown(out), unwrapPath(err))
		}
		switch seen[key] {
		case "input":
			return usageErrorf("%s: is also an input of this run: write the output to another file", shown(out))
		case "output":
			return usageErrorf("%s: names a file given with -o already: name each output once", shown(out))
		}
		seen[key] = "output"
		// Inputs may also be reached through hard links: compare the files
		// themselves too.
		for _, in := range inputs {
			if sameFile(in, out) {
				return usageErrorf("%s: is also an input of this run: write the output to another file", shown(out))
			}
		}
	}
	return nil
}

// resolvedPath is the absolute path of p with every symbolic link on the
// way resolved, so two names of one file compare equal. The file itself
// need not exist; its folder must.
func resolvedPath(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r, nil
	}
	dir, err := filepath.EvalSymlinks(filepath.Dir(abs))
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, filepath.Base(abs)), nil
}

func sameFile(a, b string) bool {
	sa, err := os.Stat(a)
	if err != nil {
		return false
	}
	sb, err := os.Stat(b)
	if err != nil {
		return false
	}
	return os.SameFile(sa, sb)
}

// Test hooks: beforeRename runs once every output is written to its
// temporary file (tests interrupt the run there, or put a folder in the
// way); rename is os.Rename (tests make it fail).
var (
	beforeRename = func() {}
	rename       = os.Rename
)

// writeOutputs writes every output atomically and all or nothing: each
// goes to a temporary file in its own folder and is synced; then every
// destination is checked again, and only then are the files renamed into
// place, the files they replace kept aside until all are in. A failure or
// an interrupt (Ctrl-C) at any point removes the temporary files and puts
// back what was replaced, so a failed run leaves every file as it was.
func writeOutputs(outs []output) error {
	var temps, backups []string
	placed := 0 // outputs renamed into place so far
	var committed bool
	rollback := func() bool {
		if committed {
			return false
		}
		for i := placed - 1; i >= 0; i-- {
			if backups[i] != "" {
				os.Rename(backups[i], outs[i].path)
			} else {
				os.Remove(outs[i].path)
			}
		}
		placed = 0
		for _, t := range temps {
			if t != "" {
				os.Remove(t)
			}
		}
		for _, b := range backups {
			if b != "" {
				os.Remove(b)
			}
		}
		return true
	}
	stop := onInterrupt(rollback)
	defer stop()
	for _, o := range outs {
		tmp, err := writeTemp(o)
		// The interrupt handler reads temps: change it under its lock.
		interruptMu.Lock()
		temps = append(temps, tmp)
		if err != nil {
			rollback()
		}
		interruptMu.Unlock()
		if err != nil {
			return err
		}
	}
	beforeRename()

	// The renames run with interrupts held off: an interrupt then waits
	// for the outcome, all in place or all put back.
	interruptMu.Lock()
	defer interruptMu.Unlock()
	for _, o := range outs {
		if err := checkDestination(o.path); err != nil {
			rollback()
			return err
		}
	}
	backups = make([]string, len(outs))
	for i, o := range outs {
		bak, err := keepAside(o.path)
		if err != nil {
			rollback()
			return usageErrorf("%s: cannot replace: %v", shown(o.path), unwrapPath(err))
		}
		backups[i] = bak
		if err := rename(temps[i], o.path); err != nil {
			if bak != "" {
				os.Remove(bak) // the file is still in place: the link is spare
				backups[i] = ""
			}
			rollback()
			return usageErrorf("%s: cannot write: %v", shown(o.path), unwrapPath(err))
		}
		temps[i] = ""
		placed = i + 1
	}
	committed = true
	for _, b := range backups {
		if b != "" {
			os.Remove(b)
		}
	}
	return nil
}

// checkDestination refuses a destination that a rename cannot replace: a
// folder, or a folder that has gone.
func checkDestination(path string) error {
	st, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if _, err := os.Stat(filepath.Dir(path)); err != nil {
			return usageErrorf("%s: folder %s does not exist: create it first", shown(path), shown(filepath.Dir(path)))
		}
		return nil
	case err != nil:
		return usageErrorf("%s: cannot write: %v", shown(path), unwrapPath(err))
	case st.IsDir():
		return usageErrorf("%s: is a folder: give a file name", shown(path))
	}
	return nil
}

// keepAside gives the file at path a second name in its folder, so that it
// can be put back if a later output fails; it returns "" when there is no
// file to keep. A hard link keeps the file in place meanwhile.
func keepAside(path string) (string, error) {
	if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	for range 100 {
		bak := filepath.Join(filepath.Dir(path), tempName(".old"))
		err := os.Link(path, bak)
		if err == nil {
			return bak, nil
		}
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		// No hard links here (some network and FAT file systems): copy.
		data, rerr := os.ReadFile(path)
		if rerr != nil {
			return "", err
		}
		if werr := os.WriteFile(bak, data, 0o644); werr != nil {
			os.Remove(bak)
			return "", werr
		}
		return bak, nil
	}
	return "", fmt.Errorf("no free temporary name")
}

// tempName is a short hidden name for a temporary file: it never grows
// with the output's name, so a name of up to 255 bytes can be written.
func tempName(suffix string) string {
	var b [4]byte
	rand.Read(b[:])
	return fmt.Sprintf(".gluteplan-%x%s", b, suffix)
}

func writeTemp(o output) (string, error) {
	dir := filepath.Dir(o.path)
	f, err := os.CreateTemp(dir, ".gluteplan-*.tmp")
	if err != nil {
		return "", usageErrorf("%s: cannot write: %v", shown(o.path), unwrapPath(err))
	}
	tmp := f.Name()
	_, err = f.Write(o.data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err != nil {
		return tmp, usageErrorf("%s: cannot write: %v", shown(o.path), unwrapPath(err))
	}
	return tmp, nil
}

// unwrapPath drops the path from an *fs.PathError, which our messages
// already name.
func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	if le, ok := err.(*os.LinkError); ok {
		return le.Err
	}
	return err
}

// shown is a file name as messages print it: as given, or quoted with
// escapes when it holds a control character or anything else that would
// not print as itself (a newline would split the message).
func shown(path string) string { return document.Shown(path) }

var interruptMu sync.Mutex

// onInterrupt runs cleanup and exits with status 130 if the process is
// interrupted before the returned stop function is called. When cleanup
// reports there was nothing left to undo (every file is in place), the run
// finishes instead.
func onInterrupt(cleanup func() bool) (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case <-ch:
			interruptMu.Lock()
			if !cleanup() {
				interruptMu.Unlock()
				return
			}
			fmt.Fprintln(os.Stderr, "gluteplan: interrupted: no file written")
			os.Exit(130)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
		interruptMu.Lock()
		interruptMu.Unlock()
	}
}
