package planner

import (
	"errors"
	"math"
	"strings"
	"time"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// Make makes the plan for profile p from catalog c. The profile must have
// passed [Profile.Check] and screening ([Screen]), and its start must be
// set. The same catalog and profile always give the same plan (rule 11).
//
// Make and [Continue] share one run; they differ in where it starts (an
// [origin]). A run goes through stages, each in a file of its own, each
// returning what it decided and the warnings it owes the person:
//
//	screen    screen.go     rule 1: red flags refer instead of planning
//	eligible  eligible.go   rules 8, 9: what can never be planned, and why
//	template  template.go   rules 4, 18: the kind of session each weekday holds
//	targets   targets.go    rules 2, 3, 5: how much each week may hold
//	run       run.go        the weeks in order: a program for each block, each week dosed and written out
//	choose    choose.go     rules 6, 9, 13, 16, 17, 19: which exercises each block's routines hold
//	routines  routines.go   rules 13, 14: a session's order and soundness, the pools a block draws on
//	weeks     weeks.go      rules 3, 5, 7, 16: each week within its limits
//	doses     doses.go      units and rule 16: a dose per set, its ladder, its minutes
//	          progress.go   rule 3: one change a week, the moves up and down
//	breaks    breaks.go     rule 10: movement breaks
//	explain   explain.go    rule 12: why each item is there, why the rest is not
//	warnings  warnings.go   rules 1, 2, 5, 9, 17, 18: what the person should know first
//
// Rule 15's pain-monitoring rule and the red flags are in safety.go;
// continue.go makes the origin of the block after a plan for gluteplan next.
func Make(c *catalog.Catalog, p Profile) (*Plan, error) {
	start, err := ready(p)
	if err != nil {
		return nil, err
	}
	b := newBasis(c, p, start, nil)
	o := freshOrigin(b)
	if p.Soreness >= SoreFrom {
		// Rule 5: week 1 holds at most 70% of what it would at soreness 0.
		o.first = math.Min(o.first, SoreShare*calmFirstWeek(c, p, start, nil, freshOrigin))
	}
	return b.run(o), nil
}

// ready checks what Make and Continue need of a profile: no problems, no
// referral, a start date.
func ready(p Profile) (time.Time, error) {
	if probs := p.Check(); len(probs) > 0 {
		return time.Time{}, errors.New(strings.Join(probs, "; "))
	}
	if r := Screen(p); r != nil {
		return time.Time{}, errors.New("red-flag symptoms: no plan; see Screen")
	}
	if p.Start == "" {
		return time.Time{}, errors.New("start: not set")
	}
	return ParseDate(p.Start)
}

// calmFirstWeek is the plan volume of the first week a run would plan at
// soreness 0: what rule 5 cuts from. The run covers the block, whose
// length shapes its routines.
func calmFirstWeek(c *catalog.Catalog, p Profile, start time.Time, prev *Plan, origin func(*basis) origin) float64 {
	calm := p
	calm.Soreness = 0
	b := newBasis(c, calm, start, prev)
	o := origin(b)
	o.weeks = min(p.Weeks, BlockWeeks-weekInBlock(o.w0+1)+1)
	return b.run(o).Weeks[0].PlanHSE
}

// basis is what a run plans from and never changes: the catalog, the
// person, the weekly template, and what can never be planned.
type basis struct {
	cat   *catalog.Catalog
	p     Profile
	start time.Time
	// say is the language of the plan's sentences: the profile's.
	say *locale.Language
	// acts are the person's activities as the plan counts them: runs
	// within 12 weeks of giving birth are walks (rule 9).
	activities []Activity
	tmpl       [7]slot
	// out holds why each entry that can never be planned is out (rules 8, 9).
	out map[string]string
	// chain numbers each entry's progression chain, and ladders holds
	// each entry's doses per set: made when first asked ([basis.chainOf],
	// [basis.newCourse]).
	chain   map[string]int
	ladders map[*catalog.Exercise]rungs
	index   map[string]*catalog.Exercise
	// since is the block each condition's first block is (rules 2, 9,
	// 16, 19): block 1, or the first block of gluteplan next's plan for
	// a condition its profile newly lists.
	since map[Condition]int
	// carried holds the conditions the plan continued listed too: their
	// first week is in a plan before (rules 9, 16).
	carried map[Condition]bool
	// soreBlock is the block rule 5's soreness speaks of: the first of the
	// run.
	soreBlock int
	// firstWeek is the number of the run's first week.
	firstWeek int
}

// newBasis lays out what a run of profile p from catalog c starting on
// start plans from; prev is the plan gluteplan next continues, or nil.
func newBasis(c *catalog.Catalog, p Profile, start time.Time, prev *Plan) *basis {
	p.Schema = ""
	acts := plannedActivities(p, start)
	b := &basis{
		cat: c, p: p, start: start, activities: acts,
		say:   p.Language(),
		tmpl:  template(p, acts, start),
		out:   map[string]string{},
		index: make(map[string]*catalog.Exercise, len(c.Exercises)),
		since: map[Condition]int{},

		carried: map[Condition]bool{},
	}
	b.firstWeek = 1
	if prev != nil {
		b.firstWeek = prev.Next.Week + 1
	}
	b.soreBlock = blockOf(b.firstWeek)
	for _, cond := range p.Conditions {
		b.since[cond] = blockOf(b.firstWeek)
		if prev != nil {
			if s, ok := prev.Next.Since[cond]; ok && prev.Profile.Has(cond) {
				b.since[cond], b.carried[cond] = s, true
			}
		}
	}
	for i := range c.Exercises {
		e := &c.Exercises[i]
		b.index[e.ID] = e
		if r := ruledOut(e, p); r != "" {
			b.out[e.ID] = r
		}
	}
	return b
}

// chainOf numbers the progression chain of the entry whose id is id:
// entries linked by progression, either way, share it. An id of no entry
// has none (-1).
func (b *basis) chainOf(id string) int {
	if b.chain == nil {
		b.chain = chains(b.cat)
	}
	if n, ok := b.chain[id]; ok {
		return n
	}
	return -1
}

// plannedActivities returns the person's activities as a plan starting on
// start counts them: runs are walks when the plan starts within 12 weeks
// of giving birth (rule 9); the next block, made later, counts them as
// runs again.
func plannedActivities(p Profile, start time.Time) []Activity {
	acts := p.AllActivities()
	birth, err := ParseDate(p.BirthDate)
	if !p.Has(Postpartum) || p.BirthDate == "" || err != nil || start.Sub(birth).Hours()/24/7 >= ImpactPostpartumWeeks {
		return acts
	}
	for i := range acts {
		if acts[i].Kind == Running {
			acts[i] = Activity{Kind: Walking, Days: acts[i].Days}
		}
	}
	return acts
}

// firstBlock reports whether block bl is the first block planned with
// condition cond (rules 2, 9, 16, 19).
func (b *basis) firstBlock(cond Condition, bl int) bool {
	s, ok := b.since[cond]
	return ok && s == bl
}

// condWeek1 reports whether week w is the first week planned with
// condition cond: the plan's first week for a condition newly listed, else
// the first week of its first block, where that week is in this plan
// (rule 16's one set).
func (b *basis) condWeek1(cond Condition, w int) bool {
	s, ok := b.since[cond]
	switch {
	case !ok:
		return false
	case !b.carried[cond]:
		return w == b.firstWeek
	}
	return weekInBlock(w) == 1 && blockOf(w) == s && w >= b.firstWeek
}

func (b *basis) byID(id string) (*catalog.Exercise, bool) {
	e, ok := b.index[id]
	return e, ok
}

func (b *basis) name(id string) string {
	if e, ok := b.byID(id); ok {
		return e.NameIn(string(b.p.Lang))
	}
	return id
}

// origin is where a run starts: a new plan's first week, or the week after
// the plan gluteplan next continues, with that plan's exercises and doses.
type origin struct {
	// w0 is the number of the week before the run's first: 0, or the last
	// week of the plan continued.
	w0 int
	// weeks is how many weeks the run plans.
	weeks int
	// first bounds the first week's plan volume.
	first float64
	// top is the plan volume of the last build week before the run.
	top float64
	// last is the plan volume of the week before the run.
	last float64
	// lastDeload is the plan volume of the last lighter week before the run.
	lastDeload float64
	// before is the week before the run: the plan continued's last week,
	// or none (no days) for a new plan.
	before Week
	// courses and fixed are the doses the run goes on from (rule 3 across
	// the boundary); kept lists the activation exercises to keep.
	courses []course
	fixed   map[string]fixedDose
	kept    []*catalog.Exercise
	// harder lets exercises done at their ceiling move on to their harder
	// variants at the first block boundary.
	harder bool
	// maxActivation is the most activation exercises the first block holds.
	maxActivation int
	// carry holds the routines of a block the run continues in the middle
	// of (rule 13).
	carry *program
	// flat is the number of weeks at the start that do not rise (the step
	// back of README "the next block").
	flat int
	// lighter is set when a step back follows a block sore throughout:
	// the last lighter week's level, which the block starts below where
	// the tendon holds leave room (README "the next block").
	lighter float64
	// wasHard holds, for a step back, the exercises the plan's last week
	// did at the higher effort of rule 16: where the step back keeps none
	// of them, its effort is no lighter than before, and its text does not
	// claim it is (rule 12).
	wasHard map[string]bool
	// soreCap, when above 0, is the most the first week may hold by rule
	// 5 (soreness today).
	soreCap float64
	// continued says which plan the run continues, for the plan's
	// continues field; nil for a new plan.
	continued *Continued
	// notes are the warnings the origin owes the person.
	notes []string
}

// freshOrigin is where a new plan starts: week 1, aiming at a share of the
// week's room (rule 3).
func freshOrigin(b *basis) origin {
	return origin{weeks: b.p.Weeks, first: b.firstTarget(), maxActivation: MaxActivation, harder: true}
}
