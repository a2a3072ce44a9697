//go:build unix

package main

import (
	"io/fs"
	"os"
	"syscall"
)

// openNonblock is added to the flags of every open of an input, so that a
// named pipe put in place of a checked file cannot hang the run: for a
// regular file it changes nothing.
const openNonblock = syscall.O_NONBLOCK

// pidRunning says whether process pid runs on this machine. A process of
// another user counts (EPERM): only "no such process" says it has ended.
func pidRunning(pid int) bool {
	if pid <= 0 {
		return true
	}
	err := syscall.Kill(pid, 0)
	return err == nil || err == syscall.EPERM
}

// mayWrite says whether this user may write the file at path, whose mode
// is st's. A file that no one may write (chmod a-w) counts as read-only
// even for root, who could: someone made it so on purpose.
func mayWrite(path string, st fs.FileInfo) bool {
	if st.Mode().Perm()&0o222 == 0 {
		return false
	}
	const wOK = 2 // W_OK of access(2)
	return syscall.Access(path, wOK) == nil
}

// keepOwner gives f the owner and group of the file it replaces, where
// this user may (root may; others may change the group to one of theirs).
func keepOwner(f *os.File, old fs.FileInfo) {
	s, ok := old.Sys().(*syscall.Stat_t)
	if !ok {
		return
	}
	if int(s.Uid) != os.Geteuid() || int(s.Gid) != os.Getegid() {
		f.Chown(int(s.Uid), int(s.Gid)) // best effort: the mode is what matters
	}
}
