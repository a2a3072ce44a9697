//go:build !linux

package main

import (
	"io/fs"
	"time"
)

// changed is the file's modification time where the inode's change time
// is not at hand; see ctime_linux.go.
func changed(st fs.FileInfo) time.Time { return st.ModTime() }
