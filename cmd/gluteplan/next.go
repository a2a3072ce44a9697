package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/logbook"
	"github.com/urfave/cli/v2"
)

func nextCommand() *cli.Command {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "log", Usage: "the log `FILE` of the plan (gluteplan log): it steers the next block"},
	}
	for _, f := range profileFlags() {
		if f.Names()[0] != "profile" {
			flags = append(flags, f)
		}
	}
	flags = append(flags,
		catalogFlag(),
		noDefaultCatalogFlag(),
		&cli.StringSliceFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the next plan to `FILE`: .pdf, .json or .ics (calendar); repeat for more"},
		&cli.StringFlag{Name: "format", Value: "text", Usage: "what to print when no -o is given: text or json"},
		&cli.StringFlag{Name: "paper", Value: "a4", Usage: "PDF paper size: a4 or letter"},
		&cli.BoolFlag{Name: "explain", Usage: "say how the log steered the block, why each item is in it and why each left-out entry is left out"},
	)
	return &cli.Command{
		Name:      "next",
		Usage:     "plan the block that follows a plan, steered by its log",
		UsageText: "gluteplan next PLAN.json [--log LOG.json] [profile flags] [--catalog FILE]... [-o FILE]... [--format text|json] [--explain]",
		Description: `Plans the weeks that follow PLAN.json, starting the day after it ends and
going on from its last doses and exercises rather than starting low again.
With the log you kept (gluteplan log), the next block responds to how it went:

   two or more evenings at 6 or more in the last week, or soreness rising:
      it starts no higher than your last lighter week, with no new or harder exercises
   fewer than half of the sessions done:
      it repeats the last block's level, with at most three strengthening exercises
   most sessions done and the evenings mostly 0 to 3:
      it goes on, and exercises done at their highest dose move on to harder ones
   an evening at 8 or more in the last week:
      no plan: stop and get checked first (exit 3)

Without a log it goes on carefully, with no harder exercises. The profile is
the plan's own, with today's soreness and pain days cleared; profile flags
change it (--weeks 8, --soreness 3, --days tue,thu,sat ...).

Example:
   gluteplan next plan.json --log log.json -o next.pdf -o next.json`,
		Flags:  flags,
		Action: runNext,
	}
}

func runNext(c *cli.Context) error {
	if c.NArg() != 1 {
		return usageErrorf("next: give one plan file, e.g. gluteplan next plan.json --log log.json")
	}
	planFile, logFile := c.Args().First(), c.String("log")
	format, err := choice(c, "format", formats...)
	if err != nil {
		return err
	}
	paper, err := choice(c, "paper", papers...)
	if err != nil {
		return err
	}
	outs := c.StringSlice("output")
	for _, o := range outs {
		if ext := strings.ToLower(filepath.Ext(o)); ext != ".pdf" && ext != ".json" && ext != ".ics" {
			return usageErrorf("-o %s: the format follows the extension: end the name in .pdf, .json or .ics", shown(o))
		}
	}
	inputs := append([]string{planFile}, c.StringSlice("catalog")...)
	if logFile != "" {
		inputs = append(inputs, logFile)
	}
	if err := checkOutputPaths(outs, inputs); err != nil {
		return err
	}
	stderr := c.App.ErrWriter

	data, err := readInput(planFile, "plan", maxPlanBytes)
	if err != nil {
		return err
	}
	prev, found := planner.ReadPlan(planFile, data)
	if len(found) > 0 {
		printFindings(stderr, found)
		return reported(exitInvalid)
	}
	if err := planner.CheckEnd(prev); err != nil {
		return invalidf("%s: %v", shown(planFile), err)
	}
	if err := sameCatalogs(c, prev); err != nil {
		return err
	}
	var summary *logbook.Summary
	if logFile != "" {
		if _, err := os.Stat(logFile); errors.Is(err, fs.ErrNotExist) {
			return usageErrorf("--log %s: no such file: give the log you kept with gluteplan log, or leave --log out", shown(logFile))
		}
		data, err := readInput(logFile, "log", maxLogBytes)
		if err != nil {
			return err
		}
		lg, found := logbook.Read(logFile, data, prev)
		if len(found) > 0 {
			printFindings(stderr, found)
			return reported(exitInvalid)
		}
		s := logbook.Summarize(prev, lg)
		summary = &s
	}
	p, err := nextProfile(c, prev.Profile)
	if err != nil {
		return err
	}
	// The log's reason goes into the new plan, in its language.
	say := p.Language()
	steering := logbook.Unlogged(say)
	if summary != nil {
		steering = logbook.Steer(*summary, say)
	}
	if steering.Refer {
		// Rule 1: an evening at 8 or more refers, as screening does.
		fmt.Fprintf(stderr, "gluteplan: no plan: %s\n", steering.Reason)
		return reported(exitReferral)
	}
	if r := planner.Screen(p); r != nil {
		fmt.Fprintf(stderr, "gluteplan: no plan: %s\n", r.Message)
		return reported(exitReferral)
	}
	set, err := loadCatalogSet(c, stderr)
	if err != nil {
		return err
	}
	next, err := planner.Continue(set.merged, prev, p, steering.Steer, steering.Reason, steering.Options()...)
	if err != nil {
		return internalf("next: %v", err)
	}
	recordCatalogs(c, next)
	if c.Bool("explain") && !(format == "json" && len(outs) == 0) {
		// JSON on stdout stays pure: its continues field says the same.
		say := next.Profile.Language()
		fmt.Fprint(c.App.Writer, wrap("", say.Sayf("How the log steered this block: %s.", logbook.Rule(say, steering)))+"\n")
	}
	return deliverPlan(c, next, set.files, outs, format, paper)
}

// sameCatalogs refuses to continue a plan made from custom catalogs
// without them, or made without the default catalog with it: next would
// mix in exercises the plan's author left out (README "the next block").
func sameCatalogs(c *cli.Context, prev *planner.Plan) error {
	given := map[string]bool{}
	for _, f := range c.StringSlice("catalog") {
		given[filepath.Base(f)] = true
	}
	var missing []string
	for _, f := range prev.Next.Catalogs {
		if !given[f] {
			missing = append(missing, shown(f))
		}
	}
	noDefault := prev.Next.NoDefaultCatalog && !c.Bool("no-default-catalog")
	if len(missing) == 0 && !noDefault {
		return nil
	}
	var cats []string
	for _, f := range prev.Next.Catalogs {
		cats = append(cats, "--catalog "+shown(f))
	}
	if prev.Next.NoDefaultCatalog {
		cats = append(cats, "--no-default-catalog")
	}
	return invalidf("%s: the plan was made with %s: give the same to gluteplan next, so the next block keeps to the same exercises",
		shown(c.Args().First()), strings.Join(cats, " "))
}

// nextProfile is the profile of the plan continued, with today's soreness
// and pain days cleared (they were today's when that plan was made), and
// the profile flags given to next applied over it.
func nextProfile(c *cli.Context, base planner.Profile) (planner.Profile, error) {
	base.Soreness, base.PainDays, base.Symptoms, base.Start = 0, 0, []planner.Symptom{}, ""
	flagged, err := resolveProfile(c)
	if err != nil {
		return base, err
	}
	for _, o := range profileOverlay {
		if c.IsSet(o.flag) {
			o.copy(&base, &flagged)
		}
	}
	base.Weeks = flagged.Weeks
	if probs := base.Check(); len(probs) > 0 {
		return base, invalidf("profile: %s", strings.Join(probs, "; "))
	}
	return base, nil
}

// profileOverlay copies each profile flag's field from the profile the
// flags made to the profile next goes on with.
var profileOverlay = []struct {
	flag string
	copy func(dst, src *planner.Profile)
}{
	{"days", func(d, s *planner.Profile) { d.Days = s.Days }},
	{"minutes", func(d, s *planner.Profile) { d.Minutes = s.Minutes }},
	{"time", func(d, s *planner.Profile) { d.SessionTime = s.SessionTime }},
	{"equipment", func(d, s *planner.Profile) { d.Equipment = s.Equipment }},
	{"limit", func(d, s *planner.Profile) { d.Limits = s.Limits }},
	{"level", func(d, s *planner.Profile) { d.Level = s.Level }},
	{"sitting-hours", func(d, s *planner.Profile) { d.SittingHours = s.SittingHours }},
	{"work-hours", func(d, s *planner.Profile) { d.WorkHours = s.WorkHours }},
	{"gym-days", func(d, s *planner.Profile) { d.GymDays = s.GymDays }},
	{"gym-sets", func(d, s *planner.Profile) { d.GymSets = s.GymSets }},
	{"activity", func(d, s *planner.Profile) { d.Activities = s.Activities }},
	{"seen", func(d, s *planner.Profile) { d.Seen = s.Seen }},
	{"birth-date", func(d, s *planner.Profile) { d.BirthDate = s.BirthDate }},
	{"caesarean", func(d, s *planner.Profile) { d.Caesarean = s.Caesarean }},
	{"soreness", func(d, s *planner.Profile) { d.Soreness = s.Soreness }},
	{"pain-days", func(d, s *planner.Profile) { d.PainDays = s.PainDays }},
	{"condition", func(d, s *planner.Profile) { d.Conditions = s.Conditions }},
	{"symptom", func(d, s *planner.Profile) { d.Symptoms = s.Symptoms }},
	{"name", func(d, s *planner.Profile) { d.Name = s.Name }},
	{"lang", func(d, s *planner.Profile) { d.Lang = s.Lang }},
}

// deliverPlan prints the plan, or writes it to the outputs all at once;
// files are the custom catalogs the plan was made from, for their images.
func deliverPlan(c *cli.Context, plan *planner.Plan, files []catalogFile, outs []string, format, paper string) error {
	if len(outs) == 0 {
		if format == "json" {
			data, err := plan.JSON()
			if err != nil {
				return internalf("plan: cannot write the plan as JSON: %v", err)
			}
			_, err = c.App.Writer.Write(data)
			return err
		}
		return plan.WriteText(c.App.Writer, c.Bool("explain"))
	}
	// Custom entries' images print in the guide.
	images, err := imageFiles(files)
	if err != nil {
		return err
	}
	written, err := renderPlan(plan, outs, paper, images)
	if err != nil {
		return err
	}
	if err := writeOutputs(written); err != nil {
		return err
	}
	if c.Bool("explain") {
		if err := plan.WriteText(c.App.Writer, true); err != nil {
			return err
		}
	}
	for _, o := range outs {
		wrote(c.App.ErrWriter, plan.Profile.Language(), o)
	}
	return nil
}
