package planner

import (
	"cmp"
	"math"
	"slices"

	"github.com/gluteplan/gluteplan/catalog"
)

// chooser builds the routines of one block, a rule at a time.
type chooser struct {
	*run
	w     int // the block's first week in the run
	block int
	// hi is the most plan volume the block's first week may hold.
	hi    float64
	pools pools
	// acts lists the activation entries the block may use, in the order
	// they are preferred (rules 3, 9, 17); kept lists those of them the
	// block before held, or their harder variants.
	acts, kept []*catalog.Exercise
	// fits reports whether program pg fits the block's first week as an
	// entry of the given need asks.
	fits func(pg *program, n need) bool
	// kind is the kind of session the entry being added goes into.
	kind Session
	// light lets the next entry in at its lightest.
	light bool
	// seed holds routines already fixed for the block (gluteplan next
	// continuing in the middle of one); they are not changed (rule 13).
	seed *program
	// keepToSeed marks a seed a step back keeps to: its routines take
	// nothing new but what a rule requires (README "the next block").
	keepToSeed bool
	// maxActivation is the most activation exercises the block may hold.
	maxActivation int
	// done holds the exercises the weeks of the block already planned
	// (gluteplan next in the middle of one) held: they count toward the
	// block's different exercises (rule 13).
	done map[string]bool
	// stepOn marks the entry being added as a harder variant taking the
	// place of an exercise done for a whole block at its highest dose
	// (rule 3): the others may start the block lower to make room for it.
	stepOn bool
	// trimmed reports that the last fit made room for a harder variant
	// by starting the exercises beside it lower.
	trimmed bool
	// days counts the sessions of each kind in the weekly template.
	days map[Session]int
	pg   *program
}

// add puts e into the routine of kind k if every rule still holds; it
// reports whether it did.
func (c *chooser) add(k Session, e *catalog.Exercise) bool {
	if c.seed != nil && len(c.seed.routines[k]) > 0 && !(c.keepToSeed && c.light) {
		return false
	}
	rt := c.pg.routines[k]
	if slices.Contains(rt, e) {
		return false
	}
	next := append(slices.Clone(rt), e)
	if !sound(next) {
		return false
	}
	seen := c.pg.distinct()
	for id := range c.done {
		// A primer chosen anew in the middle of a block adds to what the
		// block's earlier weeks held (rule 13 counts the whole block).
		seen[id] = true
	}
	if !seen[e.ID] && len(seen) >= MaxDistinct {
		return false
	}
	if e.Category == catalog.Activation && !seen[e.ID] && c.activations() >= c.maxActivation {
		return false
	}
	// An exercise the block before held, whose dose returns to its last
	// build week's, takes no new session: that would change two things at
	// once (rule 3).
	if r := c.prog; r != nil && loaded(e) && !slices.Contains(r.routines[k], e) && slices.ContainsFunc(allRoutines(r), func(x *catalog.Exercise) bool { return x == e }) {
		if co := c.course(e); co != nil && co.top != co.level {
			return false
		}
	}
	// So too in the first block of gluteplan next, whose exercises go on
	// from the build weeks' doses: one whose dose per set returns to them
	// from its lighter week's takes no session of a kind it was not in.
	if co := c.course(e); c.prog == nil && co != nil && loaded(e) && !co.fresh && co.level != co.lastLevel && !heldIn(co, c.tmpl, k) {
		return false
	}
	// One step of a progression chain at a time: its harder variant comes
	// in place of it, at a block boundary (rule 3), never beside it.
	if e.Category == catalog.Activation {
		for _, rt := range c.pg.routines {
			for _, x := range rt {
				if x.ID != e.ID && x.Category == catalog.Activation && c.chainOf(x.ID) == c.chainOf(e.ID) {
					return false
				}
			}
		}
	}
	c.pg.routines[k] = next
	n := optional
	switch {
	case c.light:
		n = required
	case loaded(e) || movementOf(e) == singleLeg:
		// Balance work on one leg carries no load, but the person's
		// running or balance asks for it ([chooser.singleLegWork]): it
		// fits as strengthening work does.
		n = loadedWork
	case c.heldBefore(k, e):
		n = carried
	}
	c.kind = k
	c.stepOn, c.trimmed = c.harderStep(e), false
	if !c.fits(c.pg, n) {
		c.pg.routines[k] = rt
		return false
	}
	return true
}

// heldIn reports whether course co held sets, the week before, on a day
// of template tmpl whose session is of kind k.
func heldIn(co *course, tmpl [7]slot, k Session) bool {
	for d, s := range tmpl {
		if s.session == k && co.lastSets[d] > 0 {
			return true
		}
	}
	return false
}

// heldFirst orders list with the entries the block before held in the
// routine of kind k first, so a session keeps what the person knows; one
// that needs nothing stays behind an entry of its role and level that
// uses the person's equipment (rule 17).
func (c *chooser) heldFirst(k Session, list []*catalog.Exercise) []*catalog.Exercise {
	roles := gearRoles(list)
	var first, rest []*catalog.Exercise
	for _, x := range list {
		if c.heldBefore(k, x) && !gearBeats(x, roles) {
			first = append(first, x)
		} else {
			rest = append(rest, x)
		}
	}
	return append(first, rest...)
}

// heldBefore reports whether the routine of kind k of the block before
// (in this run, or the plan gluteplan next continues) held e.
func (c *chooser) heldBefore(k Session, e *catalog.Exercise) bool {
	if c.prog != nil {
		return slices.Contains(c.prog.routines[k], e)
	}
	for _, d := range c.o.before.Days {
		if d.Session == k && slices.ContainsFunc(d.Items, func(it Item) bool { return it.Exercise == e.ID }) {
			return true
		}
	}
	return false
}

// activations counts the activation exercises of the block.
func (c *chooser) activations() int {
	seen := map[string]bool{}
	n := 0
	for _, rt := range c.pg.routines {
		for _, e := range rt {
			if e.Category == catalog.Activation && !seen[e.ID] {
				seen[e.ID] = true
				n++
			}
		}
	}
	return n
}

// first adds the first entry of list that passes ok and fits.
func (c *chooser) first(k Session, list []*catalog.Exercise, ok func(*catalog.Exercise) bool) *catalog.Exercise {
	for _, e := range list {
		if (ok == nil || ok(e)) && c.add(k, e) {
			return e
		}
	}
	return nil
}

// must adds what a rule requires, at its lightest if need be, unless the
// routine holds it already (a block gluteplan next goes on with, say).
func (c *chooser) must(k Session, list []*catalog.Exercise, ok func(*catalog.Exercise) bool) *catalog.Exercise {
	for _, e := range c.pg.routines[k] {
		if slices.Contains(list, e) && (ok == nil || ok(e)) {
			return e
		}
	}
	c.light = true
	defer func() { c.light = false }()
	return c.first(k, list, ok)
}

// reuseFirst orders list with the entries already in the block first, so
// routines share exercises and the block stays small (rule 13).
func (c *chooser) reuseFirst(list []*catalog.Exercise) []*catalog.Exercise {
	seen := c.pg.distinct()
	return firstWhere(list, func(e *catalog.Exercise) bool { return seen[e.ID] })
}

// miss records what the program should hold and cannot.
func (c *chooser) miss(w string) { c.pg.missing = append(c.pg.missing, w) }

// count counts the entries of category cat in the routine of kind k.
func (c *chooser) count(k Session, cat catalog.Category) int {
	n := 0
	for _, e := range c.pg.routines[k] {
		if e.Category == cat {
			n++
		}
	}
	return n
}

// strengthening counts the strengthening exercises of the activation
// routine (rule 16).
func (c *chooser) strengthening() int {
	return len(filter(c.pg.routines[ActivationSession], loaded))
}

// choose builds the program of the block starting at week w, whose first
// week may hold up to hi, and whose lightest week leaves room for a
// lighter week when the block reaches one. It takes the rules in turn:
// what they require first, then what makes a good session, while every
// rule holds; fewer exercises rather than thinner ones (rule 16).
func (r *run) choose(w int, hi float64, boundary, lighter bool) *program {
	c := r.newChooser(w, hi, boundary, lighter)
	c.pg = &program{routines: map[Session][]*catalog.Exercise{}}
	if c.seed != nil {
		for k, rt := range c.seed.routines {
			if k != RestDay && len(rt) > 0 {
				c.pg.routines[k] = slices.Clone(rt)
			}
		}
	}
	// What rules 9, 19 and 6 require first, then rule 16's strengthening
	// work, then what makes the sessions better (README precedence).
	c.abductorHolds()
	c.pelvicFloor()
	c.hinge()
	c.piriformis()
	c.warmUps()
	c.release()
	c.strengthWork()
	c.primer()
	c.deskStretch()
	c.fill()
	c.sayMissing()
	if boundary && c.seed == nil {
		c.sayDropped()
	}
	for _, next := range sortedKeys(r.progress) {
		from := r.progress[next]
		if x := r.index[next]; x != nil && c.pg.distinct()[next] && c.w == r.o.w0+1 && c.madeRoom(x) {
			// The exercises beside the harder variant start the block a
			// little lower so its first week keeps rule 3's limit; the
			// later weeks build them up again. gluteplan next says so: its
			// first week follows the last build week of the plan before.
			// Within a plan the block follows its lighter week, whose
			// doses the person has just done, and each item's why compares
			// with them (a page-1 note would crowd the notes that matter
			// more).
			r.notes.add(rankWeek, r.say.Sayf("%s takes the place of %s from week %d. So that week %d is no harder than your last build week, "+
				"the exercises beside it start a little lighter than where block %d ended, and build up from there.",
				r.name(next), r.name(from), c.w, c.w, c.block-1))
		}
		for _, x := range append([]*catalog.Exercise{r.index[next]}, r.others[next]...) {
			if !c.pg.distinct()[x.ID] {
				r.bigStep[x.ID] = c.block
			}
		}
		if i := slices.IndexFunc(r.others[next], func(x *catalog.Exercise) bool { return c.pg.distinct()[x.ID] }); !c.pg.distinct()[next] && i >= 0 {
			// Another harder exercise of its role took its place.
			delete(r.progress, next)
			r.progress[r.others[next][i].ID] = from
			continue
		}
		if !c.pg.distinct()[next] {
			// The harder variant did not fit: say so, and why (rule 12);
			// "goes on" only where the exercise does.
			delete(r.progress, next)
			if x, _ := r.byID(from); x != nil && x.Progression != next {
				// A harder exercise of its role, for one with no harder
				// variant of its own.
				if c.pg.distinct()[from] {
					r.notes.add(rankWeek, r.say.Sayf("%s has reached its highest dose; a harder exercise for the same muscle, %s, does not fit "+
						"the first week of block %d, so %s goes on; a later block tries again.", r.name(from), r.name(next), c.block, r.name(from)))
					continue
				}
				r.notes.add(rankWeek, r.say.Sayf("%s has reached its highest dose; a harder exercise for the same muscle, %s, does not fit "+
					"the first week of block %d; a later block tries again.", r.name(from), r.name(next), c.block))
				continue
			}
			if x, _ := r.byID(from); x != nil && !loaded(x) && c.pg.distinct()[from] {
				// A drill of no glute load done for a whole block: its
				// harder variant adds load the block's first week has no
				// room for (rule 3), so it goes on as it was, with no
				// change to tell: --explain says why the harder one is out
				// (a physiotherapist: the person need not hear of an
				// exercise they are not doing).
				continue
			}
			if c.pg.distinct()[from] {
				r.notes.add(rankWeek, r.say.Sayf("%s has reached its highest dose, but its harder variant, %s, is a bigger step than "+
					"the first week of block %d may take, so %s goes on; a later block tries again.", r.name(from), r.name(next), c.block, r.name(from)))
				continue
			}
			r.notes.add(rankWeek, r.say.Sayf("%s has reached its highest dose, but its harder variant, %s, is a bigger step than "+
				"the first week of block %d may take; a later block tries again.", r.name(from), r.name(next), c.block))
		}
	}
	for _, held := range sortedKeys(r.holdsOn) {
		if !c.pg.distinct()[held] {
			continue
		}
		// Rule 9: the holds give way to moving work one at a time, and
		// the plan says why this one waits.
		first := r.holdsOn[held]
		note := r.say.Sayf("%s stays a hold in block %d, though you did it at its highest dose: with gluteal tendinopathy, holds give way to moving exercises "+
			"one at a time (%s first), and the holds ease tendon pain while the moving work builds.", r.name(held), c.block, r.name(first))
		if c.pg.distinct()[first] {
			// The hold it waits for goes on as a hold too.
			note = r.say.Sayf("%s stays a hold in block %d, though you did it at its highest dose: with gluteal tendinopathy, holds give way to moving exercises "+
				"one at a time, %s first once it reaches its highest dose, and the holds ease tendon pain while the moving work builds.", r.name(held), c.block, r.name(first))
		}
		if x, _ := r.byID(held); x != nil && abductor(x) && !c.pg.distinct()[first] {
			if y, _ := r.byID(first); y != nil && !abductor(y) {
				note += " " + r.say.Say("The hold for the side of the hip steps on last, in a later block: moving work for the side of the hip loads the sore tendons most.")
			}
		}
		r.notes.add(rankWeek, note)
	}
	for k, rt := range c.pg.routines {
		c.pg.routines[k], _ = order(rt)
	}
	return c.pg
}

// newChooser readies the choice of block blockOf(w)'s program.
func (r *run) newChooser(w int, hi float64, boundary, lighter bool) *chooser {
	bl := blockOf(w)
	pool := r.pools(bl)
	for cat, list := range pool {
		pool[cat] = r.equipmentFirst(list) // rule 17
	}
	c := &chooser{run: r, w: w, block: bl, hi: hi, pools: pool, days: r.sessionDays(), maxActivation: MaxActivation}
	if w == r.o.w0+1 {
		c.maxActivation = r.o.maxActivation
		if !boundary && r.o.carry != nil {
			c.seed = r.o.carry.clone()
			c.done = r.o.carry.distinct()
		}
	}
	if boundary && r.steppingBack(w) {
		// A step back takes no new exercises (README "the next block"): at
		// the boundaries its first weeks reach, the routines go on, less
		// what may no longer be planned, adding only what a rule requires.
		from := r.prog
		if w == r.o.w0+1 {
			from = r.o.carry
		}
		if from != nil {
			c.seed, c.keepToSeed = from.clone(), true
			for k, rt := range c.seed.routines {
				c.seed.routines[k] = filter(rt, func(e *catalog.Exercise) bool { return slices.Contains(pool[e.Category], e) })
			}
		}
	}
	if c.seed != nil {
		// The routines kept may hold more than the week at their
		// lightest: the week's fitting cuts them (rule 16's fewer
		// exercises first), and what the other routines need beside them
		// is judged on the room left (rule 7), not on their load.
		cs := r.startCourses(c.seed, w)
		f, floor := r.frame(w, c.seed, nil), r.frameFloor(w)
		for i := range cs {
			r.leastStart(&cs[i], w, f, floor, true)
		}
		c.hi = math.Max(c.hi, weekHSE(cs))
	}
	if c.seed != nil && slices.ContainsFunc(c.seed.routines[PrimerSession], func(e *catalog.Exercise) bool { return !c.primerSuits(e) }) {
		// The days may have changed: a primer that no longer suits the
		// training it now comes before is chosen anew (rule 18).
		delete(c.seed.routines, PrimerSession)
	}
	c.acts, c.kept = r.activationOrder(pool, bl, boundary)
	c.fits = func(pg *program, need need) bool {
		hi := c.hi
		cs := r.startCourses(pg, w)
		f := r.frame(w, pg, nil)
		floor := r.frameFloor(w)
		least := func() {
			for i := range cs {
				r.leastStart(&cs[i], w, f, floor, need == required)
			}
		}
		least()
		if f.tendon && !tendonRoom(cs, f, hi) {
			// No tendon hold can keep 30 s in the first week even alone
			// (the minutes, the week's volume): the week shortens them,
			// and the rest is chosen as for anyone (rule 9's aim then
			// gives way, with a warning).
			f.tendon = false
			cs = r.startCourses(pg, w)
			least()
		}
		// The fixed doses as the block will set them: beside its
		// strengthening work at the fewest sets its build weeks give.
		fixed := r.fixedDoses(pg, r.startCourses(pg, w), w)
		for _, fd := range fixed {
			if fd.sets == 0 {
				return false // it would leave another exercise out
			}
		}
		f = r.frame(w, pg, fixed)
		if need == optional || need == carried {
			// Only the minutes of the sessions the entry goes into, with
			// room left for every strengthening exercise to take a set
			// more: what makes a session better must not stop it building
			// (rule 3). What the block before held in the session keeps
			// its place too where the block's starting doses leave room for
			// every strengthening exercise to take a step up its dose per
			// set: the person keeps what they know, and the block still
			// builds.
			for d, s := range r.tmpl {
				f.cap[d] = math.Inf(1)
				if s.session != c.kind {
					f.budget[d] = math.MaxInt32
				}
			}
			more := cloneCourses(cs)
			for i := range more {
				for d, s := range r.tmpl {
					if more[i].sets[d] > 0 && s.session == ActivationSession {
						more[i].sets[d] = min(more[i].sets[d]+1, more[i].maxSets)
					}
				}
			}
			if excess(more, f, math.Inf(1)) == 0 {
				return true
			}
			if need == optional {
				return false
			}
			cs = r.startCourses(pg, w)
			for i := range cs {
				cs[i].level = min(cs[i].level+1, len(cs[i].ladder)-1)
			}
			return excess(cs, f, math.Inf(1)) == 0
		}
		if weekInBlock(w) == 1 && r.holdStep {
			// The tendon holds that go on beside one stepping on return
			// to their last build week's length, as the block's first
			// week sets them (rule 3), and come down from there only as
			// far as 30 s below.
			for i := range cs {
				if cs[i].keep && isometric(cs[i].e) && !cs[i].fresh {
					cs[i].level = max(cs[i].level, cs[i].top)
				}
			}
		}
		if excess(cs, f, hi) > 0 && weekInBlock(w) == 1 && (c.stepOn && need == loadedWork || r.holdStep) {
			// A harder variant that does not fit the block's first week
			// at its lightest: the exercises beside it start the block a
			// little lower, within rule 16's doses and one kind of change
			// each (rule 3), where that makes room; the later weeks build
			// them up again. Only then does the easier exercise go on. So
			// too the tendon holds that go on beside a hold stepping on
			// (rule 9, [run.oneHoldOn]): they may start the block shorter,
			// never below 30 s.
			try := cloneCourses(cs)
			if lower(try, f, 0, hi, cut{oneChange: true}) && roomMadeByOthers(try, cs) {
				cs, c.trimmed = try, true
			}
		}
		if excess(cs, f, hi) > 0 {
			return false
		}
		if !lighter {
			return true
		}
		// Rule 3: the lightest the routines can be must leave room for
		// the block's lighter week, at most 70% of its week 3: first
		// judged against hi, the most its first week may hold.
		start := cloneCourses(cs)
		for i := range cs {
			cs[i].level = 0
		}
		if weekHSE(cs) <= DeloadHigh*hi+eps {
			return true
		}
		// A harder variant at a block boundary: week 3 of its block rises
		// above the first week by up to 15% a week, and the lighter week
		// is judged against week 3, not the first (rule 3). The block's
		// build weeks, made from its first week as the week loop makes
		// them, show whether a lighter week can follow them.
		return weekInBlock(w) == 1 && c.stepOn && need == loadedWork && r.blockLightens(start, pg, w, hi)
	}
	return c
}

// blockLightens reports whether the block whose first week w starts with
// courses cs, within hi, builds over weeks 2 and 3 as the week loop builds
// them (at most 15% a week, one change an exercise, the effort rising as
// its one change: rules 3 and 16) to a week 3 that a lighter week of 50 to
// 70% of it can follow, each exercise changing one thing (rule 3). The
// real week 3 is made deloadable the same way ([run.buildWeek]).
func (r *run) blockLightens(cs []course, pg *program, w int, hi float64) bool {
	sim := cloneCourses(cs)
	fixed := r.fixedDoses(pg, sim, w)
	room, _ := r.room(blockOf(w))
	f := r.frame(w, pg, fixed)
	if r.rises(w) {
		raise(sim, f, hi, true)
	}
	for k := 1; k < BlockWeeks-1; k++ {
		r.effortsOf(sim, w+k-1)
		last := weekHSE(sim)
		nextWeek(sim)
		f = r.frame(w+k, pg, fixed)
		if !r.rises(w + k) {
			continue
		}
		r.reserveEffortOf(sim, w+k)
		raise(sim, f, math.Min(room, WeeklyRise*last), true)
	}
	return deloadable(sim, f)
}

// harderStep reports whether e is a harder variant the block steps on to
// (rule 3): in place of an exercise done at its highest dose for a whole
// block, its own or another of the same movement.
func (c *chooser) harderStep(e *catalog.Exercise) bool {
	if c.progress[e.ID] != "" {
		return true
	}
	for _, list := range c.others {
		if slices.Contains(list, e) {
			return true
		}
	}
	return false
}

// madeRoom reports whether harder variant e, in the block's activation
// routine, fits its first week only with the exercises beside it started
// lower (see [chooser.fits]).
func (c *chooser) madeRoom(e *catalog.Exercise) bool {
	if !slices.Contains(c.pg.routines[ActivationSession], e) || !loaded(e) {
		return false
	}
	was := c.kind
	c.kind, c.stepOn, c.trimmed = ActivationSession, true, false
	ok := c.fits(c.pg, loadedWork) && c.trimmed
	c.kind, c.stepOn, c.trimmed = was, false, false
	return ok
}

// roomMadeByOthers reports whether the courses after, lowered from
// before to make room for a harder variant, kept every new exercise at
// the dose it starts at: only the exercises carried over start the block
// lower, each within rule 16 ([frame.fits] guards the steps).
func roomMadeByOthers(after, before []course) bool {
	for i := range before {
		if before[i].fresh && (after[i].level != before[i].level || after[i].sets != before[i].sets) {
			return false
		}
	}
	return true
}

// tendonRoom reports whether a tendon hold of cs, at its least, fits the
// week f within hi by itself: its volume, and its minutes in each session
// (rule 9's aim, rules 2, 3, 7). One is enough for the aim.
func tendonRoom(cs []course, f *frame, hi float64) bool {
	for _, c := range cs {
		if c.keep && isometric(c.e) && excess([]course{c}, f, hi) == 0 {
			return true
		}
	}
	return false
}

// need is how badly a routine needs an entry, which sets how it must fit:
// what a rule requires may come in at its lightest, loaded work at the
// fewest sets rule 16 allows, and the rest only with room to build.
type need uint8

const (
	required need = iota
	loadedWork
	// carried is what the block before held in the same session: a
	// stretch, release or warm-up the person knows, kept where the block
	// can still build beside it.
	carried
	optional
)

// leastStart brings course c to the least the block's first week may give
// it: a new exercise at the fewest sets (floor, or one for what is
// required) and the lightest dose per set rule 16 allows (the lightest at
// all when required), a tendon hold of the first block with gluteal
// tendinopathy no shorter than 30 s unless required (rule 9), so the block
// holds fewer other exercises rather than thinner tendon holds (rule 16);
// an exercise carried over, one change from where it starts (rule 3).
func (r *run) leastStart(c *course, w int, f *frame, floor [7]int, light bool) {
	fewer := c.sets
	for d := range fewer {
		if fewer[d] > 0 {
			fewer[d] = min(fewer[d], floor[d])
			if light {
				fewer[d] = 1
			}
		}
	}
	lightest := c.level
	for l := 0; l <= c.level; l++ {
		if f.fits(c, l) && (light || !f.tendonHold(c) || c.ladder[l].holdLength() >= TendonHoldSeconds) {
			lightest = l
			break
		}
	}
	if c.fresh {
		c.sets, c.level = fewer, lightest
		return
	}
	if r.goesOn() && w == r.o.w0+1 {
		return // gluteplan next goes on from these doses as they are (README "the next block")
	}
	bySets, byDose := *c, *c
	bySets.sets, byDose.level = fewer, lightest
	// Back at its last build week's dose at a block boundary, an exercise
	// is judged at that dose per set: how its lighter week came down (a
	// lighter dose per set, or fewer sets) does not make room for new
	// exercises beside it (rule 16: fewer exercises rather than thinner
	// ones; rule 3: the block returns to its last build week).
	back := weekInBlock(w) == 1 && w != r.o.w0+1 && !r.flat(w) && c.level == c.top
	switch {
	case c.changed == setsChanged || back:
		*c = bySets
	case c.changed == doseChanged:
		*c = byDose
	case weekHSE([]course{bySets}) <= weekHSE([]course{byDose}):
		*c = bySets
	default:
		*c = byDose
	}
}

// abductorHolds applies rule 9: with gluteal tendinopathy every activation
// session holds a hip-abductor exercise, an isometric one in the first
// block.
func (c *chooser) abductorHolds() {
	if c.days[ActivationSession] == 0 || !c.p.Has(GlutealTendinopathy) {
		return
	}
	if c.must(ActivationSession, c.acts, abductor) == nil {
		c.miss(c.say.Say("a hip-abductor exercise for gluteal tendinopathy: no entry of the catalog suits your equipment, limits and level now " +
			"(the default catalog's lying or wall press needs nothing but a wall, or your hands)"))
	}
}

// pelvicFloor applies rule 9: after giving birth every routine holds a
// pelvic-floor exercise.
func (c *chooser) pelvicFloor() {
	if !c.p.Has(Postpartum) {
		return
	}
	pf := filter(c.allEligible(), PelvicFloorWork)
	// A squeeze's harder variant, where the block steps on to it, comes
	// before the easier one the block before held (rule 3).
	pf = firstWhere(pf, func(e *catalog.Exercise) bool { return c.progress[e.ID] != "" })
	if c.days[PrimerSession] > 0 {
		// One that suits the primer too serves every routine.
		pf = firstWhere(pf, c.primerSuits)
	}
	for _, k := range []Session{ActivationSession, RecoverySession, PrimerSession} {
		list := c.reuseFirst(pf)
		if k == PrimerSession {
			list = filter(list, c.primerSuits)
		}
		if c.days[k] > 0 && c.must(k, list, nil) == nil {
			c.miss(c.say.Sayf("a pelvic-floor exercise in your %s: no entry of the catalog suits you or fits (a custom catalog can add one)", SessionName(c.say, k, SessionPlural)))
		}
	}
}

// hinge applies rule 19: a person with a gym activity learns the hip
// hinge in the first block, in the primer before the gym or, without
// one, in the activation routine.
func (c *chooser) hinge() {
	if c.block != 1 || !slices.ContainsFunc(c.activities, func(a Activity) bool { return a.Kind == Gym }) {
		return
	}
	drills := c.equipmentFirst(filter(c.allEligible(), hingeDrill))
	home := ActivationSession
	if c.gymPrimer() {
		home = PrimerSession
	}
	if c.days[home] == 0 {
		return
	}
	if c.must(home, drills, nil) == nil && len(drills) > 0 {
		why := c.say.Say("it would take them past their minutes (more minutes would make room)")
		if len(c.pg.routines[home]) >= MaxItems {
			why = c.say.Sayf("they already hold %d exercises, the most a session holds", MaxItems)
		}
		c.miss(c.say.Sayf("a hip-hinge drill before your gym sessions: %s", why))
	}
}

// gymPrimer reports whether the template holds a primer before the gym.
func (c *chooser) gymPrimer() bool {
	for _, s := range c.tmpl {
		if s.session == PrimerSession && s.activity != nil && s.activity.Kind == Gym {
			return true
		}
	}
	return false
}

// strengthWork chooses the strengthening work (rule 16): in the order of
// preference first. Where that leaves the routine short of three
// exercises, it tries again among exercises light enough for three, then
// for two, to fit the block's first week at two sets each, and last the
// lightest first; these tries keep to exercises of real load at the
// person's level or one below, each once as it is and once beside what
// the first pass took of the person's own equipment (rule 17). It keeps
// the first program that scores most: an
// exercise of real load counts one, and one more where it uses equipment
// the person got for it, so that a block holds more exercises at two
// sets rather than fewer (rule 16), and the person's band or weight
// rather than one more exercise without it (rule 17).
func (c *chooser) strengthWork() {
	before := c.pg.clone()
	c.strength(c.acts)
	if c.strengthening() >= strengthTarget {
		return
	}
	best, most := c.pg, c.strengthScore()
	gear := filter(c.pg.routines[ActivationSession], func(e *catalog.Exercise) bool {
		return loaded(e) && gearRank(e) == 0 && !slices.Contains(before.routines[ActivationSession], e)
	})
	near := filter(c.acts, func(e *catalog.Exercise) bool {
		return e.GluteLoad >= minStrengthLoad && e.Level.Rank() >= c.p.Level.Rank()-1
	})
	lightest := slices.Clone(near)
	slices.SortStableFunc(lightest, func(x, y *catalog.Exercise) int { return cmpFloat(x.GluteLoad, y.GluteLoad) })
	tries := [][]*catalog.Exercise{c.within(near, strengthTarget), c.within(near, strengthTarget-1), lightest}
	for _, acts := range tries {
		for _, keep := range [][]*catalog.Exercise{gear, nil} {
			c.pg = before.clone()
			for _, e := range keep {
				c.add(ActivationSession, e)
			}
			c.strength(acts)
			if n := c.strengthScore(); n > most {
				best, most = c.pg, n
			}
		}
	}
	c.pg = best
}

// strengthScore weighs the strengthening work of the activation routine
// for [chooser.strengthWork]: each exercise of real load counts one, and
// one more where it uses equipment the person got for it (rule 17).
func (c *chooser) strengthScore() int {
	n := 0
	for _, e := range c.pg.routines[ActivationSession] {
		if loaded(e) && e.GluteLoad >= minStrengthLoad {
			n++
			if gearRank(e) == 0 {
				n++
			}
		}
	}
	return n
}

// minStrengthLoad is the least glute load an exercise brings to the tries
// for more exercises: lighter ones are drills, not strengthening work.
const minStrengthLoad = 0.15

// within keeps the entries of acts light enough that n of them, at two
// sets on each activation day, fit the block's first week.
func (c *chooser) within(acts []*catalog.Exercise, n int) []*catalog.Exercise {
	budget := c.hi / float64(n*MinSets*max(1, c.days[ActivationSession]))
	return filter(acts, func(e *catalog.Exercise) bool { return e.GluteLoad <= budget+eps })
}

// strength applies rule 16: up to three strengthening exercises, each at
// two sets at least: a loaded exercise for the big glute muscle, then one
// for the side of the hip, then one for a muscle not yet worked. An
// exercise that does not fit at two sets stays out (fewer exercises
// rather than thinner ones).
func (c *chooser) strength(acts []*catalog.Exercise) {
	if c.days[ActivationSession] == 0 {
		return
	}
	target := func(t ...catalog.Target) func(*catalog.Exercise) bool {
		return func(e *catalog.Exercise) bool { return loaded(e) && slices.Contains(t, e.Targets[0]) }
	}
	// What the block before held goes on first, a harder variant in its
	// place where one took over (rule 3), whatever muscle it works; where
	// the harder variant does not fit, the exercise it was to replace goes
	// on instead, as the plan then says. Those that go on as they were
	// come first: a harder exercise takes the room that leaves, and does
	// not push out one that has not reached its ceiling (rule 3).
	kept := firstWhere(c.kept, func(e *catalog.Exercise) bool { return c.progress[e.ID] == "" })
	for _, e := range kept {
		if !loaded(e) || !slices.Contains(c.acts, e) || c.strengthening() >= strengthTarget || c.add(ActivationSession, e) {
			continue
		}
		if slices.ContainsFunc(c.others[e.ID], func(x *catalog.Exercise) bool {
			return slices.Contains(c.acts, x) && c.add(ActivationSession, x)
		}) {
			continue
		}
		if from, ok := c.byID(c.progress[e.ID]); ok && slices.Contains(c.acts, from) {
			c.add(ActivationSession, from)
		}
	}
	if c.strengthening() == 0 || !slices.ContainsFunc(c.pg.routines[ActivationSession], target(catalog.GluteusMaximus)) {
		c.first(ActivationSession, acts, target(catalog.GluteusMaximus))
	}
	if !slices.ContainsFunc(c.pg.routines[ActivationSession], func(e *catalog.Exercise) bool { return loaded(e) && abductor(e) }) {
		c.first(ActivationSession, acts, func(e *catalog.Exercise) bool { return loaded(e) && abductor(e) })
	}
	c.singleLegWork(acts)
	for c.strengthening() < strengthTarget {
		// Beside two strengthening exercises, a third is real load: a
		// drill there would take a session's last place from a stretch or
		// release (rules 6, 9) for little work.
		worth := func(e *catalog.Exercise) bool {
			return loaded(e) && (e.GluteLoad >= minStrengthLoad || c.strengthening() < strengthTarget-1)
		}
		// A movement the routine does not train yet comes before a second
		// exercise of one it does (docs "How exercises are chosen"), and
		// among them one that uses what the person got for it (rule 17).
		fresh := func(e *catalog.Exercise) bool { return worth(e) && !c.trains(movementOf(e)) }
		if c.first(ActivationSession, gearFirst(acts), fresh) == nil && c.first(ActivationSession, acts, worth) == nil {
			break
		}
	}
	if c.count(ActivationSession, catalog.Activation) == 0 {
		// No room for load: a drill with none keeps the glutes working.
		c.first(ActivationSession, acts, nil)
	}
	if c.count(ActivationSession, catalog.Activation) == 0 {
		c.miss(c.missingWhy(ActivationSession, catalog.Activation, c.acts))
	}
}

// trains reports whether the activation routine holds work of movement m.
func (c *chooser) trains(m movement) bool {
	return slices.ContainsFunc(c.pg.routines[ActivationSession], func(x *catalog.Exercise) bool {
		return x.Category == catalog.Activation && movementOf(x) == m
	})
}

// wantsSingleLeg reports whether the person's routine should hold work on
// one leg: they run or play a game, which land on one leg at a time (rule
// 18), or they need support to stand on one leg, which balance work on
// one leg, holding on, improves (rule 8).
func (c *chooser) wantsSingleLeg() bool {
	return c.p.Limited(NeedsSupport) || slices.ContainsFunc(c.activities, func(a Activity) bool {
		return a.Kind == Running || a.Kind == TeamSport
	})
}

// singleLegWork gives the activation routine of a person who runs, plays
// a game or needs support on one leg ([chooser.wantsSingleLeg]) work on
// one leg, before a second exercise of a movement it trains already: a
// strengthening exercise where one fits, else balance work, which loads
// the glutes too little to count but trains the control they need; who
// needs support starts with balance work, holding on (docs "How exercises
// are chosen").
func (c *chooser) singleLegWork(acts []*catalog.Exercise) {
	if !c.wantsSingleLeg() || c.trains(singleLeg) {
		return
	}
	one := func(e *catalog.Exercise) bool { return movementOf(e) == singleLeg }
	balance := func(e *catalog.Exercise) bool { return e.Category == catalog.Activation && !loaded(e) && one(e) }
	// Who needs no support stands free rather than holding on.
	steady := c.acts // read only
	if !c.p.Limited(NeedsSupport) {
		steady = firstWhere(c.acts, needsNothing)
	}
	if c.p.Limited(NeedsSupport) && c.first(ActivationSession, steady, balance) != nil {
		// Who needs support on one leg starts with balance, holding on.
		return
	}
	if c.strengthening() < strengthTarget && c.first(ActivationSession, acts, func(e *catalog.Exercise) bool {
		return loaded(e) && e.GluteLoad >= minStrengthLoad && one(e)
	}) != nil {
		return
	}
	c.first(ActivationSession, steady, balance)
}

// gearFirst orders list with the entries that use what the person got on
// purpose (a band, a weight, a bench, a step) first, each keeping its
// place among its own (rule 17).
func gearFirst(list []*catalog.Exercise) []*catalog.Exercise {
	return firstWhere(list, func(e *catalog.Exercise) bool { return gearRank(e) == 0 })
}

// missingWhy says why no entry of category cat from list got into the
// routine of kind k, with the true reason (rule 12): none suits the
// person, the block goes on with the routine it began with (rule 13), the
// sessions hold 5 items (rule 7) or the program 8 exercises (rule 13),
// the week's volume (rules 2, 3, 5), or the minutes (rule 7).
func (c *chooser) missingWhy(k Session, cat catalog.Category, list []*catalog.Exercise) string {
	say := c.say
	what := say.Say("strengthening work")
	if cat == catalog.MyofascialRelease {
		what = say.Say("release work")
	}
	switch {
	case len(list) == 0:
		return say.Sayf("%s: no exercise of the catalog for it suits your equipment, limits and conditions now (a custom catalog can add one)", what)
	case c.keepToSeed && len(c.seed.routines[k]) > 0:
		return say.Sayf("%s: while your glutes settle, this block keeps to the exercises of the block before (a later block can add it)", what)
	case c.seed != nil && len(c.seed.routines[k]) > 0:
		return say.Sayf("%s: the block this plan goes on with keeps the exercises it began with (the next block can add it)", what)
	case len(c.pg.routines[k]) >= MaxItems:
		return say.Sayf("%s: your sessions already hold %d exercises each, the most a session holds", what, MaxItems)
	case len(c.pg.distinct()) >= MaxDistinct:
		return say.Sayf("%s: your program already holds %d different exercises, the most it keeps to so that each can be learnt well", what, MaxDistinct)
	case c.fitsIf(k, list, false):
		return say.Sayf("%s: even the lightest exercise of the catalog for it would go past %s", what, c.limitWords(c.w))
	case c.fitsIf(k, list, true):
		return say.Sayf("%s: none of the catalog's exercises for it fits in your sessions' minutes (more minutes a session would make room)", what)
	}
	return say.Sayf("%s: none of the catalog's exercises for it fits with the rest of your sessions (a custom catalog can add one that suits you)", what)
}

// fitsIf reports whether an entry of list would get into the routine of
// kind k, at its lightest, if the week's volume had no limit, or, with
// anyMinutes, if a session's minutes had none. The program is left as it
// was.
func (c *chooser) fitsIf(k Session, list []*catalog.Exercise, anyMinutes bool) bool {
	hi, light := c.hi, c.light
	c.hi, c.light = math.Inf(1), true
	c.anyMinutes = anyMinutes
	defer func() { c.hi, c.light, c.anyMinutes = hi, light, false }()
	for _, e := range list {
		was := c.pg.clone()
		if c.add(k, e) {
			c.pg = was
			return true
		}
	}
	return false
}

// primer fills the primer before an activity (rule 4): light activation
// before the gym; before a run, a ride or a game, standing, moving work
// only (rule 18).
func (c *chooser) primer() {
	if c.days[PrimerSession] == 0 || c.count(PrimerSession, catalog.Activation) > 0 && !c.p.Has(Postpartum) {
		return
	}
	ok := func(e *catalog.Exercise) bool { return e.GluteLoad <= 0.5 && c.primerSuits(e) }
	light := filter(c.pg.routines[ActivationSession], func(e *catalog.Exercise) bool { return e.Category == catalog.Activation })
	c.first(PrimerSession, append(light, c.acts...), ok)
}

// primerSuits reports whether e suits every primer of the template: before
// a run, a ride or a game only standing work that moves (rule 18).
func (c *chooser) primerSuits(e *catalog.Exercise) bool {
	for _, s := range c.tmpl {
		if s.session == PrimerSession && s.activity != nil && s.activity.Kind != Gym && !standingMove(e) {
			return false
		}
	}
	return true
}

// piriformis applies rule 9: piriformis syndrome asks for a piriformis
// stretch or release on the days that are not primers.
func (c *chooser) piriformis() {
	if !c.p.Has(PiriformisSyndrome) {
		return
	}
	// A release of the piriformis is release work too (rule 6): it comes
	// first, so one exercise serves both.
	pir := append(filter(c.pools[catalog.MyofascialRelease], piriformisWork), c.piriformisStretches(c.pools[catalog.StaticStretch])...)
	for _, k := range []Session{ActivationSession, RecoverySession} {
		if c.days[k] > 0 && c.must(k, c.reuseFirst(pir), nil) == nil {
			c.miss(c.say.Sayf("a piriformis stretch or release in your %s: %s", SessionName(c.say, k, SessionPlural), c.piriformisHint(k, pir)))
			c.pg.missingRelease = true
		}
	}
}

// deskStretch ends the sessions of people who sit a lot with a held
// stretch for the front of the hip, the muscles long sitting keeps short.
func (c *chooser) deskStretch() {
	if c.p.SittingHours >= 4 && c.days[ActivationSession] > 0 {
		c.first(ActivationSession, filter(c.pools[catalog.StaticStretch], func(e *catalog.Exercise) bool { return e.Targets[0] == catalog.HipFlexors }), nil)
	}
}

// warmUps applies rule 6: dynamic stretching in every session that warms
// up; before a run, a ride or a game standing work that moves (rule 18).
func (c *chooser) warmUps() {
	warm := dynOrder(c.pools[catalog.DynamicStretch], c.p)
	for _, k := range []Session{ActivationSession, PrimerSession, RecoverySession} {
		if c.days[k] == 0 {
			continue
		}
		list := c.reuseFirst(warm)
		if k == PrimerSession {
			list = filter(list, c.primerSuits)
		}
		c.must(k, list, nil)
	}
}

// release applies rule 6: release work on recovery days or, without them,
// after the activation work.
func (c *chooser) release() {
	rel := c.pools[catalog.MyofascialRelease]
	home := ActivationSession
	if c.days[RecoverySession] > 0 {
		home = RecoverySession
	}
	if c.days[home] > 0 && len(rel) > 0 && c.count(home, catalog.MyofascialRelease) == 0 {
		c.must(home, c.reuseFirst(rel), nil)
	}
}

// fill adds what makes a good session while room is left: a static
// stretch to finish, release and stretching on recovery days, a second
// warm-up stretch; what the block before held in the session first.
func (c *chooser) fill() {
	sta := gearInPlace(c.pools[catalog.StaticStretch])
	warm := dynOrder(c.pools[catalog.DynamicStretch], c.p)
	for _, k := range []Session{ActivationSession, RecoverySession} {
		if c.days[k] > 0 {
			c.first(k, c.reuseFirst(c.heldFirst(k, sta)), nil)
		}
	}
	if c.days[RecoverySession] > 0 {
		c.first(RecoverySession, c.reuseFirst(c.heldFirst(RecoverySession, c.pools[catalog.MyofascialRelease])), nil)
		c.first(RecoverySession, c.reuseFirst(c.heldFirst(RecoverySession, sta)), nil)
		c.first(RecoverySession, c.reuseFirst(c.heldFirst(RecoverySession, warm)), nil)
	}
	for _, k := range []Session{ActivationSession, PrimerSession} {
		if c.days[k] > 0 && len(c.pg.routines[k]) < MaxItems-1 {
			list := c.reuseFirst(c.heldFirst(k, warm))
			if k == PrimerSession {
				list = filter(list, c.primerSuits)
			}
			c.first(k, list, nil)
		}
	}
	if c.days[ActivationSession] > 0 && c.count(ActivationSession, catalog.Activation) == 0 && c.days[RecoverySession] > 0 &&
		(c.seed == nil || len(c.seed.routines[ActivationSession]) == 0) {
		// No activation work fits (a warning says so): the strengthening
		// days are recovery days, with the one recovery routine (rule 13).
		c.pg.routines[ActivationSession] = c.pg.routines[RecoverySession]
	}
}

// gearInPlace orders list so that a stretch that uses what the person
// got for it (a strap) comes just before one that needs nothing and
// stretches the same muscles: the main target of each is among the
// other's (rule 17).
func gearInPlace(list []*catalog.Exercise) []*catalog.Exercise {
	byTarget := map[catalog.Target][]*catalog.Exercise{} // the gear entries, by main target
	for _, g := range list {
		if gearRank(g) == 0 {
			byTarget[g.Targets[0]] = append(byTarget[g.Targets[0]], g)
		}
	}
	out := make([]*catalog.Exercise, 0, len(list))
	placed := map[*catalog.Exercise]bool{}
	for _, e := range list {
		if gearRank(e) != 0 && len(byTarget) > 0 {
			var same []*catalog.Exercise
			for _, t := range e.Targets {
				for _, g := range byTarget[t] {
					if !placed[g] && slices.Contains(g.Targets, e.Targets[0]) {
						same = append(same, g)
					}
				}
			}
			// In list order, as the loop over list gave them before.
			slices.SortFunc(same, func(x, y *catalog.Exercise) int { return slices.Index(list, x) - slices.Index(list, y) })
			for _, g := range slices.Compact(same) {
				out = append(out, g)
				placed[g] = true
			}
		}
		if !placed[e] {
			out = append(out, e)
			placed[e] = true
		}
	}
	return out
}

// sayMissing says what rule 6 asks for and the program lacks, with the
// true reason (rule 12).
func (c *chooser) sayMissing() {
	say := c.say
	owns := c.p.Owns(catalog.FoamRoller) || c.p.Owns(catalog.MassageBall)
	rel := c.pools[catalog.MyofascialRelease]
	if owns && c.count(ActivationSession, catalog.MyofascialRelease)+c.count(RecoverySession, catalog.MyofascialRelease) == 0 &&
		c.days[ActivationSession]+c.days[RecoverySession] > 0 {
		home := ActivationSession
		if c.days[RecoverySession] > 0 {
			home = RecoverySession
		}
		switch {
		case len(rel) == 0:
			c.miss(say.Say("release work: no release exercise of the catalog suits your equipment, limits and conditions " +
				"(a custom catalog can add one)"))
		case c.sessionsFull():
			c.miss(say.Sayf("release work: your sessions already hold %d exercises each, the most a session holds, so the plan keeps "+
				"them for strengthening and stretching", MaxItems))
		default:
			c.miss(c.missingWhy(home, catalog.MyofascialRelease, rel))
		}
		c.pg.missingRelease = true
	}
	for _, k := range []Session{ActivationSession, PrimerSession, RecoverySession} {
		if c.days[k] > 0 && c.count(k, catalog.DynamicStretch) == 0 {
			c.miss(say.Sayf("a warm-up stretch in your %s: no dynamic stretch of the catalog suits your limits, conditions and minutes "+
				"(a custom catalog can add one)", SessionName(say, k, SessionPlural)))
		}
	}
}

// sayDropped says why a stretch, release or warm-up the block before held
// in a session is left out of the new block's, where no other of its kind
// takes its place: the person should not lose it unsaid (rule 12).
func (c *chooser) sayDropped() {
	say := c.say
	for _, k := range []Session{ActivationSession, RecoverySession, PrimerSession} {
		var before []*catalog.Exercise
		if c.prog != nil {
			before = c.prog.routines[k]
		} else {
			for _, d := range c.o.before.Days {
				for _, it := range d.Items {
					if e, ok := c.byID(it.Exercise); ok && d.Session == k && !slices.Contains(before, e) {
						before = append(before, e)
					}
				}
			}
		}
		rt := c.pg.routines[k]
		if c.days[k] == 0 || len(rt) == 0 {
			continue
		}
		for _, e := range before {
			if e.Category == catalog.Activation || slices.Contains(rt, e) ||
				slices.ContainsFunc(rt, func(x *catalog.Exercise) bool { return x.Category == e.Category }) {
				continue
			}
			var why string
			switch {
			case len(rt) >= MaxItems:
				why = say.Sayf("they already hold %d exercises, the most a session holds", MaxItems)
			case !c.pg.distinct()[e.ID] && len(c.pg.distinct()) >= MaxDistinct:
				why = say.Sayf("your program already holds %d different exercises, the most it keeps to so that each can be learnt well", MaxDistinct)
			case !sound(append(slices.Clone(rt), e)):
				why = say.Say("it would add a move down to the floor and up again to the session")
			case k == ActivationSession:
				// Said with the minutes the sessions come to, once the
				// block's weeks are dosed (rule 12).
				c.squeezed = append(c.squeezed, squeezed{e: e, week: c.w})
				continue
			default:
				why = say.Sayf("it does not fit in the %d minutes you have beside the rest of the session", c.p.Minutes)
			}
			c.notes.add(rankWeek, say.Sayf("From week %d, “%s” is left out of your %s: %s.", c.w, e.NameIn(string(c.p.Lang)), SessionName(say, k, SessionPlural), why))
		}
	}
}

// sessionsFull reports whether the activation and recovery routines hold
// as many items as a session may.
func (c *chooser) sessionsFull() bool {
	for _, k := range []Session{ActivationSession, RecoverySession} {
		if c.days[k] > 0 && len(c.pg.routines[k]) < MaxItems {
			return false
		}
	}
	return true
}

// allEligible lists every entry of the block's pools, in catalog order.
func (c *chooser) allEligible() []*catalog.Exercise {
	var out []*catalog.Exercise
	for i := range c.cat.Exercises {
		e := &c.cat.Exercises[i]
		if slices.Contains(c.pools[e.Category], e) {
			out = append(out, e)
		}
	}
	return out
}

// activationOrder lists the activation entries block bl may use: those
// kept from the block before first (at a boundary, an exercise done at its
// ceiling gives way to its harder variant where the level allows, rule
// 3), then each progression chain at the step where the person's level
// starts, then the rest in catalog order; entries that use the person's
// equipment before equipment-free ones of the same role and level (rule
// 17); with gluteal tendinopathy, holds first. It takes out of the pool
// the harder variants the block has not earned.
func (r *run) activationOrder(pool pools, bl int, boundary bool) (order, preferred []*catalog.Exercise) {
	all := pool[catalog.Activation]
	inPool := func(id string) *catalog.Exercise {
		for _, e := range all {
			if e.ID == id {
				return e
			}
		}
		return nil
	}
	clear(r.progress)
	clear(r.others)
	clear(r.holdsOn)
	clear(r.turnTaken)
	r.holdStep = false
	var kept []*catalog.Exercise
	harder := boundary
	switch {
	case r.prog != nil:
		kept = filter(r.prog.routines[ActivationSession], func(e *catalog.Exercise) bool { return e.Category == catalog.Activation })
	default:
		kept = r.o.kept
		harder = harder && r.o.harder
	}
	held := slices.Clone(kept)
	if r.prog != nil {
		held = filter(allRoutines(r.prog), func(e *catalog.Exercise) bool { return e.Category == catalog.Activation })
	} else {
		for _, id := range sortedKeys(r.o.fixed) {
			if e, ok := r.byID(id); ok && e.Category == catalog.Activation {
				held = append(held, e)
			}
		}
	}
	var prefer []*catalog.Exercise
	if harder && r.prog == nil {
		// gluteplan next after a good block: the drills of no glute load
		// the block before held go on to their harder variants too (see
		// [stepsOnFixed]); the strengthening work is in kept already.
		for _, e := range held {
			if !slices.Contains(kept, e) {
				if n := r.stepsOnFixed(e, inPool); n != nil {
					r.progress[n.ID] = e.ID
					prefer = append(prefer, n)
				}
			}
		}
	}
	for _, e := range kept {
		if n := r.stepsOnFixed(e, inPool); harder && n != nil {
			r.progress[n.ID] = e.ID
			e = n
		}
		if c := r.course(e); harder && c != nil && c.atCeiling() && e.Progression == "" && loaded(e) {
			// At its ceiling with no harder variant in the catalog: a
			// harder exercise of the same role takes its place where one
			// fits, so the block after a good one moves on (README "the
			// next block"); the exercise goes on where none does.
			if list := r.harderOfRole(e, all, held, prefer); len(list) > 0 {
				r.progress[list[0].ID] = e.ID
				r.others[list[0].ID] = list[1:]
				e = list[0]
			} else if weighted(e) {
				// No harder exercise of its movement: a heavier weight is
				// the step on (a heavier squat for a squat).
				r.notes.add(rankWeek, r.say.Sayf("%s has reached its highest dose, and no harder exercise of the same movement suits you: "+
					"from week %d it goes on, and when every repetition feels easy, take the next weight up.", e.NameIn(string(r.p.Lang)), (bl-1)*BlockWeeks+1))
			}
		}
		if c := r.course(e); harder && c != nil && c.atCeiling() && e.Progression != "" {
			if n := inPool(e.Progression); n != nil {
				r.progress[n.ID] = e.ID
				e = n
			} else if n, ok := r.byID(e.Progression); ok {
				// Say why the harder variant does not follow (rule 12).
				why := r.out[n.ID]
				if why == "" {
					why = r.blockOut(n, bl)
				}
				if why != "" {
					r.notes.add(rankWeek, r.say.Sayf("%s is at its highest dose; its harder variant, %s, does not follow: %s.",
						e.NameIn(string(r.p.Lang)), n.NameIn(string(r.p.Lang)), why))
				}
			}
		}
		if x := inPool(e.ID); x != nil {
			prefer = append(prefer, x)
		}
	}
	if harder && r.p.Has(GlutealTendinopathy) {
		prefer = r.oneHoldOn(prefer, inPool)
	}
	// A harder variant comes only in place of what earned it (rule 3):
	// those up the chain of what the block before held, a drill that
	// never progresses included, wait, and so do those past a harder
	// variant that takes over now.
	unearned := map[string]bool{}
	for _, e := range append(held, prefer...) {
		for x, ok := e, true; ok && x.Progression != "" && !unearned[x.Progression]; x, ok = r.byID(x.Progression) {
			unearned[x.Progression] = true
		}
	}
	for _, e := range prefer {
		delete(unearned, e.ID)
		for _, x := range r.others[e.ID] {
			delete(unearned, x.ID)
		}
	}
	all = filter(all, func(e *catalog.Exercise) bool { return !unearned[e.ID] })
	pool[catalog.Activation] = all
	rank := map[string]int{}
	for i, e := range all {
		rank[e.ID] = 2*len(all) + i
	}
	// Among the steps where the person starts, real strengthening work
	// before the light drills that movement breaks are made of.
	starts := startSteps(all, r.p.Level)
	slices.SortStableFunc(starts, func(x, y *catalog.Exercise) int { return cmpFloat(y.GluteLoad, x.GluteLoad) })
	for i, e := range starts {
		rank[e.ID] = i - len(all)
	}
	for i, e := range prefer {
		rank[e.ID] = i - len(prefer) - 2*len(all)
	}
	type ranked struct {
		e    *catalog.Exercise
		rank int
	}
	rs := make([]ranked, len(all))
	for i, e := range all {
		rs[i] = ranked{e, rank[e.ID]}
	}
	slices.SortFunc(rs, func(x, y ranked) int { return x.rank - y.rank }) // no two ranks alike
	out := make([]*catalog.Exercise, len(rs))
	for i, x := range rs {
		out[i] = x.e
	}
	out = r.equipmentFirst(out)
	if r.p.Has(GlutealTendinopathy) {
		out = firstWhere(out, isometric)
	}
	// What the block before held stays first, before the holds: its place
	// goes to a harder variant only at its ceiling (rule 3), never to
	// another entry; a hold done at its ceiling gives way to the harder
	// variant after it, as the log's progress asks (README "the next
	// block").
	out = firstWhere(out, func(e *catalog.Exercise) bool { return slices.Contains(prefer, e) })
	return out, prefer
}

// firstWhere returns list with the entries for which ok holds first, each
// part in its order: a stable sort on ok.
func firstWhere(list []*catalog.Exercise, ok func(*catalog.Exercise) bool) []*catalog.Exercise {
	out := make([]*catalog.Exercise, 0, len(list))
	for _, e := range list {
		if ok(e) {
			out = append(out, e)
		}
	}
	for _, e := range list {
		if !ok(e) {
			out = append(out, e)
		}
	}
	return out
}

// oneHoldOn applies rule 9's tendon loading at a block boundary with
// gluteal tendinopathy: of the isometric holds done at their highest dose
// that would step on to moving exercises, one steps on and the others go
// on as holds, which ease tendon pain while the moving work builds (the
// LEAP trial, Mellor et al. 2018, moves from holds to moving work step by
// step; Clifford et al. 2019). The hold that steps on first is one for the
// big buttock muscle (a bridge hold before the side of the hip: moving
// side-hip work, standing or lying, loads the sore tendons most), then the
// first in the block's order. It returns prefer with the holds that wait
// in place of their harder variants, and records them in holdsOn.
func (r *run) oneHoldOn(prefer []*catalog.Exercise, inPool func(string) *catalog.Exercise) []*catalog.Exercise {
	var steps []string
	for _, next := range sortedKeys(r.progress) {
		from, ok := r.byID(r.progress[next])
		n, _ := r.byID(next)
		if ok && n != nil && loaded(from) && isometric(from) && !isometric(n) && inPool(from.ID) != nil {
			steps = append(steps, next)
		}
	}
	r.holdStep = len(steps) > 0
	rank := func(id string) int {
		return slices.IndexFunc(prefer, func(x *catalog.Exercise) bool { return x.ID == id })
	}
	if len(steps) == 1 {
		// The side-hip hold steps on last: while a hold for the big
		// buttock muscle goes on below its highest dose, the side-hip
		// hold stays and its turn goes to that hold, which steps on to
		// its moving variant where the block may take it, so the block
		// holds moving work beside the side-hip hold (a physiotherapist
		// found 12 weeks of holds alone); where it may not, both wait.
		from, _ := r.byID(r.progress[steps[0]])
		i := slices.IndexFunc(prefer, func(x *catalog.Exercise) bool {
			return x.ID != from.ID && loaded(x) && isometric(x) && !abductor(x)
		})
		if abductor(from) && i >= 0 {
			other := prefer[i]
			if j := rank(steps[0]); j >= 0 {
				prefer[j] = inPool(from.ID)
			}
			delete(r.progress, steps[0])
			delete(r.others, steps[0])
			r.holdsOn[from.ID] = other.ID
			if n := inPool(other.Progression); other.Progression != "" && n != nil && loaded(n) && !isometric(n) {
				prefer[i] = n
				r.progress[n.ID] = other.ID
				r.turnTaken[n.ID] = from.ID
			} else {
				r.holdStep = false // no hold steps on this block
			}
		}
		return prefer
	}
	if len(steps) == 0 {
		return prefer
	}
	slices.SortStableFunc(steps, func(x, y string) int {
		fx, _ := r.byID(r.progress[x])
		fy, _ := r.byID(r.progress[y])
		if d := boolRank(abductor(fx)) - boolRank(abductor(fy)); d != 0 {
			return d
		}
		return rank(x) - rank(y)
	})
	first := r.progress[steps[0]]
	for _, next := range steps[1:] {
		from := r.progress[next]
		delete(r.progress, next)
		delete(r.others, next)
		if i := rank(next); i >= 0 {
			prefer[i] = inPool(from)
		}
		r.holdsOn[from] = first
	}
	return prefer
}

// stepsOnFixed gives the harder variant an activation drill of no glute
// load (balance on one leg, a pelvic-floor squeeze) steps on to at a block
// boundary that may take harder variants, or nil. Such a drill keeps one
// dose, so a whole block done at it is its highest dose done for a whole
// block (rule 3): it moves on as a strengthening exercise at its ceiling
// does, to its catalog harder variant where the block's pool holds it
// (the person's limits, level, the weeks since a birth, rule 9); whether
// it fits the week is the chooser's to judge, and where it does not the
// drill goes on. A needed balance drill holding on stays with its support
// (rule 8): the step is to balance holding on too ([holdsOn]).
func (r *run) stepsOnFixed(e *catalog.Exercise, inPool func(string) *catalog.Exercise) *catalog.Exercise {
	if loaded(e) || e.Category != catalog.Activation || e.Progression == "" {
		return nil
	}
	return inPool(e.Progression)
}

// harderOfRole lists the entries of pool that may take the place of e, a
// strengthening exercise done at its ceiling that has no harder variant
// in the catalog (README "the next block"): of its movement (a squat for
// a squat, a hinge for a hinge, side-hip work for side-hip work: see
// [movement]), a step harder (more glute load at
// its starting dose, at e's level or above), not held by the block before
// nor up a progression chain from what it held, nor of a chain already
// taken, nor one that needs nothing where an entry of its role and level
// uses the person's equipment ([gearBeats]). Those of the person's own equipment come
// first (rule 17), then those nearest the person's level, then the
// smallest step.
func (r *run) harderOfRole(e *catalog.Exercise, pool, held, taken []*catalog.Exercise) []*catalog.Exercise {
	busy := map[int]bool{}
	for _, x := range append(slices.Clone(held), taken...) {
		busy[r.chainOf(x.ID)] = true
		for y, ok := x, true; ok && y.Progression != ""; y, ok = r.byID(y.Progression) {
			busy[r.chainOf(y.Progression)] = true
		}
	}
	// The same movement, not only the same muscle: a Romanian deadlift is
	// no harder squat (rule 3's harder variant trains what the easier one
	// did; docs "How exercises are chosen").
	role := func(x *catalog.Exercise) bool { return movementOf(x) == movementOf(e) }
	roles := gearRoles(pool)
	out := filter(pool, func(x *catalog.Exercise) bool {
		return loaded(x) && role(x) && x.GluteLoad > e.GluteLoad+eps && x.GluteLoad >= minStrengthLoad &&
			x.Level.Rank() >= e.Level.Rank() && !busy[r.chainOf(x.ID)] && !gearBeats(x, roles)
	})
	slices.SortStableFunc(out, func(x, y *catalog.Exercise) int {
		if d := gearRank(x) - gearRank(y); d != 0 {
			return d
		}
		if d := y.Level.Rank() - x.Level.Rank(); d != 0 {
			return d
		}
		return cmpFloat(x.GluteLoad, y.GluteLoad)
	})
	return out
}

// roleLevel is an entry's role (its kind and main target) and level.
type roleLevel struct {
	cat    catalog.Category
	target catalog.Target
	level  catalog.Level
}

func roleLevelOf(e *catalog.Exercise) roleLevel { return roleLevel{e.Category, e.Targets[0], e.Level} }

// needsNothing reports whether e needs no equipment, a mat apart.
func needsNothing(e *catalog.Exercise) bool {
	return !slices.ContainsFunc(e.Equipment, func(q catalog.Equipment) bool { return q != catalog.Mat }) &&
		!slices.ContainsFunc(e.EquipmentAny, func(q catalog.Equipment) bool { return q != catalog.Mat })
}

// gearRoles lists the roles and levels of the entries of list that use
// equipment, a chair or a wall included: where one needing nothing gives
// way to them (rule 17, [gearBeats]). The entries of list are ones the
// person may do.
func gearRoles(list []*catalog.Exercise) map[roleLevel]bool {
	out := map[roleLevel]bool{}
	for _, y := range list {
		if !needsNothing(y) {
			out[roleLevelOf(y)] = true
		}
	}
	return out
}

// gearBeats reports whether x, which needs nothing (a mat apart), gives
// way to an entry of its role and level that uses the person's
// equipment, as gearRoles lists them (rule 17).
func gearBeats(x *catalog.Exercise, roles map[roleLevel]bool) bool {
	return needsNothing(x) && roles[roleLevelOf(x)]
}

// equipmentFirst reorders list so that, within each role (kind and main
// target), the entries that use the equipment the person got for it (a
// band, a weight, a step, a ball: anything but the chair and wall most
// homes have) come first, then those that use a chair or a wall, then
// those that need nothing, each keeping its place among its own (rule 17).
func (r *run) equipmentFirst(list []*catalog.Exercise) []*catalog.Exercise {
	var keys []kind // a few
	group, rank := make([]int, len(list)), make([]int, len(list))
	members, places := make([]int, len(list)), make([]int, len(list))
	for i, e := range list {
		k := kindOf(e)
		g := slices.Index(keys, k)
		if g < 0 {
			g, keys = len(keys), append(keys, k)
		}
		group[i], rank[i], members[i], places[i] = g, gearRank(e), i, i
	}
	// Each group's places in the list, in order, and its members by
	// equipment (in list order where that ties): the j-th member goes to
	// the j-th place.
	slices.SortStableFunc(places, func(a, b int) int { return group[a] - group[b] })
	slices.SortStableFunc(members, func(a, b int) int { return cmp.Or(group[a]-group[b], rank[a]-rank[b]) })
	out := make([]*catalog.Exercise, len(list))
	for j, i := range members {
		out[places[j]] = list[i]
	}
	return out
}

// gearRank orders entries by the equipment they use: 0 for a piece the
// person got on purpose, 1 for a chair or a wall only, 2 for none. An
// eligible entry's equipment is the person's.
func gearRank(e *catalog.Exercise) int {
	rank := 2
	for _, list := range [2][]catalog.Equipment{e.Equipment, e.EquipmentAny} {
		for _, q := range list {
			switch q {
			case catalog.Chair, catalog.Wall, catalog.Mat:
				rank = min(rank, 1)
			default:
				return 0
			}
		}
	}
	return rank
}

// piriformisStretches lists the static piriformis stretches that can be
// held 20 to 30 s (rule 9).
func (c *chooser) piriformisStretches(sta []*catalog.Exercise) []*catalog.Exercise {
	return filter(sta, func(e *catalog.Exercise) bool {
		_, ok := piriformisHold(e)
		return piriformisWork(e) && ok
	})
}

// piriformisHint says why no piriformis work of pir got into the routine
// of kind k, with the true reason (rule 12).
func (c *chooser) piriformisHint(k Session, pir []*catalog.Exercise) string {
	eligible := len(c.piriformisStretches(c.pools[catalog.StaticStretch]))+len(filter(c.pools[catalog.MyofascialRelease], piriformisWork)) > 0
	switch {
	case !eligible && !c.p.Owns(catalog.MassageBall) && !c.p.Owns(catalog.FoamRoller):
		return c.say.Say("no stretch of the catalog suits you, and a release needs a massage ball or foam roller (a massage ball is the one to buy)")
	case !eligible:
		return c.say.Say("none of the catalog's suits your limits and conditions (a custom catalog can add one)")
	case c.sessionsFull():
		return c.say.Sayf("your sessions already hold %d exercises each, the most a session holds", MaxItems)
	case c.seed != nil && len(c.seed.routines[k]) > 0:
		return c.say.Say("the block this plan goes on with keeps the exercises it began with (the next block can add it)")
	case len(c.pg.distinct()) >= MaxDistinct:
		return c.say.Sayf("your program already holds %d different exercises, the most it keeps to so that each can be learnt well", MaxDistinct)
	case c.fitsIf(k, pir, true):
		return c.say.Say("none of the catalog's fits your minutes; more minutes a session would make room")
	}
	return c.say.Say("none of the catalog's fits with the rest of your sessions (a custom catalog can add one that suits you)")
}

// allRoutines lists the exercises of every routine of pg.
func allRoutines(pg *program) []*catalog.Exercise {
	var out []*catalog.Exercise
	for _, k := range []Session{ActivationSession, RecoverySession, PrimerSession} {
		out = append(out, pg.routines[k]...)
	}
	return out
}

// sortedKeys returns the keys of m in order, so a loop over them says
// things in the same order every run (rule 11).
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
