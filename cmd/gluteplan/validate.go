package main

import "github.com/urfave/cli/v2"

func validateCommand() *cli.Command {
	return &cli.Command{
		Name:   "validate",
		Hidden: true,
		Action: func(c *cli.Context) error { return usageErrorf("validate: not built yet") },
	}
}
