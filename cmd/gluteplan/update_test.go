package main

import "flag"

// update rewrites what the tests compare against: the expected output of
// the end-to-end scripts in testdata/script and the examples of program
// output in README.md and help/*.md. Every package with golden files takes
// the same flag, so go test ./... -update refreshes them all.
var update = flag.Bool("update", false, "rewrite the scripts' expected output and the examples in README.md and help/*.md")
