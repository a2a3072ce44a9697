package planner

import (
	"math"
	"slices"
	"strings"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// The names of sessions, activities and levels, for every view of a plan
// (the terminal, the PDF, the calendar) and the planner's own sentences:
// each is written once here, so a run is "a run" everywhere (rule 18) and
// a recovery session reads the same on the fridge and on the phone.

// SessionForm is one of the ways a session is named.
type SessionForm int

const (
	// SessionLabel names a day's session in the terminal, and after an
	// activity on the PDF's pages: "activation" ("Run + activation").
	SessionLabel SessionForm = iota
	// SessionWord names a day in the PDF's calendar and week pages:
	// "Activation", "Rest"; its first letter is the compact calendar's code.
	SessionWord
	// SessionTitle heads a routine on the PDF's program pages:
	// "Strengthening routine".
	SessionTitle
	// SessionEvent is the title of a session's calendar event:
	// "Glute activation".
	SessionEvent
	// SessionRoutine names a routine in a calendar event's description:
	// "activation routine".
	SessionRoutine
	// SessionPlural names the sessions of a kind in warnings:
	// "strengthening sessions".
	SessionPlural
)

// sessionNames holds, for each session, its name in each form.
var sessionNames = map[Session][SessionPlural + 1]string{
	ActivationSession: {locale.Key("activation"), locale.Key("Activation"), locale.Key("Strengthening routine"),
		locale.Key("Glute activation"), locale.Key("activation routine"), locale.Key("strengthening sessions")},
	RecoverySession: {locale.Key("recovery"), locale.Key("Recovery"), locale.Key("Recovery routine"),
		locale.Key("Glute recovery: release and stretch"), locale.Key("recovery routine"), locale.Key("recovery sessions")},
	PrimerSession: {locale.Key("primer"), locale.Key("Primer"), locale.Key("Short primer"),
		locale.Key("Glute primer"), locale.Key("primer routine"), locale.Key("warm-ups before your own training")},
	RestDay: {SessionWord: locale.Key("Rest")},
}

// SessionName names session s in form f, in say. A session this version
// does not know (from a newer plan) goes by its own word.
func SessionName(say *locale.Language, s Session, f SessionForm) string {
	if w := sessionNames[s][f]; w != "" {
		return say.Say(w)
	}
	switch f {
	case SessionWord, SessionTitle:
		return capitalise(string(s))
	case SessionEvent:
		return "Glute " + string(s)
	case SessionRoutine:
		return string(s) + " routine"
	}
	return string(s)
}

// activityNames holds, for each kind of the person's own training, one
// session of it, its sessions, and a day of it on the PDF's pages and in
// the calendar, as the person would say them: "gym" only for the gym.
var activityNames = map[ActivityKind][3]string{
	Gym:       {locale.Key("gym session"), locale.Key("gym sessions"), locale.Key("Gym")},
	Running:   {locale.Key("run"), locale.Key("runs"), locale.Key("Run")},
	Cycling:   {locale.Key("ride"), locale.Key("rides"), locale.Key("Ride")},
	TeamSport: {locale.Key("game"), locale.Key("games"), locale.Key("Game")},
	Walking:   {locale.Key("walk"), locale.Key("walks"), locale.Key("Walk")},
	Other:     {locale.Key("training session"), locale.Key("training sessions"), locale.Key("Training")},
}

// activityNoun names one session of an activity as the person would: a
// run, a ride, a game, a walk; "gym session" only for the gym (rule 18).
func activityNoun(say *locale.Language, k ActivityKind) string {
	if w, ok := activityNames[k]; ok {
		return say.Say(w[0])
	}
	return say.Say(activityNames[Other][0])
}

// activityPlural names the sessions of an activity: runs, rides, games.
func activityPlural(say *locale.Language, k ActivityKind) string {
	if w, ok := activityNames[k]; ok {
		return say.Say(w[1])
	}
	return say.Say(activityNames[Other][1])
}

// ActivityLabel names a day of activity k on the PDF's pages and in the
// calendar, in say: "Run", "Ride", "Gym".
func ActivityLabel(say *locale.Language, k ActivityKind) string {
	if w, ok := activityNames[k]; ok {
		return say.Say(w[2])
	}
	return capitalise(string(k))
}

// Steady reports whether week wk of p holds its level, so is not called a
// build week: the first weeks of a block the log stepped back (README "the
// next block"), and a build week after a build week of its block in which
// no strengthening exercise gains a set or a longer or harder set (rule 3:
// a build week builds, or the plan calls it steady and says why).
func (p *Plan) Steady(wk Week) bool {
	if wk.Phase != Build || len(p.Weeks) == 0 {
		return false
	}
	i := wk.Week - p.Weeks[0].Week
	if p.Continues != nil && p.Continues.Steer == SteerStepBack && i < StepBackFlat {
		return true
	}
	if i <= 0 || i >= len(p.Weeks) || p.Weeks[i].Week != wk.Week {
		return false
	}
	before := p.Weeks[i-1]
	return before.Phase == Build && before.Block == wk.Block && !builds(before, wk)
}

// EffortRisesIn lists the strengthening exercises by whose effort alone
// week wk of p builds on the week before (rule 16), in the order of the
// week's days, or none: the same points, rounded as a page says them, and
// each listed item goes from the lower effort to the higher. Its points
// say nothing of the rise, so a week page says it (fifteenth German
// reading: week 2 of a gentle start scored as many points as week 1 and
// read as no build), naming the exercises so no one stretches or presses
// a ball harder too (thirty-sixth). It reads the plan only.
func (p *Plan) EffortRisesIn(wk Week) []string {
	if wk.Phase != Build || len(p.Weeks) == 0 {
		return nil
	}
	i := wk.Week - p.Weeks[0].Week
	if i <= 0 || i >= len(p.Weeks) || p.Weeks[i].Week != wk.Week {
		return nil
	}
	before := p.Weeks[i-1]
	if before.Block != wk.Block || math.Round(before.PlanHSE+before.GymHSE) != math.Round(wk.PlanHSE+wk.GymHSE) {
		return nil
	}
	was, now := strengthWork(before), strengthWork(wk)
	var ids []string
	for _, d := range wk.Days {
		for _, it := range d.Items {
			id := it.Exercise
			_, held := was[id]
			if _, is := now[id]; is && held && !slices.Contains(ids, id) && hardIn(wk, id) && !hardIn(before, id) {
				ids = append(ids, id)
			}
		}
	}
	return ids
}

// builds reports whether week wk builds on the week before: a
// strengthening item of its activation sessions that both weeks hold has
// more sets in the week, or more work in a set, or its effort rises from
// the lower to the higher (rule 16). A week that carries none
// over is no copy of the week before.
func builds(before, wk Week) bool {
	was, now := strengthWork(before), strengthWork(wk)
	carried := false
	for id, n := range now {
		b, ok := was[id]
		if !ok {
			continue
		}
		carried = true
		if n[0] > b[0] || n[1] > b[1] {
			return true
		}
		if !hardIn(before, id) && hardIn(wk, id) {
			return true // its effort rises, the week's one change (rule 16)
		}
	}
	return !carried
}

// strengthWork maps each strengthening item of the activation sessions of
// wk to its weekly sets and its most work in a set, in seconds.
func strengthWork(wk Week) map[string][2]int {
	out := map[string][2]int{}
	for _, d := range wk.Days {
		if d.Session != ActivationSession {
			continue
		}
		for _, it := range d.Items {
			if it.Category != catalog.Activation || it.PlanHSE <= 0 {
				continue
			}
			w := out[it.Exercise]
			w[0] += it.Sets
			w[1] = max(w[1], perSet{reps: it.Reps, hold: it.HoldSeconds, seconds: it.Seconds}.work())
			out[it.Exercise] = w
		}
	}
	return out
}

// PhaseName names the phase of week wk of p in say: "build", "lighter
// week", "steady week" for a week that holds its level, or "gentle start"
// for a first week soreness keeps lighter (rule 5); with noun, as a
// calendar event says it ("building week").
func (p *Plan) PhaseName(say *locale.Language, wk Week, noun bool) string {
	switch {
	case wk.Phase == Deload:
		return say.Say("lighter week")
	case p.Steady(wk):
		return say.Say("steady week")
	case wk.Week == 1 && p.Profile.Soreness >= SoreFrom:
		// Rule 5: sore today, week 1 holds at most 70% of a usual first
		// week; its name says so rather than "build".
		return say.Say("gentle start")
	case noun:
		return say.Say("building week")
	}
	return say.Say("build")
}

// levelNames name a person's level.
var levelNames = map[catalog.Level]string{
	catalog.Beginner:     locale.Key("beginner"),
	catalog.Intermediate: locale.Key("intermediate"),
	catalog.Advanced:     locale.Key("advanced"),
}

// LevelName names level lv in say: "beginner", "Einstieg".
func LevelName(say *locale.Language, lv catalog.Level) string {
	if w := levelNames[lv]; w != "" {
		return say.Say(w)
	}
	return string(lv)
}

// ActivityNoun names one session of activity k as the person would, in
// say: "run", "ride", "game", "walk"; "gym session" only for the gym.
func ActivityNoun(say *locale.Language, k ActivityKind) string { return activityNoun(say, k) }

// ActivityPlural names the sessions of activity k in say: "runs",
// "rides", "games", "walks", "gym sessions".
func ActivityPlural(say *locale.Language, k ActivityKind) string { return activityPlural(say, k) }

// EaseWords says in a few words how to do the person's own training of
// kind k on a day that eases it as e, in say: "Gym: about half your usual
// glute sets", "Run: easy, about a third shorter, no hills, intervals or
// sprints" (rule 18; the shares are [gymEased], [otherEased] and
// [easedAgain]); "" for a day done as usual.
func EaseWords(say *locale.Language, k ActivityKind, e Ease) string {
	label := ActivityLabel(say, k)
	switch {
	case e == Eased && k == Gym:
		return say.Sayf("%s: about half your usual glute sets", label)
	case e == EasedFurther && k == Gym:
		return say.Sayf("%s: about a quarter of your usual glute sets", label)
	case e == Eased:
		return say.Sayf("%s: easy, about a third shorter, no hills, intervals or sprints", label)
	case e == EasedFurther:
		return say.Sayf("%s: easy, about a third of its usual length, no hills, intervals or sprints", label)
	}
	return ""
}

// HoldsOn reports whether the person must hold on to a wall or chair for
// e (rule 8), so that every page that doses e says so.
func HoldsOn(e *catalog.Exercise, p Profile) bool { return holdsOn(e, p) }

// PositionWords says where an exercise of position pos is done, in say:
// "lying on the back", "im Stehen".
func PositionWords(say *locale.Language, pos catalog.Position) string { return positionWords(say, pos) }

// ValueWords says a catalog value (an item of equipment, a level, a
// condition) in words in say: "foam roller", "Faszienrolle".
func ValueWords[T ~string](say *locale.Language, x T) string { return valueWords(say, x) }

// EquipmentWords says in say everything e needs: its equipment, and the
// choice of equipment_any, or "none"; in English as the catalog says it
// ([catalog.Exercise.EquipmentWords]).
func EquipmentWords(say *locale.Language, e catalog.Exercise) string {
	if say == locale.English {
		return e.EquipmentWords()
	}
	words := make([]string, len(e.Equipment))
	for i, q := range e.Equipment {
		words[i] = valueWords(say, q)
	}
	s := strings.Join(words, ", ")
	if len(e.EquipmentAny) > 0 {
		any := make([]string, len(e.EquipmentAny))
		for i, q := range e.EquipmentAny {
			any[i] = valueWords(say, q)
		}
		c := say.Sayf("one of: %s", strings.Join(any, say.Say(" or ")))
		if s != "" {
			c = say.Sayf("%s, and %s", s, c)
		}
		s = c
	}
	if s == "" {
		s = say.Say("none")
	}
	return s
}
