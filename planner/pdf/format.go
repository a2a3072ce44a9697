package pdf

import (
	"strings"
	"time"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/format"
)

// parseDate reads a YYYY-MM-DD date of a plan.
func parseDate(s string) (time.Time, error) {
	return time.Parse(time.DateOnly, s)
}

// The words of a plan come from package format, shared with the terminal
// and the catalog browser: a dose reads the same everywhere, in the
// language of the labels.

func itemDose(say *format.Language, it planner.Item) string {
	return say.Dose(it.Sets, it.Reps, it.Seconds, it.HoldSeconds, it.PerSide)
}

func catalogDose(say *format.Language, d catalog.Dose) string {
	return say.Dose(d.Sets, d.Reps, d.Seconds, d.HoldSeconds, d.PerSide)
}

var sessionWords = map[planner.Session]string{
	planner.ActivationSession: format.Key("Activation"),
	planner.RecoverySession:   format.Key("Recovery"),
	planner.PrimerSession:     format.Key("Primer"),
	planner.RestDay:           format.Key("Rest"),
}

// sessionAfter says a session after the name of an activity: "Run +
// primer".
var sessionAfter = map[planner.Session]string{
	planner.ActivationSession: format.Key("activation"),
	planner.RecoverySession:   format.Key("recovery"),
	planner.PrimerSession:     format.Key("primer"),
}

// activityLabels name a day of the person's own training in the calendar
// and on the week pages, as they would (rule 18): a run, a ride, a game, a
// walk; "gym" only for the gym.
var activityLabels = map[planner.ActivityKind]string{
	planner.Gym:       format.Key("Gym"),
	planner.Running:   format.Key("Run"),
	planner.Cycling:   format.Key("Ride"),
	planner.TeamSport: format.Key("Game"),
	planner.Walking:   format.Key("Walk"),
	planner.Other:     format.Key("Training"),
}

// sessionWord names a day's session in the calendar and on the week
// pages; on a day of the person's own training (kind), that training
// first: "Run", "Run + primer".
func sessionWord(say *format.Language, s planner.Session, kind planner.ActivityKind) string {
	word := say.Say(sessionWords[s])
	if word == "" {
		word = capitalize(string(s))
	}
	if kind == "" {
		return word
	}
	own := say.Say(activityLabels[kind])
	if own == "" {
		own = capitalize(string(kind))
	}
	if s == planner.RestDay || s == "" {
		return own
	}
	after := say.Say(sessionAfter[s])
	if after == "" {
		after = string(s)
	}
	return own + " + " + after
}

// sessionCode is the one-letter code of a session in the compact calendar:
// the first letter of its word ("A" for Activation, "E" for Erholung). A
// day of the person's own training carries a black bar as well, which
// the legend names.
func sessionCode(say *format.Language, s planner.Session) string {
	var word string
	switch {
	case s == planner.RestDay:
		return "–"
	case sessionWords[s] != "":
		word = say.Say(sessionWords[s])
	default:
		return "?"
	}
	for _, r := range word {
		return string(r)
	}
	return "?"
}

// ownTraining names the person's own training of kinds in the plural
// ("runs", "gym sessions and runs"), for the legends.
func ownTraining(say *format.Language, kinds []planner.ActivityKind) string {
	if len(kinds) == 0 {
		kinds = []planner.ActivityKind{planner.Other}
	}
	var ws []string
	for _, k := range kinds {
		ws = append(ws, planner.ActivityPlural(say, k))
	}
	return strings.Join(ws, say.Say(" and "))
}

// categoryTitles head a category's exercises in the guide;
// categoryWords say what kind of exercise an entry is.
var (
	categoryTitles = map[catalog.Category]string{
		catalog.DynamicStretch:    format.Key("Dynamic stretches"),
		catalog.Activation:        format.Key("Activation"),
		catalog.MyofascialRelease: format.Key("Release"),
		catalog.StaticStretch:     format.Key("Static stretches"),
	}
	categoryWords = map[catalog.Category]string{
		catalog.DynamicStretch:    format.Key("Dynamic stretch"),
		catalog.Activation:        format.Key("Activation drill"),
		catalog.MyofascialRelease: format.Key("Self-release"),
		catalog.StaticStretch:     format.Key("Static stretch"),
	}
)

// categoryText says category c in say from one of the tables above; a
// category the table lacks (a newer catalog's) reads as its name.
func categoryText(say *format.Language, words map[catalog.Category]string, c catalog.Category) string {
	if t := words[c]; t != "" {
		return say.Say(t)
	}
	return capitalize(string(c))
}

func capitalize(s string) string {
	s = strings.ReplaceAll(s, "_", " ")
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
