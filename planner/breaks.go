package planner

import (
	"slices"

	"github.com/gluteplan/gluteplan/catalog"
)

// maxBreakDrills is the most drills a movement break offers (rule 10).
const maxBreakDrills = 3

// BreakMinutes is about how long a movement break lasts (rule 10), as the
// terminal, the PDF and the calendar say it: the walk's 2 minutes, or a
// set of one desk-friendly drill (the calendar's event keeps a minute
// more, to get up and sit down).
const BreakMinutes = 2

// BreakEvery returns how often, in minutes, a person should get up from
// sitting (rules 9 and 10), or 0 when they sit less than 4 hours a day.
func BreakEvery(p Profile) int {
	every := 0
	switch h := p.SittingHours; {
	case h >= 8:
		every = 30
	case h >= 6:
		every = 45
	case h >= 4:
		every = 60
	}
	if every > 0 && p.Has(PiriformisSyndrome) {
		every = 30
	}
	return every
}

// breaks sets the movement breaks (rule 10): a walk first, then a light
// glute squeeze, then a stretch, all desk-friendly and allowed like any
// planned item (rules 8 and 9, as in the first block).
func (r *run) breaks() {
	mb := MovementBreaks{EveryMinutes: BreakEvery(r.p), Exercises: []string{}}
	r.plan.MovementBreaks = mb
	if mb.EveryMinutes == 0 {
		return
	}
	var walks, squeezes, stretches []*catalog.Exercise
	for i := range r.cat.Exercises {
		e := &r.cat.Exercises[i]
		if !BreakDrill(e) || r.out[e.ID] != "" || r.blockOut(e, blockOf(r.firstWeek)) != "" {
			continue
		}
		switch {
		case walk(e):
			walks = append(walks, e)
		case e.Category == catalog.Activation:
			squeezes = append(squeezes, e)
		case stretch(e):
			stretches = append(stretches, e)
		}
	}
	slices.SortStableFunc(squeezes, func(x, y *catalog.Exercise) int { return cmpFloat(x.GluteLoad, y.GluteLoad) })
	stretches = firstWhere(stretches, func(e *catalog.Exercise) bool { return e.Targets[0] == catalog.HipFlexors })
	for i := 0; len(mb.Exercises) < maxBreakDrills && i < len(walks)+len(squeezes)+len(stretches); i++ {
		for _, list := range [][]*catalog.Exercise{walks, squeezes, stretches} {
			if i < len(list) && len(mb.Exercises) < maxBreakDrills {
				mb.Exercises = append(mb.Exercises, list[i].ID)
			}
		}
	}
	if len(mb.Exercises) == 0 {
		r.notes.add(rankProgram, r.say.Sayf("Get up every %d minutes when you sit, and walk for a minute: no desk-friendly drill of the catalog suits you.", mb.EveryMinutes))
	}
	r.plan.MovementBreaks = mb
}

// BreakDrill reports whether the planner may use e as a movement break
// (rule 10), whoever the plan is for: a desk-friendly walk, glute squeeze
// or stretch. The catalog sheet says so on its card.
func BreakDrill(e *catalog.Exercise) bool {
	return e.DeskFriendly && (walk(e) || e.Category == catalog.Activation || stretch(e))
}

// walk reports whether e is a walk of a minute or more.
func walk(e *catalog.Exercise) bool {
	return e.Dose.Seconds >= 60 && e.Category == catalog.DynamicStretch
}
