package planner

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/gluteplan/gluteplan/catalog"
)

// plan builds every week in order.
func (b *builder) plan() {
	b.profileWarnings()
	gymWeek := 0.0
	for _, t := range b.template {
		if t.gym {
			gymWeek += float64(b.p.GymSets)
		}
	}
	room := math.Max(0, b.cap-gymWeek)
	if gymWeek > 0 && gymWeek >= b.cap {
		b.warn(fmt.Sprintf("Your gym sessions alone reach your weekly recovery cap (%s of %s hard sets for the glutes), "+
			"so the plan adds no loading work, only light primers, stretching and release. "+
			"Training the glutes more often than they recover is a common cause of soreness that does not go away.",
			num(gymWeek), num(b.cap)))
	}

	var prev float64
	for w := 1; w <= b.p.Weeks; w++ {
		var wk Week
		switch {
		case w%BlockWeeks == 0:
			wk = b.deload(w, b.weeks[w-2])
		case w == 1:
			caps := b.dayCaps()
			target := startShare * room
			switch s := b.p.Soreness; {
			case s >= 7:
				for d := range caps {
					caps[d] = math.Min(caps[d], soreDayMaxHSE)
				}
			case s >= 4:
				// Week 1 holds at most 70% of what it would at soreness 0:
				// build that week, measure it, and throw it away.
				saved := b.save()
				free := b.makeWeek(w, target, caps)
				b.restore(saved)
				target = math.Min(target, soreShare*free.PlanHSE)
			}
			wk = b.makeWeek(w, target, caps)
		default:
			wk = b.makeWeek(w, math.Min(room, WeeklyRise*prev), b.dayCaps())
		}
		if w%BlockWeeks == 3 && w < b.p.Weeks {
			b.makeDeloadable(&wk)
		}
		b.commit(wk)
		prev = wk.PlanHSE
	}
	b.breaks = b.movementBreaks()
}

// profileWarnings gives the warnings that follow from the profile alone,
// most important first.
func (b *builder) profileWarnings() {
	p := b.p
	switch {
	case p.Soreness >= 7:
		b.warn(fmt.Sprintf("Your glutes are very sore today (%d of 10), so week 1 stays light, with no hard day. "+
			"If you also train at the gym, go easy there this week too.", p.Soreness))
	case p.Soreness >= 4:
		b.warn(fmt.Sprintf("Your glutes are sore today (%d of 10), so week 1 holds at most 70%% of its usual volume.", p.Soreness))
	}
	if p.Has(catalog.GlutealTendinopathy) {
		b.warn("Gluteal tendinopathy: do not sleep on the sore side; lying on the other side, put a pillow between your knees.")
		b.warn("Gluteal tendinopathy: avoid crossing your legs when you sit, and stretches that pull the thigh across the body; both press on the tendons.")
		b.warn("Gluteal tendinopathy: stand evenly on both feet rather than hanging on one hip; single-leg standing work waits until week 3.")
	}
	hasRelease := len(b.releases) > 0
	switch {
	case hasRelease:
	case p.Owns(catalog.FoamRoller) || p.Owns(catalog.MassageBall):
		b.warn("No release exercise in the catalog suits your equipment, level and conditions, so the plan holds no release work " +
			"for your foam roller or massage ball. A custom catalog can add one.")
	default:
		b.warn("You have no foam roller or massage ball, so the plan holds no release work. " +
			"A massage ball is cheap and eases a tight piriformis and glutes; a foam roller covers the larger muscles. Either is worth buying.")
	}
	if p.Has(catalog.PiriformisSyndrome) && !slices.ContainsFunc(b.releases, targetsPiriformis) {
		b.warn("Piriformis syndrome: the plan should release the piriformis every week, but that needs a massage ball or a foam roller. " +
			"A massage ball is the one to buy.")
	}
}

func targetsPiriformis(e *catalog.Exercise) bool {
	return slices.Contains(e.Targets, catalog.Piriformis)
}

// dayCaps returns the most plan volume each day of a week may hold.
func (b *builder) dayCaps() [7]float64 {
	var caps [7]float64
	for d, t := range b.template {
		caps[d] = t.cap
	}
	return caps
}

// state is what a dry run of a week changes and must give back: the
// rotation, the tracks, the recovery model's days and the warnings.
type state struct {
	cursor   map[string]int
	tracks   []track
	prevDays [7]float64
	used     map[string]bool
	warnings int
}

func (b *builder) save() state {
	s := state{cursor: map[string]int{}, prevDays: b.prevDays, used: map[string]bool{}, warnings: len(b.warnings)}
	for k, v := range b.cursor {
		s.cursor[k] = v
	}
	for k, v := range b.used {
		s.used[k] = v
	}
	for _, t := range b.tracks {
		s.tracks = append(s.tracks, *t)
	}
	return s
}

func (b *builder) restore(s state) {
	b.cursor, b.prevDays, b.used = s.cursor, s.prevDays, s.used
	for _, w := range b.warnings[s.warnings:] {
		delete(b.notes, w)
	}
	b.warnings = b.warnings[:s.warnings]
	for i := range b.tracks {
		*b.tracks[i] = s.tracks[i]
	}
}

// slot is an activation item whose sets the allocation decides.
type slot struct {
	day     int
	item    int
	load    float64
	maxSets int
	track   *track
}

// makeWeek composes the sessions of build week w and spreads up to target
// plan volume over them, no day above its cap.
func (b *builder) makeWeek(w int, target float64, caps [7]float64) Week {
	wk := Week{Week: w, Phase: Build}
	var slots []slot
	for d := range 7 {
		day, ss := b.composeDay(w, d)
		for _, s := range ss {
			s.day = d
			slots = append(slots, s)
		}
		wk.Days = append(wk.Days, day)
	}
	b.allocate(&wk, slots, target, caps)
	// Tracks done this week take a dose step, and move on to their
	// progression variant after enough of them.
	for _, s := range slots {
		if wk.Days[s.day].Items[s.item].Sets == 0 || s.track == nil {
			continue
		}
		s.track.step++
	}
	for _, t := range b.tracks {
		if t.step > doseSteps && t.idx+1 < len(t.chain) && b.allowed(t.chain[t.idx+1], w+1) {
			t.from = t.chain[t.idx].ID
			t.idx++
			t.step = 0
			t.moved = true
		}
	}
	b.cleanup(&wk)
	return wk
}

// allowed reports whether entry e may be planned in week w.
func (b *builder) allowed(e *catalog.Exercise, w int) bool {
	return !(b.p.Has(catalog.GlutealTendinopathy) && e.Position == catalog.SingleLegStanding && w <= 2)
}

// composeDay lays out the items of day d of week w, with loaded activation
// items at 0 sets: the allocation gives them their sets.
func (b *builder) composeDay(w, d int) (Day, []slot) {
	t := b.template[d]
	date := b.start.AddDate(0, 0, 7*(w-1)+d)
	day := Day{Date: date.Format(DateLayout), Weekday: t.weekday, Session: t.session, Gym: t.gym, Items: []Item{}}
	if t.session == RestDay {
		return day, nil
	}
	m := b.p.Minutes
	today := map[string]bool{}
	fresh := func(e *catalog.Exercise) bool { return !today[e.ID] && b.allowed(e, w) }
	addFixed := func(e *catalog.Exercise, why string) {
		if e == nil || len(day.Items) >= MaxItems {
			return
		}
		today[e.ID] = true
		day.Items = append(day.Items, fixedItem(e, why))
	}
	var slots []slot
	addSlot := func(e *catalog.Exercise, tr *track, why string) {
		if e == nil || len(day.Items) >= MaxItems {
			return
		}
		today[e.ID] = true
		it := fixedItem(e, why)
		if tr != nil {
			it.Reps, it.Seconds, it.HoldSeconds = progressedDose(e.Dose, tr.step)
		}
		it.Sets = 0
		slots = append(slots, slot{item: len(day.Items), load: e.GluteLoad, maxSets: max(maxActivationSets, e.Dose.Sets), track: tr})
		day.Items = append(day.Items, it)
	}

	switch t.session {
	case ActivationSession:
		nStretch, nAct, nRel := 1, 2, 1
		if m >= 15 {
			nStretch = 2
		}
		if m < 10 {
			nAct = 1
		} else if m >= 25 {
			nAct = 3
		}
		if m >= 40 {
			nRel = 2
		}
		for range nStretch {
			addFixed(b.pick("stretch", b.stretches, fresh), "Warm-up: gets the hips moving before the activation work.")
		}
		for range nAct {
			tr := b.pickTrack(w, today)
			if tr == nil {
				break
			}
			e := tr.chain[tr.idx]
			addSlot(e, tr, b.activationWhy(tr))
		}
		for range nRel {
			addFixed(b.pickRelease(w, fresh), "Release to finish: eases tight, sore tissue after the work.")
		}
	case RecoverySession:
		nStretch, nRel := 2, 2
		if m < 10 {
			nStretch, nRel = 1, 1
		}
		if len(b.releases) == 0 {
			nStretch++
		}
		for range nStretch {
			addFixed(b.pick("stretch", b.stretches, fresh), "Gentle mobility the day after your gym session: moves the hips without loading them.")
		}
		for range nRel {
			addFixed(b.pickRelease(w, fresh), "Release the day after your gym session: helps the glutes recover.")
		}
	case PrimerSession:
		addFixed(b.pick("stretch", b.stretches, fresh), "Warm-up before your gym session.")
		n := 1
		if m >= 15 {
			n = 2
		}
		for range n {
			e := b.pick("primer", b.primers, fresh)
			if e == nil {
				break
			}
			addSlot(e, nil, "Primer before your gym session: wakes the glutes up so they, not the lower back or hamstrings, do the work, without tiring them.")
		}
	}
	slots = b.fit(&day, slots)
	return day, slots
}

// fixedItem is an item of entry e at the catalog's dose.
func fixedItem(e *catalog.Exercise, why string) Item {
	return Item{
		Exercise:    e.ID,
		Name:        e.Name,
		Category:    e.Category,
		Sets:        e.Dose.Sets,
		Reps:        e.Dose.Reps,
		Seconds:     e.Dose.Seconds,
		HoldSeconds: e.Dose.HoldSeconds,
		PerSide:     e.Dose.PerSide,
		RestSeconds: e.Dose.RestSeconds,
		Why:         strings.TrimSpace(why + " " + e.Why),
	}
}

// pickTrack returns the next activation track in the rotation whose entry
// may be done in week w and is not already in today's session.
func (b *builder) pickTrack(w int, today map[string]bool) *track {
	n := len(b.tracks)
	for i := range n {
		t := b.tracks[(b.cursor["track"]+i)%n]
		e := t.chain[t.idx]
		if !today[e.ID] && b.allowed(e, w) {
			b.cursor["track"] = (b.cursor["track"] + i + 1) % n
			return t
		}
	}
	return nil
}

// pickRelease returns the next release entry, a piriformis one first each
// week for piriformis syndrome.
func (b *builder) pickRelease(w int, ok func(*catalog.Exercise) bool) *catalog.Exercise {
	if b.p.Has(catalog.PiriformisSyndrome) && b.cursor["piriformis-week"] != w {
		e := b.pick("piriformis", b.releases, func(e *catalog.Exercise) bool { return targetsPiriformis(e) && ok(e) })
		if e != nil {
			b.cursor["piriformis-week"] = w
			return e
		}
	}
	return b.pick("release", b.releases, ok)
}

// activationWhy says why a track's exercise is in a session this week.
func (b *builder) activationWhy(t *track) string {
	switch {
	case t.step == 0 && t.from != "":
		return fmt.Sprintf("Activation, the next step after %s, whose dose you have built up.", b.name(t.from))
	case t.step > 0:
		return "Activation, with a little more than last time: the dose rises before the exercise gets harder."
	}
	return "Activation: strengthens the glutes so they carry the load that tires them when they are weak."
}

func (b *builder) name(id string) string {
	if e := b.byID[id]; e != nil {
		return e.Name
	}
	return id
}

// progressedDose returns the reps, seconds and hold of dose d after s weekly
// steps: two more reps, a second more hold or five more seconds a step, up
// to half as much again as the catalog's dose.
func progressedDose(d catalog.Dose, s int) (reps, secs, hold int) {
	reps, secs, hold = d.Reps, d.Seconds, d.HoldSeconds
	if reps > 0 {
		reps = min(50, reps+2*s, max(reps, reps*3/2))
		if hold > 0 {
			hold = min(60, hold+s, max(hold+1, hold*3/2))
		}
	} else {
		secs = min(300, secs+5*s, max(secs, secs*3/2))
	}
	return reps, secs, hold
}

// tenths returns an item's minutes in tenths.
func tenths(it Item) int {
	return ItemTenths(it.Sets, it.Reps, it.Seconds, it.HoldSeconds, it.RestSeconds, it.PerSide)
}

// dayTenths returns a session's minutes in tenths, counting activation
// items at one set at least so that the allocation has room for them.
func dayTenths(day *Day, slots []slot) int {
	n := 0
	for i, it := range day.Items {
		if it.Sets == 0 && isSlot(slots, i) {
			it.Sets = 1
		}
		n += tenths(it)
	}
	return n
}

func isSlot(slots []slot, item int) bool {
	for _, s := range slots {
		if s.item == item {
			return true
		}
	}
	return false
}

// fit shrinks a session until it fits the person's minutes: fewer sets of
// the fixed items, then shorter ones, then fewer items (the last added
// kinds first, but never the only activation item).
func (b *builder) fit(day *Day, slots []slot) []slot {
	limit := b.p.Minutes * 10
	for dayTenths(day, slots) > limit {
		// Shrink the longest fixed item that can still shrink: the
		// activation items have no sets yet, so shorten passes them by.
		if b.shorten(day) {
			continue
		}
		// Shrink activation reps next.
		shrunk := false
		for _, s := range slots {
			it := &day.Items[s.item]
			if it.Reps > 6 {
				it.Reps -= 2
				shrunk = true
				break
			}
			if it.Seconds > 15 {
				it.Seconds -= 5
				shrunk = true
				break
			}
			if it.HoldSeconds > 3 {
				it.HoldSeconds = max(3, it.HoldSeconds-5)
				shrunk = true
				break
			}
		}
		if shrunk {
			continue
		}
		if len(day.Items) <= 1 {
			// Even at its shortest the one item left does not fit.
			day.Items = day.Items[:0]
			return nil
		}
		// Drop the last item of a kind the session holds twice; failing
		// that, the last item that is not the first activation item.
		drop := -1
		for i := len(day.Items) - 1; i >= 0 && drop < 0; i-- {
			if countCategory(day.Items, day.Items[i].Category) > 1 {
				drop = i
			}
		}
		if drop < 0 {
			drop = len(day.Items) - 1
			if len(slots) > 0 && slots[0].item == drop {
				drop--
			}
		}
		day.Items = slices.Delete(day.Items, drop, drop+1)
		kept := slots[:0]
		for _, s := range slots {
			switch {
			case s.item == drop:
				continue
			case s.item > drop:
				s.item--
			}
			kept = append(kept, s)
		}
		slots = kept
	}
	return slots
}

// shrinkable reports whether shrink can make an item shorter.
func shrinkable(it Item) bool {
	return it.Sets > 1 || it.Reps > 5 || it.Seconds > 20 || it.HoldSeconds > 3
}

// shrink makes an item shorter, a step at a time: fewer sets, then fewer
// reps or seconds, then shorter holds.
func shrink(it *Item) {
	switch {
	case it.Sets > 1:
		it.Sets--
	case it.Reps > 5:
		it.Reps = max(5, it.Reps-3)
	case it.Seconds > 20:
		it.Seconds = max(20, it.Seconds-15)
	case it.HoldSeconds > 3:
		it.HoldSeconds = max(3, it.HoldSeconds-5)
	}
}

// num formats a volume without needless decimals: 10, 7.5, 0.25.
func num(x float64) string { return strconv.FormatFloat(round3(x), 'f', -1, 64) }
