package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/schemas"
	"github.com/urfave/cli/v2"
)

func initCommand() *cli.Command {
	return &cli.Command{
		Name:  "init",
		Usage: "write a starting profile (and optionally a custom-catalog skeleton) with their schemas",
		Description: `Writes profile.json with every field at its default, and profile.schema.json
beside it, so an editor that reads "$schema" explains and completes each field.
Edit the profile, then: gluteplan plan --profile profile.json -o plan.pdf

With --custom-catalog it also writes a catalog skeleton with one example
entry and catalog.schema.json, for coaches and physical therapists:
   gluteplan init --custom-catalog my-exercises.json
   gluteplan validate my-exercises.json

Existing files are never overwritten unless --force is given.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "profile", Usage: "write the profile to `FILE`", Value: "profile.json"},
			&cli.StringFlag{Name: "custom-catalog", Usage: "also write a custom-catalog skeleton to `FILE`"},
			&cli.BoolFlag{Name: "force", Usage: "overwrite existing files"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageErrorf("init: unexpected argument %q: init takes only flags", c.Args().First())
			}
			var outs []output
			add := func(path string, data []byte) {
				outs = append(outs, output{path, data})
			}
			profilePath := c.String("profile")
			p := planner.DefaultProfile()
			p.Schema = "./profile.schema.json"
			data, err := json.MarshalIndent(p, "", "  ")
			if err != nil {
				return internalf("init: %v", err)
			}
			add(profilePath, append(data, '\n'))
			add(filepath.Join(filepath.Dir(profilePath), "profile.schema.json"), schemas.Profile)
			if path := c.String("custom-catalog"); path != "" {
				add(path, catalogSkeleton())
				add(filepath.Join(filepath.Dir(path), "catalog.schema.json"), schemas.Catalog)
			}
			var paths []string
			for _, o := range outs {
				paths = append(paths, o.path)
			}
			if err := checkOutputPaths(paths, nil); err != nil {
				return err
			}
			if !c.Bool("force") {
				for _, o := range outs {
					if _, err := os.Stat(o.path); err == nil {
						return usageErrorf("%s: already exists: keep it, or give --force to overwrite", shown(o.path))
					}
				}
			}
			if err := writeOutputs(outs); err != nil {
				return err
			}
			for _, o := range outs {
				fmt.Fprintf(c.App.Writer, "wrote %s\n", shown(o.path))
			}
			return nil
		},
	}
}

// catalogSkeleton is a custom catalog with one complete example entry.
func catalogSkeleton() []byte {
	c := catalog.Catalog{
		Schema: "./catalog.schema.json",
		Exercises: []catalog.Exercise{{
			ID:        "my-wall-sit-squeeze",
			Name:      "Wall sit with glute squeeze",
			Category:  catalog.Activation,
			Targets:   []catalog.Target{catalog.GluteusMaximus, catalog.GluteusMedius},
			Equipment: []catalog.Equipment{catalog.Wall},
			Level:     catalog.Beginner,
			Position:  catalog.Standing,
			Dose:      catalog.Dose{Sets: 2, Seconds: 20, RestSeconds: 30},
			GluteLoad: 0.1,
			Steps: []string{
				"Lean your back on a wall and walk your feet out until your knees bend a little.",
				"Squeeze both buttocks and hold, breathing slowly.",
			},
			Cues:     []string{"Feel the squeeze in the buttocks, not the front of the thighs."},
			Mistakes: []string{"Sliding down so far that the knees ache."},
			Why:      "A steady hold against the wall that works the glutes with little strain on the knees.",
		}},
	}
	data, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		panic(err) // a fixed value always marshals
	}
	return append(data, '\n')
}
