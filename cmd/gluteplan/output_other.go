//go:build !unix

package main

import (
	"io/fs"
	"os"
)

// openNonblock: where there are no named pipes to hang on, nothing.
const openNonblock = 0

// pidRunning cannot tell here: every process counts as running, so a
// temporary file named with a process id is never removed as stale.
func pidRunning(int) bool { return true }

// mayWrite says whether the file, whose mode is st's, is writable: here
// the read-only attribute.
func mayWrite(_ string, st fs.FileInfo) bool { return st.Mode().Perm()&0o222 != 0 }

// keepOwner does nothing where files have no Unix owner.
func keepOwner(*os.File, fs.FileInfo) {}
