package planner

import (
	"math"

	"github.com/gluteplan/gluteplan/catalog"
)

// perSet is the dose of one set: reps with a hold at the end of each, or
// seconds.
type perSet struct{ reps, hold, seconds int }

// catalogSet is the dose of one set at the entry's starting dose.
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

// holds is the number of holds a set of d is: one for a timed set, its
// reps for a set of reps (rule 16 counts holds per side).
func (d perSet) holds() int {
	if d.seconds > 0 {
		return 1
	}
	return d.reps
}

// holdLength is how long each hold of d lasts.
func (d perSet) holdLength() int {
	if d.seconds > 0 {
		return d.seconds
	}
	return d.hold
}

// ratio is the work of d over the work of one set at e's starting dose.
func (d perSet) ratio(e *catalog.Exercise) float64 {
	return float64(d.work()) / float64(catalogSet(e).work())
}

// minRatio is the least a planned dose per set may be, as a share of the
// starting dose's work (README "units").
const minRatio = 0.5

// The dose rule 16 asks of a strengthening item in a build week: the
// catalog's numbers, which its validation applies to entries too.
const (
	// MinSets is the fewest sets a strengthening item has in each session
	// of a build week.
	MinSets = catalog.WorkingSets
	// MinReps and MaxReps bound its reps a set; LoadedMinReps is the
	// least for loaded or single-leg entries.
	MinReps, MaxReps, LoadedMinReps = catalog.WorkingRepsMin, catalog.WorkingRepsMax, catalog.WorkingRepsLoaded
	// MinHold and MaxHold bound each hold of an isometric entry;
	// FirstMinHold is the least in week 1 of block 1 with gluteal
	// tendinopathy. MaxHolds is the most holds a set.
	MinHold, MaxHold, FirstMinHold, MaxHolds = catalog.WorkingHoldMin, catalog.WorkingHoldMax, 10, catalog.WorkingHoldsMax
)

// isometric reports whether e is a hold: timed, or held 10 s or more a rep
// at its starting dose.
func isometric(e *catalog.Exercise) bool { return e.Isometric() }

// weighted reports whether e is loaded: it needs a weight or a bench to
// lift from (rule 16 allows it 6 reps a set; rule 9 leaves it out after a
// caesarean).
func weighted(e *catalog.Exercise) bool { return e.Loaded() }

// ceilingSet is the most a set of e may hold: its dose_max, or the
// default ceiling.
func ceilingSet(e *catalog.Exercise) perSet {
	c := e.Ceiling()
	return perSet{reps: c.Reps, hold: c.HoldSeconds, seconds: c.Seconds}
}

// ceilingSets is the most sets a session gives e.
func ceilingSets(e *catalog.Exercise) int { return e.Ceiling().Sets }

// ladder returns the doses per set e may be planned at, lightest first,
// and the index of the starting dose. Each step changes one number: the
// seconds of a timed entry; for an isometric one the hold going up to its
// ceiling and then the reps, and the reps going down; for the others the
// reps, then any hold the ceiling adds. The ladder runs from half the
// starting work per set up to the entry's ceiling (README "units").
func ladder(e *catalog.Exercise) (steps []perSet, home int) {
	base, top := catalogSet(e), ceilingSet(e)
	half := float64(base.work()) * minRatio
	var below []perSet
	switch d := base; {
	case base.seconds > 0:
		for d.seconds -= 5; d.seconds >= 5 && float64(d.work()) >= half-eps; d.seconds -= 5 {
			below = append(below, d)
		}
	case base.hold >= 10:
		for d.reps--; d.reps >= 1 && float64(d.work()) >= half-eps; d.reps-- {
			below = append(below, d)
		}
		d.reps = max(1, d.reps+1)
		for d.hold -= 5; d.hold >= 5 && float64(d.work()) >= half-eps; d.hold -= 5 {
			below = append(below, d)
		}
	default:
		step := repStep(base.reps)
		for d.reps -= step; d.reps >= 1 && float64(d.work()) >= half-eps; d.reps -= step {
			below = append(below, d)
		}
	}
	for i := len(below) - 1; i >= 0; i-- {
		steps = append(steps, below[i])
	}
	home = len(steps)
	steps = append(steps, base)
	d := base
	up := func(next perSet) {
		d = next
		steps = append(steps, d)
	}
	switch {
	case base.seconds > 0:
		for d.seconds < top.seconds {
			up(perSet{seconds: min(top.seconds, d.seconds+secondsStep(d.seconds))})
		}
	case base.hold >= 10:
		for d.hold < top.hold {
			up(perSet{reps: d.reps, hold: min(top.hold, d.hold+5)})
		}
		for d.reps < top.reps {
			up(perSet{reps: d.reps + 1, hold: d.hold})
		}
	default:
		for d.reps < top.reps {
			up(perSet{reps: min(top.reps, d.reps+repStep(d.reps)), hold: d.hold})
		}
		for d.hold < top.hold {
			up(perSet{reps: d.reps, hold: d.hold + 1})
		}
	}
	return steps, home
}

// repStep is how many reps a ladder step adds to a set of reps: two from
// six reps, one below.
func repStep(reps int) int {
	if reps >= 6 {
		return 2
	}
	return 1
}

// secondsStep is how many seconds a ladder step adds to a timed set: 5,
// or a sixth of a long one rounded to 5.
func secondsStep(s int) int { return max(5, int(math.Round(float64(s)/30))*5) }

// doseFits reports whether a set of d keeps rule 16 for a strengthening
// item of e in a build week: 8 to 15 reps (6 for loaded or single-leg
// entries), or, for an isometric entry, 1 to 6 holds of 20 to 45 s
// (from 10 s when shortHolds).
func doseFits(e *catalog.Exercise, d perSet, shortHolds bool) bool {
	if isometric(e) {
		least := MinHold
		if shortHolds {
			least = FirstMinHold
		}
		return d.holds() >= 1 && d.holds() <= MaxHolds && d.holdLength() >= least && d.holdLength() <= MaxHold
	}
	if d.reps == 0 {
		return true // a timed drill that is no hold: rule 16 says nothing of it
	}
	least := MinReps
	if heavy(e) {
		least = LoadedMinReps
	}
	return d.reps >= least && d.reps <= MaxReps
}

// heavy reports whether e's sets may have 6 or 7 reps (rule 16): it works
// against a weight (a dumbbell or a kettlebell) or on one leg, so a few
// reps come near failure. A bench alone adds no weight: a hip thrust from
// a bench with body weight takes 8 reps or more to work, though rule 9
// counts the bench as load after a caesarean ([weighted]).
func heavy(e *catalog.Exercise) bool { return e.SingleLeg() || e.Weighted() }

// Piriformis stretches are held 20 to 30 s a side, 2 to 4 times (rule 9).
const (
	piriformisMinSeconds, piriformisMaxSeconds = 20, 30
	piriformisMinSets, piriformisMaxSets       = 2, 4
)

// piriformisHold returns the dose per set a piriformis stretch e is held
// at: the starting seconds brought into 20 to 30, no less than half the
// starting work; ok is false when no such hold exists.
func piriformisHold(e *catalog.Exercise) (perSet, bool) {
	if e.Dose.Seconds == 0 {
		return perSet{}, false
	}
	for _, s := range []int{min(max(e.Dose.Seconds, piriformisMinSeconds), piriformisMaxSeconds), 30, 25, 20} {
		d := perSet{seconds: s}
		if d.ratio(e) >= minRatio-eps {
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
