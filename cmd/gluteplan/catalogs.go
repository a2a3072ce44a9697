package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/catalog/document"
	"github.com/gluteplan/gluteplan/planner/locale"
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

// noDefaultCatalogFlag is --no-default-catalog: plan from the --catalog
// files alone.
func noDefaultCatalogFlag() cli.Flag {
	return &cli.BoolFlag{
		Name:  "no-default-catalog",
		Usage: "leave out the embedded default catalog: use the --catalog files alone",
	}
}

// loadCatalogs loads the catalogs the --catalog and --no-default-catalog
// flags of c name, as [loadCatalogFiles] does, and returns the merged
// catalog.
func loadCatalogs(c *cli.Context, stderr io.Writer) (*catalog.Catalog, error) {
	set, err := loadCatalogSet(c, stderr)
	if err != nil {
		return nil, err
	}
	return set.merged, nil
}

// loadCatalogSet is [loadCatalogs] for the commands that also print the
// images of custom entries: it keeps each file's catalog as well.
func loadCatalogSet(c *cli.Context, stderr io.Writer) (*catalogSet, error) {
	return loadCatalogFiles(c.StringSlice("catalog"), !c.Bool("no-default-catalog"), stderr)
}

// A catalogSet is the catalogs of a run, each file read and validated
// once: the merged catalog plans use, and each custom file's own catalog,
// which later steps (the images of its entries) read rather than reading
// and validating the file again.
type catalogSet struct {
	merged *catalog.Catalog
	files  []catalogFile // in the order given
}

// A catalogFile is one --catalog file and the catalog validation read from
// it.
type catalogFile struct {
	path string
	cat  *catalog.Catalog
}

// loadCatalogFiles returns the custom catalog files at paths merged in
// order over the embedded default catalog (or over nothing, without
// withDefault): a file's "disable" ids leave the catalog, an entry with an
// id already present replaces it, a new id is added. Each file is validated
// against the catalogs before it, so its progressions may lead into their
// entries. Every finding goes to stderr, notes too (an entry replaced, with
// where it was); any problem makes the run fail with exit 1 (already
// reported). A file that cannot be read is an I/O error.
func loadCatalogFiles(paths []string, withDefault bool, stderr io.Writer) (*catalogSet, error) {
	if !withDefault && len(paths) == 0 {
		return nil, usageErrorf("--no-default-catalog: give the catalogs to use with --catalog FILE")
	}
	layers := catalog.NewLayers(withDefault)
	set := &catalogSet{}
	problems, notes, badFiles := 0, 0, 0
	for _, path := range paths {
		data, err := readInput(path, "catalog", catalog.MaxCatalogBytes)
		if err != nil {
			return nil, err
		}
		c, findings := layers.Validate(path, data)
		printFindings(stderr, findings)
		n := document.Problems(findings)
		notes += len(findings) - n
		if n > 0 || c == nil {
			problems += n
			badFiles++
			continue
		}
		layers.Add(c)
		set.files = append(set.files, catalogFile{path: path, cat: c})
	}
	if problems > 0 {
		fmt.Fprintf(stderr, "gluteplan: %s: fix the catalog and run again\n", findingSummary(problems, notes, badFiles))
		return nil, reported(exitInvalid)
	}
	set.merged = layers.Catalog()
	return set, nil
}

// findingSummary says "3 problems in 2 files", with ", and 1 note" when
// there are notes.
func findingSummary(problems, notes, files int) string {
	s := problemSummary(problems, files)
	if notes > 0 {
		s += ", and " + locale.Count(notes, "note", "notes")
	}
	return s
}

// problemSummary says "3 problems in 2 files".
func problemSummary(problems, files int) string {
	return fmt.Sprintf("%s in %s", locale.Count(problems, "problem", "problems"), locale.Count(files, "file", "files"))
}

// enumWords lists the values of an enumeration for messages and help.
// printFindings writes each finding on a line of its own, in the
// FILE:LINE:COL: form editors read.
func printFindings(w io.Writer, fs []document.Finding) {
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
