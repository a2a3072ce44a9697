package planner

import (
	"math"
	"slices"
	"strings"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// stepOption is one way an exercise may stand in the first week of a step
// back: its dose per set and sets a day, or left out of the block.
type stepOption struct {
	level int
	sets  [7]int
	out   bool
	// thin marks an exercise at one set in a session where a build week
	// gives two (rule 16); shortened a tendon hold held shorter than the
	// week before (rule 9); steps and cuts count the ladder steps down and
	// the sets taken off; low marks a dose per set below rule 16's range.
	thin, shortened, low bool
	steps, cuts          int
}

// maxStepCombos bounds the ways the first week of a step back tries; past
// it the usual cuts take over.
const maxStepCombos = 200000

// stepScore ranks a way of dosing the first week of a step back, the
// lower the better in the order of its fields (see [run.stepBackWeek]).
type stepScore struct {
	thin, outs, shortened, rank int
	cost                        float64
}

func (a stepScore) better(b stepScore) bool {
	switch {
	case a.thin != b.thin:
		return a.thin < b.thin
	case a.outs != b.outs:
		return a.outs < b.outs
	case a.shortened != b.shortened:
		return a.shortened < b.shortened
	case a.rank != b.rank:
		return a.rank < b.rank
	}
	return a.cost < b.cost-eps
}

// stepBackWeek doses the first week of a step back (README "the next
// block"): from the week before's doses, each exercise changes one thing
// (rule 3), and the week holds at most hi. Of the ways that fit, it takes
// the one with the fewest strengthening exercises at one set a session
// (rule 16 and README precedence: fewer exercises rather than thinner
// ones), then the fewest exercises left out of the block (never below
// what rules 6, 9 and 19 require nor below half of its strengthening
// exercises), then tendon holds kept as long and as many as before
// (rule 9), then each movement the block trained kept where it can be
// (the one left out taken from a movement with two) and the side of the
// hip kept before the others ([movesLost]), the work for the big glute
// muscle before the rest,
// then the week nearest hi with the fewest and smallest cuts: a lower
// dose per set before fewer sets, and doses within rule 16's range. It
// leaves out of the block the exercises it reports, and says why (rule
// 12); it reports false where it found no way (the usual cuts of
// [fitDown] then take over).
func (r *run) stepBackWeek(f *frame, hi float64) (out []*catalog.Exercise, ok bool) {
	cs := r.courses
	if len(cs) == 0 {
		return nil, true
	}
	opts := make([][]stepOption, len(cs))
	for i := range cs {
		opts[i] = r.stepOptions(&cs[i], f)
	}
	best, score, ok := r.bestStep(opts, f, hi)
	if !ok {
		return nil, false
	}
	var kept []course
	for i := range cs {
		o := opts[i][best[i]]
		c := cs[i]
		if o.out {
			out = append(out, c.e)
			continue
		}
		c.level, c.sets = o.level, o.sets
		switch {
		case c.fresh:
		case c.level != c.lastLevel:
			c.changed = doseChanged
		case c.sets != c.lastSets:
			c.changed = setsChanged
		default:
			c.changed = unchanged
		}
		kept = append(kept, c)
	}
	if len(out) > 0 {
		// Why they are left out: for the others' second set, or as the
		// level has no room for them beside the others.
		for i := range opts {
			opts[i] = slices.DeleteFunc(slices.Clone(opts[i]), func(o stepOption) bool { return o.out })
		}
		_, all, fits := r.bestStep(opts, f, hi)
		r.courses = kept
		r.sayStepOut(out, fits && all.thin > score.thin)
	}
	r.courses = kept
	for _, e := range out {
		for s, rt := range r.prog.routines {
			r.prog.routines[s] = slices.DeleteFunc(slices.Clone(rt), func(x *catalog.Exercise) bool { return x == e })
		}
	}
	return out, true
}

// bestStep searches every combination of the courses' options opts for
// the best way within hi (see [run.stepBackWeek]): it returns the option
// each course takes and the way's score, or false when none fits or there
// are too many to try. The courses are left as they were.
func (r *run) bestStep(opts [][]stepOption, f *frame, hi float64) (pick []int, best stepScore, ok bool) {
	cs := r.courses
	combos, strong := 1, 0
	for i := range cs {
		combos *= len(opts[i])
		if combos > maxStepCombos || len(opts[i]) == 0 {
			return nil, best, false
		}
		if r.strengthening(&cs[i]) {
			strong++
		}
	}
	orig := cloneCourses(cs)
	defer copy(cs, orig)
	// Work on one leg weighs as the side of the hip for a person who
	// runs, plays a game or needs support on one leg (rule 13 asks them
	// for it, as [chooser.wantsSingleLeg] does).
	oneLeg := r.p.Limited(NeedsSupport) || slices.ContainsFunc(r.activities, func(a Activity) bool {
		return a.Kind == Running || a.Kind == TeamSport
	})
	moves := make([]movement, len(cs))
	for i := range cs {
		if r.strengthening(&orig[i]) {
			moves[i] = movementOf(cs[i].e)
		}
	}
	at := -1
	for n := range combos {
		k := n
		var s stepScore
		left := 0
		var had, kept [singleLeg + 1]bool
		for i := range cs {
			o := opts[i][k%len(opts[i])]
			k /= len(opts[i])
			cs[i].level, cs[i].sets = o.level, o.sets
			had[moves[i]] = true
			if o.out {
				s.outs++
				s.rank += 1 + role(cs[i].e)
				continue
			}
			kept[moves[i]] = true
			if r.strengthening(&orig[i]) {
				left++
			}
			s.thin += boolRank(o.thin)
			s.shortened += boolRank(o.shortened)
			s.cost += 0.05*float64(o.steps) + 0.06*float64(o.cuts) + 0.1*float64(boolRank(o.low))
		}
		s.rank += movesLost(had, kept, oneLeg)
		if left < (strong+1)/2 {
			// Fewer exercises, but not a gutted block: at least half of
			// its strengthening exercises stay, the others at one set if
			// need be (README precedence lets the step back's level come
			// before rule 16's two sets, with a warning); rule 6 keeps one.
			continue
		}
		t := weekHSE(cs)
		if t > hi+eps || excess(cs, f, hi) > 0 {
			continue
		}
		s.cost += (hi - t) / max(hi, eps)
		if at < 0 || s.better(best) {
			at, best = n, s
		}
	}
	if at < 0 {
		return nil, best, false
	}
	pick = make([]int, len(cs))
	for i := range cs {
		pick[i] = at % len(opts[i])
		at /= len(opts[i])
	}
	return pick, best, true
}

// stepOptions lists the ways course c may stand in the first week of a
// step back, each one change from the week before (rule 3): as it was; its
// dose per set a step or more lower, a tendon hold no shorter than 30 s
// and with no fewer holds (rule 9); a second set in the sessions that held
// one; two sets where it had more; or, for an exercise no rule requires,
// left out of the block.
func (r *run) stepOptions(c *course, f *frame) []stepOption {
	oneChange := func(l int, s [7]int) bool { return c.fresh || l == c.lastLevel || s == c.lastSets }
	tendon := c.keep && isometric(c.e)
	strong := r.strengthening(c)
	option := func(l int, s [7]int) stepOption {
		o := stepOption{level: l, sets: s, steps: c.level - l}
		for d := range 7 {
			if s[d] == 1 && r.tmpl[d].session == ActivationSession && f.floor[d] >= MinSets {
				o.thin = true
			}
			o.cuts += max(0, c.sets[d]-s[d])
		}
		o.shortened = tendon && l < c.level
		o.low = strong && !doseFits(c.e, c.ladder[l], r.shortHolds(r.o.w0+1)) && doseFits(c.e, c.dose(), r.shortHolds(r.o.w0+1))
		return o
	}
	var out []stepOption
	now := c.dose()
	for l := c.level; l >= 0; l-- {
		d := c.ladder[l]
		if tendon && (d.holds() < now.holds() || d.holdLength() < min(TendonHoldSeconds, now.holdLength())) {
			continue
		}
		if oneChange(l, c.sets) {
			out = append(out, option(l, c.sets))
		}
	}
	more, two := c.sets, c.sets
	for d := range 7 {
		if r.tmpl[d].session != ActivationSession || c.sets[d] == 0 {
			continue
		}
		if c.sets[d] < MinSets {
			more[d] = min(MinSets, c.maxSets)
		}
		if c.sets[d] > MinSets {
			two[d] = MinSets
		}
	}
	for _, s := range [][7]int{more, two} {
		if s != c.sets && oneChange(c.level, s) {
			out = append(out, option(c.level, s))
		}
	}
	if !c.fresh && !c.keep && !hingeDrill(c.e) && !PelvicFloorWork(c.e) {
		// Left out of the block: strengthening work, or light activation
		// in a primer (rule 4 asks for none there).
		out = append(out, stepOption{level: c.level, out: true})
	}
	if len(out) == 0 {
		out = append(out, option(c.level, c.sets))
	}
	return out
}

// movesLost ranks what leaving exercises out of a step back costs its
// variety (rules 13 and 16; README "the next block"): each movement the
// block trained (had) that no exercise kept trains any more costs more
// than any choice between exercises of one movement, so a step back that
// must leave one out takes it from a movement with two; and losing the
// side of the hip costs more than losing hip extension, a squat or
// another movement: side-hip work, above all its holds, is what a flare
// tolerates best, and a physiotherapist keeps it. With oneLeg (a person
// who runs, plays a game or needs support on one leg: rule 13 asks them
// for work on one leg), losing the work on one leg costs as much.
func movesLost(had, kept [singleLeg + 1]bool, oneLeg bool) int {
	rank := 0
	for m := hipExtension; m <= singleLeg; m++ {
		if had[m] && !kept[m] {
			rank += 100
			if m == sideHip || m == singleLeg && oneLeg {
				rank += 50
			}
		}
	}
	return rank
}

// role ranks what an exercise is in the block for, the order rule 16's
// strengthening work is chosen in: work for the big glute muscle first,
// then the side of the hip, then the rest.
func role(e *catalog.Exercise) int {
	switch {
	case len(e.Targets) > 0 && e.Targets[0] == catalog.GluteusMaximus:
		return 2
	case abductor(e):
		return 1
	}
	return 0
}

// sayStepOut says which exercises the step back leaves out of its block,
// and why (rules 12 and 13): so that those it keeps have two sets a
// session, or at least fewer of them one (thinner: keeping them would
// leave more at one set), or as the level the log asks for has no room
// for them beside the others.
func (r *run) sayStepOut(out []*catalog.Exercise, thinner bool) {
	r.stepOut = append(r.stepOut, out...)
	names := make([]string, len(out))
	for i, e := range out {
		names[i] = e.NameIn(string(r.p.Lang))
	}
	two := true
	for i := range r.courses {
		for d := range 7 {
			if r.courses[i].sets[d] == 1 && r.tmpl[d].session == ActivationSession {
				two = false
			}
		}
	}
	say := r.say
	switch {
	case thinner && two:
		r.notes.add(rankProgram, say.Sayf("While your glutes settle, this block leaves out %s, so that each exercise it keeps has two sets a session.",
			andList(say, names)))
	case thinner && len(out) == 1:
		r.notes.add(rankProgram, say.Sayf("While your glutes settle, this block leaves out %s rather than give it one set a session too.", names[0]))
	case thinner:
		r.notes.add(rankProgram, say.Sayf("While your glutes settle, this block leaves out %s rather than give them one set a session too.",
			andList(say, names)))
	case len(out) == 1:
		r.notes.add(rankProgram, say.Sayf("While your glutes settle, this block leaves out %s: the level of your step back has no room for it beside the exercises it keeps.",
			names[0]))
	default:
		r.notes.add(rankProgram, say.Sayf("While your glutes settle, this block leaves out %s: the level of your step back has no room for them beside the exercises it keeps.",
			andList(say, names)))
	}
}

// andList says names as a list in say: "A", "A and B", "A, B and C".
func andList(say *locale.Language, names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + say.Say(" and ") + names[len(names)-1]
}

// thinWeek is a strengthening item a step back leaves at one set in some
// session of a week: its name, the week, the days at one set and the
// sets of its other sessions, read from the doses (rule 12).
type thinWeek struct {
	name, one, others string
	week              int
}

// thinDays reads course c's sets: the days of the activation sessions
// that hold it at one set, and the others' sets, "" when every session
// holds one ("2 sets on Saturday").
func (r *run) thinDays(c *course) (one, others string) {
	say := r.say
	var ones []string
	bySets := map[int][]string{}
	var counts []int
	for d := range 7 {
		n := c.sets[d]
		if n == 0 || r.tmpl[d].session != ActivationSession {
			continue
		}
		day := say.Say(weekdayWords[r.tmpl[d].weekday])
		if n == 1 {
			ones = append(ones, day)
			continue
		}
		if bySets[n] == nil {
			counts = append(counts, n)
		}
		bySets[n] = append(bySets[n], day)
	}
	var parts []string
	for _, n := range counts {
		parts = append(parts, say.Sayf("%s on %s", say.Count(n, "set", "sets"), andList(say, bySets[n])))
	}
	return andList(say, ones), andList(say, parts)
}

// sayThinBack says, once for each set of weeks, which strengthening
// items the step back leaves at one set, and in which sessions where the
// others hold more: plain words read from the doses, rather than one
// rule a line (rules 12 and 16). The one set's limit is the step back:
// its level, and the slow rise after it.
func (r *run) sayThinBack() {
	type what struct{ name, one, others string }
	weeks := map[what][]int{}
	var order []what
	for _, x := range r.thinBack {
		k := what{x.name, x.one, x.others}
		if _, ok := weeks[k]; !ok {
			order = append(order, k)
		}
		if !slices.Contains(weeks[k], x.week) {
			weeks[k] = append(weeks[k], x.week)
		}
	}
	done := map[what]bool{}
	for _, k := range order {
		if done[k] {
			continue
		}
		var same []string
		for _, m := range order {
			if !done[m] && m.one == k.one && m.others == k.others && slices.Equal(weeks[m], weeks[k]) {
				same = append(same, m.name)
				done[m] = true
			}
		}
		for _, w := range weeks[k] {
			switch {
			case k.others == "" && len(same) == 1:
				r.notes.week(w, locale.Key("In %s, %s has one set a session: during the step back, a second set would be too big a step."), same[0])
			case k.others == "":
				r.notes.week(w, locale.Key("In %s, %s have one set a session: during the step back, a second set would be too big a step."), andList(r.say, same))
			case len(same) == 1:
				r.notes.week(w, locale.Key("In %s, %s has 1 set on %s and %s: during the step back, a second set on %s would be too big a step."),
					same[0], k.one, k.others, k.one)
			default:
				r.notes.week(w, locale.Key("In %s, %s have 1 set on %s and %s: during the step back, a second set on %s would be too big a step."),
					andList(r.say, same), k.one, k.others, k.one)
			}
		}
	}
	r.thinBack = nil
}

// stepNeed is the least the first week of a step back can hold: each
// exercise no rule lets it leave out at its lightest option (see
// [run.stepOptions]), the tendon holds no shorter than they may be.
func (r *run) stepNeed(f *frame) float64 {
	need := 0.0
	for i := range r.courses {
		c := r.courses[i]
		opts := r.stepOptions(&c, f)
		if slices.ContainsFunc(opts, func(o stepOption) bool { return o.out }) {
			continue
		}
		least := math.Inf(1)
		for _, o := range opts {
			c.level, c.sets = o.level, o.sets
			least = math.Min(least, weekHSE([]course{c}))
		}
		need += least
	}
	return need + eps
}

// holdsAlone is what the first week of a step back needs for the tendon
// holds of gluteal tendinopathy alone ([run.stepNeed]), where they are held
// 30 s or more and every other exercise may be left out of the block; ok
// is false otherwise.
func (r *run) holdsAlone(f *frame) (need float64, ok bool) {
	for i := range r.courses {
		c := &r.courses[i]
		tendon := c.keep && isometric(c.e)
		if tendon && c.dose().holdLength() < TendonHoldSeconds {
			return 0, false
		}
		if !tendon && !slices.ContainsFunc(r.stepOptions(c, f), func(o stepOption) bool { return o.out }) {
			return 0, false
		}
		ok = ok || tendon
	}
	return r.stepNeed(f), ok
}

// sayThroughout says, once the first week of a step back after a block
// sore throughout is dosed (first, its plan volume), to book a check now,
// and what the block does meanwhile: below the last lighter week, or, where
// the tendon holds leave no room below it, no higher (README "the next
// block").
func (r *run) sayThroughout(first float64) {
	say := r.say
	s := say.Say("Your soreness has not settled over your last block, not even in its lighter week: please book a check with a physical therapist " +
		"or doctor now.")
	if first > r.o.lighter+eps {
		s += " " + say.Say(holdsAbove)
	} else if first < r.o.lighter-roundingSlack-eps && !r.effortEases() {
		s += " " + say.Say("Until then this block steps back further: its work starts below your last lighter week and does not rise before its lighter week, "+
			"with no new or harder exercises.")
	} else if first < r.o.lighter-roundingSlack-eps {
		s += " " + say.Say("Until then this block steps back further: its work starts below your last lighter week and does not rise before its lighter week, "+
			"at a lighter effort, with no new or harder exercises.")
	} else if !r.effortEases() {
		s += " " + say.Say("Until then this block steps back: its work starts no higher than in your last lighter week and does not rise before its lighter week, "+
			"with no new or harder exercises.")
	} else {
		s += " " + say.Say("Until then this block steps back: its work starts no higher than in your last lighter week and does not rise before its lighter week, "+
			"at a lighter effort, with no new or harder exercises.")
	}
	if a := r.activityAdvice(); a != "" {
		s += " " + say.Sayf("Meanwhile, %s.", a)
	}
	// The evening scale stops the strengthening at 6 or more after a week
	// back (rule 15): this block goes on only while the evenings allow,
	// which a physiotherapist found the block must say, since its log met
	// that rule already.
	s += " " + say.Say("Do this block only while your evenings stay at 5 or less; if they are at 6 or more after a week, stop the strengthening until you have been checked.")
	r.notes.add(rankSafety, s)
}

// stepBackNote is what a step back says of itself at the start of the
// plan (README "the next block"); holdsAbove what it says instead where
// the tendon holds take its first week above the last lighter week.
var (
	stepBackNote = locale.Key("Your evenings were sore, so this block steps back: its work starts no higher than in your last lighter week and does not rise " +
		"for two weeks, at a lighter effort, with no new or harder exercises. " +
		"If the soreness does not settle within a week or two, get it checked by a physical therapist or doctor.")
	// stepBackNoteSame is stepBackNote after a plan whose last week was
	// already at the lighter effort: it claims no lighter effort.
	stepBackNoteSame = locale.Key("Your evenings were sore, so this block steps back: its work starts no higher than in your last lighter week and does not rise " +
		"for two weeks, with no new or harder exercises. " +
		"If the soreness does not settle within a week or two, get it checked by a physical therapist or doctor.")
	holdsAbove = locale.Key("Until then this block steps back: the holds for the side of the hip stay as many and at least 30 s long, at a lighter effort, " +
		"which takes its work a little above your last lighter week; the rest is left out or lighter, and it does not rise before its lighter week " +
		"and takes no new or harder exercises.")
	holdsAboveNote = locale.Key("Your evenings were sore, so this block steps back: the holds for the side of the hip stay as many and at least 30 s long, " +
		"at a lighter effort, which takes its work a little above your last lighter week; the rest is left out or lighter, and it does not " +
		"rise for two weeks and takes no new or harder exercises. " +
		"If the soreness does not settle within a week or two, get it checked by a physical therapist or doctor.")
)

// sayHoldsAbove puts right what a step back says of its level where the
// tendon holds of gluteal tendinopathy take its first week above the last
// lighter week (rule 9: in a flare the holds stay and the effort comes
// down; rule 12: no sentence the plan contradicts).
func (r *run) sayHoldsAbove() {
	r.replaceNote(stepBackNote, holdsAboveNote)
}

// effortEases reports whether a step back lowers the effort of anything it
// keeps: an exercise the plan before did at the higher effort of rule 16.
// After a block 1 at "moderate" it does not, and its text says no lighter
// effort (rule 12).
func (r *run) effortEases() bool {
	for i := range r.courses {
		if c := &r.courses[i]; c.sets != ([7]int{}) && r.o.wasHard[c.e.ID] {
			return true
		}
	}
	return false
}

// sayFlat says why week w, one of a step back's first weeks, does not
// rise, once its exercises are known: a lighter effort only where it keeps
// an exercise the plan before did at the higher one (rule 12).
func (r *run) sayFlat(w int) {
	if r.effortEases() {
		r.notes.week(w, locale.Key("In %s, the doses do not rise and the effort is lighter: your log asked for a step back."))
		return
	}
	r.notes.week(w, locale.Key("In %s, the doses do not rise: your log asked for a step back."))
}

// replaceNote puts note now in place of the start of a note that begins
// with was (README "the next block": what a step back says of itself).
func (r *run) replaceNote(was, now string) {
	was, now = r.say.Say(was), r.say.Say(now)
	for i := range r.notes.list {
		if t := r.notes.list[i].text; strings.HasPrefix(t, was) {
			r.notes.list[i].text = now + strings.TrimPrefix(t, was)
			delete(r.notes.said, t)
			r.notes.said[r.notes.list[i].text] = true
		}
	}
}
