package main

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/planner"
	"github.com/rogpeppe/go-internal/testscript"
)

// planDay is the planday command of the scripts: see TestScripts.
func planDay(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: planday PLAN DATE")
	}
	data, err := os.ReadFile(ts.MkAbs(args[0]))
	ts.Check(err)
	plan, fs := planner.ReadPlan(args[0], data)
	if len(fs) > 0 {
		ts.Fatalf("%s: %v", args[0], fs)
	}
	for _, wk := range plan.Weeks {
		for _, d := range wk.Days {
			if d.Date != args[1] {
				continue
			}
			var ids []string
			for _, it := range d.Items {
				ids = append(ids, it.Exercise)
			}
			ts.Setenv("SESSION", string(d.Session))
			ts.Setenv("IDS", strings.Join(ids, ","))
			if len(ids) > 0 {
				ts.Setenv("ID1", ids[0])
			}
			return
		}
	}
	ts.Fatalf("%s is not a day of %s", args[1], args[0])
}

// FuzzParseScores checks the reader of --soreness: it never panics, every
// score it gives back is 0 to 10 or blank, one per comma-separated value,
// and what it refuses is a usage error with a message.
func FuzzParseScores(f *testing.F) {
	for _, s := range []string{"2,3,1,0,2,1,1", "1,-,2,-,-,0,1", "11", "-1", " 4 ", "", ",,", "3.5", "+7", "0x5", "٣", "99999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		scores, err := parseScores("soreness", s)
		if err != nil {
			var fl *failure
			if !errors.As(err, &fl) || fl.code != exitUsage || !strings.HasPrefix(fl.msg, "--soreness: ") {
				t.Fatalf("%q: error %#v, want a usage failure about --soreness", s, err)
			}
			return
		}
		if len(scores) != strings.Count(s, ",")+1 {
			t.Fatalf("%q: %d scores", s, len(scores))
		}
		for _, sc := range scores {
			if sc != nil && (*sc < 0 || *sc > 10) {
				t.Fatalf("%q: score %d out of range", s, *sc)
			}
		}
	})
}
