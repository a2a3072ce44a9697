package planner_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

// This file is the independent checker of the planning rules (README, "How
// the plan is built", rules 1–15). It reads only the catalog, the profile
// and the plan, and recomputes every number with code of its own: of the
// planner it calls only Make and Continue (to plan again), Plan.WriteText
// (to read what the terminal prints) and the profile's Owns and Limited,
// so a mistake in the planning code cannot hide in a helper both share.
// Each rule has one function; [checkRules] lists them by number, so a
// failing test says "rule 4: ...".
//
// Where the rules leave room, the checker takes the reading written next to
// the rule's function ("Reading: ..."). The lead reconciles these readings
// with the README.
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
// holds the plan JSON's shape (SPEC §6) and the units every rule counts in.
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

func catalogWork(e catalog.Exercise) float64 {
	return setWork(e.Dose.Reps, e.Dose.HoldSeconds, e.Dose.Seconds)
}

func itemWork(it planner.Item) float64 { return setWork(it.Reps, it.HoldSeconds, it.Seconds) }

// doseRatio is the work of a planned set over the work of a catalog set.
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

// ---- small helpers ----

func isFloor(pos catalog.Position) bool {
	switch pos {
	case catalog.Supine, catalog.Prone, catalog.SideLying, catalog.Quadruped, catalog.Kneeling, catalog.FloorSeated:
		return true
	}
	return false
}

// isIsometric: timed, or a hold of 10 s or more per rep, at the catalog dose.
func isIsometric(e catalog.Exercise) bool {
	return e.Dose.Seconds > 0 || e.Dose.HoldSeconds >= 10
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

var levelRank = map[catalog.Level]int{catalog.Beginner: 0, catalog.Intermediate: 1, catalog.Advanced: 2}

var levelCap = map[catalog.Level]float64{catalog.Beginner: 10, catalog.Intermediate: 16, catalog.Advanced: 20}

var allWeekdays = []planner.Weekday{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}

func weekdayOf(t time.Time) planner.Weekday { return allWeekdays[(int(t.Weekday())+6)%7] }

func prevWeekday(d planner.Weekday) planner.Weekday {
	i := slices.Index(allWeekdays, d)
	return allWeekdays[(i+6)%7]
}

func (in *checkInput) gymDay(d planner.Weekday) bool { return slices.Contains(in.p.GymDays, d) }

// warned reports whether some warning contains every one of words.
func (in *checkInput) warned(words ...string) bool {
	for _, w := range in.plan.Warnings {
		lw := strings.ToLower(w)
		ok := true
		for _, word := range words {
			ok = ok && strings.Contains(lw, word)
		}
		if ok {
			return true
		}
	}
	return false
}

// warnedAny reports whether some warning contains one of words.
func (in *checkInput) warnedAny(words ...string) bool {
	for _, w := range words {
		if in.warned(w) {
			return true
		}
	}
	return false
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
				if e, ok := in.byID[it.Exercise]; ok {
					fn(wi, w, d, it, e)
				}
			}
		}
	}
}

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

// text prints the plan as the terminal shows it with --explain,
// whitespace squashed; rules 12 and 15 share the one rendering.
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

// ---- rule 0: the plan JSON of SPEC §6 and the units of §4 ----

// rule0Shape checks the plan's shape: the profile it was made for, weeks
// numbered from 1 (or on from the plan it continues) with blocks of 4 and
// a deload fourth week, 7 consecutive days from start (the day after the
// plan it continues), gym days where the profile has them, sessions only on
// the person's days, and every item's numbers recomputed from its catalog
// entry (dose ratio, plan HSE, minutes), then the day and week totals.
// Reading: a primer is only for gym days; a rest day has no items and a
// day with items is not a rest day; activation items appear only in
// activation sessions and primers, and an activation session holds some.
func rule0Shape(in *checkInput) []string {
	var bad []string
	fail := func(f string, a ...any) { bad = append(bad, fmt.Sprintf(f, a...)) }
	plan, p := in.plan, in.p
	if plan == nil {
		return []string{"no plan"}
	}
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
		pp.Soreness != p.Soreness || pp.SittingHours != p.SittingHours || pp.GymSets != p.GymSets ||
		!sameSet(pp.Days, p.Days) || !sameSet(pp.GymDays, p.GymDays) || !sameSet(pp.Equipment, p.Equipment) ||
		!sameSet(pp.Limits, p.Limits) || !sameSet(pp.Conditions, p.Conditions) {
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
			if d.Gym != in.gymDay(d.Weekday) {
				fail("%s: gym is %v, the profile says %v", where, d.Gym, in.gymDay(d.Weekday))
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
				if d.Session == planner.PrimerSession && !d.Gym {
					fail("%s: a primer on a day without gym", where)
				}
			default:
				fail("%s: unknown session %q", where, d.Session)
			}
			if d.Session == planner.RecoverySession && hasCategory(d, catalog.Activation) {
				fail("%s: a recovery session holds activation work", where)
			}
			// Reading: a lighter week may leave the activation work out of a
			// session when even its lightest dose is more than the week may
			// hold (the load rules come first), if a warning says so.
			lighter := in.warned(fmt.Sprintf("in week %d,", w.Week), "left out of some sessions")
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

// checkItem recomputes one item from its catalog entry.
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
	if r < 0.5-1e-9 || r > 1.5+1e-9 {
		fail("a set's work is %.0f s against the catalog's %.0f s: dose ratio %.2f is outside 0.5–1.5", itemWork(it), catalogWork(e), r)
	}
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

// ---- rule 1 ----

// rule1Screening: a profile screening refers gets no plan; pain_days ≥ 7
// gives the "get it checked if it is not improving" warning. (The red flags
// every plan carries are checked with rule 15; planner.Screen itself is
// pinned by TestScreeningTable.)
// Readings: the warning contains "check" and "improv"; "prominent" means
// it is the first warning (warnings come most important first).
func rule1Screening(in *checkInput) []string {
	var bad []string
	p := in.p
	if len(p.Symptoms) > 0 || p.Soreness >= 8 {
		bad = append(bad, fmt.Sprintf("a plan was made although screening refers (symptoms %v, soreness %d)", p.Symptoms, p.Soreness))
	}
	if p.PainDays >= 7 {
		first := ""
		if len(in.plan.Warnings) > 0 {
			first = strings.ToLower(in.plan.Warnings[0])
		}
		switch {
		case !in.warned("check", "improv"):
			bad = append(bad, fmt.Sprintf("pain for %d days but no warning to get it checked if it is not improving", p.PainDays))
		case !strings.Contains(first, "check") || !strings.Contains(first, "improv"):
			bad = append(bad, fmt.Sprintf("pain for %d days: the warning to get it checked is not the first one", p.PainDays))
		}
	}
	return bad
}

// ---- rule 2 ----

// weekCap is the cap a week should carry: the level's, or the beginner cap
// in block 1 with gluteal tendinopathy.
func (in *checkInput) weekCap(wi int) float64 {
	if slices.Contains(in.p.Conditions, planner.GlutealTendinopathy) && in.blockAt(wi) == 1 {
		return levelCap[catalog.Beginner]
	}
	return levelCap[in.p.Level]
}

// gymHSE is a week's full gym volume: gym_sets for each gym day.
func (in *checkInput) gymHSE(w planner.Week) (hse float64, days int) {
	for _, d := range w.Days {
		if in.gymDay(d.Weekday) {
			days++
		}
	}
	return float64(days * in.p.GymSets), days
}

// rule2Cap: gym + plan ≤ the week's cap; when the gym alone reaches the cap
// the plan adds at most 1.5 a gym day (at least 1.5) and warns to cut gym
// glute sets.
// Reading: the cap is judged against the full gym volume, even in weeks the
// plan advises halving it (a deload, soreness 7); gym_hse may report the
// full or the halved volume in those weeks. The warning to cut contains
// "gym" and one of "cut", "fewer", "reduce", "less" ("half" alone is the
// deload advice of rule 3, not this warning).
func rule2Cap(in *checkInput) []string {
	var bad []string
	if in.plan.Cap != levelCap[in.p.Level] {
		bad = append(bad, fmt.Sprintf("the plan's cap is %v, the %s cap is %v", in.plan.Cap, in.p.Level, levelCap[in.p.Level]))
	}
	cutWarned := slices.ContainsFunc(in.plan.Warnings, func(w string) bool {
		lw := strings.ToLower(w)
		return strings.Contains(lw, "gym") && containsAny(lw, "cut", "fewer", "reduce", "less")
	})
	for wi, w := range in.plan.Weeks {
		limit := in.weekCap(wi)
		if w.Cap != limit {
			bad = append(bad, fmt.Sprintf("week %d: cap %v, want %v", w.Week, w.Cap, limit))
		}
		gym, gymDays := in.gymHSE(w)
		halving := w.Phase == planner.Deload || in.p.Soreness == 7 && in.blockAt(wi) == in.blockAt(0)
		if !near(w.GymHSE, gym, 1e-9) && !(halving && near(w.GymHSE, gym/2, 0.51)) {
			bad = append(bad, fmt.Sprintf("week %d: gym_hse %v, want %d gym days × %d sets = %v", w.Week, w.GymHSE, gymDays, in.p.GymSets, gym))
		}
		plan := in.weekHSE[wi]
		if gymDays > 0 && gym >= limit {
			allow := max(1.5*float64(gymDays), 1.5)
			if plan > allow+hseTol {
				bad = append(bad, fmt.Sprintf("week %d: the gym alone (%v) reaches the cap %v, yet the plan adds %.2f, over %.1f", w.Week, gym, limit, plan, allow))
			}
			if !cutWarned {
				bad = append(bad, fmt.Sprintf("week %d: the gym alone (%v) reaches the cap %v and no warning says to cut gym glute sets", w.Week, gym, limit))
			}
		} else if gym+plan > limit+hseTol {
			bad = append(bad, fmt.Sprintf("week %d: gym %v + plan %.2f = %.2f is over the cap %v", w.Week, gym, plan, gym+plan, limit))
		}
	}
	return bad
}

func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// ---- rule 3 ----

// exerciseWeek is one exercise in one week: its weekly sets and its dose per
// set (the first day's; rule 13 checks that every day has the same).
type exerciseWeek struct {
	sets                int
	reps, hold, seconds int
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
		}
	}
	return m
}

// atCeiling reports whether an exercise's dose per set is at its ceiling:
// one more rep (or, for a timed set, one more second) would take the
// set's work past 1.5 times the catalog's.
func (in *checkInput) atCeiling(id string, d *exerciseWeek) bool {
	e, ok := in.entry(id)
	if !ok {
		return false
	}
	next := setWork(d.reps+1, d.hold, 0)
	if d.seconds > 0 {
		next = float64(d.seconds + 1)
	}
	return next > 1.5*catalogWork(e)+1e-9
}

// harderVariants maps an entry to every entry up its progression chain.
func (in *checkInput) harderVariants(id string) []string {
	var out []string
	seen := map[string]bool{id: true}
	for e, ok := in.byID[id]; ok && e.Progression != "" && !seen[e.Progression]; e, ok = in.byID[e.Progression] {
		seen[e.Progression] = true
		out = append(out, e.Progression)
	}
	return out
}

// rule3Progression: weeks 1–3 of a block rise at most 15% a week; week 4
// is a deload at 50–70% of week 3; a later block starts at most at the
// level of week 3 of the block before; an exercise changes its weekly sets
// or its dose per set from one week to the next, not both; a harder variant
// replaces an exercise only at a block boundary, after a block at its dose
// ceiling; deload weeks tell gym-goers to do about half their gym glute
// sets. The plan hands next the levels it starts from.
// Readings: "one change at a time" applies to every pair of consecutive
// weeks, across block boundaries and into and out of deloads too. An
// exercise's "dose ceiling" is reached in the last build week of the block
// before when one more rep (or second) per set would pass 1.5 times the
// catalog's work: 15 reps of a 10-rep entry, not 14 (the planner need not
// land on exactly 1.5 when the reps do not divide). A harder variant
// "replaces" an exercise when it comes in the week the easier one leaves;
// one added beside the easier one is a new exercise of the routine (rule
// 13 judges that), except in a continued plan the log did not earn it for. "Where the level allows": no entry above the
// person's level is planned at all (the entry's level is the lowest it
// suits). The deload advice is a warning, or a why in the deload week,
// holding "gym" and "half".
// For a plan that continues another (gluteplan next), the weeks of the
// plan before count for every comparison across the boundary; its first
// week is at most next.build_hse of the plan before (next.deload_hse when
// the log says step back); no harder variant comes in unless the log says
// progress (a repeat stays at the same level); a repeated block
// holds at most 3 activation exercises. next.build_hse and
// next.deload_hse are the last build and deload weeks of the program so
// far, the plan before included (the program's first week when it has had
// no deload): a block that steps back starts where the person last eased
// off.
func rule3Progression(in *checkInput) []string {
	var bad []string
	fail := func(f string, a ...any) { bad = append(bad, fmt.Sprintf(f, a...)) }
	seq := in.sequence()
	byNo := map[int]seqWeek{}
	for _, w := range seq {
		byNo[w.no] = w
	}
	for _, w := range seq {
		if w.old {
			continue
		}
		before, ok := byNo[w.no-1]
		switch pos := (w.no-1)%4 + 1; {
		case !ok:
			// The program's first week: nothing to compare with.
		case pos == 2 || pos == 3:
			if w.hse > 1.15*before.hse+hseTol {
				fail("week %d: %.2f is %.0f%% above week %d's %.2f, over 15%%", w.no, w.hse, 100*(w.hse/before.hse-1), before.no, before.hse)
			}
		case pos == 4:
			lo, hi := 0.5*before.hse, 0.7*before.hse
			// Reading: a continued plan whose first week is a deload may
			// hold less than half when soreness today (rule 5) or a log
			// that steps back asks for less: the lighter limit wins.
			if before.old && (in.p.Soreness >= 4 || in.steer == planner.SteerStepBack || in.steer == planner.SteerRepeat) {
				lo = 0
			}
			// Reading: where no dose lands the deload in range (doses
			// come in steps), a warning naming the week must say so.
			excused := in.warned(fmt.Sprintf("week %d is lighter", w.no), "not by as much")
			if (w.hse < lo-hseTol || w.hse > hi+hseTol) && !excused {
				fail("week %d: the deload holds %.2f, not 50–70%% of week %d's %.2f (%.2f–%.2f)", w.no, w.hse, before.no, before.hse, lo, hi)
			}
		case pos == 1:
			if b3, ok := byNo[w.no-2]; ok && w.hse > b3.hse+hseTol {
				fail("week %d: block %d starts at %.2f, above week %d's %.2f (the last build week before it)", w.no, (w.no-1)/4+1, w.hse, b3.no, b3.hse)
			}
		}
	}
	// A continued plan starts at most at the last build week's level, or
	// at the last deload's when the log says to step back.
	if in.prev != nil && len(in.weekHSE) > 0 {
		if in.weekHSE[0] > in.prev.Next.BuildHSE+hseTol {
			fail("week %d: the continued plan starts at %.2f, above the last build week's %.2f", in.first, in.weekHSE[0], in.prev.Next.BuildHSE)
		}
		if in.steer == planner.SteerStepBack && in.weekHSE[0] > in.prev.Next.DeloadHSE+hseTol {
			fail("week %d: the log says to step back, yet the plan starts at %.2f, above the last lighter week's %.2f", in.first, in.weekHSE[0], in.prev.Next.DeloadHSE)
		}
	}
	// One change at a time, and harder variants only at block boundaries
	// (and, in a continued plan, only when the log earns them).
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
						w.no, id, p.sets, c.sets, doseString(p), doseString(c))
				}
			}
			for _, id := range sortedKeys(prev) {
				for _, harder := range in.harderVariants(id) {
					if cur[harder] == nil || prev[harder] != nil {
						continue
					}
					replaces := cur[id] == nil
					switch b3, ok := byNo[w.no-2]; {
					case noHarder:
						fail("week %d: %s, a harder variant of %s, comes in although the log (%s) earns none", w.no, harder, id, in.steer)
					case !replaces:
						// Added beside the easier one: a new exercise of the
						// routine, which rule 13 judges.
					case (w.no-1)%4 != 0:
						fail("week %d: %s, a harder variant of %s, replaces it within a block", w.no, harder, id)
					case !ok:
					default:
						if lw := in.weekDoses(b3.week)[id]; lw == nil || !in.atCeiling(id, lw) {
							fail("week %d: %s replaces %s, which did not reach its dose ceiling in week %d (one more rep or second would still fit within 1.5 times the catalog's work)", w.no, harder, id, b3.no)
						}
					}
				}
			}
		}
		prev = cur
	}
	// What next starts from: the last build week's level, and the last
	// deload's (or the program's first week's when it has had none).
	if len(seq) > 0 {
		build, deload := -1, 0
		for k, w := range seq {
			if w.week.Phase == planner.Deload {
				deload = k
			} else {
				build = k
			}
		}
		if build >= 0 && !near(in.plan.Next.BuildHSE, seq[build].hse, hseTol*8) {
			fail("next.build_hse is %.2f, the last build week (week %d) holds %.2f", in.plan.Next.BuildHSE, seq[build].no, seq[build].hse)
		}
		if !near(in.plan.Next.DeloadHSE, seq[deload].hse, hseTol*8) {
			fail("next.deload_hse is %.2f, week %d holds %.2f", in.plan.Next.DeloadHSE, seq[deload].no, seq[deload].hse)
		}
	}
	// A block repeated for too few sessions done holds at most 3
	// activation exercises. Reading: when the continued plan starts in
	// the middle of a block, that block goes on with its routines (rule
	// 13); the repeat is the block after.
	if in.prev != nil && in.steer == planner.SteerRepeat && in.plan.Weeks[0].Week%4 == 1 {
		act := map[string]bool{}
		for wi, w := range in.plan.Weeks {
			if in.blockAt(wi) != in.blockAt(0) {
				break
			}
			for _, d := range w.Days {
				for _, it := range d.Items {
					if it.Category == catalog.Activation {
						act[it.Exercise] = true
					}
				}
			}
		}
		if len(act) > 3 {
			fail("the log says to repeat the block, with at most 3 activation exercises, but it holds %d: %s", len(act), strings.Join(sortedKeys(act), ", "))
		}
	}
	// Level.
	seen := map[string]bool{}
	in.planned(func(_ int, w planner.Week, d planner.Day, it planner.Item, e catalog.Exercise) {
		if !seen[e.ID] && levelRank[e.Level] > levelRank[in.p.Level] {
			seen[e.ID] = true
			fail("%s: %s is %s, above the person's level %s", dayName(w, d), e.ID, e.Level, in.p.Level)
		}
	})
	// Deload advice for gym-goers.
	if len(in.p.GymDays) > 0 && in.p.GymSets > 0 {
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
				fail("week %d is a deload but nothing tells the person to do about half their gym glute sets", w.Week)
			}
			break
		}
	}
	return bad
}

func doseString(d *exerciseWeek) string {
	if d.seconds > 0 {
		return fmt.Sprintf("%d s", d.seconds)
	}
	if d.hold > 0 {
		return fmt.Sprintf("%d reps, %d s hold", d.reps, d.hold)
	}
	return fmt.Sprintf("%d reps", d.reps)
}

func sortedKeys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// ---- rule 4 ----

// rule4Spacing: no two hard days in a row except chosen back-to-back gym
// days (with a warning); the day after a gym day holds no activation and
// plan HSE 0; a session on a gym day is a primer of at most 1.5, dynamic
// stretches and activation only.
// Readings: "the day after a gym day" goes by weekday, so the plan's first
// day counts as the day after a gym day when the weekday before it is one.
// Hard days are judged across week boundaries too. The back-to-back warning
// holds "gym" and one of "back to back", "in a row", "consecutive",
// "running". "Light activation" is judged by the primer's total (≤ 1.5).
func rule4Spacing(in *checkInput) []string {
	var bad []string
	fail := func(f string, a ...any) { bad = append(bad, fmt.Sprintf(f, a...)) }
	type flat struct {
		w   planner.Week
		d   planner.Day
		hse float64
	}
	var all []flat
	// A continued plan's first day follows the last day of the plan before.
	oldDays := 0
	if in.prev != nil && len(in.prev.Weeks) > 0 {
		days, _ := in.volumes(in.prev)
		lw := len(in.prev.Weeks) - 1
		if ld := len(in.prev.Weeks[lw].Days) - 1; ld >= 0 {
			all = append(all, flat{in.prev.Weeks[lw], in.prev.Weeks[lw].Days[ld], days[lw][ld]})
			oldDays = 1
		}
	}
	for wi, w := range in.plan.Weeks {
		for di, d := range w.Days {
			all = append(all, flat{w, d, in.dayHSE[wi][di]})
		}
	}
	backToBackWarned := slices.ContainsFunc(in.plan.Warnings, func(w string) bool {
		lw := strings.ToLower(w)
		return strings.Contains(lw, "gym") && containsAny(lw, "back to back", "back-to-back", "in a row", "consecutive", "running")
	})
	hard := func(f flat) bool { return f.d.Gym || f.hse > 3+hseTol }
	for i, f := range all {
		if i < oldDays {
			continue
		}
		where := dayName(f.w, f.d)
		if i > 0 && hard(f) && hard(all[i-1]) {
			if f.d.Gym && all[i-1].d.Gym {
				if !backToBackWarned {
					fail("%s: gym days back to back (%s and %s) without a warning", where, all[i-1].d.Weekday, f.d.Weekday)
				}
			} else {
				fail("%s: %s and %s are both hard days (%.2f and %.2f, gym %v and %v)", where, all[i-1].d.Weekday, f.d.Weekday,
					all[i-1].hse, f.hse, all[i-1].d.Gym, f.d.Gym)
			}
		}
		if !f.d.Gym && in.gymDay(prevWeekday(f.d.Weekday)) {
			if hasCategory(f.d, catalog.Activation) || f.hse > 1e-9 {
				fail("%s: the day after a gym day holds activation work (%.2f)", where, f.hse)
			}
		}
		if f.d.Gym && f.d.Session != planner.RestDay {
			if f.d.Session != planner.PrimerSession {
				fail("%s: a %s session on a gym day, want a primer", where, f.d.Session)
			}
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
	return bad
}

// ---- rule 5 ----

// rule5Soreness: soreness 7 settles block 1 (no week above week 1, no day
// above 1, a warning to get checked, advice to halve gym work); soreness
// 4–6 keeps week 1 at most 70% of what it is at soreness 0.
// Readings: "settles" keeps the deload of block 1 (it is below week 1
// anyway). The get-checked warning holds "check" and one of "better",
// "improv", "week"; the gym advice holds "gym" and "half" or "halve". The
// plan at soreness 0 is the same profile with soreness 0.
func rule5Soreness(in *checkInput) []string {
	var bad []string
	fail := func(f string, a ...any) { bad = append(bad, fmt.Sprintf(f, a...)) }
	p := in.p
	switch {
	case p.Soreness == 7:
		for wi, w := range in.plan.Weeks {
			if in.blockAt(wi) != in.blockAt(0) {
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
		if !slices.ContainsFunc(in.plan.Warnings, func(w string) bool {
			lw := strings.ToLower(w)
			return strings.Contains(lw, "check") && containsAny(lw, "better", "improv", "week")
		}) {
			fail("soreness 7: no warning to get checked if it is not clearly better within a week")
		}
		if len(p.GymDays) > 0 && !in.warned("gym", "half") && !in.warned("gym", "halve") {
			fail("soreness 7 with gym days: no advice to halve gym glute work")
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
// "massage ball". The warning to buy names "foam roller" or "massage ball".
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
	if !in.p.Owns(catalog.FoamRoller) && !in.p.Owns(catalog.MassageBall) && !in.warnedAny("foam roller", "massage ball") {
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

// forbiddenBy8 says why the person cannot do e (equipment, limits), or "".
func (in *checkInput) forbiddenBy8(e catalog.Exercise) string {
	for _, q := range e.Equipment {
		if !in.p.Owns(q) {
			return "needs " + string(q) + ", which the person does not own"
		}
	}
	if in.p.Limited(planner.NoFloor) && isFloor(e.Position) {
		return "is done " + string(e.Position) + " on the floor, but the person cannot get down to the floor"
	}
	if in.p.Limited(planner.NoKneeling) && (e.Position == catalog.Kneeling || e.Position == catalog.Quadruped) {
		return "is done " + string(e.Position) + ", but the person cannot kneel"
	}
	if in.p.Limited(planner.NeedsSupport) && e.Position == catalog.SingleLegStanding &&
		!in.p.Owns(catalog.Wall) && !in.p.Owns(catalog.Chair) {
		return "stands on one leg, but the person needs support and owns neither a wall nor a chair"
	}
	return ""
}

// rule8Equipment: no item or movement-break drill needs equipment the person
// lacks or breaks a limit; with needs_support, single-leg items say to hold on.
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
		if in.p.Limited(planner.NeedsSupport) && e.Position == catalog.SingleLegStanding {
			lw := strings.ToLower(it.Why)
			if !(containsAny(lw, "hold", "support") && containsAny(lw, "wall", "chair")) {
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

// forbiddenBy9 says why e must not be planned for the person's
// conditions, or "".
func (in *checkInput) forbiddenBy9(e catalog.Exercise) string {
	for _, c := range e.Contraindications {
		if slices.Contains(in.p.Conditions, planner.Condition(c)) {
			return "is contraindicated for " + string(c)
		}
	}
	if slices.Contains(in.p.Conditions, planner.GlutealTendinopathy) && e.HipCompression {
		return "compresses the outer hip, which gluteal tendinopathy rules out"
	}
	return ""
}

// rule9Conditions: contraindications; gluteal tendinopathy (no hip
// compression; block 1 activation beginner, isometric, not on one leg; a
// hip-abductor exercise in every activation session, isometric in block 1;
// the three warnings); piriformis syndrome (a piriformis static stretch or
// release on ≥ 3 non-primer session days a week, or every such day; such a
// stretch as 2–4 holds of 20–30 s; breaks every 30 minutes; advice on
// sitting and stairs).
// Readings: "no single_leg_standing work" in block 1 covers every item,
// not only activation. An "activation session" is a day whose session is
// activation.
// A missing abductor is accepted with a warning holding "abductor" or
// "side of the hip"; missing piriformis days with a warning holding
// "piriformis" and "stretch" or "release". The three tendinopathy warnings
// hold "sleep"; "cross"; and "stand" with "one hip", "one leg" or "hang".
// The sitting and stairs advice holds "sit" and "stair" (one warning or two).
func rule9Conditions(in *checkInput) []string {
	var bad []string
	fail := func(f string, a ...any) { bad = append(bad, fmt.Sprintf(f, a...)) }
	tendinopathy := slices.Contains(in.p.Conditions, planner.GlutealTendinopathy)
	piriformis := slices.Contains(in.p.Conditions, planner.PiriformisSyndrome)
	seen := map[string]bool{}
	in.planned(func(wi int, w planner.Week, d planner.Day, it planner.Item, e catalog.Exercise) {
		if why := in.forbiddenBy9(e); why != "" && !seen[e.ID] {
			seen[e.ID] = true
			fail("%s: %s %s", dayName(w, d), e.ID, why)
		}
		if tendinopathy && in.blockAt(wi) == 1 {
			var not []string
			if e.Category == catalog.Activation && e.Level != catalog.Beginner {
				not = append(not, "is "+string(e.Level))
			}
			if e.Category == catalog.Activation && !isIsometric(e) {
				not = append(not, "is not isometric")
			}
			if e.Position == catalog.SingleLegStanding {
				not = append(not, "stands on one leg")
			}
			if len(not) > 0 && !seen["block1 "+e.ID] {
				seen["block1 "+e.ID] = true
				fail("%s: gluteal tendinopathy, block 1: %s %s", dayName(w, d), e.ID, strings.Join(not, ", "))
			}
		}
		if piriformis && e.Category == catalog.StaticStretch && mainTarget(e) == catalog.Piriformis {
			if it.Sets < 2 || it.Sets > 4 || it.Seconds < 20 || it.Seconds > 30 {
				fail("%s: piriformis stretch %s as %d × %d s, want 2–4 holds of 20–30 s", dayName(w, d), e.ID, it.Sets, it.Seconds)
			}
		}
	})
	for _, id := range in.plan.MovementBreaks.Exercises {
		if e, ok := in.byID[id]; ok {
			if why := in.forbiddenBy9(e); why != "" {
				fail("movement break: %s %s", id, why)
			}
		}
	}
	if tendinopathy {
		abductorWarned := in.warnedAny("abductor", "side of the hip")
		for wi, w := range in.plan.Weeks {
			for _, d := range w.Days {
				if d.Session != planner.ActivationSession {
					continue
				}
				ok := slices.ContainsFunc(d.Items, func(it planner.Item) bool {
					e, found := in.byID[it.Exercise]
					return found && e.Category == catalog.Activation && isAbductor(e) && (in.blockAt(wi) > 1 || isIsometric(e))
				})
				if !ok && !abductorWarned {
					kind := "hip-abductor"
					if in.blockAt(wi) == 1 {
						kind = "isometric hip-abductor"
					}
					fail("%s: gluteal tendinopathy: the activation session holds no %s exercise and no warning says why", dayName(w, d), kind)
				}
			}
		}
		if !in.warned("sleep") {
			fail("gluteal tendinopathy: no warning about sleeping on the sore side")
		}
		if !in.warned("cross") {
			fail("gluteal tendinopathy: no warning about crossing the legs")
		}
		if !slices.ContainsFunc(in.plan.Warnings, func(w string) bool {
			lw := strings.ToLower(w)
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
					e, ok := in.byID[it.Exercise]
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
	return bad
}

// ---- rule 10 ----

// rule10Breaks: with sitting_hours ≥ 4, breaks every 30–60 minutes (no
// longer than with more sitting) with at most 3 desk-friendly drills; with less
// sitting, none. Rules 8 and 9 check the drills themselves.
// Readings: "shorter for more sitting" is checked by planning the same
// profile at 18 hours of sitting: its interval is no longer. "At most 3
// drills" allows none: a break may be only getting up and walking (a
// catalog may hold no desk-friendly entry the person can do).
func rule10Breaks(in *checkInput) []string {
	var bad []string
	fail := func(f string, a ...any) { bad = append(bad, fmt.Sprintf(f, a...)) }
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
	for _, id := range mb.Exercises {
		if e, ok := in.byID[id]; ok && !e.DeskFriendly {
			fail("movement-break drill %s is not desk-friendly", id)
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
var jargon = regexp.MustCompile(`(?i)\bhses?\b|\bslots?\b|allocation|fine[- ]?tun`)

// rule12Explainable: every item has a why; every catalog entry is used or
// excluded with a reason, not both; no jargon in whys, warnings, reasons,
// the pain rule or the red flags.
// Readings: disabled entries are catalog entries too, so they are excluded
// with a reason. "--explain prints both" is checked on the terminal text
// with explain on, whitespace squashed (the text may wrap lines).
func rule12Explainable(in *checkInput) []string {
	var bad []string
	fail := func(f string, a ...any) { bad = append(bad, fmt.Sprintf(f, a...)) }
	jargonSeen := map[string]bool{}
	check := func(where, text string) {
		if m := jargon.FindString(text); m != "" && !jargonSeen[text] {
			jargonSeen[text] = true
			fail("%s says %q: %q", where, m, text)
		}
	}
	for _, w := range in.plan.Weeks {
		for _, d := range w.Days {
			for _, it := range d.Items {
				if strings.TrimSpace(it.Why) == "" {
					fail("%s: %s has no why", dayName(w, d), it.Exercise)
				}
				check(dayName(w, d)+": "+it.Exercise+"'s why", it.Why)
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
	used := in.usedIDs()
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
		for _, id := range x.Exercises {
			excluded[id]++
			if strings.TrimSpace(x.Reason) == "" {
				fail("%s is excluded without a reason", id)
			}
			if _, ok := in.byID[id]; !ok {
				fail("excluded %s is not in the catalog", id)
			}
		}
		check(strings.Join(x.Exercises, ", ")+"'s exclusion reason", x.Reason)
	}
	// --explain prints both: every why and every reason.
	if text, err := in.text(); err != nil {
		fail("the plan does not print with --explain: %v", err)
	} else {
		missing := 0
		for _, x := range in.plan.Excluded {
			if !strings.Contains(text, squash(x.Reason)) {
				missing++
				if missing <= 3 {
					fail("--explain does not print why %s is left out: %q", strings.Join(x.Exercises, ", "), x.Reason)
				}
			}
		}
		whys := map[string]bool{}
		in.planned(func(_ int, _ planner.Week, _ planner.Day, it planner.Item, _ catalog.Exercise) { whys[it.Why] = true })
		for _, why := range sortedKeys(whys) {
			if !strings.Contains(text, squash(why)) {
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
// before rule 13, so a lighter week may have to drop one.
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
		if !w.old || (w.no-1)/4 == (in.first-1)/4 {
			seq = append(seq, w)
		}
	}
	for k, sw := range seq {
		w, block := sw.week, (sw.no-1)/4+1
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
		flush((seq[n-1].no-1)/4 + 1)
	}
	return bad
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
				e, ok := in.byID[it.Exercise]
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
					if pe, ok := in.byID[d.Items[i-1].Exercise]; ok && isFloor(pe.Position) != isFloor(e.Position) {
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
