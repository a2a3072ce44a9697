package catalog

import (
	"slices"
	"strings"
)

// The limits of the README's rules on doses (rules 3 and 16), as the catalog
// applies them to an entry's dose and its ceiling.
const (
	// CeilingReps and CeilingHoldSeconds bound the default ceiling of an
	// entry without dose_max, and every dose_max of the default catalog:
	// 15 reps a set, holds of 45 s.
	CeilingReps        = 15
	CeilingHoldSeconds = 45
	// CeilingSets is the sets of the default ceiling (more when the
	// starting dose already has more).
	CeilingSets = 3
	// CeilingWork is the default ceiling's work per set, as a multiple of
	// the starting dose's.
	CeilingWork = 1.5
	// IsometricHoldSeconds is the hold per rep from which an entry is
	// isometric.
	IsometricHoldSeconds = 10
)

// Rule 16's doses that work, for a strengthening entry in a build week.
const (
	WorkingSets       = 2  // at least, a session
	WorkingRepsMin    = 8  // reps a set, at least ...
	WorkingRepsLoaded = 6  // ... or this, for loaded or single-leg entries
	WorkingRepsMax    = 15 // and at most
	WorkingHoldsMax   = 6  // holds a set of an isometric entry, 1 to this
	WorkingHoldMin    = 20 // seconds a hold, at least ...
	WorkingHoldMax    = 45 // and at most
)

// secondsPerRep is the time of one rep without its hold, in the README's
// work of a set.
const secondsPerRep = 4

// Work is the work of one set of d, in seconds: reps × (4 s + the hold),
// or the seconds of a timed set (the README's work of a set).
func (d Dose) Work() int {
	if d.Seconds > 0 {
		return d.Seconds
	}
	return d.Reps * (secondsPerRep + d.HoldSeconds)
}

// Strengthening reports whether e is strength work for the glutes: an
// activation entry with a glute load. Rule 16's doses apply to it.
func (e Exercise) Strengthening() bool {
	return e.Category == Activation && e.GluteLoad > 0
}

// Isometric reports whether e is an isometric entry, as the README defines
// it: timed, or holding 10 s or more a rep in its catalog dose.
func (e Exercise) Isometric() bool {
	return e.Dose.Seconds > 0 || e.Dose.HoldSeconds >= IsometricHoldSeconds
}

// Weighted reports whether e works against a weight: it needs a dumbbell
// or a kettlebell, or any one of them. With e's single-leg entries, rule 16
// allows it 6 or 7 reps a set, a few reps coming near failure; a bench
// alone adds no weight.
func (e Exercise) Weighted() bool {
	weight := func(q Equipment) bool { return q == Dumbbell || q == Kettlebell }
	return slices.ContainsFunc(e.Equipment, weight) || slices.ContainsFunc(e.EquipmentAny, weight)
}

// Loaded reports whether e works against a weight or from a bench (rule 9
// leaves it out after a caesarean in block 1): it needs a dumbbell, a
// kettlebell or a bench, or any one of a dumbbell and a kettlebell.
func (e Exercise) Loaded() bool {
	for _, q := range e.Equipment {
		if q == Dumbbell || q == Kettlebell || q == Bench {
			return true
		}
	}
	for _, q := range e.EquipmentAny {
		if q == Dumbbell || q == Kettlebell {
			return true
		}
	}
	return false
}

// singleLegWords mark, in an id or an English name, an entry done on one
// leg at a time.
var singleLegWords = []string{"single-leg", "single leg", "one-leg", "one leg"}

// SingleLeg reports whether e works one leg at a time (rule 16 allows 6 or
// 7 reps a set for it): it stands on one leg, or it is done on each side
// in turn and its id or name says "single-leg" or "one-leg" (a single-leg
// bridge lies on the back, one foot down). Alternating drills (a bridge
// march) and per-side drills on both legs (a clamshell) are not.
func (e Exercise) SingleLeg() bool {
	if e.Position == SingleLegStanding {
		return true
	}
	if !e.Dose.PerSide {
		return false
	}
	id, name := e.ID, strings.ToLower(e.Name)
	for _, w := range singleLegWords {
		if strings.Contains(id, w) || strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// Ceiling returns the most the planner progresses e to: its dose_max, or,
// without one, the default ceiling of the README: at least 3 sets, and one
// and a half times the starting work per set, within 15 reps and 45 s
// holds. An isometric entry spends the extra work on longer holds first,
// any other on more reps first; a timed set grows its seconds. A field
// never falls below the starting dose's, however the limits read.
func (e Exercise) Ceiling() Dose {
	if e.DoseMax != nil {
		return *e.DoseMax
	}
	d := e.Dose
	c := d
	c.Sets = max(d.Sets, CeilingSets)
	work := CeilingWork * float64(d.Work())
	if d.Seconds > 0 {
		c.Seconds = max(d.Seconds, min(CeilingHoldSeconds, int(work)))
		return c
	}
	// holdFor is the longest hold that keeps reps within work.
	holdFor := func(reps int) int {
		return max(d.HoldSeconds, min(CeilingHoldSeconds, int(work/float64(reps))-secondsPerRep))
	}
	repsFor := func(hold int) int {
		return max(d.Reps, min(CeilingReps, int(work/float64(secondsPerRep+hold))))
	}
	if e.Isometric() {
		c.HoldSeconds = holdFor(d.Reps)
		c.Reps = repsFor(c.HoldSeconds)
		return c
	}
	c.Reps = repsFor(d.HoldSeconds)
	if d.HoldSeconds > 0 {
		c.HoldSeconds = holdFor(c.Reps)
	}
	return c
}
