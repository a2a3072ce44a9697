package report

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/logbook"
)

// PlanFile is a plan read from a file; File names it in messages.
type PlanFile struct {
	File string
	Plan *planner.Plan
}

// LogFile is a log read from a file; File names it in messages.
type LogFile struct {
	File string
	Log  *logbook.Log
}

// Error is a reason the files given make no report: one line that names
// the file and says what to do.
type Error struct {
	File string
	Msg  string
}

func (e *Error) Error() string { return e.File + ": " + e.Msg }

func errorf(file, format string, args ...any) error {
	return &Error{File: file, Msg: fmt.Sprintf(format, args...)}
}

// Chain is a chain of plans in date order: a plan and the plans gluteplan
// next made from it, each from the one before.
type Chain struct {
	Plans []PlanFile
	refs  []logbook.PlanRef
}

// NewChain puts plans, given in any order, in date order and checks that
// they form one chain: each after the first continues the one before it
// (its continues.from and .to are that plan's start and end) and starts
// the day after it ends. It refuses two plans that continue one plan (a
// fork), a plan given twice, a new plan after the first, and a gap (a
// plan continues one that is not given), naming the files.
func NewChain(plans []PlanFile) (*Chain, error) {
	if len(plans) == 0 {
		return nil, &Error{File: "report", Msg: "no plan given: give the plans with --plan"}
	}
	ps := slices.Clone(plans)
	slices.SortStableFunc(ps, func(a, b PlanFile) int { return cmp.Compare(a.Plan.Start, b.Plan.Start) })
	for i, a := range ps {
		for _, b := range ps[i+1:] {
			if a.Plan.Continues != nil && b.Plan.Continues != nil && a.Plan.Continues.From == b.Plan.Continues.From && a.Plan.Continues.To == b.Plan.Continues.To {
				return nil, errorf(b.File, "continues the plan of %s to %s, as %s does: the plans fork; give the one you followed",
					a.Plan.Continues.From, a.Plan.Continues.To, a.File)
			}
		}
	}
	for i := 1; i < len(ps); i++ {
		if ps[i].Plan.Start == ps[i-1].Plan.Start {
			return nil, errorf(ps[i].File, "starts on %s, as %s does: give each plan once, the plans of one chain", ps[i].Plan.Start, ps[i-1].File)
		}
	}
	for i := 1; i < len(ps); i++ {
		prev, p := ps[i-1], ps[i]
		c := p.Plan.Continues
		switch {
		case c == nil:
			return nil, errorf(p.File, "is a new plan (made by gluteplan plan), not the next block of %s: give the plans of one chain, the first and those gluteplan next made from it", prev.File)
		case c.From == prev.Plan.Start && c.To == prev.Plan.End:
		case c.From > prev.Plan.Start && c.From > prev.Plan.End:
			return nil, errorf(p.File, "continues the plan of %s to %s, which is not given: there is a gap after %s (%s to %s); give the plans between",
				c.From, c.To, prev.File, prev.Plan.Start, prev.Plan.End)
		default:
			return nil, errorf(p.File, "continues the plan of %s to %s, not %s (%s to %s): give the plans of one chain", c.From, c.To, prev.File, prev.Plan.Start, prev.Plan.End)
		}
		end, err1 := planner.ParseDate(prev.Plan.End)
		start, err2 := planner.ParseDate(p.Plan.Start)
		if err1 != nil || err2 != nil || !start.Equal(end.AddDate(0, 0, 1)) {
			return nil, errorf(p.File, "starts on %s, not the day after %s ends (%s): was it edited by hand? make it again with gluteplan next", p.Plan.Start, prev.File, prev.Plan.End)
		}
	}
	ch := &Chain{Plans: ps}
	for _, p := range ps {
		ch.refs = append(ch.refs, logbook.Ref(p.Plan))
	}
	return ch, nil
}

// Match returns the index in the chain of the plan a log is kept for, by
// the reference the log keeps (its plan's dates and fingerprint). It
// refuses, naming file, a log of another plan of the same dates (a plan
// made again differently, or edited) and a log whose plan is not given.
func (c *Chain) Match(file string, ref logbook.PlanRef) (int, error) {
	for i, r := range c.refs {
		if r == ref {
			return i, nil
		}
	}
	for i, r := range c.refs {
		if r.Start == ref.Start && r.End == ref.End {
			return 0, errorf(file, "is kept for another plan of %s to %s than %s (%s, not %s): give the plan the log was started with",
				ref.Start, ref.End, c.Plans[i].File, ref.Fingerprint, r.Fingerprint)
		}
	}
	return 0, errorf(file, "is kept for the plan of %s to %s, which is not among the plans given: give that plan with --plan, or leave the log out",
		ref.Start, ref.End)
}
