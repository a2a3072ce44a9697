package planner

import (
	"errors"
	"math"
	"strings"
	"time"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner/format"
)

// Make makes the plan for profile p from catalog c. The profile must have
// passed [Profile.Check] and screening ([Screen]), and its start must be
// set. The same catalog and profile always give the same plan (rule 11).
//
// The plan is made in stages, each in a file of its own:
//
//	screen    screen.go     rule 1: red flags refer instead of planning
//	eligible  eligible.go   rules 8, 9: what can never be planned, and why
//	template  template.go   rule 4: the kind of session each weekday holds
//	targets   targets.go    rules 2, 3, 5: how much each week may hold
//	routines  routines.go   rules 6, 9, 13, 14: which exercises, in what order
//	weeks     weeks.go      rules 3, 5, 7: each week within its limits
//	doses     doses.go      units: a dose per set, its ladder, its minutes
//	          progress.go   rule 3: one change a week, the moves up and down
//	breaks    breaks.go     rule 10: movement breaks
//	explain   explain.go    rule 12: why each item is there, why the rest is not
//
// Rule 15's pain-monitoring rule and the red flags are in safety.go;
// continue.go makes the block after a plan for gluteplan next.
func Make(c *catalog.Catalog, p Profile) (*Plan, error) {
	if probs := p.Check(); len(probs) > 0 {
		return nil, errors.New(strings.Join(probs, "; "))
	}
	if r := Screen(p); r != nil {
		return nil, errors.New("red-flag symptoms: no plan; see Screen")
	}
	if p.Start == "" {
		return nil, errors.New("start: not set")
	}
	start, _ := ParseDate(p.Start)
	pl := newPlanning(c, p, start)
	first := firstTarget(p)
	if p.Soreness >= SoreFrom {
		// Rule 5: week 1 holds at most 70% of what it would at soreness 0.
		calm := p
		calm.Soreness = 0
		dry := newPlanning(c, calm, start)
		dry.first = first
		dry.weeks(min(p.Weeks, BlockWeeks)) // the block's length shapes its routines
		first = math.Min(first, SoreShare*dry.plan.Weeks[0].PlanHSE)
	}
	pl.first = first
	pl.weeks(p.Weeks)
	pl.breaks()
	pl.explain()
	return pl.plan, nil
}

// planning is the state of one run of the planner.
type planning struct {
	cat   *catalog.Catalog
	p     Profile
	start time.Time
	// say is the language of the plan's sentences: the profile's.
	say  *format.Language
	tmpl [7]slot
	// out holds why each entry that can never be planned is out (rules 8, 9).
	out map[string]string
	// first is the plan volume week 1 aims at.
	first float64
	// chain names each entry's progression chain.
	chain map[string]string
	// easier maps an entry to the loaded entry that progresses into it.
	easier map[string]*catalog.Exercise
	// index maps ids to entries of the catalog.
	index map[string]*catalog.Exercise

	prog    *program
	courses []course
	fixed   map[string]fixedDose
	// top is the plan volume of the last build week before a block.
	top      float64
	before   [7]float64
	progress map[string]string // id → the id it progressed from, this block

	// w0 is the number of the week before this plan's first: 0, or the
	// last week of the plan gluteplan next continues.
	w0 int
	// cont says how a continued plan starts; nil for a new plan.
	cont *continuation
	// lastDeload is the plan volume of the last lighter week of the plan
	// continued.
	lastDeload float64

	plan     *Plan
	warnings []string
	said     map[string]bool
	missing  map[string]bool
	// releaseSaid is set once a warning speaks of release work.
	releaseSaid bool
}

// fixedDose is the dose of an item that does not progress: stretches,
// release, and activation drills that carry no glute load.
type fixedDose struct {
	sets int
	d    perSet
}

func newPlanning(c *catalog.Catalog, p Profile, start time.Time) *planning {
	p.Schema = ""
	pl := &planning{
		cat: c, p: p, start: start,
		say:      p.Language(),
		tmpl:     template(p, start),
		out:      map[string]string{},
		said:     map[string]bool{},
		missing:  map[string]bool{},
		progress: map[string]string{},
		chain:    chains(c),
	}
	for i := range c.Exercises {
		e := &c.Exercises[i]
		if r := ruledOut(e, p); r != "" {
			pl.out[e.ID] = r
		}
	}
	pl.plan = &Plan{
		Profile:   p,
		Start:     start.Format(DateLayout),
		End:       start.AddDate(0, 0, 7*p.Weeks-1).Format(DateLayout),
		Cap:       RecoveryCap(p.Level),
		Weeks:     []Week{},
		PainRule:  PainRule(pl.say),
		RedFlags:  RedFlags(pl.say),
		Warnings:  []string{},
		Excluded:  []Excluded{},
		Exercises: []catalog.Exercise{},
		Next:      Next{Exercises: []Progress{}},
	}
	return pl
}

func (pl *planning) byID(id string) (*catalog.Exercise, bool) {
	if pl.index == nil {
		pl.index = make(map[string]*catalog.Exercise, len(pl.cat.Exercises))
		for i := range pl.cat.Exercises {
			pl.index[pl.cat.Exercises[i].ID] = &pl.cat.Exercises[i]
		}
	}
	e, ok := pl.index[id]
	return e, ok
}

// warn adds a warning, said in the plan's language, once.
func (pl *planning) warn(w string) {
	if !pl.said[w] {
		pl.said[w] = true
		pl.warnings = append(pl.warnings, w)
	}
}

// miss records what the plan should hold and cannot.
func (pl *planning) miss(what string) {
	if !pl.missing[what] {
		pl.missing[what] = true
		pl.warn(pl.say.Sayf("Missing from your program: %s.", what))
	}
}
