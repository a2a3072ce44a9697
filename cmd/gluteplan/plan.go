package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/catalog/document"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/calendar"
	"github.com/gluteplan/gluteplan/planner/locale"
	"github.com/gluteplan/gluteplan/planner/pdf"
	"github.com/urfave/cli/v2"
)

// now is the clock the default start date comes from; tests set it.
var now = time.Now

// makePlan and writePDF are the planner and the renderer; tests replace
// them to check what a failure inside them (a bug) does: exit 4.
var (
	makePlan = planner.Make
	writePDF = pdf.Write
)

func planCommand() *cli.Command {
	return &cli.Command{
		Name:      "plan",
		Usage:     "build a progressive plan and print it, or write it as PDF, JSON or a calendar",
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

// profileFlags are the profile's flags (gluteplan help profile), one per
// field. Their ranges and defaults come from the profile's struct tags and
// [planner.DefaultProfile], so the help, the checks and the schema agree.
// Number flags are strings read as plain decimals (see [decimalInt]): the
// cli package's own number flags read Go literals, so "011" was 9 and
// "0x10" 16.
func profileFlags() []cli.Flag {
	def := planner.DefaultProfile()
	return []cli.Flag{
		&cli.StringFlag{Name: "profile", Usage: "read the profile from `FILE` (see gluteplan init); flags win over it"},
		&cli.StringFlag{Name: "weeks", Usage: fmt.Sprintf("length of the plan, %s (default %d)", rangeWords("weeks"), def.Weeks)},
		&cli.StringFlag{Name: "start", Usage: "first day, YYYY-MM-DD (default: next Monday)"},
		&cli.StringFlag{Name: "days", Usage: "weekdays available for a session, e.g. mon,wed,fri (default " + commaList(def.Days) + ")"},
		&cli.StringFlag{Name: "minutes", Usage: fmt.Sprintf("most minutes per session, %s (default %d)", rangeWords("minutes"), def.Minutes)},
		&cli.StringFlag{Name: "time", Usage: "when sessions start, HH:MM, for calendar events (default: all-day events)"},
		&cli.StringFlag{Name: "equipment", Usage: "what you own, comma-separated: " + enumWords(catalog.AllEquipment) + ", or none (default " + commaList(def.Equipment) + ")"},
		&cli.StringSliceFlag{Name: "limit", Usage: "what you cannot do: " + enumWords(planner.Limits) + " (no_floor: cannot get down to the floor and up; needs_support: stand on one leg only holding on); repeat or separate with commas"},
		&cli.StringFlag{Name: "level", Usage: "beginner, intermediate or advanced (default " + string(def.Level) + ")"},
		&cli.StringFlag{Name: "sitting-hours", Usage: fmt.Sprintf("hours sitting on a typical day, %s (default %s)", rangeWords("sitting_hours"), locale.Number(def.SittingHours))},
		&cli.StringFlag{Name: "work-hours", Usage: "when the sitting happens, HH:MM-HH:MM, for movement-break reminders (default " + def.WorkHours + ")"},
		&cli.StringFlag{Name: "gym-days", Usage: "weekdays you already train legs or glutes hard, e.g. tue,sat, or none (default none)"},
		&cli.StringFlag{Name: "gym-sets", Usage: fmt.Sprintf("hard glute sets in each gym session, %s: hip thrusts and bridges count 1, squats, deadlifts and lunges a half (default %d)", rangeWords("gym_sets"), def.GymSets)},
		&cli.GenericFlag{Name: "activity", Value: &activityFlag{}, Usage: "your own training, `KIND:DAYS[:SETS]`, e.g. running:tue,sat or cycling:sun:3: kind " + enumWords(planner.ActivityKinds) +
			"; SETS is the hard glute sets a session holds (default by kind, for easy sessions: gym 10, running 3, cycling 2, team_sport 5, walking 0, other 3); repeat for more, or none"},
		&cli.StringFlag{Name: "soreness", Usage: fmt.Sprintf("today's glute soreness, %s: 0 none, 10 the worst imaginable (default %d)", rangeWords("soreness"), def.Soreness)},
		&cli.StringFlag{Name: "pain-days", Usage: fmt.Sprintf("days the soreness has lasted, %s (default %d)", rangeWords("pain_days"), def.PainDays)},
		&cli.BoolFlag{Name: "seen", Usage: "a physical therapist or physician has seen this soreness (implied by gluteal_tendinopathy and piriformis_syndrome)"},
		&cli.StringSliceFlag{Name: "condition", Usage: "a diagnosed condition: " + enumWords(planner.Conditions) + " (within a year after giving birth); repeat for more"},
		&cli.StringFlag{Name: "birth-date", Usage: "with --condition postpartum: the day of the birth, YYYY-MM-DD"},
		&cli.BoolFlag{Name: "caesarean", Usage: "with --condition postpartum: the birth was by caesarean section"},
		&cli.StringSliceFlag{Name: "symptom", Usage: "a warning symptom you have (see gluteplan help rules for what each means): " + enumWords(planner.Symptoms) + "; they stop planning with advice on whom to see; repeat or separate with commas"},
		&cli.StringFlag{Name: "name", Usage: fmt.Sprintf("your name, printed on the PDF, at most %d characters", int(fieldBounds("name").MaxLength))},
		&cli.StringFlag{Name: "lang", Usage: "language of the plan's words (labels, dates, the plan's sentences): " + enumWords(planner.Langs) + " (default " + string(def.Lang) + ")"},
	}
}

func runPlan(c *cli.Context) error {
	if c.NArg() > 0 {
		return usageErrorf("plan: unexpected argument %q: profile settings are flags, e.g. --weeks 6", c.Args().First())
	}
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
	set, err := loadCatalogSet(c, stderr)
	if err != nil {
		return err
	}
	plan, err := makePlan(set.merged, p)
	if err != nil {
		// The profile and catalogs were checked: a plan that cannot be
		// made from them is a bug, not a usage error.
		return internalf("plan: %v", err)
	}
	recordCatalogs(c, plan)

	return deliverPlan(c, plan, set.files, outs, format, paper)
}

// recordCatalogs notes in the plan the custom catalogs it was made from,
// so gluteplan next can ask for them again.
func recordCatalogs(c *cli.Context, plan *planner.Plan) {
	for _, f := range c.StringSlice("catalog") {
		plan.Next.Catalogs = append(plan.Next.Catalogs, filepath.Base(f))
	}
	plan.Next.NoDefaultCatalog = c.Bool("no-default-catalog")
}

// renderPlan makes the bytes of each output, the format following the
// extension.
func renderPlan(plan *planner.Plan, outs []string, paper string, images map[string][]byte) ([]output, error) {
	var files []output
	for _, o := range outs {
		var data []byte
		var err error
		if strings.EqualFold(filepath.Ext(o), ".pdf") {
			var buf bytes.Buffer
			err = writePDF(&buf, plan, pdf.Options{Paper: paper, Images: images})
			data = buf.Bytes()
		} else if strings.EqualFold(filepath.Ext(o), ".ics") {
			data, err = calendar.Bytes(plan)
		} else {
			data, err = plan.JSON()
		}
		if err != nil {
			// What validated always prints (the PDF wraps and shrinks);
			// a failure here is a bug. Nothing is written: the outputs
			// of a run are all or nothing.
			return nil, internalf("%s: cannot render the plan: %v", shown(o), err)
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
		var fs []document.Finding
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
	// whole reads a whole-number flag into the profile field it sets.
	whole := func(flag, field string, dst *int) {
		set(flag, func() (e error) {
			*dst, e = decimalInt(c.String(flag), fieldBounds(field))
			return e
		})
	}
	whole("weeks", "weeks", &p.Weeks)
	set("start", func() error {
		p.Start = c.String("start")
		_, e := planner.ParseDate(p.Start)
		return e
	})
	set("days", func() (e error) {
		p.Days, e = parseList(c.String("days"), planner.Weekdays, false)
		return e
	})
	whole("minutes", "minutes", &p.Minutes)
	set("time", func() error {
		p.SessionTime = strings.TrimSpace(c.String("time"))
		return fieldBounds("session_time").matches(p.SessionTime, "HH:MM on a 24-hour clock, e.g. 07:30")
	})
	set("equipment", func() (e error) {
		p.Equipment, e = parseList(c.String("equipment"), catalog.AllEquipment, true)
		return e
	})
	set("limit", func() (e error) {
		p.Limits, e = parseList(strings.Join(c.StringSlice("limit"), ","), planner.Limits, true)
		return e
	})
	set("level", func() error {
		p.Level = catalog.Level(c.String("level"))
		if p.Level.Rank() < 0 {
			return fmt.Errorf("%q is not a level: use %s", p.Level, enumWords(catalog.Levels))
		}
		return nil
	})
	set("sitting-hours", func() (e error) {
		p.SittingHours, e = decimal(c.String("sitting-hours"), fieldBounds("sitting_hours"))
		return e
	})
	set("work-hours", func() error {
		p.WorkHours = strings.TrimSpace(c.String("work-hours"))
		return fieldBounds("work_hours").matches(p.WorkHours, "HH:MM-HH:MM on a 24-hour clock, e.g. 09:00-17:30")
	})
	set("gym-days", func() (e error) {
		p.GymDays, e = parseList(c.String("gym-days"), planner.Weekdays, true)
		return e
	})
	whole("gym-sets", "gym_sets", &p.GymSets)
	set("activity", func() (e error) {
		p.Activities = c.Generic("activity").(*activityFlag).list
		return nil
	})
	set("seen", func() error {
		p.Seen = c.Bool("seen")
		return nil
	})
	set("birth-date", func() error {
		p.BirthDate = strings.TrimSpace(c.String("birth-date"))
		_, e := planner.ParseDate(p.BirthDate)
		return e
	})
	set("caesarean", func() error {
		p.Caesarean = c.Bool("caesarean")
		return nil
	})
	whole("soreness", "soreness", &p.Soreness)
	whole("pain-days", "pain_days", &p.PainDays)
	set("condition", func() (e error) {
		p.Conditions, e = parseList(strings.Join(c.StringSlice("condition"), ","), planner.Conditions, true)
		return e
	})
	set("symptom", func() (e error) {
		p.Symptoms, e = parseList(strings.Join(c.StringSlice("symptom"), ","), planner.Symptoms, true)
		return e
	})
	set("name", func() error {
		p.Name = c.String("name")
		return fieldBounds("name").text(p.Name)
	})
	set("lang", func() error {
		p.Lang = planner.ParseLang(c.String("lang"))
		if !slices.Contains(planner.Langs, p.Lang) {
			return fmt.Errorf("%q is not a language of the labels: use %s", c.String("lang"), enumWords(planner.Langs))
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
		// What each flag holds is checked as it is read: what is left
		// is how the fields go together, invalid input (exit 1).
		return p, invalidf("profile: %s", strings.Join(probs, "; "))
	}
	return p, nil
}

// activityFlag holds the --activity flags, each KIND:DAYS[:SETS] read as
// it comes (the days' commas stay inside one flag); "none" clears them.
type activityFlag struct {
	list []planner.Activity
	text []string
}

func (f *activityFlag) String() string { return strings.Join(f.text, " ") }

func (f *activityFlag) Set(s string) error {
	f.text = append(f.text, s)
	s = strings.TrimSpace(s)
	if strings.EqualFold(s, "none") {
		f.list = []planner.Activity{}
		return nil
	}
	kind, rest, _ := strings.Cut(s, ":")
	a := planner.Activity{Kind: planner.ActivityKind(strings.ToLower(strings.TrimSpace(kind)))}
	if !slices.Contains(planner.ActivityKinds, a.Kind) {
		return fmt.Errorf("%q is not an activity: use %s, as KIND:DAYS[:SETS], e.g. running:tue,sat", kind, enumWords(planner.ActivityKinds))
	}
	days, sets, hasSets := strings.Cut(rest, ":")
	if strings.TrimSpace(days) == "" {
		return fmt.Errorf("name the days of it, e.g. %s:tue,sat", a.Kind)
	}
	var err error
	if a.Days, err = parseList(days, planner.Weekdays, false); err != nil {
		return err
	}
	if hasSets {
		n, err := decimalInt(sets, fieldBounds("gym_sets"))
		if err != nil {
			return fmt.Errorf("glute sets: %v", err)
		}
		a.GluteSets = &n
	}
	f.list = append(f.list, a)
	return nil
}

// commaList writes values as a flag takes them: "chair,wall".
func commaList[T ~string](xs []T) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = string(x)
	}
	return strings.Join(s, ",")
}

// parseList reads a comma-separated list of enum values; "none" or an empty
// list is allowed only when none is.
func parseList[T ~string](s string, allowed []T, none bool) ([]T, error) {
	out := []T{}
	s = strings.TrimSpace(s)
	if s == "" || s == planner.None {
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
