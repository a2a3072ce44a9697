package planner

import (
	"math"
	"slices"
	"strings"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner/format"
)

// The sizes of a program (rules 7 and 13).
const (
	// MaxItems is the most items a session holds.
	MaxItems = 5
	// MaxActivation is the most activation exercises a block holds.
	MaxActivation = 4
	// MaxDistinct is the most different exercises a block holds, movement
	// breaks not counted.
	MaxDistinct = 8
	// maxTransitions is the most times a session moves between the floor
	// and standing or sitting (rule 14).
	maxTransitions = 2
	// strengthTarget is how many strengthening exercises a routine aims at
	// (rule 16): few enough to learn well, enough to cover the main glute
	// muscles.
	strengthTarget = 3
)

// program is the routines of one block: one for each kind of session
// (rule 13), each in session order (rule 14).
type program struct {
	routines map[Session][]*catalog.Exercise
	// missing lists what the program should hold and cannot, as warnings
	// in the profile's language.
	missing []string
	// missingRelease is set when one of them speaks of release work.
	missingRelease bool
}

// distinct returns the ids of the block's exercises.
func (pg *program) distinct() map[string]bool {
	seen := map[string]bool{}
	for _, r := range pg.routines {
		for _, e := range r {
			seen[e.ID] = true
		}
	}
	return seen
}

// order arranges a session (rule 14): dynamic stretches, then activation,
// then static stretches and release; within each group, the arrangement
// that moves between the floor and up the fewest times. It returns the
// session and that number.
func order(items []*catalog.Exercise) ([]*catalog.Exercise, int) {
	var groups [3][]*catalog.Exercise
	for _, e := range items {
		g := 2
		switch e.Category {
		case catalog.DynamicStretch:
			g = 0
		case catalog.Activation:
			g = 1
		}
		groups[g] = append(groups[g], e)
	}
	var best []*catalog.Exercise
	bestN := -1
	// Each group goes up first or floor first: eight arrangements.
	for mask := range 8 {
		var seq []*catalog.Exercise
		for g := range 3 {
			floorFirst := mask&(1<<g) != 0
			for _, wantFloor := range []bool{floorFirst, !floorFirst} {
				for _, e := range groups[g] {
					if floorFlag(e) == wantFloor {
						seq = append(seq, e)
					}
				}
			}
		}
		if n := transitions(seq); bestN < 0 || n < bestN {
			best, bestN = seq, n
		}
	}
	return best, max(bestN, 0)
}

// transitions counts the moves between the floor and up in a session.
func transitions(seq []*catalog.Exercise) int {
	n := 0
	for i := 1; i < len(seq); i++ {
		if floorFlag(seq[i]) != floorFlag(seq[i-1]) {
			n++
		}
	}
	return n
}

// sound reports whether a session of these items keeps the session rules:
// at most 5 items (rule 7), no two stretches with the same main target,
// and at most two moves between the floor and up (rule 14).
func sound(items []*catalog.Exercise) bool {
	if len(items) > MaxItems {
		return false
	}
	// No two stretches with the same main target (rule 14), nor two
	// releases of the same muscle: one is enough.
	seen := map[catalog.Target]bool{}
	released := map[catalog.Target]bool{}
	for _, e := range items {
		switch {
		case stretch(e):
			if seen[e.Targets[0]] {
				return false
			}
			seen[e.Targets[0]] = true
		case e.Category == catalog.MyofascialRelease:
			if released[e.Targets[0]] {
				return false
			}
			released[e.Targets[0]] = true
		}
	}
	_, n := order(items)
	return n <= maxTransitions
}

// pools holds the entries a block may draw on, by category, in the order
// they are preferred.
type pools map[catalog.Category][]*catalog.Exercise

// chooser builds the routines of one block, a rule at a time.
type chooser struct {
	*run
	w     int // the block's first week in the run
	block int
	pools pools
	// acts lists the activation entries the block may use, in the order
	// they are preferred (rules 3, 9, 17).
	acts []*catalog.Exercise
	// fits reports whether program pg fits the block's first week as an
	// entry of the given need asks.
	fits func(pg *program, n need) bool
	// light lets the next entry in at its lightest.
	light bool
	// seed holds routines already fixed for the block (gluteplan next
	// continuing in the middle of one); they are not changed (rule 13).
	seed *program
	// maxActivation is the most activation exercises the block may hold.
	maxActivation int
	// days counts the sessions of each kind in the weekly template.
	days map[Session]int
	pg   *program
}

// add puts e into the routine of kind k if every rule still holds; it
// reports whether it did.
func (c *chooser) add(k Session, e *catalog.Exercise) bool {
	if c.seed != nil && len(c.seed.routines[k]) > 0 {
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
	if !seen[e.ID] && len(seen) >= MaxDistinct {
		return false
	}
	if e.Category == catalog.Activation && !seen[e.ID] && c.activations() >= c.maxActivation {
		return false
	}
	// One step of a progression chain at a time: its harder variant comes
	// in place of it, at a block boundary (rule 3), never beside it.
	if e.Category == catalog.Activation {
		for _, rt := range c.pg.routines {
			for _, x := range rt {
				if x.ID != e.ID && x.Category == catalog.Activation && c.chain[x.ID] == c.chain[e.ID] {
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
	case loaded(e):
		n = loadedWork
	}
	if !c.fits(c.pg, n) {
		c.pg.routines[k] = rt
		return false
	}
	return true
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

// must adds what a rule requires: at its lightest if need be.
func (c *chooser) must(k Session, list []*catalog.Exercise, ok func(*catalog.Exercise) bool) *catalog.Exercise {
	c.light = true
	defer func() { c.light = false }()
	return c.first(k, list, ok)
}

// reuseFirst orders list with the entries already in the block first, so
// routines share exercises and the block stays small (rule 13).
func (c *chooser) reuseFirst(list []*catalog.Exercise) []*catalog.Exercise {
	seen := c.pg.distinct()
	out := slices.Clone(list)
	slices.SortStableFunc(out, func(x, y *catalog.Exercise) int { return boolRank(!seen[x.ID]) - boolRank(!seen[y.ID]) })
	return out
}

func boolRank(v bool) int {
	if v {
		return 1
	}
	return 0
}

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
	for next, from := range r.progress {
		if !c.pg.distinct()[next] {
			// The harder variant did not fit: say so, and why (rule 12).
			delete(r.progress, next)
			r.notes.add(rankWeek, r.say.Sayf("%s has reached its highest dose, but its harder variant, %s, is a bigger step than "+
				"the first week of block %d may take, so %s goes on; a later block tries again.", r.name(from), r.name(next), c.block, r.name(from)))
		}
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
	c := &chooser{run: r, w: w, block: bl, pools: pool, days: r.sessionDays(), maxActivation: MaxActivation}
	if w == r.o.w0+1 {
		c.maxActivation = r.o.maxActivation
		if !boundary {
			c.seed = r.o.carry
		}
	}
	c.acts = r.activationOrder(pool, bl, boundary)
	c.fits = func(pg *program, need need) bool {
		cs := r.startCourses(pg, w)
		f := r.frame(w, pg, nil)
		floor := r.frameFloor(w)
		for i := range cs {
			r.leastStart(&cs[i], f, floor, need == required)
		}
		f = r.frame(w, pg, r.fixedDoses(pg, cs, w))
		if need == optional {
			// Only the minutes, with room left for every strengthening
			// exercise to take a set more: what makes a session better
			// must not stop it building (rule 3).
			for i := range cs {
				for d, s := range r.tmpl {
					if cs[i].sets[d] > 0 && s.session == ActivationSession {
						cs[i].sets[d] = min(cs[i].sets[d]+1, cs[i].maxSets)
					}
				}
			}
			for d := range f.cap {
				f.cap[d] = math.Inf(1)
			}
			return excess(cs, f, math.Inf(1)) == 0
		}
		if excess(cs, f, hi) > 0 {
			return false
		}
		// Rule 3: the lightest the routines can be must leave room for
		// the block's lighter week.
		for i := range cs {
			cs[i].level = 0
		}
		return !lighter || weekHSE(cs) <= DeloadHigh*hi+eps
	}
	return c
}

// need is how badly a routine needs an entry, which sets how it must fit:
// what a rule requires may come in at its lightest, loaded work at the
// fewest sets rule 16 allows, and the rest only with room to build.
type need uint8

const (
	required need = iota
	loadedWork
	optional
)

// leastStart brings course c to the least the block's first week may give
// it: a new exercise at the fewest sets (floor, or one for what is
// required) and the lightest dose per set rule 16 allows (the lightest at
// all when required); an exercise carried over, one change from where it
// starts (rule 3).
func (r *run) leastStart(c *course, f *frame, floor [7]int, light bool) {
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
		if light || f.fits(c, l) {
			lightest = l
			break
		}
	}
	if c.fresh {
		c.sets, c.level = fewer, lightest
		return
	}
	bySets, byDose := *c, *c
	bySets.sets, byDose.level = fewer, lightest
	switch {
	case c.changed == setsChanged:
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
	pf := filter(c.allEligible(), pelvicFloorWork)
	for _, k := range []Session{ActivationSession, RecoverySession, PrimerSession} {
		if c.days[k] > 0 && c.must(k, c.reuseFirst(pf), nil) == nil {
			c.miss(c.say.Sayf("a pelvic-floor exercise in your %s: none of the catalog suits you or fits (a custom catalog can add one)", sessionWords(c.say, k)))
		}
	}
}

// hinge applies rule 19: a person with a gym activity learns the hip
// hinge in the first block, in the primer before the gym or, without
// one, in the activation routine.
func (c *chooser) hinge() {
	if c.block != 1 || !slices.ContainsFunc(c.p.AllActivities(), func(a Activity) bool { return a.Kind == Gym }) {
		return
	}
	drills := filter(c.allEligible(), hingeDrill)
	home := ActivationSession
	if c.gymPrimer() {
		home = PrimerSession
	}
	if c.days[home] == 0 {
		return
	}
	if c.must(home, drills, nil) == nil && len(drills) > 0 {
		c.miss(c.say.Say("a hip-hinge drill before your gym sessions: it did not fit your sessions (more minutes would make room)"))
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

// strengthWork chooses the strengthening work: in the order of
// preference, and, where that leaves the routine short of three
// exercises, lightest first too, keeping whichever holds more (a block
// holds more exercises at two sets rather than fewer: rule 16).
func (c *chooser) strengthWork() {
	before := c.pg.clone()
	c.strength(c.acts)
	if c.strengthening() >= strengthTarget {
		return
	}
	first := c.pg
	c.pg = before
	light := slices.Clone(c.acts)
	slices.SortStableFunc(light, func(x, y *catalog.Exercise) int { return cmpFloat(x.GluteLoad, y.GluteLoad) })
	c.strength(light)
	if c.strengthening() <= len(filter(first.routines[ActivationSession], loaded)) {
		c.pg = first
	}
}

// clone returns a copy of pg whose routines can be changed freely.
func (pg *program) clone() *program {
	out := &program{routines: map[Session][]*catalog.Exercise{}, missing: slices.Clone(pg.missing), missingRelease: pg.missingRelease}
	for k, rt := range pg.routines {
		out.routines[k] = slices.Clone(rt)
	}
	return out
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
	if c.strengthening() == 0 || !slices.ContainsFunc(c.pg.routines[ActivationSession], target(catalog.GluteusMaximus)) {
		c.first(ActivationSession, acts, target(catalog.GluteusMaximus))
	}
	if !slices.ContainsFunc(c.pg.routines[ActivationSession], func(e *catalog.Exercise) bool { return loaded(e) && abductor(e) }) {
		c.first(ActivationSession, acts, func(e *catalog.Exercise) bool { return loaded(e) && abductor(e) })
	}
	for c.strengthening() < strengthTarget {
		fresh := func(e *catalog.Exercise) bool {
			return loaded(e) && !slices.ContainsFunc(c.pg.routines[ActivationSession], func(x *catalog.Exercise) bool {
				return loaded(x) && x.Targets[0] == e.Targets[0]
			})
		}
		if c.first(ActivationSession, acts, fresh) == nil && c.first(ActivationSession, acts, loaded) == nil {
			break
		}
	}
	if c.count(ActivationSession, catalog.Activation) == 0 {
		// No room for load: a drill with none keeps the glutes working.
		c.first(ActivationSession, acts, nil)
	}
	if c.count(ActivationSession, catalog.Activation) == 0 {
		c.miss(c.say.Sayf("strengthening work: no activation exercise of the catalog fits your sessions now (%s)", c.activationHint()))
	}
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

// standingMove reports whether e is done standing and moves: no floor
// work, no hold (rule 18's primer before a run, a ride or a game).
func standingMove(e *catalog.Exercise) bool {
	return (e.Position == catalog.Standing || e.Position == catalog.SingleLegStanding) && !isometric(e)
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
			c.miss(c.say.Sayf("a piriformis stretch or release in your %s: %s", sessionWords(c.say, k), c.piriformisHint()))
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
// warm-up stretch.
func (c *chooser) fill() {
	sta := c.pools[catalog.StaticStretch]
	warm := dynOrder(c.pools[catalog.DynamicStretch], c.p)
	for _, k := range []Session{ActivationSession, RecoverySession} {
		if c.days[k] > 0 {
			c.first(k, c.reuseFirst(sta), nil)
		}
	}
	if c.days[RecoverySession] > 0 {
		c.first(RecoverySession, c.reuseFirst(c.pools[catalog.MyofascialRelease]), nil)
		c.first(RecoverySession, c.reuseFirst(sta), nil)
		c.first(RecoverySession, c.reuseFirst(warm), nil)
	}
	for _, k := range []Session{ActivationSession, PrimerSession} {
		if c.days[k] > 0 && len(c.pg.routines[k]) < MaxItems-1 {
			list := c.reuseFirst(warm)
			if k == PrimerSession {
				list = filter(list, c.primerSuits)
			}
			c.first(k, list, nil)
		}
	}
	if c.days[ActivationSession] > 0 && c.strengthening() == 0 && c.days[RecoverySession] > 0 &&
		(c.seed == nil || len(c.seed.routines[ActivationSession]) == 0) {
		// No strengthening work fits: the strengthening days are recovery
		// days, with the one recovery routine (rule 13).
		c.pg.routines[ActivationSession] = c.pg.routines[RecoverySession]
	}
}

// sayMissing says what rule 6 asks for and the program lacks, with the
// true reason (rule 12).
func (c *chooser) sayMissing() {
	say := c.say
	owns := c.p.Owns(catalog.FoamRoller) || c.p.Owns(catalog.MassageBall)
	rel := c.pools[catalog.MyofascialRelease]
	if owns && c.count(ActivationSession, catalog.MyofascialRelease)+c.count(RecoverySession, catalog.MyofascialRelease) == 0 &&
		c.days[ActivationSession]+c.days[RecoverySession] > 0 {
		switch {
		case len(rel) == 0:
			c.miss(say.Say("release work: no release exercise of the catalog suits your equipment, limits and conditions " +
				"(a custom catalog can add one)"))
		case c.sessionsFull():
			c.miss(say.Sayf("release work: your sessions already hold %d exercises each, the most a session holds, so the plan keeps "+
				"them for strengthening and stretching", MaxItems))
		default:
			c.miss(say.Say("release work: none of the catalog's release exercises that suit your equipment fits in your sessions' minutes " +
				"(more minutes a session would make room)"))
		}
		c.pg.missingRelease = true
	}
	for _, k := range []Session{ActivationSession, PrimerSession, RecoverySession} {
		if c.days[k] > 0 && c.count(k, catalog.DynamicStretch) == 0 {
			c.miss(say.Sayf("a warm-up stretch in your %s: no dynamic stretch of the catalog suits your limits, conditions and minutes "+
				"(a custom catalog can add one)", sessionWords(say, k)))
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

// sessionWords names the sessions of a kind for warnings.
func sessionWords(say *format.Language, k Session) string {
	switch k {
	case PrimerSession:
		return say.Say("warm-ups before your own training")
	case RecoverySession:
		return say.Say("recovery sessions")
	}
	return say.Say("strengthening sessions")
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
// 17); with gluteal tendinopathy, holds first.
func (r *run) activationOrder(pool pools, bl int, boundary bool) []*catalog.Exercise {
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
	var kept []*catalog.Exercise
	harder := boundary
	switch {
	case r.prog != nil:
		kept = filter(r.prog.routines[ActivationSession], func(e *catalog.Exercise) bool { return e.Category == catalog.Activation })
	default:
		kept = r.o.kept
		harder = harder && r.o.harder
	}
	var prefer []*catalog.Exercise
	for _, e := range kept {
		if c := r.course(e); harder && c != nil && c.atCeiling() {
			if n := inPool(e.Progression); n != nil {
				r.progress[n.ID] = e.ID
				e = n
			}
		}
		if x := inPool(e.ID); x != nil {
			prefer = append(prefer, x)
		}
	}
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
	out := slices.Clone(all)
	slices.SortStableFunc(out, func(x, y *catalog.Exercise) int { return rank[x.ID] - rank[y.ID] })
	out = r.equipmentFirst(out)
	if r.p.Has(GlutealTendinopathy) {
		slices.SortStableFunc(out, func(x, y *catalog.Exercise) int { return boolRank(!isometric(x)) - boolRank(!isometric(y)) })
	}
	return out
}

// equipmentFirst reorders list so that, within each role and level, the
// entries that use the person's equipment come before those that need
// none, each keeping its place among its own (rule 17).
func (r *run) equipmentFirst(list []*catalog.Exercise) []*catalog.Exercise {
	type key struct {
		cat    catalog.Category
		target catalog.Target
		level  catalog.Level
	}
	groups := map[key][]int{}
	var order []key
	for i, e := range list {
		k := key{e.Category, e.Targets[0], e.Level}
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}
	out := slices.Clone(list)
	for _, k := range order {
		at := groups[k]
		members := make([]*catalog.Exercise, len(at))
		for j, i := range at {
			members[j] = list[i]
		}
		slices.SortStableFunc(members, func(x, y *catalog.Exercise) int {
			return boolRank(!usesGear(x)) - boolRank(!usesGear(y))
		})
		for j, i := range at {
			out[i] = members[j]
		}
	}
	return out
}

// usesGear reports whether e needs any equipment (the person owns it, or
// it would not be eligible).
func usesGear(e *catalog.Exercise) bool { return len(e.Equipment)+len(e.EquipmentAny) > 0 }

// chains maps each entry of c to a name for its progression chain: entries
// linked by progression, either way, share it.
func chains(c *catalog.Catalog) map[string]string {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, e := range c.Exercises {
		parent[e.ID] = e.ID
	}
	for _, e := range c.Exercises {
		if _, ok := parent[e.Progression]; ok {
			a, b := find(e.ID), find(e.Progression)
			if a != b {
				parent[max(a, b)] = min(a, b)
			}
		}
	}
	out := make(map[string]string, len(parent))
	for id := range parent {
		out[id] = find(id)
	}
	return out
}

// startSteps returns, for each progression chain among entries, the step
// where a person of level l starts: past the steps of easier levels, but
// not past the last of them.
func startSteps(entries []*catalog.Exercise, l catalog.Level) []*catalog.Exercise {
	byID := map[string]*catalog.Exercise{}
	isNext := map[string]bool{}
	for _, e := range entries {
		byID[e.ID] = e
	}
	for _, e := range entries {
		if n, ok := byID[e.Progression]; ok && n.ID != e.ID {
			isNext[n.ID] = true
		}
	}
	var out []*catalog.Exercise
	for _, head := range entries {
		if isNext[head.ID] {
			continue
		}
		start := head
		seen := map[string]bool{}
		for e := head; e != nil && !seen[e.ID]; e = byID[e.Progression] {
			seen[e.ID] = true
			if e.Level.Rank() < l.Rank() {
				start = e
			}
		}
		out = append(out, start)
	}
	return out
}

// dynOrder lists dynamic stretches in the order warm-ups prefer them:
// for people who sit a lot, hip-flexor work first; timed walks, which
// belong to movement breaks, last.
func dynOrder(list []*catalog.Exercise, p Profile) []*catalog.Exercise {
	out := slices.Clone(list)
	rank := func(e *catalog.Exercise) int {
		r := 1
		if p.SittingHours >= 4 && e.Targets[0] == catalog.HipFlexors {
			r = 0
		}
		if e.Dose.Seconds >= 60 {
			r = 2
		}
		return r
	}
	slices.SortStableFunc(out, func(x, y *catalog.Exercise) int { return rank(x) - rank(y) })
	return out
}

// piriformisStretches lists the static piriformis stretches that can be
// held 20 to 30 s (rule 9).
func (c *chooser) piriformisStretches(sta []*catalog.Exercise) []*catalog.Exercise {
	return filter(sta, func(e *catalog.Exercise) bool {
		_, ok := piriformisHold(e)
		return piriformisWork(e) && ok
	})
}

func (c *chooser) piriformisHint() string {
	if !c.p.Owns(catalog.MassageBall) && !c.p.Owns(catalog.FoamRoller) {
		return c.say.Say("no stretch of the catalog suits you, and a release needs a massage ball or foam roller (a massage ball is the one to buy)")
	}
	if c.sessionsFull() {
		return c.say.Sayf("your sessions already hold %d exercises each, the most a session holds", MaxItems)
	}
	return c.say.Say("none of the catalog's fits your limits and minutes; more minutes a session would make room")
}

func (c *chooser) activationHint() string {
	if c.p.Minutes < 10 {
		return c.say.Say("more minutes a session would make room")
	}
	return c.say.Say("a custom catalog can add one that suits you")
}

func filter(list []*catalog.Exercise, ok func(*catalog.Exercise) bool) []*catalog.Exercise {
	var out []*catalog.Exercise
	for _, e := range list {
		if ok(e) {
			out = append(out, e)
		}
	}
	return out
}

// pools returns the entries block bl may draw on, by category, in catalog
// order.
func (b *basis) pools(bl int) pools {
	ps := pools{}
	for i := range b.cat.Exercises {
		e := &b.cat.Exercises[i]
		if b.out[e.ID] != "" || b.blockOut(e, bl) != "" {
			continue
		}
		ps[e.Category] = append(ps[e.Category], e)
	}
	return ps
}

// sessionDays counts the days of each kind of session in the template.
func (b *basis) sessionDays() map[Session]int {
	n := map[Session]int{}
	for _, s := range b.tmpl {
		n[s.session]++
	}
	return n
}

// pelvicFloorWork reports whether e is a pelvic-floor exercise: the
// catalog marks one with "pelvic-floor" in its id (rule 9).
func pelvicFloorWork(e *catalog.Exercise) bool { return strings.Contains(e.ID, "pelvic-floor") }

// hingeDrill reports whether e is a hip-hinge pattern drill: a light
// standing drill with "hinge" in its id (rule 19).
func hingeDrill(e *catalog.Exercise) bool {
	return strings.Contains(e.ID, "hinge") && (e.Position == catalog.Standing) && e.GluteLoad <= 0.5 && !weighted(e)
}
