package main

import (
	"encoding/hex"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"gluteplan": func() { os.Exit(run(os.Args, os.Stdout, os.Stderr)) },
		// gluteplan-interrupted is gluteplan pressed Ctrl-C at the worst
		// moment: every output written to its temporary file, none renamed.
		"gluteplan-interrupted": func() {
			beforeRename = func() {
				syscall.Kill(os.Getpid(), syscall.SIGINT)
				time.Sleep(10 * time.Second)
			}
			os.Exit(run(os.Args, os.Stdout, os.Stderr))
		},
	})
}

// TestScripts runs the end-to-end cases in testdata/script: each drives the
// built gluteplan binary as a user would.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: os.Getenv("UPDATE_SCRIPTS") != "",
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// hexfile FILE HEX writes the bytes HEX spells, for inputs a
			// txtar file cannot hold: binary garbage, invalid UTF-8.
			"hexfile": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 2 {
					ts.Fatalf("usage: hexfile FILE HEX")
				}
				data, err := hex.DecodeString(args[1])
				ts.Check(err)
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), data, 0o644))
			},
			// planday PLAN DATE sets $SESSION to the kind of session the
			// plan holds on DATE and $IDS to its exercise ids, so scripts
			// can name real exercises without pinning the planner's choices.
			"planday": planDay,
			// stepsback NEXT PREV checks that NEXT continues PREV from its last
			// lighter week.
			"stepsback": stepsBack,
		},
	})
}
