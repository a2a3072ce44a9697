package planner

import (
	"math/bits"
	"slices"

	"github.com/gluteplan/gluteplan/catalog"
)

// change is what changed in an exercise from the week before: rule 3
// allows one thing a week, its sets or its dose per set.
type change uint8

const (
	unchanged change = iota
	setsChanged
	doseChanged
	// effortChanged marks an exercise whose effort rises this week (rule
	// 16's "the last 2–3 reps feel hard" after block 1, rule 9's holds from
	// light to strong): that is its one change, so its sets and dose per
	// set hold (rule 3).
	effortChanged
)

// course follows one loaded exercise of a block's routines from week to
// week: its dose per set (the same on every day of a week, rule 13) and its
// sets on each day of the weekly template.
type course struct {
	e      *catalog.Exercise
	ladder []perSet
	level  int
	sets   [7]int // 0 on days whose session does not hold it
	// maxSets is the most sets a session gives it: its dose_max's.
	maxSets int
	// fresh marks an exercise new this week: nothing to compare with.
	fresh   bool
	changed change
	// top and topSets are its dose per set and sets in the block's last
	// build week: the next block returns to them (rule 3), and the exercise
	// moves on to its harder variant after a block that ends at its ceiling.
	top     int
	topSets [7]int
	// keep marks an exercise a session must not leave out (rule 9).
	keep bool
	// steps counts the moves taken this week, to spread changes over the
	// exercises rather than pile them on one.
	steps int
	// rose counts the build weeks of the block in which it rose (a step
	// up its ladder or a set more), so a week's rise goes first to the
	// exercise that rose least: each takes its turn, rather than the one
	// whose step weighs a little more every week (rule 3).
	rose int
	// lastLevel and lastSets are its dose per set and sets in the week
	// before, what this week's one change is counted from (rule 3).
	lastLevel int
	lastSets  [7]int
	// hard says the exercise is done at the higher effort this week:
	// reps "the last 2–3 reps feel hard", holds strong but comfortable
	// (rules 9, 16); lastHard, the week before.
	hard, lastHard bool
	// out marks an exercise the week before did not hold (gluteplan next
	// going on from a build week the plan's last week left it out of): new
	// to the sessions for its effort (rule 16).
	out bool
}

// newCourse starts a fresh course of e at its starting dose, on e's
// ladder, worked out once a run: courses share their ladders, which
// nothing changes.
func (b *basis) newCourse(e *catalog.Exercise) course {
	l, ok := b.ladders[e]
	if !ok {
		l.steps, l.home = ladder(e)
		if b.ladders == nil {
			b.ladders = map[*catalog.Exercise]rungs{}
		}
		b.ladders[e] = l
	}
	return course{e: e, ladder: l.steps, level: l.home, fresh: true, top: l.home, maxSets: min(ceilingSets(e), maxSessionSets)}
}

// rungs is an entry's ladder and its starting step.
type rungs struct {
	steps []perSet
	home  int
}

// maxSessionSets bounds the sets of one exercise in one session, whatever
// a catalog says.
const maxSessionSets = 5

func (c *course) dose() perSet { return c.ladder[c.level] }

// tendonStart starts a tendon hold with gluteal tendinopathy at holds of
// TendonHoldSeconds, the length the trials used (rule 9): held at light
// effort in week 1, the holds build by effort and then by more holds, so
// the week-to-week rise of rule 3 does not keep them short.
func (c *course) tendonStart() {
	for l := c.level; l < len(c.ladder); l++ {
		if c.ladder[l].holds() >= c.dose().holds() && c.ladder[l].holdLength() >= TendonHoldSeconds {
			c.level, c.top = l, l
			return
		}
	}
}

// atCeiling reports whether the exercise ended its last build week at its
// highest dose per set.
func (c *course) atCeiling() bool { return c.top == len(c.ladder)-1 }

// frame holds what bounds each day of a week: its most plan volume, the
// minutes left for loaded work once the session's other items are
// counted, and the dose rule 16 asks of the week.
type frame struct {
	cap    [7]float64
	budget [7]int // tenths of a minute
	// before is the plan volume of each day of the week before, for the
	// recovery model; tmpl gives the activities' load (the run's own
	// template, which never changes).
	before [7]float64
	tmpl   *[7]slot
	// floor is the fewest sets each day's session gives a strengthening
	// item it holds (rule 16): 2 in activation sessions of build weeks,
	// else 1. A way of fitting may cut it to one (cut.oneSet).
	floor [7]int
	// oneSetOK says rule 16 lets the week give one set without a warning.
	oneSetOK bool
	// build marks a build week: doses per set keep rule 16.
	build bool
	// shortHolds lets holds start from 10 s (rule 16, rule 9).
	shortHolds bool
	// keepHolds lets a lighter week take only the options that keep the
	// tendon holds' number and 30 s ([tendonThinned], rule 9).
	keepHolds bool
	// tendon marks a week of the first block with gluteal tendinopathy at
	// soreness 5 or less: its tendon holds keep their length of 30 s or
	// more while anything else can give (rule 9's aim).
	tendon bool
	// memo keeps the lighter weeks a run has searched ([lighterSearch]):
	// once its exercises reach their ceilings, every block asks the same.
	memo *lighterMemo
}

// lighterMemo maps what a lighter-week search was asked to what it found.
type lighterMemo map[lighterKey]lighterFound

// memoCourses is the most courses a search is kept for.
const memoCourses = 8

// lighterKey is everything [lighterSearch] reads: each course but its
// ladder (which its entry decides), the frame without its memo, the
// bounds and the kind of search.
type lighterKey struct {
	n           int
	cs          [memoCourses]courseKey
	f           frame
	lo, hi, aim float64
	rc          reach
	anyFits     bool
}

type courseKey struct {
	e                                *catalog.Exercise
	level, maxSets, top              int
	sets, topSets, lastSets          [7]int
	fresh, keep, hard, lastHard, out bool
	changed                          change
	steps, rose, lastLevel           int
}

// lighterFound is a search's answer: whether it found a lighter week, and
// each course's dose per set, sets and change in it.
type lighterFound struct {
	ok      bool
	level   [memoCourses]int
	sets    [memoCourses][7]int
	changed [memoCourses]change
}

// tendonHold reports whether c is a tendon hold whose length the week f
// keeps (rule 9): an isometric hip-abductor exercise rule 9 keeps, held 30
// s or more.
func (f *frame) tendonHold(c *course) bool {
	return f.tendon && c.keep && isometric(c.e) && c.dose().holdLength() >= TendonHoldSeconds
}

// cut is how far a week may go to fit its bounds, the ways of [fitWays]:
// each lets go of one more of the rules that yield to the load limits
// (README precedence).
type cut struct {
	// oneChange keeps rule 3's one change an exercise a week.
	oneChange bool
	// perDay lets a set come off one day alone (rule 13 allows it where
	// a day's own bounds ask).
	perDay bool
	// oneSet lets a strengthening item down to one set a session, below
	// rule 16's two (a warning names the limit).
	oneSet bool
	// drop lets an exercise leave some sessions, and dropKept even the
	// work rule 9 keeps.
	drop, dropKept bool
	// shorten lets a tendon hold of the first block with gluteal
	// tendinopathy come below 30 s a hold (rule 9's aim).
	shorten bool
}

// least is the fewest sets course c may keep on day d under k.
func (f *frame) least(c *course, d int, k cut) int {
	switch {
	case k.dropKept, k.drop && !c.keep:
		return 0
	case k.oneSet:
		return 1
	}
	return f.floor[d]
}

// fits reports whether step l of c's ladder keeps rule 16 this week.
func (f *frame) fits(c *course, l int) bool {
	return !f.build || doseFits(c.e, c.ladder[l], f.shortHolds)
}

func dayHSE(cs []course, d int) float64 {
	t := 0.0
	for i := range cs {
		if cs[i].sets[d] > 0 {
			t += hse(cs[i].e, cs[i].sets[d], cs[i].dose())
		}
	}
	return t
}

func weekHSE(cs []course) float64 {
	t := 0.0
	for d := range 7 {
		t += dayHSE(cs, d)
	}
	return t
}

func dayTenths(cs []course, d int) int {
	t := 0
	for i := range cs {
		if cs[i].sets[d] > 0 {
			t += tenths(cs[i].e, cs[i].sets[d], cs[i].dose())
		}
	}
	return t
}

// excess measures how far a week breaks its bounds: plan volume over hi,
// over each day's cap, and minutes over each day's budget. 0 means the
// week fits.
func excess(cs []course, f *frame, hi float64) float64 {
	x := max(0, weekHSE(cs)-hi-eps)
	for d := range 7 {
		x += max(0, dayHSE(cs, d)-f.cap[d]-eps)
		if over := dayTenths(cs, d) - f.budget[d]; over > 0 {
			x += float64(over) // a tenth of a minute weighs like a hard set
		}
	}
	return x
}

// move is one step of a week's doses: the dose per set one step up or down
// on every day, or a set more or less on the days of a mask.
type move struct {
	i     int
	days  uint8 // the days whose sets change; 0 for a dose move
	delta int
}

func (m move) kind() change {
	if m.days == 0 {
		return doseChanged
	}
	return setsChanged
}

// allowed reports whether rule 3 lets course c take move m this week: one
// kind of change a week, a dose move one step a week.
func allowed(c *course, m move, oneChange bool) bool {
	if !oneChange || c.fresh {
		return true
	}
	switch c.changed {
	case unchanged:
		return true
	case setsChanged:
		return m.kind() == setsChanged
	case effortChanged:
		// Its doses hold for the effort to rise; where the week must come
		// down, a cut is its one change, and the effort waits.
		return m.delta < 0
	}
	// The dose moved already: it may come down further, but rises one
	// step a week.
	return m.kind() == doseChanged && m.delta < 0
}

func apply(cs []course, m move) {
	c := &cs[m.i]
	if m.days == 0 {
		c.level += m.delta
	}
	for d := range 7 {
		if m.days&(1<<d) != 0 {
			c.sets[d] += m.delta
		}
	}
	if !c.fresh {
		c.changed = m.kind()
	}
	c.steps++
}

func undo(cs []course, m move, was change) {
	c := &cs[m.i]
	if m.days == 0 {
		c.level -= m.delta
	}
	for d := range 7 {
		if m.days&(1<<d) != 0 {
			c.sets[d] -= m.delta
		}
	}
	c.changed = was
	c.steps--
}

// moves lists the steps courses may take in direction dir (+1 or -1)
// under k. A change in sets is the same on every day that holds the
// exercise (rule 13); only where a day's own cap or minutes cannot take it
// (rule 4, rule 7) do days differ.
func moves(cs []course, f *frame, dir int, k cut) []move {
	var out []move
	add := func(m move) {
		if allowed(&cs[m.i], m, k.oneChange) {
			out = append(out, m)
		}
	}
	for i := range cs {
		c := &cs[i]
		// A new exercise starts at its starting dose per set: its first
		// week may lose dose to fit, never gain it. A step lands on a dose
		// rule 16 allows, unless the dose is outside it already.
		// A tendon hold keeps its 30 s while the week has other ways to
		// come down (rule 9).
		keepsLength := dir > 0 || k.shorten || !f.tendonHold(c) || c.ladder[max(0, c.level+dir)].holdLength() >= TendonHoldSeconds
		if l := c.level + dir; l >= 0 && l < len(c.ladder) && !(dir > 0 && c.fresh) && (f.fits(c, l) || !f.fits(c, c.level)) && keepsLength {
			add(move{i: i, delta: dir})
		}
		var all, own uint8
		for d := range 7 {
			if c.sets[d] == 0 {
				continue
			}
			if s := c.sets[d] + dir; s >= f.least(c, d, k) && s <= c.maxSets {
				all |= 1 << d
				c.sets[d] += dir
				fits := dayHSE(cs, d) <= f.cap[d]+eps && dayTenths(cs, d) <= f.budget[d]
				c.sets[d] -= dir
				if (dir > 0) == fits {
					own |= 1 << d // up: the days with room; down: the days over
				}
			}
		}
		// A week holds fewer exercises before thinner routines (README
		// precedence), but only down to what rules 6 and 9 require: the
		// tendon holds rule 9 keeps, and the last strengthening exercise
		// of the week (rule 6), leave their sessions one at a time, as
		// few as the week needs; a week emptied of them could not rise
		// again by 15% steps (rule 3). Where the week lets an exercise
		// change twice, leaving it out of the week is one change, and
		// may come first.
		if all != 0 && !(dir < 0 && k.oneChange && k.perDay && bits.OnesCount8(all) > 1 && emptied(c, all, dir) && (c.keep || alone(cs, i))) {
			add(move{i: i, days: all, delta: dir})
		}
		if own != 0 && own != all {
			add(move{i: i, days: own, delta: dir})
		}
		if k.perDay && dir < 0 {
			for d := range 7 {
				if m := uint8(1 << d); all&m != 0 && all != m && !(c.sets[d] == 1 && fuller(cs, c, d)) {
					add(move{i: i, days: m, delta: dir})
				}
			}
		}
		// Minutes count in tenths, so a step down may leave the sessions
		// no shorter: the first step that does shorten them is a move too,
		// or a week its minutes bound would leave the exercise out rather
		// than hold it lighter (README precedence).
		if l := shorterLevel(c, f); dir < 0 && l >= 0 && l < c.level-1 {
			add(move{i: i, delta: l - c.level})
		}
	}
	return out
}

// shorterLevel returns the highest step of c's ladder below its level
// that a week may take (rule 16) and that makes its sessions shorter, or
// -1.
func shorterLevel(c *course, f *frame) int {
	time := func(l int) int {
		t := 0
		for d := range 7 {
			if c.sets[d] > 0 {
				t += tenths(c.e, c.sets[d], c.ladder[l])
			}
		}
		return t
	}
	now := time(c.level)
	for l := c.level - 1; l >= 0; l-- {
		if (f.fits(c, l) || !f.fits(c, c.level)) && time(l) < now {
			return l
		}
	}
	return -1
}

// fuller reports whether leaving course c out of day d's session would
// leave it in a session that holds fewer exercises than d's: the sessions
// a week cuts are the same ones first, so each holds the routine or the
// routine with exercises left out (rule 13).
func fuller(cs []course, c *course, d int) bool {
	held := func(d int) int {
		n := 0
		for i := range cs {
			if cs[i].sets[d] > 0 {
				n++
			}
		}
		return n
	}
	for o := range 7 {
		if o != d && c.sets[o] == 1 && held(o) < held(d) {
			return true
		}
	}
	return false
}

// alone reports whether course i is the only one the week still holds.
func alone(cs []course, i int) bool {
	for j := range cs {
		if j != i && cs[j].sets != [7]int{} {
			return false
		}
	}
	return true
}

// emptied reports whether a step of delta on the days of mask leaves
// course c out of every session that holds it.
func emptied(c *course, mask uint8, delta int) bool {
	for d := range 7 {
		if c.sets[d] > 0 && (mask&(1<<d) == 0 || c.sets[d]+delta > 0) {
			return false
		}
	}
	return true
}

// lower takes steps down under k until the week fits its bounds, never
// below lo: each time the step that removes the most excess, from the
// exercises that moved least so far, so a week spreads its cuts. In the
// first block with gluteal tendinopathy, while k keeps the tendon holds'
// length, they come down last, so they keep their dose (rule 9). It
// reports whether the week fits.
func lower(cs []course, f *frame, lo, hi float64, k cut) bool {
	for {
		x := excess(cs, f, hi)
		if x == 0 {
			return true
		}
		best, bestX, bestSteps, bestLast := move{}, x, 0, false
		found := false
		for _, m := range moves(cs, f, -1, k) {
			was, steps := cs[m.i].changed, cs[m.i].steps
			last := !k.shorten && f.tendon && cs[m.i].keep && isometric(cs[m.i].e)
			apply(cs, m)
			nx := excess(cs, f, hi)
			ok := weekHSE(cs) >= lo-eps && nx < x-eps
			undo(cs, m, was)
			better := !found || (last != bestLast && !last) ||
				(last == bestLast && (steps < bestSteps || (steps == bestSteps && nx < bestX-eps)))
			if ok && better {
				best, bestX, bestSteps, bestLast, found = m, nx, steps, last, true
			}
		}
		if !found {
			return false
		}
		apply(cs, best)
	}
}

// raise takes steps up while the week fits its bounds: the dose per set
// first, a step a week for each exercise while below its ceiling (a few
// more reps or seconds reads easier than another set), then sets, each to
// the day the recovery model finds least crowded; among exercises that
// moved as often this week, the one that rose in fewer weeks of the block
// first, so each takes its turn. The hip-abductor holds
// that rule 9 keeps come first, so they reach their dose in time.
func raise(cs []course, f *frame, hi float64, oneChange bool) {
	k := cut{oneChange: oneChange}
	for {
		var best move
		bestGain, bestCrowd, found := 0.0, 0.0, false
		bestSteps, bestSets := 0, 0
		base := weekHSE(cs)
		var days [7]float64
		for d := range 7 {
			days[d] = dayHSE(cs, d)
		}
		for _, m := range moves(cs, f, +1, k) {
			was := cs[m.i].changed
			apply(cs, m)
			gain := weekHSE(cs) - base
			fits := excess(cs, f, hi) == 0
			undo(cs, m, was)
			if !fits || gain <= eps {
				continue
			}
			crowd, sets := 0.0, 0
			for d := range 7 {
				if m.days&(1<<d) != 0 {
					crowd += crowding(*f.tmpl, d, &days, &f.before)
					sets = max(sets, cs[m.i].sets[d])
				}
			}
			steps, rose := cs[m.i].steps, cs[m.i].rose
			better := !found
			switch {
			case !found:
			case cs[m.i].keep != cs[best.i].keep:
				better = cs[m.i].keep
			case m.kind() != best.kind():
				better = m.kind() == doseChanged
			case steps != bestSteps:
				better = steps < bestSteps
			case rose != cs[best.i].rose:
				// The exercise that rose in fewer weeks of the block goes
				// first: otherwise the one whose step weighs a little more
				// takes the week's 15% every week, and the others stay at
				// their starting dose all block.
				better = rose < cs[best.i].rose
			default:
				better = cmpMoves(steps, sets, crowd, gain, bestSteps, bestSets, bestCrowd, bestGain) < 0
			}
			if better {
				best, bestGain, bestCrowd, bestSteps, bestSets, found = m, gain, crowd, steps, sets, true
			}
		}
		if !found {
			return
		}
		apply(cs, best)
	}
}

// cmpMoves orders two steps up: first the exercise that moved least this
// week, then the day where it has the fewest sets, then the day the
// recovery model finds least crowded, then the larger gain.
func cmpMoves(steps, sets int, crowd, gain float64, bSteps, bSets int, bCrowd, bGain float64) int {
	switch {
	case steps != bSteps:
		return steps - bSteps
	case sets != bSets:
		return sets - bSets
	case crowd < bCrowd-eps:
		return -1
	case crowd > bCrowd+eps:
		return 1
	case gain > bGain+eps:
		return -1
	case gain < bGain-eps:
		return 1
	}
	return 0
}

// nextWeek readies courses for a new week: what changed is forgotten, and
// nothing is new any more.
func nextWeek(cs []course) {
	for i := range cs {
		cs[i].changed = unchanged
		cs[i].fresh = false
		cs[i].steps = 0
		cs[i].lastLevel, cs[i].lastSets = cs[i].level, cs[i].sets
		cs[i].lastHard = cs[i].hard
		cs[i].out = false
	}
}

func cloneCourses(cs []course) []course { return append([]course(nil), cs...) }

// option is one way a course may stand in a lighter week.
type option struct {
	level int
	sets  [7]int
}

// reach is how far a lighter week may go to bring every exercise down
// (rule 3 comes before rules 13 and 9, README precedence).
type reach uint8

const (
	// inEverySession keeps every exercise in each session it had.
	inEverySession reach = iota
	// outOfSome lets an exercise leave some sessions.
	outOfSome
	// keptOutOfSome lets even the work rule 9 keeps leave some sessions.
	keptOutOfSome
	// outOfTheWeek lets an exercise leave the week, as a last resort, so
	// the others can come down beside it.
	outOfTheWeek
)

// lighterOptions lists the ways course c may come down in a lighter week
// with one change (rule 3): its dose per set a step or more lower, or
// fewer sets, the same cut on every day or one set off some days. Every
// option holds less weekly work than the week before (rule 3: a lighter
// week is lighter for every exercise). How far it may leave its sessions
// is rc's.
func lighterOptions(c *course, rc reach) []option {
	drop, all := rc >= outOfSome, rc >= keptOutOfSome
	var out []option
	// What already changed this week (a session more or fewer, say) is
	// the one thing that may change further.
	if c.fresh || c.changed != setsChanged {
		for l := c.level - 1; l >= 0; l-- {
			out = append(out, option{l, c.sets})
		}
	}
	if c.changed == doseChanged && !c.fresh {
		return out
	}
	var days []int
	for d := range 7 {
		if c.sets[d] > 0 {
			days = append(days, d)
		}
	}
	for k := 1; k < maxSessionSets; k++ {
		s, ok := c.sets, false
		for _, d := range days {
			if s[d]-k >= 1 {
				s[d] -= k
				ok = true
			} else {
				s[d] = 1
			}
		}
		if ok && s != c.sets {
			out = append(out, option{c.level, s})
		}
	}
	for j := 1; j < len(days); j++ {
		s := c.sets
		for _, d := range days[:j] {
			s[d] = max(1, s[d]-1)
		}
		if s != c.sets {
			out = append(out, option{c.level, s})
		}
	}
	if n := weekSets(c.lastSets); !c.fresh && n > 0 && n != weekSets(c.sets) && len(days) > 0 && n <= len(days)*c.maxSets &&
		(n >= len(days) || drop && (!c.keep || all)) {
		// This week holds it in more or fewer sessions than the week
		// before (the days changed): its weekly sets as then, spread over
		// its sessions now, at a lighter dose per set is one change from
		// the week before (rule 3).
		var s [7]int
		for k := range n {
			s[days[k%len(days)]]++
		}
		for l := min(c.level, c.lastLevel) - 1; l >= 0; l-- {
			out = append(out, option{l, s})
		}
	}
	if drop && (!c.keep || all) {
		// Left out of some sessions: only when nothing else will do.
		for j := 1; j < len(days); j++ {
			s := c.sets
			for _, d := range days[:j] {
				s[d] = 0
			}
			out = append(out, option{c.level, s})
		}
	}
	if drop && (!c.keep || all) && !c.fresh && (len(out) == 0 || rc == outOfTheWeek) {
		// Left out of the week: where nothing else is lighter, or as the
		// last resort, where the others cannot come down far enough
		// beside it; the week says so.
		out = append(out, option{c.level, [7]int{}})
	}
	if len(out) == 0 {
		// Nothing lighter is possible: it stays, and the week says so.
		out = append(out, option{c.level, c.sets})
	}
	return out
}

// even reports whether every session that holds an exercise gives it the
// same sets.
func even(sets [7]int) bool {
	n := 0
	for _, s := range sets {
		if s > 0 {
			if n > 0 && s != n {
				return false
			}
			n = s
		}
	}
	return true
}

// dropped counts the sessions an option leaves the course out of.
func dropped(c *course, o option) int {
	n := 0
	for d := range 7 {
		if c.sets[d] > 0 && o.sets[d] == 0 {
			n++
		}
	}
	return n
}

// single counts the sessions in which an option gives the course one set
// where it had two or more: a lighter week keeps two sets of a lighter
// dose before it gives one (rule 16 lists where one set may stand).
func single(c *course, o option) int {
	n := 0
	for d := range 7 {
		if c.sets[d] >= 2 && o.sets[d] == 1 {
			n++
		}
	}
	return n
}

// lighterWeek searches every combination of the courses' lighter options
// for the best week within lo to hi (in the order below: the same
// sessions and sets, two sets before one, near aim), each exercise
// changing one thing (rule 3); as far as rc lets it, an exercise may be
// left out of some sessions (rule 13 gives way to the load limits), as
// few as can be, even the work rule 9 asks for, or out of the week. It reports whether it
// found one, and leaves the courses there when it did.
func lighterWeek(cs []course, f *frame, lo, hi, aim float64, rc reach) bool {
	return lighterSearch(cs, f, lo, hi, aim, rc, false)
}

// lighterPossible reports whether [lighterWeek] would find a lighter week,
// without choosing the best one or changing cs: the first combination that
// fits answers it.
func lighterPossible(cs []course, f *frame, lo, hi float64, rc reach) bool {
	return lighterSearch(cs, f, lo, hi, (lo+hi)/2, rc, true)
}

// lighterSearch is lighterWeek; with anyFits it stops at the first
// combination that fits and leaves cs as it is. A frame with a memo
// answers a search it has made before from it.
func lighterSearch(cs []course, f *frame, lo, hi, aim float64, rc reach, anyFits bool) bool {
	if f.memo == nil || len(cs) > memoCourses {
		return lighterSearchAll(cs, f, lo, hi, aim, rc, anyFits)
	}
	k := lighterKey{n: len(cs), f: *f, lo: lo, hi: hi, aim: aim, rc: rc, anyFits: anyFits}
	k.f.memo = nil
	for i, c := range cs {
		k.cs[i] = courseKey{e: c.e, level: c.level, maxSets: c.maxSets, top: c.top, sets: c.sets, topSets: c.topSets, lastSets: c.lastSets,
			fresh: c.fresh, keep: c.keep, hard: c.hard, lastHard: c.lastHard, out: c.out, changed: c.changed, steps: c.steps, rose: c.rose, lastLevel: c.lastLevel}
	}
	if r, ok := (*f.memo)[k]; ok {
		if r.ok && !anyFits {
			for i := range cs {
				cs[i].level, cs[i].sets, cs[i].changed = r.level[i], r.sets[i], r.changed[i]
			}
		}
		return r.ok
	}
	ok := lighterSearchAll(cs, f, lo, hi, aim, rc, anyFits)
	r := lighterFound{ok: ok}
	for i := range cs {
		r.level[i], r.sets[i], r.changed[i] = cs[i].level, cs[i].sets, cs[i].changed
	}
	(*f.memo)[k] = r
	return ok
}

// lighterSearchAll is lighterSearch without the memo.
func lighterSearchAll(cs []course, f *frame, lo, hi, aim float64, rc reach, anyFits bool) bool {
	opts := make([][]option, len(cs))
	combos := 1
	for i := range cs {
		// Every exercise comes down (rule 3), below its weekly work in the
		// week before too, where this week gives it more sessions (the
		// days changed): one that cannot, cannot make this lighter week.
		c := &cs[i]
		if c.sets == ([7]int{}) {
			// In no session this week: nothing to lighten.
			opts[i] = []option{{c.level, c.sets}}
			continue
		}
		opts[i] = slices.DeleteFunc(lighterOptions(c, rc), func(o option) bool {
			return o.level == c.level && o.sets == c.sets || f.keepHolds && tendonThinned(c, o) ||
				!c.fresh && c.lastSets != ([7]int{}) && weekSets(o.sets)*c.ladder[o.level].work() >= weekSets(c.lastSets)*c.ladder[c.lastLevel].work()
		})
		if len(opts[i]) == 0 {
			return false
		}
		combos *= len(opts[i])
		if combos > 200000 {
			return false // too many to try: the greedy cuts take over
		}
	}
	// What each option brings, worked out once: its glute volume on each
	// day and what it costs, so that each combination only adds them up.
	type scored struct {
		day                                             [7]float64
		tenths                                          [7]int
		drops, short, single, steps, cuts, uneven, thin int
		// off is how far the option's share of the exercise's weekly
		// work lies outside the week's band (50 to 70% of the week
		// before).
		off float64
	}
	top := max(weekHSE(cs), eps)
	low, high, held := lo/top, hi/top, 0
	for i := range cs {
		if weekHSE(cs[i:i+1]) > eps {
			held++
		}
	}
	scores := make([][]scored, len(cs))
	for i := range cs {
		scores[i] = make([]scored, len(opts[i]))
		for j, o := range opts[i] {
			sc := &scores[i][j]
			c := cs[i]
			c.level, c.sets = o.level, o.sets
			for d := range 7 {
				if c.sets[d] > 0 {
					sc.day[d] = hse(c.e, c.sets[d], c.dose())
					sc.tenths[d] = tenths(c.e, c.sets[d], c.dose())
				}
			}
			sc.drops = dropped(&cs[i], o)
			sc.single = single(&cs[i], o)
			if l := cs[i].ladder[o.level].holdLength(); cs[i].keep && isometric(cs[i].e) && l < min(cs[i].dose().holdLength(), TendonHoldSeconds) {
				sc.short = 1 // a tendon hold held shorter than 30 s
			}
			if !even(o.sets) && even(cs[i].sets) {
				sc.uneven = 1 // sets that differ where the week before gave the same
			}
			if was := weekHSE(cs[i : i+1]); was > eps {
				share := weekHSE([]course{c}) / was
				sc.off = (max(0, share-high) + max(0, low-share)) / float64(held)
			}
			if o.level != cs[i].level && !doseFits(cs[i].e, cs[i].ladder[o.level], false) {
				sc.thin = 1 // a dose per set below what works, for a step back to stay at
			}
			sc.steps = cs[i].level - o.level
			for d := range o.sets {
				sc.cuts += cs[i].sets[d] - o.sets[d]
			}
		}
	}
	// The combinations are tried in order, the first exercise's option
	// changing fastest (combination n picks option n mod len(opts[0]) of
	// the first, and so on). rest[i] holds what exercises i and after
	// bring with their options picked, summed once each time one of them
	// changes, so a combination adds only the first exercise's option.
	type sums struct {
		day    [7]float64
		tenths [7]int
	}
	pick := make([]int, len(cs))
	rest := make([]sums, len(cs)+2) // rest[1] is zero with no exercise
	restFrom := func(j int) {
		for i := j; i >= 1; i-- {
			sc := &scores[i][pick[i]]
			for d := range 7 {
				rest[i].day[d] = sc.day[d] + rest[i+1].day[d]
				rest[i].tenths[d] = sc.tenths[d] + rest[i+1].tenths[d]
			}
		}
	}
	restFrom(len(cs) - 1)
	best, bestCost := -1, 0.0
	var bestKey [4]int
	for n := range combos {
		if n > 0 {
			// The next combination: an odometer over the options.
			j := 0
			for pick[j]++; pick[j] == len(opts[j]); pick[j]++ {
				pick[j] = 0
				j++
			}
			restFrom(j)
		}
		drops, short, ones, steps, cuts, uneven, thin, off := 0, 0, 0, 0, 0, 0, 0, 0.0
		var first sums
		if len(cs) > 0 {
			first = sums{scores[0][pick[0]].day, scores[0][pick[0]].tenths}
		}
		t := 0.0
		var days [7]float64
		for d := range 7 {
			days[d] = first.day[d] + rest[1].day[d]
			t += days[d]
		}
		if t < lo-eps || t > hi+eps {
			continue
		}
		// What excess would find, from the sums above.
		over := max(0, t-hi-eps)
		for d := range 7 {
			over += max(0, days[d]-f.cap[d]-eps)
			if n := first.tenths[d] + rest[1].tenths[d]; n > f.budget[d] {
				over += float64(n - f.budget[d])
			}
		}
		if over > 0 {
			continue
		}
		if anyFits {
			return true
		}
		for i := range cs {
			sc := &scores[i][pick[i]]
			drops += sc.drops
			short += sc.short
			ones += sc.single
			uneven += sc.uneven
			thin += sc.thin
			off += sc.off
			steps += sc.steps
			cuts += sc.cuts
		}
		// First the fewest sessions an exercise leaves (rule 13 gives way
		// only to the load limits); then the tendon holds kept at 30 s or
		// more (rule 9: their length is what works for the tendon); then
		// the same sets in every session where the week before gave the
		// same (rule 13: sets differ by day only where a day's own bounds
		// ask); then the fewest sessions brought from two sets or more
		// down to one: a lighter week keeps two sets of fewer reps or
		// shorter holds where its band allows (rule 16 lists where one set
		// may stand), so what follows it keeps two sets with one change
		// (rule 3, README "the next block"). Among those, the week near
		// the middle of its band, each exercise within the band too where
		// it can be (rule 3: the week is lighter for every exercise, not
		// for one or two), with the fewer and smaller cuts, a dose per set
		// that works (rule 16) before one below it.
		key := [4]int{drops, short, uneven, ones}
		cost := abs(t-aim)/max(aim, eps) + off + 0.04*float64(steps) + 0.01*float64(cuts) + 0.2*float64(thin)
		if best < 0 || slices.Compare(key[:], bestKey[:]) < 0 || key == bestKey && cost < bestCost-eps {
			best, bestCost, bestKey = n, cost, key
		}
	}
	if best < 0 {
		return false
	}
	k := best
	for i := range cs {
		o := opts[i][k%len(opts[i])]
		k /= len(opts[i])
		if o.level != cs[i].level {
			cs[i].changed = doseChanged
		} else if o.sets != cs[i].sets {
			cs[i].changed = setsChanged
		}
		cs[i].level, cs[i].sets = o.level, o.sets
	}
	return true
}

// tendonThinned reports whether option o leaves a tendon hold of course
// c (an isometric hip-abductor exercise rule 9 keeps) fewer holds in a
// session than it had, where it had up to 5, or holds shorter than 30 s
// (or than they were): rule 9's aim.
func tendonThinned(c *course, o option) bool {
	if !c.keep || !isometric(c.e) {
		return false
	}
	now, then := c.dose(), c.ladder[o.level]
	for d := range 7 {
		if c.sets[d] > 0 && (o.sets[d]*then.holds() < min(c.sets[d]*now.holds(), TendonHolds) ||
			then.holdLength() < min(now.holdLength(), TendonHoldSeconds)) {
			return true
		}
	}
	return false
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// weekSets is the weekly sets of a course's sets a day.
func weekSets(sets [7]int) int {
	n := 0
	for _, s := range sets {
		n += s
	}
	return n
}

// weeklySets maps each course's exercise to its weekly sets.
func weeklySets(cs []course) map[string]int {
	m := make(map[string]int, len(cs))
	for i := range cs {
		m[cs[i].e.ID] = weekSets(cs[i].sets)
	}
	return m
}
