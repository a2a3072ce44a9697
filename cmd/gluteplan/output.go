package main

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/gluteplan/gluteplan/catalog/document"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// An output is a file the run will write, with its bytes made in memory
// first so that nothing touches the disk until every output is ready.
type output struct {
	path string
	data []byte
}

// checkOutputPaths refuses outputs that could not be written or would be
// lost: a missing folder, a folder in place of the file, the same file
// twice (also through a linked folder), a file that is also an input of
// the run, and what [destination] refuses: anything that is not a regular
// file, a link that leads nowhere, a read-only file. It runs before any
// input is read, so a refused run has opened nothing for writing.
func checkOutputPaths(outs []string, inputs []string) error {
	seen := map[string]string{}
	for _, in := range inputs {
		if key, err := resolvedPath(in); err == nil {
			seen[key] = "input"
		}
	}
	for _, out := range outs {
		if out == "-" {
			return usageErrorf("-: give the name of a file: gluteplan does not write files to standard output")
		}
		dir := filepath.Dir(out)
		st, err := os.Stat(dir)
		switch {
		case err != nil:
			return usageErrorf("%s: folder %s does not exist: create it first", shown(out), shown(dir))
		case !st.IsDir():
			return usageErrorf("%s: %s is not a folder", shown(out), shown(dir))
		}
		if _, _, err := destination(out); err != nil {
			return err
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
// way); whileWriting runs when a temporary file has been made and before
// its bytes are written (tests interrupt the run there); rename is
// os.Rename (tests make it fail); staleClock is the clock removeStale reads.
var (
	beforeRename = func() {}
	whileWriting = func() {}
	rename       = os.Rename
	staleClock   = time.Now
)

// destination is the file an output named path is written to: path
// itself, or, when path is a symbolic link, the file the link leads to
// through any chain of links. The link stays and that file gets the new
// bytes, its temporary file made and renamed beside it. old describes the
// file replaced, nil for a new one. destination refuses, with a message
// for the user, a folder, anything that is not a regular file (a named
// pipe, a device such as /dev/stdout, a socket), a link that leads nowhere
// or in a circle, and a read-only file.
func destination(path string) (dest string, old fs.FileInfo, err error) {
	st, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return path, nil, nil
	}
	if err != nil {
		return "", nil, usageErrorf("%s: cannot write: %v", shown(path), unwrapPath(err))
	}
	dest = path
	if st.Mode()&fs.ModeSymlink != 0 {
		st, err = os.Stat(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			to, _ := os.Readlink(path)
			return "", nil, usageErrorf("%s: is a link to %s, which does not exist: give the file itself, or a link to a file that exists", shown(path), shown(to))
		case err != nil:
			return "", nil, usageErrorf("%s: cannot follow the link: %v", shown(path), unwrapPath(err))
		}
		if st.Mode().IsRegular() {
			if dest, err = filepath.EvalSymlinks(path); err != nil {
				return "", nil, usageErrorf("%s: cannot follow the link: %v", shown(path), unwrapPath(err))
			}
		}
	}
	switch {
	case st.IsDir():
		return "", nil, usageErrorf("%s: is a folder: give a file name", shown(path))
	case !st.Mode().IsRegular():
		return "", nil, usageErrorf("%s: is not a regular file (%s): give the name of a file", shown(path), fileKind(st.Mode()))
	case !mayWrite(dest, st):
		return "", nil, usageErrorf("%s: the file is read-only: make it writable (chmod u+w %s), or write to another file", shown(path), shown(path))
	}
	return dest, st, nil
}

// fileKind names, for messages, what a file that is not a regular file is.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "not a plain file of bytes"
}

// openInput opens a file the user named as an input of kind what
// ("profile", "plan"). What is not a regular file is refused before it is
// opened, so a named pipe cannot hang the run nor a device feed it
// without end; a file swapped for one meanwhile is caught after.
func openInput(path, what string) (*os.File, fs.FileInfo, error) {
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil, usageErrorf("%s: no such %s file: check the path", shown(path), what)
	case err != nil:
		return nil, nil, usageErrorf("%s: cannot read: %v", shown(path), unwrapPath(err))
	case st.IsDir():
		return nil, nil, usageErrorf("%s: is a folder, not a %s file", shown(path), what)
	case !st.Mode().IsRegular():
		return nil, nil, usageErrorf("%s: is not a regular file (%s): give the path of a %s file", shown(path), fileKind(st.Mode()), what)
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openNonblock, 0)
	if err != nil {
		return nil, nil, usageErrorf("%s: cannot read: %v", shown(path), unwrapPath(err))
	}
	fst, err := f.Stat()
	if err == nil && (!fst.Mode().IsRegular() || !os.SameFile(st, fst)) {
		err = errors.New("it changed while gluteplan opened it: run gluteplan again")
	}
	if err != nil {
		f.Close()
		return nil, nil, usageErrorf("%s: cannot read: %v", shown(path), unwrapPath(err))
	}
	return f, fst, nil
}

// writeOutputs writes every output atomically and all or nothing: each
// goes to a temporary file beside its [destination] and is synced; then
// every destination is checked again, and only then are the files renamed
// into place, the files they replace kept aside until all are in. A
// replaced file's permissions (and, where this user may, its owner) pass
// to the new one; a new file gets what the umask allows. A failure or an
// interrupt (Ctrl-C) at any point removes the temporary files and puts
// back what was replaced, so a failed run leaves every file as it was.
// Temporary files that killed runs left in those folders are removed
// first (see removeStale).
func writeOutputs(outs []output) error {
	dests := make([]string, len(outs))
	olds := make([]fs.FileInfo, len(outs))
	for i, o := range outs {
		d, old, err := destination(o.path)
		if err != nil {
			return err
		}
		dests[i], olds[i] = d, old
	}
	cleaned := map[string]bool{}
	for _, d := range dests {
		if dir := filepath.Dir(d); !cleaned[dir] {
			cleaned[dir] = true
			removeStale(dir)
		}
	}

	var temps, backups []string
	placed := 0 // outputs renamed into place so far
	var committed bool
	rollback := func() bool {
		if committed {
			return false
		}
		for i := placed - 1; i >= 0; i-- {
			if backups[i] != "" {
				os.Rename(backups[i], dests[i])
			} else {
				os.Remove(dests[i])
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
	for i, o := range outs {
		// The interrupt handler reads temps: the file is made and named
		// there under its lock, so an interrupt never misses it.
		interruptMu.Lock()
		f, tmp, err := createTemp(o.path, dests[i], olds[i])
		temps = append(temps, tmp)
		interruptMu.Unlock()
		if err == nil {
			whileWriting()
			err = fillTemp(f, o, olds[i])
		}
		if err != nil {
			interruptMu.Lock()
			rollback()
			interruptMu.Unlock()
			return err
		}
	}
	beforeRename()

	// The renames run with interrupts held off: an interrupt then waits
	// for the outcome, all in place or all put back.
	interruptMu.Lock()
	defer interruptMu.Unlock()
	for i, o := range outs {
		if err := checkDestination(o.path, dests[i]); err != nil {
			rollback()
			return err
		}
	}
	backups = make([]string, len(outs))
	for i, o := range outs {
		// A lone output needs no copy aside: if its rename fails, the
		// file it would replace is still in place.
		bak := ""
		if len(outs) > 1 {
			var err error
			if bak, err = keepAside(dests[i]); err != nil {
				rollback()
				return usageErrorf("%s: cannot replace: %v", shown(o.path), unwrapPath(err))
			}
		}
		backups[i] = bak
		if err := rename(temps[i], dests[i]); err != nil {
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

// checkDestination refuses, just before the renames, a destination that
// has become one a rename cannot or must not replace (see [destination]),
// that leads elsewhere than when the run began, or whose folder has gone.
func checkDestination(path, dest string) error {
	d, _, err := destination(path)
	if err != nil {
		return err
	}
	if d != dest {
		return usageErrorf("%s: changed while gluteplan ran (it now leads to %s): run gluteplan again", shown(path), shown(d))
	}
	if _, err := os.Stat(filepath.Dir(dest)); err != nil {
		return usageErrorf("%s: folder %s does not exist: create it first", shown(path), shown(filepath.Dir(dest)))
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
		if werr := os.WriteFile(bak, data, 0o600); werr != nil {
			os.Remove(bak)
			return "", werr
		}
		return bak, nil
	}
	return "", fmt.Errorf("no free temporary name")
}

// tempName is a hidden name for a temporary file of this run,
// .gluteplan-PID-RANDOM plus suffix: short, so that it never grows with
// the output's name (a name of up to 255 bytes can be written), and
// carrying the process id, so that a later run can tell a file a killed
// run left from one a running run is writing (see removeStale).
func tempName(suffix string) string {
	var b [4]byte
	rand.Read(b[:])
	return fmt.Sprintf(".gluteplan-%d-%x%s", os.Getpid(), b, suffix)
}

// Temporary names as tempName makes them, and as earlier versions did
// (.gluteplan-RANDOM.tmp, with no process id).
var (
	tempPattern    = regexp.MustCompile(`^\.gluteplan-([0-9]{1,7})-[0-9a-f]{8}\.(tmp|old)$`)
	oldTempPattern = regexp.MustCompile(`^\.gluteplan-[0-9a-f]{1,20}\.(tmp|old)$`)
)

// How old a temporary file must be before a later run removes it: a run
// writes, syncs and renames its files within seconds, and the process
// check cannot see runs on other machines that share the folder (or in
// other containers). A file of an earlier version names no process: an
// hour.
const (
	staleAfter    = time.Minute
	oldStaleAfter = time.Hour
)

// removeStale removes from dir the temporary files that runs killed
// before they could clean up left there: a file named by tempName whose
// process no longer runs and that is older than [staleAfter], and a file
// named as earlier versions named them older than [oldStaleAfter]. A file
// of a process that runs is never removed, whatever its age, nor one of
// this run, nor anything not named so. A file's age counts from the last
// change to its inode where that is known (a kept-aside file is a hard
// link whose modification time is the kept file's), else from its
// modification time. What cannot be removed stays: it is tidying, not
// part of the run's work.
func removeStale(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	t := staleClock()
	for _, e := range entries {
		name := e.Name()
		limit := staleAfter
		if m := tempPattern.FindStringSubmatch(name); m != nil {
			pid, err := strconv.Atoi(m[1])
			if err != nil || pid == os.Getpid() || pidRunning(pid) {
				continue
			}
		} else if oldTempPattern.MatchString(name) {
			limit = oldStaleAfter
		} else {
			continue
		}
		path := filepath.Join(dir, name)
		st, err := os.Lstat(path)
		if err != nil || !st.Mode().IsRegular() {
			continue
		}
		age := t.Sub(st.ModTime())
		if filepath.Ext(name) == ".old" {
			age = t.Sub(changed(st))
		}
		if age >= limit {
			os.Remove(path)
		}
	}
}

// createTemp makes the temporary file for the output named path, beside
// its destination dest: with the permissions the umask allows for a new
// file, or private until fillTemp gives it those of the file old it
// replaces.
func createTemp(path, dest string, old fs.FileInfo) (*os.File, string, error) {
	perm := fs.FileMode(0o666)
	if old != nil {
		perm = 0o600
	}
	for range 100 {
		tmp := filepath.Join(filepath.Dir(dest), tempName(".tmp"))
		f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return nil, "", usageErrorf("%s: cannot write: %v", shown(path), unwrapPath(err))
		}
		return f, tmp, nil
	}
	return nil, "", usageErrorf("%s: cannot write: no free temporary name", shown(path))
}

// fillTemp writes the output's bytes to its temporary file f, syncs and
// closes it, and gives it the mode and owner of the file old it replaces.
func fillTemp(f *os.File, o output, old fs.FileInfo) error {
	_, err := f.Write(o.data)
	if err == nil && old != nil {
		keepOwner(f, old)
		err = f.Chmod(old.Mode().Perm())
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return usageErrorf("%s: cannot write: %v", shown(o.path), unwrapPath(err))
	}
	return nil
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

// wrote says on w that path was written, in the language of what it holds
// (a German plan says it in German).
func wrote(w io.Writer, say *locale.Language, path string) {
	fmt.Fprintln(w, "gluteplan: "+say.Sayf("wrote %s", shown(path)))
}

var interruptMu sync.Mutex

// onInterrupt runs cleanup and exits with status 130 if the process is
// interrupted before the returned stop function is called. When cleanup
// reports there was nothing left to undo (every file is in place), the run
// finishes instead.
func onInterrupt(cleanup func() bool) (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
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
		// Wait for an interrupt that is being handled: its cleanup holds
		// the lock until it has put the files back and exited, or found
		// nothing to undo. Taking the lock and letting go is the wait.
		interruptMu.Lock()
		//lint:ignore SA2001 the empty critical section is the wait above
		interruptMu.Unlock()
	}
}
