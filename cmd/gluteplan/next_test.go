package main

import (
	"os"

	"github.com/gluteplan/gluteplan/planner"
	"github.com/rogpeppe/go-internal/testscript"
)

// stepsBack NEXT PREV checks that the plan NEXT continues PREV a week on
// and that its first week holds at most PREV's last lighter week: what a
// log that steps back asks for.
func stepsBack(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: stepsback NEXT PREV")
	}
	read := func(name string) *planner.Plan {
		data, err := os.ReadFile(ts.MkAbs(name))
		ts.Check(err)
		p, fs := planner.ReadPlan(name, data)
		if len(fs) > 0 {
			ts.Fatalf("%s: %v", name, fs)
		}
		return p
	}
	next, prev := read(args[0]), read(args[1])
	if got, want := next.Weeks[0].Week, prev.Next.Week+1; got != want {
		ts.Fatalf("%s starts at week %d, want %d", args[0], got, want)
	}
	if got, top := next.Weeks[0].PlanHSE, prev.Next.DeloadHSE; got > top+1e-9 {
		ts.Fatalf("%s's first week holds %v, above the last lighter week's %v", args[0], got, top)
	}
}
