package locale

import "flag"

// This package has no golden files; it takes -update all the same, so that
// go test ./... -update refreshes every package that has them.
var _ = flag.Bool("update", false, "no golden files here: accepted so that go test ./... -update works")
