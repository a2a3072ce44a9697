package planner

import (
	"slices"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// run is one run of the planner over its weeks: the basis, where it
// started, the plan it writes, and the block it is in.
type run struct {
	*basis
	o    origin
	plan *Plan
	// notes gathers the warnings of every stage.
	notes *notes

	// The block being planned: its program, the courses of its loaded
	// exercises, the doses of the rest, and the harder variants it took
	// on (id → the id it replaced).
	prog     *program
	courses  []course
	fixed    map[string]fixedDose
	progress map[string]string
	// others lists, for a harder exercise the block takes on in place of
	// one with no harder variant of its own, the further ones of the same
	// role to try where it does not fit (README "the next block").
	others map[string][]*catalog.Exercise
	// holdsOn maps each tendon hold of gluteal tendinopathy that stays a
	// hold at a block boundary, though done at its highest dose, to the
	// hold that steps on to moving work in its place: one at a time
	// (rule 9, [run.oneHoldOn]).
	holdsOn map[string]string
	// turnTaken maps a moving exercise that took a tendon hold's place at
	// a block boundary before that hold reached its highest dose to the
	// side-hip hold whose turn it took (rule 9, [run.oneHoldOn]).
	turnTaken map[string]string
	// lighters keeps the lighter weeks the run has searched (frame.memo).
	lighters lighterMemo
	// scratch holds the copies of the courses a build week tries and
	// lets go of, reused week after week ([run.scratchCopy]).
	scratch [4][]course
	// holdStep marks a block at whose boundary a tendon hold steps on to
	// moving work: the holds that go on keep 30 s while other work can
	// give, and the plan says where they cannot (rule 9).
	holdStep bool
	// bigStep holds the harder exercises a block tried in place of one at
	// its highest dose and could not fit, with the block (rule 12).
	bigStep map[string]int
	// easier maps an id to the step before it on a progression chain the
	// plan is on, and inUse holds the equipment the plan uses: made when
	// first asked, for the reasons of --explain ([run.easierStep],
	// [run.idleGear]); so are trained, the movements and kinds of work
	// the plan holds ([run.usedWork]).
	easier  map[string]*catalog.Exercise
	inUse   map[catalog.Equipment]bool
	trained *trained

	// top is the plan volume of the last build week (rule 3); before is
	// each day's plan volume in the week before, for the recovery model.
	top    float64
	before [7]float64
	// was is each exercise's weekly sets in the week before, which a
	// step back's second week does not pass (§8).
	was map[string]int
	// settled records the weeks whose doses repeat the week before for
	// a reason the plan states (rule 3's exceptions).
	settled map[int]bool
	// anyMinutes lets the chooser ask whether an entry would fit with no
	// limit on a session's minutes, to name the true reason it does not
	// (rule 12).
	anyMinutes bool
	// fullest holds, once counted, the most different exercises and the
	// most activation exercises any block's sessions held, for the
	// reasons of --explain.
	fullest *[2]int
	// stepOut lists the exercises a step back leaves out of its block
	// (README "the next block"), and thinBack the strengthening items it
	// leaves at one set a session, and when.
	stepOut  []*catalog.Exercise
	thinBack []thinWeek
	// squeezed lists what a block leaves out of its strengthening
	// sessions for the minutes the strengthening work takes as it
	// builds, said once the weeks are dosed ([run.saySqueezed]).
	squeezed []squeezed
}

// sessionTenths is the time a session may take, in tenths of a minute
// (rule 7).
func (r *run) sessionTenths() int {
	if r.anyMinutes {
		return 1 << 30
	}
	return 10 * r.p.Minutes
}

// fixedDose is the dose of an item that does not progress: stretches,
// release, and activation drills that carry no glute load.
type fixedDose struct {
	sets int
	d    perSet
}

// run plans the weeks of o and returns the plan.
func (b *basis) run(o origin) *Plan {
	r := &run{
		basis: b, o: o,
		notes:     &notes{said: map[string]bool{}},
		courses:   cloneCourses(o.courses),
		fixed:     o.fixed,
		progress:  map[string]string{},
		others:    map[string][]*catalog.Exercise{},
		holdsOn:   map[string]string{},
		turnTaken: map[string]string{},
		lighters:  lighterMemo{},
		bigStep:   map[string]int{},
		top:       o.top,
		settled:   map[int]bool{},
	}
	r.plan = &Plan{
		Profile:   b.p,
		Start:     b.start.Format(DateLayout),
		End:       b.start.AddDate(0, 0, 7*o.weeks-1).Format(DateLayout),
		Cap:       RecoveryCap(b.p.Level),
		Weeks:     []Week{},
		PainRule:  PainRule(b.say),
		RedFlags:  RedFlags(b.say, b.p),
		Warnings:  []string{},
		Excluded:  []Excluded{},
		Exercises: []catalog.Exercise{},
		Next:      Next{Exercises: []Progress{}},
		Continues: o.continued,
	}
	for _, n := range o.notes {
		r.notes.add(rankSafety, n)
	}
	last := o.w0 + o.weeks
	for w := o.w0 + 1; w <= last; w++ {
		if w == o.w0+1 || weekInBlock(w) == 1 {
			r.startBlock(w)
		}
		hi := r.limits(w).hi
		r.doseWeek(w)
		r.setEfforts(w)
		wk := r.week(w)
		switch {
		case w == o.w0+1 && o.lighter > 0:
			r.sayThroughout(wk.PlanHSE)
		case w == o.w0+1 && r.steppingBack(w) && wk.PlanHSE > o.first+eps:
			r.sayHoldsAbove()
		case w == o.w0+1 && r.steppingBack(w) && !r.effortEases():
			r.replaceNote(stepBackNote, stepBackNoteSame)
		}
		if r.flat(w) {
			r.sayFlat(w)
		}
		if weekInBlock(w) == 3 {
			r.sayTendonHolds(w, hi)
			r.top = wk.PlanHSE
			for i := range r.courses {
				r.courses[i].top, r.courses[i].topSets = r.courses[i].level, r.courses[i].sets
			}
		}
		r.plan.Weeks = append(r.plan.Weeks, wk)
		for d := range 7 {
			r.before[d] = wk.Days[d].PlanHSE
		}
		r.was = weeklySets(r.courses)
		nextWeek(r.courses)
	}
	if len(r.plan.Weeks) < 3 && o.continued == nil {
		r.top = r.lastHSE()
	}
	r.breaks()
	r.explain()
	return r.plan
}

// startBlock chooses the program of the block week w starts (or
// continues, for the first week of a run), and sets its courses and
// fixed doses going.
func (r *run) startBlock(w int) {
	boundary := weekInBlock(w) == 1
	lighter := w+BlockWeeks-weekInBlock(w) <= r.o.w0+r.o.weeks
	r.prog = r.choose(w, r.limits(w).hi, boundary, lighter)
	for _, m := range r.prog.missing {
		r.notes.add(rankProgram, m)
	}
	before := r.fixed
	r.courses = r.startCourses(r.prog, w)
	oneChangeAtStart(r.courses, w == r.o.w0+1 && r.o.continued != nil && (r.o.continued.Steer == SteerProgress || r.o.continued.Steer == SteerHold))
	r.fixed = r.fixedDoses(r.prog, r.courses, w)
	for _, id := range sortedKeys(r.fixed) {
		if r.fixed[id].sets > 0 {
			continue
		}
		// Name what the item was there for (rules 6, 9) and the true
		// reason (rule 12): an item carried on may not shorten two ways
		// at once (rule 3); a new one does not fit at all.
		e, _ := r.byID(id)
		if _, carried := before[id]; carried {
			r.notes.add(rankWeek, r.say.Sayf("From week %d, %s (%s) is left out of the sessions: it no longer fits in the %d minutes you have "+
				"without changing two things at once.", w, e.NameIn(string(r.p.Lang)), r.roleWords(e), r.p.Minutes))
			continue
		}
		r.notes.add(rankWeek, r.say.Sayf("From week %d, %s (%s) is left out of the sessions: it does not fit in the %d minutes you have "+
			"beside the strengthening work.", w, e.NameIn(string(r.p.Lang)), r.roleWords(e), r.p.Minutes))
	}
}

// roleWords names what an item that does not progress is in the sessions
// for, in the words of the rule that asks for it (rules 6, 9).
func (r *run) roleWords(e *catalog.Exercise) string {
	say := r.say
	switch {
	case PelvicFloorWork(e):
		return say.Say("your pelvic-floor exercise")
	case piriformisWork(e) && r.p.Has(PiriformisSyndrome) && e.Category == catalog.StaticStretch:
		return say.Say("your piriformis stretch")
	case piriformisWork(e) && r.p.Has(PiriformisSyndrome):
		return say.Say("your piriformis release")
	case e.Category == catalog.DynamicStretch:
		return say.Say("your warm-up")
	case e.Category == catalog.StaticStretch:
		return say.Say("a held stretch")
	case e.Category == catalog.MyofascialRelease:
		return say.Say("your release work")
	}
	return say.Say("an activation drill")
}

// loaded reports whether e progresses week to week as a course: an
// activation exercise with a glute load.
func loaded(e *catalog.Exercise) bool { return e.Strengthening() }

// lastHSE is the plan volume of the week before the one being planned.
func (r *run) lastHSE() float64 {
	if n := len(r.plan.Weeks); n > 0 {
		return r.plan.Weeks[n-1].PlanHSE
	}
	return r.o.last
}

// week writes out week w from the program and the courses.
func (r *run) week(w int) Week {
	bl := blockOf(w)
	phase := Build
	if isDeload(w) {
		phase = Deload
	}
	wk := Week{Week: w, Block: bl, Phase: phase, Cap: r.weekCap(bl), GymHSE: gymWeek(r.activities), Days: make([]Day, 7)}
	if r.eases(w) {
		// The week advises easing the person's own training (rules 3, 5
		// and 18, a step back), so its count says what the person is
		// asked to do; the cap is still kept against the full volume.
		wk.GymHSE = easedVolume(r.activities, r.easesAgain(w))
	}
	for d, s := range r.tmpl {
		date := r.start.AddDate(0, 0, 7*(w-1-r.o.w0)+d)
		day := Day{Date: date.Format(DateLayout), Weekday: s.weekday, Session: s.session, Gym: s.activity != nil, Items: make([]Item, 0, len(r.prog.routines[s.session]))}
		if s.activity != nil {
			k := s.activity.Kind
			day.Activity = &k
			if s.activity.Sets() > 0 && r.eases(w) {
				// The day box says what the notes and the week's count
				// ask of it (rule 18): eased, or in the lighter week of
				// a block eased already, eased further (rule 3).
				day.Ease = Eased
				if r.easesAgain(w) {
					day.Ease = EasedFurther
				}
			}
		}
		tenth := 0
		for _, e := range r.prog.routines[s.session] {
			it, ok := r.item(e, d, w)
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
		case day.Session == ActivationSession && !slices.ContainsFunc(r.prog.routines[ActivationSession], func(e *catalog.Exercise) bool { return e.Category == catalog.Activation }):
			// Stretching and release only: a recovery session by what it
			// holds.
			day.Session = RecoverySession
		}
		wk.Days[d] = day
		wk.PlanHSE += day.PlanHSE
	}
	if len(r.courses) > 0 && !slices.ContainsFunc(wk.Days, func(d Day) bool {
		return slices.ContainsFunc(d.Items, func(it Item) bool { return it.Category == catalog.Activation })
	}) {
		// Every strengthening exercise left out of every session: say so
		// for the week, not only for each exercise (rule 6).
		if isDeload(w) {
			r.notes.week(w, locale.Key("In %s, the sessions hold no strengthening work: even one set of each exercise at its lightest was more than a lighter week may hold."))
		} else {
			r.notes.week(w, locale.Key("In %s, the sessions hold no strengthening work: even one set of each exercise at its lightest would go past %s."), r.limitWords(w))
		}
	}
	return wk
}

// course returns the course of e in the block, or nil.
func (r *run) course(e *catalog.Exercise) *course {
	for i := range r.courses {
		if r.courses[i].e.ID == e.ID {
			return &r.courses[i]
		}
	}
	return nil
}

// item is exercise e on day d of week w.
func (r *run) item(e *catalog.Exercise, d, w int) (Item, bool) {
	sets, dose := 0, perSet{}
	if fd, ok := r.fixed[e.ID]; ok {
		sets, dose = fd.sets, fd.d
	}
	c := r.course(e)
	if c != nil {
		sets, dose = c.sets[d], c.dose()
	}
	if sets == 0 {
		if c != nil {
			r.leftOut(w, e.NameIn(string(r.p.Lang)), c.keep)
		}
		return Item{}, false
	}
	it := Item{
		Exercise: e.ID, Name: e.NameIn(string(r.p.Lang)), Category: e.Category,
		Sets: sets, Reps: dose.reps, Seconds: dose.seconds, HoldSeconds: dose.hold,
		PerSide: e.Dose.PerSide, RestSeconds: e.Dose.RestSeconds,
		DoseRatio: dose.ratio(e),
		PlanHSE:   hse(e, sets, dose),
	}
	if sets == 1 {
		it.RestSeconds = 0 // no rest between sets when there is one
	}
	it.Minutes = float64(ItemTenths(it.Sets, it.Reps, it.Seconds, it.HoldSeconds, it.RestSeconds, it.PerSide)) / 10
	it.Effort = r.effort(e, r.tmpl[d], w)
	if cue := r.harderCue(e, c, d, w); cue != "" && it.Effort != "" {
		// How to go on at the top dose, where the person reads the effort:
		// on the week pages and in the terminal, not only in the why.
		it.Effort = r.say.Sayf("%s; %s", it.Effort, cue)
	}
	it.Why = r.why(e, c, d, w)
	return it, true
}
