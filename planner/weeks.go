package planner

import (
	"math"
	"slices"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// startCourses returns the courses of program pg from week w: each loaded
// exercise with its starting sets on every day whose routine holds it
// (rule 16's two at least in activation sessions, one in a primer),
// carrying over the state of those that were in the block before. At a
// block boundary inside the run, those return to their last build week's
// doses (rule 3: a block starts at most at that level).
func (r *run) startCourses(pg *program, w int) []course {
	var cs []course
	seen := make(map[string]bool, len(r.courses)+4)
	restore := weekInBlock(w) == 1 && w != r.o.w0+1 && !r.flat(w)
	for _, k := range []Session{ActivationSession, PrimerSession} {
		for _, e := range pg.routines[k] {
			if !loaded(e) || seen[e.ID] {
				continue
			}
			seen[e.ID] = true
			i := len(r.courses) - 1
			for i >= 0 && r.courses[i].e.ID != e.ID {
				i--
			}
			var c course
			if i >= 0 {
				c = r.courses[i] // the state it was left in
			} else {
				c = r.newCourse(e)
			}
			c.rose = 0 // a new block: every exercise takes its turn afresh
			before := c
			if restore && !c.fresh {
				was := c
				c.level, c.sets = c.top, c.topSets
				switch {
				case c.level != was.level:
					c.changed = doseChanged
				case c.sets != was.sets:
					c.changed = setsChanged
				}
			}
			c.keep = r.p.Has(GlutealTendinopathy) && abductor(e) && slices.Contains(pg.routines[ActivationSession], e)
			if c.fresh && c.keep && isometric(e) && r.shortHolds(w) {
				c.tendonStart()
			}
			// Back at its last build week's dose per set, an exercise stays
			// out of the sessions it was left out of then: coming back to
			// them too would change two things at once (rule 3). One left
			// out of every session comes back as new.
			restored := restore && !c.fresh && c.changed == doseChanged && c.sets != [7]int{}
			was := c.sets
			for d, s := range r.tmpl {
				holds := slices.Contains(pg.routines[s.session], e)
				switch {
				case holds && c.sets[d] == 0 && restored:
				case holds && c.sets[d] == 0:
					c.sets[d] = 1
					if s.session == ActivationSession {
						c.sets[d] = min(max(e.Dose.Sets, MinSets), c.maxSets)
					}
				case !holds:
					c.sets[d] = 0
				}
			}
			if c.sets != was && !c.fresh && c.changed == unchanged {
				// A session more or fewer is a change in sets (rule 3).
				c.changed = setsChanged
			}
			if restored && c.sets != before.sets {
				// The new block's routines leave it out of a session: that
				// is its one change, and its dose per set stays the week
				// before's (rule 3).
				c.level, c.changed = before.level, setsChanged
			}
			cs = append(cs, c)
		}
	}
	return cs
}

// oneChangeAtStart keeps the courses of a block's first week to one change
// each (rule 3): where the routines give an exercise a session more or
// fewer and its dose per set would return to the last build week's (or
// gluteplan next's steer would move it), the dose stays as the week
// before's and rises in the weeks after.
//
// Where gluteplan next's steer goes on from the build weeks' doses
// (progress, hold: fromBuild), the dose per set returns to them and the
// exercise keeps the weekly sets of the week before, spread over its
// sessions now, where it has as many sets as sessions and none gets more
// than the routines start it at: the one change is its dose per set (rule
// 3), rather than a start from the lighter week's dose (README "the next
// block").
func oneChangeAtStart(cs []course, fromBuild bool) {
	for i := range cs {
		c := &cs[i]
		if c.fresh || c.level == c.lastLevel || c.sets == c.lastSets {
			continue
		}
		var days []int
		for d := range 7 {
			if c.sets[d] > 0 {
				days = append(days, d)
			}
		}
		if n := weekSets(c.lastSets); fromBuild && c.level > c.lastLevel && n >= len(days) && len(days) > 0 {
			var s [7]int
			for k := range n {
				s[days[k%len(days)]]++
			}
			if !slices.ContainsFunc(days, func(d int) bool { return s[d] > c.sets[d] }) {
				c.sets, c.changed = s, doseChanged
				continue
			}
		}
		c.level, c.changed = c.lastLevel, setsChanged
	}
}

// frame returns the bounds of each day of week w for program pg with the
// fixed doses fixed.
func (r *run) frame(w int, pg *program, fixed map[string]fixedDose) *frame {
	bl := blockOf(w)
	// A step back keeps the tendon holds' length too while other work can
	// give (rule 9: in a flare the holds stay and the effort comes down).
	tendon := r.tendonAim(w) || r.steppingBack(w) && !isDeload(w)
	// So does a later block whose tendon holds go on as holds while one
	// steps on to moving work (rule 9, [run.oneHoldOn], holdStep).
	tendon = tendon || r.holdStep && !isDeload(w)
	f := &frame{before: r.before, tmpl: &r.tmpl, build: !isDeload(w), shortHolds: r.shortHolds(w), oneSetOK: r.oneSetAllowed(w), tendon: tendon, memo: &r.lighters}
	for d, s := range r.tmpl {
		f.cap[d] = s.cap
		if bl == r.soreBlock && r.p.Soreness >= SettleSoreness {
			f.cap[d] = math.Min(f.cap[d], SoreDayMaxHSE)
		}
		f.budget[d] = r.sessionTenths()
		for _, e := range pg.routines[s.session] {
			if fd, ok := fixed[e.ID]; ok {
				f.budget[d] -= tenths(e, fd.sets, fd.d)
			}
		}
		f.floor[d] = 1
		if s.session == ActivationSession && f.build {
			f.floor[d] = MinSets
		}
	}
	return f
}

// rises reports whether build week w may rise over the week before: not
// the first week of a run (a new plan starts at the starting doses, and
// gluteplan next at most at the last build week's level, rule 3), nor the
// first weeks of a step back (README "the next block").
func (r *run) rises(w int) bool { return w != r.o.w0+1 && !r.flat(w) }

// goesOn reports whether the run is gluteplan next going on from the last
// build week's doses as they were: progress, hold or no log (README "the next block").
func (r *run) goesOn() bool {
	c := r.o.continued
	return c != nil && (c.Steer == SteerProgress || c.Steer == SteerHold || c.Steer == SteerNoLog)
}

// flat reports whether week w is one of the first weeks of a step back,
// which do not rise (README "the next block").
func (r *run) flat(w int) bool { return w <= r.o.w0+r.o.flat }

// steppingBack reports whether week w is of the block a step back starts
// in, or of a block its first weeks reach (README "the next block"): no
// new exercises, a lighter effort.
func (r *run) steppingBack(w int) bool {
	c := r.o.continued
	return c != nil && c.Steer == SteerStepBack && blockOf(w) <= blockOf(r.o.w0+max(1, r.o.flat))
}

// shortHolds reports whether week w may hold isometric holds from 10 s:
// week 1 of the first block with gluteal tendinopathy (rule 9, rule 16).
func (r *run) shortHolds(w int) bool {
	return r.firstBlock(GlutealTendinopathy, blockOf(w)) && weekInBlock(w) == 1
}

// tendonAim reports whether week w is of the first block with gluteal
// tendinopathy at soreness 5 or less, whose tendon holds reach 5 holds of
// 30 s or more a session by its week 3 (rule 9).
func (r *run) tendonAim(w int) bool {
	return r.firstBlock(GlutealTendinopathy, blockOf(w)) && r.p.Soreness <= 5
}

// oneSetAllowed reports whether rule 16 lets a strengthening item have one
// set a session in week w without a warning: week 1 of the first block
// with gluteal tendinopathy, after giving birth or at soreness 4 to 6; the
// first block at soreness 7; weeks whose activities fill the cap.
func (r *run) oneSetAllowed(w int) bool {
	bl := blockOf(w)
	if _, full := r.room(bl); full {
		return true
	}
	if bl == r.soreBlock && r.p.Soreness >= SettleSoreness {
		return true
	}
	if w == r.firstWeek && r.p.Soreness >= SoreFrom {
		return true // soreness is today's: the plan's first week
	}
	return r.condWeek1(GlutealTendinopathy, w) || r.condWeek1(Postpartum, w)
}

// fixedDoses gives the items that do not progress their dose for the block
// starting at week w: the starting dose, a piriformis stretch held 20 to
// 30 s two to four times (rule 9), each shortened a step at a time where a
// session with its loaded work at its fewest sets would not fit the
// minutes (rule 7).
func (r *run) fixedDoses(pg *program, cs []course, w int) map[string]fixedDose {
	fixed := map[string]fixedDose{}
	piriformis := r.p.Has(PiriformisSyndrome)
	for _, rt := range pg.routines {
		for _, e := range rt {
			if loaded(e) {
				continue
			}
			fd := fixedDose{sets: e.Dose.Sets, d: catalogSet(e)}
			if piriformis && piriformisWork(e) && e.Category == catalog.StaticStretch {
				fd.d, _ = piriformisHold(e)
				fd.sets = min(max(fd.sets, piriformisMinSets), piriformisMaxSets)
			}
			if before, ok := r.fixed[e.ID]; ok {
				// Kept from the block before: its dose goes on, so a new
				// block changes one thing at most (rule 3).
				fd = before
			}
			fixed[e.ID] = fd
		}
	}
	// The loaded work at its least, as the block's first week may hold it
	// (the fewest sets, the lightest dose rule 16 allows, one change from
	// the week before): the room the fixed items leave it.
	least := cloneCourses(cs)
	f := r.frame(w, pg, nil)
	// The first week may shorten the tendon holds before it leaves out a
	// fixed item (rule 6 and rule 9's aim weigh the same).
	f.tendon = false
	floor := r.frameFloor(w)
	for i := range least {
		r.leastStart(&least[i], w, f, floor, false)
	}
	// An item kept from the block before shortens its sets or its dose per
	// set, not both (rule 3). Where that cannot bring a session within
	// its minutes (rule 7), the session's longest such item is left out of
	// the block instead (README precedence: fewer exercises first).
	// Its weekly sets count every session that holds it: where the new
	// block's routines hold it in more or fewer sessions, its sets change
	// and its dose per set stays.
	was, known := r.weekBefore()
	step := func(e *catalog.Exercise, fd fixedDose) fixedDose {
		n := shorter(e, fd, piriformis)
		before, ok := r.fixed[e.ID]
		if !ok || n.d == before.d {
			return n
		}
		if known && n.sets*sessionsOf(pg, r.tmpl, e) != weekSetsOf(was, e.ID) || !known && n.sets != before.sets {
			return fd
		}
		return n
	}
	thin := false
	for range 400 {
		worst, longest, over := "", "", false
		for d, s := range r.tmpl {
			t := 0
			for _, e := range pg.routines[s.session] {
				if fd, ok := fixed[e.ID]; ok {
					t += tenths(e, fd.sets, fd.d)
				}
			}
			t += dayTenths(least, d)
			if t <= r.sessionTenths() {
				continue
			}
			over = true
			// Shorten the longest fixed item of the session that can be.
			long, most := -1, -1
			for _, e := range pg.routines[s.session] {
				fd, ok := fixed[e.ID]
				if !ok || fd.sets == 0 {
					continue
				}
				n := tenths(e, fd.sets, fd.d)
				if step(e, fd) != fd && n > long {
					worst, long = e.ID, n
				}
				if n > most {
					longest, most = e.ID, n
				}
			}
		}
		if !over {
			break
		}
		if worst == "" {
			if longest == "" {
				break
			}
			if !thin {
				// What the chooser let in at its lightest (rule 6's warm-up,
				// say) stays before a strengthening item keeps its second
				// set: fewer exercises only down to what rules 6 and 9
				// require, then one set (README precedence, rule 16).
				thin = true
				for i := range least {
					r.leastStart(&least[i], w, f, floor, true)
				}
				continue
			}
			fixed[longest] = fixedDose{d: fixed[longest].d}
			continue
		}
		e, _ := r.byID(worst)
		fixed[worst] = step(e, fixed[worst])
	}
	return fixed
}

// weekBefore is the week before the one being planned: the run's last, or
// the last week of the plan gluteplan next continues; ok is false for the
// first week of a new plan.
func (r *run) weekBefore() (Week, bool) {
	if n := len(r.plan.Weeks); n > 0 {
		return r.plan.Weeks[n-1], true
	}
	return r.o.before, len(r.o.before.Days) > 0
}

// sessionsOf counts the days of template tmpl whose routine in pg holds e.
func sessionsOf(pg *program, tmpl [7]slot, e *catalog.Exercise) int {
	n := 0
	for _, s := range tmpl {
		if slices.Contains(pg.routines[s.session], e) {
			n++
		}
	}
	return n
}

// weekSetsOf is the weekly sets of exercise id in week w.
func weekSetsOf(w Week, id string) int {
	n := 0
	for _, d := range w.Days {
		for _, it := range d.Items {
			if it.Exercise == id {
				n += it.Sets
			}
		}
	}
	return n
}

// frameFloor is the fewest sets each day of the block from week w gives
// a strengthening item in its build weeks (rule 16): what the program is
// chosen to hold, so a block holds fewer exercises rather than thinner
// ones. A block that rule 5 settles, or whose activities fill the cap,
// may give one.
func (r *run) frameFloor(w int) [7]int {
	var fl [7]int
	bl := blockOf(w)
	_, full := r.room(bl)
	oneSet := full || (bl == r.soreBlock && r.p.Soreness >= SettleSoreness)
	for d, s := range r.tmpl {
		fl[d] = 1
		if s.session == ActivationSession && !oneSet {
			fl[d] = MinSets
		}
	}
	return fl
}

// shorter returns a fixed dose one step shorter: a set fewer, then a
// lighter dose per set down to half the starting work.
func shorter(e *catalog.Exercise, fd fixedDose, piriformis bool) fixedDose {
	minSets := 1
	if piriformis && piriformisWork(e) && e.Category == catalog.StaticStretch {
		minSets = piriformisMinSets
		if fd.sets > minSets {
			fd.sets--
			return fd
		}
		if d := (perSet{seconds: fd.d.seconds - 5}); d.seconds >= piriformisMinSeconds && d.ratio(e) >= minRatio-eps {
			fd.d = d
		}
		return fd
	}
	if fd.sets > minSets {
		fd.sets--
		return fd
	}
	steps, _ := ladder(e)
	for i := len(steps) - 1; i >= 0; i-- {
		if steps[i].work() < fd.d.work() {
			fd.d = steps[i]
			return fd
		}
	}
	return fd
}

// limits returns the range of plan volume for week w (rules 3 and 5).
func (r *run) limits(w int) limits {
	bl := blockOf(w)
	room, _ := r.room(bl)
	var l limits
	switch {
	case isDeload(w):
		l = limits{DeloadLow * r.top, DeloadHigh * r.top}
	case w == r.o.w0+1:
		l = limits{0, room}
	case r.flat(w):
		// the step back (README "the next block"): the first weeks do not rise.
		l = limits{0, math.Min(room, r.lastHSE())}
	case weekInBlock(w) == 1:
		// A later block starts at most at the level of the last build week.
		l = limits{0, math.Min(room, r.top)}
	case bl == r.soreBlock && r.p.Soreness >= SettleSoreness:
		// Soreness 7 settles the first block: no week above its first.
		l = limits{0, min(room, r.plan.Weeks[0].PlanHSE, WeeklyRise*r.lastHSE())}
	default:
		l = limits{0, math.Min(room, WeeklyRise*r.lastHSE())}
	}
	if w == r.o.w0+1 && r.o.first < l.hi {
		// The first week starts where the origin says: a share of the
		// room, or where the log lets gluteplan next start; soreness
		// (rule 5) and the log win over a lighter week's lower bound.
		l = limits{0, r.o.first}
	}
	return l
}

// fitWays are the ways a week may come down to fit its bounds, in the order
// the README's precedence tries them: one change an exercise (rule 3)
// before more; the same sets every day before sets that differ by day
// (rule 13), in the first block with gluteal tendinopathy each first with
// the tendon holds kept at 30 s or more and cut last (rule 9's aim); two
// sets a session before one (rule 16); and only then leaving an exercise
// out of some sessions, the work rule 9 keeps last.
var fitWays = func() []cut {
	var ways []cut
	for _, one := range []bool{true, false} {
		ways = append(ways,
			cut{oneChange: one},
			cut{oneChange: one, perDay: true},
			cut{oneChange: one, shorten: true},
			cut{oneChange: one, perDay: true, shorten: true},
			cut{oneChange: one, perDay: true, oneSet: true, shorten: true},
			cut{oneChange: one, perDay: true, oneSet: true, drop: true, shorten: true},
			cut{oneChange: one, perDay: true, oneSet: true, drop: true, dropKept: true, shorten: true})
	}
	return ways
}()

// doseWeek sets the courses of week w within its limits.
func (r *run) doseWeek(w int) {
	lim := r.limits(w)
	f := r.frame(w, r.prog, r.fixed)
	if r.flat(w) && w > r.o.w0+1 {
		r.holdSets()
	}
	if isDeload(w) {
		r.lighterWeek(w, lim, f)
		return
	}
	r.reserveEffort(w)
	r.buildWeek(w, lim, f)
}

// reserveEffort keeps the doses of each exercise whose effort is to rise
// in build week w and has not changed yet this week: the effort rise is
// its one change (rule 3), so its sets and dose per set hold, and the
// week builds by it (rule 16's effort, rule 9's holds from light to
// strong). One that a week's bounds still make change stays at the lower
// effort ([run.setEfforts]).
func (r *run) reserveEffort(w int) { r.reserveEffortOf(r.courses, w) }

// reserveEffortOf keeps the doses of courses cs whose effort is to rise
// in build week w, as [run.reserveEffort] does.
func (r *run) reserveEffortOf(cs []course, w int) {
	for i := range cs {
		c := &cs[i]
		if !c.fresh && !c.lastHard && c.changed == unchanged && r.effortTarget(c, w) {
			c.changed = effortChanged
			c.steps++
		}
	}
}

// holdSets keeps a step back from rising in its first weeks (§8): no
// exercise has more weekly sets than the week before, even where a new
// block's routines hold it in more sessions. Sets come off the days with
// the most first, then whole sessions, primers before activation
// sessions, the latest first; the item says it is left out.
func (r *run) holdSets() {
	for i := range r.courses {
		c := &r.courses[i]
		most, ok := r.was[c.e.ID]
		if !ok {
			continue
		}
		for weekSets(c.sets) > most {
			d := -1
			for j := range 7 {
				if c.sets[j] > 1 && (d < 0 || c.sets[j] >= c.sets[d]) {
					d = j
				}
			}
			if d < 0 {
				for j := range 7 {
					if c.sets[j] > 0 && (d < 0 || r.tmpl[d].session == ActivationSession || r.tmpl[j].session != ActivationSession) {
						d = j
					}
				}
			}
			c.sets[d]--
			if !c.fresh {
				c.changed = setsChanged
			}
		}
	}
}

// returnSessions brings an exercise back, one set, to the sessions of its
// routine that an earlier week of the block left it out of (rule 13),
// where the week still fits its bounds: a change in its sets, the week's
// one change (rule 3).
func (r *run) returnSessions(f *frame, hi float64) {
	for i := range r.courses {
		c := &r.courses[i]
		if c.fresh || c.changed == doseChanged || c.changed == effortChanged {
			continue
		}
		for d, s := range r.tmpl {
			if c.sets[d] != 0 || !slices.Contains(r.prog.routines[s.session], c.e) {
				continue
			}
			c.sets[d] = 1
			if excess(r.courses, f, hi) > 0 {
				c.sets[d] = 0
				continue
			}
			c.changed = setsChanged
		}
	}
}

// fitDown brings the courses within lo to hi by the first of ways that
// lands there, and reports the way it took; ok is false when none does,
// and the courses are then as low as the last way could bring them.
func fitDown(cs []course, f *frame, lo, hi float64, ways []cut) (k cut, ok bool) {
	if excess(cs, f, hi) == 0 {
		return cut{oneChange: true}, true
	}
	for _, k := range ways {
		try := cloneCourses(cs)
		if lower(try, f, lo, hi, k) {
			copy(cs, try)
			return k, true
		}
	}
	k = ways[len(ways)-1]
	lower(cs, f, lo, hi, k)
	return k, false
}

// keepWays are the ways of fitWays that leave every exercise in every
// session.
var keepWays = func() []cut {
	var ways []cut
	for _, k := range fitWays {
		if !k.drop {
			ways = append(ways, k)
		}
	}
	return ways
}()

// twoSetWays are the ways of keepWays that keep every strengthening item
// at two sets a session where the frame asks for two (rule 16): how week 3
// of a block may come down to leave its lighter week possible.
var twoSetWays = func() []cut {
	var ways []cut
	for _, k := range keepWays {
		if !k.oneSet {
			ways = append(ways, k)
		}
	}
	return ways
}()

// scratchCopy returns a copy of cs in scratch buffer i: for a copy that
// does not outlive the week being dosed, and that nothing else holds.
func (r *run) scratchCopy(i int, cs []course) []course {
	r.scratch[i] = append(r.scratch[i][:0], cs...)
	return r.scratch[i]
}

// buildWeek doses a build week: down to fit, then, after the run's first
// week, up as far as the week allows (rules 3, 16). Week 3 of a block that
// goes on to its lighter week rises only as far as leaves that lighter
// week possible.
func (r *run) buildWeek(w int, lim limits, f *frame) {
	if r.flat(w) {
		// A step back holds the lighter week's doses (README "the next block", a load limit
		// that comes before rule 16's doses): it says so.
		f.build = false // its note is said once the week is made ([run.sayFlat])
	} else {
		pre := r.scratchCopy(0, r.courses)
		r.intoRule16(f)
		try := r.scratchCopy(1, r.courses)
		why := r.say.Say("more per set would change a second thing about it in one week")
		k, _ := fitDown(try, f, lim.lo, lim.hi, fitWays)
		short := tendonShortened(try, r.courses, f)
		// Nor may it take a set off another exercise in a build week where
		// the doses as they were fit with two sets (rule 16: build weeks
		// give two sets; more per set is no reason to give one).
		kp, _ := fitDown(r.scratchCopy(2, pre), f, lim.lo, lim.hi, fitWays)
		thins := k.oneSet && !k.drop && !kp.oneSet && !kp.drop && kp.oneChange
		if thins {
			why = r.say.Say("more per set would take the second set off another exercise")
		}
		if !k.oneChange || short || thins {
			// Moving a dose into rule 16's range would make an exercise
			// change twice this week: the one-change rule comes first
			// (README "precedence"), so those doses stay and the plan
			// says so. So too where it would shorten the tendon holds
			// below 30 s: rule 9's aim weighs as much as rule 16.
			if k.oneChange && short {
				why = r.say.Say("more per set would shorten the holds for the side of the hip below 30 s")
			}
			for i := range r.courses {
				if r.courses[i].level != pre[i].level {
					r.courses[i] = pre[i]
				}
			}
		}
		defer r.sayBelow(w, why)
	}
	first := w == r.o.w0+1
	if first && r.flat(w) {
		// The step back's first week: two sets a session with a lighter
		// dose per set, or fewer exercises, before one set (rule 16).
		if _, ok := r.stepBackWeek(f, lim.hi); !ok {
			// Below the lighter week after a block sore throughout, the
			// tendon holds would shorten: the week comes up towards that
			// week's level as far as they need and no further, the rest
			// left out where it can be (rule 9: in a flare the holds stay
			// and the effort comes down; README "the next block"). With
			// gluteal tendinopathy the holds stay as many and at least 30
			// s long (or as long as they were) even where they alone need
			// more than the lighter week: at the light effort of a step
			// back they are not the hard sets the level counts, and the
			// plan says so ([run.sayHoldsAbove]).
			most := r.o.lighter
			if alone, ok := r.holdsAlone(f); ok && alone > math.Max(lim.hi, most) {
				// The tendon holds alone, at 30 s or more, need more than
				// the level: the week holds them and leaves the rest out,
				// no higher than the plan's last week nor its last build
				// week (rule 3).
				room, _ := r.room(blockOf(w))
				most = math.Min(room, math.Min(r.o.last, r.o.top))
			}
			if need := r.stepNeed(f); need > lim.hi && most > lim.hi {
				lim.hi = math.Min(most, need)
				if r.o.soreCap > 0 {
					lim.hi = math.Min(lim.hi, r.o.soreCap) // rule 5 comes first
				}
				r.stepBackWeek(f, lim.hi)
			}
		}
	}
	start := r.scratchCopy(3, r.courses)
	k, _ := fitDown(r.courses, f, lim.lo, lim.hi, fitWays)
	if r.holdStep {
		defer r.sayHeldShort(w)
	}
	switch {
	case r.rises(w):
		r.returnSessions(f, lim.hi)
		raise(r.courses, f, lim.hi, true)
	case first && weekInBlock(w) == 1 && r.o.continued != nil && r.o.continued.Steer == SteerProgress:
		// The log's progress starts the block above the first week of
		// the block before and at most at its last build week (README
		// "the next block"): where fitting the new block's routines cut
		// it below that level, it comes back up towards it, one change
		// an exercise: one that fitting brought back to the week before's
		// doses has not changed.
		for i := range r.courses {
			if c := &r.courses[i]; !c.fresh && c.level == c.lastLevel && c.sets == c.lastSets && c.changed != effortChanged {
				c.changed = unchanged
			}
		}
		raise(r.courses, f, lim.hi, true)
	}
	defer r.sayThin(w, f, k, lim)
	last := r.o.w0 + r.o.weeks
	if weekInBlock(w) == 3 && w < last && !deloadable(r.courses, f) {
		hi := weekHSE(r.courses)
		for range 10 {
			hi *= 0.9
			cs := cloneCourses(start)
			if _, ok := fitDown(cs, f, lim.lo, hi, twoSetWays); !ok {
				// A lighter week 3 would leave exercises out, or take a
				// strengthening item below two sets in a build week (rule
				// 16: build weeks give two): keep it.
				break
			}
			raise(cs, f, hi, true)
			if twoChanges(cs) {
				continue // a cut and a rise in one exercise: one change a week (rule 3)
			}
			if deloadable(cs, f) {
				r.courses = cs
				break
			}
		}
	}
	if r.rises(w) {
		for i := range r.courses {
			if c := &r.courses[i]; !c.fresh && (c.level > c.lastLevel || weekSets(c.sets) > weekSets(c.lastSets)) {
				c.rose++
			}
		}
	}
	if pos := weekInBlock(w); (pos == 2 || pos == 3) && (!first || r.o.continued != nil) {
		r.sayBuilt(w, start, lim, f)
	}
}

// sayHeldShort says, for a build week of a block whose tendon holds go on
// as holds beside one stepping on to moving work (rule 9,
// [run.oneHoldOn]), which hold the week's limits cut below 30 s: the load
// limits come first (README precedence), and the plan says so.
func (r *run) sayHeldShort(w int) {
	for i := range r.courses {
		if c := &r.courses[i]; c.keep && isometric(c.e) && weekSets(c.sets) > 0 && c.dose().holdLength() < TendonHoldSeconds {
			r.notes.week(w, locale.Key("In %s, %s is held less than 30 s: the week's limit on glute work comes first; the holds lengthen again as the weeks allow."),
				c.e.NameIn(string(r.p.Lang)))
		}
	}
}

// twoChanges reports whether a course of cs changes both its weekly sets
// and its dose per set against the week before (rule 3: one change a
// week).
func twoChanges(cs []course) bool {
	return slices.ContainsFunc(cs, func(c course) bool {
		return !c.fresh && c.level != c.lastLevel && weekSets(c.sets) != weekSets(c.lastSets)
	})
}

// keepsHolds reports whether the block's courses hold a tendon hold of
// gluteal tendinopathy: an isometric hip-abductor exercise rule 9 keeps.
func (r *run) keepsHolds() bool {
	return slices.ContainsFunc(r.courses, func(c course) bool { return c.keep && isometric(c.e) })
}

// tendonShortened reports whether the courses after hold a tendon hold
// shorter than 30 s that before held at 30 s or more (rule 9).
func tendonShortened(after, before []course, f *frame) bool {
	for i := range before {
		if f.tendonHold(&before[i]) && after[i].dose().holdLength() < TendonHoldSeconds {
			return true
		}
	}
	return false
}

// sayBelow warns where build week w leaves a strengthening item's dose
// per set short of rule 16's range though the item can reach it: why
// names the limit that came first.
func (r *run) sayBelow(w int, why string) {
	if r.steppingBack(w) {
		// A step back's doses are lighter on purpose: a note that a dose
		// is below what works best would tell the person it is not good
		// enough (a physiotherapist's reading).
		return
	}
	short := r.shortHolds(w)
	for i := range r.courses {
		c := &r.courses[i]
		if !r.strengthening(c) || doseFits(c.e, c.dose(), short) ||
			!slices.ContainsFunc(c.ladder, func(d perSet) bool { return doseFits(c.e, d, short) }) {
			continue
		}
		r.notes.week(w, locale.Key("In %s, %s stays a little below the dose per set that works best: %s."), c.e.NameIn(string(r.p.Lang)), why)
	}
}

// intoRule16 brings the dose per set of each course to the nearest step
// that keeps rule 16 in a build week, where it has drifted outside (a
// dose carried over from a lighter week or another plan).
func (r *run) intoRule16(f *frame) {
	for i := range r.courses {
		c := &r.courses[i]
		if f.fits(c, c.level) || (c.changed == setsChanged || c.changed == effortChanged) && !c.fresh {
			continue // in range, or its sets or effort changed this week (rule 3)
		}
		best := -1
		for l := range c.ladder {
			if f.fits(c, l) && (best < 0 || abs(float64(l-c.level)) < abs(float64(best-c.level))) {
				best = l
			}
		}
		if best >= 0 {
			c.level = best
			if !c.fresh {
				c.changed = doseChanged
			}
		}
	}
}

// deloadable reports whether a lighter week of 50 to 70% can follow the
// week the courses hold, with one change an exercise.
func deloadable(cs []course, f *frame) bool {
	d := cloneCourses(cs)
	nextWeek(d)
	top := weekHSE(d)
	lf := *f
	lf.build = false
	return lighterPossible(d, &lf, DeloadLow*top, DeloadHigh*top, inEverySession)
}

// lighterWeek doses a lighter week (rule 3): every strengthening item
// lighter than the week before, the week at 50 to 70% of week 3, aiming
// at the middle, each exercise changing one thing.
func (r *run) lighterWeek(w int, lim limits, f *frame) {
	aim := (lim.lo + lim.hi) / 2
	cs := r.courses
	if r.keepsHolds() {
		// With gluteal tendinopathy the lighter week keeps the tendon
		// holds' number a session and 30 s, lighter by shorter holds,
		// where the rest of the week can give in every session (rule 9): a
		// step back from the weeks after starts at this week's level and
		// keeps the holds there, at a lighter effort (README "the next
		// block").
		kf := *f
		kf.keepHolds = true
		if lighterWeek(cs, &kf, lim.lo, lim.hi, aim, inEverySession) {
			return
		}
	}
	if lighterWeek(cs, f, lim.lo, lim.hi, aim, inEverySession) ||
		lighterWeek(cs, f, lim.lo, lim.hi, aim, outOfSome) ||
		lighterWeek(cs, f, lim.lo, lim.hi, aim, keptOutOfSome) {
		return
	}
	// The doses come in steps that cannot land the week at 50 to 70%:
	// every exercise still comes down, as near the middle as the steps
	// allow, and the plan says so (rule 3).
	// A run's first week keeps its upper bound: soreness or the log set it.
	// Where leaving some sessions is not enough, an exercise leaves the
	// week so that every other comes down beside it.
	first := w == r.o.w0+1
	most := math.Inf(1)
	if first {
		most = lim.hi
	}
	if !lighterWeek(cs, f, 0, lim.hi, aim, keptOutOfSome) && (first || !lighterWeek(cs, f, 0, most, aim, keptOutOfSome)) &&
		!lighterWeek(cs, f, 0, most, aim, outOfTheWeek) {
		fitDown(cs, f, lim.lo, lim.hi, fitWays)
	}
	if weekHSE(cs) < lim.lo-eps {
		r.notes.week(w, locale.Key("In %s, the lighter week is lighter than usual, under half the weeks before: its doses come down in steps, and no smaller step was possible."))
		return
	}
	r.notes.week(w, locale.Key("In %s, the lighter week is lighter than the weeks before it, but not by as much as it should be: the doses in it "+
		"cannot come down in steps small enough."))
}
