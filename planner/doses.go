package planner

import (
	"math"

	"github.com/gluteplan/gluteplan/catalog"
)

// perSet is the dose of one set: reps with a hold at the end of each, or
// seconds.
type perSet struct{ reps, hold, seconds int }

// catalogSet is the dose of one set at the catalog's dose.
func catalogSet(e *catalog.Exercise) perSet {
	return perSet{reps: e.Dose.Reps, hold: e.Dose.HoldSeconds, seconds: e.Dose.Seconds}
}

// work is the work of one set in seconds (README "units"): reps × (4 s +
// hold), or seconds.
func (d perSet) work() int {
	if d.reps > 0 {
		return d.reps * (4 + d.hold)
	}
	return d.seconds
}

// ratio is the work of d over the work of one set at e's catalog dose.
func (d perSet) ratio(e *catalog.Exercise) float64 {
	return float64(d.work()) / float64(catalogSet(e).work())
}

// The bounds of a planned dose per set, as shares of the catalog's work
// per set (README "units").
const minRatio, maxRatio = 0.5, 1.5

// ladder returns the doses per set e may be planned at, lightest first,
// and the index of the catalog dose. Each step changes one number: the
// seconds of a timed entry, the hold of an isometric one, the reps of the
// others; every step keeps the work per set within half and one and a half
// times the catalog's.
func ladder(e *catalog.Exercise) (steps []perSet, home int) {
	base := catalogSet(e)
	// up and down vary one number each way: the seconds of a timed entry;
	// for an isometric one the hold going up and the reps going down, so it
	// stays a hold; the reps of the others.
	var up, down func(k int) (perSet, bool)
	switch {
	case base.seconds > 0:
		step := max(5, int(math.Round(float64(base.seconds)/30))*5)
		up = func(k int) (perSet, bool) {
			s := base.seconds + k*step
			return perSet{seconds: s}, s >= 5 && s <= 300
		}
		down = up
	case base.hold >= 10:
		up = func(k int) (perSet, bool) {
			h := base.hold + 5*k
			return perSet{reps: base.reps, hold: h}, h <= 60
		}
		down = func(k int) (perSet, bool) {
			r := base.reps + k
			return perSet{reps: r, hold: base.hold}, r >= 1
		}
	default:
		step := 1
		if base.reps >= 6 {
			step = 2
		}
		up = func(k int) (perSet, bool) {
			r := base.reps + k*step
			return perSet{reps: r, hold: base.hold}, r >= 1 && r <= 50
		}
		down = up
	}
	var below []perSet
	for k := -1; ; k-- {
		d, ok := down(k)
		if !ok || d.ratio(e) < minRatio-eps {
			break
		}
		below = append(below, d)
	}
	// The first step is the least the bounds allow, even when it is a
	// smaller step than the others.
	if low := floorDose(base); low.work() < base.work() && low.ratio(e) >= minRatio-eps &&
		(len(below) == 0 || low.work() < below[len(below)-1].work()) {
		below = append(below, low)
	}
	for i := len(below) - 1; i >= 0; i-- {
		steps = append(steps, below[i])
	}
	home = len(steps)
	steps = append(steps, base)
	for k := 1; ; k++ {
		d, ok := up(k)
		if !ok || d.ratio(e) > maxRatio+eps {
			break
		}
		steps = append(steps, d)
	}
	// Likewise the last step is the most the bounds allow: the exercise's
	// ceiling.
	if top := ceilingDose(base); top.work() > steps[len(steps)-1].work() && top.ratio(e) <= maxRatio+eps {
		steps = append(steps, top)
	}
	return steps, home
}

// floorDose is the lightest dose per set of at least half the catalog's
// work, changing the same number the ladder changes.
func floorDose(base perSet) perSet {
	w := base.work()
	switch {
	case base.seconds > 0:
		return perSet{seconds: max(5, (w+1)/2)}
	}
	return perSet{reps: max(1, (base.reps+1)/2), hold: base.hold}
}

// ceilingDose is the heaviest dose per set within one and a half times the
// catalog's work, changing the same number the ladder changes.
func ceilingDose(base perSet) perSet {
	w := base.work()
	switch {
	case base.seconds > 0:
		return perSet{seconds: min(300, w*3/2)}
	case base.hold >= 10:
		return perSet{reps: base.reps, hold: min(60, (w*3/2)/base.reps-4)}
	}
	return perSet{reps: min(50, base.reps*3/2), hold: base.hold}
}

// Piriformis stretches are held 20 to 30 s a side, 2 to 4 times (rule 9).
const (
	piriformisMinSeconds, piriformisMaxSeconds = 20, 30
	piriformisMinSets, piriformisMaxSets       = 2, 4
)

// piriformisHold returns the dose per set a piriformis stretch e is held
// at: the catalog's seconds brought into 20 to 30, within the ratio bounds;
// ok is false when no such hold exists.
func piriformisHold(e *catalog.Exercise) (perSet, bool) {
	if e.Dose.Seconds == 0 {
		return perSet{}, false
	}
	for _, s := range []int{min(max(e.Dose.Seconds, piriformisMinSeconds), piriformisMaxSeconds), 30, 25, 20} {
		d := perSet{seconds: s}
		if r := d.ratio(e); r >= minRatio-eps && r <= maxRatio+eps {
			return d, true
		}
	}
	return perSet{}, false
}

// ItemTenths returns the time an item takes, in tenths of a minute rounded
// up: its sets of work (reps of 4 s plus the hold, or seconds; twice for
// each side) plus the rests between sets (rule 7).
func ItemTenths(sets, reps, seconds, hold, rest int, perSide bool) int {
	work := seconds
	if reps > 0 {
		work = reps * (4 + hold)
	}
	if perSide {
		work *= 2
	}
	total := sets * work
	if sets > 1 {
		total += (sets - 1) * rest
	}
	return (total + 5) / 6
}

// tenths is the time of sets sets of e at dose d, in tenths of a minute.
func tenths(e *catalog.Exercise, sets int, d perSet) int {
	return ItemTenths(sets, d.reps, d.seconds, d.hold, e.Dose.RestSeconds, e.Dose.PerSide)
}

// hse is the glute volume of sets sets of e at dose d (README "units").
func hse(e *catalog.Exercise, sets int, d perSet) float64 {
	return float64(sets) * e.GluteLoad * d.ratio(e)
}
