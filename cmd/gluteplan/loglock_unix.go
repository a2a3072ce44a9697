//go:build unix

package main

import (
	"os"
	"path/filepath"
	"syscall"
)

// lockFolder holds an exclusive lock on the folder of a log file while a
// run reads, updates and renames it, so that two runs at once (a script
// entering days in parallel) cannot both read the old log and each drop
// the other's entry. The lock goes with the process, even on a crash.
func lockFolder(file string) (unlock func(), err error) {
	dir, err := os.Open(filepath.Dir(file))
	if err != nil {
		return nil, usageErrorf("%s: cannot open its folder: %v", shown(file), unwrapPath(err))
	}
	for {
		err = syscall.Flock(int(dir.Fd()), syscall.LOCK_EX)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		dir.Close()
		return nil, usageErrorf("%s: cannot lock its folder: %v", shown(file), err)
	}
	return func() {
		syscall.Flock(int(dir.Fd()), syscall.LOCK_UN)
		dir.Close()
	}, nil
}
