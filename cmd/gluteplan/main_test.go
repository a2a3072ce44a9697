package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
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
		// gluteplan-interrupted-writing is gluteplan pressed Ctrl-C while
		// it writes its first temporary file.
		"gluteplan-interrupted-writing": func() {
			whileWriting = func() {
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
		UpdateScripts: *update,
		Setup: func(env *testscript.Env) error {
			// Names with control characters, which a script cannot spell.
			env.Setenv("ESCNAME", "Ann\x1b[31m")
			env.Setenv("CRNAME", "Ann\rBob")
			env.Setenv("NLFILE", "plan\ngluteplan: wrote evil")
			// The longest names a file system takes: 255 bytes.
			env.Setenv("LONGJSON", strings.Repeat("p", 250)+".json")
			env.Setenv("LONGPDF", strings.Repeat("q", 251)+".pdf")
			env.Setenv("LONGNOTE", strings.Repeat("n", 501))
			return nil
		},
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
			// jsonset FILE POINTER JSON sets the value at a JSON pointer
			// (/weeks/0/plan_hse), as a person editing a plan by hand
			// would. The file is written back indented, keys sorted.
			"jsonset": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 3 {
					ts.Fatalf("usage: jsonset FILE POINTER JSON")
				}
				ts.Check(jsonSet(ts.MkAbs(args[0]), args[1], args[2]))
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

// jsonSet sets the value at a JSON pointer (/weeks/0/plan_hse) of the file
// at path, as a person editing a plan by hand would. The file is written
// back indented, keys sorted.
func jsonSet(path, pointer, value string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		return err
	}
	var val any
	if err := json.Unmarshal([]byte(value), &val); err != nil {
		return err
	}
	keys := strings.Split(strings.TrimPrefix(pointer, "/"), "/")
	cur := doc
	for i, k := range keys {
		last := i == len(keys)-1
		switch c := cur.(type) {
		case map[string]any:
			if last {
				c[k] = val
			}
			cur = c[k]
		case []any:
			n, err := strconv.Atoi(k)
			if err != nil || n < 0 || n >= len(c) {
				return fmt.Errorf("jsonset: %s: no item %s", pointer, k)
			}
			if last {
				c[n] = val
			}
			cur = c[n]
		default:
			return fmt.Errorf("jsonset: %s: no such place", pointer)
		}
	}
	out, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, out, 0o644)
}
