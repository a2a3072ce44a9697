package main

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gluteplan/gluteplan/catalog/document"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/logbook"
	"github.com/gluteplan/gluteplan/planner/pdf"
	"github.com/gluteplan/gluteplan/planner/report"
	"github.com/urfave/cli/v2"
)

func reportCommand() *cli.Command {
	return &cli.Command{
		Name:      "report",
		Usage:     "a progress report of your plans and logs: is it getting better?",
		UsageText: "gluteplan report --plan PLAN.json... --log LOG.json... [-o FILE.pdf|FILE.txt|FILE.json]... [--lang en|de] [--paper a4|letter]",
		Description: `Reads a chain of plans (a plan and the plans gluteplan next made from it, in
any order) and the logs you kept of them, and writes a progress report for
you and whoever treats you: every evening's soreness across the weeks with
the blocks and how each began, the sessions done each week, your function
scores (gluteplan log --function) and a few plain sentences that say what
the numbers say, and when to see someone if they call for it.

Without -o it prints the report; -o writes a PDF (one or two pages), a text
file or JSON (gluteplan schema report), by the name's extension.

Example:
   gluteplan report --plan plan.json --plan next.json --log log.json --log next-log.json -o report.pdf`,
		Flags: []cli.Flag{
			&cli.GenericFlag{Name: "plan", Value: &repeated{}, Usage: "a plan `FILE` of the chain; repeat for each plan"},
			&cli.GenericFlag{Name: "log", Value: &repeated{}, Usage: "the log `FILE` of a plan (gluteplan log); repeat for each log"},
			&cli.GenericFlag{Name: "output", Aliases: []string{"o"}, Value: &repeated{}, Usage: "write the report to `FILE`: .pdf, .txt or .json; repeat for more"},
			&cli.StringFlag{Name: "lang", Usage: "language of the report: " + enumWords(planner.Langs) + " (default: the last plan's)"},
			&cli.StringFlag{Name: "paper", Value: "a4", Usage: "paper size of the PDF: a4 or letter"},
		},
		Action: runReport,
	}
}

// maxReportPlans bounds the plans of one report: a chain of 52 one-week
// plans is a year.
const maxReportPlans = 60

func runReport(c *cli.Context) error {
	if c.NArg() > 0 {
		return usageErrorf("report: %s: give the plans with --plan and the logs with --log, e.g. gluteplan report --plan plan.json --log log.json", shown(c.Args().First()))
	}
	plans := []string(*c.Generic("plan").(*repeated))
	logs := []string(*c.Generic("log").(*repeated))
	outs := []string(*c.Generic("output").(*repeated))
	switch {
	case len(plans) == 0:
		return usageErrorf("report: give the plans with --plan, e.g. gluteplan report --plan plan.json --log log.json")
	case len(logs) == 0:
		return usageErrorf("report: give the logs of the plans with --log: a report of plans alone has nothing to show")
	case len(plans) > maxReportPlans || len(logs) > maxReportPlans:
		return usageErrorf("report: %d plans and %d logs given: a report reads at most %d of each", len(plans), len(logs), maxReportPlans)
	}
	for _, o := range outs {
		if ext := strings.ToLower(filepath.Ext(o)); ext != ".pdf" && ext != ".txt" && ext != ".json" {
			return usageErrorf("-o %s: the format follows the extension: end the name in .pdf, .txt or .json", shown(o))
		}
	}
	paper, err := choice(c, "paper", papers...)
	if err != nil {
		return err
	}
	lang := planner.Lang(strings.ToLower(strings.TrimSpace(c.String("lang"))))
	if c.IsSet("lang") && !slices.Contains(planner.Langs, lang) {
		return usageErrorf("--lang: %s is not a language of the report: use %s", document.Quote(c.String("lang")), enumWords(planner.Langs))
	}
	if err := checkOutputPaths(outs, append(slices.Clone(plans), logs...)); err != nil {
		return err
	}
	stderr := c.App.ErrWriter

	var pfs []report.PlanFile
	for _, file := range plans {
		data, err := readInput(file, "plan", maxPlanBytes)
		if err != nil {
			return err
		}
		p, found := planner.ReadPlan(file, data)
		if len(found) > 0 {
			printFindings(stderr, found)
			return reported(exitInvalid)
		}
		pfs = append(pfs, report.PlanFile{File: shown(file), Plan: p})
	}
	chain, err := report.NewChain(pfs)
	if err != nil {
		return reportError(err)
	}
	var lfs []report.LogFile
	for _, file := range logs {
		data, err := readInput(file, "log", maxLogBytes)
		if err != nil {
			return err
		}
		// The log names its plan: find it in the chain, then read the log
		// again against it, so that its days and exercises are checked.
		lg, found := logbook.Read(file, data, nil)
		if len(found) > 0 {
			printFindings(stderr, found)
			return reported(exitInvalid)
		}
		k, err := chain.Match(shown(file), lg.Plan)
		if err != nil {
			return reportError(err)
		}
		if lg, found = logbook.Read(file, data, chain.Plans[k].Plan); len(found) > 0 {
			printFindings(stderr, found)
			return reported(exitInvalid)
		}
		lfs = append(lfs, report.LogFile{File: shown(file), Log: lg})
	}
	say := chain.Plans[len(chain.Plans)-1].Plan.Profile.Language()
	if c.IsSet("lang") {
		say = planner.Profile{Lang: lang}.Language()
	}
	r, err := report.Make(chain, lfs, say)
	if err != nil {
		return reportError(err)
	}

	if len(outs) == 0 {
		_, err := fmt.Fprint(c.App.Writer, r.Text())
		return err
	}
	var files []output
	for _, o := range outs {
		var data []byte
		switch strings.ToLower(filepath.Ext(o)) {
		case ".txt":
			data = []byte(r.Text())
		case ".json":
			if data, err = r.JSON(); err != nil {
				return internalf("report: %v", err)
			}
		case ".pdf":
			var buf bytes.Buffer
			if err := pdf.WriteReport(&buf, r, pdf.Options{Paper: paper}); err != nil {
				return internalf("report: cannot print the report: %v", err)
			}
			data = buf.Bytes()
		}
		files = append(files, output{path: o, data: data})
	}
	if err := writeOutputs(files); err != nil {
		return err
	}
	for _, o := range outs {
		wrote(stderr, say, o)
	}
	return nil
}

// reportError turns a reason the files make no report into invalid input,
// one line naming the file.
func reportError(err error) error {
	var re *report.Error
	if errors.As(err, &re) {
		return invalidf("%s: %s", re.File, re.Msg)
	}
	return internalf("report: %v", err)
}
