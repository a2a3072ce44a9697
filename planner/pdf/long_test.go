package pdf

import (
	"os"
	"testing"
)

// count is how many random cases a test runs: short for go test ./..., long
// with GLUTEPLAN_LONG=1, as .ci/run sets it (-short keeps the short count).
// The variable is read inside the test, never at package start, so that the
// test cache knows the result depends on it.
func count(short, long int) int {
	if os.Getenv("GLUTEPLAN_LONG") == "1" && !testing.Short() {
		return long
	}
	return short
}
