package main

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gluteplan/gluteplan/catalog/document"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/pdf"
	"github.com/urfave/cli/v2"
)

func pdfCommand() *cli.Command {
	return &cli.Command{
		Name:      "pdf",
		Usage:     "print a plan JSON file as a PDF for the fridge",
		UsageText: "gluteplan pdf PLAN.json -o FILE.pdf [--paper a4|letter] [--lang en|de]",
		Description: `Renders a plan written by "gluteplan plan -o plan.json" as a PDF: an overview
page, a page per week with tick boxes and a soreness scale, and a guide to
every exercise. The labels, dates and the exercises' names and text (from
the catalog entries' translations) are in the plan's language unless --lang
says another; the plan's own sentences (warnings, how the log steered it)
print as the plan has them.

Example:
   gluteplan plan --weeks 6 -o plan.json
   gluteplan pdf plan.json -o plan.pdf --paper letter`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the PDF to `FILE` (.pdf)"},
			&cli.StringFlag{Name: "paper", Value: "a4", Usage: "paper size: a4 or letter"},
			&cli.StringFlag{Name: "lang", Usage: "language of the labels, dates and exercise text: " + enumWords(planner.Langs) + " (default: the plan's)"},
			&cli.StringSliceFlag{Name: "catalog", Usage: "a custom catalog `FILE` the plan was made with: its entries' images print in the guide; repeat for more"},
		},
		Action: runPDF,
	}
}

func runPDF(c *cli.Context) error {
	if c.NArg() != 1 {
		return usageErrorf("pdf: give one plan file, e.g. gluteplan pdf plan.json -o plan.pdf")
	}
	in, out := c.Args().First(), c.String("output")
	if out == "" {
		return usageErrorf("pdf: say where to write the PDF with -o FILE.pdf")
	}
	paper, err := choice(c, "paper", papers...)
	if err != nil {
		return err
	}
	lang := planner.ParseLang(c.String("lang"))
	if c.IsSet("lang") && !slices.Contains(planner.Langs, lang) {
		return usageErrorf("--lang: %s is not a language of the labels: use %s", document.Quote(c.String("lang")), enumWords(planner.Langs))
	}
	if !strings.EqualFold(filepath.Ext(out), ".pdf") {
		return usageErrorf("-o %s: end the name in .pdf", shown(out))
	}
	if err := checkOutputPaths([]string{out}, []string{in}); err != nil {
		return err
	}
	data, err := readInput(in, "plan", maxPlanBytes)
	if err != nil {
		return err
	}
	plan, fs := planner.ReadPlan(in, data)
	if len(fs) > 0 {
		printFindings(c.App.ErrWriter, fs)
		return reported(exitInvalid)
	}
	// Totals that disagree with the plan's own items mean a hand-edited
	// file: say where, rather than draw numbers that do not add up.
	if fs := planner.CheckConsistency(in, data, plan); len(fs) > 0 {
		printFindings(c.App.ErrWriter, fs)
		return reported(exitInvalid)
	}
	var buf bytes.Buffer
	// The custom catalogs the plan was made with, read and validated once,
	// for their entries' images.
	var files []catalogFile
	if paths := c.StringSlice("catalog"); len(paths) > 0 {
		set, err := loadCatalogFiles(paths, true, c.App.ErrWriter)
		if err != nil {
			return err
		}
		files = set.files
	}
	images, err := imageFiles(files)
	if err != nil {
		return err
	}
	if err := writePDF(&buf, plan, pdf.Options{Paper: paper, Images: images, Lang: string(lang)}); err != nil {
		// A plan that passed the schema and the totals check always
		// prints: a failure here is a bug.
		return internalf("%s: cannot print this plan: %v", shown(in), err)
	}
	if err := writeOutputs([]output{{path: out, data: buf.Bytes()}}); err != nil {
		return err
	}
	say := plan.Profile.Language()
	if c.IsSet("lang") {
		say = planner.Profile{Lang: lang}.Language()
	}
	wrote(c.App.ErrWriter, say, out)
	return nil
}
