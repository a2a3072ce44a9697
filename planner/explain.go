package planner

import (
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// why says in plain words why exercise e is in the session of day d of
// week w (rule 12), and what changed since the week before.
func (r *run) why(e *catalog.Exercise, c *course, d, w int) string {
	say, s := r.say, r.tmpl[d]
	var why string
	before := ""
	if s.activity != nil && s.session == PrimerSession {
		before = activityNoun(say, s.activity.Kind)
	}
	switch e.Category {
	case catalog.DynamicStretch:
		switch {
		case s.session == RecoverySession:
			why = say.Say("Keeps the hips moving the day after your own training.")
		case before != "":
			why = say.Sayf("Warm-up before your %s.", before)
		case e.Targets[0] == catalog.HipFlexors && r.p.SittingHours >= 4:
			why = say.Say("Warm-up that opens the front of the hip, which long sitting tightens, so the glutes can work fully.")
		default:
			why = say.Say("Warm-up: gets the hips moving before the strengthening work.")
		}
	case catalog.StaticStretch:
		switch {
		case piriformisWork(e) && r.p.Has(PiriformisSyndrome):
			why = say.Say("Eases the deep buttock muscle, often tight in piriformis syndrome; hold it gently, never into pain.")
		case slices.Contains(e.Targets, catalog.Piriformis) && r.p.Has(PiriformisSyndrome):
			// A stretch that reaches the piriformis too (with a strap,
			// say) works the big buttock muscle first: it says so, and
			// claims no more for the deep muscle than the guide does.
			why = say.Say("Stretches the big buttock muscle gently, without pressing on the outer hip; hold it gently, never into pain.")
		case s.session == RecoverySession:
			why = say.Say("A gentle held stretch for a recovery day: ease into it and never into pain.")
		default:
			why = say.Say("A held stretch to finish, while the muscles are warm.")
		}
	case catalog.MyofascialRelease:
		if piriformisWork(e) && r.p.Has(PiriformisSyndrome) {
			why = say.Say("Eases the buttock muscles, often tight in piriformis syndrome, away from the sciatic nerve.")
		} else {
			why = say.Say("Eases tension in tight spots of the glutes and hips.")
		}
	case catalog.Activation:
		switch {
		case PelvicFloorWork(e):
			why = say.Say("Rebuilds the pelvic floor after giving birth, the base the glutes and tummy work from.")
		case hingeDrill(e) && s.session == PrimerSession:
			why = say.Sayf("Practises the hip hinge before your %s: squats and deadlifts done from the hips put the work on the glutes.", before)
		case hingeDrill(e):
			why = say.Say("Practises the hip hinge: squats and deadlifts done from the hips put the work on the glutes.")
		case before != "":
			why = say.Sayf("Warms up the glutes before your %s, with little load.", before)
		case e.GluteLoad == 0 && movementOf(e) == singleLeg:
			why = say.Say("Trains balance on one leg: the side glutes learn to hold the pelvis level, as they must with every step.")
		case e.GluteLoad == 0:
			why = say.Say("Keeps the glutes working without adding load while they recover.")
		case r.p.Has(GlutealTendinopathy) && abductor(e) && isometric(e):
			why = say.Say("Strengthens the side of the hip with a hold, without movement: sore hip tendons usually tolerate holds well.")
		case abductor(e):
			why = say.Say("Strengthens the side of the hip, which steadies the pelvis when you stand and walk.")
		default:
			why = say.Say("Strengthens the glutes so they share the work again.")
		}
		if from := r.progress[e.ID]; from != "" && weekInBlock(w) == 1 {
			if side := r.turnTaken[e.ID]; side != "" {
				// Rule 9: the side-hip hold's turn to step on.
				why += " " + say.Sayf("A step on from %s: with gluteal tendinopathy, moving work starts with the big buttock muscle, while %s stays a hold.", r.name(from), r.name(side))
			} else if x, ok := r.byID(from); ok && !loaded(x) {
				// A drill of no glute load keeps one dose: a block done at
				// it is what earns the step (rule 3).
				why += " " + say.Sayf("A step on from %s, which you did through a whole block.", r.name(from))
			} else {
				why += " " + say.Sayf("A step on from %s, which you did at its highest dose.", r.name(from))
			}
		}
		if first := r.holdsOn[e.ID]; first != "" && weekInBlock(w) == 1 {
			// Rule 9: one tendon hold steps on to moving work at a time.
			why += " " + say.Say("It stays a hold this block: with gluteal tendinopathy the holds give way to moving exercises one at a time.")
		}
		if c != nil && w > r.o.w0+1 {
			why += " " + changeWords(say, c, w, d)
		}
		if r.harderCue(e, c, d, w) != "" && c.heldAtTop(d) {
			why += " " + say.Say("It is at its highest dose.")
		}
	}
	if check := TendonCheck(say, e, r.p); check != "" {
		// Rule 9: the pain limit goes with the holds, wherever they are.
		why += " " + check
	}
	if holdsOn(e, r.p) {
		why += " " + say.Say("Hold on to a wall or chair.")
	}
	return strings.TrimSpace(why)
}

// TendonCheck is rule 9's limit on side pain during the hip-abductor work
// and the holds of a person with gluteal tendinopathy (a bridge hold
// loads the side of the hip too), in say, for entry e; "" for other
// entries and people. Every view that doses the holds prints it:
// the terminal with the item's reason, the PDF's program page and guide,
// the calendar's events.
func TendonCheck(say *locale.Language, e *catalog.Exercise, p Profile) string {
	if !p.Has(GlutealTendinopathy) || e.Category != catalog.Activation || len(e.Targets) == 0 || e.GluteLoad <= 0 {
		return ""
	}
	if !abductor(e) && !isometric(e) {
		return ""
	}
	// With piriformis syndrome too, the pain to watch sits deep in the
	// buttock as well (twentieth and twenty-first German readings).
	where := say.Say("at the side of the hip")
	if p.Has(PiriformisSyndrome) {
		where = say.Say("at the side of the hip or deep in the buttock")
	}
	if !isometric(e) {
		// The same limit goes with the side of the hip's moving work,
		// after block 1's holds (rule 9).
		return say.Sayf("Pain %s during this exercise (pain, not the effort of the muscle) should stay at 3 out of 10 or less (if it is above 3 before you start, it should not rise), "+
			"settle within 30 minutes and be no worse than usual the next morning; if it is more, do fewer repetitions or make it easier before you stop it.", where)
	}
	return say.Sayf("Pain %s during a hold (pain, not the effort of the muscle) should stay at 3 out of 10 or less (if it is above 3 before you start, it should not rise), "+
		"settle within 30 minutes and be no worse than usual the next morning; if it is more, use less force first (press or squeeze less hard), then shorten the hold.", where)
}

// changeWords says in say what changed in a course from the week before,
// for its session on day d of the week, read from the doses themselves: a
// change in the week's sets is said where it happens, so a session that
// keeps last week's sets says so.
func changeWords(say *locale.Language, c *course, w, d int) string {
	if isDeload(w) {
		return say.Say("A lighter week on purpose, so the glutes catch up.")
	}
	if c.fresh {
		return ""
	}
	now, was := c.dose(), c.ladder[c.lastLevel]
	if c.hard && !c.lastHard && now == was && c.sets[d] == c.lastSets[d] {
		// The effort rise is the week's one change (rule 3).
		switch {
		case isometric(c.e) && abductor(c.e):
			return say.Say("This week: press a little harder, the holds as long as last week.")
		case isometric(c.e):
			return say.Say("This week: hold a little firmer, the holds as long as last week.")
		}
		return say.Say("This week: the same sets and repetitions, done harder, so the last 2–3 reps feel hard.")
	}
	switch {
	case now.seconds > was.seconds:
		return say.Say("This week: each set a little longer.")
	case now.hold > was.hold && now.hold >= 10:
		return say.Say("This week: each hold a little longer.")
	case now.reps > was.reps:
		return say.Say("This week: a few more repetitions a set.")
	case now.hold > was.hold:
		return say.Say("This week: a slightly longer pause in each repetition.")
	case now != was:
		return say.Say("This week: a little less in each set.")
	}
	switch sets, before := c.sets[d], c.lastSets[d]; {
	case sets == before+1:
		return say.Say("This week: one more set.")
	case sets > before:
		return say.Say("This week: more sets.")
	case sets == before-1:
		return say.Say("This week: one set fewer.")
	case sets < before:
		return say.Say("This week: fewer sets.")
	}
	return say.Say("Same as last week.")
}

// effort says how hard a strengthening item should feel (rule 16), from
// its course's effort this week ([run.setEfforts]): reps "moderate" at the
// lower effort, "the last 2–3 reps feel hard" at the higher; holds light
// to moderate at the lower, strong but comfortable at the higher, the
// tendon holds of gluteal tendinopathy with their number out of 10 (rule
// 9). A line with a number out of 10 names it as effort: the pain scales
// on the same pages count out of 10 too.
func (r *run) effort(e *catalog.Exercise, s slot, w int) string {
	if !loaded(e) || s.session != ActivationSession {
		return ""
	}
	say := r.say
	hard := true
	if c := r.course(e); c != nil {
		hard = c.hard
	}
	switch {
	case isometric(e) && !hard:
		return say.Say("effort: light to moderate, about 3 to 5 out of 10")
	case r.tendonEffort(e):
		return say.Say("effort: strong but comfortable, about 6 to 7 out of 10")
	case isometric(e):
		return say.Say("strong but comfortable")
	case !hard:
		return say.Say("moderate: you could do 4–5 more")
	}
	return say.Say("the last 2–3 reps feel hard")
}

// tendonEffort reports whether e says rule 9's effort for holds with its
// number out of 10: any isometric hold, for a person with gluteal
// tendinopathy (a physiotherapist asked the bridge hold beside the tendon
// holds for the same words as they).
func (r *run) tendonEffort(e *catalog.Exercise) bool {
	return loaded(e) && isometric(e) && r.p.Has(GlutealTendinopathy)
}

// effortTarget reports whether course c is to be done at the higher
// effort in week w (rule 16): reps after block 1, holds from the start
// (the tendon holds of gluteal tendinopathy from week 2 of its first
// block, rule 9). A step back asks for the lighter effort of a start
// through the block it starts in (README "the next block"): fewer reps at
// the same effort would mean a heavier weight, not a step back. So does a
// lighter week for moving work (rule 3: fewer reps at "the last 2–3 reps
// feel hard" would ask for a heavier weight or a firmer band); holds keep
// theirs, with fewer or shorter holds.
func (r *run) effortTarget(c *course, w int) bool {
	switch {
	case r.steppingBack(w):
		return false
	case isDeload(w) && !isometric(c.e):
		return false
	case isometric(c.e):
		// With gluteal tendinopathy every hold of its first week starts
		// light to moderate, the bridge hold too: a physiotherapist found
		// a strong bridge hold beside a gentle wall press in a "gentle
		// start" (rule 9).
		return !(r.p.Has(GlutealTendinopathy) && r.shortHolds(w))
	}
	return blockOf(w) > 1
}

// setEfforts sets the effort of each course in week w, once its doses are
// set. The effort rises as an exercise's one change of the week (rule 3):
// it goes on at the lower effort in a week its sets or dose per set
// change, and rises in a week they hold ([run.reserveEffort] keeps them
// there). New moving work starts at the lower effort, so a new exercise
// is learnt at "moderate" first; a new hold starts where its target is.
func (r *run) setEfforts(w int) { r.effortsOf(r.courses, w) }

// effortsOf sets the effort of each of courses cs in week w, as
// [run.setEfforts] does.
func (r *run) effortsOf(cs []course, w int) {
	for i := range cs {
		c := &cs[i]
		switch {
		case !r.effortTarget(c, w):
			c.hard = false
		case c.fresh || c.out || c.lastSets == [7]int{}:
			// New, or back after a week out of the sessions.
			c.hard = isometric(c.e)
		case c.lastHard:
			c.hard = true
		default:
			c.hard = c.level == c.lastLevel && c.sets == c.lastSets
		}
	}
}

// explain finishes the plan (rule 12): the warnings in order of
// importance, the entries used, why each other entry is left out, and what
// gluteplan next needs.
func (r *run) explain() {
	for _, s := range r.safetyNotes(r.o.lighter > 0) {
		r.notes.add(rankSafety, s)
	}
	for _, s := range r.loadNotes() {
		r.notes.add(rankLoad, s)
	}
	for _, s := range r.conditionNotes() {
		r.notes.add(rankCondition, s)
	}
	for _, s := range r.releaseNotes() {
		r.notes.add(rankProgram, s)
	}
	if weeks := r.weeksWithout(catalog.MyofascialRelease); weeks != "" && !r.releaseSaid() {
		// Rule 6: say so whenever a week holds no release work, unless a
		// warning already speaks of release work.
		r.notes.add(rankProgram, r.say.Sayf("Some weeks hold no release work (%s): no release exercise of the catalog "+
			"suits you in them. A custom catalog can add one.", weeks))
	}
	r.untranslatedNote()
	r.sayThinBack()
	r.saySqueezed()
	r.notes.sayWeekly(r.say)
	r.plan.Warnings = r.notes.texts()

	used := map[string]bool{}
	for _, w := range r.plan.Weeks {
		for _, d := range w.Days {
			for _, it := range d.Items {
				used[it.Exercise] = true
			}
		}
	}
	for _, id := range r.plan.MovementBreaks.Exercises {
		used[id] = true
	}
	group := map[string]int{} // reason → its place in Excluded
	r.plan.Exercises = make([]catalog.Exercise, 0, len(used))
	r.plan.excludedNames = make(map[string]string, len(r.cat.Exercises))
	for i := range r.cat.Exercises {
		e := &r.cat.Exercises[i]
		if used[e.ID] {
			r.plan.Exercises = append(r.plan.Exercises, *e)
			continue
		}
		why := r.unused(e, used)
		g, ok := group[why]
		if !ok {
			g = len(r.plan.Excluded)
			group[why] = g
			r.plan.Excluded = append(r.plan.Excluded, Excluded{Reason: why})
		}
		r.plan.Excluded[g].Exercises = append(r.plan.Excluded[g].Exercises, e.ID)
		r.plan.excludedNames[e.ID] = e.NameIn(string(r.p.Lang))
	}
	r.next()
}

// releaseSaid reports whether a warning already speaks of release work.
func (r *run) releaseSaid() bool {
	if r.prog != nil && r.prog.missingRelease {
		return true
	}
	return len(r.releaseNotes()) > 0
}

// unused says why entry e is not in the plan, given the entries used: the
// true reason, as best the finished plan tells it (rule 12). An entry
// that uses equipment the person got for their glutes and the plan does
// not otherwise use names it, so the person reads why their band, weight
// or bench waits (rule 17).
func (r *run) unused(e *catalog.Exercise, used map[string]bool) string {
	if why := r.out[e.ID]; why != "" {
		return why
	}
	last := r.o.w0 + r.o.weeks
	if why := r.blockOut(e, blockOf(last)); why != "" {
		return why
	}
	why := r.unusedWhy(e, used)
	if gear := r.idleGear(e, used); gear != "" {
		return r.say.Sayf("it would use your %s; %s", gear, why)
	}
	return why
}

// idleGear names the equipment entry e uses that the person got for
// their glutes (not a chair, a wall or a mat) and no exercise of the plan
// uses, or "".
func (r *run) idleGear(e *catalog.Exercise, used map[string]bool) string {
	if r.inUse == nil {
		r.inUse = map[catalog.Equipment]bool{}
		for id := range used {
			if x, ok := r.byID(id); ok {
				for _, q := range append(slices.Clone(x.Equipment), x.EquipmentAny...) {
					r.inUse[q] = true
				}
			}
		}
	}
	var idle []string
	for _, q := range append(slices.Clone(e.Equipment), e.EquipmentAny...) {
		if r.p.Owns(q) && !r.inUse[q] && q != catalog.Chair && q != catalog.Wall && q != catalog.Mat {
			idle = append(idle, valueWords(r.say, q))
		}
	}
	return strings.Join(idle, r.say.Say(" and "))
}

// unusedWhy is why entry e, which the person may do, is not in the plan.
func (r *run) unusedWhy(e *catalog.Exercise, used map[string]bool) string {
	say := r.say
	last := r.o.w0 + r.o.weeks
	if why := r.blockOut(e, blockOf(r.firstWeek)); why != "" && blockOf(last) == blockOf(r.firstWeek) {
		return say.Sayf("%s, and this plan is one block long", why)
	}
	if slices.Contains(r.stepOut, e) {
		return say.Say("left out while your glutes settle: the block that steps back holds fewer exercises")
	}
	if bl, ok := r.bigStep[e.ID]; ok {
		if x := r.easierStep(e.ID, used); x != nil && !loaded(x) {
			return say.Sayf("a harder exercise tried for block %d, in place of one you had done for a whole block: it did not fit beside the exercises you carry on with, as a block starts no harder than the last build week before it", bl)
		}
		return say.Sayf("a harder exercise tried for block %d, in place of one you had done at its highest dose: it did not fit beside the exercises you carry on with, as a block starts no harder than the last build week before it", bl)
	}
	if x := r.easierStep(e.ID, used); x != nil && !loaded(x) {
		// A drill of no glute load keeps one dose (rule 3).
		return say.Sayf("the next step after %s: it follows once that has been done for a whole block", x.NameIn(string(r.p.Lang)))
	}
	if x := r.easierStep(e.ID, used); x != nil {
		return say.Sayf("the next step after %s: it follows once that has been done at its highest dose for a whole block", x.NameIn(string(r.p.Lang)))
	}
	if m := movementOf(e); m != otherMove {
		// Strengthening and balance work are chosen for variety of
		// movement, not only of muscle (docs "How exercises are chosen").
		if r.usedWork(used).moves[m] {
			return say.Sayf("not needed: your program already trains this movement (%s)", movementWords(say, m))
		}
	}
	if k, ok := r.usedWork(used).kinds[kindOf(e)]; ok && (movementOf(e) == otherMove || k.otherMove) {
		return say.Say("not needed: another exercise of its kind for the same muscle is in your program")
	}
	distinct, activation := r.fullestBlock()
	if e.Category == catalog.Activation && activation >= MaxActivation {
		return say.Sayf("not needed: the program keeps to %d strengthening and activation exercises, so each can be learnt well", MaxActivation)
	}
	if distinct >= MaxDistinct {
		return say.Sayf("not needed: the program keeps to %d different exercises besides the movement breaks, so each can be learnt well", MaxDistinct)
	}
	if own, limit, ok := r.ownFills(e); ok {
		// Rule 2's limit, not the sessions, kept it out: say so, and
		// what would make room (rule 12).
		return say.Sayf("it would take your fullest weeks past the safe limit for your glutes: your own training takes about %d of their %d hard sets, "+
			"and the exercises of this plan use most of the rest; with fewer glute sets in your own training it could come in", own, limit)
	}
	return say.Say("it did not fit your sessions: they are full, or it would take them past your minutes or the week's limits")
}

// ownFills reports whether the weekly limit (rule 2) is what keeps
// strengthening entry e out of the plan: in the fullest build week of
// every block the person's own training takes at least half the limit,
// and what it leaves beside the plan's exercises is less than e at its
// starting dose, its sets on each activation day, would add. It gives the
// own training's hard sets and the limit, rounded, of the fullest such
// week.
func (r *run) ownFills(e *catalog.Exercise) (own, limit int, ok bool) {
	if !loaded(e) {
		return 0, 0, false
	}
	add := e.GluteLoad * float64(e.Dose.Sets*max(1, r.sessionDays()[ActivationSession]))
	fullest := map[int]Week{}
	for _, w := range r.plan.Weeks {
		if f, seen := fullest[w.Block]; w.Phase == Build && (!seen || w.PlanHSE+w.GymHSE > f.PlanHSE+f.GymHSE) {
			fullest[w.Block] = w
		}
	}
	for _, bl := range slices.Sorted(maps.Keys(fullest)) {
		w := fullest[bl]
		if w.GymHSE < w.Cap/2 || w.Cap-w.PlanHSE-w.GymHSE >= add-eps {
			return 0, 0, false
		}
		if w.GymHSE >= float64(own) {
			own, limit, ok = int(math.Round(w.GymHSE)), int(math.Round(w.Cap)), true
		}
	}
	return own, limit, ok
}

// fullestBlock counts the most different exercises, and the most
// activation exercises, that any block's sessions hold: the limits of a
// block (rule 13) are the reason an entry is left out only where a block
// reached them. Movement breaks are not in the sessions, so not counted.
func (r *run) fullestBlock() (distinct, activation int) {
	if r.fullest == nil {
		blocks := map[int]map[string]bool{}
		for _, w := range r.plan.Weeks {
			if blocks[w.Block] == nil {
				blocks[w.Block] = map[string]bool{}
			}
			for _, d := range w.Days {
				for _, it := range d.Items {
					blocks[w.Block][it.Exercise] = true
				}
			}
		}
		r.fullest = &[2]int{}
		for _, ids := range blocks {
			act := 0
			for id := range ids {
				if x, ok := r.byID(id); ok && x.Category == catalog.Activation {
					act++
				}
			}
			r.fullest[0], r.fullest[1] = max(r.fullest[0], len(ids)), max(r.fullest[1], act)
		}
	}
	return r.fullest[0], r.fullest[1]
}

// kind is an entry's kind of work and first muscle.
type kind struct {
	cat    catalog.Category
	target catalog.Target
}

func kindOf(e *catalog.Exercise) kind { return kind{e.Category, e.Targets[0]} }

// trained is what the plan's exercises train: their movements, and their
// kinds of work, each marked when one of its exercises trains no
// movement of the list ([movementOf]).
type trained struct {
	moves map[movement]bool
	kinds map[kind]struct{ otherMove bool }
}

// usedWork returns what the entries used train, worked out when first
// asked: the reasons of every entry left out read it.
func (r *run) usedWork(used map[string]bool) *trained {
	if r.trained == nil {
		t := &trained{moves: map[movement]bool{}, kinds: map[kind]struct{ otherMove bool }{}}
		for id := range used {
			if x, ok := r.byID(id); ok {
				m := movementOf(x)
				t.moves[m] = true
				k := t.kinds[kindOf(x)]
				k.otherMove = k.otherMove || m == otherMove
				t.kinds[kindOf(x)] = k
			}
		}
		r.trained = t
	}
	return r.trained
}

// easierStep returns the loaded entry whose progression is id, on the
// way up a progression chain from an exercise the plan uses (that
// exercise or a step after it), or nil: id waits for it to reach its
// highest dose (rule 3). An entry up no chain the plan is on waits for no
// step, and says its own reason.
func (r *run) easierStep(id string, used map[string]bool) *catalog.Exercise {
	if r.easier == nil {
		r.easier = map[string]*catalog.Exercise{}
		for _, u := range sortedKeys(used) {
			x, ok := r.byID(u)
			seen := map[string]bool{}
			for ok && loaded(x) && x.Progression != "" && !seen[x.ID] {
				seen[x.ID] = true
				if r.easier[x.Progression] == nil {
					r.easier[x.Progression] = x
				}
				x, ok = r.byID(x.Progression)
			}
		}
	}
	return r.easier[id]
}

func (r *run) hasRelease() bool {
	for _, w := range r.plan.Weeks {
		for _, d := range w.Days {
			for _, it := range d.Items {
				if it.Category == catalog.MyofascialRelease {
					return true
				}
			}
		}
	}
	return false
}

// weeksWithout lists the weeks that hold no item of category c.
func (r *run) weeksWithout(c catalog.Category) string {
	return r.weekList(func(w Week) bool {
		return !slices.ContainsFunc(w.Days, func(d Day) bool {
			return slices.ContainsFunc(d.Items, func(it Item) bool { return it.Category == c })
		})
	})
}

// weekList names the plan's weeks that pass ok: "week 4, week 8".
func (r *run) weekList(ok func(Week) bool) string {
	var s []string
	for _, w := range r.plan.Weeks {
		if ok(w) {
			s = append(s, r.say.Sayf("week %d", w.Week))
		}
	}
	return strings.Join(s, ", ")
}

// leftOut notes that in week w the exercise named name is left out of
// some sessions, keep telling it is the hip-abductor work rule 9 keeps.
func (r *run) leftOut(w int, name string, keep bool) {
	switch {
	case keep && r.flat(w) && w > r.o.w0+1:
		r.notes.week(w, locale.Key("In %s, the hip-abductor work (%s) is left out of some sessions: your log asked for a step back, "+
			"and holding it in every session would give it more sets than the week before."), name)
	case r.flat(w) && w > r.o.w0+1:
		r.notes.week(w, locale.Key("In %s, %s is left out of some sessions: your log asked for a step back, "+
			"and holding it in every session would give it more sets than the week before."), name)
	case keep && isDeload(w):
		r.notes.week(w, locale.Key("In %s, the hip-abductor work (%s) is left out of some sessions: even one set of it "+
			"at its lightest was more than a lighter week may hold."), name)
	case keep:
		r.notes.week(w, locale.Key("In %s, the hip-abductor work (%s) is left out of some sessions: even one set of it "+
			"at its lightest would go past %s."), name, r.limitWords(w))
	case isDeload(w):
		r.notes.week(w, locale.Key("In %s, %s is left out of some sessions: even one set of it at its lightest "+
			"was more than a lighter week may hold."), name)
	default:
		r.notes.week(w, locale.Key("In %s, %s is left out of some sessions: even one set of it at its lightest "+
			"would go past %s."), name, r.limitWords(w))
	}
}

// limitWords names what bounds the volume of week w, for warnings that
// must give the true reason (rule 12).
func (r *run) limitWords(w int) string {
	say := r.say
	bl := blockOf(w)
	switch {
	case w == r.o.w0+1 && r.o.continued != nil:
		return say.Say("the level your log asked this block to start at")
	case bl == r.soreBlock && r.p.Soreness >= SoreFrom:
		return say.Say("what your soreness allows that week")
	}
	if _, full := r.room(bl); full {
		return say.Say("the safe ceiling for your glutes, which your own training fills that week")
	}
	return say.Say("what that week may hold under the safe ceiling for your glutes")
}

// sayThin warns when week w gives a strengthening item fewer sets than
// rule 16's two where the rule does not allow it, naming the limit: the
// way k the week needed to fit, or, for an item that was thin already,
// what keeps it from its second set.
func (r *run) sayThin(w int, f *frame, k cut, lim limits) {
	if f.oneSetOK && !r.steppingBack(w) {
		// A step back says its one set all the same, once for the block.
		return
	}
	for i := range r.courses {
		c := &r.courses[i]
		for d := range 7 {
			if c.sets[d] != 1 || f.floor[d] < MinSets {
				continue
			}
			why := r.fitWords(w, f)
			if !k.oneSet {
				why = r.secondSet(i, w, f, lim)
			}
			if r.steppingBack(w) && why != r.minutesWords() {
				// Said once for the block, in plain words (README "the
				// next block").
				one, others := r.thinDays(c)
				r.thinBack = append(r.thinBack, thinWeek{name: c.e.NameIn(string(r.p.Lang)), one: one, others: others, week: w})
				break
			}
			if one, others := r.thinDays(c); others != "" {
				// Said as the doses have it: one set on some days only
				// (rule 12).
				r.notes.week(w, locale.Key("In %s, %s has 1 set on %s and %s: a second set on %s would go past %s."), c.e.NameIn(string(r.p.Lang)), one, others, one, why)
				break
			}
			r.notes.week(w, locale.Key("In %s, %s has one set a session rather than two: two would go past %s."), c.e.NameIn(string(r.p.Lang)), why)
			break
		}
	}
}

// secondSet names what keeps course i from a second set in week w: the
// minutes, or how much the week may hold.
func (r *run) secondSet(i, w int, f *frame, lim limits) string {
	cs := cloneCourses(r.courses)
	for d := range cs[i].sets {
		if cs[i].sets[d] == 1 {
			cs[i].sets[d] = MinSets
		}
	}
	for d := range 7 {
		if dayTenths(cs, d) > f.budget[d] {
			return r.minutesWords()
		}
	}
	if room, _ := r.room(blockOf(w)); lim.hi < room-eps && weekInBlock(w) != 1 && w != r.o.w0+1 {
		return r.say.Say("how much a week may rise over the one before")
	}
	return r.limitWords(w)
}

// fitWords names what a week could not fit: the minutes or the volume.
func (r *run) fitWords(w int, f *frame) string {
	for d := range 7 {
		if dayTenths(r.courses, d) > f.budget[d]-5 {
			return r.minutesWords()
		}
	}
	return r.limitWords(w)
}

// minutesWords names the minutes a session has, the limit of rule 7.
func (r *run) minutesWords() string {
	return r.say.Sayf("the %d minutes you have for a session", r.p.Minutes)
}

// sayBuilt checks rule 3's build weeks build: week w progresses at least
// one strengthening item of the activation routine over the week before
// (start), by a set, its dose per set or its effort rising, unless every one is at its ceiling, the week is held on
// purpose (rule 5, the step back (README "the next block")), or no step fits: then it says which
// limit held it.
func (r *run) sayBuilt(w int, start []course, lim limits, f *frame) {
	bl := blockOf(w)
	if (bl == r.soreBlock && r.p.Soreness >= SettleSoreness) || w <= r.o.w0+r.o.flat {
		return
	}
	any, open := false, false
	for i := range r.courses {
		c, s := &r.courses[i], &start[i]
		if !r.strengthening(c) {
			continue
		}
		if c.level > s.level || (c.level == s.level && c.moreSets(s)) || !c.fresh && c.level > c.lastLevel {
			return // it rose: by this week's steps, or into rule 16's range before them
		}
		if c.changed == effortChanged {
			return // it builds by its effort (rule 16), its one change
		}
		any = true
		if c.level < len(c.ladder)-1 {
			open = true
		}
	}
	if !any {
		return
	}
	r.settled[w] = true
	if !open && r.steppingBack(w) {
		// A step back's block takes no harder exercises: it promises
		// none (rule 12).
		r.notes.week(w, locale.Key("In %s, the doses stay those of the week before while your glutes settle."))
		return
	}
	if !open {
		r.notes.week(w, locale.Key("In %s, the doses stay those of the week before: every strengthening exercise is at its highest dose, "+
			"and the next block moves on to harder ones where it can."))
		return
	}
	if by := r.heldBy(w, start, lim, f); by != "" {
		r.notes.week(w, locale.Key("In %s, the doses stay those of the week before: a further step would go past %s."), by)
		return
	}
	r.notes.week(w, locale.Key("In %s, the doses stay those of the week before: the next step up of each exercise would be too big a jump for one week."))
}

// strengthening reports whether course c is a strengthening item: in the
// activation routine (rule 16).
func (r *run) strengthening(c *course) bool {
	for d, s := range r.tmpl {
		if s.session == ActivationSession && c.sets[d] > 0 {
			return true
		}
	}
	return false
}

// moreSets reports whether c holds more sets than s in every session of
// s, and at least as many everywhere.
func (c *course) moreSets(s *course) bool {
	more := false
	for d := range 7 {
		if c.sets[d] < s.sets[d] {
			return false
		}
		if c.sets[d] > s.sets[d] {
			more = true
		}
	}
	return more
}

// heldBy names the limit that kept every one-step rise out of a week: the
// minutes, the light days recovery keeps, or the week's volume; "" for
// the weekly rise, which sayBuilt says in plain words.
func (r *run) heldBy(w int, start []course, lim limits, f *frame) string {
	say := r.say
	if w == r.o.w0+1 && r.o.continued != nil {
		return r.limitWords(w) // the first week of gluteplan next (rule 3)
	}
	free := *f
	for d := range free.budget {
		free.budget[d] = 1 << 30
	}
	cs := cloneCourses(start)
	raise(cs, &free, lim.hi, true)
	if weekHSE(cs) > weekHSE(start)+eps {
		return say.Sayf("the %d minutes you have for a session", r.p.Minutes)
	}
	for d := range free.cap {
		free.cap[d] = 1 << 30
	}
	cs = cloneCourses(start)
	raise(cs, &free, lim.hi, true)
	if weekHSE(cs) > weekHSE(start)+eps {
		return say.Say("what the days around your own training and your harder days may hold")
	}
	if room, _ := r.room(blockOf(r.firstWeek)); lim.hi >= room-eps {
		return say.Say("the safe ceiling for your glutes")
	}
	return "" // the weekly rise (rule 3): the caller says it in plain words
}

// next records what gluteplan next needs to continue the plan.
func (r *run) next() {
	ws := r.plan.Weeks
	last := ws[len(ws)-1]
	n := Next{Week: last.Week, Block: last.Block, BuildHSE: r.top, DeloadHSE: r.o.lastDeload, Exercises: []Progress{}}
	if r.o.continued == nil {
		n.DeloadHSE = ws[0].PlanHSE
	}
	for _, w := range ws {
		if w.Phase == Deload {
			n.DeloadHSE = w.PlanHSE
		}
	}
	if last.Phase == Build && weekInBlock(last.Week) < 3 {
		n.BuildHSE = last.PlanHSE
	}
	for _, c := range r.courses {
		sets := 0
		for _, s := range c.sets {
			sets = max(sets, s)
		}
		d := c.dose()
		n.Exercises = append(n.Exercises, Progress{Exercise: c.e.ID, Sets: sets, Reps: d.reps, Seconds: d.seconds, HoldSeconds: d.hold, AtCeiling: c.atCeiling()})
	}
	if len(r.since) > 0 {
		n.Since = map[Condition]int{}
		for cond, b := range r.since {
			n.Since[cond] = b
		}
	}
	r.plan.Next = n
}

// TendonHolds and TendonHoldSeconds are what rule 9's tendon loading
// reaches by week 3 of the first block with gluteal tendinopathy: at least
// 5 holds of 30 s or more a session (Clifford et al. 2019 gave 6 of 30 s).
const TendonHolds, TendonHoldSeconds = 5, 30

// sayTendonHolds checks rule 9's aim in week 3 w of the first block with
// gluteal tendinopathy, at soreness 5 or less: each activation session
// holds 5 abductor holds of 30 s or more, all its tendon holds counted.
// Where the week could not, it says why; hi is the most the week could
// hold.
func (r *run) sayTendonHolds(w int, hi float64) {
	if !r.firstBlock(GlutealTendinopathy, blockOf(w)) || r.p.Soreness > 5 {
		return
	}
	// The session with the fewest such holds, counting every tendon hold
	// it holds (rule 9 asks it of each session).
	best, idx := -1, -1
	for day, s := range r.tmpl {
		if s.session != ActivationSession {
			continue
		}
		n := 0
		for i := range r.courses {
			c := &r.courses[i]
			if !c.keep || !isometric(c.e) {
				continue
			}
			if idx < 0 {
				idx = i
			}
			if d := c.dose(); c.sets[day] > 0 && d.holdLength() >= TendonHoldSeconds {
				n += c.sets[day] * d.holds()
			}
		}
		if best < 0 || n < best {
			best = n
		}
	}
	if best >= TendonHolds || idx < 0 {
		return
	}
	f := r.frame(w, r.prog, r.fixed)
	why := r.tendonLimit(w, hi)
	cs := cloneCourses(r.courses)
	c := &cs[idx]
	for l := c.level; l < len(c.ladder); l++ {
		if c.ladder[l].holdLength() >= TendonHoldSeconds {
			c.level = l
			break
		}
	}
	for d := range c.sets {
		for c.sets[d] > 0 && c.sets[d]*c.dose().holds() < TendonHolds && c.sets[d] < c.maxSets {
			c.sets[d]++
		}
	}
	for d := range 7 {
		if dayTenths(cs, d) > f.budget[d] {
			why = r.say.Sayf("the %d minutes you have for a session", r.p.Minutes)
		}
	}
	r.notes.add(rankWeek, r.say.Sayf("In week %d the holds for the side of the hip reach %d of the %d holds of %d s or more a session "+
		"that tendon loading aims at by now: more would go past %s.", w, best, TendonHolds, TendonHoldSeconds, why))
}

// tendonLimit names what kept the tendon holds of week w short of rule
// 9's aim when the minutes did not: the ceiling; a step back that holds
// the week level (§8); or the rise a week may take (rule 3) after a first
// week soreness kept lighter (rule 5), or after the level the log set for
// the first week of gluteplan next (rule 3, §8). At 70% of its usual
// work, a first week cannot reach by week 3 what it would have held at
// soreness 0 (0.7 × 1.15 × 1.15 < 1). hi is the most week w could hold.
func (r *run) tendonLimit(w int, hi float64) string {
	say := r.say
	bl := blockOf(w)
	room, full := r.room(bl)
	switch {
	case full:
		return say.Say("the safe ceiling for your glutes, which your own training fills that week")
	case hi >= room-eps:
		return say.Say("the safe ceiling for your glutes")
	case r.flat(w):
		return say.Say("the level your log's step back holds that week at")
	case bl == r.soreBlock && r.p.Soreness >= SoreFrom:
		return say.Say("how much a week may rise over the one before, after the lighter first week your soreness asked for")
	case r.o.continued != nil && bl == blockOf(r.o.w0+1):
		return say.Say("how much a week may rise over the one before, from the level your log asked this block to start at")
	}
	return say.Say("how much a week may rise over the one before")
}

// untranslatedNote says once which of the plan's exercises have no text in
// the plan's language, so print as their catalog wrote them.
func (r *run) untranslatedNote() {
	lang := string(r.p.Lang)
	var names []string
	seen := map[string]bool{}
	for _, w := range r.plan.Weeks {
		for _, d := range w.Days {
			for _, it := range d.Items {
				if e, ok := r.byID(it.Exercise); ok && !seen[e.ID] && !e.Translated(lang) {
					names = append(names, e.Name)
				}
				seen[it.Exercise] = true
			}
		}
	}
	for _, id := range r.plan.MovementBreaks.Exercises {
		if e, ok := r.byID(id); ok && !seen[id] && !e.Translated(lang) {
			names = append(names, e.Name)
			seen[id] = true
		}
	}
	if len(names) > 0 {
		r.notes.add(rankProgram, r.say.Sayf("These exercises of your catalog have no text in your language and print as written: %s.",
			strings.Join(names, ", ")))
	}
}

// squeezed is an exercise a block leaves out of its strengthening
// sessions from week on, for the minutes the strengthening work takes as
// it builds.
type squeezed struct {
	e    *catalog.Exercise
	week int
}

// saySqueezed says why each exercise of r.squeezed is left out of the
// strengthening sessions, with the minutes the sessions come to (rule
// 12): the first week of its block whose longest strengthening session
// leaves too little of the person's minutes for it, at the dose it last
// had. Where no week does, the reason is the room the chooser keeps for
// the work to build, which the minutes the sessions take do not show:
// it says so in those words.
func (r *run) saySqueezed() {
	say := r.say
	for _, x := range r.squeezed {
		need := r.lastTenths(x.e, x.week)
		name := x.e.NameIn(string(r.p.Lang))
		sessions := SessionName(say, ActivationSession, SessionPlural)
		said := false
		for _, wk := range r.plan.Weeks {
			if wk.Block != blockOf(x.week) || wk.Week < x.week {
				continue
			}
			longest := 0.0
			for _, d := range wk.Days {
				if d.Session == ActivationSession {
					longest = max(longest, d.Minutes)
				}
			}
			// Too long in tenths, and in the whole minutes the sentence
			// says, so the numbers it gives add up (rule 12).
			if int(math.Round(10*longest))+need > 10*r.p.Minutes && math.Round(longest)+math.Round(float64(need)/10) > float64(r.p.Minutes) {
				r.notes.add(rankWeek, say.Sayf("From week %d, “%s” is left out of your %s: as the strengthening work builds, they take %s by week %d, "+
					"which leaves too little of your %d minutes for its %s.", x.week, name, sessions, say.Minutes(longest), wk.Week, r.p.Minutes, say.Minutes(float64(need)/10)))
				said = true
				break
			}
		}
		if !said {
			r.notes.add(rankWeek, say.Sayf("From week %d, “%s” is left out of your %s, to keep room in your %d minutes for the strengthening work as it builds.",
				x.week, name, sessions, r.p.Minutes))
		}
	}
	r.squeezed = nil
}

// lastTenths is the time exercise e took in the last session before week
// w that held it, in tenths of a minute, or at its catalog dose.
func (r *run) lastTenths(e *catalog.Exercise, w int) int {
	tenths := -1
	look := func(days []Day) {
		for _, d := range days {
			for _, it := range d.Items {
				if it.Exercise == e.ID {
					tenths = ItemTenths(it.Sets, it.Reps, it.Seconds, it.HoldSeconds, it.RestSeconds, it.PerSide)
				}
			}
		}
	}
	look(r.o.before.Days)
	for _, wk := range r.plan.Weeks {
		if wk.Week < w {
			look(wk.Days)
		}
	}
	if tenths < 0 {
		d := e.Dose
		tenths = ItemTenths(d.Sets, d.Reps, d.Seconds, d.HoldSeconds, d.RestSeconds, d.PerSide)
	}
	return tenths
}
