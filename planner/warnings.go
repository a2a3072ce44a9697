package planner

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// rank orders the plan's warnings, most important first: what keeps the
// person safe, then the load their own training puts on the glutes, then
// advice for their conditions, then what the program lacks, then notes on
// single weeks.
type rank int

const (
	rankSafety rank = iota
	rankLoad
	rankCondition
	rankProgram
	rankWeek
)

// notes gathers the warnings the stages of a run owe the person, each
// once, in the order of their rank and, within it, of their saying.
// Notes on single weeks that say the same of several weeks are said once,
// naming the weeks.
type notes struct {
	list []note
	said map[string]bool
	// weekly holds the notes on weeks by what they say (a format and its
	// arguments after the weeks), in the order first said.
	weekly []weekly
}

// weekly is one thing said of some weeks: key, a format whose first verb
// names the weeks, and the rest of its arguments.
type weekly struct {
	key   string
	args  []any
	weeks []int
}

// week notes that week w says key, with args after the weeks.
func (n *notes) week(w int, key string, args ...any) {
	id := fmt.Sprint(key, args)
	for i := range n.weekly {
		if fmt.Sprint(n.weekly[i].key, n.weekly[i].args) == id {
			if !slices.Contains(n.weekly[i].weeks, w) {
				n.weekly[i].weeks = append(n.weekly[i].weeks, w)
			}
			return
		}
	}
	n.weekly = append(n.weekly, weekly{key, args, []int{w}})
}

// sayWeekly adds the notes on weeks, each naming its weeks in say.
func (n *notes) sayWeekly(say *locale.Language) {
	for _, x := range n.weekly {
		n.add(rankWeek, say.Sayf(x.key, append([]any{weeksWords(say, x.weeks)}, x.args...)...))
	}
	n.weekly = nil
}

// weeksWords names weeks in say: "week 6", "weeks 6, 7 and 10".
func weeksWords(say *locale.Language, weeks []int) string {
	if len(weeks) == 1 {
		return say.Sayf("week %d", weeks[0])
	}
	nums := make([]string, len(weeks))
	for i, w := range weeks {
		nums[i] = strconv.Itoa(w)
	}
	return say.Sayf("weeks %s", strings.Join(nums[:len(nums)-1], ", ")+say.Say(" and ")+nums[len(nums)-1])
}

type note struct {
	rank rank
	text string
}

func (n *notes) add(r rank, text string) {
	if text == "" || n.said[text] {
		return
	}
	n.said[text] = true
	n.list = append(n.list, note{r, text})
}

// texts returns the warnings in order.
func (n *notes) texts() []string {
	list := slices.Clone(n.list)
	slices.SortStableFunc(list, func(a, b note) int { return int(a.rank) - int(b.rank) })
	out := make([]string, len(list))
	for i, x := range list {
		out[i] = x.text
	}
	return out
}

// ImproveWeeks is how long most people take to improve with steady work
// (rule 1): 8 to 12 weeks.
const ImproveWeeks = "8–12"

// CheckedAfterDays is the pain_days from which the plan asks for a check
// if it is not improving (rule 1).
const CheckedAfterDays = 7

// safetyNotes are rule 1's and rule 5's warnings: symptoms that go with
// a diagnosis, how long the soreness has lasted and how sore it is today,
// the honest timeline, and the advice after giving birth. checkNow is a
// block that asks for a check now (a step back after a block sore
// throughout, README "the next block"): it leaves out "give it time",
// which would pull the other way.
func (b *basis) safetyNotes(checkNow bool) []string {
	p, say := b.p, b.say
	var out []string
	timeline := false // whether a note has said how long getting better takes
	if p.Has(PiriformisSyndrome) && (slices.Contains(p.Symptoms, Tingling) || slices.Contains(p.Symptoms, PainBelowKnee)) {
		out = append(out, say.Say("Tingling or pain below the knee can be part of piriformis syndrome, so the plan goes ahead. "+
			"Get it rechecked by whoever diagnosed it if it spreads or gets worse, or if numbness or weakness appears."))
	}
	if p.PainDays >= CheckedAfterDays {
		switch {
		case p.Seen:
			out = append(out, say.Sayf("Your soreness has lasted %s and a professional has seen it: keep whoever is treating you informed "+
				"of how this plan goes, and ask them if it gets worse.", say.Lasted(p.PainDays)))
		case p.WasSeen():
			// A diagnosis implies someone made it (rule 1), but the
			// person did not say they are being treated.
			out = append(out, say.Sayf("Your soreness has lasted %s and has been diagnosed: keep whoever diagnosed or treats it informed "+
				"of how this plan goes, and ask them if it gets worse.", say.Lasted(p.PainDays)))
		case !checkNow:
			// One note, so that "get it checked" and "give it time" do not
			// read as two opposite pieces of advice: the check rules out
			// other causes, the getting better takes its weeks.
			out = append(out, say.Sayf("Get it checked if it is not improving: soreness that has lasted %s and is not getting better is worth showing to "+
				"a physical therapist or doctor, if no one has seen it yet; the check rules out other causes. You need not stop this plan meanwhile. "+
				"Getting better itself takes longer: most people improve over %s weeks of steady work; if you have not by then, have it reviewed.",
				say.Lasted(p.PainDays), ImproveWeeks))
			timeline = true
		default:
			out = append(out, say.Sayf("Get it checked if it is not improving: your soreness has lasted %s, long enough for a physical therapist or doctor "+
				"to look at it if no one has yet. You need not stop this plan meanwhile, but it does not replace that check.", say.Lasted(p.PainDays)))
		}
	}
	if (p.PainDays >= CheckedAfterDays || len(p.Conditions) > 0) && !checkNow && !timeline {
		out = append(out, say.Sayf("Give it time: most people improve over %s weeks of steady work. If you have not by then, "+
			"ask a physical therapist or doctor to review it.", ImproveWeeks))
	}
	switch {
	case p.Soreness >= SettleSoreness:
		s := say.Sayf("Your glutes were very sore when you made this plan (%d of 10), so the first block stays at the level of week 1, with no day above a light session. "+
			"If it is not clearly better within a week, get it checked by a physical therapist or doctor.", p.Soreness)
		if a := b.activityAdvice(); a != "" {
			s += " " + say.Sayf("Meanwhile, %s.", a)
		}
		out = append(out, s)
	case p.Soreness >= SoreFrom:
		// The doses printed already allow for it (rule 5): the note says
		// so rather than give a share a reader would apply again.
		out = append(out, say.Sayf("Your glutes were sore when you made this plan (%d of 10), so week 1 is kept gentle: its printed doses allow for that.",
			p.Soreness))
	}
	if p.Has(Postpartum) {
		s := say.Say("After giving birth, leaking when you cough, laugh or run, a feeling of heaviness or a bulge, " +
			"or a gap along the middle of the tummy are common and not urgent: a pelvic-health physiotherapist can help with each of them.")
		weeks, known := b.weeksAfterBirth(blockOf(b.firstWeek))
		if known && weeks >= ImpactPostpartumWeeks && slices.ContainsFunc(p.AllActivities(), func(a Activity) bool { return a.Kind == Running }) {
			// Rule 9: running after birth is judged by leaking, heaviness
			// and pain (Goom, Donnelly and Brockwell 2019); the runs the
			// plan keeps are hers, so the advice is on them.
			s += " " + say.Say("If you leak, or feel heaviness or a dragging feeling low in the tummy, during or after a run, "+
				"make your runs shorter and easier until they cause neither, and have a pelvic-health physiotherapist check it.")
		}
		out = append(out, s)
		switch {
		case !known:
			out = append(out, say.Sayf("Your plan does not know when you gave birth: until %d weeks after it, and until 30 minutes of walking "+
				"and the strength checks (such as 20 single-leg bridges each side) cause no leaking, heaviness or pain, leave out running and jumping.",
				ImpactPostpartumWeeks))
		case weeks < ImpactPostpartumWeeks:
			s := say.Sayf("Until %d weeks after the birth, and until 30 minutes of walking and the strength checks (such as 20 single-leg bridges "+
				"each side) cause no leaking, heaviness or pain, the plan leaves out running and jumping.", ImpactPostpartumWeeks)
			if slices.ContainsFunc(p.AllActivities(), func(a Activity) bool { return a.Kind == Running }) {
				s += " " + say.Say("Walk on your running days instead, at an easy pace.")
			}
			out = append(out, s)
		}
	}
	return out
}

// loadNotes are rule 2's and rule 4's warnings about the person's own
// training, in the words they use for it (rule 18).
func (r *run) loadNotes() []string {
	say := r.say
	var out []string
	bl := blockOf(r.firstWeek)
	if n := len(r.plan.Weeks); n > 0 && blockOf(r.plan.Weeks[n-1].Week) > bl && r.weekCap(bl) < r.weekCap(bl+1) {
		// The header gives two limits: say why the first is lower
		// ([basis.weekCap]; a physiotherapist found the rise unexplained).
		why := say.Say("usual in the first block with gluteal tendinopathy")
		if r.firstBlock(Postpartum, bl) {
			why = say.Say("usual in the first block of a plan after giving birth")
		}
		out = append(out, say.Sayf("Weeks %d to %d keep to a beginner's limit (%s hard sets), as is %s; from week %d, your level's (%s).",
			r.firstWeek, bl*BlockWeeks, say.Number(r.weekCap(bl)), why, bl*BlockWeeks+1, say.Number(r.weekCap(bl+1))))
	}
	if _, full := r.room(bl); full {
		s := say.Sayf("Your own training alone reaches what your glutes recover from in a week (%s of %s hard sets), so the plan adds only light work.",
			say.Number(gymWeek(r.activities)), say.Number(r.weekCap(bl)))
		s += " " + say.Sayf("If you can, %s. Training the glutes more often than they recover is a common cause of soreness that does not go away.", r.easeWords(false))
		out = append(out, s)
	}
	if w := backToBack(say, r.tmpl); w != "" {
		out = append(out, w)
	}
	if w := r.spacingNote(); w != "" {
		out = append(out, w)
	} else if w := r.dayBeforeNote(); w != "" {
		out = append(out, w)
	}
	// A lighter week of a step back's block has the advice already: the
	// step back gives it for the whole block ("Meanwhile, ...").
	lighter := func(w Week) bool { return w.Phase == Deload && !r.steppingBack(w.Week) && !r.easesAgain(w.Week) }
	if len(r.activities) > 0 && slices.ContainsFunc(r.plan.Weeks, lighter) {
		if a := r.activityAdvice(); a != "" {
			// The evening scale's 6–7 (rule 15) asks to go back a week;
			// the person's own training is most of the load for many
			// (a lifter's gym), so it eases too (a physiotherapist's
			// reading).
			out = append(out, say.Sayf("In the lighter weeks (%s), and while your evenings are at 6 or more, %s too.", r.weekList(lighter), a))
		}
	}
	// The lighter week of a block whose other weeks ease them already (a
	// step back's, the first at soreness 7) eases them further (rule 3: a
	// lighter week is lighter than the weeks before it).
	again := func(w Week) bool { return r.easesAgain(w.Week) }
	if len(r.activities) > 0 && slices.ContainsFunc(r.plan.Weeks, again) {
		if a := r.easeAgainWords(); a != "" {
			out = append(out, say.Sayf("In the lighter week of this block (%s), ease your own training further: %s.", r.weekList(again), a))
		}
	}
	if d := r.sessionDays(); d[ActivationSession] == 0 && (d[PrimerSession] > 0 || d[RecoverySession] > 0) {
		out = append(out, say.Say("Every day you have is a day of your own training or the day after one, so the plan holds no strengthening session of its own: your training does that work."))
	}
	return out
}

// eases reports whether week w advises easing the person's own training:
// a lighter week (rule 3), the first block at soreness 7 (rule 5), or the
// weeks of a step back (README "the next block"); each says so with
// [basis.activityAdvice].
func (r *run) eases(w int) bool {
	return isDeload(w) || r.steppingBack(w) || blockOf(w) == r.soreBlock && r.p.Soreness >= SettleSoreness
}

// The shares of the person's own training that a week easing it counts
// (rule 18; README "the next block"): the gym's glute sets at half, and a
// run, a ride or a game kept easy (its kind's estimate for an easy
// session where the person counts more) and about a third shorter. Both
// sit within the 50 to 70% of a lighter week (rule 3). The lighter week of
// a step back's block halves them again, so that it is lighter than the
// block's other weeks, which are eased already.
const (
	gymEased   = 0.5
	otherEased = 2.0 / 3
	easedAgain = 0.5
)

// easesAgain reports whether week w is a lighter week whose week before
// (in the plan) eased the person's own training already (a step back's
// block, the first block at soreness 7): it eases it once more, so that
// it is lighter than the weeks before it (rule 3).
func (r *run) easesAgain(w int) bool {
	return isDeload(w) && w-1 > r.o.w0 && r.eases(w-1)
}

// easedVolume is the week's glute volume of the activities acts as the
// advice to ease them asks (rule 18): the gym's glute sets at half, and a
// run, a ride or a game kept easy, at its kind's estimate for an easy
// session where the person counts more, and about a third shorter; again
// (the lighter week of a step back's block) halves that once more.
func easedVolume(acts []Activity, again bool) float64 {
	t := 0.0
	for _, a := range acts {
		n := float64(a.Sets())
		switch {
		case a.Kind == Gym:
			n *= gymEased
		default:
			n = min(n, float64(DefaultGluteSets(a.Kind))) * otherEased
		}
		if again {
			n *= easedAgain
		}
		t += n * float64(len(a.Days))
	}
	return t
}

// activityAdvice says how to lighten the person's own training while the
// plan is light: about half the gym's glute sets, and a run, a ride or a
// game kept easy and about a third shorter (rule 18); "" without training
// that loads the glutes.
func (b *basis) activityAdvice() string { return b.easeWords(true) }

// easeWords says how to take load off the person's own training: half
// the gym's glute sets (with half) or fewer of them, and for other
// training its hardest part eased (with half, and a third shorter).
func (b *basis) easeWords(half bool) string {
	say := b.say
	var parts []string
	var others []string
	seen := map[ActivityKind]bool{}
	for _, a := range b.activities {
		if a.Sets() == 0 || seen[a.Kind] {
			continue // nothing to ease, or said already
		}
		seen[a.Kind] = true
		switch {
		case a.Kind == Gym && half:
			parts = append(parts, say.Say("do about half your usual glute sets at the gym"))
		case a.Kind == Gym:
			parts = append(parts, say.Say("cut the glute sets of your gym sessions"))
		default:
			others = append(others, activityPlural(say, a.Kind))
		}
	}
	switch {
	case len(others) > 0 && half:
		parts = append(parts, say.Sayf("keep your %s easy and about a third shorter: leave out the hills, intervals and sprints",
			strings.Join(others, say.Say(" and "))))
	case len(others) > 0:
		parts = append(parts, say.Sayf("keep your %s easy: leave out the hills, intervals and sprints", strings.Join(others, say.Say(" and "))))
	}
	return strings.Join(parts, say.Say(", and "))
}

// easeAgainWords says how the lighter week of a step back's block eases
// the person's own training further than the block's other weeks: about a
// quarter of the gym's glute sets, and runs, rides or games about a third
// of their usual length ([easedAgain]); "" without training that loads
// the glutes.
func (b *basis) easeAgainWords() string {
	say := b.say
	var parts, others []string
	seen := map[ActivityKind]bool{}
	for _, a := range b.activities {
		if a.Sets() == 0 || seen[a.Kind] {
			continue
		}
		seen[a.Kind] = true
		if a.Kind == Gym {
			parts = append(parts, say.Say("do about a quarter of your usual glute sets at the gym"))
			continue
		}
		others = append(others, activityPlural(say, a.Kind))
	}
	if len(others) > 0 {
		parts = append(parts, say.Sayf("keep your %s easy and about a third of their usual length", strings.Join(others, say.Say(" and "))))
	}
	return strings.Join(parts, say.Say(", and "))
}

// backToBack returns a warning in say when the person chose two hard
// activity days in a row, which rule 4 lets stand but not silently.
func backToBack(say *locale.Language, t [7]slot) string {
	for d := range 7 {
		if n := t[(d+1)%7]; t[d].hardActivity() && n.hardActivity() {
			return say.Sayf("Your %s on %s and %s on %s are back to back: two hard days for the glutes in a row leave little time to recover. "+
				"If you can, put a day between them.",
				activityNoun(say, t[d].activity.Kind), say.Say(weekdayWords[t[d].weekday]),
				activityNoun(say, n.activity.Kind), say.Say(weekdayWords[n.weekday]))
		}
	}
	return ""
}

// weekdayWords names a weekday in warnings.
var weekdayWords = map[Weekday]string{
	Mon: locale.Key("Monday"), Tue: locale.Key("Tuesday"), Wed: locale.Key("Wednesday"), Thu: locale.Key("Thursday"),
	Fri: locale.Key("Friday"), Sat: locale.Key("Saturday"), Sun: locale.Key("Sunday"),
}

// conditionNotes are rule 9's advice for the person's conditions. Stairs
// bring on either pain (the article names them for piriformis syndrome;
// the twenty-first German reading, a physiotherapist, tendon pain at the
// side of the hip first), so the stairs advice is a note of its own under
// either condition, not under one condition's name.
func (b *basis) conditionNotes() []string {
	p, say := b.p, b.say
	var out []string
	if p.Has(GlutealTendinopathy) {
		out = append(out,
			say.Say("Gluteal tendinopathy (a sore tendon on the outside of the hip): do not sleep on the sore side; lying on the other side, put a pillow between your knees. "+
				"An ache from lying on the sore side is typical of it and no reason to stop the exercises."),
			// One note for the tendons, so that the standing rule reads as
			// everyday standing, not as a ban on the one-leg exercises.
			say.Say("Gluteal tendinopathy: avoid crossing your legs when you sit, and stretches that pull the thigh across the body; both press on the tendons. "+
				"Do not sit too low: keep your knees no higher than your hips. "+
				"In daily life, stand evenly on both feet rather than leaning your weight into one hip."))
	}
	if p.Has(PiriformisSyndrome) {
		out = append(out, say.Say("Piriformis syndrome (an irritated deep buttock muscle): break up long sitting."))
	}
	if p.Has(GlutealTendinopathy) || p.Has(PiriformisSyndrome) {
		out = append(out, say.Say("If stairs bring the pain on, take them slowly, one step at a time, holding the handrail, until it settles: "+
			"up with the less sore leg first, down with the sore leg first."))
	}
	return out
}

// releaseNotes says what to buy for release work when the person owns
// none (rule 6), suited to their limits (rule 17).
func (r *run) releaseNotes() []string {
	p, say := r.p, r.say
	if r.hasRelease() || p.Owns(catalog.FoamRoller) || p.Owns(catalog.MassageBall) {
		return nil
	}
	if p.Limited(NoFloor) {
		return []string{say.Say("You have no massage ball, so the plan holds no release work. A massage ball, leaned against a wall " +
			"or used sitting on a firm chair, eases tight spots in the glutes without getting down to the floor: with one, the plan can add that.")}
	}
	return []string{say.Say("You have no foam roller or massage ball, so the plan holds no release work. " +
		"With a massage ball, which costs little, the plan can add gentle release work for tight spots in the glutes; " +
		"a foam roller also covers the larger muscles of the thighs.")}
}

// harderCue says how the person can make a strengthening item harder
// when the effort line asks more than it gives: a firmer band for a
// banded exercise, a slower lowering for one of body weight. Where the
// item asks for "the last 2–3 reps feel hard" it says what to do if they
// do not (a physiotherapist found twelve sit-to-stands of body weight
// will not feel hard to a fit person, rule 16); where it stays at its
// highest dose per set (its dose_max, rule 3's ceiling) and does not
// change this week, it says how to go on once they feel easy. It says
// nothing at the lower effort, in a lighter week or a block that steps
// back or settles (rule 5, README "the next block"), or for holds, whose
// effort says how hard to press. A weighted exercise takes a heavier
// weight (a physiotherapist asked for it on the split squat).
func (r *run) harderCue(e *catalog.Exercise, c *course, d, w int) string {
	if c == nil || c.fresh || isDeload(w) || r.steppingBack(w) || isometric(e) || c.dose().reps == 0 ||
		(blockOf(w) == r.soreBlock && r.p.Soreness >= SettleSoreness) {
		return ""
	}
	if !c.hard {
		return "" // at the lower effort there is room left already
	}
	top := c.heldAtTop(d)
	switch {
	case top && e.Weighted():
		return r.say.Say("once they feel easy, take the next weight up")
	case top && banded(e):
		return r.say.Say("once they feel easy, use a firmer band")
	case top:
		return r.say.Say("once they feel easy, lower more slowly, over about 3 seconds")
	case e.Weighted():
		return r.say.Say("if they do not, take a heavier weight")
	case banded(e):
		return r.say.Say("if they do not, use a firmer band")
	}
	return r.say.Say("if they do not, lower more slowly, over about 3 seconds")
}

// heldAtTop reports whether course c stays at its highest dose per set
// on weekday d, as the week before (rule 3's ceiling).
func (c *course) heldAtTop(d int) bool {
	return c.level == len(c.ladder)-1 && c.level == c.lastLevel && c.sets[d] == c.lastSets[d]
}

// banded reports whether e works against a band.
func banded(e *catalog.Exercise) bool {
	band := func(q catalog.Equipment) bool { return q == catalog.MiniBand || q == catalog.ResistanceBand }
	return slices.ContainsFunc(e.Equipment, band) || slices.ContainsFunc(e.EquipmentAny, band)
}

// dayBeforeNote advises, where a strengthening session falls the day
// before a gym session, to push its sets no further than the plan's
// effort and to go easier at the gym if the glutes still feel heavy: rule 4 asks nothing of the
// day before, and a physiotherapist asked for a word on it (a lifter's
// home squats the day before his heavy leg day). A run, ride or game
// counts a few hard sets and gets none. "" where no session falls so, or
// the note on back-to-back sessions says it already.
func (b *basis) dayBeforeNote() string {
	say, t := b.say, b.tmpl
	var days []string
	var next *Activity
	for d := range 7 {
		if n := t[(d+1)%7]; t[d].session == ActivationSession && n.hardActivity() && n.activity != nil && n.activity.Kind == Gym {
			days = append(days, say.Say(weekdayWords[t[d].weekday]))
			if next == nil {
				next = n.activity
			}
		}
	}
	if len(days) == 0 {
		return ""
	}
	noun := activityNoun(say, next.Kind)
	return say.Sayf("Your strengthening on %s comes the day before your %s: never push its sets past the effort the plan gives, "+
		"and if your glutes still feel heavy the next day, go easier in your %s.", strings.Join(days, say.Say(" and ")), noun, noun)
}

// spacingNote explains, where two strengthening sessions fall on
// consecutive days because another day the person has is a day of their
// own training or the day after a hard one (rule 4 keeps that day to a
// primer, or to stretching and release), why they fall so, and names a
// day in place of one of them that would spread them out where one
// exists. Rule 4 asks nothing of the day before a hard activity: the
// sessions stand, and the note says so rather than move them.
func (b *basis) spacingNote() string {
	say, t := b.say, b.tmpl
	activation := func(t [7]slot) (n int, pair [2]int, adjacent bool) {
		for d := range 7 {
			if t[d].session != ActivationSession {
				continue
			}
			n++
			if e := (d + 1) % 7; t[e].session == ActivationSession && !adjacent {
				pair, adjacent = [2]int{d, e}, true
			}
		}
		return
	}
	n, pair, adjacent := activation(t)
	if !adjacent || n != 2 {
		return "" // none back to back, or the person chose more days in a row
	}
	// A day of theirs that rule 4 keeps to stretching and release: the
	// day after a hard activity.
	displaced := -1
	for d, s := range t {
		if displaced < 0 && slices.Contains(b.p.Days, s.weekday) && s.session == RecoverySession {
			displaced = d
		}
	}
	if displaced < 0 {
		return ""
	}
	first, second := say.Say(weekdayWords[t[pair[0]].weekday]), say.Say(weekdayWords[t[pair[1]].weekday])
	other := say.Say(weekdayWords[t[displaced].weekday])
	after := activityNoun(say, Other)
	if a := t[(displaced+6)%7].activity; a != nil {
		after = activityNoun(say, a.Kind)
	}
	var s string
	if next := t[(pair[1]+1)%7]; next.hardActivity() {
		s = say.Sayf("Your strengthening sessions fall on %s and %s, back to back and just before your %s on %s: %s, the day after your %s, "+
			"keeps to stretching and release while your glutes recover.", first, second,
			activityNoun(say, next.activity.Kind), say.Say(weekdayWords[next.weekday]), other, after)
	} else {
		s = say.Sayf("Your strengthening sessions fall on %s and %s, back to back: %s, the day after your %s, "+
			"keeps to stretching and release while your glutes recover.", first, second, other, after)
	}
	if a := t[(displaced+6)%7].activity; a != nil && a.Sets() >= HardActivitySets && DefaultGluteSets(a.Kind) < HardActivitySets {
		// The person counted the activity as hard where its easy sessions
		// are not (rule 4): an easy one would free the day after.
		s += " " + say.Sayf("Two strengthening days in a row are fine at these doses. If your %s are usually easy, make the plan again "+
			"with them entered as easy ones (without their glute sets): %s can then hold strengthening too.", activityPlural(say, a.Kind), other)
	}
	// A day in place of one of the two, the later first, that keeps two
	// strengthening sessions and spreads them out.
	for _, a := range []int{pair[1], pair[0]} {
		for _, x := range Weekdays {
			if slices.Contains(b.p.Days, x) {
				continue
			}
			p := b.p
			p.Days = append(slices.DeleteFunc(slices.Clone(p.Days), func(w Weekday) bool { return w == t[a].weekday }), x)
			if m, _, adj := activation(template(p, b.activities, b.start)); m == 2 && !adj {
				return s + " " + say.Sayf("If you can train on %s in place of %s, the plan spreads them out.",
					say.Say(weekdayWords[x]), say.Say(weekdayWords[t[a].weekday]))
			}
		}
	}
	return s
}
