package main

import (
	"encoding/json"
	"fmt"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/urfave/cli/v2"
)

func validateCommand() *cli.Command {
	return &cli.Command{
		Name:      "validate",
		Usage:     "check catalog files and report every problem with its line and column",
		UsageText: "gluteplan validate FILE... [--format text|json]",
		ArgsUsage: "FILE...",
		Description: `Checks custom catalog files: their syntax (JSON, which may hold // and /* */
comments and trailing commas, or YAML for .yaml and .yml files), the catalog
schema (gluteplan schema catalog), and what a schema cannot say: unique ids,
progressions that exist (here or in the default catalog), go no easier and do
not loop, timed release work. Every problem is reported, in file order, as
FILE:LINE:COL: /json/pointer: message, at the line and column of the file
as written (comments, YAML and all).

   $ gluteplan validate my-exercises.json
   my-exercises.json:14:19: /exercises/1/level: unknown value "expert": use one of beginner, intermediate, advanced
   my-exercises.json:18:15: /exercises/1/dose: give reps or seconds, not both
   gluteplan: 2 problems in 1 file

A valid file prints "FILE: ok (N exercises)". With --format json the
findings are printed as a JSON array ([] when all files are valid).
Exit status: 0 all valid, 1 problems found, 2 a file could not be read.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Value: "text", Usage: "how to report: text (problems on stderr) or json (an array on stdout)"},
		},
		Action: runValidate,
	}
}

func runValidate(c *cli.Context) error {
	files := c.Args().Slice()
	format := c.String("format")
	if format != "text" && format != "json" {
		return usageErrorf("--format: %q is not a format: use text or json", format)
	}
	if len(files) == 0 {
		return usageErrorf("validate: give one or more catalog files, e.g. gluteplan validate my-exercises.json")
	}
	stdout, stderr := c.App.Writer, c.App.ErrWriter
	all := []catalog.Finding{}
	badFiles, ioErrors := 0, 0
	for _, path := range files {
		data, err := readInput(path, "catalog", catalog.MaxCatalogBytes)
		if err != nil {
			// Report it and go on: the other files are still worth checking.
			fmt.Fprintf(stderr, "gluteplan: %s\n", err)
			ioErrors++
			continue
		}
		cat, findings := catalog.Validate(path, data, catalog.Default())
		if len(findings) > 0 {
			badFiles++
			all = append(all, findings...)
			if format == "text" {
				printFindings(stderr, findings)
			}
			continue
		}
		if format == "text" {
			fmt.Fprintf(stdout, "%s: ok (%s)\n", path, plural(len(cat.Exercises), "exercise"))
		}
	}
	if format == "json" {
		data, err := json.MarshalIndent(all, "", "  ")
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s\n", data)
	}
	if badFiles > 0 && format == "text" {
		fmt.Fprintf(stderr, "gluteplan: %s\n", problemSummary(len(all), badFiles))
	}
	switch {
	case ioErrors > 0:
		return reported(exitUsage)
	case badFiles > 0:
		return reported(exitInvalid)
	}
	return nil
}
