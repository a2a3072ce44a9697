// Command gendefault writes catalog/default_decoded.go: the embedded
// default catalog decoded from default.json and written as Go source by
// package golit. go generate ./catalog runs it, with the build tag that
// leaves the old file out of package catalog, so that it builds however
// stale that file is.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/catalog/internal/golit"
)

func main() {
	out := "default_decoded.go"
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	var c catalog.Catalog
	if err := json.Unmarshal(catalog.DefaultJSON(), &c); err != nil {
		fail(fmt.Errorf("default.json: %w", err))
	}
	src, err := golit.Source(&c)
	if err != nil {
		fail(err)
	}
	if err := os.WriteFile(out, src, 0o644); err != nil {
		fail(err)
	}
	fmt.Printf("gendefault: %s: %d entries, %d bytes\n", out, len(c.Exercises), len(src))
}

func fail(err error) {
	fmt.Fprintf(os.Stderr, "gendefault: %v\n", err)
	os.Exit(1)
}
