package calendar_test

import "flag"

// update rewrites the golden files in testdata instead of comparing with
// them: go test ./... -update, then read the diff. Every package takes the
// flag, so that one command refreshes them all.
var update = flag.Bool("update", false, "rewrite the golden files in testdata")
