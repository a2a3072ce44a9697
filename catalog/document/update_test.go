package document

import "flag"

// The package has no golden files; it takes -update all the same, so
// that `go test ./... -update` refreshes every golden file of the module
// without failing here.
var _ = flag.Bool("update", false, "rewrite the golden files (this package has none)")
