package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/calendar"
	"github.com/gluteplan/gluteplan/planner/pdf"
	"github.com/urfave/cli/v2"
)

// now is the clock the default start date comes from; tests set it.
var now = time.Now

func planCommand() *cli.Command {
	return &cli.Command{
		Name:      "plan",
		Usage:     "build a progressive plan and print it, or write it as PDF or JSON",
		UsageText: "gluteplan plan [--profile FILE] [profile flags] [--catalog FILE]... [--no-default-catalog] [-o FILE.pdf|FILE.json]... [--format text|json] [--paper a4|letter] [--explain]",
		Description: `Builds a plan from your profile (a file, flags, or both: a flag wins over
the file) and the exercise catalog, then prints it or writes it.

Examples:
   gluteplan plan
   gluteplan plan --days mon,wed,fri --minutes 15 --equipment foam_roller,resistance_band
   gluteplan plan --profile profile.json --gym-days tue,thu -o plan.pdf -o plan.json
   gluteplan plan --condition gluteal_tendinopathy --explain

Red-flag symptoms (--symptom) stop planning with advice on whom to see, and exit 3.`,
		Flags: append(profileFlags(),
			catalogFlag(),
			noDefaultCatalogFlag(),
			&cli.StringSliceFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the plan to `FILE`: .pdf, .json or .ics (calendar); repeat for more"},
			&cli.StringFlag{Name: "format", Value: "text", Usage: "what to print when no -o is given: text or json"},
			&cli.StringFlag{Name: "paper", Value: "a4", Usage: "PDF paper size: a4 or letter"},
			&cli.BoolFlag{Name: "explain", Usage: "say why each item is in the plan and why each left-out entry is left out"},
		),
		Action: runPlan,
	}
}

// profileFlags are the flags of SPEC §3, one per profile field.
func profileFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "profile", Usage: "read the profile from `FILE` (see gluteplan init); flags win over it"},
		&cli.IntFlag{Name: "weeks", Usage: "length of the plan, 1 to 52 (default 4)"},
		&cli.StringFlag{Name: "start", Usage: "first day, YYYY-MM-DD (default: next Monday)"},
		&cli.StringFlag{Name: "days", Usage: "weekdays available for a session, e.g. mon,wed,fri (default mon,wed,fri)"},
		&cli.IntFlag{Name: "minutes", Usage: "most minutes per session, 5 to 120 (default 20)"},
		&cli.StringFlag{Name: "equipment", Usage: "what you own, comma-separated: " + enumWords(catalog.AllEquipment) + ", or none (default none)"},
		&cli.StringFlag{Name: "level", Usage: "beginner, intermediate or advanced (default beginner)"},
		&cli.Float64Flag{Name: "sitting-hours", Usage: "hours sitting on a typical day, 0 to 18 (default 0)"},
		&cli.StringFlag{Name: "gym-days", Usage: "weekdays you already train legs or glutes hard, e.g. tue,sat, or none (default none)"},
		&cli.IntFlag{Name: "gym-sets", Usage: "hard glute sets in each gym session, 0 to 40 (default 10)"},
		&cli.IntFlag{Name: "soreness", Usage: "today's glute soreness, 0 to 10 (default 0)"},
		&cli.IntFlag{Name: "pain-days", Usage: "days the soreness has lasted (default 0)"},
		&cli.StringSliceFlag{Name: "condition", Usage: "a diagnosed condition: " + enumWords(catalog.Conditions) + "; repeat for both"},
		&cli.StringSliceFlag{Name: "symptom", Usage: "a symptom you have: " + enumWords(planner.Symptoms) + "; any of them stops planning with advice"},
		&cli.StringFlag{Name: "name", Usage: "your name, printed on the PDF"},
	}
}

func runPlan(c *cli.Context) error {
	if c.NArg() > 0 {
		return usageErrorf("plan: unexpected argument %q: profile settings are flags, e.g. --weeks 6", c.Args().First())
	}
	format := c.String("format")
	if format != "text" && format != "json" {
		return usageErrorf("--format: %q is not a format: use text or json", format)
	}
	paper := c.String("paper")
	if paper != "a4" && paper != "letter" {
		return usageErrorf("--paper: %q is not a paper size: use a4 or letter", paper)
	}
	outs := c.StringSlice("output")
	for _, o := range outs {
		if ext := strings.ToLower(filepath.Ext(o)); ext != ".pdf" && ext != ".json" && ext != ".ics" {
			return usageErrorf("-o %s: the format follows the extension: end the name in .pdf, .json or .ics", o)
		}
	}
	var inputs []string
	if f := c.String("profile"); f != "" {
		inputs = append(inputs, f)
	}
	inputs = append(inputs, c.StringSlice("catalog")...)
	if err := checkOutputPaths(outs, inputs); err != nil {
		return err
	}

	p, err := resolveProfile(c)
	if err != nil {
		return err
	}
	stderr := c.App.ErrWriter
	if r := planner.Screen(p); r != nil {
		fmt.Fprintf(stderr, "gluteplan: no plan: %s\n", r.Message)
		return reported(exitReferral)
	}
	cat, err := loadCatalogs(c, stderr)
	if err != nil {
		return err
	}
	plan, err := planner.Make(cat, p)
	if err != nil {
		return usageErrorf("plan: %v", err)
	}

	if len(outs) == 0 {
		if format == "json" {
			data, err := plan.JSON()
			if err != nil {
				return usageErrorf("plan: %v", err)
			}
			_, err = c.App.Writer.Write(data)
			return err
		}
		return plan.WriteText(c.App.Writer, c.Bool("explain"))
	}
	files, err := renderPlan(plan, outs, paper)
	if err != nil {
		return err
	}
	if err := writeOutputs(files); err != nil {
		return err
	}
	if c.Bool("explain") {
		if err := plan.WriteText(c.App.Writer, true); err != nil {
			return err
		}
	}
	for _, o := range outs {
		fmt.Fprintf(stderr, "gluteplan: wrote %s\n", o)
	}
	return nil
}

// renderPlan makes the bytes of each output, the format following the
// extension.
func renderPlan(plan *planner.Plan, outs []string, paper string) ([]output, error) {
	var files []output
	for _, o := range outs {
		var data []byte
		var err error
		if strings.EqualFold(filepath.Ext(o), ".pdf") {
			var buf bytes.Buffer
			err = pdf.Write(&buf, plan, pdf.Options{Paper: paper})
			data = buf.Bytes()
		} else if strings.EqualFold(filepath.Ext(o), ".ics") {
			data, err = calendar.Bytes(plan)
		} else {
			data, err = plan.JSON()
		}
		if err != nil {
			return nil, usageErrorf("%s: cannot render the plan: %v", o, err)
		}
		files = append(files, output{path: o, data: data})
	}
	return files, nil
}

// resolveProfile builds the profile from the defaults, then the profile
// file, then the flags, and sets the start date when none is given.
func resolveProfile(c *cli.Context) (planner.Profile, error) {
	p := planner.DefaultProfile()
	if f := c.String("profile"); f != "" {
		data, err := readInput(f, "profile", maxProfileBytes)
		if err != nil {
			return p, err
		}
		var fs []catalog.Finding
		p, fs = planner.ReadProfile(f, data)
		if len(fs) > 0 {
			printFindings(c.App.ErrWriter, fs)
			return p, reported(exitInvalid)
		}
	}
	var err error
	set := func(name string, apply func() error) {
		if err == nil && c.IsSet(name) {
			if e := apply(); e != nil {
				err = usageErrorf("--%s: %v", name, e)
			}
		}
	}
	set("weeks", func() error { p.Weeks = c.Int("weeks"); return rangeCheck(p.Weeks, 1, 52) })
	set("start", func() error {
		p.Start = c.String("start")
		_, e := planner.ParseDate(p.Start)
		return e
	})
	set("days", func() (e error) {
		p.Days, e = parseList(c.String("days"), planner.Weekdays, false)
		return e
	})
	set("minutes", func() error { p.Minutes = c.Int("minutes"); return rangeCheck(p.Minutes, 5, 120) })
	set("equipment", func() (e error) {
		p.Equipment, e = parseList(c.String("equipment"), catalog.AllEquipment, true)
		return e
	})
	set("level", func() error {
		p.Level = catalog.Level(c.String("level"))
		if p.Level.Rank() < 0 {
			return fmt.Errorf("%q is not a level: use %s", p.Level, enumWords(catalog.Levels))
		}
		return nil
	})
	set("sitting-hours", func() error {
		p.SittingHours = c.Float64("sitting-hours")
		if !(p.SittingHours >= 0 && p.SittingHours <= 18) {
			return fmt.Errorf("%s is out of range: use 0 to 18", strconv.FormatFloat(p.SittingHours, 'g', -1, 64))
		}
		return nil
	})
	set("gym-days", func() (e error) {
		p.GymDays, e = parseList(c.String("gym-days"), planner.Weekdays, true)
		return e
	})
	set("gym-sets", func() error { p.GymSets = c.Int("gym-sets"); return rangeCheck(p.GymSets, 0, 40) })
	set("soreness", func() error { p.Soreness = c.Int("soreness"); return rangeCheck(p.Soreness, 0, 10) })
	set("pain-days", func() error { p.PainDays = c.Int("pain-days"); return rangeCheck(p.PainDays, 0, 3650) })
	set("condition", func() (e error) {
		p.Conditions, e = parseList(strings.Join(c.StringSlice("condition"), ","), catalog.Conditions, true)
		return e
	})
	set("symptom", func() (e error) {
		p.Symptoms, e = parseList(strings.Join(c.StringSlice("symptom"), ","), planner.Symptoms, true)
		return e
	})
	set("name", func() error {
		p.Name = c.String("name")
		if n := len([]rune(p.Name)); n > 80 {
			return fmt.Errorf("is %d characters long: use at most 80", n)
		}
		return nil
	})
	if err != nil {
		return p, err
	}
	if p.Start == "" {
		p.Start = planner.NextMonday(now())
	}
	if probs := p.Check(); len(probs) > 0 {
		return p, usageErrorf("profile: %s", strings.Join(probs, "; "))
	}
	return p, nil
}

func rangeCheck(v, lo, hi int) error {
	if v < lo || v > hi {
		return fmt.Errorf("%d is out of range: use %d to %d", v, lo, hi)
	}
	return nil
}

// parseList reads a comma-separated list of enum values; "none" or an empty
// list is allowed only when none is.
func parseList[T ~string](s string, allowed []T, none bool) ([]T, error) {
	out := []T{}
	s = strings.TrimSpace(s)
	if s == "" || s == "none" {
		if !none {
			return nil, fmt.Errorf("name at least one of %s", enumWords(allowed))
		}
		return out, nil
	}
	for _, f := range strings.Split(s, ",") {
		v := T(strings.ToLower(strings.TrimSpace(f)))
		if !slices.Contains(allowed, v) {
			return nil, fmt.Errorf("%q is not allowed: use %s", f, enumWords(allowed))
		}
		if slices.Contains(out, v) {
			return nil, fmt.Errorf("%q is listed twice", f)
		}
		out = append(out, v)
	}
	return out, nil
}
