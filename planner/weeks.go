package planner

import (
	"math"
	"slices"

	"github.com/gluteplan/gluteplan/catalog"
)

// frame returns the bounds of each day of a week of block b for program pg
// with fixed doses fixed.
func (pl *planning) frame(b int, pg *program, fixed map[string]fixedDose) *frame {
	f := &frame{before: pl.before, tmpl: pl.tmpl, floor: 1}
	for d, s := range pl.tmpl {
		f.cap[d] = s.cap
		if b == blockOf(pl.w0+1) && pl.p.Soreness >= SettleSoreness {
			f.cap[d] = math.Min(f.cap[d], SoreDayMaxHSE)
		}
		f.budget[d] = 10 * pl.p.Minutes
		for _, e := range pg.routines[s.session] {
			if fd, ok := fixed[e.ID]; ok {
				f.budget[d] -= tenths(e, fd.sets, fd.d)
			}
		}
	}
	return f
}

// loaded reports whether e progresses week to week as a course: an
// activation exercise with a glute load.
func loaded(e *catalog.Exercise) bool { return e.Category == catalog.Activation && e.GluteLoad > 0 }

// startCourses returns the courses of program pg: each loaded exercise
// with one set on every day whose routine holds it, carrying over the
// state of those that were in the block before.
func (pl *planning) startCourses(pg *program) []course {
	var cs []course
	seen := map[string]bool{}
	for _, k := range []Session{ActivationSession, PrimerSession} {
		for _, e := range pg.routines[k] {
			if !loaded(e) || seen[e.ID] {
				continue
			}
			seen[e.ID] = true
			c := newCourse(e)
			for _, old := range pl.courses {
				if old.e.ID == e.ID {
					c = old
				}
			}
			c.keep = pl.p.Has(GlutealTendinopathy) && abductor(e)
			was := c.sets
			for d, s := range pl.tmpl {
				holds := slices.Contains(pg.routines[s.session], e)
				switch {
				case holds && c.sets[d] == 0:
					c.sets[d] = 1
				case !holds:
					c.sets[d] = 0
				}
			}
			if c.sets != was && !c.fresh {
				// A session more or fewer is a change in sets (rule 3).
				c.changed = setsChanged
			}
			cs = append(cs, c)
		}
	}
	return cs
}

// fixedDoses gives the items that do not progress their dose for block b:
// the catalog's, a piriformis stretch held 20 to 30 s two to four times
// (rule 9), each shortened a step at a time where a session with its
// loaded work at one set would not fit the minutes (rule 7).
func (pl *planning) fixedDoses(pg *program, cs []course) map[string]fixedDose {
	fixed := map[string]fixedDose{}
	piriformis := pl.p.Has(PiriformisSyndrome)
	for _, r := range pg.routines {
		for _, e := range r {
			if loaded(e) {
				continue
			}
			fd := fixedDose{sets: e.Dose.Sets, d: catalogSet(e)}
			if piriformis && piriformisWork(e) && e.Category == catalog.StaticStretch {
				fd.d, _ = piriformisHold(e)
				fd.sets = min(max(fd.sets, piriformisMinSets), piriformisMaxSets)
			}
			if before, ok := pl.fixed[e.ID]; ok {
				// Kept from the block before: its dose goes on, so a new
				// block changes one thing at most (rule 3).
				fd = before
			}
			fixed[e.ID] = fd
		}
	}
	// An item kept from the block before shortens its sets or its dose per
	// set, not both (rule 3), unless nothing else fits the minutes.
	strict := true
	step := func(e *catalog.Exercise, fd fixedDose) fixedDose {
		n := shorter(e, fd, piriformis)
		if before, ok := pl.fixed[e.ID]; ok && strict && n.sets != before.sets && n.d != before.d {
			return fd
		}
		return n
	}
	for range 400 {
		worst, over := "", 0
		for d, s := range pl.tmpl {
			t := 0
			for _, e := range pg.routines[s.session] {
				if fd, ok := fixed[e.ID]; ok {
					t += tenths(e, fd.sets, fd.d)
				}
			}
			t += dayTenths(cs, d)
			if t <= 10*pl.p.Minutes {
				continue
			}
			// Shorten the longest fixed item of the session.
			long := -1
			for _, e := range pg.routines[s.session] {
				fd, ok := fixed[e.ID]
				if ok && step(e, fd) != fd {
					if n := tenths(e, fd.sets, fd.d); n > long {
						worst, long = e.ID, n
					}
				}
			}
			over = t
		}
		if over == 0 {
			break
		}
		if worst == "" {
			if !strict {
				break
			}
			strict = false
			continue
		}
		e, _ := pl.byID(worst)
		fixed[worst] = step(e, fixed[worst])
	}
	return fixed
}

// shorter returns a fixed dose one step shorter: a set fewer, then a
// lighter dose per set down to half the catalog's work.
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

// weeks makes the plan's n weeks, numbered on from w0.
func (pl *planning) weeks(n int) {
	last := pl.w0 + n
	for w := pl.w0 + 1; w <= last; w++ {
		b := blockOf(w)
		lim := pl.limits(w)
		if weekInBlock(w) == 1 || w == pl.w0+1 {
			pl.prog = pl.choose(b, lim.hi, weekInBlock(w) == 1, w+BlockWeeks-weekInBlock(w) <= last)

			for _, m := range pl.prog.missing {
				pl.miss(m)
			}
			pl.releaseSaid = pl.releaseSaid || pl.prog.missingRelease
			pl.courses = pl.startCourses(pl.prog)
			pl.fixed = pl.fixedDoses(pl.prog, pl.courses)
		}
		pl.dose(w, last, lim, pl.frame(b, pl.prog, pl.fixed))
		wk := pl.week(w)
		if weekInBlock(w) == 3 {
			pl.top = wk.PlanHSE
			for i := range pl.courses {
				pl.courses[i].top = pl.courses[i].level
			}
		}
		pl.plan.Weeks = append(pl.plan.Weeks, wk)
		for d := range 7 {
			pl.before[d] = wk.Days[d].PlanHSE
		}
		nextWeek(pl.courses)
	}
	if len(pl.plan.Weeks) < 3 && pl.cont == nil {
		pl.top = pl.lastHSE()
	}
}

// limits returns the range of plan volume for week w.
func (pl *planning) limits(w int) limits {
	switch {
	case w == 1:
		return limits{0, pl.first}
	case w == pl.w0+1 && pl.cont != nil:
		l := weekLimits(pl.p, w, blockOf(pl.w0+1), pl.cont.lastHSE, pl.top, pl.cont.startHSE)
		// The first week of gluteplan next starts at most where the log
		// (and soreness today, rule 5) lets it.
		if pl.cont.startHSE < l.hi {
			// Soreness or the log wants it lighter still: they win over a
			// lighter week's lower bound.
			l.hi, l.lo = pl.cont.startHSE, 0
		}
		return l
	}
	return weekLimits(pl.p, w, blockOf(pl.w0+1), pl.lastHSE(), pl.top, pl.plan.Weeks[0].PlanHSE)
}

// dose sets the courses of week w of n within lim (rules 3 to 5, 7): down
// to fit, then up as far as the week allows. Week 3 of a block that goes
// on to its deload rises only as far as leaves a deload possible: the
// deload comes before the rise.
func (pl *planning) dose(w, n int, lim limits, f *frame) {
	start := cloneCourses(pl.courses)
	if !fit(pl.courses, f, lim.lo, lim.hi, w, true, false) && isDeload(w) {
		// Rule 3 cannot be held: say so, and what would make it possible.
		pl.warn(pl.say.Sayf("Week %d is lighter than the weeks before it, but not by as much as a lighter week should be: the doses in it "+
			"cannot come down in steps small enough. More minutes or more days a week would give the plan room to do it.", w))
	}
	if weekInBlock(w) != 3 || w == n || deloadable(pl.courses, f) {
		return
	}
	hi := weekHSE(pl.courses)
	for range 10 {
		hi *= 0.9
		cs := cloneCourses(start)
		if !fit(cs, f, lim.lo, hi, w, false, true) {
			return // a lighter week 3 would leave exercises out: keep it
		}
		if deloadable(cs, f) {
			pl.courses = cs
			return
		}
	}
}

// fit brings the courses of week w within lo to hi and reports whether
// they fit. It tries, in order, cuts that keep more of the rules: one
// change an exercise (rule 3) before any change; the same sets every day
// before sets that differ by day (rule 13 allows it); and, when drop
// allows, leaving an exercise out of some sessions (load rules come before
// the shape of the routine), never the hip-abductor work gluteal
// tendinopathy asks for (rule 9). Then it rises as far as the week allows.
func fit(cs []course, f *frame, lo, hi float64, w int, drop, oneOnly bool) bool {
	type way struct {
		one, perDay, drop, all bool
	}
	ways := []way{{true, false, false, false}, {true, true, false, false}, {true, true, true, false}, {true, true, true, true},
		{false, false, false, false}, {false, true, false, false}, {false, true, true, false}, {false, true, true, true}}
	// A lighter week looks at every combination first, aiming at the
	// middle of its range.
	// A lighter week aims at the middle of its range; another week that
	// must come down, as high as it may stay.
	aim := hi
	if isDeload(w) {
		aim = (lo + hi) / 2
	}
	ok := excess(cs, f, hi) == 0 && weekHSE(cs) >= lo-eps
	if !ok && w > 1 {
		ok = lighterWeek(cs, f, lo, hi, aim, false, false) ||
			drop && (lighterWeek(cs, f, lo, hi, aim, true, false) || lighterWeek(cs, f, lo, hi, aim, true, true))
	}
	for _, x := range ways {
		if ok {
			break
		}
		if (x.drop && !drop) || (x.one && w == 1) || (oneOnly && !x.one && w > 1) {
			continue
		}
		try := cloneCourses(cs)
		f.perDay, f.floor, f.dropAll = x.perDay, 1, x.all
		if x.drop {
			f.floor = 0
		}
		ok = lower(try, f, lo, hi, x.one)
		f.perDay, f.floor, f.dropAll = false, 1, false
		if ok {
			copy(cs, try)
			break
		}
	}
	if !ok && !oneOnly {
		lower(cs, f, lo, hi, false)
	}
	if !isDeload(w) {
		raise(cs, f, hi, w > 1)
	}
	return ok
}

// deloadable reports whether a deload of 50 to 70% can follow the week
// the courses hold, with one change an exercise.
func deloadable(cs []course, f *frame) bool {
	d := cloneCourses(cs)
	nextWeek(d)
	top := weekHSE(d)
	return lower(d, f, DeloadLow*top, DeloadHigh*top, true)
}

func (pl *planning) lastHSE() float64 {
	if n := len(pl.plan.Weeks); n > 0 {
		return pl.plan.Weeks[n-1].PlanHSE
	}
	if pl.cont != nil {
		return pl.cont.lastHSE
	}
	return 0
}

// week writes out week w from the program and the courses.
func (pl *planning) week(w int) Week {
	b := blockOf(w)
	phase := Build
	if isDeload(w) {
		phase = Deload
	}
	cp := weekCap(pl.p, b)
	wk := Week{Week: w, Block: b, Phase: phase, Cap: cp, GymHSE: gymWeek(pl.p), Days: make([]Day, 7)}
	for d, s := range pl.tmpl {
		date := pl.start.AddDate(0, 0, 7*(w-1-pl.w0)+d)
		day := Day{Date: date.Format(DateLayout), Weekday: s.weekday, Session: s.session, Gym: s.activity != nil, Items: []Item{}}
		if s.activity != nil {
			k := s.activity.Kind
			day.Activity = &k
		}
		tenth := 0
		for _, e := range pl.prog.routines[s.session] {
			it, ok := pl.item(e, d, w)
			if !ok {
				continue
			}
			day.Items = append(day.Items, it)
			day.PlanHSE += it.PlanHSE
			tenth += ItemTenths(it.Sets, it.Reps, it.Seconds, it.HoldSeconds, it.RestSeconds, it.PerSide)
		}
		day.Minutes = float64(tenth) / 10
		switch {
		case len(day.Items) == 0:
			// Nothing of the catalog suits this kind of session: the
			// warnings say what is missing, and the day is a rest day.
			day.Session = RestDay
		case day.Session == ActivationSession && !slices.ContainsFunc(pl.prog.routines[ActivationSession], func(e *catalog.Exercise) bool { return e.Category == catalog.Activation }):
			// Stretching and release only: a recovery session by what it
			// holds.
			day.Session = RecoverySession
		}
		wk.Days[d] = day
		wk.PlanHSE += day.PlanHSE
	}
	return wk
}

// item is exercise e on day d of week w.
func (pl *planning) item(e *catalog.Exercise, d, w int) (Item, bool) {
	sets, dose := 0, perSet{}
	var c *course
	if fd, ok := pl.fixed[e.ID]; ok {
		sets, dose = fd.sets, fd.d
	}
	for i := range pl.courses {
		if pl.courses[i].e.ID == e.ID {
			c = &pl.courses[i]
			sets, dose = c.sets[d], c.dose()
		}
	}
	if sets == 0 {
		if c != nil {
			pl.warn(pl.leftOut(w, e.Name, c.keep))
		}
		return Item{}, false
	}
	it := Item{
		Exercise: e.ID, Name: e.Name, Category: e.Category,
		Sets: sets, Reps: dose.reps, Seconds: dose.seconds, HoldSeconds: dose.hold,
		PerSide: e.Dose.PerSide, RestSeconds: e.Dose.RestSeconds,
		DoseRatio: dose.ratio(e),
		PlanHSE:   hse(e, sets, dose),
	}
	it.Minutes = float64(ItemTenths(it.Sets, it.Reps, it.Seconds, it.HoldSeconds, it.RestSeconds, it.PerSide)) / 10
	it.Why = pl.why(e, c, pl.tmpl[d], w)
	return it, true
}

// leftOut says that in week w the exercise named name is left out of some
// sessions, keep telling it is the hip-abductor work rule 9 keeps.
func (pl *planning) leftOut(w int, name string, keep bool) string {
	say := pl.say
	switch {
	case keep && isDeload(w):
		return say.Sayf("In week %d, the hip-abductor work (%s) is left out of some sessions: even one set of its strengthening work "+
			"at its lightest was more than a lighter week may hold.", w, name)
	case keep:
		return say.Sayf("In week %d, the hip-abductor work (%s) is left out of some sessions: even one set of its strengthening work "+
			"at its lightest was more than your soreness allows that week.", w, name)
	case isDeload(w):
		return say.Sayf("In week %d, %s is left out of some sessions: even one set of its strengthening work at its lightest "+
			"was more than a lighter week may hold.", w, name)
	}
	return say.Sayf("In week %d, %s is left out of some sessions: even one set of its strengthening work at its lightest "+
		"was more than your soreness allows that week.", w, name)
}
