package pdf

import (
	"strings"
	"time"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// parseDate reads a YYYY-MM-DD date of a plan.
func parseDate(s string) (time.Time, error) {
	return time.Parse(time.DateOnly, s)
}

// sessionWord names a day's session in the calendar and on the week
// pages; on a day of the person's own training (kind), that training
// first: "Run", "Run + primer".
func sessionWord(say *locale.Language, s planner.Session, kind planner.ActivityKind) string {
	if kind == "" {
		return planner.SessionName(say, s, planner.SessionWord)
	}
	own := planner.ActivityLabel(say, kind)
	if s == planner.RestDay || s == "" {
		return own
	}
	return own + " + " + planner.SessionName(say, s, planner.SessionLabel)
}

// sessionCode is the one-letter code of a session in the compact calendar:
// the first letter of its word ("A" for Activation, "E" for Erholung). A
// day of the person's own training carries a black bar as well, which
// the legend names.
func sessionCode(say *locale.Language, s planner.Session) string {
	if s == planner.RestDay {
		return "–"
	}
	for _, r := range planner.SessionName(say, s, planner.SessionWord) {
		return string(r)
	}
	return "?"
}

// ownTraining names the person's own training of kinds in the plural
// ("runs", "gym sessions and runs"), for the legends.
func ownTraining(say *locale.Language, kinds []planner.ActivityKind) string {
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
		catalog.DynamicStretch:    locale.Key("Dynamic stretches"),
		catalog.Activation:        locale.Key("Activation"),
		catalog.MyofascialRelease: locale.Key("Release"),
		catalog.StaticStretch:     locale.Key("Static stretches"),
	}
	categoryWords = map[catalog.Category]string{
		catalog.DynamicStretch:    locale.Key("Dynamic stretch"),
		catalog.Activation:        locale.Key("Activation drill"),
		catalog.MyofascialRelease: locale.Key("Self-release"),
		catalog.StaticStretch:     locale.Key("Static stretch"),
	}
)

// categoryText says category c in say from one of the tables above; a
// category the table lacks (a newer catalog's) reads as its name.
func categoryText(say *locale.Language, words map[catalog.Category]string, c catalog.Category) string {
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
