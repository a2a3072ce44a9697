package schemas_test

import "flag"

// update writes the schema files from the Go types instead of comparing
// them, as go generate ./schemas does: go test ./... -update refreshes
// every package's generated and golden files at once.
var update = flag.Bool("update", false, "rewrite the schema files from the Go types")
