package main

import (
	"os"
	"strings"

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
