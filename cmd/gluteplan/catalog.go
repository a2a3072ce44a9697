package main

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/catalog/document"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
	"github.com/urfave/cli/v2"
)

func catalogCommand() *cli.Command {
	return &cli.Command{
		Name:      "catalog",
		Usage:     "browse the exercise catalog: list entries, show one in full, draw figures, import open data",
		UsageText: "gluteplan catalog list [--category C] [--equipment E] [--format text|json|yaml] [--lang en|de] [--catalog FILE]... [--no-default-catalog]\ngluteplan catalog show ID [--lang en|de] [--catalog FILE]... [--no-default-catalog]\ngluteplan catalog figure ID -o FILE.svg [--catalog FILE]... [--no-default-catalog]\ngluteplan catalog sheet -o FILE.pdf [--lang en|de] [--catalog FILE]... [--no-default-catalog] [--paper a4|letter]\ngluteplan catalog import --from free-exercise-db FILE -o OUT.json [--explain]",
		Description: `Browses the embedded default catalog, with custom catalog files (--catalog)
merged over it as gluteplan plan would merge them (their "disable" lists
leave entries out); --no-default-catalog browses the --catalog files alone.

   gluteplan catalog list --category myofascial_release
   gluteplan catalog show glute-bridge
   gluteplan catalog list --format json > all.json   # a catalog file
   gluteplan catalog list --format yaml > all.yaml   # the same, in YAML`,
		Subcommands: []*cli.Command{catalogListCommand(), catalogShowCommand(), catalogFigureCommand(), catalogSheetCommand(), catalogImportCommand()},
	}
}

func catalogListCommand() *cli.Command {
	return &cli.Command{
		Name:      "list",
		Usage:     "list the catalog's entries, as a table or as a catalog file",
		UsageText: "gluteplan catalog list [--category C] [--equipment E] [--format text|json|yaml] [--lang en|de] [--catalog FILE]... [--no-default-catalog]",
		Description: `Prints one line per entry: id, name, category, level, equipment and glute
load (hard-set equivalents per set); a choice of equipment (any one of
them will do) reads mini_band|resistance_band; --lang de names the entries
in German where they have a German translation. --category keeps the entries
of one category; --equipment E keeps the entries that use E, alone or as
one choice, and --equipment none those that need no equipment at all. --format json and --format yaml print
a catalog file that gluteplan validate accepts (save the YAML one as .yaml),
translations included, whatever --lang says.

   gluteplan catalog list --equipment foam_roller
   gluteplan catalog list --catalog my-exercises.json --format json > merged.json`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "category", Usage: "only entries of category `C`: " + enumWords(catalog.Categories)},
			&cli.StringFlag{Name: "equipment", Usage: "only entries that use `E`: " + enumWords(catalog.AllEquipment) + "; none for entries that need nothing"},
			&cli.StringFlag{Name: "format", Value: "text", Usage: "text (a table), json or yaml (a catalog file)"},
			langFlag(),
			catalogFlag(),
			noDefaultCatalogFlag(),
		},
		Action: runCatalogList,
	}
}

func runCatalogList(c *cli.Context) error {
	args := c.Args().Slice()
	if len(args) > 0 {
		return usageErrorf("catalog list: unexpected argument %q: filter with --category or --equipment", args[0])
	}
	outFormat, err := choice(c, "format", append(formats, "yaml")...)
	if err != nil {
		return err
	}
	say, err := langOf(c)
	if err != nil {
		return err
	}
	category := catalog.Category(c.String("category"))
	if category != "" && !slices.Contains(catalog.Categories, category) {
		return usageErrorf("--category: unknown category %s: use one of %s", document.Quote(string(category)), enumWords(catalog.Categories))
	}
	equipment := catalog.Equipment(c.String("equipment"))
	if equipment != "" && equipment != "none" && !slices.Contains(catalog.AllEquipment, equipment) {
		return usageErrorf("--equipment: unknown equipment %s: use one of %s, or none", document.Quote(string(equipment)), enumWords(catalog.AllEquipment))
	}
	cat, err := loadCatalogs(c, c.App.ErrWriter)
	if err != nil {
		return err
	}
	list := catalog.Catalog{Exercises: []catalog.Exercise{}}
	for _, e := range cat.Exercises {
		if category != "" && e.Category != category {
			continue
		}
		switch {
		case equipment == "none" && len(e.Equipment)+len(e.EquipmentAny) > 0:
			continue
		case equipment != "" && equipment != "none" && !e.Needs(equipment):
			continue
		}
		list.Exercises = append(list.Exercises, e)
	}
	w := c.App.Writer
	if outFormat == "json" {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(list)
	}
	if outFormat == "yaml" {
		data, err := catalog.MarshalYAML(&list)
		if err != nil {
			return internalf("catalog list: cannot write YAML: %v", err)
		}
		_, err = w.Write(data)
		return err
	}
	if len(list.Exercises) == 0 {
		fmt.Fprintln(c.App.ErrWriter, "gluteplan: no entry matches: try fewer filters")
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tCATEGORY\tLEVEL\tEQUIPMENT\tLOAD")
	for _, e := range list.Exercises {
		equip := "-"
		if len(e.Equipment) > 0 {
			equip = enumWords(e.Equipment)
		}
		if len(e.EquipmentAny) > 0 {
			// A choice of items reads "mini_band|resistance_band".
			choice := make([]string, len(e.EquipmentAny))
			for i, q := range e.EquipmentAny {
				choice[i] = string(q)
			}
			if equip == "-" {
				equip = strings.Join(choice, "|")
			} else {
				equip += ", " + strings.Join(choice, "|")
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", e.ID, oneLine(e.NameIn(say.Code)), e.Category, e.Level, equip, number(e.GluteLoad))
	}
	return tw.Flush()
}

func catalogShowCommand() *cli.Command {
	return &cli.Command{
		Name:      "show",
		Usage:     "show everything about one entry: dose and what it builds to, equipment, steps, cues, mistakes and why",
		UsageText: "gluteplan catalog show ID [--lang en|de] [--catalog FILE]... [--no-default-catalog]",
		ArgsUsage: "ID",
		Description: `Prints one catalog entry in full, readable in a terminal. With --lang de the
labels, the values and the entry's text are German (the entry's German
translation; an entry without one prints its text as written).

   gluteplan catalog show clamshell
   gluteplan catalog show clamshell --lang de`,
		Flags:        []cli.Flag{langFlag(), catalogFlag(), noDefaultCatalogFlag()},
		Action:       runCatalogShow,
		BashComplete: completeIDs,
	}
}

func runCatalogShow(c *cli.Context) error {
	args := c.Args().Slice()
	if len(args) != 1 {
		return usageErrorf("catalog show: give one exercise id, e.g. gluteplan catalog show glute-bridge (see gluteplan catalog list)")
	}
	say, err := langOf(c)
	if err != nil {
		return err
	}
	cat, err := loadCatalogs(c, c.App.ErrWriter)
	if err != nil {
		return err
	}
	e, err := findExercise(cat, args[0])
	if err != nil {
		return err
	}
	return showExercise(c.App.Writer, e, cat, say)
}

// findExercise returns the entry of cat with the given id, or a usage
// error that points at catalog list and suggests a near id.
func findExercise(cat *catalog.Catalog, id string) (catalog.Exercise, error) {
	e, ok := cat.ByID(id)
	if !ok {
		msg := fmt.Sprintf("no exercise %q in the catalog; see gluteplan catalog list", id)
		if s := cat.Suggest(id); s != "" {
			msg += fmt.Sprintf(" (did you mean %q?)", s)
		}
		return e, usageErrorf("%s", msg)
	}
	return e, nil
}

// completeIDs offers the catalog's ids to the shell.
func completeIDs(c *cli.Context) {
	if c.NArg() > 0 {
		return
	}
	cat, err := loadCatalogs(c, io.Discard)
	if err != nil {
		cat = catalog.Default()
	}
	for _, e := range cat.Exercises {
		fmt.Fprintln(c.App.Writer, e.ID)
	}
}

// showExercise prints one entry in full, in say: its labels, its values
// and its text (the entry's translation, or as written).
func showExercise(w io.Writer, e catalog.Exercise, cat *catalog.Catalog, say *locale.Language) error {
	t := e.In(say.Code)
	labels := []string{
		say.Say("id"), say.Say("category"), say.Say("level"), say.Say("position"), say.Say("targets"),
		say.Say("equipment"), say.Say("dose"), say.Say("building to"), say.Say("glute load"),
		say.Say("desk friendly"), say.Say("progresses to"), say.Say("progresses from"), say.Say("not for"),
	}
	width := 17
	for _, l := range labels {
		width = max(width, utf8.RuneCountInString(l)+2)
	}
	var b strings.Builder
	field := func(label, value string) {
		b.WriteString(wrap(fmt.Sprintf("  %-*s", width, label+":"), value))
	}
	b.WriteString(oneLine(t.Name) + "\n")
	field(labels[0], e.ID)
	field(labels[1], planner.ValueWords(say, e.Category))
	field(labels[2], planner.ValueWords(say, e.Level))
	field(labels[3], positionIn(say, e.Position))
	targets := make([]string, len(e.Targets))
	for i, x := range e.Targets {
		targets[i] = planner.ValueWords(say, x)
	}
	field(labels[4], listOr(targets, "-"))
	field(labels[5], planner.EquipmentWords(say, e))
	field(labels[6], doseIn(say, e.Dose))
	if bt := buildingTo(say, e); bt != "" {
		field(labels[7], bt)
	}
	field(labels[8], say.Sayf("%s hard-set equivalents per set", numberIn(say, e.GluteLoad)))
	field(labels[9], yesNo(say, e.DeskFriendly))
	// An entry named by another: its id and its name, in the order of
	// say ("step-up (Step-up)"; German puts the name first: "Aufsteigen
	// auf eine Stufe (ID: step-up)", as the catalog sheet labels ids).
	named := func(id string) string {
		if p, ok := cat.ByID(id); ok {
			return say.Sayf("%[1]s (%[2]s)", id, oneLine(p.NameIn(say.Code)))
		}
		return id
	}
	next := "-"
	if e.Progression != "" {
		next = named(e.Progression)
	}
	field(labels[10], next)
	var from []string
	for _, x := range cat.Exercises {
		if x.Progression == e.ID && x.ID != e.ID {
			from = append(from, named(x.ID))
		}
	}
	field(labels[11], listOr(from, "-"))
	not := make([]string, len(e.Contraindications))
	for i, x := range e.Contraindications {
		not[i] = planner.ValueWords(say, x)
	}
	field(labels[12], listOr(not, "-"))

	section := func(title string, items []string, numbered bool) {
		if len(items) == 0 {
			return
		}
		b.WriteString("\n" + title + "\n")
		for i, it := range items {
			mark := "  - "
			if numbered {
				mark = fmt.Sprintf("  %d. ", i+1)
			}
			b.WriteString(wrap(mark, it))
		}
	}
	section(say.Say("Steps"), t.Steps, true)
	section(say.Say("Cues"), t.Cues, false)
	section(say.Say("Mistakes"), t.Mistakes, false)
	b.WriteString("\n" + say.Say("Why") + "\n")
	b.WriteString(wrap("  ", t.Why))
	_, err := io.WriteString(w, b.String())
	return err
}

// The catalog's targets in words, as keys for [locale.Language.Say]: each
// is [words] of its value, which says them from the value itself; listed
// here so that every language has them (TestWords reads keys).
var _ = []string{
	locale.Key("gluteus maximus"), locale.Key("gluteus medius"), locale.Key("gluteus minimus"),
	locale.Key("piriformis"), locale.Key("hip flexors"), locale.Key("hamstrings"), locale.Key("adductors"),
	locale.Key("quadriceps"), locale.Key("lower back"), locale.Key("core"),
}

// positionIn says a position in say: in English as the file spells it
// ("single leg standing"), else where it is done ("im Stehen auf einem
// Bein").
func positionIn(say *locale.Language, p catalog.Position) string {
	if say == locale.English {
		return words(p)
	}
	return planner.PositionWords(say, p)
}

// numberIn writes a catalog value as the file has it (a glute load of
// 0.25 stays 0.25, not rounded as a planned volume is), with the
// language's decimal mark.
func numberIn(say *locale.Language, x float64) string {
	return strings.Replace(number(x), ".", strings.Trim(say.Number(0.5), "05"), 1)
}

// doseIn says a catalog dose in plain words, as the plan and the PDF say
// it, with the rest: "2 × 10, hold 5 s, each side, rest 30 s".
func doseIn(say *locale.Language, d catalog.Dose) string {
	s := say.Dose(d)
	if d.RestSeconds > 0 {
		s += ", " + say.Sayf("rest %s", say.Seconds(d.RestSeconds))
	}
	return s
}

// buildingTo says in say the most the plan progresses e to, before its
// harder variant takes over: its dose_max, or, for an activation entry
// without one, the default ceiling (catalog.Exercise.Ceiling), said as
// such. The rest is given only when it differs from the starting dose's.
func buildingTo(say *locale.Language, e catalog.Exercise) string {
	if e.DoseMax == nil && e.Category != catalog.Activation {
		return ""
	}
	c := e.Ceiling()
	s := say.Dose(c)
	if c.RestSeconds > 0 && c.RestSeconds != e.Dose.RestSeconds {
		s += ", " + say.Sayf("rest %s", say.Seconds(c.RestSeconds))
	}
	if e.DoseMax == nil {
		s += " " + say.Say("(no dose_max: the default ceiling)")
	}
	return s
}

// langFlag is --lang of catalog list, show and sheet: the language of the
// names and text a person reads.
func langFlag() cli.Flag {
	return &cli.StringFlag{Name: "lang", Value: "en", Usage: "language of the names and text: " + enumWords(planner.Langs)}
}

// langOf reads --lang, in any letter case, as a profile's lang is read.
func langOf(c *cli.Context) (*locale.Language, error) {
	lang := planner.ParseLang(c.String("lang"))
	if !slices.Contains(planner.Langs, lang) {
		return nil, usageErrorf("--lang: %s is not a language gluteplan speaks: use %s", document.Quote(c.String("lang")), enumWords(planner.Langs))
	}
	return locale.In(string(lang)), nil
}

// wrap writes text after prefix, folded at 80 columns, continuation lines
// indented under the text.
func wrap(prefix, text string) string {
	const width = 80
	text = escapeControls(text)
	indent := strings.Repeat(" ", utf8.RuneCountInString(prefix))
	var b strings.Builder
	line, n := prefix, utf8.RuneCountInString(prefix)
	empty := true
	for _, word := range planner.Fields(text) {
		wn := utf8.RuneCountInString(word)
		if !empty && n+1+wn > width {
			b.WriteString(line + "\n")
			line, n, empty = indent, len(indent), true
		}
		if !empty {
			line += " "
			n++
		}
		line += word
		n += wn
		empty = false
	}
	b.WriteString(strings.TrimRight(line, " ") + "\n")
	return b.String()
}

func words[T ~string](x T) string { return strings.ReplaceAll(string(x), "_", " ") }

// listOr joins xs with commas, or says none when there are none.
func listOr(xs []string, none string) string {
	if len(xs) == 0 {
		return none
	}
	return strings.Join(xs, ", ")
}

func yesNo(say *locale.Language, b bool) string {
	if b {
		return say.Say("yes")
	}
	return say.Say("no")
}

// number writes a catalog value as the file has it (a glute load of 0.25
// stays 0.25): a coach checks entries against their file. Planned volumes
// are rounded by locale.Number instead.
func number(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

// oneLine keeps a name on one line of a table: names come from files.
func oneLine(s string) string {
	return strings.Join(strings.Fields(escapeControls(s)), " ")
}

// escapeControls writes control characters as Go escapes (\x1b, \r,
// \u0085): text from files must not move the cursor or recolour the
// terminal. Validation refuses them in catalogs; this keeps the terminal
// safe whatever reached it.
func escapeControls(s string) string {
	if !strings.ContainsFunc(s, isControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isControl(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
