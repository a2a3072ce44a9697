package main

import "github.com/urfave/cli/v2"

func planCommand() *cli.Command {
	return &cli.Command{
		Name:   "plan",
		Hidden: true,
		Action: func(c *cli.Context) error { return usageErrorf("plan: not built yet") },
	}
}
