// Command gen writes the JSON Schemas of package schemas from the Go types.
// It runs from go generate in the schemas folder; the test in package
// schemas fails when a committed file differs from what it writes.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/gluteplan/gluteplan/schemas/internal/gen/generate"
)

func main() {
	files, err := generate.All()
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(".", name), data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
}
