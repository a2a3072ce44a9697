package planner

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner/locale"
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

// programOf reads the routines the weeks ws of a plan hold: for each kind of
// session, the exercises of its fullest day, in order, that may still be
// planned in block bl.
func (b *basis) programOf(ws []Week, bl int) *program {
	pg := &program{routines: map[Session][]*catalog.Exercise{}}
	pool := b.pools(bl)
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
	for _, w := range ws {
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
	}
	return pg
}

// roundingSlack is how far a plan's volumes, rounded in its JSON, may lie
// below the doses they came from: a block that goes on from a week's doses
// is not cut for a rounding.
const roundingSlack = 0.01

// StepBackShare is where a block that steps back starts when the plan
// before had no lighter week: this share of its last build week (README "the next block").
const StepBackShare = 0.6

// StepBackFlat is how many weeks a block that steps back holds level
// before it rises again (README "the next block").
const StepBackFlat = 2

// RepeatActivation is the most activation exercises a repeated block holds
// (README "the next block").
const RepeatActivation = 3

// A ContinueOption says more of what the log says to [Continue].
type ContinueOption func(*continueOptions)

type continueOptions struct {
	soreThroughout bool
}

// SoreThroughout says that the log was sore through the whole block
// before, its lighter week included (package logbook reads it): a step
// back then starts below that lighter week, at [SoreShare] of its level,
// the share rule 5 gives a first week at soreness 4 to 6, and asks the
// person to book a check now rather than wait (README "the next block").
func SoreThroughout() ContinueOption {
	return func(o *continueOptions) { o.soreThroughout = true }
}

// Continue makes the plan that follows prev (gluteplan next): it starts the
// day after prev ends, numbers its weeks and blocks on, continues from the
// loads and exercises prev ended with, and keeps the planning rules across
// the boundary. p is the profile for the new plan (prev's, with any
// changes the person made); its start is set here. steer and why come from
// the person's log (README "the next block").
func Continue(c *catalog.Catalog, prev *Plan, p Profile, steer Steer, why string, opts ...ContinueOption) (*Plan, error) {
	var co continueOptions
	for _, o := range opts {
		o(&co)
	}
	if err := CheckEnd(prev); err != nil {
		return nil, err
	}
	end, _ := ParseDate(prev.End)
	p.Start = end.AddDate(0, 0, 1).Format(DateLayout)
	start, err := ready(p)
	if err != nil {
		return nil, err
	}
	// Entries the plan used stay available even when the catalog given now
	// lacks them, so the routine can go on.
	c = catalog.Merge(&catalog.Catalog{Exercises: prev.Exercises}, c)
	b := newBasis(c, p, start, prev)
	from := func(b *basis) origin { return continueOrigin(b, prev, steer, why, co) }
	o := from(b)
	if p.Soreness >= SoreFrom {
		// Rule 5: sore today, the first week holds at most 70% of what it
		// would at soreness 0.
		o.soreCap = SoreShare * calmFirstWeek(c, p, start, prev, from)
		o.first = math.Min(o.first, o.soreCap)
	}
	return b.run(o), nil
}

// CheckEnd checks that a plan's end is the last day of its weeks, as
// gluteplan wrote it.
func CheckEnd(prev *Plan) error {
	if len(prev.Weeks) == 0 {
		return errors.New("the plan has no weeks to continue from")
	}
	start, err := ParseDate(prev.Start)
	if err != nil {
		return fmt.Errorf("start: %v", err)
	}
	end, err := ParseDate(prev.End)
	if err != nil {
		return fmt.Errorf("end: %v", err)
	}
	if want := start.AddDate(0, 0, 7*len(prev.Weeks)-1); !end.Equal(want) {
		return fmt.Errorf("end: %s is not the last day of the plan's %d weeks (%s): was the plan edited? make it again with gluteplan plan",
			prev.End, len(prev.Weeks), want.Format(DateLayout))
	}
	last := prev.Weeks[len(prev.Weeks)-1]
	if prev.Next.Week != last.Week || last.Week-len(prev.Weeks)+1 < 1 {
		return fmt.Errorf("next.week: %d is not the plan's last week (%d): was the plan edited? make it again with gluteplan plan",
			prev.Next.Week, last.Week)
	}
	return nil
}

// continueOrigin is where the plan after prev starts, as the log steers
// it (README "the next block"): progress and hold from the last build
// week's doses (progress with harder variants for exercises done at their
// ceiling), repeat from the first week of the block before with at most 3
// activation exercises, step back from the last lighter week (60% of the
// last build week without one), held level for two weeks.
func continueOrigin(b *basis, prev *Plan, steer Steer, why string, co continueOptions) origin {
	say := b.say
	n := prev.Next
	last := prev.Weeks[len(prev.Weeks)-1]
	o := origin{
		w0: n.Week, weeks: b.p.Weeks,
		top: n.BuildHSE, last: last.PlanHSE, lastDeload: n.DeloadHSE, before: last,
		first: n.BuildHSE + roundingSlack, maxActivation: MaxActivation,
		harder:    steer == SteerProgress,
		continued: &Continued{From: prev.Start, To: prev.End, Steer: steer, Why: why},
	}
	ref := lastBuildWeek(prev)
	if weekInBlock(o.w0+1) != 1 && last.Phase == Build {
		// In the middle of a block the last build week is the plan's last
		// week (rule 3).
		ref = last
	}
	switch steer {
	case SteerStepBack:
		o.flat = StepBackFlat
		o.first = StepBackShare * n.BuildHSE
		d, lighter := lastLighterWeek(prev)
		if lighter {
			o.first = d.PlanHSE + roundingSlack
		}
		// From the last week's doses, down to that level with one change
		// an exercise (rule 3).
		ref = last
		o.wasHard = map[string]bool{}
		for _, d := range last.Days {
			for _, it := range d.Items {
				if hardIn(last, it.Exercise) {
					o.wasHard[it.Exercise] = true
				}
			}
		}
		s := say.Say(stepBackNote)
		if co.soreThroughout && lighter {
			// The lighter week was too much: the block starts below it,
			// and says to book a check now once its first week is dosed
			// ([run.sayThroughout]). It does not rise before its block's
			// lighter week: its log met the evening scale's "6 or more
			// after a week back" already, so nothing builds until the
			// person has been checked (a physiotherapist's reading of
			// rule 15).
			o.first, o.lighter = SoreShare*d.PlanHSE, d.PlanHSE+roundingSlack
			o.flat = max(StepBackFlat, BlockWeeks-weekInBlock(o.w0+1))
			break
		}
		if a := b.activityAdvice(); a != "" {
			s += " " + say.Sayf("Meanwhile, %s.", a)
		}
		o.notes = append(o.notes, s)
	case SteerRepeat:
		// The block before again, at most at its level, with fewer
		// exercises to do: from its build weeks' doses, one change from
		// its lighter week (rule 3).
		o.maxActivation = RepeatActivation
	}
	// Each exercise goes on from its dose in the week the steer names,
	// with its sets on each weekday as that week had them (rule 3 across
	// the boundary).
	o.fixed = map[string]fixedDose{}
	for _, d := range last.Days {
		for _, it := range d.Items {
			if e, ok := b.byID(it.Exercise); ok && !loaded(e) {
				o.fixed[e.ID] = fixedDose{sets: it.Sets, d: perSet{reps: it.Reps, hold: it.HoldSeconds, seconds: it.Seconds}}
			}
		}
	}
	ceiling := map[string]bool{}
	for _, x := range n.Exercises {
		ceiling[x.Exercise] = x.AtCeiling
	}
	// firstHeld calls f once for each strengthening exercise of week w
	// not met before, with the course it held in w.
	seen := map[string]bool{}
	firstHeld := func(w Week, f func(e *catalog.Exercise, co course)) {
		for _, day := range w.Days {
			for _, it := range day.Items {
				e, ok := b.byID(it.Exercise)
				if !ok || !loaded(e) || seen[e.ID] {
					continue
				}
				seen[e.ID] = true
				co := b.heldAt(e, it)
				co.sets = lastDoses(b, w, e, co).sets
				f(e, co)
			}
		}
	}
	firstHeld(ref, func(e *catalog.Exercise, co course) {
		co.top, co.topSets = co.level, co.sets
		if ceiling[e.ID] {
			co.top = len(co.ladder) - 1
		}
		// What differs from the plan's last week is this week's one
		// change (rule 3 across the boundary).
		was := lastDoses(b, last, e, co)
		co.lastLevel, co.lastSets = co.level, co.sets
		if was.sets != ([7]int{}) {
			co.lastLevel, co.lastSets = was.level, was.sets
		}
		if was.level != co.level && was.sets != co.sets && was.sets != ([7]int{}) {
			// Both would change: the dose per set stays as it was
			// and the sets come down, the one change (rule 3); the
			// week still fits the level the steer names.
			co.level = was.level
			co.top = max(co.top, co.level)
		}
		co.lastHard, co.out = hardIn(last, e.ID), was.sets == [7]int{}
		switch {
		case was.level != co.level:
			co.changed = doseChanged
		case was.sets != co.sets:
			co.changed = setsChanged
		}
		o.courses = append(o.courses, co)
		o.kept = append(o.kept, e)
	})
	if steer == SteerStepBack {
		// An exercise of the block that its last week left out of every
		// session (a lighter week may) goes on from the last week that
		// held it, one change from the week before (rule 3): the step
		// back starts from the lighter week's exercises and may leave
		// it out as it may any other, rather than bring it back at its
		// starting dose, over the level the log asks for (README "the
		// next block").
		for i := len(prev.Weeks) - 1; i >= 0; i-- {
			w := prev.Weeks[i]
			if w.Block != last.Block || w.Week == last.Week {
				continue
			}
			firstHeld(w, func(_ *catalog.Exercise, co course) {
				co.top, co.topSets = co.level, co.sets
				co.lastLevel, co.lastSets, co.changed = co.level, [7]int{}, setsChanged
				o.courses = append(o.courses, co)
			})
		}
	}
	if steer == SteerStepBack && weekInBlock(o.w0+1) == 1 {
		// A step back takes no new exercises: its block goes on with the
		// routines of the block before, less what may no longer be
		// planned, and adds only what a rule requires that they lack
		// (README "the next block").
		var block []Week
		for _, w := range prev.Weeks {
			if w.Block == last.Block {
				block = append(block, w)
			}
		}
		o.carry = b.programOf(block, blockOf(o.w0+1))
	}
	if weekInBlock(o.w0+1) != 1 {
		// The plan continues in the middle of a block: its routines are
		// the block's (rule 13).
		// The block's routines are its longest sessions, in any of its
		// weeks: a week that left an exercise out of them does not end it.
		var block []Week
		for _, w := range prev.Weeks {
			if w.Block == blockOf(o.w0+1) {
				block = append(block, w)
			}
		}
		o.carry = b.programOf(block, blockOf(o.w0+1))
	}
	return o
}

// heldAt starts the course of e at the dose per set item it of the plan
// before held it at, with no sets yet.
func (b *basis) heldAt(e *catalog.Exercise, it Item) course {
	co := b.newCourse(e)
	co.fresh = false
	co.level = nearestStep(co.ladder, perSet{reps: it.Reps, hold: it.HoldSeconds, seconds: it.Seconds})
	return co
}

// lastDoses is course co as week w of the plan before held it: its dose per
// set and its sets on each weekday of the new template.
func lastDoses(b *basis, w Week, e *catalog.Exercise, co course) course {
	was := co
	was.sets = [7]int{}
	for d, s := range b.tmpl {
		for _, day := range w.Days {
			if day.Weekday != s.weekday {
				continue
			}
			for _, it := range day.Items {
				if it.Exercise == e.ID {
					was.sets[d] = it.Sets
					was.level = nearestStep(co.ladder, perSet{reps: it.Reps, hold: it.HoldSeconds, seconds: it.Seconds})
				}
			}
		}
	}
	return was
}

// lastBuildWeek is the plan's last build week: week 3 of its last block
// that has one, or its last build week.
func lastBuildWeek(p *Plan) Week {
	for i := len(p.Weeks) - 1; i >= 0; i-- {
		if w := p.Weeks[i]; w.Phase == Build && weekInBlock(w.Week) == 3 {
			return w
		}
	}
	for i := len(p.Weeks) - 1; i >= 0; i-- {
		if w := p.Weeks[i]; w.Phase == Build {
			return w
		}
	}
	return p.Weeks[len(p.Weeks)-1]
}

// lastLighterWeek is the plan's last lighter week, if it has one.
func lastLighterWeek(p *Plan) (Week, bool) {
	for i := len(p.Weeks) - 1; i >= 0; i-- {
		if p.Weeks[i].Phase == Deload {
			return p.Weeks[i], true
		}
	}
	return Week{}, false
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

// hardIn reports whether week w of the plan before held exercise id at the
// higher effort of rule 16 in its activation sessions: not at "moderate"
// nor light to moderate, in any language the plan may be in. The next
// block's effort rises from there as one change (rule 3).
func hardIn(w Week, id string) bool {
	for _, d := range w.Days {
		for _, it := range d.Items {
			if it.Exercise != id || d.Session != ActivationSession || it.Effort == "" {
				continue
			}
			for _, l := range locale.Languages {
				if lower := []string{l.Say("moderate: you could do 4–5 more"), l.Say("effort: light to moderate, about 3 to 5 out of 10")}; slices.ContainsFunc(lower, func(s string) bool {
					return it.Effort == s || strings.HasPrefix(it.Effort, s+"; ")
				}) {
					return false
				}
			}
			return true
		}
	}
	return false
}
