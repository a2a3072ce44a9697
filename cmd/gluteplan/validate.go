package main

import (
	"encoding/json"
	"fmt"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/catalog/document"
	"github.com/gluteplan/gluteplan/planner/locale"
	"github.com/urfave/cli/v2"
)

func validateCommand() *cli.Command {
	return &cli.Command{
		Name:      "validate",
		Usage:     "check catalog files and report every problem with its line and column",
		UsageText: "gluteplan validate FILE... [--no-default-catalog] [--format text|json]",
		ArgsUsage: "FILE...",
		Description: `Checks custom catalog files: their syntax (JSON, which may hold // and /* */
comments and trailing commas, or YAML for .yaml and .yml files), the catalog
schema (gluteplan schema catalog), and what a schema cannot say: unique ids;
progressions that exist, go no easier and do not loop, over the catalogs
merged as a plan would merge them; release work and static stretches timed,
with no glute load (a static stretch is a hold of 15 to 60 seconds);
dose_max of the same kind as dose (reps or seconds), on the same sides,
no field below the dose's; no item both in equipment and equipment_any;
"disable" ids that name entries of the catalogs before. The files are checked
in the order given, each over the default catalog and the files before it, as
--catalog files of gluteplan plan are. Every problem is reported, in file
order, as FILE:LINE:COL: /json/pointer: message, at the line and column of
the file as written (comments, YAML and all).

   $ gluteplan validate my-exercises.json
   my-exercises.json:14:19: /exercises/1/level: unknown value "expert": use one of beginner, intermediate, advanced
   my-exercises.json:18:15: /exercises/1/dose: give reps or seconds, not both
   gluteplan: 2 problems in 1 file

Notes say what is worth knowing but leaves the file valid: an entry that
replaces one of an earlier catalog (and where that one is), an earlier entry
that progresses into a disabled one, a stretch whose text (or German
translation) speaks of crossing the legs while its hip_compression is false,
a strengthening entry that never reaches a dose that works between its dose
and its ceiling (at least 2 sets of 8 to 15 reps, 6 to 15 for a loaded or
single-leg entry, or 1 to 6 holds of 20 to 45 s), a translation in a
language gluteplan does not speak or with other steps than the entry:

   my-exercises.json:3:13: /exercises/0/id: note: replaces the entry "glute-bridge" of the default catalog

A valid file prints "FILE: ok (N exercises)". With --format json the
findings are printed as a JSON array ([] when there are none), each with a
"severity" of "problem" or "note".
Exit status: 0 all valid (notes allowed), 1 problems found, 2 a file could
not be read.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Value: "text", Usage: "how to report: text (problems on stderr) or json (an array on stdout)"},
			noDefaultCatalogFlag(),
		},
		Action: runValidate,
	}
}

func runValidate(c *cli.Context) error {
	files := c.Args().Slice()
	outFormat, err := choice(c, "format", formats...)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usageErrorf("validate: give one or more catalog files, e.g. gluteplan validate my-exercises.json")
	}
	stdout, stderr := c.App.Writer, c.App.ErrWriter
	layers := catalog.NewLayers(!c.Bool("no-default-catalog"))
	all := []document.Finding{}
	problems, notes, badFiles, ioErrors := 0, 0, 0, 0
	for _, path := range files {
		data, err := readInput(path, "catalog", catalog.MaxCatalogBytes)
		if err != nil {
			// Report it and go on: the other files are still worth checking.
			fmt.Fprintf(stderr, "gluteplan: %s\n", err)
			ioErrors++
			continue
		}
		cat, findings := layers.Validate(path, data)
		all = append(all, findings...)
		if outFormat == "text" {
			printFindings(stderr, findings)
		}
		n := document.Problems(findings)
		problems += n
		notes += len(findings) - n
		if n > 0 || cat == nil {
			badFiles++
			continue
		}
		// Later files are checked over this one, as --catalog files are
		// merged in order.
		layers.Add(cat)
		if outFormat == "text" {
			ok := locale.Count(len(cat.Exercises), "exercise", "exercises")
			if k := len(findings); k > 0 {
				ok += ", " + locale.Count(k, "note", "notes")
			}
			fmt.Fprintf(stdout, "%s: ok (%s)\n", shown(path), ok)
		}
	}
	if outFormat == "json" {
		data, err := json.MarshalIndent(all, "", "  ")
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s\n", data)
	}
	if badFiles > 0 && outFormat == "text" {
		fmt.Fprintf(stderr, "gluteplan: %s\n", findingSummary(problems, notes, badFiles))
	}
	switch {
	case ioErrors > 0:
		return reported(exitUsage)
	case badFiles > 0:
		return reported(exitInvalid)
	}
	return nil
}
