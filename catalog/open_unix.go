//go:build unix

package catalog

import (
	"io/fs"
	"syscall"
)

// openNonblock is added to the flags of an image file's open, so that a
// named pipe put in place of a checked file cannot hang the run: for a
// regular file it changes nothing.
const openNonblock = syscall.O_NONBLOCK

// keyOf is the [imageKey] of the file at path whose information is st.
func keyOf(path string, st fs.FileInfo) imageKey {
	k := imageKey{size: st.Size(), mod: st.ModTime().UnixNano()}
	if s, ok := st.Sys().(*syscall.Stat_t); ok {
		k.dev, k.ino = uint64(s.Dev), uint64(s.Ino)
	} else {
		k.path = path
	}
	return k
}
