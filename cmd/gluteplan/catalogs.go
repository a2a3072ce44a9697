package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/urfave/cli/v2"
)

// catalogFlag is the --catalog flag of the commands that read the catalog:
// custom catalog files merged, in order, over the embedded default.
func catalogFlag() cli.Flag {
	return &cli.StringSliceFlag{
		Name:    "catalog",
		EnvVars: []string{"GLUTEPLAN_CATALOG"},
		Usage:   "custom catalog `FILE` merged over the default; repeat for more",
	}
}

// loadCatalog returns the embedded default catalog with the custom catalog
// files at paths merged over it in order: an entry with an id already
// present replaces it, a new id is added. Each file is validated against
// the catalog merged so far, so its progressions may lead into the default
// entries. Every finding goes to stderr; any makes the run fail with exit
// 1 (already reported). A file that cannot be read is an I/O error.
func loadCatalog(paths []string, stderr io.Writer) (*catalog.Catalog, error) {
	merged := catalog.Default().Clone()
	problems, badFiles := 0, 0
	for _, path := range paths {
		data, err := readInput(path, "catalog", catalog.MaxCatalogBytes)
		if err != nil {
			return nil, err
		}
		c, findings := catalog.Validate(path, data, merged)
		printFindings(stderr, findings)
		if len(findings) > 0 {
			problems += len(findings)
			badFiles++
			continue
		}
		merged = catalog.Merge(merged, c)
	}
	if problems > 0 {
		fmt.Fprintf(stderr, "gluteplan: %s: fix the catalog and run again\n", problemSummary(problems, badFiles))
		return nil, reported(exitInvalid)
	}
	return merged, nil
}

// problemSummary says "3 problems in 2 files".
func problemSummary(problems, files int) string {
	return fmt.Sprintf("%s in %s", plural(problems, "problem"), plural(files, "file"))
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// enumWords lists the values of an enumeration for messages and help.
// printFindings writes each finding on a line of its own, in the
// FILE:LINE:COL: form editors read.
func printFindings(w io.Writer, fs []catalog.Finding) {
	for _, f := range fs {
		fmt.Fprintln(w, f)
	}
}

func enumWords[T ~string](xs []T) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = string(x)
	}
	return strings.Join(s, ", ")
}
