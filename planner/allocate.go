package planner

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/gluteplan/gluteplan/catalog"
)

// crowding is the recovery model's measure of how loaded day d already is:
// the glute volume (gym and plan) of the days around it, counted in full on
// the day itself and halved for each day away, three days either side.
// Fatigue from a hard session fades over about 48 to 72 hours; a set goes
// where crowding is lowest, so volume lands on the freshest days.
func (b *builder) crowding(d int, dayHSE *[7]float64) float64 {
	c := 0.0
	for k := d - 3; k <= d+3; k++ {
		load := 0.0
		if b.template[(k+7)%7].gym {
			load += float64(b.p.GymSets)
		}
		switch {
		case k >= 0 && k < 7:
			load += dayHSE[k]
		case k < 0:
			load += b.prevDays[k+7]
		}
		c += load * math.Pow(0.5, math.Abs(float64(k-d))/fatigueHalfLife)
	}
	return c
}

// allocate gives the week's activation items their sets, one step at a
// time, each step to the freshest day that has room: within the week's
// target, the day's cap and the session's minutes.
func (b *builder) allocate(wk *Week, slots []slot, target float64, caps [7]float64) {
	var dayHSE [7]float64
	total := 0.0
	limit := b.p.Minutes * 10
	// A primer's one light set comes first: it is what the session is for,
	// and it is done fresh, before the gym session.
	for _, s := range slots {
		day := &wk.Days[s.day]
		if day.Session != PrimerSession {
			continue
		}
		it := &day.Items[s.item]
		if total+s.load > target+eps || dayHSE[s.day]+s.load > caps[s.day]+eps {
			continue
		}
		it.Sets++
		if sessionTenths(day) > limit {
			it.Sets--
			continue
		}
		dayHSE[s.day] += s.load
		total += s.load
	}
	for {
		best, bestInc := -1, 0
		bestScore := 0.0
		for i, s := range slots {
			day := &wk.Days[s.day]
			it := &day.Items[s.item]
			if it.Sets >= s.maxSets {
				continue
			}
			incs := []int{1}
			if it.Sets == 0 {
				incs = []int{2, 1}
			}
			for _, inc := range incs {
				add := float64(inc) * s.load
				if total+add > target+eps || dayHSE[s.day]+add > caps[s.day]+eps {
					continue
				}
				it.Sets += inc
				fits := sessionTenths(day) <= limit
				it.Sets -= inc
				if !fits {
					continue
				}
				score := b.crowding(s.day, &dayHSE)
				if best < 0 || score < bestScore-eps ||
					(score < bestScore+eps && it.Sets < wk.Days[slots[best].day].Items[slots[best].item].Sets) {
					best, bestInc, bestScore = i, inc, score
				}
				break
			}
		}
		if best < 0 {
			b.topUp(wk, target-total, caps, &dayHSE)
			return
		}
		s := slots[best]
		wk.Days[s.day].Items[s.item].Sets += bestInc
		dayHSE[s.day] += float64(bestInc) * s.load
		total += float64(bestInc) * s.load
	}
}

// topUp closes what is left of the gap to the week's target with the
// lightest loaded drills, a set of which is a fraction of a hard set: sets
// of heavier exercises come in coarse steps, and without this the weekly
// rise of at most 15% would round down, week after week, at low volumes.
func (b *builder) topUp(wk *Week, gap float64, caps [7]float64, dayHSE *[7]float64) {
	limit := b.p.Minutes * 10
	const why = "A light extra that fine-tunes this week's volume, so it can rise in small steps."
	for _, e := range b.fine {
		if !b.allowed(e, wk.Week) {
			continue
		}
		// A set at a time, each to the least crowded day that has room:
		// more of the drill where it is already planned, or a new item.
		for gap >= e.GluteLoad-eps {
			best, bestAt, bestScore := -1, -1, 0.0
			for d := range wk.Days {
				day := &wk.Days[d]
				if day.Session != ActivationSession || dayHSE[d]+e.GluteLoad > caps[d]+eps {
					continue
				}
				at := slices.IndexFunc(day.Items, func(it Item) bool { return it.Exercise == e.ID })
				switch {
				case at >= 0:
					it := day.Items[at]
					if it.Sets >= max(maxActivationSets, e.Dose.Sets) {
						continue
					}
					it.Sets++
					if sessionTenths(day)-tenths(day.Items[at])+tenths(it) > limit {
						continue
					}
				default:
					it := fixedItem(e, why)
					it.Sets = 1
					if liveItems(day) >= MaxItems || sessionTenths(day)+tenths(it) > limit {
						continue
					}
				}
				if score := b.crowding(d, dayHSE); best < 0 || score < bestScore-eps {
					best, bestAt, bestScore = d, at, score
				}
			}
			if best < 0 {
				break
			}
			day := &wk.Days[best]
			if bestAt >= 0 {
				day.Items[bestAt].Sets++
			} else {
				it := fixedItem(e, why)
				it.Sets = 1
				// Before the release work, which ends a session.
				at := len(day.Items)
				for at > 0 && day.Items[at-1].Category == catalog.MyofascialRelease {
					at--
				}
				day.Items = slices.Insert(day.Items, at, it)
			}
			dayHSE[best] += e.GluteLoad
			gap -= e.GluteLoad
		}
	}
}

// liveItems counts a session's items that have sets: items the allocation
// left at none are dropped afterwards.
func liveItems(day *Day) int {
	n := 0
	for _, it := range day.Items {
		if it.Sets > 0 {
			n++
		}
	}
	return n
}

// sessionTenths returns a session's minutes in tenths.
func sessionTenths(day *Day) int {
	n := 0
	for _, it := range day.Items {
		if it.Sets > 0 {
			n += tenths(it)
		}
	}
	return n
}

// load returns the glute load per set of entry id.
func (b *builder) load(id string) float64 {
	if e := b.byID[id]; e != nil {
		return e.GluteLoad
	}
	return 0
}

// cleanup removes activation items the allocation gave no sets, gives an
// activation or primer session that lost all its activation a light one
// instead, makes sure the week holds every kind of work it can, and sums
// the week up.
func (b *builder) cleanup(wk *Week) {
	for d := range wk.Days {
		day := &wk.Days[d]
		day.Items = slices.DeleteFunc(day.Items, func(it Item) bool { return it.Sets == 0 })
		if (day.Session == ActivationSession || day.Session == PrimerSession) && !hasCategory(day.Items, catalog.Activation) {
			b.addLight(wk.Week, day)
		}
	}
	b.ensureKinds(wk)
	b.total(wk)
}

func countCategory(items []Item, c catalog.Category) int {
	n := 0
	for _, it := range items {
		if it.Category == c {
			n++
		}
	}
	return n
}

func hasCategory(items []Item, c catalog.Category) bool {
	return slices.ContainsFunc(items, func(it Item) bool { return it.Category == c })
}

// addLight adds an activation entry with no glute load to a session, when
// one is eligible and fits, and reports whether it did.
func (b *builder) addLight(w int, day *Day) bool {
	if len(day.Items) >= MaxItems {
		return false
	}
	e := b.pick("light", b.light, func(e *catalog.Exercise) bool {
		return b.allowed(e, w) && !slices.ContainsFunc(day.Items, func(it Item) bool { return it.Exercise == e.ID })
	})
	if e == nil {
		return false
	}
	why := "Light activation: wakes the glutes up without adding to this week's volume."
	return b.addFitting(day, fixedItem(e, why), 1)
}

// shorten makes the longest item of a session that can be shortened
// shorter by one step, without changing the session's volume: sets of
// loaded exercises stay. It reports whether it found one.
func (b *builder) shorten(day *Day) bool {
	best, bestT := -1, 0
	for i, it := range day.Items {
		loaded := b.load(it.Exercise) > 0
		if loaded {
			it.Sets = 1 // only the reps, seconds and holds may go
		}
		if tt := tenths(day.Items[i]); shrinkable(it) && tt > bestT {
			best, bestT = i, tt
		}
	}
	if best < 0 {
		return false
	}
	it := &day.Items[best]
	if b.load(it.Exercise) > 0 {
		sets := it.Sets
		it.Sets = 1
		shrink(it)
		it.Sets = sets
	} else {
		shrink(it)
	}
	return true
}

// addFitting inserts it into day at position at (or at the end), shrinking
// it until the session fits the minutes; it reports whether it fits.
func (b *builder) addFitting(day *Day, it Item, at int) bool {
	if len(day.Items) >= MaxItems {
		return false
	}
	limit := b.p.Minutes * 10
	for sessionTenths(day)+tenths(it) > limit {
		if !shrinkable(it) {
			return false
		}
		shrink(&it)
	}
	at = min(at, len(day.Items))
	day.Items = slices.Insert(day.Items, at, it)
	return true
}

// ensureKinds makes sure the week holds dynamic stretching, activation and
// release work (SPEC §4 rule 6), and a piriformis release every week for
// piriformis syndrome, adding an item where a session has room.
func (b *builder) ensureKinds(wk *Week) {
	var weekItems []Item
	for _, d := range wk.Days {
		weekItems = append(weekItems, d.Items...)
	}
	addTo := func(e *catalog.Exercise, why string, sessions ...Session) bool {
		if !b.allowed(e, wk.Week) {
			return false
		}
		for d := range wk.Days {
			day := &wk.Days[d]
			if !slices.Contains(sessions, day.Session) || slices.ContainsFunc(day.Items, func(it Item) bool { return it.Exercise == e.ID }) {
				continue
			}
			if b.addFitting(day, fixedItem(e, why), len(day.Items)) {
				return true
			}
			// Make room by shortening the others, keeping their volume.
			old := slices.Clone(day.Items)
			for b.shorten(day) {
				if b.addFitting(day, fixedItem(e, why), len(day.Items)) {
					return true
				}
			}
			day.Items = old
			// Make room by leaving out a second stretch or release of the
			// session: no volume is lost, and the week gains a kind of work.
			for i := len(day.Items) - 1; i >= 0; i-- {
				it := day.Items[i]
				if it.Category == e.Category || it.PlanHSE > 0 || it.Category == catalog.Activation ||
					countCategory(day.Items, it.Category) < 2 {
					continue
				}
				old := slices.Clone(day.Items)
				day.Items = slices.Delete(day.Items, i, i+1)
				if b.addFitting(day, fixedItem(e, why), len(day.Items)) {
					return true
				}
				day.Items = old
			}
		}
		return false
	}
	sessions := []Session{ActivationSession, RecoverySession, PrimerSession}
	if !hasCategory(weekItems, catalog.DynamicStretch) {
		added := false
		for _, e := range b.stretches {
			if b.allowed(e, wk.Week) && addTo(e, "Stretching, so the week holds some mobility work.", sessions...) {
				added = true
				break
			}
		}
		if !added {
			b.warn("Some weeks hold no dynamic stretch: no stretch in the catalog suits your equipment and conditions, " +
				"or the sessions have no room. Hip circles and leg swings need nothing but a wall to lean on.")
		}
	}
	if len(b.releases) > 0 && !hasCategory(weekItems, catalog.MyofascialRelease) {
		added := false
		for _, e := range b.releases {
			if addTo(e, "Release, so the week holds some.", sessions...) {
				added = true
				break
			}
		}
		if !added {
			b.warn("Some weeks hold no release work: the sessions are too short to fit it with the rest. " +
				"A minute on a ball or roller after a session, or in the evening, still helps.")
		}
	}
	if b.p.Has(catalog.PiriformisSyndrome) && !slices.ContainsFunc(weekItems, func(it Item) bool {
		e := b.byID[it.Exercise]
		return e != nil && it.Category == catalog.MyofascialRelease && targetsPiriformis(e)
	}) {
		why := "Piriformis release: every week for piriformis syndrome."
		done := false
		for _, e := range b.releases {
			if targetsPiriformis(e) && addTo(e, why, sessions...) {
				done = true
				break
			}
		}
		// No room for one more item: swap another release for it.
		for d := range wk.Days {
			if done {
				break
			}
			day := &wk.Days[d]
			for i, it := range day.Items {
				if it.Category != catalog.MyofascialRelease {
					continue
				}
				for _, e := range b.releases {
					if !targetsPiriformis(e) || !b.allowed(e, wk.Week) {
						continue
					}
					old := day.Items[i]
					day.Items = slices.Delete(day.Items, i, i+1)
					if b.addFitting(day, fixedItem(e, why), i) {
						done = true
						break
					}
					day.Items = slices.Insert(day.Items, i, old)
				}
				if done {
					break
				}
			}
		}
		if !done && slices.ContainsFunc(b.releases, targetsPiriformis) {
			b.warn("Piriformis syndrome: some weeks hold no piriformis release, because no release for it fits the sessions. " +
				"Sit on a ball for a minute each side after a session or in the evening.")
		}
	}

	if !hasCategory(weekItems, catalog.Activation) {
		added := false
		for d := range wk.Days {
			day := &wk.Days[d]
			if (day.Session == ActivationSession || day.Session == PrimerSession) && b.addLight(wk.Week, day) {
				added = true
				break
			}
		}
		if !added {
			b.warn("Some weeks hold no activation work: every day you have is a gym day or the day after one, " +
				"or no activation exercise suits your equipment and conditions. Your gym sessions do that job.")
		}
	}
}

// total sets the minutes and volume of every item, day and week.
func (b *builder) total(wk *Week) {
	wk.PlanHSE, wk.GymHSE = 0, 0
	for d := range wk.Days {
		day := &wk.Days[d]
		t, hse := 0, 0.0
		for i := range day.Items {
			it := &day.Items[i]
			it.Minutes = float64(tenths(*it)) / 10
			it.PlanHSE = round3(float64(it.Sets) * b.load(it.Exercise))
			t += tenths(*it)
			hse += it.PlanHSE
		}
		day.Minutes = float64(t) / 10
		day.PlanHSE = round3(hse)
		wk.PlanHSE += day.PlanHSE
		if day.Gym {
			wk.GymHSE += float64(b.p.GymSets)
		}
	}
	wk.PlanHSE = round3(wk.PlanHSE)
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// loaded lists the week's items that carry glute volume, as (day, item).
func loaded(wk *Week) [][2]int {
	var out [][2]int
	for d, day := range wk.Days {
		for i, it := range day.Items {
			if it.PlanHSE > 0 {
				out = append(out, [2]int{d, i})
			}
		}
	}
	return out
}

// deloadSets chooses, for the loaded items of a week, fewer sets whose
// volume lies in [lo, hi]: each item cut by about the same share, so every
// session gets lighter, with an exhaustive search as the fallback. It
// reports whether it found such sets.
func deloadSets(wk *Week, lo, hi float64) ([]int, bool) {
	idx := loaded(wk)
	full := make([]int, len(idx))
	per := make([]float64, len(idx))
	for n, di := range idx {
		it := wk.Days[di[0]].Items[di[1]]
		full[n], per[n] = it.Sets, it.PlanHSE/float64(it.Sets)
	}
	sets := make([]int, len(idx))
	total := 0.0
	for n := range sets {
		sets[n] = int(math.Floor(float64(full[n]) * hi))
		total += float64(sets[n]) * per[n]
	}
	ratio := func(n int) float64 { return float64(sets[n]) / float64(full[n]) }
	for total > hi+eps {
		m := -1
		for n := range sets {
			if sets[n] > 0 && (m < 0 || ratio(n) > ratio(m)+eps) {
				m = n
			}
		}
		sets[m]--
		total -= per[m]
	}
	for {
		m := -1
		for n := range sets {
			if sets[n] < full[n] && total+per[n] <= hi+eps && (m < 0 || ratio(n) < ratio(m)-eps) {
				m = n
			}
		}
		if m < 0 {
			break
		}
		sets[m]++
		total += per[m]
	}
	if total >= lo-eps {
		return sets, true
	}
	return searchSets(full, per, lo, hi)
}

// searchSets finds sets, each at most full, whose volume is the largest at
// most hi, and reports whether it reaches lo.
func searchSets(full []int, per []float64, lo, hi float64) ([]int, bool) {
	type state struct {
		total float64
		sets  []int
	}
	states := []state{{0, make([]int, len(full))}}
	for n := range full {
		seen := map[int64]bool{}
		var next []state
		for _, s := range states {
			for k := 0; k <= full[n]; k++ {
				t := s.total + float64(k)*per[n]
				if t > hi+eps {
					break
				}
				key := int64(math.Round(t * 1e6))
				if seen[key] {
					continue
				}
				seen[key] = true
				sets := slices.Clone(s.sets)
				sets[n] = k
				next = append(next, state{t, sets})
			}
		}
		// Keep the search small: the largest totals are the useful ones.
		slices.SortStableFunc(next, func(x, y state) int { return cmpFloat(y.total, x.total) })
		if len(next) > 4000 {
			next = next[:4000]
		}
		states = next
	}
	best := states[0]
	return best.sets, best.total >= lo-eps
}

// makeDeloadable trims week 3 of a block, a set at a time, until a deload
// week of 50 to 70% of it can be made from its sets.
func (b *builder) makeDeloadable(wk *Week) {
	for wk.PlanHSE > 0 {
		// Try the deload, with its top-up, and forget it.
		saved := b.save()
		trial := b.deload(wk.Week+1, *wk)
		b.restore(saved)
		if trial.PlanHSE >= DeloadLow*wk.PlanHSE-1e-3 && trial.PlanHSE <= DeloadHigh*wk.PlanHSE+1e-3 {
			return
		}
		// Take off the set that leaves the most volume a deload can be
		// made from, or else a set of the heaviest item, the coarsest step.
		idx := loaded(wk)
		pick, pickTotal := -1, -1.0
		heaviest := 0
		for n, di := range idx {
			it := &wk.Days[di[0]].Items[di[1]]
			per := it.PlanHSE / float64(it.Sets)
			h := wk.Days[idx[heaviest][0]].Items[idx[heaviest][1]]
			if per > h.PlanHSE/float64(h.Sets)+eps {
				heaviest = n
			}
			it.Sets--
			it.PlanHSE -= per
			rest := wk.PlanHSE - per
			if _, ok := deloadSets(wk, DeloadLow*rest, DeloadHigh*rest); ok && rest > pickTotal+eps {
				pick, pickTotal = n, rest
			}
			it.Sets++
			it.PlanHSE += per
		}
		if pick < 0 {
			pick = heaviest
		}
		wk.Days[idx[pick][0]].Items[idx[pick][1]].Sets--
		b.cleanup(wk)
	}
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

// deload makes deload week w from week 3 of its block: the same sessions
// with fewer sets, 50 to 70% of its volume, so the glutes recover and adapt.
func (b *builder) deload(w int, w3 Week) Week {
	wk := Week{Week: w, Phase: Deload}
	for d, day := range w3.Days {
		day.Items = slices.Clone(day.Items)
		day.Date = b.start.AddDate(0, 0, 7*(w-1)+d).Format(DateLayout)
		wk.Days = append(wk.Days, day)
	}
	sets, _ := deloadSets(&wk, DeloadLow*w3.PlanHSE, DeloadHigh*w3.PlanHSE)
	for n, di := range loaded(&wk) {
		it := &wk.Days[di[0]].Items[di[1]]
		it.Sets = sets[n]
	}
	// Coarse sets leave the deload short of 70%: close the gap with the
	// lightest drills, so the next block does not start lower than it must.
	var dayHSE [7]float64
	total := 0.0
	for d, day := range wk.Days {
		for _, it := range day.Items {
			dayHSE[d] += float64(it.Sets) * b.load(it.Exercise)
		}
		total += dayHSE[d]
	}
	b.topUp(&wk, DeloadHigh*w3.PlanHSE-total, b.dayCaps(), &dayHSE)
	for d := range wk.Days {
		for i := range wk.Days[d].Items {
			it := &wk.Days[d].Items[i]
			if it.Category == catalog.Activation {
				it.Why = deloadWhy + " " + strings.TrimPrefix(it.Why, deloadWhy+" ")
			}
		}
	}
	b.cleanup(&wk)
	return wk
}

const deloadWhy = "Deload week: fewer sets, so the glutes recover and adapt."

// commit records a finished week: entries used and the recovery model's
// days, for the crowding of the next week.
func (b *builder) commit(wk Week) {
	b.weeks = append(b.weeks, wk)
	for d, day := range wk.Days {
		b.prevDays[d] = day.PlanHSE
		for _, it := range day.Items {
			b.used[it.Exercise] = true
		}
	}
}

// movementBreaks returns the rule for breaking up sitting, with up to four
// desk-friendly entries the person may do.
func (b *builder) movementBreaks() MovementBreaks {
	mb := MovementBreaks{EveryMinutes: BreakEvery(b.p), Exercises: []string{}}
	if mb.EveryMinutes == 0 {
		return mb
	}
	// Alternate a light glute drill (a squeeze, as the advice goes) with a
	// stretch, a walk first: both undo what sitting does.
	var acts, strs []*catalog.Exercise
	for i := range b.cat.Exercises {
		e := &b.cat.Exercises[i]
		if !e.DeskFriendly || b.excluded[e.ID] != "" || !b.allowed(e, 1) {
			continue
		}
		switch e.Category {
		case catalog.Activation:
			acts = append(acts, e)
		case catalog.DynamicStretch:
			strs = append(strs, e)
		}
	}
	slices.SortStableFunc(acts, func(x, y *catalog.Exercise) int { return cmpFloat(x.GluteLoad, y.GluteLoad) })
	rank := func(e *catalog.Exercise) int {
		switch {
		case e.Dose.Seconds >= 60:
			return 0 // a walk or another timed break
		case slices.Contains(e.Targets, catalog.HipFlexors):
			return 1
		}
		return 2
	}
	slices.SortStableFunc(strs, func(x, y *catalog.Exercise) int { return rank(x) - rank(y) })
	for i := 0; len(mb.Exercises) < 4 && (i < len(acts) || i < len(strs)); i++ {
		for _, list := range [][]*catalog.Exercise{acts, strs} {
			if i < len(list) && len(mb.Exercises) < 4 {
				mb.Exercises = append(mb.Exercises, list[i].ID)
				b.used[list[i].ID] = true
			}
		}
	}
	if len(mb.Exercises) == 0 {
		b.warn(fmt.Sprintf("Get up every %d minutes when you sit, and walk for a minute: no desk-friendly drill in the catalog suits you.", mb.EveryMinutes))
	}
	return mb
}

// result assembles the plan.
func (b *builder) result() *Plan {
	p := b.p
	p.Schema = ""
	plan := &Plan{
		Profile:        p,
		Start:          b.start.Format(DateLayout),
		End:            b.start.AddDate(0, 0, 7*p.Weeks-1).Format(DateLayout),
		Cap:            b.cap,
		Weeks:          b.weeks,
		MovementBreaks: b.breaks,
		PainRule:       PainRule(),
		RedFlags:       RedFlags(),
		Warnings:       append([]string{}, b.warnings...),
		Excluded:       []Excluded{},
		Exercises:      []catalog.Exercise{},
		Next:           Next{Exercises: []Progress{}},
	}
	for wi := range plan.Weeks {
		w := &plan.Weeks[wi]
		w.Block = (w.Week-1)/BlockWeeks + 1
		w.Cap = b.cap
		for di := range w.Days {
			for ii := range w.Days[di].Items {
				it := &w.Days[di].Items[ii]
				e, _ := b.cat.ByID(it.Exercise)
				it.DoseRatio = doseRatio(e.Dose, it.Reps, it.Seconds, it.HoldSeconds)
			}
		}
	}
	for _, e := range b.cat.Exercises {
		if b.used[e.ID] {
			plan.Exercises = append(plan.Exercises, e)
			continue
		}
		plan.Excluded = append(plan.Excluded, Excluded{Exercise: e.ID, Reason: b.unusedReason(&e)})
	}
	return plan
}

// unusedReason says why an entry is not in the plan.
func (b *builder) unusedReason(e *catalog.Exercise) string {
	if r := b.excluded[e.ID]; r != "" {
		return r
	}
	if !b.allowed(e, b.p.Weeks) {
		return "single-leg standing work waits until week 3 with gluteal tendinopathy, and this plan is shorter"
	}
	if pos, ok := b.inTrack[e.ID]; ok {
		t, i := pos.t, pos.i
		switch {
		case i > t.idx:
			return fmt.Sprintf("a harder step after %s: the plan raises the dose for %d weeks before moving on, and did not get this far",
				t.chain[i-1].Name, doseSteps+1)
		case i < t.idx:
			return fmt.Sprintf("an easier step before %s, where your level starts", t.chain[t.idx].Name)
		case t.moved && i > 0:
			return fmt.Sprintf("the next step after %s, due once that has had its %d weeks of rising doses: after this plan ends",
				t.chain[i-1].Name, doseSteps+1)
		}
	}
	if e.Category == catalog.Activation && e.GluteLoad == 0 {
		return "a light activation kept for weeks with no room for volume; this plan had room"
	}
	return fmt.Sprintf("not needed: other %s entries filled the sessions in rotation", human(string(e.Category)))
}
