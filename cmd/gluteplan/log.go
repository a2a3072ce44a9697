package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gluteplan/gluteplan/catalog/document"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
	"github.com/gluteplan/gluteplan/planner/logbook"
	"github.com/urfave/cli/v2"
)

// maxLogBytes bounds a log file: a year of daily entries with full notes
// is under 400 KiB.
const maxLogBytes = 4 << 20

func logCommand() *cli.Command {
	return &cli.Command{
		Name:      "log",
		Usage:     "log how a day or a week of the plan went: evening soreness, what was done, a note, how you manage your tasks",
		UsageText: "gluteplan log LOG.json --plan PLAN.json (--date D | --week N) [--soreness N | --soreness a,b,c,...] [--morning N | --morning a,b,c,...] [--done all|none|ID,...] [--note TEXT] [--function \"TASK=N\"]...",
		Description: `Records in LOG.json, per day of the plan, the evening soreness score (0 to 10),
what was done of the day's session and a note. The file is created when it
does not exist, and belongs to the plan it was started with. Entering a day
again replaces what you give and keeps the rest.

Examples:
   gluteplan log log.json --plan plan.json --date 2026-12-02 --soreness 3 --done all
   gluteplan log log.json --plan plan.json --date 2026-12-04 --done hip-circles,glute-bridge --note "short on time"
   gluteplan log log.json --plan plan.json --week 2 --soreness 2,3,1,0,2,1,1 --done all

With --week, --soreness takes seven scores, one per day of that plan week in
order from its first day (a plan's weeks start on the weekday it starts);
write - for an evening not scored.

--morning scores the next morning's soreness, 0 to 10, on the evening's day
(with --week, seven): tendons answer overnight, so a morning 2 or more above
the evening before counts that evening as sore, and a morning at 8 or more
means stop and get checked, as an evening does:
   gluteplan log log.json --plan plan.json --date 2026-12-02 --morning 5

Once a week, --function scores how well you manage up to three tasks that
matter to you, in your own words, from 0 (cannot do it) to 10 (as well as
before the pain); repeat it for each task, and use the same words each week:
   gluteplan log log.json --plan plan.json --week 2 --function "Climbing stairs=4" --function "Sitting through a film=6"
With --week the scores go on the week's last day; a task scored again in the
same plan week replaces its score. gluteplan report draws them week by week.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "plan", Usage: "the plan `FILE` the log is kept for (gluteplan plan -o plan.json)"},
			&cli.StringFlag{Name: "date", Usage: "the day to log, YYYY-MM-DD"},
			&cli.IntFlag{Name: "week", Usage: "the plan week to log, as the plan numbers it"},
			&cli.StringFlag{Name: "soreness", Usage: "the evening soreness, 0 to 10; with --week seven scores, comma-separated"},
			&cli.StringFlag{Name: "morning", Usage: "the next morning's soreness, 0 to 10, given on the evening's day; with --week seven scores, comma-separated"},
			&cli.StringFlag{Name: "done", Usage: "what was done of the session: all, none, or exercise ids, comma-separated"},
			&cli.StringFlag{Name: "note", Usage: "a note about the day"},
			&cli.GenericFlag{Name: "function", Value: &repeated{}, Usage: "once a week, how well you manage a task that matters to you: \"`TASK=N`\", 0 (cannot do it) to 10 (as before the pain); repeat for up to 3 tasks"},
		},
		Action: runLog,
	}
}

func runLog(c *cli.Context) error {
	if c.NArg() != 1 {
		return usageErrorf("log: give one log file, e.g. gluteplan log log.json --plan plan.json --date 2026-12-02 --soreness 3")
	}
	logFile, planFile := c.Args().First(), c.String("plan")
	if planFile == "" {
		return usageErrorf("log: say which plan the log is for with --plan plan.json")
	}
	records, err := logRecords(c)
	if err != nil {
		return err
	}
	if err := checkOutputPaths([]string{logFile}, []string{planFile}); err != nil {
		return err
	}

	data, err := readInput(planFile, "plan", maxPlanBytes)
	if err != nil {
		return err
	}
	plan, found := planner.ReadPlan(planFile, data)
	if len(found) > 0 {
		printFindings(c.App.ErrWriter, found)
		return reported(exitInvalid)
	}
	// The lock is on the folder the log really is in, the one its
	// temporary file and rename go to, also when logFile is a link.
	dest, _, err := destination(logFile)
	if err != nil {
		return err
	}
	unlock, err := lockFolder(dest)
	if err != nil {
		return err
	}
	defer unlock()
	var lg *logbook.Log
	if _, err := os.Lstat(dest); errors.Is(err, fs.ErrNotExist) {
		lg = logbook.New(plan)
	} else {
		data, err := readInput(logFile, "log", maxLogBytes)
		if err != nil {
			return err
		}
		if lg, found = logbook.Read(logFile, data, plan); len(found) > 0 {
			printFindings(c.App.ErrWriter, found)
			return reported(exitInvalid)
		}
	}

	var dates []string
	if c.IsSet("week") {
		dates, err = logbook.WeekDates(plan, c.Int("week"))
		if err != nil {
			return invalidf("--week %d: %v", c.Int("week"), err)
		}
		if records, err = weekRecords(plan, c, records[0], dates); err != nil {
			return err
		}
	}
	// What log says about the plan is in the plan's language; its errors
	// stay English.
	say := plan.Profile.Language()
	var replaced, moved []string
	for _, r := range records {
		for _, f := range r.Function {
			if from, ok := lg.ScoredInWeek(plan, r.Date, f.Task); ok {
				moved = append(moved, say.Sayf("the score of %q on %s", f.Task, from))
			}
		}
		again, err := lg.Enter(plan, r)
		var fe *logbook.FunctionError
		if errors.As(err, &fe) {
			return invalidf("--function: %v", err)
		}
		if err != nil {
			return invalidf("%s: %v", placeOf(c, r.Date), err)
		}
		if again {
			replaced = append(replaced, say.Sayf("what was logged for %s", r.Date))
		}
	}
	replaced = append(replaced, moved...)
	out, err := lg.JSON()
	if err != nil {
		// A log of plain values always encodes: exit 4 asks for a report.
		return &failure{4, "internal error: log: " + err.Error()}
	}
	if err := writeOutputs([]output{{path: logFile, data: out}}); err != nil {
		return err
	}

	stderr := c.App.ErrWriter
	what := records[0].Date
	if dates != nil {
		what = say.Sayf("week %d (%s to %s)", c.Int("week"), dates[0], dates[len(dates)-1])
	}
	line := say.Sayf("logged %s in %s", what, shown(logFile))
	if len(replaced) > 0 {
		line += " " + say.Sayf("(replacing %s)", strings.Join(replaced, "; "))
	}
	fmt.Fprintln(stderr, "gluteplan: "+line)
	writeWeekLines(c, plan, lg, records)
	painAdvice(c, plan, lg, records)
	return nil
}

// logRecords reads the flags into one record: the day's, or with --week a
// pattern the week's days are made from.
func logRecords(c *cli.Context) ([]logbook.Record, error) {
	byDate, byWeek := c.IsSet("date"), c.IsSet("week")
	switch {
	case byDate && byWeek:
		return nil, usageErrorf("log: give --date or --week, not both")
	case !byDate && !byWeek:
		return nil, usageErrorf("log: say which day with --date YYYY-MM-DD, or which plan week with --week N")
	case !c.IsSet("soreness") && !c.IsSet("morning") && !c.IsSet("done") && !c.IsSet("note") && !c.IsSet("function"):
		return nil, usageErrorf("log: nothing to log: give --soreness, --morning, --done, --note or --function")
	}
	var r logbook.Record
	if c.IsSet("function") {
		for _, v := range *c.Generic("function").(*repeated) {
			f, err := logbook.ParseFunction(v)
			if err != nil {
				return nil, usageErrorf("--function: %v", err)
			}
			r.Function = append(r.Function, f)
		}
	}
	if byDate {
		r.Date = c.String("date")
		if _, err := planner.ParseDate(r.Date); err != nil {
			return nil, usageErrorf("--date: %v", err)
		}
	} else if c.IsSet("note") {
		return nil, usageErrorf("--note: a note goes with one day: use --date")
	}
	if c.IsSet("done") {
		v := strings.TrimSpace(c.String("done"))
		switch v {
		case "all":
			r.Done = logbook.DoneAll
		case "none":
			r.Done = logbook.DoneNone
		case "":
			return nil, usageErrorf("--done: say all, none, or the ids of the exercises done, comma-separated")
		default:
			if byWeek {
				return nil, usageErrorf("--done %s: exercise ids go with one day (--date); with --week use all or none", document.Quote(v))
			}
			r.Done = logbook.DoneSome
			for _, id := range strings.Split(v, ",") {
				id = strings.TrimSpace(id)
				if slices.Contains(r.Exercises, id) {
					return nil, usageErrorf("--done: %s is named twice: name each exercise once", document.Quote(id))
				}
				r.Exercises = append(r.Exercises, id)
			}
		}
	}
	if c.IsSet("note") {
		n := c.String("note")
		if k := utf8.RuneCountInString(n); k > logbook.MaxNote {
			return nil, usageErrorf("--note: the note is %d characters long: keep it to %d", k, logbook.MaxNote)
		}
		r.Note = &n
	}
	for _, flag := range []string{"soreness", "morning"} {
		if !byDate || !c.IsSet(flag) {
			continue
		}
		scores, err := parseScores(flag, c.String(flag))
		if err != nil {
			return nil, err
		}
		if len(scores) != 1 || scores[0] == nil {
			return nil, usageErrorf("--%s: give one score for --date, 0 to 10 (seven, comma-separated, go with --week)", flag)
		}
		if flag == "soreness" {
			r.Soreness = scores[0]
		} else {
			r.Morning = scores[0]
		}
	}
	return []logbook.Record{r}, nil
}

// weekRecords makes the records of the seven days of a plan week from the
// flags: a score per day, and done on the days that hold a session.
func weekRecords(plan *planner.Plan, c *cli.Context, pattern logbook.Record, dates []string) ([]logbook.Record, error) {
	week := map[string][]*int{}
	for _, flag := range []string{"soreness", "morning"} {
		if !c.IsSet(flag) {
			continue
		}
		scores, err := parseScores(flag, c.String(flag))
		if err != nil {
			return nil, err
		}
		if len(scores) != len(dates) {
			return nil, usageErrorf("--%s: %s for week %d: give %d, one per day from %s to %s (- for %s not scored)",
				flag, locale.Count(len(scores), "score", "scores"), c.Int("week"), len(dates),
				planner.LongDate(locale.English, dates[0]), planner.LongDate(locale.English, dates[len(dates)-1]),
				map[string]string{"soreness": "an evening", "morning": "a morning"}[flag])
		}
		week[flag] = scores
	}
	var out []logbook.Record
	for i, date := range dates {
		r := logbook.Record{Date: date}
		if scores := week["soreness"]; scores != nil {
			r.Soreness = scores[i]
		}
		if scores := week["morning"]; scores != nil {
			r.Morning = scores[i]
		}
		if kind, _ := logbook.Session(plan, date); kind != planner.RestDay {
			r.Done = pattern.Done
		}
		// The week's function scores go on its last day, once.
		if i == len(dates)-1 {
			r.Function = pattern.Function
		}
		if r.Soreness != nil || r.Morning != nil || r.Done != "" || len(r.Function) > 0 {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return nil, usageErrorf("log: nothing to log for week %d: every evening is - and the week holds no session", c.Int("week"))
	}
	return out, nil
}

// parseScores reads --soreness or --morning (flag): whole numbers 0 to
// 10, comma-separated, a - (or nothing) for a day not scored.
func parseScores(flag, s string) ([]*int, error) {
	var out []*int
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "-" || f == "" {
			out = append(out, nil)
			continue
		}
		// The rule of plan --soreness: plain digits, no zero in front.
		n, err := strconv.Atoi(f)
		if err == nil && n < 0 {
			return nil, usageErrorf("--%s: %d is out of range: score from 0 (none) to 10 (worst)", flag, n)
		}
		if err != nil || !decimalNumber.MatchString(f) {
			return nil, usageErrorf("--%s: %s is not a score: use whole numbers from 0 (none) to 10 (worst)", flag, document.Quote(f))
		}
		if document.LeadingZero(f) {
			return nil, usageErrorf("--%s: %s starts with a zero: write the number without it", flag, document.Quote(f))
		}
		if n < 0 || n > 10 {
			return nil, usageErrorf("--%s: %d is out of range: score from 0 (none) to 10 (worst)", flag, n)
		}
		out = append(out, &n)
	}
	return out, nil
}

// placeOf names the flag a record came from, for messages.
func placeOf(c *cli.Context, date string) string {
	if c.IsSet("week") {
		return fmt.Sprintf("--week %d", c.Int("week"))
	}
	return "--date"
}

// writeWeekLines prints, for each plan week the run touched, how it stands:
// sessions done and evening scores, in the words of the paper sheet.
func writeWeekLines(c *cli.Context, plan *planner.Plan, lg *logbook.Log, records []logbook.Record) {
	s := logbook.Summarize(plan, lg)
	say := plan.Profile.Language()
	var weeks []int
	for _, r := range records {
		for i, wk := range plan.Weeks {
			if slices.ContainsFunc(wk.Days, func(d planner.Day) bool { return d.Date == r.Date }) && !slices.Contains(weeks, i) {
				weeks = append(weeks, i)
			}
		}
	}
	for _, i := range weeks {
		ws := s.Weeks[i]
		var scores []string
		for _, d := range plan.Weeks[i].Days {
			sc := "-"
			for _, e := range lg.Entries {
				if e.Date == d.Date && e.Soreness != nil {
					sc = strconv.Itoa(*e.Soreness)
				}
			}
			scores = append(scores, sc)
		}
		var tasks string
		for _, ts := range s.Tasks {
			for _, sc := range ts.Scores {
				if sc.Week == ws.Week {
					tasks += fmt.Sprintf(" · %s %d", ts.Task, sc.Score)
				}
			}
		}
		fmt.Fprintln(c.App.Writer, say.Sayf("week %d: %s of %d sessions done · evenings %s · %d at %d or more", ws.Week, say.Number(ws.SessionsDone), ws.Sessions,
			strings.Join(scores, " "), ws.SoreEvenings, planner.PainStepBack)+tasks)
	}
}

// painAdvice prints the pain-monitoring rule's advice for the highest
// score just logged when it asks for more than carrying on (README rule
// 15), in the plan's language. The score is recorded either way.
// A morning at 8 or more counts as such an evening, and a morning 2 or
// more above its evening as a sore one.
func painAdvice(c *cli.Context, plan *planner.Plan, lg *logbook.Log, records []logbook.Record) {
	say := plan.Profile.Language()
	worst, what := -1, ""
	for _, r := range records {
		// A morning entered alone is read with its evening.
		if i := slices.IndexFunc(lg.Entries, func(e logbook.Entry) bool { return e.Date == r.Date }); i >= 0 && r.Morning != nil && r.Soreness == nil {
			r.Soreness = lg.Entries[i].Soreness
		}
		if r.Soreness != nil && *r.Soreness > worst {
			worst, what = *r.Soreness, say.Sayf("An evening scored %d.", *r.Soreness)
		}
		if r.Morning != nil && *r.Morning > worst && *r.Morning >= planner.PainStop {
			worst, what = *r.Morning, say.Sayf("A morning scored %d.", *r.Morning)
		}
		if r.Soreness != nil && r.Morning != nil && *r.Morning >= *r.Soreness+logbook.WorseMorning && worst < planner.PainStepBack {
			worst, what = planner.PainStepBack, say.Sayf("A morning scored %d after an evening of %d.", *r.Morning, *r.Soreness)
		}
	}
	if worst < planner.PainStepBack {
		return
	}
	for _, b := range planner.PainRule(say) {
		if worst >= b.From && worst <= b.To {
			fmt.Fprintln(c.App.ErrWriter, "gluteplan: "+what+" "+b.Say)
		}
	}
}
