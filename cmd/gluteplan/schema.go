package main

import (
	"strings"

	"github.com/gluteplan/gluteplan/catalog/document"
	"github.com/gluteplan/gluteplan/schemas"
	"github.com/urfave/cli/v2"
)

func schemaCommand() *cli.Command {
	return &cli.Command{
		Name:      "schema",
		Usage:     "print the JSON Schema of a catalog, profile, plan, log or report file",
		ArgsUsage: strings.Join(schemas.Names, "|"),
		Description: `Prints a JSON Schema (draft 2020-12) generated from gluteplan's own types.
Save it beside your files and point editors at it with "$schema":

   gluteplan schema catalog > catalog.schema.json`,
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageErrorf("schema: give one of %s", strings.Join(schemas.Names, ", "))
			}
			data, ok := schemas.ByName(c.Args().First())
			if !ok {
				return usageErrorf("schema: unknown schema %s: give one of %s", document.Quote(c.Args().First()), strings.Join(schemas.Names, ", "))
			}
			_, err := c.App.Writer.Write(data)
			return err
		},
	}
}
