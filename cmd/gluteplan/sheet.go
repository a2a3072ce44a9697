package main

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner/pdf"
	"github.com/urfave/cli/v2"
)

func catalogSheetCommand() *cli.Command {
	return &cli.Command{
		Name:      "sheet",
		Usage:     "print every catalog entry with its figure as a PDF, for reviewing a catalog",
		UsageText: "gluteplan catalog sheet -o FILE.pdf [--lang en|de] [--catalog FILE]... [--no-default-catalog] [--paper a4|letter]",
		Description: `Prints a PDF with a card for every entry of the catalog (the default one with
any --catalog files merged over it): its figure or image, name, id,
category, level, position, dose and equipment; six cards to a page. Made for a
physiotherapist or coach checking a catalog at a glance; with
--no-default-catalog, only the --catalog files. With --lang de the cards and
their names are German (an entry without a German translation keeps its
name as written).

   gluteplan catalog sheet -o sheet.pdf
   gluteplan catalog sheet --catalog mine.json -o mine.pdf --paper letter
   gluteplan catalog sheet -o blatt.pdf --lang de`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the PDF to `FILE` (.pdf)"},
			&cli.StringFlag{Name: "paper", Value: "a4", Usage: "paper size: a4 or letter"},
			langFlag(),
			catalogFlag(),
			noDefaultCatalogFlag(),
		},
		Action: runCatalogSheet,
	}
}

func runCatalogSheet(c *cli.Context) error {
	if c.NArg() > 0 {
		return usageErrorf("catalog sheet: unexpected argument %q: the sheet holds every entry; add files with --catalog", c.Args().First())
	}
	out := c.String("output")
	if out == "" {
		return usageErrorf("catalog sheet: say where to write the PDF with -o FILE.pdf")
	}
	if !strings.EqualFold(filepath.Ext(out), ".pdf") {
		return usageErrorf("-o %s: end the name in .pdf", shown(out))
	}
	paper, err := choice(c, "paper", papers...)
	if err != nil {
		return err
	}
	say, err := langOf(c)
	if err != nil {
		return err
	}
	paths := c.StringSlice("catalog")
	if err := checkOutputPaths([]string{out}, paths); err != nil {
		return err
	}
	set, err := loadCatalogSet(c, c.App.ErrWriter)
	if err != nil {
		return err
	}
	images, err := imageFiles(set.files)
	if err != nil {
		return err
	}
	entries := make([]pdf.SheetEntry, len(set.merged.Exercises))
	for i, e := range set.merged.Exercises {
		entries[i] = pdf.SheetEntry{Exercise: e}
		if e.Figure == nil && e.Image != "" {
			entries[i].Image = images[e.ID]
		}
	}
	var buf bytes.Buffer
	if err := pdf.WriteSheet(&buf, entries, pdf.Options{Paper: paper, Lang: say.Code}); err != nil {
		return invalidf("cannot print the sheet: %v", err)
	}
	if err := writeOutputs([]output{{path: out, data: buf.Bytes()}}); err != nil {
		return err
	}
	wrote(c.App.ErrWriter, say, out)
	return nil
}

// imageFiles reads the image of every entry that names one, from beside
// the catalog file that holds the entry; a later file's entry wins, as in
// the merged catalog. A file named by many entries is read once, and they
// share its bytes (the PDF then makes its picture once). Validation has
// checked the files and their images already (an image with a problem
// stopped the run at its catalog line, exit 1), and the catalogs it read
// are the ones given: no catalog file is read twice.
func imageFiles(files []catalogFile) (map[string][]byte, error) {
	out := map[string][]byte{}
	read := map[string][]byte{}
	for _, f := range files {
		path := f.path
		for _, e := range f.cat.Exercises {
			delete(out, e.ID)
			if e.Image == "" {
				continue
			}
			key := filepath.Join(filepath.Dir(path), filepath.FromSlash(e.Image))
			img, ok := read[key]
			if !ok {
				var err error
				if img, err = catalog.ReadImage(path, e.Image); err != nil {
					// Checked a moment ago: the file changed since.
					return nil, usageErrorf("%s: entry %s: %v", shown(path), e.ID, err)
				}
				read[key] = img
			}
			out[e.ID] = img
		}
	}
	return out, nil
}
