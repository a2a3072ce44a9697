package main

import (
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"
)

// An output is a file the run will write, with its bytes made in memory
// first so that nothing touches the disk until every output is ready.
type output struct {
	path string
	data []byte
}

// checkOutputPaths refuses outputs that could not be written or would be
// lost: a missing folder, a folder in place of the file, the same path
// twice, or a path that is also an input of the run.
func checkOutputPaths(outs []string, inputs []string) error {
	seen := map[string]string{}
	for _, in := range inputs {
		if abs, err := filepath.Abs(in); err == nil {
			seen[abs] = "input"
		}
	}
	for _, out := range outs {
		abs, err := filepath.Abs(out)
		if err != nil {
			return usageErrorf("%s: %v", out, err)
		}
		switch seen[abs] {
		case "input":
			return usageErrorf("%s: is also an input of this run: write the output to another file", out)
		case "output":
			return usageErrorf("%s: given twice with -o: name each output once", out)
		}
		seen[abs] = "output"
		dir := filepath.Dir(abs)
		st, err := os.Stat(dir)
		switch {
		case err != nil:
			return usageErrorf("%s: folder %s does not exist: create it first", out, filepath.Dir(out))
		case !st.IsDir():
			return usageErrorf("%s: %s is not a folder", out, filepath.Dir(out))
		}
		if st, err := os.Stat(abs); err == nil && st.IsDir() {
			return usageErrorf("%s: is a folder: give a file name", out)
		}
		// Both inputs and outputs may be reached through other names (links);
		// compare the files themselves too.
		for _, in := range inputs {
			if sameFile(in, out) {
				return usageErrorf("%s: is also an input of this run: write the output to another file", out)
			}
		}
	}
	return nil
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

// writeOutputs writes every output atomically: each goes to a temporary
// file in its own folder, is synced, and is renamed over the target only
// when all are written. A failure or an interrupt (Ctrl-C) removes the
// temporary files and leaves existing files as they were.
func writeOutputs(outs []output) error {
	var temps []string
	cleanup := func() {
		for _, t := range temps {
			os.Remove(t)
		}
	}
	stop := onInterrupt(cleanup)
	defer stop()
	for _, o := range outs {
		tmp, err := writeTemp(o)
		if tmp != "" {
			temps = append(temps, tmp)
		}
		if err != nil {
			cleanup()
			return err
		}
	}
	beforeRename()
	for i, o := range outs {
		if err := os.Rename(temps[i], o.path); err != nil {
			cleanup()
			return usageErrorf("%s: %v", o.path, unwrapPath(err))
		}
	}
	return nil
}

// beforeRename runs once every output is written to its temporary file;
// tests interrupt the run there.
var beforeRename = func() {}

func writeTemp(o output) (string, error) {
	dir, base := filepath.Split(o.path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return "", usageErrorf("%s: cannot write: %v", o.path, unwrapPath(err))
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
		return tmp, usageErrorf("%s: cannot write: %v", o.path, unwrapPath(err))
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

var interruptMu sync.Mutex

// onInterrupt runs cleanup and exits with status 130 if the process is
// interrupted before the returned stop function is called.
func onInterrupt(cleanup func()) (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case <-ch:
			interruptMu.Lock()
			cleanup()
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
