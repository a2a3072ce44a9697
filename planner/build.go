package planner

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/gluteplan/gluteplan/catalog"
)

// The numbers of the planning rules (SPEC §4) and of the recovery model.
const (
	// HardDayHSE is the plan volume above which a day counts as hard.
	HardDayHSE = 3.0
	// PrimerMaxHSE is the most volume a primer on a gym day may hold.
	PrimerMaxHSE = 1.5
	// MaxItems is the most items a session holds.
	MaxItems = 6
	// WeeklyRise is the most a week's plan volume may rise over the week before.
	WeeklyRise = 1.15
	// DeloadLow and DeloadHigh bound a deload week as shares of week 3 of its block.
	DeloadLow, DeloadHigh = 0.5, 0.7
	// BlockWeeks is the length of a block: three weeks that rise, then a deload.
	BlockWeeks = 4

	// startShare is the share of the weekly room (cap minus gym) that week 1 fills.
	startShare = 0.6
	// hardDayMaxHSE bounds the volume of a hard home session.
	hardDayMaxHSE = 6.0
	// soreDayMaxHSE bounds each day of week 1 when soreness is 7 or more.
	soreDayMaxHSE = 1.0
	// soreShare bounds week 1 when soreness is 4 to 6, as a share of the week at soreness 0.
	soreShare = 0.7
	// maxActivationSets bounds the sets of one activation item.
	maxActivationSets = 4
	// fatigueHalfLife is the half-life, in days, of glute fatigue in the recovery model.
	fatigueHalfLife = 1.0
	// doseSteps is how many weekly dose steps an exercise takes before it
	// moves on to its progression variant.
	doseSteps = 2

	eps = 1e-9
)

// RecoveryCap returns the weekly glute volume, in hard-set equivalents,
// that a person of level l recovers from (SPEC §4 rule 2).
func RecoveryCap(l catalog.Level) float64 {
	switch l {
	case catalog.Intermediate:
		return 16
	case catalog.Advanced:
		return 20
	}
	return 10
}

// BreakEvery returns how often, in minutes, a person should get up from
// sitting (SPEC §4 rules 9 and 10), or 0 when they sit less than 4 hours.
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
	if p.Has(catalog.PiriformisSyndrome) {
		every = 30
	}
	return every
}

// ItemTenths returns the time an item takes, in tenths of a minute rounded
// up: its sets of work (reps of 4 s plus the hold, or seconds; twice for
// each side) plus the rests between sets.
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

// Make makes the plan for profile p from catalog c. The profile must have
// passed [Profile.Check] and screening ([Screen]), and its start must be
// set. The same catalog and profile always give the same plan.
func Make(c *catalog.Catalog, p Profile) (*Plan, error) {
	if probs := p.Check(); len(probs) > 0 {
		return nil, errors.New(strings.Join(probs, "; "))
	}
	if r := Screen(p); r != nil {
		return nil, errors.New("red-flag symptoms: no plan; see Screen")
	}
	if p.Start == "" {
		return nil, errors.New("start: not set")
	}
	start, _ := ParseDate(p.Start)
	b := newBuilder(c, p, start)
	b.plan()
	return b.result(), nil
}

// builder holds the state of one run of the planner.
type builder struct {
	cat   *catalog.Catalog
	p     Profile
	start time.Time
	cap   float64

	byID     map[string]*catalog.Exercise
	excluded map[string]string // id → reason it can never be planned
	used     map[string]bool

	stretches []*catalog.Exercise
	releases  []*catalog.Exercise
	primers   []*catalog.Exercise // activation entries light enough for a primer
	light     []*catalog.Exercise // activation entries with no glute load
	fine      []*catalog.Exercise // the lightest loaded activation entries, lightest first
	tracks    []*track            // activation progression chains with load
	inTrack   map[string]trackPos // where each entry of a track sits

	cursor   map[string]int // rotation cursor per list
	template [7]dayPlan

	weeks    []Week
	warnings []string
	notes    map[string]bool // warnings already given
	prevDays [7]float64      // recovery model: plan volume of the week before, by day
	breaks   MovementBreaks
}

// dayPlan is the shape of one weekday of the weekly template.
type dayPlan struct {
	weekday Weekday
	session Session
	gym     bool
	cap     float64 // most plan HSE the day may hold
}

// trackPos places an entry in a track.
type trackPos struct {
	t *track
	i int
}

// track is a progression chain of activation entries the person may do, with
// how far along it they are.
type track struct {
	chain []*catalog.Exercise
	idx   int // entry in use
	step  int // dose steps taken at that entry
	moved bool
	from  string // id progressed from, for the why
}

func newBuilder(c *catalog.Catalog, p Profile, start time.Time) *builder {
	b := &builder{
		cat:      c,
		p:        p,
		start:    start,
		cap:      RecoveryCap(p.Level),
		byID:     map[string]*catalog.Exercise{},
		inTrack:  map[string]trackPos{},
		excluded: map[string]string{},
		used:     map[string]bool{},
		cursor:   map[string]int{},
		notes:    map[string]bool{},
	}
	// Pain that lasts comes first of all warnings.
	if p := b.p; p.PainDays > 10 {
		b.warn(fmt.Sprintf("Get it checked: your soreness has lasted %d days. Soreness that has not eased after 7 to 10 days "+
			"deserves a visit to a physical therapist or physician. This plan is gentle, but it does not replace that check.", p.PainDays))
	}
	b.sortCatalog()
	b.buildTemplate()
	return b
}

// exclusion returns why entry e can never be planned for this person, or "".
func (b *builder) exclusion(e *catalog.Exercise) string {
	for _, c := range e.Contraindications {
		if b.p.Has(c) {
			return fmt.Sprintf("not advised with %s (the catalog marks it so)", human(string(c)))
		}
	}
	if b.p.Has(catalog.GlutealTendinopathy) && e.Position == catalog.SideLying {
		return "done lying on one side, which presses on the hip tendons: left out for gluteal tendinopathy"
	}
	var missing []string
	for _, q := range e.Equipment {
		if !b.p.Owns(q) {
			missing = append(missing, human(string(q)))
		}
	}
	if len(missing) > 0 {
		return "needs " + strings.Join(missing, " and ") + ": not in your equipment"
	}
	if e.Level.Rank() > b.p.Level.Rank() {
		return fmt.Sprintf("an %s exercise; your level is %s", e.Level, b.p.Level)
	}
	if e.Category != catalog.Activation && e.GluteLoad > 0 {
		// Warm-ups, recovery days and movement breaks must not add volume
		// that the weekly rules do not see.
		return fmt.Sprintf("a %s with a glute load of %s: the plan keeps stretching and release free of training volume",
			human(string(e.Category)), num(e.GluteLoad))
	}
	return ""
}

// sortCatalog sorts the eligible entries into the lists the sessions draw from.
func (b *builder) sortCatalog() {
	var acts []*catalog.Exercise
	for i := range b.cat.Exercises {
		e := &b.cat.Exercises[i]
		b.byID[e.ID] = e
		if r := b.exclusion(e); r != "" {
			b.excluded[e.ID] = r
			continue
		}
		switch e.Category {
		case catalog.DynamicStretch:
			b.stretches = append(b.stretches, e)
		case catalog.MyofascialRelease:
			b.releases = append(b.releases, e)
		case catalog.Activation:
			acts = append(acts, e)
			if e.GluteLoad == 0 {
				b.light = append(b.light, e)
			} else if e.GluteLoad <= 0.5 {
				b.primers = append(b.primers, e)
			}
		}
	}
	// People who sit a lot get hip-flexor work first in the rotation; the
	// walk break is for breaks, not sessions, when other stretches exist.
	if b.p.SittingHours >= 4 {
		slices.SortStableFunc(b.stretches, func(x, y *catalog.Exercise) int {
			return boolRank(!slices.Contains(x.Targets, catalog.HipFlexors)) - boolRank(!slices.Contains(y.Targets, catalog.HipFlexors))
		})
	}
	// Gluteal tendinopathy: isometric holds first.
	if b.p.Has(catalog.GlutealTendinopathy) {
		slices.SortStableFunc(acts, func(x, y *catalog.Exercise) int {
			return boolRank(!isometric(x)) - boolRank(!isometric(y))
		})
		slices.SortStableFunc(b.primers, func(x, y *catalog.Exercise) int {
			return boolRank(!isometric(x)) - boolRank(!isometric(y))
		})
	}
	for _, e := range acts {
		if e.GluteLoad > 0 && e.GluteLoad <= 0.25 {
			b.fine = append(b.fine, e)
		}
	}
	slices.SortStableFunc(b.fine, func(x, y *catalog.Exercise) int { return cmpFloat(x.GluteLoad, y.GluteLoad) })
	b.buildTracks(acts)
}

func boolRank(v bool) int {
	if v {
		return 1
	}
	return 0
}

func isometric(e *catalog.Exercise) bool {
	return e.Dose.HoldSeconds >= 5 || e.Dose.Seconds > 0 || strings.Contains(strings.ToLower(e.Name), "isometric")
}

// buildTracks links the loaded activation entries into progression chains.
func (b *builder) buildTracks(acts []*catalog.Exercise) {
	eligible := map[string]*catalog.Exercise{}
	for _, e := range acts {
		if e.GluteLoad > 0 {
			eligible[e.ID] = e
		}
	}
	isNext := map[string]bool{}
	for _, e := range acts {
		if n, ok := eligible[e.Progression]; ok && e.GluteLoad > 0 && n.ID != e.ID {
			isNext[n.ID] = true
		}
	}
	inTrack := map[string]bool{}
	add := func(head *catalog.Exercise) {
		t := &track{}
		for e := head; e != nil && !inTrack[e.ID]; e = eligible[e.Progression] {
			inTrack[e.ID] = true
			t.chain = append(t.chain, e)
		}
		// Start where the person's level begins: past the entries of
		// easier levels, but not past the last of them.
		for i, e := range t.chain {
			if e.Level.Rank() < b.p.Level.Rank() {
				t.idx = i
			}
		}
		b.tracks = append(b.tracks, t)
		for i, e := range t.chain {
			b.inTrack[e.ID] = trackPos{t, i}
		}
	}
	for _, e := range acts {
		if e.GluteLoad > 0 && !isNext[e.ID] {
			add(e)
		}
	}
	// Entries only reachable through a loop start tracks of their own.
	for _, e := range acts {
		if e.GluteLoad > 0 && !inTrack[e.ID] {
			add(e)
		}
	}
}

// weekdayOf returns the weekday of t.
func weekdayOf(t time.Time) Weekday {
	return Weekdays[(int(t.Weekday())+6)%7]
}

// buildTemplate lays out the weekly template: which days hold which kind of
// session and how much volume each may take. Weeks repeat the same weekdays,
// so one template serves every week, and it is laid out as a cycle so the
// last day of a week and the first of the next obey the same spacing.
func (b *builder) buildTemplate() {
	gym := func(w Weekday) bool { return slices.Contains(b.p.GymDays, w) }
	avail := func(w Weekday) bool { return slices.Contains(b.p.Days, w) }
	for d := range 7 {
		w := weekdayOf(b.start.AddDate(0, 0, d))
		prev := weekdayOf(b.start.AddDate(0, 0, d-1))
		dp := dayPlan{weekday: w, gym: gym(w), session: RestDay}
		switch {
		case dp.gym && avail(w):
			dp.session, dp.cap = PrimerSession, PrimerMaxHSE
		case dp.gym:
		case gym(prev) && avail(w):
			dp.session = RecoverySession
		case avail(w):
			dp.session, dp.cap = ActivationSession, HardDayHSE
		}
		b.template[d] = dp
	}
	// Let the freshest activation days, by the recovery model, be hard
	// days, as long as no neighbour is a gym day or another hard day.
	gymLoad := func(d int) float64 {
		if b.template[(d+7)%7].gym {
			return float64(b.p.GymSets)
		}
		return 0
	}
	type cand struct {
		d       int
		fatigue float64
	}
	var cands []cand
	for d := range 7 {
		if b.template[d].session != ActivationSession {
			continue
		}
		f := 0.0
		for k := 1; k <= 7; k++ {
			f += gymLoad(d-k) * math.Pow(0.5, float64(k)/fatigueHalfLife)
		}
		cands = append(cands, cand{d, f})
	}
	slices.SortStableFunc(cands, func(x, y cand) int {
		switch {
		case x.fatigue < y.fatigue-eps:
			return -1
		case x.fatigue > y.fatigue+eps:
			return 1
		}
		return 0
	})
	hard := func(d int) bool {
		t := b.template[(d+7)%7]
		return t.gym || t.cap > HardDayHSE
	}
	for _, c := range cands {
		if !hard(c.d-1) && !hard(c.d+1) {
			b.template[c.d].cap = hardDayMaxHSE
		}
	}
	// Gym days the person put back to back cannot be moved: say so.
	for d := range 7 {
		if b.template[d].gym && b.template[(d+1)%7].gym {
			b.warn(fmt.Sprintf("Your gym days %s and %s are back to back: two hard glute days in a row leave little time to recover. "+
				"If you can, put a day between them.", b.template[d].weekday, b.template[(d+1)%7].weekday))
			break
		}
	}
}

// warn adds a warning once.
func (b *builder) warn(w string) {
	if !b.notes[w] {
		b.notes[w] = true
		b.warnings = append(b.warnings, w)
	}
}

// human turns an enum value like foam_roller into words.
func human(s string) string { return strings.ReplaceAll(s, "_", " ") }

// pick returns the next entry of list in the rotation named key, skipping
// entries rejected by ok; nil when none is acceptable.
func (b *builder) pick(key string, list []*catalog.Exercise, ok func(*catalog.Exercise) bool) *catalog.Exercise {
	n := len(list)
	for i := range n {
		e := list[(b.cursor[key]+i)%n]
		if ok == nil || ok(e) {
			b.cursor[key] = (b.cursor[key] + i + 1) % n
			return e
		}
	}
	return nil
}
