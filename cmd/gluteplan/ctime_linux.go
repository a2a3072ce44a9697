package main

import (
	"io/fs"
	"syscall"
	"time"
)

// changed is when the file's inode last changed: for a hard link made to
// keep a file aside, the moment the link was made (its modification time
// is the kept file's, which may be old).
func changed(st fs.FileInfo) time.Time {
	if s, ok := st.Sys().(*syscall.Stat_t); ok {
		return time.Unix(s.Ctim.Unix())
	}
	return st.ModTime()
}
