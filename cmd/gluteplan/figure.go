package main

import (
	"path/filepath"
	"strings"

	"github.com/gluteplan/gluteplan/catalog/figure"
	"github.com/gluteplan/gluteplan/planner/locale"
	"github.com/urfave/cli/v2"
)

func catalogFigureCommand() *cli.Command {
	return &cli.Command{
		Name:      "figure",
		Usage:     "draw one entry's figure as an SVG file",
		UsageText: "gluteplan catalog figure ID -o FILE.svg [--catalog FILE]... [--no-default-catalog]",
		ArgsUsage: "ID",
		Description: `Draws the figure of a catalog entry, from its "figure" data: the end pose
in black, the start pose in light gray, the props and an arrow for the
movement. Use it to check a figure you wrote for your own entry.

   gluteplan catalog figure glute-bridge -o glute-bridge.svg
   gluteplan catalog figure my-wall-sit --catalog mine.json -o wall-sit.svg`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the SVG to `FILE` (.svg)"},
			catalogFlag(),
			noDefaultCatalogFlag(),
		},
		Action:       runCatalogFigure,
		BashComplete: completeIDs,
	}
}

func runCatalogFigure(c *cli.Context) error {
	args := c.Args().Slice()
	if len(args) != 1 {
		return usageErrorf("catalog figure: give one exercise id, e.g. gluteplan catalog figure glute-bridge -o bridge.svg")
	}
	out := c.String("output")
	if out == "" {
		return usageErrorf("catalog figure: say where to write the drawing with -o FILE.svg")
	}
	if !strings.EqualFold(filepath.Ext(out), ".svg") {
		return usageErrorf("-o %s: end the name in .svg", shown(out))
	}
	paths := c.StringSlice("catalog")
	if err := checkOutputPaths([]string{out}, paths); err != nil {
		return err
	}
	cat, err := loadCatalogs(c, c.App.ErrWriter)
	if err != nil {
		return err
	}
	id := args[0]
	e, err := findExercise(cat, id)
	if err != nil {
		return err
	}
	if e.Figure == nil {
		return invalidf("%s has no figure: add a \"figure\" to the entry (see gluteplan schema catalog)", id)
	}
	svg := figure.SVG(figure.New(e.Figure), e.Name)
	if err := writeOutputs([]output{{path: out, data: svg}}); err != nil {
		return err
	}
	wrote(c.App.ErrWriter, locale.English, out) // a figure has no words of a language
	return nil
}
