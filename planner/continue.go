package planner

import (
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/gluteplan/gluteplan/catalog"
)

// Steer is how a log steers the block that gluteplan next plans, with the
// thresholds of the pain-monitoring rule (README rule 15).
type Steer string

// The ways a log can steer the next block.
const (
	// SteerNoLog continues conservatively: no harder variants.
	SteerNoLog Steer = "no_log"
	// SteerProgress continues from the last loads, with harder variants for
	// exercises done at their highest dose.
	SteerProgress Steer = "progress"
	// SteerRepeat repeats the last block's level with at most three activation
	// exercises, when fewer than half of the sessions were done.
	SteerRepeat Steer = "repeat"
	// SteerStepBack starts at the last lighter week's level with no harder
	// variants, when the evenings were sore.
	SteerStepBack Steer = "step_back"
	// SteerHold continues from the last loads with no harder variants: a log
	// that neither asks for a step back nor earns progress.
	SteerHold Steer = "hold"
)

// Continued says which plan a plan continues and how its log steered it.
type Continued struct {
	// From and To are the first and last days of the plan continued.
	From string `json:"from" jsonschema:"pattern=^[0-9]{4}-[0-9]{2}-[0-9]{2}$"`
	To   string `json:"to" jsonschema:"pattern=^[0-9]{4}-[0-9]{2}-[0-9]{2}$"`
	// Steer is how the log steered this plan: no_log, progress, hold, repeat or step_back.
	Steer Steer `json:"steer" jsonschema:"enum=no_log,enum=progress,enum=hold,enum=repeat,enum=step_back"`
	// Why says so in plain words, in the profile's language.
	Why string `json:"why" jsonschema:"minLength=1"`
}

// continuation is how a plan made by gluteplan next starts.
type continuation struct {
	// startHSE bounds the first week's plan volume.
	startHSE float64
	// lastHSE is the plan volume of the last week of the plan continued.
	lastHSE       float64
	kept          []*catalog.Exercise
	harder        bool
	maxActivation int
	// carry holds the routines of the block the plan continues in, when it
	// starts in the middle of one.
	carry *program
}

// programOf reads the routines a week of a plan holds: for each kind of
// session, the exercises of its fullest day, in order, that may still be
// planned.
func (pl *planning) programOf(w Week) *program {
	pg := &program{routines: map[Session][]*catalog.Exercise{}}
	pool := pl.pools(blockOf(w.Week + 1))
	ok := func(id string) *catalog.Exercise {
		for _, list := range pool {
			for _, e := range list {
				if e.ID == id {
					return e
				}
			}
		}
		return nil
	}
	for _, d := range w.Days {
		var r []*catalog.Exercise
		for _, it := range d.Items {
			if e := ok(it.Exercise); e != nil {
				r = append(r, e)
			}
		}
		if len(r) > len(pg.routines[d.Session]) {
			pg.routines[d.Session] = r
		}
	}
	return pg
}

// Continue makes the plan that follows prev (gluteplan next): it starts the
// day after prev ends, numbers its weeks and blocks on, continues from the
// loads and exercises prev ended with, and keeps the planning rules across
// the boundary. p is the profile for the new plan (prev's, with any
// changes the person made); its start is set here. steer and why come from
// the person's log (README "Logging and the next block").
func Continue(c *catalog.Catalog, prev *Plan, p Profile, steer Steer, why string) (*Plan, error) {
	if len(prev.Weeks) == 0 {
		return nil, errors.New("the plan has no weeks to continue from")
	}
	end, err := ParseDate(prev.End)
	if err != nil {
		return nil, fmt.Errorf("end: %v", err)
	}
	start := end.AddDate(0, 0, 1)
	p.Start = start.Format(DateLayout)
	if probs := p.Check(); len(probs) > 0 {
		return nil, errors.New(strings.Join(probs, "; "))
	}
	if r := Screen(p); r != nil {
		return nil, errors.New("red-flag symptoms: no plan; see Screen")
	}
	// Entries the plan used stay available even when the catalog given now
	// lacks them, so the routine can go on.
	c = catalog.Merge(&catalog.Catalog{Exercises: prev.Exercises}, c)
	pl := newPlanning(c, p, start)
	pl.w0 = prev.Next.Week
	pl.plan.Continues = &Continued{From: prev.Start, To: prev.End, Steer: steer, Why: why}
	n := prev.Next
	cont := &continuation{
		lastHSE:       prev.Weeks[len(prev.Weeks)-1].PlanHSE,
		startHSE:      n.BuildHSE,
		harder:        steer == SteerProgress,
		maxActivation: MaxActivation,
	}
	switch steer {
	case SteerStepBack:
		cont.startHSE = math.Min(n.BuildHSE, n.DeloadHSE)
		pl.warn(pl.say.Say("Your evenings were sore, so this block starts at the level of your last lighter week, with no harder exercises. " +
			"If the soreness does not settle within a week or two, get it checked by a physical therapist or doctor."))
	case SteerRepeat:
		cont.startHSE = math.Min(n.BuildHSE, blockStartHSE(prev))
		cont.maxActivation = activationTarget
	case SteerNoLog:
		pl.warn(pl.say.Say("This block continues from where your plan ended, without harder exercises. " +
			"A log of how it went (gluteplan log) would let it do more."))
	}
	pl.top = n.BuildHSE
	pl.cont = cont
	pl.lastDeload = n.DeloadHSE
	// Each exercise goes on from its last dose, with its sets on each
	// weekday as the last week had them (rule 3 across the boundary).
	last := prev.Weeks[len(prev.Weeks)-1]
	pl.fixed = map[string]fixedDose{}
	for _, d := range last.Days {
		for _, it := range d.Items {
			if e, ok := pl.byID(it.Exercise); ok && !loaded(e) {
				pl.fixed[e.ID] = fixedDose{sets: it.Sets, d: perSet{reps: it.Reps, hold: it.HoldSeconds, seconds: it.Seconds}}
			}
		}
	}
	for _, x := range n.Exercises {
		e, ok := pl.byID(x.Exercise)
		if !ok || !loaded(e) {
			continue
		}
		co := newCourse(e)
		co.fresh = false
		co.level = nearestStep(co.ladder, perSet{reps: x.Reps, hold: x.HoldSeconds, seconds: x.Seconds})
		co.top = co.level
		if x.AtCeiling {
			co.top = len(co.ladder) - 1
		}
		for d, s := range pl.tmpl {
			for _, day := range last.Days {
				if day.Weekday != s.weekday {
					continue
				}
				for _, it := range day.Items {
					if it.Exercise == e.ID {
						co.sets[d] = it.Sets
					}
				}
			}
		}
		pl.courses = append(pl.courses, co)
		cont.kept = append(cont.kept, e)
	}
	if p.Soreness >= SoreFrom {
		// Rule 5: sore today, the first week holds at most 70% of what it
		// would at soreness 0.
		calm := p
		calm.Soreness = 0
		dry, err := Continue(c, prev, calm, steer, why)
		if err != nil {
			return nil, err
		}
		cont.startHSE = math.Min(cont.startHSE, SoreShare*dry.Weeks[0].PlanHSE)
	}
	if weekInBlock(pl.w0+1) != 1 {
		// The plan continues in the middle of a block: its routines are
		// the block's (rule 13).
		cont.carry = pl.programOf(prev.Weeks[len(prev.Weeks)-1])
	}
	pl.first = cont.startHSE
	pl.weeks(p.Weeks)
	pl.breaks()
	pl.explain()
	return pl.plan, nil
}

// blockStartHSE is the plan volume of the first week of prev's last block.
func blockStartHSE(prev *Plan) float64 {
	last := prev.Weeks[len(prev.Weeks)-1]
	for _, w := range prev.Weeks {
		if w.Block == last.Block {
			return w.PlanHSE
		}
	}
	return last.PlanHSE
}

// nearestStep returns the step of a ladder closest in work to d.
func nearestStep(steps []perSet, d perSet) int {
	best, gap := 0, math.MaxInt
	for i, s := range steps {
		g := s.work() - d.work()
		if g < 0 {
			g = -g
		}
		if g < gap {
			best, gap = i, g
		}
	}
	return best
}
