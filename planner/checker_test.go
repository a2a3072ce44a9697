package planner_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

// This file is the independent checker of the planning rules (README, "How
// the plan is built", rules 1–19, and what each of the log's steers does
// for gluteplan next). It reads only the catalog, the profile and the plan,
// and recomputes every number with code of its own: of the planner it
// calls only Make and Continue (to plan again) and Plan.WriteText (to read
// what the terminal prints), so a mistake in the planning code cannot
// hide in a helper both share. It was written from the rules alone, not
// from the planner's code. Each rule has one function; [checkRules] lists
// them by number, so a failing test says "rule 4: ...".
//
// Where the rules leave room, the checker takes the reading written next to
// the rule's function ("Reading: ..."). The lead reconciles these readings
// with the README (help topic "development").
//
// Words a warning must contain are matched case-insensitively; the lists of
// accepted words are deliberately short, so a warning that names what is
// missing in other words shows up as a failure to look at, not a pass.

// hseTol absorbs rounding: the plan JSON may round plan_hse to hundredths,
// and the planner may compare rounded numbers where the checker recomputes
// exact ones.
const hseTol = 0.011

// minuteTol absorbs minutes rounded to tenths.
const minuteTol = 0.051

// checkInput is what a rule judges: the catalog and profile given to the
// planner, the plan it made, and a way to plan again for a changed profile.
type checkInput struct {
	cat  *catalog.Catalog
	p    planner.Profile
	plan *planner.Plan
	// replan plans another profile over the same catalog: rule 5 compares
	// with soreness 0, rule 10 with more sitting, rule 11 plans twice.
	// It is planner.Make except in the checker's own tests.
	replan func(planner.Profile) (*planner.Plan, error)
	// prev is the plan this one continues (gluteplan next), nil for a
	// first plan; steer is how the log steered it. first is the number of
	// the plan's first week: 1, or the week after prev's last.
	prev  *planner.Plan
	steer planner.Steer
	first int

	byID     map[string]catalog.Exercise
	disabled map[string]bool
	// prevOnly holds entries prev used that the catalog no longer has.
	prevOnly []catalog.Exercise
	// dayHSE and weekHSE are recomputed from the items, not read from the plan.
	dayHSE  [][]float64
	weekHSE []float64

	textDone bool
	textOut  string
	textErr  error
}

func newCheckInput(cat *catalog.Catalog, p planner.Profile, plan *planner.Plan, replan func(planner.Profile) (*planner.Plan, error)) *checkInput {
	in := &checkInput{cat: cat, p: p, plan: plan, replan: replan, first: 1,
		byID: map[string]catalog.Exercise{}, disabled: map[string]bool{}}
	for _, e := range cat.Exercises {
		in.byID[e.ID] = e
	}
	for _, id := range cat.Disable {
		in.disabled[id] = true
	}
	if plan == nil {
		return in
	}
	// The profile a plan was made for starts on the plan's first day: the
	// profile handed to gluteplan next does not know it yet.
	in.p.Start = plan.Start
	in.dayHSE, in.weekHSE = in.volumes(plan)
	return in
}

// continuing makes in judge a plan that continues prev, as steered.
func (in *checkInput) continuing(prev *planner.Plan, steer planner.Steer) *checkInput {
	in.prev, in.steer = prev, steer
	if n := len(prev.Weeks); n > 0 {
		in.first = prev.Weeks[n-1].Week + 1
	}
	// Entries prev used and the catalog no longer holds are still known.
	for _, e := range prev.Exercises {
		if _, ok := in.byID[e.ID]; !ok {
			in.prevOnly = append(in.prevOnly, e)
		}
	}
	return in
}

// volumes recomputes the plan volume of every day and week of plan.
func (in *checkInput) volumes(plan *planner.Plan) (dayHSE [][]float64, weekHSE []float64) {
	for _, w := range plan.Weeks {
		var days []float64
		total := 0.0
		for _, d := range w.Days {
			h := 0.0
			for _, it := range d.Items {
				h += in.itemHSE(it)
			}
			days = append(days, h)
			total += h
		}
		dayHSE = append(dayHSE, days)
		weekHSE = append(weekHSE, total)
	}
	return dayHSE, weekHSE
}

// weekNo is the number the wi-th week of the plan should carry.
func (in *checkInput) weekNo(wi int) int { return in.first + wi }

// blockAt is the block of the wi-th week: weeks 1–4 are block 1, counted
// on across gluteplan next.
func (in *checkInput) blockAt(wi int) int { return (in.weekNo(wi)-1)/4 + 1 }

// posAt is the wi-th week's place in its block, 1 to 4.
func (in *checkInput) posAt(wi int) int { return (in.weekNo(wi)-1)%4 + 1 }

// blockOfWeek is the block of week number n.
func blockOfWeek(n int) int { return (n-1)/4 + 1 }

// has reports whether the profile lists condition c.
func (in *checkInput) has(c planner.Condition) bool { return slices.Contains(in.p.Conditions, c) }

// condBlock1 is the number of the block that is "block 1" for condition
// c, or 0 when the profile does not list it.
// Reading: block 1 for a condition is the first block planned with it:
// for a new plan block 1; for a continued plan, the first block of the
// plan before when that plan listed it too (the checker sees one plan
// back), else the block of the continued plan's first week (a condition
// newly listed), even when that block began in the plan before. A plan
// before that says where its condition's block 1 was (next.since) is
// taken at its word, so chains of plans keep their block 1.
func (in *checkInput) condBlock1(c planner.Condition) int {
	if !in.has(c) {
		return 0
	}
	if in.prev != nil && len(in.prev.Weeks) > 0 && slices.Contains(in.prev.Profile.Conditions, c) {
		// The plan before says where its condition's first block was
		// (next.since), which rule 0 checked when it was judged.
		if b, ok := in.prev.Next.Since[c]; ok {
			return b
		}
		return in.prev.Weeks[0].Block
	}
	return in.blockAt(0)
}

// inBlock1 reports whether the wi-th week is in block 1 for condition c.
func (in *checkInput) inBlock1(wi int, c planner.Condition) bool {
	b := in.condBlock1(c)
	return b > 0 && in.blockAt(wi) == b
}

// week1Of reports whether the wi-th week is week 1 of block 1 for c: the
// first week planned with it.
func (in *checkInput) week1Of(wi int, c planner.Condition) bool {
	if !in.inBlock1(wi, c) {
		return false
	}
	if in.prev != nil && slices.Contains(in.prev.Profile.Conditions, c) {
		return false
	}
	return wi == 0
}

// soreBlock1 reports whether the wi-th week is in block 1 for today's
// soreness. Reading: soreness is today's, so block 1 for it is the block
// of the plan's first week (of a continued plan too), and its week 1 is
// the plan's first week.
func (in *checkInput) soreBlock1(wi int) bool { return in.blockAt(wi) == in.blockAt(0) }

// seqWeek is one week of the program: of prev (old) or of the plan.
type seqWeek struct {
	no   int
	hse  float64
	week planner.Week
	old  bool
}

// sequence lists prev's weeks and the plan's, in order, so rules 3 and 13
// can look across the boundary between them.
func (in *checkInput) sequence() []seqWeek {
	var out []seqWeek
	if in.prev != nil {
		_, hse := in.volumes(in.prev)
		for i, w := range in.prev.Weeks {
			out = append(out, seqWeek{w.Week, hse[i], w, true})
		}
	}
	for wi, w := range in.plan.Weeks {
		out = append(out, seqWeek{in.weekNo(wi), in.weekHSE[wi], w, false})
	}
	return out
}

// checkRule is one planning rule of the README and the function that
// judges a plan against it.
type checkRule struct {
	n     int
	name  string
	check func(in *checkInput) []string
}

// checkRules lists the rules by number. Rule 0 is not a planning rule: it
// holds the plan JSON's shape (gluteplan help pdf, "the plan JSON") and the units every rule counts in.
// What each of the log's steers does (gluteplan next) is judged with rule
// 3, whose levels it sets; its messages start "the log's steer".
var checkRules = []checkRule{
	{0, "plan shape and units", rule0Shape},
	{1, "screening first", rule1Screening},
	{2, "weekly cap", rule2Cap},
	{3, "progression", rule3Progression},
	{4, "recovery spacing", rule4Spacing},
	{5, "soreness", rule5Soreness},
	{6, "every week", rule6EveryWeek},
	{7, "session length", rule7Length},
	{8, "equipment and limits", rule8Equipment},
	{9, "conditions", rule9Conditions},
	{10, "movement breaks", rule10Breaks},
	{11, "deterministic", rule11Deterministic},
	{12, "explainable", rule12Explainable},
	{13, "a program, not a pile", rule13Program},
	{14, "session order", rule14Order},
	{15, "listen to the body", rule15Listen},
	{16, "doses that work", rule16Doses},
	{17, "use what they have", rule17Equipment},
	{18, "activities", rule18Activities},
	{19, "form", rule19Form},
}

// violation is one broken rule: its number and what is wrong.
type violation struct {
	rule int
	msg  string
}

func (v violation) String() string {
	for _, r := range checkRules {
		if r.n == v.rule {
			return fmt.Sprintf("rule %d (%s): %s", v.rule, r.name, v.msg)
		}
	}
	return fmt.Sprintf("rule %d: %s", v.rule, v.msg)
}

// checkPlan runs every rule; a rule that panics is reported as broken
// rather than stopping the run, so one checker bug does not hide the rest.
func checkPlan(in *checkInput) []violation {
	if in.plan == nil {
		return []violation{{0, "no plan"}}
	}
	if l := in.plan.Profile.Lang; l != "" && l != planner.English {
		// The checker reads the plan's sentences by their English words;
		// TestPropertyLanguages holds the plans in other languages to the
		// English one.
		return []violation{{0, fmt.Sprintf("the checker reads plans in English, not %s: check the plan made with lang en", l)}}
	}
	var out []violation
	for _, r := range checkRules {
		func() {
			defer func() {
				if x := recover(); x != nil {
					out = append(out, violation{r.n, fmt.Sprintf("the checker panicked: %v", x)})
				}
			}()
			for _, m := range r.check(in) {
				out = append(out, violation{r.n, m})
			}
		}()
	}
	return out
}

// violations lists every way plan breaks a rule for profile p and catalog
// cat, each as "rule N (name): what".
func violations(cat *catalog.Catalog, p planner.Profile, plan *planner.Plan) []string {
	in := newCheckInput(cat, p, plan, func(q planner.Profile) (*planner.Plan, error) { return planner.Make(cat, q) })
	var out []string
	for _, v := range checkPlan(in) {
		out = append(out, v.String())
	}
	return out
}

// ---- units: work, dose ratio, plan HSE, minutes ----

// setWork is the work of one set: reps × (4 s + hold), or the seconds of a
// timed set.
func setWork(reps, hold, seconds int) float64 {
	if seconds > 0 {
		return float64(seconds)
	}
	return float64(reps * (4 + hold))
}

func doseWork(d catalog.Dose) float64 { return setWork(d.Reps, d.HoldSeconds, d.Seconds) }

func catalogWork(e catalog.Exercise) float64 { return doseWork(e.Dose) }

func itemWork(it planner.Item) float64 { return setWork(it.Reps, it.HoldSeconds, it.Seconds) }

// doseRatio is the work of a planned set over the work of a set at the
// starting dose.
func doseRatio(it planner.Item, e catalog.Exercise) float64 {
	cw := catalogWork(e)
	if cw == 0 {
		return 0
	}
	return itemWork(it) / cw
}

// itemHSE recomputes an item's glute volume: sets × glute_load × dose
// ratio. An item whose exercise is not in the catalog keeps the plan's
// number (rule 0 reports it).
func (in *checkInput) itemHSE(it planner.Item) float64 {
	e, ok := in.entry(it.Exercise)
	if !ok {
		return it.PlanHSE
	}
	return float64(it.Sets) * e.GluteLoad * doseRatio(it, e)
}

// leastMinutes is the least time an item can take: its work (twice for a
// per-side item) and the rests between sets.
// Reading: a rest follows each set but the last, so sets−1 rests count.
func leastMinutes(it planner.Item) float64 {
	sides := 1.0
	if it.PerSide {
		sides = 2
	}
	rests := max(it.Sets-1, 0) * it.RestSeconds
	return (float64(it.Sets)*itemWork(it)*sides + float64(rests)) / 60
}

// entry finds an exercise in the catalog, or among the entries a
// continued plan's predecessor used.
func (in *checkInput) entry(id string) (catalog.Exercise, bool) {
	if e, ok := in.byID[id]; ok {
		return e, true
	}
	for _, e := range in.prevOnly {
		if e.ID == id {
			return e, true
		}
	}
	return catalog.Exercise{}, false
}

// ceiling is the most an entry is progressed to (rule 3): its dose_max,
// or, without one, 3 sets and 1.5 times the starting work per set within
// 15 reps and 45 s holds.
// Reading: the 15 reps and 45 s bound only what progression adds: a
// starting dose above them is never over its own ceiling (sets, reps,
// hold and seconds are each at least the starting dose's).
type ceiling struct {
	sets, reps, hold, seconds int
	work                      float64
}

func ceilingOf(e catalog.Exercise) ceiling {
	d := e.Dose
	if m := e.DoseMax; m != nil {
		return ceiling{sets: max(m.Sets, d.Sets), reps: max(m.Reps, d.Reps), hold: max(m.HoldSeconds, d.HoldSeconds),
			seconds: max(m.Seconds, d.Seconds), work: max(doseWork(*m), doseWork(d))}
	}
	return ceiling{sets: max(3, d.Sets), reps: max(15, d.Reps), hold: max(45, d.HoldSeconds), seconds: max(45, d.Seconds),
		work: 1.5 * doseWork(d)}
}

// fits reports whether a dose per set is within the ceiling.
func (c ceiling) fits(reps, hold, seconds int) bool {
	if seconds > 0 {
		return seconds <= c.seconds && float64(seconds) <= c.work+1e-9
	}
	return reps <= c.reps && hold <= c.hold && setWork(reps, hold, 0) <= c.work+1e-9
}

// atCeiling reports whether a dose per set is at the entry's ceiling: with
// a dose_max, at its reps, hold and seconds; without one, when neither one
// more rep, nor one more second of hold (for an entry that holds) or of a
// timed set, fits.
func atCeiling(e catalog.Exercise, reps, hold, seconds int) bool {
	c := ceilingOf(e)
	if m := e.DoseMax; m != nil {
		if seconds > 0 {
			return seconds >= c.seconds
		}
		return reps >= c.reps && hold >= c.hold
	}
	if seconds > 0 {
		return !c.fits(0, 0, seconds+1)
	}
	if c.fits(reps+1, hold, 0) {
		return false
	}
	return e.Dose.HoldSeconds == 0 || !c.fits(reps, hold+1, 0)
}

// ---- what an entry is ----

func isFloor(pos catalog.Position) bool {
	switch pos {
	case catalog.Supine, catalog.Prone, catalog.SideLying, catalog.Quadruped, catalog.Kneeling, catalog.FloorSeated:
		return true
	}
	return false
}

func isStanding(pos catalog.Position) bool {
	return pos == catalog.Standing || pos == catalog.SingleLegStanding
}

// isIsometric: timed, or a hold of 10 s or more per rep, at the starting dose.
func isIsometric(e catalog.Exercise) bool {
	return e.Dose.Seconds > 0 || e.Dose.HoldSeconds >= 10
}

// holdsOf is an item's holds per set and their length: a timed set is one
// hold; a set of reps with a hold is that many holds. Per side, so a
// per-side item's holds are counted once.
func holdsOf(it planner.Item) (perSet, length int) {
	if it.Seconds > 0 {
		return 1, it.Seconds
	}
	return it.Reps, it.HoldSeconds
}

func mainTarget(e catalog.Exercise) catalog.Target {
	if len(e.Targets) == 0 {
		return ""
	}
	return e.Targets[0]
}

func isAbductor(e catalog.Exercise) bool {
	t := mainTarget(e)
	return t == catalog.GluteusMedius || t == catalog.GluteusMinimus
}

func isStretch(c catalog.Category) bool {
	return c == catalog.DynamicStretch || c == catalog.StaticStretch
}

// needs lists every item of equipment an entry names: all of equipment,
// and the items of equipment_any.
func needs(e catalog.Exercise) []catalog.Equipment {
	return append(slices.Clone(e.Equipment), e.EquipmentAny...)
}

// usesAny reports whether an entry names one of qs.
func usesAny(e catalog.Exercise, qs ...catalog.Equipment) bool {
	return slices.ContainsFunc(needs(e), func(q catalog.Equipment) bool { return slices.Contains(qs, q) })
}

// idWords splits an id into its words.
func idWords(id string) []string { return strings.Split(id, "-") }

// hasWord reports whether the entry's id holds one of words as a word,
// or its name holds one of them (case-insensitively).
func hasWord(e catalog.Exercise, words ...string) bool {
	name := " " + strings.ToLower(strings.NewReplacer("-", " ", ",", " ", "(", " ", ")", " ").Replace(e.Name)) + " "
	for _, w := range words {
		if slices.Contains(idWords(e.ID), w) || strings.Contains(name, " "+w+" ") {
			return true
		}
	}
	return false
}

// isHinge recognises a hip-hinge pattern drill (rule 19).
// Reading: an entry is a hip-hinge drill when "hinge" is a word of its id
// or of its name, as the default catalog marks its hinge drills.
func isHinge(e catalog.Exercise) bool { return hasWord(e, "hinge") }

// isPelvicFloor recognises a pelvic-floor exercise (rule 9).
// Reading: "pelvic" is a word of its id, or its name says "pelvic floor"
// or "pelvic-floor".
func isPelvicFloor(e catalog.Exercise) bool {
	n := strings.ToLower(e.Name)
	return slices.Contains(idWords(e.ID), "pelvic") || strings.Contains(n, "pelvic floor") || strings.Contains(n, "pelvic-floor")
}

// isWalk recognises walking (rule 9's "only walking ... under 6 weeks").
// Reading: a dynamic stretch with "walk" a word of its id or name
// ("walk-break"); a banded lateral walk is activation, not walking.
func isWalk(e catalog.Exercise) bool {
	return e.Category == catalog.DynamicStretch && hasWord(e, "walk", "walking")
}

// isJumpOrRun recognises jumping and running drills (rule 9, under 12
// weeks after birth).
// Reading: one of jump, jumps, jumping, hop, hops, hopping, bound,
// bounds, bounding, skip, skips, skipping, sprint, sprints, jog, jogging,
// plyometric is a word of the id or name, or it is "high knees" or "butt
// kicks". A warm-up named for before a run ("pre-run") is not a drill.
func isJumpOrRun(e catalog.Exercise) bool {
	if hasWord(e, "jump", "jumps", "jumping", "hop", "hops", "hopping", "bound", "bounds", "bounding", "skip", "skips",
		"skipping", "sprint", "sprints", "jog", "jogging", "plyometric") {
		return true
	}
	n := strings.ToLower(e.ID + " " + e.Name)
	return strings.Contains(n, "high-knees") || strings.Contains(n, "high knees") ||
		strings.Contains(n, "butt-kicks") || strings.Contains(n, "butt kicks")
}

// isLoaded: the entry uses a weight (a dumbbell or kettlebell), rule 16's
// "loaded". Reading: bands are resistance, not load; a bench is not load
// (rule 9's caesarean rule names the bench itself).
func isLoaded(e catalog.Exercise) bool { return usesAny(e, catalog.Dumbbell, catalog.Kettlebell) }

// isSingleLeg: rule 16's "single-leg" entry. Reading: done standing on
// one leg, or "single-leg" (or "single leg", "one-leg") is in its id or
// name.
func isSingleLeg(e catalog.Exercise) bool {
	n := strings.ToLower(e.ID + " " + e.Name)
	return e.Position == catalog.SingleLegStanding || strings.Contains(n, "single-leg") || strings.Contains(n, "single leg") ||
		strings.Contains(n, "one-leg") || strings.Contains(n, "one leg")
}

var levelRank = map[catalog.Level]int{catalog.Beginner: 0, catalog.Intermediate: 1, catalog.Advanced: 2}

var levelCap = map[catalog.Level]float64{catalog.Beginner: 10, catalog.Intermediate: 16, catalog.Advanced: 20}

var allWeekdays = []planner.Weekday{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}

func weekdayOf(t time.Time) planner.Weekday { return allWeekdays[(int(t.Weekday())+6)%7] }

// ---- the person's activities ----

// defaultGluteSets are the hard glute sets of a session of each kind when
// the profile does not say (rule 18).
var defaultGluteSets = map[planner.ActivityKind]int{
	planner.Gym: 10, planner.Running: 3, planner.Cycling: 2, planner.TeamSport: 5, planner.Walking: 0, planner.Other: 3,
}

// dayActivity is the person's own training on one date.
type dayActivity struct {
	kind planner.ActivityKind
	sets int
	// asWalk: a run planned as a walk, under 12 weeks after birth (rule 9).
	asWalk bool
}

// hard: a hard activity has 3 or more glute sets; walking never is (rule 18).
func (a *dayActivity) hard() bool { return a != nil && a.kind != planner.Walking && a.sets >= 3 }

// activityOf is the activity of profile p on a date, or nil.
// Readings: a walk counts its glute_sets (0 unless the person says more)
// towards the cap, and is never a hard day. Under 12 weeks after the
// birth_date, a running day is planned as a walk (rule 9): its activity is
// walking and it counts as a walk, 0 glute sets.
func activityOf(p planner.Profile, date string, d planner.Weekday) *dayActivity {
	var a *dayActivity
	for _, x := range p.Activities {
		if slices.Contains(x.Days, d) {
			n := defaultGluteSets[x.Kind]
			if x.GluteSets != nil {
				n = *x.GluteSets
			}
			a = &dayActivity{kind: x.Kind, sets: n}
			break
		}
	}
	if a == nil && slices.Contains(p.GymDays, d) {
		a = &dayActivity{kind: planner.Gym, sets: p.GymSets}
	}
	// Reading (the lead's): a plan that starts within 12 weeks of the
	// birth plans its runs as walks throughout; the next plan, made later,
	// plans them as runs again.
	if a != nil && a.kind == planner.Running {
		if days, ok := daysSinceBirth(p, p.Start); ok && days < 84 {
			a = &dayActivity{kind: planner.Walking, sets: 0, asWalk: true}
		}
	}
	return a
}

func (in *checkInput) activityOn(d planner.Day) *dayActivity {
	return activityOf(in.p, d.Date, d.Weekday)
}

// daysSinceBirth is how many days date is after the birth_date of a
// postpartum profile.
func daysSinceBirth(p planner.Profile, date string) (int, bool) {
	if !slices.Contains(p.Conditions, planner.Postpartum) || p.BirthDate == "" {
		return 0, false
	}
	b, err1 := time.Parse("2006-01-02", p.BirthDate)
	t, err2 := time.Parse("2006-01-02", date)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	return int(t.Sub(b).Hours() / 24), true
}

// hasKind reports whether the person has an activity of kind k.
func (in *checkInput) hasKind(k planner.ActivityKind) bool {
	if k == planner.Gym && len(in.p.GymDays) > 0 {
		return true
	}
	return slices.ContainsFunc(in.p.Activities, func(a planner.Activity) bool { return a.Kind == k })
}

// gymSets is the most glute sets one of the person's gym days holds.
// Reading: gym days of no glute sets have nothing to halve (rule 5).
func (in *checkInput) gymSets() int {
	n := 0
	if len(in.p.GymDays) > 0 {
		n = in.p.GymSets
	}
	for _, a := range in.p.Activities {
		if a.Kind == planner.Gym {
			s := defaultGluteSets[a.Kind]
			if a.GluteSets != nil {
				s = *a.GluteSets
			}
			n = max(n, s)
		}
	}
	return n
}

// easedKinds lists the person's activities other than the gym that count
// glute sets: their advice is to ease the hardest part (rule 18).
func (in *checkInput) easedKinds() []planner.ActivityKind {
	var out []planner.ActivityKind
	for _, a := range in.p.Activities {
		n := defaultGluteSets[a.Kind]
		if a.GluteSets != nil {
			n = *a.GluteSets
		}
		if a.Kind == planner.Running {
			if days, ok := daysSinceBirth(in.p, in.p.Start); ok && days < 84 {
				continue // planned as walks, which need no easing
			}
		}
		if a.Kind != planner.Gym && n > 0 && !slices.Contains(out, a.Kind) {
			out = append(out, a.Kind)
		}
	}
	return out
}

// activityWords are the words a text names an activity by (rule 18).
var activityWords = map[planner.ActivityKind][]string{
	planner.Gym:       {"gym"},
	planner.Running:   {"run"},
	planner.Cycling:   {"ride", "rides", "cycl", "bike"},
	planner.TeamSport: {"game", "match", "sport"},
	planner.Walking:   {"walk"},
	planner.Other:     {"training", "activit", "session"},
}

// activityNoun names one session of an activity, as the person would.
var activityNoun = map[planner.ActivityKind]string{
	planner.Gym: "gym session", planner.Running: "run", planner.Cycling: "ride", planner.TeamSport: "game",
	planner.Walking: "walk", planner.Other: "training session",
}

// ---- reading the plan's words ----

// warned reports whether some warning contains every one of words.
func (in *checkInput) warned(words ...string) bool {
	return slices.ContainsFunc(in.plan.Warnings, func(w string) bool { return containsAll(strings.ToLower(w), words...) })
}

// warnedOfWeek reports whether a warning holds every one of words and
// names week no ("In week 8, …", "In weeks 4 and 8, …").
func (in *checkInput) warnedOfWeek(no int, words ...string) bool {
	return slices.ContainsFunc(in.plan.Warnings, func(w string) bool {
		lw := strings.ToLower(w)
		if !containsAll(lw, words...) {
			return false
		}
		if strings.Contains(lw, fmt.Sprintf("week %d is", no)) {
			return true
		}
		// The weeks the warning opens with: "in week 8", "in weeks 4
		// and 8", "in weeks 9, 10, 11 and 13".
		head := weekList.FindStringSubmatch(lw)
		if head == nil {
			return false
		}
		return slices.Contains(strings.FieldsFunc(head[1], func(r rune) bool { return !isDigit(byte(r)) }), strconv.Itoa(no))
	})
}

// weekList matches the weeks a warning opens with.
var weekList = regexp.MustCompile(`^in weeks? ([0-9]+(?:(?:, | and )[0-9]+)*)`)

// warnedAny reports whether some warning contains one of words.
func (in *checkInput) warnedAny(words ...string) bool {
	return slices.ContainsFunc(in.plan.Warnings, func(w string) bool { return containsAny(strings.ToLower(w), words...) })
}

// warnedWith reports whether some warning satisfies ok (given lower case).
func (in *checkInput) warnedWith(ok func(lw string) bool) bool {
	return slices.ContainsFunc(in.plan.Warnings, func(w string) bool { return ok(strings.ToLower(w)) })
}

// namesWeek reports whether s (lower case) names week n: it speaks of a
// week and holds the number n as a number of its own.
func namesWeek(s string, n int) bool {
	if !strings.Contains(s, "week") {
		return false
	}
	num := strconv.Itoa(n)
	for i := 0; ; {
		j := strings.Index(s[i:], num)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(num)
		if (j == 0 || !isDigit(s[j-1])) && (end == len(s) || !isDigit(s[end])) {
			return true
		}
		i = j + 1
	}
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func containsAll(s string, words ...string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// easeAdvice holds the advice of rule 18 for an activity other than the
// gym: ease its hardest part. Reading: a sentence holding "eas" and one
// of "hardest", "hill", "interval", "sprint".
func easeAdvice(lw string) bool {
	return strings.Contains(lw, "eas") && containsAny(lw, "hardest", "hill", "interval", "sprint")
}

func dayName(w planner.Week, d planner.Day) string {
	return fmt.Sprintf("week %d %s %s", w.Week, d.Weekday, d.Date)
}

func hasCategory(d planner.Day, c catalog.Category) bool {
	return slices.ContainsFunc(d.Items, func(it planner.Item) bool { return it.Category == c })
}

// usedIDs lists the exercises the plan uses: items and movement-break drills.
func (in *checkInput) usedIDs() map[string]bool {
	used := map[string]bool{}
	for _, w := range in.plan.Weeks {
		for _, d := range w.Days {
			for _, it := range d.Items {
				used[it.Exercise] = true
			}
		}
	}
	for _, id := range in.plan.MovementBreaks.Exercises {
		used[id] = true
	}
	return used
}

// planned calls fn for every item with its week, day and catalog entry
// (items whose exercise is unknown are skipped: rule 0 reports them).
func (in *checkInput) planned(fn func(wi int, w planner.Week, d planner.Day, it planner.Item, e catalog.Exercise)) {
	for wi, w := range in.plan.Weeks {
		for _, d := range w.Days {
			for _, it := range d.Items {
				if e, ok := in.entry(it.Exercise); ok {
					fn(wi, w, d, it, e)
				}
			}
		}
	}
}

// isStrengthening reports whether an item is a strengthening item: an
// activation entry with glute_load above 0 in an activation session.
func isStrengthening(d planner.Day, e catalog.Exercise) bool {
	return d.Session == planner.ActivationSession && e.Category == catalog.Activation && e.GluteLoad > 0
}

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

// text prints the plan as the terminal shows it with --explain,
// whitespace squashed; rules 10, 12 and 15 share the one rendering.
func (in *checkInput) text() (string, error) {
	if in.textDone {
		return in.textOut, in.textErr
	}
	var b strings.Builder
	in.textErr = in.plan.WriteText(&b, true)
	in.textOut, in.textDone = squash(b.String()), true
	return in.textOut, in.textErr
}

// squash turns every run of white space into one space, so text wrapped
// over lines still matches.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

func sortedKeys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func sameSet[T comparable](a, b []T) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	for _, x := range b {
		if !slices.Contains(a, x) {
			return false
		}
	}
	return true
}

func jsonEqual(a, b any) bool {
	ja, err1 := json.Marshal(a)
	jb, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && bytes.Equal(ja, jb)
}

// ---- rule 0: the plan JSON and the units of the rules ----

// rule0Shape checks the plan's shape: the profile it was made for, weeks
// numbered from 1 (or on from the plan it continues) with blocks of 4 and
// a deload fourth week, 7 consecutive days from start (the day after the
// plan it continues), gym and activity on the days of the person's
// activities, sessions only on the person's days, and every item's numbers
// recomputed from its catalog entry (dose ratio, plan HSE, minutes), then
// the day and week totals.
// Readings: a primer is only for activity days; a rest day has no items
// and a day with items is not a rest day; activation items appear only in
// activation sessions and primers, and an activation session holds some.
func rule0Shape(in *checkInput) []string {
	var bad []string
	fail := func(f string, a ...any) { bad = append(bad, fmt.Sprintf(f, a...)) }
	plan, p := in.plan, in.p
	wantStart := p.Start
	if in.prev != nil {
		// A continued plan starts the day after prev ends.
		if end, err := time.Parse("2006-01-02", in.prev.End); err == nil {
			wantStart = end.AddDate(0, 0, 1).Format("2006-01-02")
		}
	}
	if plan.Start != wantStart {
		fail("start %s, want %s", plan.Start, wantStart)
	}
	pp := plan.Profile
	if pp.Weeks != p.Weeks || pp.Start != plan.Start || pp.Minutes != p.Minutes || pp.Level != p.Level ||
		pp.Soreness != p.Soreness || pp.PainDays != p.PainDays || pp.SittingHours != p.SittingHours || pp.GymSets != p.GymSets ||
		pp.Seen != p.Seen || pp.BirthDate != p.BirthDate || pp.Caesarean != p.Caesarean ||
		!sameSet(pp.Days, p.Days) || !sameSet(pp.GymDays, p.GymDays) || !sameSet(pp.Equipment, p.Equipment) ||
		!sameSet(pp.Limits, p.Limits) || !sameSet(pp.Conditions, p.Conditions) || !sameSet(pp.Symptoms, p.Symptoms) ||
		len(pp.Activities) != len(p.Activities) || len(p.Activities) > 0 && !jsonEqual(pp.Activities, p.Activities) {
		fail("the plan's profile differs from the profile it was made for: %+v", pp)
	}
	if len(plan.Weeks) != p.Weeks {
		fail("%d weeks, want %d", len(plan.Weeks), p.Weeks)
	}
	start, err := time.Parse("2006-01-02", plan.Start)
	if err != nil {
		fail("start %q is not a date", plan.Start)
	}
	for wi, w := range plan.Weeks {
		if w.Week != in.weekNo(wi) {
			fail("week %d of the plan is numbered %d, want %d", wi+1, w.Week, in.weekNo(wi))
		}
		if w.Block != in.blockAt(wi) {
			fail("week %d is in block %d, want %d", in.weekNo(wi), w.Block, in.blockAt(wi))
		}
		phase := planner.Build
		if in.posAt(wi) == 4 {
			phase = planner.Deload
		}
		if w.Phase != phase {
			fail("week %d phase %q, want %q", in.weekNo(wi), w.Phase, phase)
		}
		if len(w.Days) != 7 {
			fail("week %d has %d days, want 7", wi+1, len(w.Days))
			continue
		}
		weekSum := 0.0
		for di, d := range w.Days {
			where := dayName(w, d)
			date := start.AddDate(0, 0, 7*wi+di)
			if err == nil && d.Date != date.Format("2006-01-02") {
				fail("%s: date should be %s", where, date.Format("2006-01-02"))
			}
			if err == nil && d.Weekday != weekdayOf(date) {
				fail("%s: weekday should be %s", where, weekdayOf(date))
			}
			act := in.activityOn(d)
			if d.Gym != (act != nil) {
				fail("%s: gym is %v, the profile has %s that day", where, d.Gym, map[bool]string{true: "an activity", false: "no activity"}[act != nil])
			}
			switch {
			case act == nil && d.Activity != nil:
				fail("%s: activity %s on a day without one", where, *d.Activity)
			case act != nil && (d.Activity == nil || *d.Activity != act.kind):
				got := "null"
				if d.Activity != nil {
					got = string(*d.Activity)
				}
				fail("%s: activity %s, want %s", where, got, act.kind)
			}
			switch d.Session {
			case planner.RestDay:
				if len(d.Items) > 0 {
					fail("%s: a rest day with %d items", where, len(d.Items))
				}
			case planner.ActivationSession, planner.RecoverySession, planner.PrimerSession:
				if len(d.Items) == 0 {
					fail("%s: a %s session without items", where, d.Session)
				}
				if !slices.Contains(p.Days, d.Weekday) {
					fail("%s: a %s session on a day the person does not have", where, d.Session)
				}
				if d.Session == planner.PrimerSession && act == nil {
					fail("%s: a primer on a day without an activity", where)
				}
			default:
				fail("%s: unknown session %q", where, d.Session)
			}
			if d.Session == planner.RecoverySession && hasCategory(d, catalog.Activation) {
				// Reading: a recovery session holds no activation entry but
				// the rule 9 tendinopathy holds, which may be done every day,
				// and work with no glute load (a pelvic-floor exercise).
				for _, it := range d.Items {
					if e, ok := in.entry(it.Exercise); ok && e.Category == catalog.Activation && e.GluteLoad > 0 &&
						!(in.has(planner.GlutealTendinopathy) && isAbductor(e) && isIsometric(e)) {
						fail("%s: a recovery session holds activation work (%s)", where, it.Exercise)
					}
				}
			}
			// Reading: a week may leave the activation work out of a
			// session when even its lightest dose is more than the week may
			// hold (the load rules come first), if a warning naming the week
			// says so ("In week 8, …" or, grouped, "In weeks 8 and 12, …").
			lighter := in.warnedOfWeek(w.Week, "left out of some sessions")
			if d.Session == planner.ActivationSession && len(d.Items) > 0 && !hasCategory(d, catalog.Activation) && !lighter {
				fail("%s: an activation session without activation work (a recovery session, by what it holds)", where)
			}
			minutes, hse := 0.0, 0.0
			for _, it := range d.Items {
				bad = append(bad, in.checkItem(where, it)...)
				minutes += it.Minutes
				hse += in.itemHSE(it)
			}
			if !near(d.Minutes, minutes, minuteTol) {
				fail("%s: minutes %.2f, the items add up to %.2f", where, d.Minutes, minutes)
			}
			if !near(d.PlanHSE, hse, hseTol*float64(1+len(d.Items))) {
				fail("%s: plan_hse %.3f, recomputed %.3f", where, d.PlanHSE, hse)
			}
			weekSum += hse
		}
		if !near(w.PlanHSE, weekSum, hseTol*8) {
			fail("week %d: plan_hse %.3f, recomputed %.3f", w.Week, w.PlanHSE, weekSum)
		}
	}
	if n := len(plan.Weeks); n > 0 && len(plan.Weeks[n-1].Days) == 7 {
		if last := plan.Weeks[n-1].Days[6].Date; plan.End != last {
			fail("end %s, the last day is %s", plan.End, last)
		}
		if plan.Next.Week != plan.Weeks[n-1].Week || plan.Next.Block != plan.Weeks[n-1].Block {
			fail("next says week %d block %d, the plan ends in week %d block %d",
				plan.Next.Week, plan.Next.Block, plan.Weeks[n-1].Week, plan.Weeks[n-1].Block)
		}
	}
	if since := plan.Next.Since; since != nil {
		for _, c := range p.Conditions {
			if since[c] != in.condBlock1(c) {
				fail("next.since gives %s block %d, want %d", c, since[c], in.condBlock1(c))
			}
		}
	}
	if in.prev != nil {
		if c := plan.Continues; c == nil || c.Steer != in.steer || c.From != in.prev.Start || c.To != in.prev.End {
			fail("continues is %+v, want the plan of %s to %s steered %s", c, in.prev.Start, in.prev.End, in.steer)
		}
	}
	// The plan carries the entries it uses, as the catalog has them.
	used := in.usedIDs()
	seen := map[string]bool{}
	for _, e := range plan.Exercises {
		if seen[e.ID] {
			fail("exercises lists %s twice", e.ID)
		}
		seen[e.ID] = true
		if !used[e.ID] {
			fail("exercises lists %s, which the plan does not use", e.ID)
		}
		if ce, ok := in.byID[e.ID]; ok && !jsonEqual(ce, e) {
			fail("exercises holds %s changed from the catalog's entry", e.ID)
		}
	}
	for id := range used {
		if !seen[id] {
			fail("the plan uses %s but its exercises do not hold it", id)
		}
	}
	for _, id := range plan.MovementBreaks.Exercises {
		if _, ok := in.byID[id]; !ok {
			fail("movement break drill %s is not in the catalog", id)
		}
		if in.disabled[id] {
			fail("movement break drill %s is disabled in the catalog", id)
		}
	}
	return bad
}

// checkItem recomputes one item from its catalog entry. The bounds of a
// dose (half the starting work per set up to the ceiling) are rule 3's.
func (in *checkInput) checkItem(where string, it planner.Item) []string {
	var bad []string
	fail := func(f string, a ...any) { bad = append(bad, where+": "+it.Exercise+": "+fmt.Sprintf(f, a...)) }
	e, ok := in.byID[it.Exercise]
	if !ok {
		fail("not in the catalog")
		return bad
	}
	if in.disabled[it.Exercise] {
		fail("disabled in the catalog")
	}
	if it.Name != e.Name || it.Category != e.Category {
		fail("name %q category %s, the catalog says %q %s", it.Name, it.Category, e.Name, e.Category)
	}
	if it.PerSide != e.Dose.PerSide {
		fail("per_side %v, the catalog says %v", it.PerSide, e.Dose.PerSide)
	}
	if it.Sets < 1 {
		fail("%d sets", it.Sets)
	}
	if (e.Dose.Seconds > 0) != (it.Seconds > 0) || (e.Dose.Reps > 0) != (it.Reps > 0) {
		fail("dose %d reps / %d s, but the catalog entry counts %s", it.Reps, it.Seconds, map[bool]string{true: "seconds", false: "reps"}[e.Dose.Seconds > 0])
	}
	if it.Seconds > 0 && it.HoldSeconds > 0 {
		fail("a timed item with a hold of %d s", it.HoldSeconds)
	}
	r := doseRatio(it, e)
	if !near(it.DoseRatio, r, 0.006) {
		fail("dose_ratio %.3f, recomputed %.3f", it.DoseRatio, r)
	}
	if h := float64(it.Sets) * e.GluteLoad * r; !near(it.PlanHSE, h, hseTol) {
		fail("plan_hse %.3f, recomputed %d × %.2f × %.3f = %.3f", it.PlanHSE, it.Sets, e.GluteLoad, r, h)
	}
	if least := leastMinutes(it); it.Minutes < least-minuteTol {
		fail("%.2f minutes, less than its work and rests (%.2f)", it.Minutes, least)
	}
	return bad
}

// ---- rule 1 ----

// urgentSymptoms send the person to urgent care today (rule 1).
var urgentSymptoms = []planner.Symptom{planner.BladderBowel, planner.SaddleNumbness, planner.BothLegs, planner.Fever,
	planner.CannotBear, planner.LegSwelling}

// screens says how rule 1 screens a profile: refer (see a physical
// therapist or physician first), and urgent (urgent care today).
// tingling and pain_below_knee are part of a diagnosed piriformis
// syndrome and plan.
func screens(p planner.Profile) (refer, urgent bool) {
	piriformis := slices.Contains(p.Conditions, planner.PiriformisSyndrome)
	for _, s := range p.Symptoms {
		if piriformis && (s == planner.Tingling || s == planner.PainBelowKnee) {
			continue
		}
		refer = true
		urgent = urgent || slices.Contains(urgentSymptoms, s)
	}
	return refer || p.Soreness >= 8, urgent
}

// seen: a physical therapist or physician has seen the soreness, said or
// implied by a diagnosis of gluteal tendinopathy or piriformis syndrome.
func seen(p planner.Profile) bool {
	return p.Seen || slices.Contains(p.Conditions, planner.GlutealTendinopathy) || slices.Contains(p.Conditions, planner.PiriformisSyndrome)
}

var timeline = regexp.MustCompile(`8\s*(–|-|to)\s*12 weeks`)

// rule1Screening: a profile screening refers gets no plan; with piriformis
// syndrome, tingling and pain below the knee plan with a warning to get
// rechecked; pain_days ≥ 7 gives a prominent "get it checked if it is not
// improving" warning, or, when the person has been seen, a warning to keep
// whoever treats them informed and ask them if it gets worse (and then no
// warning or red flag says to get it checked if it is not improving); pain
// of 7 days or more, or a condition, gives the honest timeline (most
// improve over 8–12 weeks); postpartum carries the pelvic-health advice.
// (The red flags every plan carries are checked with rule 15; the referral
// itself is pinned by TestScreeningTable and TestPropertyScreeningRefers.)
// Readings: the not-seen warning holds "check" and "improv"; the seen one
// holds "inform" and "worse"; "prominent" means among the first three
// warnings (rule 1's recheck and pelvic-health warnings may come first).
// The recheck warning holds "check" and "spread"; the timeline "8–12
// weeks" (or 8-12, 8 to 12); the pelvic-health advice "pelvic" and
// "health" and "physio". A plan that asks for a check now (a step back
// after a block sore throughout: a warning holding "book a check" and
// "now") gives no timeline: "give it 8–12 weeks" would pull against
// "book a check now" (README "the next block").
func rule1Screening(in *checkInput) []string {
	var bad []string
	fail := func(f string, a ...any) { bad = append(bad, fmt.Sprintf(f, a...)) }
	p := in.p
	if refer, _ := screens(p); refer {
		fail("a plan was made although screening refers (symptoms %v, soreness %d)", p.Symptoms, p.Soreness)
	}
	if in.has(planner.PiriformisSyndrome) && (slices.Contains(p.Symptoms, planner.Tingling) || slices.Contains(p.Symptoms, planner.PainBelowKnee)) {
		if !in.warned("check", "spread") {
			fail("piriformis syndrome with %v: no warning to get rechecked if they spread or worsen", p.Symptoms)
		}
	}
	if p.PainDays >= 7 {
		first := in.plan.Warnings[:min(3, len(in.plan.Warnings))]
		if seen(p) {
			switch {
			case !in.warned("inform", "worse"):
				fail("pain for %d days, seen by a professional: no warning to keep them informed and ask them if it gets worse", p.PainDays)
			case !slices.ContainsFunc(first, func(w string) bool { return containsAll(strings.ToLower(w), "inform", "worse") }):
				fail("pain for %d days: the warning to keep whoever treats them informed is not among the first three", p.PainDays)
			}
			for _, s := range append(slices.Clone(in.plan.Warnings), in.plan.RedFlags...) {
				if ls := strings.ToLower(s); containsAll(ls, "not improving", "check") {
					fail("seen by a professional, yet the plan says to get it checked if it is not improving: %q", s)
				}
			}
		} else {
			switch {
			case !in.warned("check", "improv"):
				fail("pain for %d days but no warning to get it checked if it is not improving", p.PainDays)
			case !slices.ContainsFunc(first, func(w string) bool { return containsAll(strings.ToLower(w), "check", "improv") }):
				fail("pain for %d days: the warning to get it checked is not among the first three", p.PainDays)
			}
		}
	}
	checkNow := in.warned("book a check", "now") || in.warned("jetzt", "abklären")
	switch {
	case checkNow && in.warnedWith(timeline.MatchString):
		fail("the plan asks for a check now and also says most people improve over 8–12 weeks")
	case checkNow:
	case (p.PainDays >= 7 || len(p.Conditions) > 0) && !in.warnedWith(timeline.MatchString):
		fail("pain for %d days, conditions %v: no warning says most people improve over 8–12 weeks", p.PainDays, p.Conditions)
	case !seen(p) && p.PainDays >= 7 && !in.warnedWith(func(w string) bool {
		return containsAll(strings.ToLower(w), "check", "improv") && timeline.MatchString(w)
	}):
		// A physiotherapist read "get it checked" and "give it time" as
		// two notes pulling apart: one note says both.
		fail("pain for %d days, not seen: the check and the 8–12 weeks are two notes, which read as opposite advice", p.PainDays)
	}
	if in.has(planner.Postpartum) && !in.warned("pelvic", "health", "physio") {
		fail("postpartum: no advice to see a pelvic-health physiotherapist for leaking, heaviness or a gap")
	}
	return bad
}

// ---- rule 2 ----

// weekCap is the cap a week should carry: the level's, or the beginner cap
// in block 1 with gluteal tendinopathy.
// Reading: postpartum block 1 "is planned at beginner level whatever the
// level", its cap included.
func (in *checkInput) weekCap(wi int) float64 {
	if in.inBlock1(wi, planner.GlutealTendinopathy) || in.inBlock1(wi, planner.Postpartum) {
		return levelCap[catalog.Beginner]
	}
	return levelCap[in.p.Level]
}

// activityHSE is a week's volume from the person's activities: their glute
// sets on each activity day; gym is the gym's part; days counts the
// activity days whose activity counts glute sets.
func (in *checkInput) activityHSE(w planner.Week) (total, gym float64, days int) {
	for _, d := range w.Days {
		if a := in.activityOn(d); a != nil {
			total += float64(a.sets)
			if a.kind == planner.Gym {
				gym += float64(a.sets)
			}
			if a.sets > 0 {
				days++
			}
		}
	}
	return total, gym, days
}

// fills reports whether the activities fill the cap in the wi-th week:
// they leave less than 1.5 per activity day under it.
// Reading: an activity day here is one whose activity counts glute sets;
// a walk of 0 leaves the cap untouched and fills nothing.
func (in *checkInput) fills(wi int) bool {
	act, _, days := in.activityHSE(in.plan.Weeks[wi])
	return days > 0 && in.weekCap(wi)-act < 1.5*float64(days)-1e-9
}

// halving reports whether the plan tells the person to ease their own
// training in the wi-th week (gym-goers to halve their gym glute sets): a
// lighter week, block 1 at soreness 7, or the block a step back starts in
// (README "the next block").
func (in *checkInput) halving(wi int) bool {
	stepBlock := in.stepBack() && in.blockAt(wi) <= in.blockAt(min(1, len(in.plan.Weeks)-1))
	return in.plan.Weeks[wi].Phase == planner.Deload || in.p.Soreness == 7 && in.soreBlock1(wi) || stepBlock
}

// easedHSE is the activities' volume in week wi as the advice to ease
// them asks: the gym's glute sets at half, other activities at their
// kind's estimate for an easy session where the person counts more and a
// third shorter (two thirds of it); in a lighter week whose week before
// eased them already (a step back's block, the first block at soreness
// 7), half of that again.
func (in *checkInput) easedHSE(wi int) float64 {
	w := in.plan.Weeks[wi]
	t := 0.0
	for _, d := range w.Days {
		if a := in.activityOn(d); a != nil {
			if a.kind == planner.Gym {
				t += float64(a.sets) / 2
			} else {
				t += float64(min(a.sets, defaultGluteSets[a.kind])) * 2 / 3
			}
		}
	}
	if w.Phase == planner.Deload && wi > 0 && in.halving(wi-1) {
		t /= 2
	}
	return t
}

// cutWords say to cut an activity's glute work (rule 2's warning).
var cutWords = regexp.MustCompile(`\b(cut|fewer|reduce|drop|ease|easier)\b`)

// rule2Cap: activities + plan ≤ the week's cap; when the activities fill
// it the plan adds at most 1.5 a week for each activity day (at least 1.5
// in all) and warns to cut glute sets.
// Readings: the cap is judged against the activities' full volume, even
// in weeks the plan advises easing them (a lighter week, soreness 7, the
// block a step back starts in); gym_hse may report the full volume or
// the eased one in those weeks: the gym's half, and a run, a ride or a
// game without its hardest part at its kind's default for an easy
// session where the person counts more (rule 18: the defaults are
// estimates for easy sessions), and a third shorter: two thirds of that
// (a lighter week holds 50 to 70%, rule 3); a lighter week whose week
// before eased them already (a step back's block, the first block at
// soreness 7) half of that again, so that it is lighter than the weeks
// before it.
// When filled, the plan's own volume is held to the allowance, which may
// pass the cap by what the allowance grants. The warning to cut holds one
// of the words "cut", "fewer", "reduce", "drop", "ease", "easier", or
// rule 18's easing of the hardest part, and names one of the activities
// ("gym"; a run, a ride, a game, ...).
func rule2Cap(in *checkInput) []string {
	var bad []string
	fail := func(f string, a ...any) { bad = append(bad, fmt.Sprintf(f, a...)) }
	if in.plan.Cap != levelCap[in.p.Level] {
		fail("the plan's cap is %v, the %s cap is %v", in.plan.Cap, in.p.Level, levelCap[in.p.Level])
	}
	var kinds []string
	for _, a := range in.p.Activities {
		kinds = append(kinds, activityWords[a.Kind]...)
	}
	if len(in.p.GymDays) > 0 {
		kinds = append(kinds, "gym")
	}
	cutWarned := in.warnedWith(func(lw string) bool { return (cutWords.MatchString(lw) || easeAdvice(lw)) && containsAny(lw, kinds...) })
	for wi, w := range in.plan.Weeks {
		limit := in.weekCap(wi)
		if w.Cap != limit {
			fail("week %d: cap %v, want %v", w.Week, w.Cap, limit)
		}
		act, gym, actDays := in.activityHSE(w)
		if !near(w.GymHSE, act, 1e-9) && !(in.halving(wi) && w.GymHSE < act && w.GymHSE >= min(act-gym/2, in.easedHSE(wi))-0.51) {
			fail("week %d: gym_hse %v, want the activities' %v", w.Week, w.GymHSE, act)
		}
		plan := in.weekHSE[wi]
		if in.fills(wi) {
			allow := max(1.5*float64(actDays), 1.5)
			if plan > allow+hseTol {
				fail("week %d: the activities (%v) fill the cap %v, yet the plan adds %.2f, over %.1f", w.Week, act, limit, plan, allow)
			}
			if !cutWarned {
				fail("week %d: the activities (%v) fill the cap %v and no warning says to cut their glute sets", w.Week, act, limit)
			}
		} else if act+plan > limit+hseTol {
			fail("week %d: activities %v + plan %.2f = %.2f is over the cap %v", w.Week, act, plan, act+plan, limit)
		}
	}
	return bad
}

// ---- rule 3 ----

// exerciseWeek is one exercise in one week: its weekly sets, its dose per
// set (the first day's; rule 13 checks that every day has the same) and
// its weekly work.
type exerciseWeek struct {
	sets                int
	reps, hold, seconds int
	work                float64
	// strength: a strengthening item in some session of the week.
	strength bool
}

// weekDoses lists the exercises of a week with their weekly sets and dose.
func (in *checkInput) weekDoses(w planner.Week) map[string]*exerciseWeek {
	m := map[string]*exerciseWeek{}
	for _, d := range w.Days {
		for _, it := range d.Items {
			wd := m[it.Exercise]
			if wd == nil {
				wd = &exerciseWeek{reps: it.Reps, hold: it.HoldSeconds, seconds: it.Seconds}
				m[it.Exercise] = wd
			}
			wd.sets += it.Sets
			wd.work += float64(it.Sets) * itemWork(it)
			if e, ok := in.entry(it.Exercise); ok && isStrengthening(d, e) {
				wd.strength = true
			}
		}
	}
	return m
}

func (d *exerciseWeek) perSet() float64 { return setWork(d.reps, d.hold, d.seconds) }

// harderVariants maps an entry to every entry up its progression chain.
func (in *checkInput) harderVariants(id string) []string {
	var out []string
	seen := map[string]bool{id: true}
	for e, ok := in.entry(id); ok && e.Progression != "" && !seen[e.Progression]; e, ok = in.entry(e.Progression) {
		seen[e.Progression] = true
		out = append(out, e.Progression)
	}
	return out
}

// stepBack reports whether the log steered the plan to step back.
func (in *checkInput) stepBack() bool { return in.prev != nil && in.steer == planner.SteerStepBack }

// rule3Progression: every dose between half the starting work per set and
// the entry's ceiling; weeks 1–3 of a block rise at most 15% a week; week
// 4 is lighter at 50–70% of week 3 and lighter for every strengthening
// item, and no why calls a dose lighter that is not; a later block starts
// at most at the level of week 3 of the block before; weeks 2 and 3 of a
// block build (a strengthening item of the activation routine gains a set
// or per-set dose) unless the rules excuse it; an exercise changes its
// weekly sets or its dose per set from one week to the next, not both; a
// harder variant replaces an exercise only at a block boundary, after a
// block at its dose ceiling; lighter weeks tell gym-goers to do about half
// their gym glute sets. For gluteplan next, each steer does what the log
// says (the checks whose messages start "the log's steer").
// Readings: "one change at a time" applies to every pair of consecutive
// weeks, across block boundaries and into and out of lighter weeks too.
// "Dose ceiling": see [ceilingOf] and [atCeiling]; a block is at its
// ceiling when its last build week is; an activation drill of no glute
// load keeps one dose, so a block that held it in its last build week
// held it at its ceiling (its harder variant may follow, as the
// planner's block-after-a-good-one moves balance and pelvic-floor work
// on). A harder variant "replaces" an
// exercise when it comes in the week the easier one leaves; one added
// beside the easier one is a new exercise of the routine (rule 13 judges
// that), except in a continued plan the log did not earn it for. "Where
// the level allows": no entry above the person's level is planned at all
// (the entry's level is the lowest it suits). "Build weeks build": an
// item progresses when its weekly sets rise or its per-set work rises over
// the week before, or its effort rises (rule 16: a harder set, its one
// change of the week); the excuses are rule 5 settling block 1 (soreness 7),
// the first two weeks of a plan that steps back, and, each said in a
// warning naming the week (a warning that speaks of a week and holds its
// number), every strengthening item at its ceiling or no one-step rise
// fitting; a build week excused so is called "steady week", never
// "build" (the week's label is a promise to the person that it builds). A lighter week is lighter for an item when its weekly work is
// below the week before's. A why in a lighter week that says "lighter"
// belongs to an item whose weekly work fell. The gym advice is a warning,
// or a why in the lighter week, holding "gym" and "half".
func rule3Progression(in *checkInput) []string {
	var bad []string
	fail := func(f string, a ...any) { bad = append(bad, fmt.Sprintf(f, a...)) }
	// Every dose between half the starting work and the ceiling.
	seenDose := map[string]bool{}
	in.planned(func(_ int, w planner.Week, d planner.Day, it planner.Item, e catalog.Exercise) {
		key := fmt.Sprintf("%s %d %d %d %d", e.ID, it.Sets, it.Reps, it.HoldSeconds, it.Seconds)
		if seenDose[key] {
			return
		}
		seenDose[key] = true
		c := ceilingOf(e)
		if work := itemWork(it); work < 0.5*catalogWork(e)-1e-9 {
			fail("%s: %s: a set's work is %.0f s, under half the starting dose's %.0f s", dayName(w, d), e.ID, work, catalogWork(e))
		}
		if !c.fits(it.Reps, it.HoldSeconds, it.Seconds) {
			fail("%s: %s: %s a set is over its ceiling (%s)", dayName(w, d), e.ID, doseText(it.Reps, it.HoldSeconds, it.Seconds), ceilingText(e))
		}
		if it.Sets > c.sets {
			fail("%s: %s: %d sets, over its ceiling of %d", dayName(w, d), e.ID, it.Sets, c.sets)
		}
	})
	seq := in.sequence()
	byNo := map[int]seqWeek{}
	for _, w := range seq {
		byNo[w.no] = w
	}
	for wi, w := range in.plan.Weeks {
		no := in.weekNo(wi)
		before, ok := byNo[no-1]
		hse := in.weekHSE[wi]
		switch pos := in.posAt(wi); {
		case !ok:
			// The program's first week: nothing to compare with.
		case pos == 2 || pos == 3:
			if hse > 1.15*before.hse+hseTol {
				fail("week %d: %.2f is %.0f%% above week %d's %.2f, over 15%%", no, hse, 100*(hse/before.hse-1), before.no, before.hse)
			}
			bad = append(bad, in.buildsOn(wi, before)...)
		case pos == 4:
			lo, hi := 0.5*before.hse, 0.7*before.hse
			// Reading: a continued plan whose first week is a lighter week
			// may hold less than half when soreness today (rule 5) or a log
			// that steps back or repeats asks for less: the lighter limit wins.
			if before.old && (in.p.Soreness >= 4 || in.steer == planner.SteerStepBack || in.steer == planner.SteerRepeat) {
				lo = 0
			}
			// Reading: where no dose lands the lighter week in range (doses
			// come in steps), a warning naming the week must say so: not as
			// light as it should be, or lighter than usual.
			excused := in.warnedOfWeek(no, "lighter week", "not by as much") || in.warnedOfWeek(no, "lighter week", "lighter than usual")
			if (hse < lo-hseTol || hse > hi+hseTol) && !excused {
				fail("week %d: the lighter week holds %.2f, not 50–70%% of week %d's %.2f (%.2f–%.2f)", no, hse, before.no, before.hse, lo, hi)
			}
			// Reading: with the person's own training counted, the week's
			// whole count (plan and own training) is lighter too: at most
			// 90% of the week before's, so that the heading a person reads
			// is lower ("about 9 of 20" twice is not a lighter week); a
			// block whose other weeks ease the training already eases it
			// again in its lighter week.
			if tot, was := hse+w.GymHSE, before.hse+before.week.GymHSE; !before.old && before.week.GymHSE > 0 && tot > 0.9*was+hseTol && !excused {
				fail("week %d: the lighter week counts %.2f with your own training, against %.2f in week %d", no, tot, was, before.no)
			}
			prevDoses, cur := in.weekDoses(before.week), in.weekDoses(w)
			for _, id := range sortedKeys(cur) {
				c, p := cur[id], prevDoses[id]
				if p == nil {
					continue
				}
				if c.strength && c.work >= p.work-1e-9 {
					fail("week %d: the lighter week is not lighter for %s (%.0f s of work against %.0f s in week %d)", no, id, c.work, p.work, before.no)
				}
			}
			for _, d := range w.Days {
				for _, it := range d.Items {
					c, p := cur[it.Exercise], prevDoses[it.Exercise]
					if p != nil && strings.Contains(strings.ToLower(it.Why), "lighter") && c.work >= p.work-1e-9 {
						fail("%s: %s's why calls it lighter, but its work is %.0f s against %.0f s in week %d: %q", dayName(w, d), it.Exercise, c.work, p.work, before.no, it.Why)
					}
				}
			}
		case pos == 1:
			if b3, ok := byNo[no-2]; ok && hse > b3.hse+hseTol {
				fail("week %d: block %d starts at %.2f, above week %d's %.2f (the last build week before it)", no, blockOfWeek(no), hse, b3.no, b3.hse)
			}
		}
	}
	// A continued plan starts at most at the last build week's level.
	if in.prev != nil && len(in.weekHSE) > 0 {
		if build, ok := in.lastOldWeek(planner.Build); ok && in.weekHSE[0] > build.hse+hseTol {
			fail("week %d: the continued plan starts at %.2f, above the last build week's %.2f", in.first, in.weekHSE[0], build.hse)
		}
		bad = append(bad, in.steered()...)
	}
	// One change at a time, and harder variants only at block boundaries
	// (and, in a continued plan, only when the log earns them).
	// Reading: the log steers the block gluteplan next starts in; the
	// plan's later blocks take harder variants as any plan's do.
	noHarder := in.prev != nil && in.steer != planner.SteerProgress
	// Reading: when the person changes their days for the next block, the
	// weekly sets of its first week change by their doing, not the
	// planner's; the one-change rule starts from that week.
	daysChanged := in.prev != nil && !slices.Equal(in.prev.Profile.Days, in.p.Days)
	var prev map[string]*exerciseWeek
	for k, w := range seq {
		cur := in.weekDoses(w.week)
		firstNew := k > 0 && seq[k-1].old && !w.old
		if prev != nil && !w.old && !(firstNew && daysChanged) {
			for _, id := range sortedKeys(cur) {
				c, p := cur[id], prev[id]
				if p == nil {
					continue
				}
				doseChanged := c.reps != p.reps || c.hold != p.hold || c.seconds != p.seconds
				if c.sets != p.sets && doseChanged {
					fail("week %d: %s changes both its weekly sets (%d → %d) and its dose per set (%s → %s)",
						w.no, id, p.sets, c.sets, doseText(p.reps, p.hold, p.seconds), doseText(c.reps, c.hold, c.seconds))
				}
			}
			for _, id := range sortedKeys(prev) {
				for _, harder := range in.harderVariants(id) {
					if cur[harder] == nil || prev[harder] != nil {
						continue
					}
					replaces := cur[id] == nil
					switch b3, ok := byNo[w.no-2]; {
					case noHarder && blockOfWeek(w.no) == blockOfWeek(in.first):
						fail("week %d: %s, a harder variant of %s, comes in although the log (%s) earns none", w.no, harder, id, in.steer)
					case !replaces:
						// Added beside the easier one: a new exercise of the
						// routine, which rule 13 judges.
					case (w.no-1)%4 != 0:
						fail("week %d: %s, a harder variant of %s, replaces it within a block", w.no, harder, id)
					case !ok:
					default:
						e, _ := in.entry(id)
						// Reading: an activation drill of no glute load
						// (balance on one leg, a pelvic-floor squeeze)
						// keeps one dose, so held through the block's last
						// build week it was done at its highest dose for
						// the block, and its harder variant may follow.
						lw := in.weekDoses(b3.week)[id]
						if lw != nil && e.Category == catalog.Activation && e.GluteLoad == 0 {
							break
						}
						if lw == nil || !atCeiling(e, lw.reps, lw.hold, lw.seconds) {
							if in.turnTaken(e, b3.week, cur) {
								break
							}
							fail("week %d: %s replaces %s, which was not at its dose ceiling (%s) in week %d", w.no, harder, id, ceilingText(e), b3.no)
						}
					}
				}
			}
		}
		prev = cur
	}
	// What next starts from: the last build week's level, and the last
	// lighter week's.
	if build, ok := in.lastWeek(planner.Build); ok && !near(in.plan.Next.BuildHSE, build.hse, hseTol*8) {
		fail("next.build_hse is %.2f, the last build week (week %d) holds %.2f", in.plan.Next.BuildHSE, build.no, build.hse)
	}
	if deload, ok := in.lastWeek(planner.Deload); ok && !near(in.plan.Next.DeloadHSE, deload.hse, hseTol*8) {
		fail("next.deload_hse is %.2f, the last lighter week (week %d) holds %.2f", in.plan.Next.DeloadHSE, deload.no, deload.hse)
	}
	// Level: no entry above the person's; beginner entries only in block 1
	// after giving birth.
	seen := map[string]bool{}
	in.planned(func(wi int, w planner.Week, d planner.Day, it planner.Item, e catalog.Exercise) {
		level := in.p.Level
		if in.inBlock1(wi, planner.Postpartum) {
			level = catalog.Beginner
		}
		if !seen[e.ID+string(level)] && levelRank[e.Level] > levelRank[level] {
			seen[e.ID+string(level)] = true
			fail("%s: %s is %s, above the level %s it is planned at", dayName(w, d), e.ID, e.Level, level)
		}
	})
	// Lighter-week advice for gym-goers.
	if in.hasKind(planner.Gym) && in.gymSetsCount() {
		for _, w := range in.plan.Weeks {
			if w.Phase != planner.Deload {
				continue
			}
			told := in.warned("gym", "half")
			for _, d := range w.Days {
				for _, it := range d.Items {
					lw := strings.ToLower(it.Why)
					told = told || strings.Contains(lw, "gym") && strings.Contains(lw, "half")
				}
			}
			if !told {
				fail("week %d is a lighter week but nothing tells the person to do about half their gym glute sets", w.Week)
			}
			break
		}
	}
	return bad
}

// gymSetsCount reports whether the person's gym sessions count glute sets.
func (in *checkInput) gymSetsCount() bool {
	if len(in.p.GymDays) > 0 && in.p.GymSets > 0 {
		return true
	}
	return slices.ContainsFunc(in.p.Activities, func(a planner.Activity) bool {
		return a.Kind == planner.Gym && (a.GluteSets == nil || *a.GluteSets > 0)
	})
}

// lastWeek is the last week of the program so far (the plan before
// included) of phase ph.
func (in *checkInput) lastWeek(ph planner.Phase) (seqWeek, bool) {
	seq := in.sequence()
	for k := len(seq) - 1; k >= 0; k-- {
		if seq[k].week.Phase == ph {
			return seq[k], true
		}
	}
	return seqWeek{}, false
}

// lastOldWeek is the last week of phase ph of the plan before.
func (in *checkInput) lastOldWeek(ph planner.Phase) (seqWeek, bool) {
	var out seqWeek
	ok := false
	for _, w := range in.sequence() {
		if w.old && w.week.Phase == ph {
			out, ok = w, true
		}
	}
	return out, ok
}

// buildsOn checks that the wi-th week (week 2 or 3 of its block) builds
// on the week before: at least one strengthening item of the activation
// routine progresses: a set more, more work per set, or its effort rising
// from the lower to the higher (rule 16's "the last 2–3 reps feel hard",
// rule 9's holds from light to strong), the one change of its week.
func (in *checkInput) buildsOn(wi int, before seqWeek) []string {
	w := in.plan.Weeks[wi]
	no := in.weekNo(wi)
	switch {
	case in.p.Soreness == 7 && in.soreBlock1(wi):
		return nil // rule 5 settles the block
	case in.stepBack() && wi < 2:
		return nil // the step back (README "the next block") holds the first two weeks
	}
	prevDoses, cur := in.weekDoses(before.week), in.weekDoses(w)
	prevEffort, curEffort := in.weekEfforts(before.week), in.weekEfforts(w)
	var carried []string
	allAtCeiling := true
	for _, id := range sortedKeys(cur) {
		c, p := cur[id], prevDoses[id]
		if !c.strength || p == nil || !p.strength {
			continue
		}
		carried = append(carried, id)
		if c.sets > p.sets || c.perSet() > p.perSet()+1e-9 {
			return nil
		}
		if was, ok := prevEffort[id]; ok && !was && curEffort[id] {
			return nil // its effort rises (rule 16): a harder set
		}
		if e, ok := in.entry(id); ok && !atCeiling(e, p.reps, p.hold, p.seconds) {
			allAtCeiling = false
		}
	}
	if len(carried) == 0 {
		return nil // no activation routine carried from the week before
	}
	var bad []string
	// Reading: the first week of a continued plan is compared with the
	// last week of the plan before, which its own pages do not show; its
	// heading is named by where the log starts it (the text above the
	// weeks says so), and only the warning naming the week is asked of it.
	if label := in.weekLabel(no); !before.old && label != "steady week" && label != "gleichbleibende Woche" {
		// Reading: "a build week builds, or is called steady": a week
		// labelled build that copies the week before misleads the
		// person, so the week's heading says "steady week"
		// ("gleichbleibende Woche"), and a warning naming the week says
		// why.
		bad = append(bad, fmt.Sprintf("week %d does not build (none of %s gains a set or a longer or harder set over week %d), yet the plan calls it %q, not a steady week",
			no, strings.Join(carried, ", "), before.no, label))
	}
	if in.warnedWith(func(lw string) bool { return namesWeek(lw, no) }) {
		return bad
	}
	why := "and no warning naming the week says why"
	if allAtCeiling {
		why = "every one is at its ceiling, but no warning naming the week says so"
	}
	return append(bad, fmt.Sprintf("week %d does not build: none of %s gains a set or a longer or harder set over week %d, %s",
		no, strings.Join(carried, ", "), before.no, why))
}

// weekHeading matches a week's heading as the terminal prints it, in
// English or German: its number and its label.
var weekHeading = regexp.MustCompile(`(?:Week|Woche) ([0-9]+) · ([^·]+) ·`)

// weekLabel is the label the printed plan gives week no ("build",
// "steady week", "lighter week"), or "" where the text does not print.
func (in *checkInput) weekLabel(no int) string {
	text, err := in.text()
	if err != nil {
		return ""
	}
	for _, m := range weekHeading.FindAllStringSubmatch(text, -1) {
		if n, _ := strconv.Atoi(m[1]); n == no {
			return strings.TrimSpace(m[2])
		}
	}
	return ""
}

// holdsAbove reports whether the first week of a step back may stand
// above the last lighter level for the tendon holds of gluteal
// tendinopathy (rule 9 and README "the next block").
// Reading: in a flare the holds stay and the effort comes down: at the
// light effort of a step back (3–5 of 10) the holds are not the hard sets
// the level counts. So the first week may stand above the last lighter
// level by no more than its tendon holds' own volume (the rest of its
// work within the level), where those holds are as many a session as in
// the plan's last week and no longer than 30 s (or than they were then),
// and a warning says the week is "above your last lighter week".
func (in *checkInput) holdsAbove(level float64) bool {
	if !in.has(planner.GlutealTendinopathy) || in.prev == nil || len(in.plan.Weeks) == 0 || !in.warned("above your last lighter week") {
		return false
	}
	last := in.prev.Weeks[len(in.prev.Weeks)-1]
	most := map[string][2]int{} // holds a session and their length, per exercise
	for _, d := range last.Days {
		for _, it := range d.Items {
			n, length := holdsOf(it)
			m := most[it.Exercise]
			most[it.Exercise] = [2]int{max(m[0], it.Sets*n), max(m[1], length)}
		}
	}
	holds := 0.0
	for _, d := range in.plan.Weeks[0].Days {
		for _, it := range d.Items {
			e, ok := in.entry(it.Exercise)
			if !ok || !tendonHold(e) {
				continue
			}
			n, length := holdsOf(it)
			if m, ok := most[it.Exercise]; !ok || it.Sets*n > m[0] || length > 30 && length > m[1] {
				return false
			}
			holds += in.itemHSE(it)
		}
	}
	return in.weekHSE[0]-holds <= level+hseTol
}

// blockWeeks lists the weeks of the program so far in block b.
func (in *checkInput) blockWeeks(b int) []seqWeek {
	var out []seqWeek
	for _, w := range in.sequence() {
		if blockOfWeek(w.no) == b {
			out = append(out, w)
		}
	}
	return out
}

// activationIDs lists the activation exercises of the given weeks.
func activationIDs(weeks []seqWeek) map[string]bool {
	out := map[string]bool{}
	for _, w := range weeks {
		for _, d := range w.week.Days {
			for _, it := range d.Items {
				if it.Category == catalog.Activation && d.Session == planner.ActivationSession {
					out[it.Exercise] = true
				}
			}
		}
	}
	return out
}

// steered checks what the log's steer does to a continued plan (the
// README's "Logging and the next block"):
//   - progress starts above the first week of the block before and at
//     most at its last build week, from the build weeks' doses;
//   - hold continues from the last build week's level, no harder variants;
//   - repeat repeats the block before at its level with at most 3
//     activation exercises, and says "fewer exercises" only when there
//     are fewer;
//   - step_back starts at the last lighter week's level (60% of the last
//     build week where there was none), does not rise in its first two
//     weeks, and says to get checked if it does not settle;
//   - no_log says that a log would let it do more.
//
// Readings: "the block before" is the block of the plan before's last
// build week; where that block did not rise (its last build week holds
// no more than its first, as when activities fill the cap or no one-step
// rise fits the 15% rule), "above its first week and at most at its last
// build week" is empty, the upper bound (a load limit) comes first, and
// progress starts at the last build week's level. "From the build weeks'
// doses" means an exercise carried over starts with per-set work at least that of the last build week (its
// sets may be fewer). The lower bounds hold only when the person changed
// nothing that lowers what fits (days, minutes, equipment, limits, level,
// conditions, activities) and soreness today is below 4 (rule 5 comes
// first). "Repeats at its level" is the bound every continued plan keeps
// (at most the last build week): a stricter one (at most the first week
// of the block before) cannot hold with one change a week, out of a
// lighter week that cut sets at the build doses. Step back's first two weeks do not
// rise: the second week holds no more than the first, and no exercise
// gains sets or per-set work in it. A block that starts in the middle
// (the plan before ended mid-block) goes on with its routines; repeat's
// limits apply from the next block.
func (in *checkInput) steered() []string {
	var bad []string
	fail := func(f string, a ...any) {
		bad = append(bad, fmt.Sprintf("the log's steer %s: ", in.steer)+fmt.Sprintf(f, a...))
	}
	oldBuild, ok := in.lastOldWeek(planner.Build)
	if !ok || len(in.plan.Weeks) == 0 {
		return nil
	}
	blockBefore := in.blockWeeks(blockOfWeek(oldBuild.no))
	firstOfBefore := blockBefore[0]
	start := in.weekHSE[0]
	q, r := in.prev.Profile, in.p
	same := sameSet(q.Days, r.Days) && q.Minutes == r.Minutes && sameSet(q.Equipment, r.Equipment) &&
		sameSet(q.Limits, r.Limits) && q.Level == r.Level && sameSet(q.Conditions, r.Conditions) &&
		jsonEqual(q.Activities, r.Activities) && sameSet(q.GymDays, r.GymDays) && q.GymSets == r.GymSets && r.Soreness < 4
	midBlock := in.posAt(0) != 1
	lastDoses := in.weekDoses(oldBuild.week)
	firstDoses := in.weekDoses(in.plan.Weeks[0])
	fromBuild := func() {
		// Reading: a plan that starts with the lighter week of the block
		// before (the plan before ended at its week 3) lightens it as rule
		// 3 asks, its doses per set too; the steer's doses are those of
		// the build week after it.
		wi, doses := 0, firstDoses
		if in.plan.Weeks[0].Phase == planner.Deload {
			if len(in.plan.Weeks) < 2 {
				return
			}
			wi, doses = 1, in.weekDoses(in.plan.Weeks[1])
		}
		// Reading: an exercise with a glute load that the last build week
		// did not hold (a block's new exercise, in its activation routine
		// or its primer, or a harder variant, rule 13) takes room under
		// the last build week's level, a load limit that comes first;
		// where the week holds that level, as near as steps of one
		// exercise allow (within rule 3's 15%), the exercises kept beside
		// it may start below their build doses.
		for id := range doses {
			if e, ok := in.entry(id); ok && e.GluteLoad > 0 && lastDoses[id] == nil && in.weekHSE[wi] >= oldBuild.hse/1.15-hseTol {
				return
			}
		}
		for _, id := range sortedKeys(doses) {
			c, p := doses[id], lastDoses[id]
			if p != nil && c.strength && c.perSet() < p.perSet()-1e-9 {
				fail("week %d: %s starts at %s a set, below its %s of week %d, the last build week", in.weekNo(wi), id,
					doseText(c.reps, c.hold, c.seconds), doseText(p.reps, p.hold, p.seconds), oldBuild.no)
			}
		}
	}
	switch in.steer {
	case planner.SteerProgress:
		switch {
		case !same || midBlock || firstOfBefore.no == oldBuild.no:
		case oldBuild.hse <= firstOfBefore.hse+hseTol:
			// The block before did not rise: no level lies above its first
			// week and at most at its last build week, so progress starts
			// at that last build week's level.
			if start < oldBuild.hse-hseTol {
				fail("week %d starts at %.2f, below week %d's %.2f, the last build week of a block that did not rise", in.first, start, oldBuild.no, oldBuild.hse)
			}
		case start <= firstOfBefore.hse+hseTol:
			fail("week %d starts at %.2f, not above week %d's %.2f, the first week of the block before", in.first, start, firstOfBefore.no, firstOfBefore.hse)
		}
		if same {
			fromBuild()
		}
	case planner.SteerHold:
		if same {
			fromBuild()
		}
	case planner.SteerRepeat:
		if !midBlock {
			now := activationIDs(in.blockWeeks(in.blockAt(0)))
			before := activationIDs(blockBefore)
			if len(now) > 3 {
				fail("the block repeats with %d activation exercises, over 3: %s", len(now), strings.Join(sortedKeys(now), ", "))
			}
			says := in.warned("fewer exercises") || in.plan.Continues != nil && strings.Contains(strings.ToLower(in.plan.Continues.Why), "fewer exercises")
			if says && len(now) >= len(before) {
				fail("the plan says \"fewer exercises\" but the block holds %d activation exercises, the block before %d", len(now), len(before))
			}
		}
	case planner.SteerStepBack:
		level, where := 0.6*oldBuild.hse, fmt.Sprintf("60%% of week %d's %.2f", oldBuild.no, oldBuild.hse)
		if w, ok := in.lastOldWeek(planner.Deload); ok {
			level, where = w.hse, fmt.Sprintf("week %d's", w.no)
		}
		if start > level+hseTol && !in.holdsAbove(level) {
			fail("week %d starts at %.2f, above the last lighter level (%s %.2f)", in.first, start, where, level)
		}
		if len(in.plan.Weeks) > 1 {
			if in.weekHSE[1] > start+hseTol {
				fail("week %d rises to %.2f from %.2f: a step back does not rise in its first two weeks", in.first+1, in.weekHSE[1], start)
			}
			second := in.weekDoses(in.plan.Weeks[1])
			for _, id := range sortedKeys(second) {
				c, p := second[id], firstDoses[id]
				// Reading: stretches and release carry no glute load;
				// what does not rise is the glute work.
				if e, ok := in.entry(id); ok && e.GluteLoad == 0 {
					continue
				}
				if p != nil && (c.sets > p.sets || c.perSet() > p.perSet()+1e-9) {
					fail("week %d: %s rises (%d sets of %s to %d of %s): a step back does not rise in its first two weeks",
						in.first+1, id, p.sets, doseText(p.reps, p.hold, p.seconds), c.sets, doseText(c.reps, c.hold, c.seconds))
				}
			}
		}
		if !in.warned("check", "settle") {
			fail("no warning to get checked if it does not settle")
		}
	case planner.SteerNoLog:
		if !in.warned("log") && (in.plan.Continues == nil || !strings.Contains(strings.ToLower(in.plan.Continues.Why), "log")) {
			fail("the plan does not say that a log would let it do more")
		}
	}
	return bad
}

func doseText(reps, hold, seconds int) string {
	switch {
	case seconds > 0:
		return fmt.Sprintf("%d s", seconds)
	case hold > 0:
		return fmt.Sprintf("%d reps, %d s hold", reps, hold)
	}
	return fmt.Sprintf("%d reps", reps)
}

func ceilingText(e catalog.Exercise) string {
	c := ceilingOf(e)
	src := "dose_max"
	if e.DoseMax == nil {
		src = "3 sets, 1.5 times the starting work, 15 reps, 45 s"
	}
	if e.Dose.Seconds > 0 {
		return fmt.Sprintf("%d sets of %d s; %s", c.sets, c.seconds, src)
	}
	return fmt.Sprintf("%d sets of %d reps, %d s hold, %.0f s of work; %s", c.sets, c.reps, c.hold, c.work, src)
}

// ---- rule 4 ----

// rule4Spacing: no two hard days in a row except two activity days the
// person chose back to back (with a warning); the day after a hard
// activity, unless an activity day itself, holds only release, stretching
// and mobility and isometric holds of at most 1 in all (the tendinopathy
// abductor holds apart); a session on an activity day is a primer of at
// most 1.5, dynamic stretches and activation only.
// Readings: a hard day is a day of a hard activity (3 or more glute sets,
// never walking) or a day whose plan volume is above 3. "The day after"
// goes by date, so the plan's first day follows the last day of the plan
// before; hard days are judged across week boundaries too. Work with no
// glute load (balance work, a pelvic-floor exercise) may be done the day
// after. The back-to-back warning holds one of "back to back", "back-to-
// back", "in a row", "consecutive", "two days running". "Light
// activation" is judged by the primer's total (≤ 1.5). Rule 4 speaks of
// the day after a hard activity, not the day before: a strengthening
// session may fall the day before a ride or a run (it is no hard day at
// 3 or less), and two may fall on consecutive days. Where they fall so
// only because a day the person has is the day after a hard activity
// (kept to stretching and release), a warning names both days and says
// they are back to back, and the plan names a day in place of one of them
// that would spread them out where one exists: with sessions on Mon, Tue
// and Thu and rides on Wed and Sat, Thu follows a ride, so strengthening
// falls on Mon and Tue; Fri in place of Tue would spread it.
func rule4Spacing(in *checkInput) []string {
	var bad []string
	fail := func(f string, a ...any) { bad = append(bad, fmt.Sprintf(f, a...)) }
	type flat struct {
		w   planner.Week
		d   planner.Day
		hse float64
		act *dayActivity
	}
	var all []flat
	// A continued plan's first day follows the last day of the plan before.
	oldDays := 0
	if in.prev != nil && len(in.prev.Weeks) > 0 {
		days, _ := in.volumes(in.prev)
		lw := len(in.prev.Weeks) - 1
		if ld := len(in.prev.Weeks[lw].Days) - 1; ld >= 0 {
			d := in.prev.Weeks[lw].Days[ld]
			all = append(all, flat{in.prev.Weeks[lw], d, days[lw][ld], activityOf(in.prev.Profile, d.Date, d.Weekday)})
			oldDays = 1
		}
	}
	for wi, w := range in.plan.Weeks {
		for di, d := range w.Days {
			all = append(all, flat{w, d, in.dayHSE[wi][di], in.activityOn(d)})
		}
	}
	backToBackWarned := in.warnedAny("back to back", "back-to-back", "in a row", "consecutive", "two days running")
	hard := func(f flat) bool { return f.act.hard() || f.hse > 3+hseTol }
	tendinopathy := in.has(planner.GlutealTendinopathy)
	for i, f := range all {
		if i < oldDays {
			continue
		}
		where := dayName(f.w, f.d)
		if i > 0 && hard(f) && hard(all[i-1]) {
			if f.act != nil && all[i-1].act != nil {
				if !backToBackWarned {
					fail("%s: activity days back to back (%s and %s) without a warning", where, all[i-1].d.Weekday, f.d.Weekday)
				}
			} else {
				fail("%s: %s and %s are both hard days (%.2f and %.2f)", where, all[i-1].d.Weekday, f.d.Weekday, all[i-1].hse, f.hse)
			}
		}
		if i > 0 && all[i-1].act.hard() && f.act == nil {
			holds := 0.0
			for _, it := range f.d.Items {
				e, ok := in.entry(it.Exercise)
				if !ok || e.Category != catalog.Activation || e.GluteLoad == 0 {
					continue
				}
				switch {
				case !isIsometric(e):
					fail("%s: the day after a hard activity holds %s, which is not release, stretching, mobility or an isometric hold", where, e.ID)
				case tendinopathy && tendonHold(e):
					// the tendinopathy holds of rule 9 may be done every day
				default:
					holds += in.itemHSE(it)
				}
			}
			if holds > 1+hseTol {
				fail("%s: the day after a hard activity holds isometric holds of %.2f, over 1", where, holds)
			}
		}
		// Reading (the lead's): a walk is no training, so a walking day
		// holds the session it would without the walk; the primer is for
		// days of training that loads the glutes.
		if f.act != nil && f.act.kind != planner.Walking && f.d.Session != planner.RestDay && f.d.Session != planner.PrimerSession {
			fail("%s: %s session on an activity day (a %s), want a primer", where, map[bool]string{true: "an activation", false: "a recovery"}[f.d.Session == planner.ActivationSession], activityNoun[f.act.kind])
		}
		if f.act != nil && f.act.kind == planner.Walking && f.d.Session == planner.PrimerSession {
			fail("%s: a primer before a walk: a walk is no training", where)
		}
		if f.act != nil && f.d.Session == planner.PrimerSession {
			if f.hse > 1.5+hseTol {
				fail("%s: the primer holds %.2f, over 1.5", where, f.hse)
			}
			for _, it := range f.d.Items {
				if it.Category != catalog.DynamicStretch && it.Category != catalog.Activation {
					fail("%s: the primer holds %s (%s): only dynamic stretches and light activation", where, it.Exercise, it.Category)
				}
			}
		}
	}
	bad = append(bad, in.sessionsInARow()...)
	return bad
}

// weekdayNames are the weekdays as warnings name them, in English and German.
var weekdayNames = map[planner.Weekday][2]string{
	planner.Mon: {"Monday", "Montag"}, planner.Tue: {"Tuesday", "Dienstag"}, planner.Wed: {"Wednesday", "Mittwoch"},
	planner.Thu: {"Thursday", "Donnerstag"}, planner.Fri: {"Friday", "Freitag"}, planner.Sat: {"Saturday", "Samstag"},
	planner.Sun: {"Sunday", "Sonntag"},
}

// sessionsInARow checks rule 4's reading of the day before a hard
// activity: where a plan's two strengthening sessions of a week fall on
// consecutive days while a day the person has holds only recovery (the
// day after a hard activity), a warning names both days and says they are
// back to back ("direkt hintereinander").
func (in *checkInput) sessionsInARow() []string {
	for _, w := range in.plan.Weeks {
		var act []int
		recovery := false
		for d, day := range w.Days {
			switch {
			case day.Session == planner.ActivationSession:
				act = append(act, d)
			case day.Session == planner.RecoverySession && slices.Contains(in.p.Days, day.Weekday):
				recovery = true
			}
		}
		if len(act) != 2 || !recovery || (act[1]-act[0] != 1 && act[1]-act[0] != 6) {
			continue
		}
		a, b := weekdayNames[w.Days[act[0]].Weekday], weekdayNames[w.Days[act[1]].Weekday]
		said := slices.ContainsFunc(in.plan.Warnings, func(s string) bool {
			return (strings.Contains(s, "back to back") || strings.Contains(s, "direkt hintereinander")) &&
				(strings.Contains(s, a[0]) && strings.Contains(s, b[0]) || strings.Contains(s, a[1]) && strings.Contains(s, b[1]))
		})
		if !said {
			return []string{fmt.Sprintf("week %d: the strengthening sessions on %s and %s are back to back while %s keeps a day of the person's to recovery, and no warning says why",
				w.Week, w.Days[act[0]].Weekday, w.Days[act[1]].Weekday, "rule 4")}
		}
		return nil // one week says it for the plan
	}
	return nil
}

// ---- rule 5 ----

// rule5Soreness: soreness 7 settles block 1 (no week above week 1, no day
// above 1, a warning to get checked, advice to halve gym work and ease
// other activities' hardest part); soreness 4–6 keeps week 1 at most 70%
// of what it is at soreness 0.
// Readings: "settles" keeps the lighter week of block 1 (it is below week
// 1 anyway). The get-checked warning holds "check" and one of "better",
// "improv", "week"; the gym advice holds "gym" and "half" or "halve"; the
// advice for other activities is rule 18's easing. The plan at soreness 0
// is the same profile with soreness 0.
func rule5Soreness(in *checkInput) []string {
	var bad []string
	fail := func(f string, a ...any) { bad = append(bad, fmt.Sprintf(f, a...)) }
	p := in.p
	switch {
	case p.Soreness == 7:
		for wi, w := range in.plan.Weeks {
			if !in.soreBlock1(wi) {
				break
			}
			if in.weekHSE[wi] > in.weekHSE[0]+hseTol {
				fail("soreness 7: week %d holds %.2f, above week %d's %.2f", w.Week, in.weekHSE[wi], in.first, in.weekHSE[0])
			}
			for di, d := range w.Days {
				if in.dayHSE[wi][di] > 1+hseTol {
					fail("soreness 7: %s holds %.2f, over 1", dayName(w, d), in.dayHSE[wi][di])
				}
			}
		}
		if !in.warnedWith(func(lw string) bool {
			return strings.Contains(lw, "check") && containsAny(lw, "better", "improv", "week")
		}) {
			fail("soreness 7: no warning to get checked if it is not clearly better within a week")
		}
		if in.gymSets() > 0 && !in.warned("gym", "half") && !in.warned("gym", "halve") {
			fail("soreness 7 with gym days: no advice to halve gym glute work")
		}
		if len(in.easedKinds()) > 0 && !in.warnedWith(easeAdvice) {
			fail("soreness 7 with %v: no advice to ease their hardest part", in.easedKinds())
		}
	case p.Soreness >= 4 && p.Soreness <= 6:
		q := p
		q.Soreness = 0
		free, err := in.replan(q)
		if err != nil || free == nil || len(free.Weeks) == 0 {
			fail("soreness %d: the same profile at soreness 0 gives no plan to compare with: %v", p.Soreness, err)
			break
		}
		at0 := newCheckInput(in.cat, q, free, in.replan).weekHSE[0]
		if len(in.weekHSE) > 0 && in.weekHSE[0] > 0.7*at0+hseTol {
			fail("soreness %d: week %d holds %.2f, over 70%% of the %.2f it holds at soreness 0", p.Soreness, in.first, in.weekHSE[0], at0)
		}
	}
	return bad
}

// ---- rule 6 ----

// rule6EveryWeek: every week holds a dynamic stretch, activation and
// release work, or a warning names what is missing; without a foam roller
// or massage ball a warning says what to buy.
// Readings: "release work" is a myofascial_release item (static stretches
// do not count). A missing kind is accepted when some warning names it:
// dynamic stretching by "dynamic", "warm" or "mobility"; activation by
// "activation" or "strength"; release by "release", "foam roller" or
// "massage ball". The warning to buy names "foam roller" or "massage
// ball" (rule 17 holds what it may name).
func rule6EveryWeek(in *checkInput) []string {
	var bad []string
	kinds := []struct {
		c     catalog.Category
		name  string
		words []string
	}{
		{catalog.DynamicStretch, "dynamic stretching", []string{"dynamic", "warm", "mobility"}},
		{catalog.Activation, "activation", []string{"activation", "strength"}},
		{catalog.MyofascialRelease, "release work", []string{"release", "foam roller", "massage ball"}},
	}
	for _, w := range in.plan.Weeks {
		for _, k := range kinds {
			if !slices.ContainsFunc(w.Days, func(d planner.Day) bool { return hasCategory(d, k.c) }) && !in.warnedAny(k.words...) {
				bad = append(bad, fmt.Sprintf("week %d holds no %s and no warning says why", w.Week, k.name))
			}
		}
	}
	if !slices.Contains(in.p.Equipment, catalog.FoamRoller) && !slices.Contains(in.p.Equipment, catalog.MassageBall) &&
		!in.warnedAny("foam roller", "massage ball") {
		bad = append(bad, "the person owns neither a foam roller nor a massage ball and no warning says what to buy")
	}
	return bad
}

// ---- rule 7 ----

// rule7Length: a session's minutes, and the least time its items can take,
// stay within the profile's minutes; at most 5 items.
func rule7Length(in *checkInput) []string {
	var bad []string
	for _, w := range in.plan.Weeks {
		for _, d := range w.Days {
			if len(d.Items) > 5 {
				bad = append(bad, fmt.Sprintf("%s: %d items, over 5", dayName(w, d), len(d.Items)))
			}
			least := 0.0
			for _, it := range d.Items {
				least += leastMinutes(it)
			}
			if d.Minutes > float64(in.p.Minutes)+1e-9 {
				bad = append(bad, fmt.Sprintf("%s: %.2f minutes, over %d", dayName(w, d), d.Minutes, in.p.Minutes))
			} else if least > float64(in.p.Minutes)+minuteTol {
				bad = append(bad, fmt.Sprintf("%s: the items' work and rests take %.2f minutes, over %d", dayName(w, d), least, in.p.Minutes))
			}
		}
	}
	return bad
}

// ---- rule 8 ----

// owns reports whether the person owns q.
func (in *checkInput) owns(q catalog.Equipment) bool { return slices.Contains(in.p.Equipment, q) }

// forbiddenBy8 says why the person cannot do e (equipment, limits), or "".
func (in *checkInput) forbiddenBy8(e catalog.Exercise) string {
	for _, q := range e.Equipment {
		if !in.owns(q) {
			return "needs " + string(q) + ", which the person does not own"
		}
	}
	if len(e.EquipmentAny) > 0 && !slices.ContainsFunc(e.EquipmentAny, in.owns) {
		var names []string
		for _, q := range e.EquipmentAny {
			names = append(names, string(q))
		}
		return "needs one of " + strings.Join(names, ", ") + ", and the person owns none"
	}
	limited := func(l planner.Limit) bool { return slices.Contains(in.p.Limits, l) }
	if limited(planner.NoFloor) && isFloor(e.Position) {
		return "is done " + string(e.Position) + " on the floor, but the person cannot get down to the floor"
	}
	if limited(planner.NoKneeling) && (e.Position == catalog.Kneeling || e.Position == catalog.Quadruped) {
		return "is done " + string(e.Position) + ", but the person cannot kneel"
	}
	if limited(planner.NeedsSupport) && e.Position == catalog.SingleLegStanding && !in.owns(catalog.Wall) && !in.owns(catalog.Chair) {
		return "stands on one leg, but the person needs support and owns neither a wall nor a chair"
	}
	return ""
}

// rule8Equipment: no item or movement-break drill needs equipment the person
// lacks (of equipment_any, one item is enough) or breaks a limit; with
// needs_support, single-leg items say to hold on.
// Reading: "says to hold on" is a why holding "hold" or "support" and
// "wall" or "chair".
func rule8Equipment(in *checkInput) []string {
	var bad []string
	seen := map[string]bool{}
	in.planned(func(_ int, w planner.Week, d planner.Day, it planner.Item, e catalog.Exercise) {
		if why := in.forbiddenBy8(e); why != "" && !seen[e.ID] {
			seen[e.ID] = true
			bad = append(bad, fmt.Sprintf("%s: %s %s", dayName(w, d), e.ID, why))
		}
		if slices.Contains(in.p.Limits, planner.NeedsSupport) && e.Position == catalog.SingleLegStanding {
			lw := strings.ToLower(it.Why)
			if !(containsAny(lw, "hold", "support") && containsAny(lw, "wall", "chair")) && !seen["support "+e.ID] {
				seen["support "+e.ID] = true
				bad = append(bad, fmt.Sprintf("%s: %s stands on one leg and its why does not say to hold on to a wall or chair: %q", dayName(w, d), e.ID, it.Why))
			}
		}
	})
	for _, id := range in.plan.MovementBreaks.Exercises {
		if e, ok := in.byID[id]; ok {
			if why := in.forbiddenBy8(e); why != "" {
				bad = append(bad, fmt.Sprintf("movement break: %s %s", id, why))
			}
		}
	}
	return bad
}

// ---- rule 9 ----

// forbiddenBy9 says why e must never be planned for the person's
// conditions, or "".
func (in *checkInput) forbiddenBy9(e catalog.Exercise) string {
	for _, c := range e.Contraindications {
		if in.has(planner.Condition(c)) {
			return "is contraindicated for " + string(c)
		}
	}
	if in.has(planner.GlutealTendinopathy) && e.HipCompression {
		return "compresses the outer hip, which gluteal tendinopathy rules out"
	}
	return ""
}

// forbiddenOn says why rule 9 rules e out of the wi-th week on date, or
// "": never (above), block 1 of gluteal tendinopathy and of a caesarean,
// and the weeks after giving birth.
func (in *checkInput) forbiddenOn(wi int, date string, e catalog.Exercise) string {
	if why := in.forbiddenBy9(e); why != "" {
		return why
	}
	if in.inBlock1(wi, planner.GlutealTendinopathy) {
		var not []string
		if e.Category == catalog.Activation && e.Level != catalog.Beginner {
			not = append(not, "is "+string(e.Level))
		}
		// Reading (the lead's): the rule keeps the tendons' load to holds;
		// work with no glute load (a pelvic-floor exercise after giving
		// birth, glute sets) loads no tendon and may move.
		if e.Category == catalog.Activation && !isIsometric(e) && e.GluteLoad > 0 {
			not = append(not, "is not isometric")
		}
		if e.Position == catalog.SingleLegStanding {
			not = append(not, "stands on one leg")
		}
		if len(not) > 0 {
			return "gluteal tendinopathy, block 1: " + strings.Join(not, ", ")
		}
	}
	if in.inBlock1(wi, planner.Postpartum) && in.p.Caesarean && usesAny(e, catalog.Dumbbell, catalog.Kettlebell, catalog.Bench) {
		return "is loaded (a weight or a bench), which block 1 after a caesarean rules out"
	}
	if days, ok := daysSinceBirth(in.p, date); ok {
		if days < 42 && !gentle(e) {
			return fmt.Sprintf("is not walking, pelvic-floor work, gentle mobility or a light hold, %d days after the birth", days)
		}
		if days < 84 && isJumpOrRun(e) {
			return fmt.Sprintf("is a jumping or running drill, %d days after the birth", days)
		}
	}
	return ""
}

// gentle: what may be done under 6 weeks after birth (rule 9).
// Reading: walking, a pelvic-floor exercise, gentle mobility (a dynamic
// or static stretch of beginner level) and light holds (a beginner
// activation entry that is timed or holds each rep 5 s or more, not on
// one leg). Release work is none of these.
func gentle(e catalog.Exercise) bool {
	switch {
	case isWalk(e), isPelvicFloor(e):
		return true
	case e.Level != catalog.Beginner:
		return false
	case isStretch(e.Category):
		return true
	case e.Category == catalog.Activation:
		return (e.Dose.Seconds > 0 || e.Dose.HoldSeconds >= 5) && e.Position != catalog.SingleLegStanding
	}
	return false
}

// tendonHold: an isometric hip-abductor activation entry that loads the
// glutes, the tendon loading of rule 9. Reading: balance work (glute_load
// 0) is not tendon loading, though its main target may be gluteus medius.
func tendonHold(e catalog.Exercise) bool {
	return e.Category == catalog.Activation && isAbductor(e) && isIsometric(e) && e.GluteLoad > 0
}

// painLimit holds the limit of pain during a tendinopathy hold: 3 of 10,
// and less force ("press or squeeze less hard") before shortening.
func painLimit(lw string) bool {
	return containsAny(lw, "3 of 10", "3/10", "3 out of 10") && containsAny(lw, "less hard", "press less", "push less", "ease the press", "lighter press")
}

// rule9Conditions: what rule 9 forbids (contraindications; gluteal
// tendinopathy: no hip compression, block 1 activation beginner and
// isometric, nothing on one leg; postpartum: block 1 beginner (judged with
// rule 3), no weight or bench in block 1 after a caesarean, under 6 weeks
// only gentle work, under 12 weeks no jumping or running drills and
// running days as walks with a note); what it asks for (tendinopathy: a
// hip-abductor exercise in every activation session, isometric in block
// 1, dosed as tendon loading is: holds of 10–45 s in week 1, at least 5
// holds of 30 s or more a session by week 3 of block 1 at soreness 5 or
// less, the pain limit said with the holds, the three warnings; piriformis:
// a piriformis stretch or release on ≥ 3 non-primer session days a week
// or every such day, a stretch as 2–4 holds of 20–30 s, breaks every 30
// minutes, advice on sitting and stairs; postpartum: a pelvic-floor
// exercise in every routine).
// Readings: "no single_leg_standing work" in block 1 covers every item,
// not only activation. An "activation session" is a day whose session is
// activation. A missing abductor is accepted with a warning holding
// "abductor" or "side of the hip"; the dosing (hold lengths, the 5 holds,
// the pain limit) is of the tendon holds (see [tendonHold]); missing
// piriformis days with a warning
// holding "piriformis" and "stretch" or "release"; a missing pelvic-floor
// exercise with a warning holding "pelvic" and "floor" and one of "no ",
// "not", "left out", "without", "missing". The 5 holds count every
// isometric hip-abductor item of the session, holds per side (a timed
// set is one hold), in every activation session of week 3 of block 1;
// their excuse is a warning holding "hold" and one of "minute", "time",
// "ceiling", or "sore" with "rise": at soreness 4–5 rule 5 holds week 1
// to 70% of its work at soreness 0 and rule 3 lets weeks 2 and 3 rise 15%
// each, and 0.7 × 1.15² < 1, so where the holds are most of the week's
// work, week 3 cannot reach what week 1 at soreness 0 holds; rule 5's
// first-week limit is a cap on the week in the rule's own sense. In a plan
// gluteplan next continues, the level the log sets is a load limit of the
// same kind (§4's precedence puts rule 3 and §8's step back before what
// rule 9 asks for): the first week of next starts at most at the level
// the log names and rises at most 15% a week, and a step back holds its
// first two weeks level; so "step back", or "log" with "rise", excuses the
// count too. The pain limit is said with the holds: the item's why or
// effort, or a warning about holds, holds "3 of 10" and "less hard" (or
// "press less"). The three tendinopathy warnings hold "sleep"; "cross";
// and "stand" with "one hip", "one leg" or "hang". The sitting and stairs
// advice holds "sit" and "stair". "Every routine" is every session that
// is not a rest day. The note for running days as walks holds "walk" and
// "run".
func rule9Conditions(in *checkInput) []string {
	var bad []string
	fail := func(f string, a ...any) { bad = append(bad, fmt.Sprintf(f, a...)) }
	tendinopathy := in.has(planner.GlutealTendinopathy)
	piriformis := in.has(planner.PiriformisSyndrome)
	postpartum := in.has(planner.Postpartum)
	seen := map[string]bool{}
	painSaid := in.warnedWith(func(lw string) bool { return strings.Contains(lw, "hold") && painLimit(lw) })
	in.planned(func(wi int, w planner.Week, d planner.Day, it planner.Item, e catalog.Exercise) {
		if why := in.forbiddenOn(wi, d.Date, e); why != "" && !seen[why+e.ID] {
			seen[why+e.ID] = true
			fail("%s: %s %s", dayName(w, d), e.ID, why)
		}
		if piriformis && e.Category == catalog.StaticStretch && mainTarget(e) == catalog.Piriformis {
			if it.Sets < 2 || it.Sets > 4 || it.Seconds < 20 || it.Seconds > 30 {
				fail("%s: piriformis stretch %s as %d × %d s, want 2–4 holds of 20–30 s", dayName(w, d), e.ID, it.Sets, it.Seconds)
			}
		}
		if tendinopathy && tendonHold(e) {
			_, length := holdsOf(it)
			if in.week1Of(wi, planner.GlutealTendinopathy) && (length < 10 || length > 45) && !seen["len "+e.ID] {
				seen["len "+e.ID] = true
				fail("%s: gluteal tendinopathy, week 1: %s holds %d s, want 10–45 s", dayName(w, d), e.ID, length)
			}
		}
		// Every hold carries the limit: a bridge hold loads the side of
		// the hip too (a physiotherapist's and a German reader's MUST).
		if tendinopathy && e.Category == catalog.Activation && isIsometric(e) && e.GluteLoad > 0 {
			if !painSaid && !painLimit(strings.ToLower(it.Why+" "+it.Effort)) && !seen["pain "+e.ID] {
				seen["pain "+e.ID] = true
				fail("%s: gluteal tendinopathy: the holds of %s do not say the pain limit (3 of 10 at most, less force before shortening the hold)", dayName(w, d), e.ID)
			}
		}
	})
	for _, id := range in.plan.MovementBreaks.Exercises {
		if e, ok := in.byID[id]; ok {
			if why := in.forbiddenBy9(e); why != "" {
				fail("movement break: %s %s", id, why)
			}
			if postpartum && in.p.BirthDate != "" && len(in.plan.Weeks) > 0 {
				if days, ok := daysSinceBirth(in.p, in.plan.Start); ok && days < 84 && isJumpOrRun(e) {
					fail("movement break: %s is a jumping or running drill, %d days after the birth", id, days)
				}
			}
		}
	}
	if tendinopathy {
		abductorWarned := in.warnedAny("abductor", "side of the hip")
		roomWarned := in.warnedWith(func(lw string) bool {
			return strings.Contains(lw, "hold") && (containsAny(lw, "minute", "time", "ceiling", "step back") ||
				containsAny(lw, "sore", "log") && strings.Contains(lw, "rise"))
		})
		for wi, w := range in.plan.Weeks {
			block1 := in.inBlock1(wi, planner.GlutealTendinopathy)
			for _, d := range w.Days {
				if d.Session != planner.ActivationSession {
					continue
				}
				holds := 0
				ok := false
				for _, it := range d.Items {
					e, found := in.entry(it.Exercise)
					if !found || e.Category != catalog.Activation || !isAbductor(e) {
						continue
					}
					if !block1 || isIsometric(e) {
						ok = true
					}
					if tendonHold(e) {
						if n, length := holdsOf(it); length >= 30 {
							holds += n * it.Sets
						}
					}
				}
				if !ok && !abductorWarned {
					kind := "hip-abductor"
					if block1 {
						kind = "isometric hip-abductor"
					}
					fail("%s: gluteal tendinopathy: the activation session holds no %s exercise and no warning says why", dayName(w, d), kind)
				}
				// Reading: a plan with no abductor exercise at all, which a
				// warning names, owes no count of its holds.
				if block1 && in.posAt(wi) == 3 && in.p.Soreness <= 5 && holds < 5 && !roomWarned && (ok || !abductorWarned) {
					fail("%s: gluteal tendinopathy, week 3 of block 1: %d holds of 30 s or more, want at least 5, and no warning says the minutes or the ceiling leave no room", dayName(w, d), holds)
				}
			}
		}
		// Reading (rule 9 and README "the next block"): in a flare the
		// holds stay and the effort comes down. In the build weeks among
		// the first two of a step back, where the week before held the
		// tendon holds at a useful dose, 5 holds of 30 s or more in a
		// session (counted over its tendon holds, as rule 9's aim counts),
		// every activation session that holds them keeps that dose, at the
		// light effort rule 16 reads, unless a warning about the holds
		// names the minutes, or soreness today (rule 5, a load limit) holds
		// the first week lower, or the activities fill the ceiling (rule
		// 2), or the person changed their days (the sessions are not the
		// week before's).
		if in.stepBack() && in.p.Soreness < 4 {
			seq := in.sequence()
			base := len(seq) - len(in.plan.Weeks)
			for wi, w := range in.plan.Weeks[:min(2, len(in.plan.Weeks))] {
				if w.Phase != planner.Build || base+wi == 0 {
					continue
				}
				// Holds of 30 s or more a session, counted over its tendon
				// holds as rule 9's aim counts them.
				useful := func(d planner.Day) (n int, any bool) {
					for _, it := range d.Items {
						if e, ok := in.entry(it.Exercise); ok && tendonHold(e) && isStrengthening(d, e) {
							any = true
							if k, length := holdsOf(it); length >= 30 {
								n += k * it.Sets
							}
						}
					}
					return n, any
				}
				most := 0
				for _, d := range seq[base+wi-1].week.Days {
					n, _ := useful(d)
					most = max(most, n)
				}
				if most < 5 || roomWarned && in.warned("minute") || in.fills(wi) || !slices.Equal(in.prev.Profile.Days, in.p.Days) {
					continue
				}
				for _, d := range w.Days {
					if n, any := useful(d); any && n < 5 && !seen["step "+d.Date] {
						seen["step "+d.Date] = true
						fail("%s: gluteal tendinopathy, week %d of a step back: %d holds of 30 s or more, after %d a session the week before: the holds stay, the effort comes down",
							dayName(w, d), wi+1, n, most)
					}
				}
			}
		}
		if !in.warned("sleep") {
			fail("gluteal tendinopathy: no warning about sleeping on the sore side")
		}
		if !in.warned("cross") {
			fail("gluteal tendinopathy: no warning about crossing the legs")
		}
		if !in.warnedWith(func(lw string) bool {
			return strings.Contains(lw, "stand") && containsAny(lw, "one hip", "one leg", "hang")
		}) {
			fail("gluteal tendinopathy: no warning about standing hanging on one hip")
		}
	}
	if piriformis {
		warned := in.warned("piriformis", "stretch") || in.warned("piriformis", "release")
		for _, w := range in.plan.Weeks {
			sessions, with := 0, 0
			for _, d := range w.Days {
				if d.Session != planner.ActivationSession && d.Session != planner.RecoverySession {
					continue
				}
				sessions++
				if slices.ContainsFunc(d.Items, func(it planner.Item) bool {
					e, ok := in.entry(it.Exercise)
					return ok && (e.Category == catalog.StaticStretch || e.Category == catalog.MyofascialRelease) && mainTarget(e) == catalog.Piriformis
				}) {
					with++
				}
			}
			if need := min(3, sessions); with < need && !warned {
				fail("week %d: piriformis syndrome: a piriformis stretch or release on %d of %d session days, want %d, and no warning says why", w.Week, with, sessions, need)
			}
		}
		if m := in.plan.MovementBreaks.EveryMinutes; m > 0 && m != 30 {
			fail("piriformis syndrome: movement breaks every %d minutes, want 30", m)
		}
		if !in.warned("sit") || !in.warned("stair") {
			fail("piriformis syndrome: no advice on long sitting and stairs")
		}
	}
	if postpartum {
		missWarned := in.warnedWith(func(lw string) bool {
			return strings.Contains(lw, "pelvic") && strings.Contains(lw, "floor") && containsAny(lw, "no ", "not", "left out", "without", "missing")
		})
		for _, w := range in.plan.Weeks {
			for _, d := range w.Days {
				if d.Session == planner.RestDay || missWarned {
					continue
				}
				if !slices.ContainsFunc(d.Items, func(it planner.Item) bool {
					e, ok := in.entry(it.Exercise)
					return ok && isPelvicFloor(e)
				}) {
					fail("%s: postpartum: the %s session holds no pelvic-floor exercise and no warning says why", dayName(w, d), d.Session)
				}
			}
		}
		walked := false
		for _, w := range in.plan.Weeks {
			for _, d := range w.Days {
				if a := in.activityOn(d); a != nil && a.asWalk {
					walked = true
				}
			}
		}
		if walked && !in.warned("walk", "run") {
			fail("postpartum, under 12 weeks after the birth: running days are planned as walks without a note saying so")
		}
	}
	return append(bad, rule9HoldsOneAtATime(in)...)
}

// rule9HoldsOneAtATime: with gluteal tendinopathy the holds give way to
// moving work one at a time (rule 9's tendon loading, after the LEAP trial
// and Clifford et al. 2019): at a block boundary at most one isometric
// hold steps on to a moving exercise, and the side-of-the-hip holds that
// go on stay 30 s or more.
// Reading: a hold is an activation entry with glute load, timed or held
// 10 s or more a rep at its starting dose. Holds step on only at the
// boundaries that take harder variants: within a plan, and at the start
// of gluteplan next when the log says progress. A hold steps on when
// the last build week before the boundary held it in an activation
// session, the new block's first week does not, and that week holds, new
// to it, a moving activation entry with glute load that is its catalog
// progression or works its main muscle (the planner's own words, "a step
// on from", are not read). Two or more such holds at one boundary break
// the rule. Where one steps on, each hip-abductor hold that goes on is
// held 30 s or more in the new block's build weeks (or as long as before,
// if shorter), unless the block steps back (a load limit of the log's) or
// a warning holding "hold" and "30 s" says why not.
func rule9HoldsOneAtATime(in *checkInput) []string {
	if !in.has(planner.GlutealTendinopathy) {
		return nil
	}
	var bad []string
	fail := func(f string, a ...any) { bad = append(bad, fmt.Sprintf(f, a...)) }
	longest := func(w planner.Week) map[string]int {
		out := map[string]int{}
		for _, d := range w.Days {
			if d.Session != planner.ActivationSession {
				continue
			}
			for _, it := range d.Items {
				_, length := holdsOf(it)
				if l, ok := out[it.Exercise]; !ok || length > l {
					out[it.Exercise] = length
				}
			}
		}
		return out
	}
	excused := in.stepBack() || in.warned("hold", "30 s")
	seq := in.sequence()
	for i, sw := range seq {
		if sw.old || i == 0 || (sw.no-1)%4 != 0 || in.prev != nil && sw.no == in.first && in.steer != planner.SteerProgress {
			continue
		}
		j := i - 1
		for j >= 0 && (seq[j].no-1)%4 == 3 {
			j--
		}
		if j < 0 || blockOfWeek(seq[j].no) != blockOfWeek(sw.no)-1 {
			continue
		}
		before, now := longest(seq[j].week), longest(sw.week)
		var gone, kept []string
		for _, id := range sortedKeys(before) {
			e, ok := in.entry(id)
			if !ok || e.Category != catalog.Activation || e.GluteLoad <= 0 || !isIsometric(e) {
				continue
			}
			if _, ok := now[id]; ok {
				kept = append(kept, id)
				continue
			}
			for _, nid := range sortedKeys(now) {
				x, ok := in.entry(nid)
				if _, was := before[nid]; was || !ok || x.Category != catalog.Activation || x.GluteLoad <= 0 || isIsometric(x) {
					continue
				}
				if e.Progression == nid || mainTarget(x) == mainTarget(e) {
					gone = append(gone, id+" → "+nid)
					break
				}
			}
		}
		if len(gone) > 1 {
			fail("week %d: gluteal tendinopathy: %d holds step on to moving exercises at once (%s), want at most one a block boundary", sw.no, len(gone), strings.Join(gone, ", "))
		}
		if len(gone) == 0 || excused {
			continue
		}
		for _, id := range kept {
			e, _ := in.entry(id)
			if !tendonHold(e) {
				continue
			}
			want := min(30, before[id])
			for _, s2 := range seq[i:] {
				if blockOfWeek(s2.no) != blockOfWeek(sw.no) || (s2.no-1)%4 == 3 {
					continue
				}
				if l, ok := longest(s2.week)[id]; ok && l < want {
					fail("week %d: gluteal tendinopathy: %s goes on as a hold beside one stepping on, held %d s, want %d s or more", s2.no, id, l, want)
				}
			}
		}
	}
	return bad
}

// ---- rule 10 ----

// rule10Breaks: with sitting_hours ≥ 4, breaks every 30–60 minutes (no
// longer than with more sitting) with at most 3 desk-friendly drills; with
// less sitting, none; the text never tells the person to get up for a
// seated drill. Rules 8 and 9 check the drills themselves.
// Readings: "shorter for more sitting" is checked by planning the same
// profile at 18 hours of sitting: its interval is no longer. "At most 3
// drills" allows none: a break may be only getting up and walking (a
// catalog may hold no desk-friendly entry the person can do). "Get up for
// a seated drill": a sentence of the terminal text that says "get up" and
// names a seated drill of the breaks; "if you cannot get up just then:
// “Seated glute sets”" (the PDF's and the calendar's words, and the
// terminal's since the fourth German reading) offers the drill for when
// getting up is not possible, the opposite.
// Reading (choice): desk work, an activation entry done seated and
// desk-friendly that is not pelvic-floor work (the seated hip press,
// seated glute sets), is made for long spells of sitting: it is planned
// only for a person who sits 4 hours or more a day, or who has gluteal
// tendinopathy (the seated press is among the holds rule 9 asks for).
func rule10Breaks(in *checkInput) []string {
	var bad []string
	fail := func(f string, a ...any) { bad = append(bad, fmt.Sprintf(f, a...)) }
	seenDesk := map[string]bool{}
	in.planned(func(wi int, w planner.Week, d planner.Day, it planner.Item, e catalog.Exercise) {
		if isDeskWork(e) && !in.deskSuits() && !seenDesk[e.ID] {
			seenDesk[e.ID] = true
			fail("%s: %s is desk work, for people who sit long, but the person sits %.1f hours a day", dayName(w, d), e.ID, in.p.SittingHours)
		}
	})
	mb := in.plan.MovementBreaks
	if in.p.SittingHours < 4 {
		if mb.EveryMinutes != 0 || len(mb.Exercises) > 0 {
			fail("%.1f hours of sitting, yet breaks every %d minutes with %v", in.p.SittingHours, mb.EveryMinutes, mb.Exercises)
		}
		return bad
	}
	if mb.EveryMinutes < 30 || mb.EveryMinutes > 60 {
		fail("%.1f hours of sitting: breaks every %d minutes, want 30–60", in.p.SittingHours, mb.EveryMinutes)
	}
	if len(mb.Exercises) > 3 {
		fail("%d movement-break drills, over 3", len(mb.Exercises))
	}
	var seated []string
	for _, id := range mb.Exercises {
		e, ok := in.byID[id]
		if ok && !e.DeskFriendly {
			fail("movement-break drill %s is not desk-friendly", id)
		}
		if ok && (e.Position == catalog.Seated || e.Position == catalog.FloorSeated) {
			seated = append(seated, e.Name)
		}
	}
	if text, err := in.text(); err == nil && len(seated) > 0 {
		for _, s := range sentenceEnd.Split(text, -1) {
			if l := strings.ToLower(s); !strings.Contains(l, "get up") || strings.Contains(l, "cannot get up") {
				continue
			}
			for _, name := range seated {
				if strings.Contains(s, name) {
					fail("the text tells the person to get up for the seated drill %s: %q", name, s)
				}
			}
		}
	}
	if in.p.SittingHours < 18 {
		q := in.p
		q.SittingHours = 18
		if more, err := in.replan(q); err == nil && more != nil && more.MovementBreaks.EveryMinutes > mb.EveryMinutes {
			fail("breaks every %d minutes at %.1f hours of sitting but every %d at 18: more sitting should not mean longer gaps",
				mb.EveryMinutes, in.p.SittingHours, more.MovementBreaks.EveryMinutes)
		}
	}
	return bad
}

// isDeskWork: activation work made for a desk. Reading: an activation
// entry done seated and desk-friendly, not pelvic-floor work (anyone's).
func isDeskWork(e catalog.Exercise) bool {
	return e.Category == catalog.Activation && e.Position == catalog.Seated && e.DeskFriendly && !isPelvicFloor(e)
}

// deskSuits reports whether desk work suits the person (rule 10).
func (in *checkInput) deskSuits() bool {
	return in.p.SittingHours >= 4 || in.has(planner.GlutealTendinopathy)
}

var sentenceEnd = regexp.MustCompile(`[.!?](\s|$)`)

// ---- rule 11 ----

// rule11Deterministic: planning the same catalog and profile again gives
// the same JSON bytes.
func rule11Deterministic(in *checkInput) []string {
	again, err := in.replan(in.p)
	if err != nil {
		return []string{"planning again failed: " + err.Error()}
	}
	a, err1 := json.Marshal(in.plan)
	b, err2 := json.Marshal(again)
	if err1 != nil || err2 != nil {
		return []string{fmt.Sprintf("the plan does not marshal: %v %v", err1, err2)}
	}
	if !bytes.Equal(a, b) {
		i := 0
		for i < len(a) && i < len(b) && a[i] == b[i] {
			i++
		}
		lo := max(i-60, 0)
		return []string{fmt.Sprintf("planning again gives other bytes from byte %d: %q vs %q",
			i, a[lo:min(i+40, len(a))], b[lo:min(i+40, len(b))])}
	}
	return nil
}

// ---- rule 12 ----

// jargon matches the words rule 12 keeps out of text a person reads.
var jargon = regexp.MustCompile(`(?i)\bhses?\b|\bslots?\b|allocation|fine[- ]?tun|\bdeloads?\b|\bcaps?\b|\bcapped\b`)

// findJargon returns the first jargon word of text, or "". A cheap look
// for the words' letters first keeps the long terminal text quick.
func findJargon(text string) string {
	lower := strings.ToLower(text)
	hit := containsAny(lower, "allocation", "fine-tun", "fine tun", "finetun")
	if !hit {
		words := strings.FieldsFunc(lower, func(r rune) bool { return !('a' <= r && r <= 'z') })
		hit = slices.ContainsFunc(words, func(w string) bool {
			switch w {
			case "hse", "hses", "slot", "slots", "deload", "deloads", "cap", "caps", "capped":
				return true
			}
			return false
		})
	}
	if !hit {
		return ""
	}
	return jargon.FindString(text)
}

// fearWords are the fear-based, unproven claims rule 12 keeps out.
var fearWords = regexp.MustCompile(`(?i)gluteal amnesia|switched off|dead butt`)

// blamesMinutes: a warning that says more minutes (longer sessions) would
// make room.
var blamesMinutes = regexp.MustCompile(`(?i)more minutes|longer sessions?|more time`)

// rule12Explainable: every item has a why; every catalog entry is used or
// excluded with a reason, not both; no jargon or fear words in whys,
// efforts, warnings, reasons, the pain rule, the red flags, how the log
// steered, the terminal text or the text of the entries the plan uses; a
// warning never blames the minutes when the five-item limit or the cap is
// the reason; a reason that says others of an entry's kind were chosen is
// true.
// Readings: disabled entries are catalog entries too, so they are excluded
// with a reason. "--explain prints both" is checked on the terminal text
// with explain on, whitespace squashed (the text may wrap lines). A
// warning blaming the minutes ("more minutes", "longer session", "more
// time") is false when every session of the plan either holds 5 items or
// leaves 5 minutes or more of the profile's minutes unused. A reason
// saying others "of its kind" (or "of this kind") were chosen needs an
// entry of the same category in the plan.
func rule12Explainable(in *checkInput) []string {
	var bad []string
	fail := func(f string, a ...any) { bad = append(bad, fmt.Sprintf(f, a...)) }
	said := map[string]bool{}
	check := func(where, text string) {
		if said[text] {
			return
		}
		said[text] = true
		if m := findJargon(text); m != "" {
			fail("%s says %q: %q", where, m, text)
		}
		if m := fearWords.FindString(text); m != "" {
			fail("%s makes the claim %q: %q", where, m, text)
		}
	}
	for _, w := range in.plan.Weeks {
		for _, d := range w.Days {
			for _, it := range d.Items {
				if strings.TrimSpace(it.Why) == "" {
					fail("%s: %s has no why", dayName(w, d), it.Exercise)
				}
				check(dayName(w, d)+": "+it.Exercise+"'s why", it.Why)
				check(dayName(w, d)+": "+it.Exercise+"'s effort", it.Effort)
			}
		}
	}
	for _, s := range in.plan.Warnings {
		check("a warning", s)
	}
	for _, b := range in.plan.PainRule {
		check("the pain rule", b.Say)
	}
	for _, s := range in.plan.RedFlags {
		check("a red flag", s)
	}
	if c := in.plan.Continues; c != nil {
		check("how the log steered", c.Why)
	}
	for _, e := range in.plan.Exercises {
		for _, s := range slices.Concat([]string{e.Name, e.Why}, e.Steps, e.Cues, e.Mistakes) {
			if m := fearWords.FindString(s); m != "" && !said[s] {
				said[s] = true
				fail("%s's text makes the claim %q: %q", e.ID, m, s)
			}
		}
	}
	// A warning that blames the minutes.
	for _, s := range in.plan.Warnings {
		if !blamesMinutes.MatchString(s) {
			continue
		}
		false_ := true
		sessions := 0
		for _, w := range in.plan.Weeks {
			for _, d := range w.Days {
				if d.Session == planner.RestDay {
					continue
				}
				sessions++
				if len(d.Items) < 5 && d.Minutes > float64(in.p.Minutes)-5+1e-9 {
					false_ = false
				}
			}
		}
		if false_ && sessions > 0 {
			fail("a warning blames the minutes, but every session holds 5 items or leaves 5 minutes or more unused: %q", s)
		}
	}
	used := in.usedIDs()
	usedCats := map[catalog.Category]bool{}
	for id := range used {
		if e, ok := in.entry(id); ok {
			usedCats[e.Category] = true
		}
	}
	excluded := map[string]int{}
	reasons := map[string]bool{}
	for _, x := range in.plan.Excluded {
		if reasons[x.Reason] {
			fail("the reason %q is given twice in excluded: entries left out for one reason are grouped", x.Reason)
		}
		reasons[x.Reason] = true
		if len(x.Exercises) == 0 {
			fail("the reason %q lists no entry", x.Reason)
		}
		others := containsAny(strings.ToLower(x.Reason), "of its kind", "of this kind")
		for _, id := range x.Exercises {
			excluded[id]++
			if strings.TrimSpace(x.Reason) == "" {
				fail("%s is excluded without a reason", id)
			}
			e, ok := in.byID[id]
			if !ok {
				fail("excluded %s is not in the catalog", id)
			}
			if ok && others && !usedCats[e.Category] {
				fail("%s is left out because others of its kind were chosen, but the plan holds no %s entry: %q", id, e.Category, x.Reason)
			}
		}
		check(strings.Join(x.Exercises, ", ")+"'s exclusion reason", x.Reason)
	}
	// --explain prints both: every why and every reason.
	if text, err := in.text(); err != nil {
		fail("the plan does not print with --explain: %v", err)
	} else {
		if m := findJargon(text); m != "" {
			i := strings.Index(text, m)
			fail("the terminal text says %q: %q", m, text[max(0, i-60):min(len(text), i+60)])
		}
		missing := 0
		for _, x := range in.plan.Excluded {
			if !strings.Contains(text, squash(x.Reason)) {
				missing++
				if missing <= 3 {
					fail("--explain does not print why %s is left out: %q", strings.Join(x.Exercises, ", "), x.Reason)
				}
			}
		}
		// Reading: the terminal may say the limit on side pain during the
		// tendon holds (rule 9) once, under a heading of its own, and each
		// why without it: a safety rule is not a reason (fourth German
		// reading). Both parts must be printed.
		whys := map[string]string{}
		say := in.plan.Profile.Language()
		in.planned(func(_ int, _ planner.Week, _ planner.Day, it planner.Item, e catalog.Exercise) {
			whys[it.Why] = planner.TendonCheck(say, &e, in.p)
		})
		for _, why := range sortedKeys(whys) {
			printed := strings.Contains(text, squash(why))
			if c := whys[why]; !printed && c != "" && strings.Contains(why, c) {
				printed = strings.Contains(text, squash(c)) && strings.Contains(text, squash(strings.Replace(why, c, "", 1)))
			}
			if !printed {
				missing++
				if missing <= 3 {
					fail("--explain does not print the why %q", why)
				}
			}
		}
	}
	for _, e := range in.cat.Exercises {
		switch {
		case used[e.ID] && excluded[e.ID] > 0:
			fail("%s is both used and excluded", e.ID)
		case !used[e.ID] && excluded[e.ID] == 0:
			fail("%s is neither used nor excluded", e.ID)
		case excluded[e.ID] > 1:
			fail("%s is excluded %d times", e.ID, excluded[e.ID])
		}
	}
	return bad
}

// ---- rule 13 ----

// rule13Program: one routine per kind of session per block (every
// activation, recovery and primer session of a block holds the same
// exercises in the same order); within a week an exercise has the same
// reps, hold and seconds every day; ≤ 4 activation exercises and ≤ 8
// distinct exercises in a block.
// Readings: "one routine per kind of session" holds for recovery sessions
// and primers as well as activation sessions, and compares every item, not
// only the activation ones. Movement-break drills count only when they
// are also session items. In a continued plan, the weeks of the plan
// before in the same block as its first week belong to the block. A
// session may leave exercises of the routine out (keeping the order of the
// rest) when a warning names each by id or name: the load rules come
// before rule 13, so a lighter week may have to drop one. Primers before
// different activities (a run and the gym) are one routine too. A
// continued plan whose primers now come before a run, a ride or a game
// may choose its primer anew when the plan before's held work rule 18
// keeps from them (the person's days changed).
func rule13Program(in *checkInput) []string {
	var bad []string
	fail := func(f string, a ...any) { bad = append(bad, fmt.Sprintf(f, a...)) }
	type session struct {
		ids   []string
		where string
		old   bool
	}
	var sessions map[planner.Session][]session
	var kinds []planner.Session
	var activation, distinct map[string]bool
	flush := func(block int) {
		if len(activation) > 4 {
			fail("block %d holds %d activation exercises, over 4: %s", block, len(activation), strings.Join(sortedKeys(activation), ", "))
		}
		if len(distinct) > 8 {
			fail("block %d holds %d distinct exercises, over 8: %s", block, len(distinct), strings.Join(sortedKeys(distinct), ", "))
		}
		// The block's routine of each kind is its longest session (the
		// first of them); every other session holds the same, or the same
		// with exercises left out that a warning names.
		for _, kind := range kinds {
			list := sessions[kind]
			if kind == planner.PrimerSession && in.primerRechosen() {
				list = slices.DeleteFunc(slices.Clone(list), func(x session) bool { return x.old })
				if len(list) == 0 {
					continue
				}
			}
			full := list[0]
			for _, x := range list {
				if len(x.ids) > len(full.ids) {
					full = x
				}
			}
			for _, x := range list {
				if x.old || slices.Equal(x.ids, full.ids) {
					continue
				}
				missing, ok := leftOut(full.ids, x.ids)
				if !ok {
					fail("%s: the %s session holds [%s], but %s held [%s] in the same block", x.where, kind,
						strings.Join(x.ids, ", "), full.where, strings.Join(full.ids, ", "))
					continue
				}
				for _, id := range missing {
					if !in.warnedOf(id) {
						fail("%s: the %s session leaves %s out of the block's routine and no warning names it", x.where, kind, id)
					}
				}
			}
		}
	}
	// The weeks of the plan before that share a block with the plan's
	// first week count too.
	var seq []seqWeek
	for _, w := range in.sequence() {
		if !w.old || blockOfWeek(w.no) == blockOfWeek(in.first) {
			seq = append(seq, w)
		}
	}
	for k, sw := range seq {
		w, block := sw.week, blockOfWeek(sw.no)
		if k == 0 || (sw.no-1)%4 == 0 {
			if k > 0 {
				flush(block - 1)
			}
			sessions, kinds = map[planner.Session][]session{}, nil
			activation, distinct = map[string]bool{}, map[string]bool{}
		}
		dose := map[string]string{}
		for _, d := range w.Days {
			var ids []string
			for _, it := range d.Items {
				ids = append(ids, it.Exercise)
				distinct[it.Exercise] = true
				if it.Category == catalog.Activation {
					activation[it.Exercise] = true
				}
				ds := fmt.Sprintf("%d reps, %d s hold, %d s", it.Reps, it.HoldSeconds, it.Seconds)
				if prev, ok := dose[it.Exercise]; ok && prev != ds && !sw.old {
					fail("%s: %s is done as %s, another day of the week as %s", dayName(w, d), it.Exercise, ds, prev)
				}
				dose[it.Exercise] = ds
			}
			if d.Session == planner.RestDay {
				continue
			}
			if _, ok := sessions[d.Session]; !ok {
				kinds = append(kinds, d.Session)
			}
			sessions[d.Session] = append(sessions[d.Session], session{ids, dayName(w, d), sw.old})
		}
	}
	if n := len(seq); n > 0 {
		flush(blockOfWeek(seq[n-1].no))
	}
	return append(bad, ruleVariety(in)...)
}

// moveOf says what a strengthening or balance entry trains, for the
// variety rules 13 and 3 are read to ask (choice). Readings: an activation
// entry standing on one leg whose id does not name an abduction is
// single-leg work (standing hip abduction works the leg that moves, the
// side of the hip); a main target of gluteus medius or minimus is the side
// of the hip; standing on both feet with the quadriceps among its targets a
// squat, with the hamstrings a hinge; the rest with gluteus maximus first
// hip extension (bridges, thrusts, hip extensions). Pelvic-floor work and
// other entries train none of them ("").
func moveOf(e catalog.Exercise) string {
	if e.Category != catalog.Activation || isPelvicFloor(e) || len(e.Targets) == 0 {
		return ""
	}
	has := func(t catalog.Target) bool { return slices.Contains(e.Targets, t) }
	switch {
	case e.Position == catalog.SingleLegStanding && !hasWord(e, "abduction"):
		return "single leg"
	case isAbductor(e):
		return "side hip"
	case e.Position == catalog.Standing && has(catalog.Quadriceps):
		return "squat"
	case e.Position == catalog.Standing && has(catalog.Hamstrings):
		return "hinge"
	case mainTarget(e) == catalog.GluteusMaximus:
		return "hip extension"
	}
	return ""
}

// wantsOneLeg: the person runs, plays a game or needs support on one leg.
func (in *checkInput) wantsOneLeg() bool {
	return slices.Contains(in.p.Limits, planner.NeedsSupport) || in.hasKind(planner.Running) || in.hasKind(planner.TeamSport)
}

// ruleVariety: how a block's activation routine is chosen (rules 3, 13,
// 16, 18; docs "How exercises are chosen").
// Readings: (a) an exercise that comes in at a block boundary as "a step
// on from" one done at its highest dose trains the same movement (see
// [moveOf]): a hinge is no harder squat; the catalog's own harder variant
// (its progression) is the catalog's word and stands. (b) For a person who runs, plays
// a game or needs support on one leg, a block whose activation sessions
// hold two exercises of one movement and none on one leg is wrong where
// the catalog has balance work on one leg (no glute load, so any week's
// volume has room for it) that the person may do in that block, and the
// sessions have a place for it (fewer than 5 items and 4 activation
// exercises, and minutes for one set of it beside the longest activation
// session of the block's first week: what the block before held goes on
// first). A block a step
// back keeps, and a continued plan's first block when it starts within a
// block, keep the exercises they had.
func ruleVariety(in *checkInput) []string {
	var bad []string
	fail := func(f string, a ...any) { bad = append(bad, fmt.Sprintf(f, a...)) }
	for wi, w := range in.plan.Weeks {
		if in.posAt(wi) != 1 && wi != 0 {
			continue
		}
		var acts []catalog.Exercise
		full := false
		date := ""
		longest := 0.0
		for _, d := range w.Days {
			if d.Session != planner.ActivationSession {
				continue
			}
			date = d.Date
			full = full || len(d.Items) >= 5
			longest = max(longest, d.Minutes)
			for _, it := range d.Items {
				e, ok := in.entry(it.Exercise)
				if !ok || e.Category != catalog.Activation || slices.ContainsFunc(acts, func(x catalog.Exercise) bool { return x.ID == e.ID }) {
					continue
				}
				acts = append(acts, e)
				if from, ok := stepOnFrom(it.Why); ok && in.posAt(wi) == 1 {
					for _, x := range in.cat.Exercises {
						if x.Name == from && moveOf(x) != moveOf(e) && x.Progression != e.ID {
							fail("week %d: %s (%s) is a step on from %s (%s), which trains another movement", w.Week, e.ID, moveOf(e), x.ID, moveOf(x))
						}
					}
				}
			}
		}
		if date == "" || !in.wantsOneLeg() || len(acts) >= 4 || full {
			continue
		}
		if wi == 0 && in.prev != nil && (in.stepBack() || (in.first-1)%4 != 0) {
			continue
		}
		moves := map[string]int{}
		for _, e := range acts {
			moves[moveOf(e)]++
		}
		twice := ""
		for _, m := range sortedKeys(moves) {
			if m != "" && moves[m] > 1 {
				twice = m
			}
		}
		if twice == "" || moves["single leg"] > 0 {
			continue
		}
		for _, x := range in.cat.Exercises {
			one := planner.Item{Sets: 1, Reps: x.Dose.Reps, HoldSeconds: x.Dose.HoldSeconds, Seconds: x.Dose.Seconds, PerSide: x.Dose.PerSide}
			if longest+leastMinutes(one) > float64(in.p.Minutes)+minuteTol {
				continue // no minutes left for it, even at one set
			}
			if moveOf(x) == "single leg" && x.GluteLoad == 0 && in.eligibleAt(wi, date, x) {
				fail("week %d: the activation sessions hold two exercises of one movement (%s) and none on one leg, though %s (balance work) suits the person, who runs, plays or needs support on one leg",
					w.Week, twice, x.ID)
				break
			}
		}
	}
	return bad
}

// turnTaken reports whether hold e, a tendon hold of gluteal tendinopathy
// for the big buttock muscle (isometric, not a hip-abductor entry), may
// step on before its ceiling: a side-hip hold at its ceiling in the last
// build week before the boundary (last) goes on as a hold in the new
// block (cur), and its turn to step on went to e (rule 9). Reading: the
// holds give way to moving work one at a time, the side-hip hold last,
// so a side-hip hold that earned its step keeps holding and the bridge
// hold beside it steps on in its place.
func (in *checkInput) turnTaken(e catalog.Exercise, last planner.Week, cur map[string]*exerciseWeek) bool {
	if !slices.Contains(in.p.Conditions, planner.GlutealTendinopathy) || !isIsometric(e) || isAbductor(e) {
		return false
	}
	for id, lw := range in.weekDoses(last) {
		side, ok := in.entry(id)
		if ok && cur[id] != nil && isIsometric(side) && isAbductor(side) && side.GluteLoad > 0 && atCeiling(side, lw.reps, lw.hold, lw.seconds) {
			return true
		}
	}
	return false
}

// stepOnFrom reads the name of the exercise a why says the item is "a
// step on from".
func stepOnFrom(why string) (string, bool) {
	const mark = "A step on from "
	i := strings.Index(why, mark)
	if i < 0 {
		return "", false
	}
	rest := why[i+len(mark):]
	if j := strings.Index(rest, ", which"); j >= 0 {
		return rest[:j], true
	}
	return "", false
}

// leftOut reports whether some is full with exercises left out, keeping
// the order, and which.
func leftOut(full, some []string) (missing []string, ok bool) {
	j := 0
	for _, id := range full {
		if j < len(some) && some[j] == id {
			j++
		} else {
			missing = append(missing, id)
		}
	}
	return missing, j == len(some)
}

// warnedOf reports whether a warning names the exercise, by id or by name.
func (in *checkInput) warnedOf(id string) bool {
	if in.warned(id) {
		return true
	}
	e, ok := in.entry(id)
	return ok && e.Name != "" && in.warned(strings.ToLower(e.Name))
}

// ---- rule 14 ----

// rule14Order: dynamic stretches before every activation item; static
// stretches and release after every activation item; no two stretches
// (dynamic or static) share a main target; at most 2 moves between the
// floor and standing or sitting up.
// Reading: moves are counted between consecutive items; getting down for
// the first item does not count.
func rule14Order(in *checkInput) []string {
	var bad []string
	for _, w := range in.plan.Weeks {
		for _, d := range w.Days {
			where := dayName(w, d)
			firstAct, lastAct := -1, -1
			for i, it := range d.Items {
				if it.Category == catalog.Activation {
					if firstAct < 0 {
						firstAct = i
					}
					lastAct = i
				}
			}
			targets := map[catalog.Target]string{}
			moves := 0
			for i, it := range d.Items {
				if firstAct >= 0 && it.Category == catalog.DynamicStretch && i > firstAct {
					bad = append(bad, fmt.Sprintf("%s: dynamic stretch %s comes after activation work", where, it.Exercise))
				}
				if lastAct >= 0 && (it.Category == catalog.StaticStretch || it.Category == catalog.MyofascialRelease) && i < lastAct {
					bad = append(bad, fmt.Sprintf("%s: %s (%s) comes before activation work", where, it.Exercise, it.Category))
				}
				e, ok := in.entry(it.Exercise)
				if !ok {
					continue
				}
				if isStretch(e.Category) {
					if other, dup := targets[mainTarget(e)]; dup {
						bad = append(bad, fmt.Sprintf("%s: stretches %s and %s share their main target %s", where, other, e.ID, mainTarget(e)))
					}
					targets[mainTarget(e)] = e.ID
				}
				if i > 0 {
					if pe, ok := in.entry(d.Items[i-1].Exercise); ok && isFloor(pe.Position) != isFloor(e.Position) {
						moves++
					}
				}
			}
			if moves > 2 {
				bad = append(bad, fmt.Sprintf("%s: %d moves between the floor and up, over 2", where, moves))
			}
		}
	}
	return bad
}

// ---- rule 15 ----

// rule15Listen: the pain rule's bands are 0–3, 4–5, 6–7 (or 6–10), 8–10,
// each saying something; the red flags are there; the terminal text prints
// both as the JSON has them (rule 1 asks every output to carry the red
// flags; the PDF is left to the PDF's own tests). Reading: the text with
// --explain carries all the text without it does.
// Reading: with a 6–10 band the 8–10 band still follows, as the more
// urgent advice for 8 and over.
func rule15Listen(in *checkInput) []string {
	var bad []string
	var got []string
	for _, b := range in.plan.PainRule {
		got = append(got, fmt.Sprintf("%d–%d", b.From, b.To))
		if strings.TrimSpace(b.Say) == "" {
			bad = append(bad, fmt.Sprintf("the pain rule's band %d–%d says nothing", b.From, b.To))
		}
	}
	g := strings.Join(got, ", ")
	if g != "0–3, 4–5, 6–7, 8–10" && g != "0–3, 4–5, 6–10, 8–10" {
		bad = append(bad, fmt.Sprintf("the pain rule's bands are [%s], want 0–3, 4–5, 6–7 (or 6 or more), 8–10", g))
	}
	if len(in.plan.RedFlags) == 0 {
		bad = append(bad, "the plan carries no red flags")
	}
	// The same rule and the same red flags in the terminal text.
	if text, err := in.text(); err != nil {
		bad = append(bad, "the plan does not print as text: "+err.Error())
	} else {
		for _, b := range in.plan.PainRule {
			if !strings.Contains(text, squash(b.Say)) {
				bad = append(bad, fmt.Sprintf("the text does not print the pain rule's band %d–%d: %q", b.From, b.To, b.Say))
			}
		}
		for _, s := range in.plan.RedFlags {
			if !strings.Contains(text, squash(s)) {
				bad = append(bad, fmt.Sprintf("the text does not print the red flag %q", s))
			}
		}
	}
	for i, s := range in.plan.RedFlags {
		if strings.TrimSpace(s) == "" {
			bad = append(bad, fmt.Sprintf("red flag %d is empty", i+1))
		}
	}
	return bad
}

// ---- rule 16 ----

var (
	effortBlock1 = regexp.MustCompile(`(?i)4\s*(–|-|to)\s*5 more`)
	effortLater  = regexp.MustCompile(`(?i)last 2\s*(–|-|to)\s*3 reps`)
	effortHold   = regexp.MustCompile(`(?i)strong but comfortable`)
	effortLight  = regexp.MustCompile(`(?i)light|3\s*(–|-|to)\s*5 of 10`)
	oneSetWords  = regexp.MustCompile(`(?i)\b(one|1|a single) set\b`)
	limitWords   = regexp.MustCompile(`(?i)minute|time|ceiling|five|5 exercises|hard day|in a row|step back|sore|may rise|your log|block to start at`)
)

// reachable reports whether an entry's doses can meet rule 16's ranges at
// all: reps between lo and 15, or holds of minHold to 45 s at 1 to 6 a
// set, between half the starting work per set and its ceiling.
func reachable(e catalog.Exercise, lo, minHold int) bool {
	c := ceilingOf(e)
	half := 0.5 * catalogWork(e)
	if e.Dose.Seconds > 0 {
		top := min(c.seconds, int(math.Floor(c.work)))
		return max(minHold, int(math.Ceil(half))) <= min(45, top)
	}
	if isIsometric(e) {
		hold := min(c.hold, 45)
		if hold < minHold {
			return false
		}
		least := int(math.Ceil(half / float64(4+hold)))
		return max(least, 1) <= min(6, c.reps)
	}
	least := int(math.Ceil(half / float64(4+e.Dose.HoldSeconds)))
	return max(least, lo) <= min(15, c.reps)
}

// oneSetAllowed says whether a strengthening item may have one set a
// session in the wi-th week, and why.
func (in *checkInput) oneSetAllowed(wi int) bool {
	switch {
	case in.week1Of(wi, planner.GlutealTendinopathy), in.week1Of(wi, planner.Postpartum):
		return true
	case wi == 0 && in.p.Soreness >= 4 && in.p.Soreness <= 6:
		return true
	case in.p.Soreness == 7 && in.soreBlock1(wi):
		return true
	case in.fills(wi):
		return true
	}
	return false
}

// rule16Doses: in a build week every strengthening item has at least 2
// sets in each session (one set only in the listed cases, or with a
// warning naming the limit), 8–15 reps a set (6–7 for loaded or single-leg
// entries) or, for an isometric entry, 1–6 holds a set of 20–45 s (from
// 10 s in week 1 of block 1 with gluteal tendinopathy); every
// strengthening item says how hard it should feel.
// Readings: the ranges do not bind an entry whose doses cannot reach them
// (between half its starting work per set and its ceiling); the catalog's
// validation notes such entries. A warning naming the limit holds "one
// set" (or "1 set", "a single set") and one of "minute", "time",
// "ceiling", "five", "5 exercises", "hard day", "in a row", "step back",
// "sore", "may rise" (rule 3's 15% is a load limit too, which the README's
// precedence puts before rule 16), "your log" or "block to start at" (the
// level a continued block starts at, rule 3 and README "the next block",
// is a load limit too: a block that repeats at its level over more
// session days than before may give a session one set). A dose per
// set outside the ranges is accepted where the load limits kept it there
// (the README's precedence puts them first): a warning names the exercise and
// holds "works best", or the plan steps back (README "the next block") and a warning says "step
// back". The effort
// line: a hold says "strong but comfortable" (in week 1 of block 1 with
// gluteal tendinopathy, rule 9's light-to-moderate effort: "light" or
// "3–5 of 10", is accepted too); reps say "4–5 more" in the program's
// block 1 and in block 1 of a condition, and "the last 2–3 reps" later
// (in a block 1 of a condition either may be said). A step back (README
// "the next block") lowers the level: fewer reps at "the last 2–3 reps
// feel hard" would mean a heavier weight, not a step back, so in its
// first two weeks reps say "4–5 more" and holds the light-to-moderate
// effort of rule 9's first week ("light" or "3–5 of 10"), and either
// effort may be said in the rest of the blocks those weeks are in.
// The effort rising is a change (rule 3's one change a week): in a week an
// exercise's effort rises (from "4–5 more" to "the last 2–3 reps", or from
// light to moderate holds to strong but comfortable ones), its weekly sets
// and dose per set are those of the week before, across the boundary to a
// continued plan too (unless the person changed their days, as rule 3
// reads). So "the last 2–3 reps" comes after block 1 as soon as one
// change allows: an exercise keeps "4–5 more" in a later block in the
// week it is new to the program, in no session of the week before (new moving work is learnt at "moderate" first: a harder variant
// too, or an exercise back after a week out of the sessions), and while it was at "4–5 more" the week before and its weekly
// sets or dose per set change this week, where that change is the first
// week of a block or of a continued plan going back to its doses, or a
// cut (its weekly work no higher than the week before's: the week's
// bounds made it give); a rise of its doses otherwise waits for the
// effort's. So too a hold at the light effort (the tendon holds after week 1 of block 1 with gluteal
// tendinopathy, any hold after a step back's block). In a plan's second
// block, week 5 returns to the doses of week 3 (after the lighter week 4)
// at block 1's effort, and week 6 raises the effort with the doses held.
func rule16Doses(in *checkInput) []string {
	var bad []string
	fail := func(f string, a ...any) { bad = append(bad, fmt.Sprintf(f, a...)) }
	oneSetWarned := in.warnedWith(func(lw string) bool { return oneSetWords.MatchString(lw) && limitWords.MatchString(lw) })
	seen := map[string]bool{}
	// The effort rises as the exercise's one change of the week (rule 3):
	// its weekly sets and dose per set hold that week.
	seq := in.sequence()
	efforts := make([]map[string]bool, len(seq))
	for k, sw := range seq {
		efforts[k] = in.weekEfforts(sw.week)
	}
	daysChanged := in.prev != nil && !slices.Equal(in.prev.Profile.Days, in.p.Days)
	for k := 1; k < len(seq); k++ {
		if seq[k].old || seq[k-1].old && daysChanged {
			continue
		}
		before, now := in.weekDoses(seq[k-1].week), in.weekDoses(seq[k].week)
		for _, id := range sortedKeys(efforts[k]) {
			was, ok := efforts[k-1][id]
			if !ok || was || !efforts[k][id] || before[id] == nil || now[id] == nil {
				continue
			}
			p, c := before[id], now[id]
			if !sameDoses(seq[k-1].week, seq[k].week, id) {
				fail("week %d: %s's effort rises (%q) while its weekly sets or dose per set change too (%d × %s → %d × %s): two changes in one week",
					seq[k].no, id, in.effortText(seq[k].week, id), p.sets, doseText(p.reps, p.hold, p.seconds), c.sets, doseText(c.reps, c.hold, c.seconds))
			}
		}
	}
	// waits reports whether the plan's wi-th week may keep exercise id at
	// the lower effort where the higher is due: new moving work starts at
	// "moderate"; an exercise at the lower effort the week before whose
	// weekly sets or dose per set change this week rises later, where that
	// change is the return of a block's (or a continued plan's) first week,
	// or a cut (its weekly work not above the week before's); a rise in
	// its doses otherwise comes after the effort's.
	waits := func(wi int, id string, moving bool) bool {
		k := len(seq) - len(in.plan.Weeks) + wi
		if k == 0 {
			return moving
		}
		was, ok := efforts[k-1][id]
		if !ok && in.weekDoses(seq[k-1].week)[id] == nil {
			return moving
		}
		// Reading: an exercise the week before held only where no effort
		// is said (a warm-up before the gym) had no higher effort to keep:
		// in its first week back in a strengthening session with changed
		// doses, its effort may still wait (rule 3: one change a week).
		p, c := in.weekDoses(seq[k-1].week)[id], in.weekDoses(seq[k].week)[id]
		if was || p == nil || c == nil || sameDoses(seq[k-1].week, seq[k].week, id) {
			return false
		}
		return in.posAt(wi) == 1 || wi == 0 || c.work <= p.work+1e-9
	}
	// isNew reports whether exercise id is new to the program in the
	// plan's wi-th week: in no session of the week before.
	isNew := func(wi int, id string) bool {
		k := len(seq) - len(in.plan.Weeks) + wi
		if k == 0 {
			return false // the program's first week: block 1's effort
		}
		return in.weekDoses(seq[k-1].week)[id] == nil
	}
	in.planned(func(wi int, w planner.Week, d planner.Day, it planner.Item, e catalog.Exercise) {
		if !isStrengthening(d, e) {
			return
		}
		where := dayName(w, d)
		once := func(key string) bool {
			k := fmt.Sprintf("%s %s %d", key, e.ID, w.Week)
			if seen[k] {
				return false
			}
			seen[k] = true
			return true
		}
		tgWeek1 := in.week1Of(wi, planner.GlutealTendinopathy)
		// The effort line.
		condBlock1 := in.inBlock1(wi, planner.GlutealTendinopathy) || in.inBlock1(wi, planner.Postpartum)
		heldWeeks := in.stepBack() && wi < 2
		stepBlock := in.stepBack() && in.blockAt(wi) <= in.blockAt(min(1, len(in.plan.Weeks)-1))
		switch {
		case heldWeeks && isIsometric(e):
			if !effortLight.MatchString(it.Effort) && once("effort") {
				fail("%s: %s's effort is %q, want the light-to-moderate effort of a step back", where, e.ID, it.Effort)
			}
		case heldWeeks:
			if !effortBlock1.MatchString(it.Effort) && once("effort") {
				fail("%s: %s's effort is %q, want \"moderate: you could do 4–5 more\" in a step back", where, e.ID, it.Effort)
			}
		case w.Phase == planner.Deload && !isIsometric(e):
			// Reading: a lighter week lowers the effort of moving work
			// too (rule 3): fewer reps at a hard effort would ask for a
			// heavier weight or a firmer band, the opposite of a lighter
			// week. Holds keep theirs, with fewer or shorter holds.
			if !effortBlock1.MatchString(it.Effort) && once("effort") {
				fail("%s: %s's effort is %q, want \"moderate: you could do 4–5 more\" in a lighter week", where, e.ID, it.Effort)
			}
		case stepBlock && (effortLight.MatchString(it.Effort) && isIsometric(e) || effortBlock1.MatchString(it.Effort)):
		case isIsometric(e):
			light := effortLight.MatchString(it.Effort) && (tgWeek1 || waits(wi, e.ID, false))
			if !effortHold.MatchString(it.Effort) && !light && once("effort") {
				fail("%s: %s's effort is %q, want \"strong but comfortable\"", where, e.ID, it.Effort)
			}
		case w.Block == 1 || condBlock1:
			if !effortBlock1.MatchString(it.Effort) && !(condBlock1 && w.Block > 1 && effortLater.MatchString(it.Effort)) && once("effort") {
				fail("%s: %s's effort is %q, want \"moderate: you could do 4–5 more\" in block 1", where, e.ID, it.Effort)
			}
		case effortBlock1.MatchString(it.Effort) && waits(wi, e.ID, true):
		case isNew(wi, e.ID):
			if once("effort") {
				fail("%s: %s's effort is %q in its first week: new moving work starts at \"moderate: you could do 4–5 more\"", where, e.ID, it.Effort)
			}
		default:
			if !effortLater.MatchString(it.Effort) && once("effort") {
				fail("%s: %s's effort is %q, want \"the last 2–3 reps feel hard\" after block 1", where, e.ID, it.Effort)
			}
		}
		if w.Phase != planner.Build {
			return
		}
		if it.Sets < 2 && !in.oneSetAllowed(wi) && !oneSetWarned && once("sets") {
			fail("%s: %s has %d set in a build week, and no warning names the limit that leaves it one", where, e.ID, it.Sets)
		}
		// A load limit may keep a dose short (README "precedence"), with
		// a warning that names the exercise, or a step back's.
		excused := in.warned(strings.ToLower(e.Name), "works best") || in.steer == planner.SteerStepBack && in.warned("step back")
		if isIsometric(e) {
			minHold := 20
			if tgWeek1 {
				minHold = 10
			}
			n, length := holdsOf(it)
			if (n < 1 || n > 6 || length < minHold || length > 45) && reachable(e, 8, minHold) && !excused && once("holds") {
				fail("%s: %s holds %d × %d s a set, want 1–6 holds of %d–45 s", where, e.ID, n, length, minHold)
			}
			return
		}
		lo := 8
		if isLoaded(e) || isSingleLeg(e) {
			lo = 6
		}
		if (it.Reps < lo || it.Reps > 15) && reachable(e, lo, 20) && !excused && once("reps") {
			fail("%s: %s has %d reps a set, want %d–15", where, e.ID, it.Reps, lo)
		}
	})
	return bad
}

// weekEfforts maps each strengthening exercise of week w to whether its
// effort line asks for the higher effort (reps "the last 2–3 reps", holds
// "strong but comfortable") rather than the lower ("4–5 more", light to
// moderate).
func (in *checkInput) weekEfforts(w planner.Week) map[string]bool {
	m := map[string]bool{}
	for _, d := range w.Days {
		for _, it := range d.Items {
			if _, ok := m[it.Exercise]; ok || it.Effort == "" {
				continue
			}
			if e, ok := in.entry(it.Exercise); !ok || !isStrengthening(d, e) {
				continue
			}
			m[it.Exercise] = !effortBlock1.MatchString(it.Effort) && !effortLight.MatchString(it.Effort)
		}
	}
	return m
}

// sameDoses reports whether exercise id has the same dose per set in
// weeks a and b and the same sets on each weekday: an exercise that moves
// from one session to another has changed too.
func sameDoses(a, b planner.Week, id string) bool {
	type dose struct{ reps, hold, seconds int }
	read := func(w planner.Week) (map[planner.Weekday]int, map[dose]bool) {
		sets, doses := map[planner.Weekday]int{}, map[dose]bool{}
		for _, d := range w.Days {
			for _, it := range d.Items {
				if it.Exercise == id {
					sets[d.Weekday] += it.Sets
					doses[dose{it.Reps, it.HoldSeconds, it.Seconds}] = true
				}
			}
		}
		return sets, doses
	}
	as, ad := read(a)
	bs, bd := read(b)
	return maps.Equal(as, bs) && maps.Equal(ad, bd)
}

// effortText is the effort line of exercise id in week w.
func (in *checkInput) effortText(w planner.Week, id string) string {
	for _, d := range w.Days {
		for _, it := range d.Items {
			if it.Exercise == id && it.Effort != "" {
				return it.Effort
			}
		}
	}
	return ""
}

// primerRechosen reports whether the plan continues one whose primers
// held work rule 18 keeps from a primer before a run, a ride or a game,
// and the plan has such a primer.
func (in *checkInput) primerRechosen() bool {
	if in.prev == nil || !slices.ContainsFunc(in.plan.Weeks, func(w planner.Week) bool {
		return slices.ContainsFunc(w.Days, func(d planner.Day) bool { return d.Session == planner.PrimerSession && in.standingPrimer(d) })
	}) {
		return false
	}
	for _, w := range in.prev.Weeks {
		for _, d := range w.Days {
			if d.Session != planner.PrimerSession {
				continue
			}
			for _, it := range d.Items {
				if e, ok := in.entry(it.Exercise); ok && (!isStanding(e.Position) || e.Category == catalog.Activation && isIsometric(e)) {
					return true
				}
			}
		}
	}
	return false
}

// ---- rule 17 ----

// eligibleAt reports whether e may be planned in the wi-th week on date:
// not disabled, within rules 8 and 9, and not above the level it is
// planned at.
func (in *checkInput) eligibleAt(wi int, date string, e catalog.Exercise) bool {
	level := in.p.Level
	if in.inBlock1(wi, planner.Postpartum) {
		level = catalog.Beginner
	}
	return !in.disabled[e.ID] && in.forbiddenBy8(e) == "" && in.forbiddenOn(wi, date, e) == "" && levelRank[e.Level] <= levelRank[level] &&
		(!isDeskWork(e) || in.deskSuits())
}

// rule17Equipment: at a block boundary an entry that uses the person's
// equipment is preferred over an equipment-free one of the same role and
// level; advice to buy suits the person's limits.
// Readings: judged on each block that starts within the plan, for every
// routine (activation, recovery, primer): an equipment-free entry of it
// is wrong when an eligible entry (rules 8 and 9, the level, not
// disabled) of the same category, main target and level uses an item the
// person owns (a mat apart: it is comfort), is not in the block, keeps
// the same side of the floor (rule 14), is isometric where the entry is
// (tendinopathy block 1 asks for holds), and, for a strengthening entry,
// loads the glutes too (balance work does not serve its place: "serves
// the routine") and can meet rule 16's ranges. An entry that took over as a harder variant
// is left as it is, and so is block 1 at soreness 7 (rule 5's limits
// come first and may keep to the lightest entry); a hinge drill (rule
// 19) or a pelvic-floor exercise (rule 9) is only matched by another,
// and an activation entry only by one of the same movement ([moveOf]: a
// chair-supported hip abduction does not take a hip hike's place as work
// on one leg).
// With no_floor, a warning names a foam roller only to steer to a ball
// (it holds "ball" and "one to buy", "instead" or "against a wall").
func rule17Equipment(in *checkInput) []string {
	var bad []string
	fail := func(f string, a ...any) { bad = append(bad, fmt.Sprintf(f, a...)) }
	if slices.Contains(in.p.Limits, planner.NoFloor) {
		for _, w := range in.plan.Warnings {
			lw := strings.ToLower(w)
			if strings.Contains(lw, "foam roller") && !(strings.Contains(lw, "ball") && containsAny(lw, "one to buy", "instead", "against a wall")) {
				fail("the person cannot get down to the floor, yet a warning speaks of a foam roller: %q", w)
			}
		}
	}
	owned := func(e catalog.Exercise) bool {
		return slices.ContainsFunc(needs(e), func(q catalog.Equipment) bool { return q != catalog.Mat && in.owns(q) })
	}
	free := func(e catalog.Exercise) bool {
		return !slices.ContainsFunc(needs(e), func(q catalog.Equipment) bool { return q != catalog.Mat })
	}
	// Entries that a harder variant replaced come in on purpose.
	variants := map[string]bool{}
	for _, e := range in.cat.Exercises {
		for _, h := range in.harderVariants(e.ID) {
			variants[h] = true
		}
	}
	for wi := range in.plan.Weeks {
		if in.posAt(wi) != 1 || in.p.Soreness == 7 && in.soreBlock1(wi) {
			continue
		}
		block := in.blockAt(wi)
		inBlock := map[string]bool{}
		type use struct {
			d  planner.Day
			e  catalog.Exercise
			wi int
		}
		var uses []use
		for wj := wi; wj < len(in.plan.Weeks) && in.blockAt(wj) == block; wj++ {
			for _, d := range in.plan.Weeks[wj].Days {
				for _, it := range d.Items {
					inBlock[it.Exercise] = true
					if e, ok := in.entry(it.Exercise); ok && wj == wi {
						uses = append(uses, use{d, e, wj})
					}
				}
			}
		}
		reported := map[string]bool{}
		for _, u := range uses {
			e := u.e
			if !free(e) || variants[e.ID] || reported[e.ID] {
				continue
			}
			for _, x := range in.cat.Exercises {
				if inBlock[x.ID] || !owned(x) || x.Category != e.Category || mainTarget(x) != mainTarget(e) || x.Level != e.Level ||
					isFloor(x.Position) != isFloor(e.Position) || isIsometric(x) != isIsometric(e) || !in.eligibleAt(u.wi, u.d.Date, x) {
					continue
				}
				// Reading: an entry with no glute load (balance work) does
				// not serve a strengthening item's place: rule 16 counts
				// strengthening exercises, and the routine would hold one
				// fewer. A strengthening entry a primer repeats is judged
				// as one there too: the primer warms up with load what the
				// activation routine trains (rule 13 shares it), which
				// balance work does not.
				if (isStrengthening(u.d, e) || u.d.Session == planner.PrimerSession && e.Category == catalog.Activation && e.GluteLoad > 0) && (x.GluteLoad == 0 || !reachable(x, 8, 20)) || isHinge(e) && !isHinge(x) || isPelvicFloor(e) && !isPelvicFloor(x) {
					continue
				}
				if moveOf(x) != moveOf(e) {
					continue
				}
				if u.d.Session == planner.PrimerSession && u.d.Gym && in.standingPrimer(u.d) && (!isStanding(x.Position) || isIsometric(x)) {
					continue
				}
				// Reading (the lead's): the preference holds where the entry
				// would fit about as well: one that loads the glutes or takes
				// a quarter more a set may be what the week's limits or the
				// minutes left out.
				if x.GluteLoad > 1.25*e.GluteLoad || catalogWork(x)*sidesOf(x) > 1.25*catalogWork(e)*sidesOf(e) {
					continue
				}
				reported[e.ID] = true
				fail("block %d: %s (no equipment) is planned where %s, of the same role and level, uses the person's %v",
					block, e.ID, x.ID, needs(x))
				break
			}
		}
	}
	return bad
}

// sidesOf is 2 for an entry done on each side, 1 for the others.
func sidesOf(e catalog.Exercise) float64 {
	if e.Dose.PerSide {
		return 2
	}
	return 1
}

// ---- rule 18 ----

// standingPrimer reports whether a primer comes before a run, a ride or a
// game: it is standing and dynamic (rule 18).
func (in *checkInput) standingPrimer(d planner.Day) bool {
	a := in.activityOn(d)
	return a != nil && (a.kind == planner.Running || a.kind == planner.Cycling || a.kind == planner.TeamSport)
}

// rule18Activities: the text names the activities as the person does
// ("gym" only for the gym); the primer before a run, a ride or a game is
// standing and dynamic (no floor work, no isometric holds); in a lighter
// week, and when the log steps back, the advice for an activity other than
// the gym is to ease its hardest part, not to halve sets.
// Readings: a person without a gym activity reads no "gym" in the plan's
// warnings, whys, or how the log steered. Standing is standing or
// single-leg standing. The easing advice holds "eas" and one of
// "hardest", "hill", "interval", "sprint", for activities other than the
// gym that count glute sets. A clause (between . ; :) that speaks of
// halving and names an activity other than the gym, but not the gym, tells
// to halve it; "half" or "halve" speaks of halving as a word of its own,
// not inside an exercise's name ("Half-kneeling hip-flexor stretch" in a
// warning that names it halves nothing).
func rule18Activities(in *checkInput) []string {
	var bad []string
	fail := func(f string, a ...any) { bad = append(bad, fmt.Sprintf(f, a...)) }
	if !in.hasKind(planner.Gym) {
		texts := slices.Clone(in.plan.Warnings)
		if c := in.plan.Continues; c != nil {
			texts = append(texts, c.Why)
		}
		in.planned(func(_ int, _ planner.Week, _ planner.Day, it planner.Item, _ catalog.Exercise) {
			texts = append(texts, it.Why)
		})
		reported := map[string]bool{}
		for _, s := range texts {
			if gymWord.MatchString(s) && !reported[s] {
				reported[s] = true
				fail("the person has no gym activity, yet the plan says %q", s)
			}
		}
	}
	reported := map[string]bool{}
	for _, w := range in.plan.Weeks {
		for _, d := range w.Days {
			if d.Session != planner.PrimerSession || !in.standingPrimer(d) {
				continue
			}
			for _, it := range d.Items {
				e, ok := in.entry(it.Exercise)
				if !ok || reported[e.ID] {
					continue
				}
				if !isStanding(e.Position) || e.Category == catalog.Activation && isIsometric(e) {
					reported[e.ID] = true
					fail("%s: the primer before a %s holds %s (%s%s): standing and dynamic only", dayName(w, d), activityNoun[in.activityOn(d).kind],
						e.ID, e.Position, map[bool]string{true: ", an isometric hold", false: ""}[isIsometric(e)])
				}
			}
		}
	}
	eased := in.easedKinds()
	if len(eased) > 0 {
		lighter := slices.ContainsFunc(in.plan.Weeks, func(w planner.Week) bool { return w.Phase == planner.Deload })
		if (lighter || in.stepBack()) && !in.warnedWith(easeAdvice) {
			fail("the plan has a lighter week or steps back, but no warning says to ease the hardest part of %v", eased)
		}
	}
	var other []string
	for _, a := range in.p.Activities {
		if a.Kind != planner.Gym {
			other = append(other, activityWords[a.Kind]...)
		}
	}
	for _, s := range in.plan.Warnings {
		for _, clause := range clauseEnd.Split(strings.ToLower(s), -1) {
			if halving.MatchString(clause) && containsAny(clause, other...) && !strings.Contains(clause, "gym") {
				fail("a warning tells to halve an activity other than the gym: %q", s)
			}
		}
	}
	return bad
}

var (
	gymWord   = regexp.MustCompile(`(?i)\bgym\b`)
	clauseEnd = regexp.MustCompile(`[.;:]`)
	// halving finds "half" or "halve" as a word of its own, not in a
	// hyphenated name such as "half-kneeling" (rule 18).
	halving = regexp.MustCompile(`(^|[^\p{L}-])(half|halve|halving)([^\p{L}-]|$)`)
)

// ---- rule 19 ----

// rule19Form: a person with a gym activity has a hip-hinge pattern drill
// in block 1, in the primer before the gym or, where there is none, in the
// activation routine, unless rules 8 or 9 rule every hinge drill out.
// Readings: judged week by week in block 1 (the program's, for a gym
// activity newly listed in a continued plan the block of its first week):
// a week with a primer on a gym day holds the drill in such a primer; a
// week without one, in its activation sessions. "Ruled out" includes
// disabled entries and entries above the level. A warning holding
// "hinge" excuses its absence (rule 19 comes last in precedence: minutes
// or the cap may leave it out).
func rule19Form(in *checkInput) []string {
	if !in.hasKind(planner.Gym) {
		return nil
	}
	block1 := 1
	if in.prev != nil {
		q := in.prev.Profile
		if len(q.GymDays) > 0 || slices.ContainsFunc(q.Activities, func(a planner.Activity) bool { return a.Kind == planner.Gym }) {
			block1 = 1
		} else {
			block1 = in.blockAt(0)
		}
	}
	if in.warned("hinge") {
		return nil
	}
	var bad []string
	for wi, w := range in.plan.Weeks {
		if in.blockAt(wi) != block1 {
			continue
		}
		possible := false
		for _, e := range in.cat.Exercises {
			if isHinge(e) && in.eligibleAt(wi, w.Days[0].Date, e) {
				possible = true
			}
		}
		if !possible {
			continue
		}
		hinge := func(d planner.Day) bool {
			return slices.ContainsFunc(d.Items, func(it planner.Item) bool {
				e, ok := in.entry(it.Exercise)
				return ok && isHinge(e)
			})
		}
		var gymPrimers, activation []planner.Day
		for _, d := range w.Days {
			if a := in.activityOn(d); d.Session == planner.PrimerSession && a != nil && a.kind == planner.Gym {
				gymPrimers = append(gymPrimers, d)
			}
			if d.Session == planner.ActivationSession {
				activation = append(activation, d)
			}
		}
		switch {
		case len(gymPrimers) > 0:
			if !slices.ContainsFunc(gymPrimers, hinge) {
				bad = append(bad, fmt.Sprintf("week %d: the primer before the gym holds no hip-hinge drill", w.Week))
			}
		case len(activation) > 0:
			if !slices.ContainsFunc(activation, hinge) {
				bad = append(bad, fmt.Sprintf("week %d: no primer before the gym, and the activation routine holds no hip-hinge drill", w.Week))
			}
		}
	}
	return bad
}
