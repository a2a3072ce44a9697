package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/catalog/freedb"
	"github.com/urfave/cli/v2"
)

func catalogImportCommand() *cli.Command {
	return &cli.Command{
		Name:      "import",
		Usage:     "convert open exercise data into a catalog file to review",
		UsageText: "gluteplan catalog import --from free-exercise-db FILE -o OUT.json [--explain]",
		ArgsUsage: "FILE",
		Description: `Converts the entries of the free-exercise-db dataset (the file
dist/exercises.json of github.com/yuhonas/free-exercise-db; its text is
public domain) into a gluteplan catalog file. What maps is mapped: category
(stretching: static stretch, foam rolling: release, the rest: activation),
level (expert: advanced), equipment, targets, instructions as steps, the
name (and an id made from it), the source and the licence.

What the dataset cannot say is left for you: the dose, the glute load of
activation work, whether the position squeezes the outer hip, why it helps,
and the position when the text does not name one. Those fields hold values
starting "REVIEW" (or an empty why) that fail gluteplan validate on purpose,
and a comment at the top of the file lists them per entry with its line.
The file is JSON with comments, which gluteplan reads as it reads any
catalog. Entries a home program cannot use (machines, barbells, partner
drills, jumps, cardio, strongman, Olympic lifts) are left out, listed with
the reason. Images are not imported: the dataset's photos are not public
domain.

   gluteplan catalog import --from free-exercise-db exercises.json -o imported.json --explain
   (fill in every REVIEW value and why, and check each entry)
   gluteplan validate imported.json`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "from", Usage: "the dataset the file comes from: free-exercise-db"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the catalog to `FILE` (.json or .jsonc)"},
			&cli.BoolFlag{Name: "explain", Usage: "print what to fill in per entry and what was left out, and why"},
		},
		Action: runCatalogImport,
	}
}

func runCatalogImport(c *cli.Context) error {
	switch from := c.String("from"); from {
	case "free-exercise-db":
	case "":
		return usageErrorf("catalog import: say which dataset the file comes from: --from free-exercise-db")
	default:
		return usageErrorf("--from: unknown dataset %q: use free-exercise-db", from)
	}
	if c.NArg() != 1 {
		return usageErrorf("catalog import: give one dataset file, e.g. gluteplan catalog import --from free-exercise-db exercises.json -o imported.json")
	}
	in, out := c.Args().First(), c.String("output")
	if out == "" {
		return usageErrorf("catalog import: say where to write the catalog with -o FILE.json")
	}
	if ext := strings.ToLower(filepath.Ext(out)); ext != ".json" && ext != ".jsonc" {
		return usageErrorf("-o %s: end the name in .json or .jsonc (the catalog is written as JSON with comments)", shown(out))
	}
	if err := checkOutputPaths([]string{out}, []string{in}); err != nil {
		return err
	}
	data, err := readInput(in, "dataset", freedb.MaxBytes)
	if err != nil {
		return err
	}
	entries, fs := freedb.Read(in, data)
	if len(fs) > 0 {
		printFindings(c.App.ErrWriter, fs)
		return reported(exitInvalid)
	}
	r := freedb.Convert(entries)
	if len(r.Imported) == 0 {
		fmt.Fprint(c.App.ErrWriter, indent(r.Explain(nil)))
		return invalidf("%s: no entry gluteplan can use: no file written", shown(in))
	}
	data, lines := r.JSONCLines(filepath.Base(in))
	if len(data) > catalog.MaxCatalogBytes {
		// gluteplan validate would refuse it for its size.
		return invalidf("%s: the catalog would be %d bytes, over the limit of %d for a catalog file (%d entries): split the dataset and import each part into a file of its own; no file written",
			shown(in), len(data), catalog.MaxCatalogBytes, len(r.Imported))
	}
	for _, n := range r.Notes {
		fmt.Fprintf(c.App.ErrWriter, "gluteplan: %s: note: %s\n", shown(in), n)
	}
	if err := writeOutputs([]output{{path: out, data: data}}); err != nil {
		return err
	}
	if c.Bool("explain") {
		fmt.Fprint(c.App.Writer, r.Explain(lines))
	}
	fmt.Fprintf(c.App.ErrWriter, "gluteplan: wrote %s: %d entries to review (see the comment at its top), %d left out\n", shown(out), len(r.Imported), len(r.Left))
	return nil
}

func indent(s string) string {
	return "  " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n  ") + "\n"
}
