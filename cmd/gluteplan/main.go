// Command gluteplan builds progressive plans for people whose glutes are
// always sore, validates exercise catalogs and prints plans as PDFs for the
// fridge. Each subcommand lives in its own file and only wires flags to the
// catalog and planner packages.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/gluteplan/gluteplan/catalog/document"
	"github.com/urfave/cli/v2"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// Exit codes, as the README documents them (gluteplan help exit-codes).
const (
	exitOK       = 0
	exitInvalid  = 1 // invalid input: validation errors
	exitUsage    = 2 // usage or I/O error
	exitReferral = 3 // screening referral: no plan
	exitInternal = 4 // internal error: a bug, please report
)

func main() {
	setMemoryUse()
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}

// softMemoryLimit is the heap size at which the garbage collector works
// harder, whatever gcPercent says.
const (
	gcPercent       = 400
	softMemoryLimit = 256 << 20
)

// setMemoryUse tunes the garbage collector for the runs gluteplan makes.
// A usual run lives for a few tens of milliseconds, holds a few megabytes
// and allocates most of its memory while writing the PDF: collecting
// garbage only when the heap has grown to five times what is live
// (gcPercent 400) saves a fifth of its time for a few megabytes more at
// peak. A run over large input (a catalog of 10 MiB holds 100 to 150 MiB
// of values while it is checked) would let the heap grow to five times
// that, past a gigabyte, so a soft memory limit makes the collector run
// as often as it must to stay near softMemoryLimit. The limit is well
// above what the limits of every input let be live: set close to it (160
// MiB was tried), the collector runs almost without pause and a large
// file takes three times as long. GOGC and GOMEMLIMIT in the environment
// win over both.
func setMemoryUse() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(softMemoryLimit)
	}
}

// failure is an error that carries the exit code it calls for. A failure
// with an empty message has already been reported.
type failure struct {
	code int
	msg  string
}

func (f *failure) Error() string { return f.msg }

// usageErrorf reports a usage or I/O error: exit 2.
func usageErrorf(format string, args ...any) error {
	return &failure{exitUsage, fmt.Sprintf(format, args...)}
}

// invalidf reports invalid input: exit 1.
func invalidf(format string, args ...any) error {
	return &failure{exitInvalid, fmt.Sprintf(format, args...)}
}

// internalf reports an internal error, a bug in gluteplan: exit 4.
func internalf(format string, args ...any) error {
	return &failure{exitInternal, fmt.Sprintf(format, args...) + " (this is a bug in gluteplan: please report it)"}
}

// reported is a failure whose messages are already on stderr.
func reported(code int) error { return &failure{code: code} }

// run runs the command line args and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	app := newApp(stdout, stderr)
	err := app.Run(flagsFirst(app.Commands, args))
	if err == nil {
		return exitOK
	}
	var f *failure
	if errors.As(err, &f) {
		if f.msg != "" {
			fmt.Fprintf(stderr, "gluteplan: %s\n", f.msg)
		}
		return f.code
	}
	// Errors from the cli package itself (unknown commands) are usage
	// errors.
	msg := err.Error()
	if topic, ok := strings.CutPrefix(msg, "No help topic for "); ok {
		msg = document.Shown(strings.Trim(topic, "'")) + ": no such command (see gluteplan --help)"
	}
	fmt.Fprintf(stderr, "gluteplan: %s\n", msg)
	return exitUsage
}

func newApp(stdout, stderr io.Writer) *cli.App {
	return &cli.App{
		Name:                 "gluteplan",
		Usage:                "plans for glutes that are always sore: stretch, activate, release, recover",
		Version:              version,
		Writer:               stdout,
		ErrWriter:            stderr,
		EnableBashCompletion: true,
		HideHelpCommand:      true,
		// Errors are printed once, by run, with the documented exit code.
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError:   flagError("gluteplan"),
		Commands: withFlagErrors("gluteplan", []*cli.Command{
			planCommand(),
			pdfCommand(),
			logCommand(),
			nextCommand(),
			reportCommand(),
			validateCommand(),
			catalogCommand(),
			schemaCommand(),
			initCommand(),
			manCommand(),
			completionCommand(),
			helpCommand(),
		}),
	}
}

// withFlagErrors gives every command and subcommand the one-line flag
// error of [flagError] (left to itself the cli package prints the whole
// help to stdout, where it would end up in a file the user redirected the
// output to), number flags that read plain decimals ([decimalFlags]), and
// flags whose names are worked out once ([fixedNames]).
func withFlagErrors(parent string, cmds []*cli.Command) []*cli.Command {
	for _, c := range cmds {
		path := parent + " " + c.Name
		c.OnUsageError = flagError(path)
		decimalFlags(c.Flags)
		fixedNames(c.Flags)
		withFlagErrors(path, c.Subcommands)
	}
	return cmds
}

// flagError turns the flag package's errors into one line naming the flag
// and where to read about it: "--bogus: no such flag for gluteplan plan
// (see gluteplan plan --help)".
func flagError(cmd string) cli.OnUsageErrorFunc {
	return func(_ *cli.Context, err error, _ bool) error {
		msg := err.Error()
		flagName := func(s string) string { return document.Shown("--" + strings.TrimLeft(strings.TrimSpace(s), "-")) }
		switch {
		case strings.HasPrefix(msg, "flag provided but not defined: "):
			msg = flagName(strings.TrimPrefix(msg, "flag provided but not defined: ")) + ": no such flag for " + cmd
		case strings.HasPrefix(msg, "flag needs an argument: "):
			msg = flagName(strings.TrimPrefix(msg, "flag needs an argument: ")) + ": give it a value"
		case strings.HasPrefix(msg, "invalid boolean value "):
			// invalid boolean value "3" for -explain: parse error
			if i := strings.Index(msg, " for "); i > 0 {
				name, _, _ := strings.Cut(msg[i+len(" for "):], ":")
				msg = flagName(name) + ": takes no value (or =true, =false), not " + msg[len("invalid boolean value "):i]
			}
		case strings.HasPrefix(msg, "invalid value "):
			// invalid value "x" for flag -name: reason
			if i := strings.Index(msg, " for flag "); i > 0 {
				rest := msg[i+len(" for flag "):]
				name, reason, _ := strings.Cut(rest, ": ")
				msg = flagName(name) + ": " + msg[len("invalid value "):i] + " is not a valid value"
				if reason != "" && !strings.Contains(reason, "strconv.") {
					msg += ": " + reason
				}
			}
		}
		return usageErrorf("%s (see %s --help)", msg, cmd)
	}
}
