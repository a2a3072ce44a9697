package planner

import (
	"math"
	"slices"

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
	// activationTarget is how many activation exercises a routine aims at:
	// few enough to learn well, enough to cover the main glute muscles.
	activationTarget = 3
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

// chooser builds the routines of one block.
type chooser struct {
	p     Profile
	block int
	pools pools
	// prefer lists the activation exercises to keep from the block before,
	// harder variants already put in.
	prefer []*catalog.Exercise
	// fits reports whether the routines fit the block's first week: each
	// day's minutes and, with load, its volume and each day's cap, with one
	// set of each exercise at the catalog's dose per set, or at the
	// lightest allowed.
	fits func(pg *program, lightest, load bool) bool
	// lightest lets an exercise in at its lightest dose: for what a plan
	// must hold, not for what merely makes it better.
	lightest bool
	// chain maps each entry to the first entry of its progression chain.
	chain map[string]string
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
	r := c.pg.routines[k]
	if slices.Contains(r, e) {
		return false
	}
	next := append(slices.Clone(r), e)
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
		for _, r := range c.pg.routines {
			for _, x := range r {
				if x.ID != e.ID && x.Category == catalog.Activation && c.chain[x.ID] == c.chain[e.ID] {
					return false
				}
			}
		}
	}
	c.pg.routines[k] = next
	if !c.fits(c.pg, c.lightest, loaded(e)) {
		c.pg.routines[k] = r
		return false
	}
	return true
}

func (c *chooser) activations() int {
	n := 0
	for id := range c.pg.distinct() {
		for _, e := range c.pools[catalog.Activation] {
			if e.ID == id {
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

// choose builds the block's program: what must be there first (rules 9
// and 6), then what makes a good session, while every rule holds.
func (c *chooser) choose() *program {
	c.pg = &program{routines: map[Session][]*catalog.Exercise{}}
	say := c.p.Language()
	if c.seed != nil {
		for k, r := range c.seed.routines {
			if k != RestDay && len(r) > 0 {
				c.pg.routines[k] = slices.Clone(r)
			}
		}
	}
	acts := c.activationOrder()
	dyn := c.pools[catalog.DynamicStretch]
	rel := c.pools[catalog.MyofascialRelease]
	sta := c.pools[catalog.StaticStretch]
	tendinopathy := c.p.Has(GlutealTendinopathy)
	piriformis := c.p.Has(PiriformisSyndrome)
	hasAct, hasRec, hasPrimer := c.days[ActivationSession] > 0, c.days[RecoverySession] > 0, c.days[PrimerSession] > 0
	loaded := func(e *catalog.Exercise) bool { return e.GluteLoad > 0 }

	if hasAct {
		// Rule 9: with gluteal tendinopathy every activation session holds
		// a hip-abductor exercise, an isometric one in block 1.
		if tendinopathy {
			c.lightest = true
			e := c.first(ActivationSession, acts, abductor)
			c.lightest = false
			if e == nil {
				c.miss(say.Say("a hip-abductor exercise for gluteal tendinopathy: no entry of the catalog suits your equipment, limits and level now " +
					"(the default catalog's lying or wall press needs nothing but a wall, or your hands)"))
			}
		}
		// A loaded exercise for the big glute muscle, then one for the side
		// of the hip, then a third.
		c.first(ActivationSession, acts, func(e *catalog.Exercise) bool { return loaded(e) && e.Targets[0] == catalog.GluteusMaximus })
		c.first(ActivationSession, acts, func(e *catalog.Exercise) bool { return loaded(e) && abductor(e) })
		if c.count(ActivationSession, catalog.Activation) == 0 {
			// No room for load: a drill with none keeps the glutes working.
			c.first(ActivationSession, acts, nil)
		}
		if c.count(ActivationSession, catalog.Activation) == 0 {
			c.miss(say.Sayf("activation work: no activation exercise of the catalog fits your sessions now (%s)", c.activationHint(say)))
		}
	}
	if hasPrimer && !hasAct {
		c.first(PrimerSession, acts, func(e *catalog.Exercise) bool { return e.GluteLoad <= 0.5 })
	}

	// Rule 9: piriformis syndrome asks for a piriformis stretch or release
	// on the days that are not primers.
	if piriformis {
		pir := append(c.piriformisStretches(sta), filter(rel, piriformisWork)...)
		for _, k := range []Session{ActivationSession, RecoverySession} {
			if c.days[k] > 0 && c.first(k, c.reuseFirst(pir), nil) == nil {
				c.miss(say.Sayf("a piriformis stretch or release in your %s: %s", sessionWords(say, k), c.piriformisHint(say)))
				c.pg.missingRelease = true
			}
		}
	}

	// People who sit a lot finish with a held stretch for the front of
	// the hip, the muscles long sitting keeps short; their warm-up then
	// works the glutes' side of the hip.
	if c.p.SittingHours >= 4 && c.days[ActivationSession] > 0 {
		c.first(ActivationSession, filter(sta, func(e *catalog.Exercise) bool { return e.Targets[0] == catalog.HipFlexors }), nil)
	}

	// Rule 6: dynamic stretching in every session that warms up, release
	// on recovery days or, without them, after the activation work.
	warm := dynOrder(dyn, c.p)
	for _, k := range []Session{ActivationSession, PrimerSession, RecoverySession} {
		if c.days[k] > 0 {
			c.first(k, c.reuseFirst(warm), nil)
		}
	}
	releaseHome := ActivationSession
	if hasRec {
		releaseHome = RecoverySession
	}
	if c.days[releaseHome] > 0 && len(rel) > 0 && c.count(releaseHome, catalog.MyofascialRelease) == 0 {
		c.first(releaseHome, c.reuseFirst(rel), nil)
	}

	// Then fill: activation up to three, a static stretch to finish, a
	// second warm-up stretch, release and stretching on recovery days.
	for c.count(ActivationSession, catalog.Activation) < min(activationTarget, c.maxActivation) && hasAct {
		// A muscle not yet worked first, then any.
		fresh := func(e *catalog.Exercise) bool {
			return loaded(e) && !slices.ContainsFunc(c.pg.routines[ActivationSession], func(x *catalog.Exercise) bool {
				return x.Category == catalog.Activation && x.Targets[0] == e.Targets[0]
			})
		}
		if c.first(ActivationSession, acts, fresh) == nil && c.first(ActivationSession, acts, loaded) == nil {
			break
		}
	}
	if hasPrimer && c.count(PrimerSession, catalog.Activation) == 0 {
		light := filter(c.pg.routines[ActivationSession], func(e *catalog.Exercise) bool {
			return e.Category == catalog.Activation && e.GluteLoad <= 0.5
		})
		c.first(PrimerSession, append(light, acts...), func(e *catalog.Exercise) bool { return e.GluteLoad <= 0.5 })
	}
	for _, k := range []Session{ActivationSession, RecoverySession} {
		if c.days[k] > 0 {
			c.first(k, c.reuseFirst(sta), nil)
		}
	}
	if hasRec {
		c.first(RecoverySession, c.reuseFirst(rel), nil)
		c.first(RecoverySession, c.reuseFirst(sta), nil)
		c.first(RecoverySession, c.reuseFirst(warm), nil)
	}
	for _, k := range []Session{ActivationSession, PrimerSession} {
		if c.days[k] > 0 && len(c.pg.routines[k]) < MaxItems-1 {
			c.first(k, c.reuseFirst(warm), nil)
		}
	}
	owns := c.p.Owns(catalog.FoamRoller) || c.p.Owns(catalog.MassageBall)
	if owns && c.count(ActivationSession, catalog.MyofascialRelease)+c.count(RecoverySession, catalog.MyofascialRelease) == 0 &&
		c.days[ActivationSession]+c.days[RecoverySession] > 0 {
		if len(rel) > 0 {
			c.miss(say.Say("release work: none of the catalog's release exercises that suit your equipment fits your sessions " +
				"(more minutes a session would make room)"))
		} else {
			c.miss(say.Say("release work: no release exercise of the catalog suits your equipment, limits and conditions " +
				"(a custom catalog can add one)"))
		}
		c.pg.missingRelease = true
	}
	for _, k := range []Session{ActivationSession, PrimerSession, RecoverySession} {
		if c.days[k] > 0 && c.count(k, catalog.DynamicStretch) == 0 {
			c.miss(say.Sayf("a warm-up stretch in your %s: no dynamic stretch of the catalog suits your limits, conditions and minutes "+
				"(a custom catalog can add one)", sessionWords(say, k)))
		}
	}
	if hasAct && c.count(ActivationSession, catalog.Activation) == 0 && hasRec && (c.seed == nil || len(c.seed.routines[ActivationSession]) == 0) {
		// No activation work fits: the strengthening days are recovery
		// days, with the one recovery routine (rule 13).
		c.pg.routines[ActivationSession] = c.pg.routines[RecoverySession]
	}
	for k, r := range c.pg.routines {
		c.pg.routines[k], _ = order(r)
	}
	return c.pg
}

// sessionWords names the sessions of a kind for warnings.
func sessionWords(say *format.Language, k Session) string {
	switch k {
	case PrimerSession:
		return say.Say("primers before the gym")
	case RecoverySession:
		return say.Say("recovery sessions")
	}
	return say.Say("strengthening sessions")
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

// activationOrder lists the activation entries the block may use, those
// kept from the block before first, then each progression chain at the
// step where the person's level starts, then the rest in catalog order;
// with gluteal tendinopathy, isometric holds first.
func (c *chooser) activationOrder() []*catalog.Exercise {
	all := c.pools[catalog.Activation]
	rank := map[string]int{}
	for i, e := range all {
		rank[e.ID] = 2*len(all) + i
	}
	// Among the steps where the person starts, real strengthening work
	// before the light drills that movement breaks are made of.
	starts := startSteps(all, c.p.Level)
	slices.SortStableFunc(starts, func(x, y *catalog.Exercise) int { return cmpFloat(y.GluteLoad, x.GluteLoad) })
	for i, e := range starts {
		rank[e.ID] = i - len(all)
	}
	for i, e := range c.prefer {
		rank[e.ID] = i - len(c.prefer) - 2*len(all)
	}
	out := slices.Clone(all)
	slices.SortStableFunc(out, func(x, y *catalog.Exercise) int { return rank[x.ID] - rank[y.ID] })
	if c.p.Has(GlutealTendinopathy) {
		slices.SortStableFunc(out, func(x, y *catalog.Exercise) int { return boolRank(!isometric(x)) - boolRank(!isometric(y)) })
	}
	return out
}

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

func (c *chooser) piriformisHint(say *format.Language) string {
	if !c.p.Owns(catalog.MassageBall) && !c.p.Owns(catalog.FoamRoller) {
		return say.Say("no stretch of the catalog suits you, and a release needs a massage ball or foam roller (a massage ball is the one to buy)")
	}
	return say.Say("none of the catalog's fits your limits and minutes; more minutes a session would make room")
}

func (c *chooser) activationHint(say *format.Language) string {
	if c.p.Minutes < 10 {
		return say.Say("more minutes a session would make room")
	}
	return say.Say("a custom catalog can add one that suits you")
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

// pools returns the entries block b may draw on, by category, in catalog
// order.
func (pl *planning) pools(b int) pools {
	ps := pools{}
	for i := range pl.cat.Exercises {
		e := &pl.cat.Exercises[i]
		if pl.out[e.ID] != "" || blockOut(e, pl.p, b) != "" {
			continue
		}
		ps[e.Category] = append(ps[e.Category], e)
	}
	return ps
}

// sessionDays counts the days of each kind of session in the template.
func (pl *planning) sessionDays() map[Session]int {
	n := map[Session]int{}
	for _, s := range pl.tmpl {
		n[s.session]++
	}
	return n
}

// choose picks the program of block b whose first week may hold up to hi,
// and whose lightest week leaves room for a lighter week when the block
// has one (deload).
// The activation exercises of the routine before come first, so a routine
// stays from block to block; at a block boundary (boundary), an exercise
// done at its highest dose for a block moves on to its harder variant
// where the level allows (rule 3), unless the log of gluteplan next says
// to hold back.
func (pl *planning) choose(b int, hi float64, boundary, deload bool) *program {
	var prefer []*catalog.Exercise
	pool := pl.pools(b)
	inPool := func(id string) *catalog.Exercise {
		for _, e := range pool[catalog.Activation] {
			if e.ID == id {
				return e
			}
		}
		return nil
	}
	clear(pl.progress)
	var kept []*catalog.Exercise
	harder := boundary
	switch {
	case pl.prog != nil:
		kept = filter(pl.prog.routines[ActivationSession], func(e *catalog.Exercise) bool { return e.Category == catalog.Activation })
	case pl.cont != nil:
		kept = pl.cont.kept
	}
	if pl.cont != nil && !pl.cont.harder {
		harder = false // the log of gluteplan next earns none
	}
	for _, e := range kept {
		for _, c := range pl.courses {
			if harder && c.e.ID == e.ID && c.atCeiling() {
				if n := inPool(e.Progression); n != nil {
					pl.progress[n.ID] = e.ID
					e = n
				}
			}
		}
		if x := inPool(e.ID); x != nil {
			prefer = append(prefer, x)
		}
	}
	ch := &chooser{p: pl.p, block: b, pools: pool, prefer: prefer, days: pl.sessionDays(), maxActivation: MaxActivation, chain: pl.chain}
	if pl.cont != nil && pl.prog == nil && !boundary {
		ch.seed = pl.cont.carry
	}
	if pl.cont != nil && pl.prog == nil {
		ch.maxActivation = pl.cont.maxActivation
	}
	ch.fits = func(pg *program, lightest, load bool) bool {
		cs := pl.startCourses(pg)
		for i := range cs {
			if lightest {
				cs[i].level = 0
			}
			for d := range cs[i].sets {
				cs[i].sets[d] = min(cs[i].sets[d], 1)
			}
		}
		f := pl.frame(b, pg, pl.fixedDoses(pg, cs))
		if !load {
			// Only the minutes: the item adds no load.
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
		return !deload || weekHSE(cs) <= DeloadHigh*hi+eps
	}
	return ch.choose()
}
