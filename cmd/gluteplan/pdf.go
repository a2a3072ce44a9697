package main

import "github.com/urfave/cli/v2"

func pdfCommand() *cli.Command {
	return &cli.Command{
		Name:   "pdf",
		Hidden: true,
		Action: func(c *cli.Context) error { return usageErrorf("pdf: not built yet") },
	}
}
