package planner

import (
	"math"
	"slices"
	"time"
)

// slot is one weekday of the weekly template: the kind of session it holds
// and the most plan volume it may take.
type slot struct {
	weekday Weekday
	session Session
	// activity is the person's own training that day, or nil; a walk
	// counts as none for the session's kind (rule 18).
	activity *Activity
	// gym marks a day of an activity that counts glute sets.
	gym bool
	// sets is the activity's hard glute sets that day.
	sets float64
	// cap is the most plan volume the day may hold.
	cap float64
}

// hardActivity reports whether the day holds a hard activity: one of
// HardActivitySets or more (rule 4).
func (s slot) hardActivity() bool { return s.sets >= HardActivitySets }

// hard reports whether the day may be a hard day (rule 4).
func (s slot) hard() bool { return s.hardActivity() || s.cap > HardDayHSE }

// template lays out the week (rule 4): a primer on an activity day that is
// one of the person's days, recovery the day after a hard activity,
// activation on the other days the person has, rest on the rest. A walk is
// no training: its day holds the session it would without it (rule 18).
// Day 0 is the plan's first weekday. The template is laid out as a cycle,
// so the last day of a week and the first of the next obey the same
// spacing.
func template(p Profile, acts []Activity, start time.Time) [7]slot {
	var t [7]slot
	isAvail := func(w Weekday) bool { return slices.Contains(p.Days, w) }
	on := func(w Weekday) (Activity, bool) {
		for _, a := range acts {
			if slices.Contains(a.Days, w) {
				return a, true
			}
		}
		return Activity{}, false
	}
	training := func(w Weekday) (Activity, bool) {
		a, ok := on(w)
		return a, ok && a.Kind != Walking
	}
	for d := range 7 {
		w := weekdayOf(start.AddDate(0, 0, d))
		prev := weekdayOf(start.AddDate(0, 0, d-1))
		s := slot{weekday: w, session: RestDay}
		if a, ok := on(w); ok {
			s.activity = &a
		}
		a, trains := training(w)
		if trains {
			s.gym, s.sets = true, float64(a.Sets())
		}
		before, ok := training(prev)
		hardBefore := ok && float64(before.Sets()) >= HardActivitySets
		switch {
		case trains && isAvail(w):
			s.session, s.cap = PrimerSession, PrimerMaxHSE
		case trains:
		case hardBefore && isAvail(w):
			s.session = RecoverySession
		case isAvail(w):
			s.session, s.cap = ActivationSession, HardDayHSE
		}
		t[d] = s
	}
	// The recovery model lets the freshest activation days be hard, as long
	// as no neighbour is a gym day or another hard day.
	type cand struct {
		d       int
		fatigue float64
	}
	var cands []cand
	for d := range 7 {
		if t[d].session != ActivationSession {
			continue
		}
		f := 0.0
		for k := 1; k <= 7; k++ {
			f += t[(d-k+7)%7].sets * decay(k)
		}
		cands = append(cands, cand{d, f})
	}
	slices.SortStableFunc(cands, func(x, y cand) int { return cmpFloat(x.fatigue, y.fatigue) })
	for _, c := range cands {
		if !t[(c.d+6)%7].hard() && !t[(c.d+1)%7].hard() {
			t[c.d].cap = hardDayMaxHSE
		}
	}
	return t
}

// fatigueHalfLife is the half-life, in days, of glute fatigue in the
// recovery model: about a quarter is left after 48 hours and an eighth
// after 72, the time soreness and strength usually take to come back.
const fatigueHalfLife = 1.0

// decay is the share of a day's fatigue left k days later.
func decay(k int) float64 { return math.Pow(0.5, math.Abs(float64(k))/fatigueHalfLife) }

// crowding is how loaded day d of the template already is: the glute volume
// (gym and plan) of the days within three of it, each at its decayed
// weight, the week before included. Sets go where crowding is lowest, so
// volume lands on the freshest days.
func crowding(t [7]slot, d int, day, before *[7]float64) float64 {
	c := 0.0
	for k := d - 3; k <= d+3; k++ {
		load := t[(k+7)%7].sets
		switch {
		case k >= 0 && k < 7:
			load += day[k]
		case k < 0:
			load += before[k+7]
		}
		c += load * decay(k-d)
	}
	return c
}

// dayOfWeek is the time package's day of d, the inverse of weekdayOf; ok
// is false for a value that is no weekday.
func (d Weekday) dayOfWeek() (day time.Weekday, ok bool) {
	n := slices.Index(Weekdays, d)
	return time.Weekday((n + 1) % 7), n >= 0
}

// weekdayOf returns the weekday of t.
func weekdayOf(t time.Time) Weekday {
	return Weekdays[(int(t.Weekday())+6)%7]
}

func cmpFloat(x, y float64) int {
	switch {
	case x < y-eps:
		return -1
	case x > y+eps:
		return 1
	}
	return 0
}
