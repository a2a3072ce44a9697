package main

import "github.com/urfave/cli/v2"

func catalogCommand() *cli.Command {
	return &cli.Command{
		Name:   "catalog",
		Hidden: true,
		Action: func(c *cli.Context) error { return usageErrorf("catalog: not built yet") },
	}
}
