package main

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// flagsFirst moves the flags of a (sub)command in front of its arguments,
// so that "gluteplan pdf plan.json -o plan.pdf" works as SPEC §5 writes it:
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
			if _, isBool := f.(*cli.BoolFlag); isBool {
				continue
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
