//go:build !unix

package catalog

import "io/fs"

// openNonblock: where there are no named pipes to hang on, nothing.
const openNonblock = 0

// keyOf is the [imageKey] of the file at path whose information is st.
func keyOf(path string, st fs.FileInfo) imageKey {
	return imageKey{path: path, size: st.Size(), mod: st.ModTime().UnixNano()}
}
