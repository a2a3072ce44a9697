package main

import (
	"bytes"
	"io"
)

// Size limits on input files, checked before a file is read whole.
const (
	maxProfileBytes = 1 << 20  // profiles are a few hundred bytes
	maxPlanBytes    = 16 << 20 // a 52-week plan with every why is about 1 MiB
)

// inputRead is called with the path of every input file read; tests count
// the reads.
var inputRead = func(path string) {}

// readInput reads a file the user named, refusing folders, anything that
// is not a regular file ([openInput]) and files over limit bytes with a
// message that says what to do. what names the kind of file in messages
// ("profile", "plan").
func readInput(path, what string, limit int64) ([]byte, error) {
	inputRead(path)
	f, st, err := openInput(path, what)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st.Size() > limit {
		return nil, usageErrorf("%s: %s file is %d bytes, over the limit of %d: is it the right file?", shown(path), what, st.Size(), limit)
	}
	// Read at most one byte over the limit: a file that grows while we read
	// it, or a device, is still refused. Room for the size the file has
	// (and the little a read past its end needs) is made at once: read in
	// growing parts, a 9 MB catalog cost 21 MB.
	var buf bytes.Buffer
	buf.Grow(int(st.Size()) + bytes.MinRead)
	if _, err := buf.ReadFrom(io.LimitReader(f, limit+1)); err != nil {
		return nil, usageErrorf("%s: cannot read: %v", shown(path), unwrapPath(err))
	}
	data := buf.Bytes()
	if int64(len(data)) > limit {
		return nil, usageErrorf("%s: %s file is over the limit of %d bytes: is it the right file?", shown(path), what, limit)
	}
	return data, nil
}
