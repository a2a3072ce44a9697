package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gluteplan/gluteplan/catalog/document"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
	"github.com/urfave/cli/v2"
)

// flagsFirst moves the flags of a (sub)command in front of its arguments,
// so that "gluteplan pdf plan.json -o plan.pdf" works as the README writes it:
// the cli package stops reading flags at the first argument. Everything
// after "--" stays as it is.
func flagsFirst(cmds []*cli.Command, args []string) []string {
	out := append([]string{}, args[:1]...)
	rest := args[1:]
	// Walk down the command names: global flags, then command, subcommand.
	for len(rest) > 0 {
		if strings.HasPrefix(rest[0], "-") {
			out = append(out, rest[0])
			rest = rest[1:]
			continue
		}
		cmd := findCommand(cmds, rest[0])
		if cmd == nil {
			return append(out, rest...)
		}
		out = append(out, rest[0])
		rest = rest[1:]
		if len(cmd.Subcommands) > 0 {
			cmds = cmd.Subcommands
			continue
		}
		takesValue := map[string]bool{}
		for _, f := range cmd.Flags {
			if v, ok := f.(interface{ TakesValue() bool }); ok && !v.TakesValue() {
				continue // a bool flag (wrapped by fixedNames)
			}
			for _, n := range f.Names() {
				takesValue[n] = true
			}
		}
		var flags, positional []string
		for i := 0; i < len(rest); i++ {
			a := rest[i]
			if a == "--" {
				positional = append(positional, rest[i:]...)
				break
			}
			if !strings.HasPrefix(a, "-") || a == "-" {
				positional = append(positional, a)
				continue
			}
			name := strings.TrimLeft(a, "-")
			if name == "help" || name == "h" {
				// Help for the command, whatever else was typed.
				return append(out, "--help")
			}
			flags = append(flags, a)
			if takesValue[name] && !strings.Contains(name, "=") && i+1 < len(rest) {
				flags = append(flags, rest[i+1])
				i++
			}
		}
		out = append(out, flags...)
		return append(out, positional...)
	}
	return out
}

func findCommand(cmds []*cli.Command, name string) *cli.Command {
	for _, c := range cmds {
		if c.Name == name || c.HasName(name) {
			return c
		}
	}
	return nil
}

// bounds are what a profile field's struct tag allows ([planner.FieldBounds]),
// with the field's name for messages.
type bounds struct {
	field string
	planner.FieldBounds
}

// fieldBounds reads the bounds of the profile field whose JSON name is
// field. An unknown field is a bug in this file, found by the tests.
func fieldBounds(field string) bounds {
	l, ok := planner.FieldLimits(field)
	if !ok {
		panic("gluteplan: no profile field " + field)
	}
	return bounds{field, l}
}

// rangeWords says a field's range: "1 to 52".
func rangeWords(field string) string {
	b := fieldBounds(field)
	return locale.Number(b.Min) + " to " + locale.Number(b.Max)
}

// decimalNumber matches a plain decimal number: digits, at most one point.
// Go's literals (011 octal, 0x10, 1_0, 1e1, Inf) are not numbers people
// type for weeks or minutes, and read as them they gave wrong plans
// (--pain-days 011 was 9 days). A leading zero is refused rather than
// guessed at: was 011 meant as eleven, or typed in error?
// The zero in front is the files' rule too ([document.LeadingZero]).
var decimalNumber = regexp.MustCompile(`^[0-9]+(\.[0-9]+)?$`)

// decimal reads a flag's value as a plain decimal number within b.
func decimal(s string, b bounds) (float64, error) {
	s = strings.TrimSpace(s)
	if !decimalNumber.MatchString(s) {
		return 0, fmt.Errorf("%q is not a number in plain digits: use %s", s, rangeWords(b.field))
	}
	if document.LeadingZero(s) {
		return 0, fmt.Errorf("%q starts with a zero: write the number without it", s)
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil || x < b.Min || x > b.Max {
		return 0, fmt.Errorf("%s is out of range: use %s", s, rangeWords(b.field))
	}
	return x, nil
}

// decimalInt reads a flag's value as a whole number in plain digits within
// b: "011" is eleven, "0x10" and "1_0" are refused.
func decimalInt(s string, b bounds) (int, error) {
	x, err := decimal(s, b)
	if err != nil {
		return 0, err
	}
	if x != math.Trunc(x) || strings.Contains(s, ".") {
		return 0, fmt.Errorf("%s is not a whole number: use %s", strings.TrimSpace(s), rangeWords(b.field))
	}
	return int(x), nil
}

// matches checks s against the field's pattern; hint says what is wanted.
func (b bounds) matches(s, hint string) error {
	if b.Pattern != nil && !b.Pattern.MatchString(s) {
		return fmt.Errorf("%q is not %s", s, hint)
	}
	return nil
}

// text checks a free-text value: at most maxLength characters, and no
// control characters (they would move the cursor or recolour the terminal
// the plan is printed to).
func (b bounds) text(s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("is not valid UTF-8 text")
	}
	if n := utf8.RuneCountInString(s); b.MaxLength > 0 && float64(n) > b.MaxLength {
		return fmt.Errorf("is %d characters long: use at most %s", n, locale.Number(b.MaxLength))
	}
	for i, r := range s {
		if isControl(r) {
			return fmt.Errorf("holds a control character (%U at byte %d): use plain text", r, i)
		}
	}
	return nil
}

// isControl reports the C0 and C1 control characters and DEL, which the
// schemas' text patterns refuse too.
func isControl(r rune) bool { return r < 0x20 || r >= 0x7f && r <= 0x9f }

// decimalFlags makes every whole-number and decimal flag of flags read
// plain decimals only. The cli package's IntFlag and Float64Flag read Go
// literals ("011" is 9, "0x10" 16, "1_0" 10); wrapped, they refuse them
// with a line naming the flag, and c.Int and c.Float64 read them as
// before. Flags read from the environment are left as they are.
func decimalFlags(flags []cli.Flag) {
	for i, f := range flags {
		switch x := f.(type) {
		case *cli.IntFlag:
			if len(x.EnvVars) == 0 {
				flags[i] = &decimalIntFlag{IntFlag: x}
			}
		case *cli.Float64Flag:
			if len(x.EnvVars) == 0 {
				flags[i] = &decimalFloatFlag{Float64Flag: x}
			}
		}
	}
}

type decimalIntFlag struct {
	*cli.IntFlag
	names names
}

// Apply registers the flag's names with a value that takes plain digits.
func (f *decimalIntFlag) Apply(set *flag.FlagSet) error {
	v := &plainValue{text: strconv.Itoa(f.Value), whole: true, set: func(x float64) {
		if f.Destination != nil {
			*f.Destination = int(x)
		}
	}}
	for _, name := range f.Names() {
		set.Var(v, name, f.Usage)
	}
	return nil
}

type decimalFloatFlag struct {
	*cli.Float64Flag
	names names
}

// Apply registers the flag's names with a value that takes plain decimals.
func (f *decimalFloatFlag) Apply(set *flag.FlagSet) error {
	v := &plainValue{text: strconv.FormatFloat(f.Value, 'f', -1, 64), set: func(x float64) {
		if f.Destination != nil {
			*f.Destination = x
		}
	}}
	for _, name := range f.Names() {
		set.Var(v, name, f.Usage)
	}
	return nil
}

// fixedNames wraps each flag of flags so that its names are worked out
// once ([decimalFlags] makes its wrappers so already). The cli package works a flag's names out
// anew every time it asks for them, with a regular expression for each
// name, and to tell whether a flag was set it asks every flag of the
// command for its names until it finds the one: for each flag, after
// parsing, and for each c.IsSet. That was about 7% of the instructions
// of gluteplan plan -o plan.pdf. The wrappers embed the flags, so that
// everything else (help, usage, completion, man page) reads them as
// before.
func fixedNames(flags []cli.Flag) {
	for i, f := range flags {
		switch x := f.(type) {
		case *cli.StringFlag:
			flags[i] = &namedStringFlag{StringFlag: x}
		case *cli.StringSliceFlag:
			flags[i] = &namedStringSliceFlag{StringSliceFlag: x}
		case *cli.BoolFlag:
			flags[i] = &namedBoolFlag{BoolFlag: x}
		case *cli.GenericFlag:
			flags[i] = &namedGenericFlag{GenericFlag: x}
		}
	}
}

// names are a flag's names, worked out the first time they are asked for.
type names []string

func (n *names) of(f cli.Flag) []string {
	if *n == nil {
		*n = f.Names()
	}
	return *n
}

type (
	namedStringFlag struct {
		*cli.StringFlag
		names names
	}
	namedStringSliceFlag struct {
		*cli.StringSliceFlag
		names names
	}
	namedBoolFlag struct {
		*cli.BoolFlag
		names names
	}
	namedGenericFlag struct {
		*cli.GenericFlag
		names names
	}
)

func (f *namedStringFlag) Names() []string      { return f.names.of(f.StringFlag) }
func (f *namedStringSliceFlag) Names() []string { return f.names.of(f.StringSliceFlag) }
func (f *namedBoolFlag) Names() []string        { return f.names.of(f.BoolFlag) }
func (f *namedGenericFlag) Names() []string     { return f.names.of(f.GenericFlag) }
func (f *decimalIntFlag) Names() []string       { return f.names.of(f.IntFlag) }
func (f *decimalFloatFlag) Names() []string     { return f.names.of(f.Float64Flag) }

// plainValue is a flag value in plain decimal digits; String gives them
// back, which is what c.Int and c.Float64 parse.
type plainValue struct {
	text  string
	whole bool
	set   func(float64)
}

func (v *plainValue) String() string { return v.text }

func (v *plainValue) Set(s string) error {
	s = strings.TrimSpace(s)
	switch {
	case !decimalNumber.MatchString(s):
		return fmt.Errorf("write it in plain digits")
	case document.LeadingZero(s):
		return fmt.Errorf("write the number without the zero in front")
	case v.whole && strings.Contains(s, "."):
		return fmt.Errorf("write a whole number")
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil || v.whole && x > math.MaxInt32 {
		return fmt.Errorf("the number is too large")
	}
	v.text = s
	v.set(x)
	return nil
}

// repeated is a flag value that keeps every value given, in order and as
// typed: unlike the cli package's StringSliceFlag it never splits a value
// at its commas, which a task in a person's own words may hold
// (--function "Putting on socks, shoes=4").
type repeated []string

func (r *repeated) Set(s string) error {
	// The cli package copies a flag's value to its other names (-o to
	// --output) through Serialize: take the copy whole, not as one more
	// value.
	if rest, ok := strings.CutPrefix(s, repeatedMark); ok {
		var xs []string
		if err := json.Unmarshal([]byte(rest), &xs); err != nil {
			return err
		}
		*r = xs
		return nil
	}
	*r = append(*r, s)
	return nil
}

func (r *repeated) String() string { return strings.Join(*r, ", ") }

// Serialize writes every value for the cli package to copy, behind a mark
// no argument can hold.
func (r *repeated) Serialize() string {
	data, _ := json.Marshal([]string(*r))
	return repeatedMark + string(data)
}

const repeatedMark = "\x00gluteplan-repeated:"
