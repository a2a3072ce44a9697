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

	"github.com/urfave/cli/v2"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// Exit codes, as SPEC §5 documents them.
const (
	exitOK       = 0
	exitInvalid  = 1 // invalid input: validation errors
	exitUsage    = 2 // usage or I/O error
	exitReferral = 3 // screening referral: no plan
	exitInternal = 4 // internal error: a bug, please report
)

func main() {
	// A run lives for a few tens of milliseconds and allocates most of its
	// memory while writing the PDF: collecting garbage less often saves a
	// fifth of the time for a few megabytes more at peak.
	debug.SetGCPercent(400)
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
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
	// Errors from the cli package itself (unknown flags, bad flag values,
	// unknown commands) are usage errors.
	fmt.Fprintf(stderr, "gluteplan: %s\n", err)
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
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return usageErrorf("%s (see gluteplan --help)", err)
		},
		Commands: []*cli.Command{
			planCommand(),
			pdfCommand(),
			logCommand(),
			nextCommand(),
			validateCommand(),
			catalogCommand(),
			schemaCommand(),
			initCommand(),
			manCommand(),
			completionCommand(),
		},
	}
}
