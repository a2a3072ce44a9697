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
// and the catalog browser: a dose reads the same everywhere.

func itemDose(it planner.Item) string {
	return format.Dose(it.Sets, it.Reps, it.Seconds, it.HoldSeconds, it.PerSide)
}

func catalogDose(d catalog.Dose) string {
	return format.Dose(d.Sets, d.Reps, d.Seconds, d.HoldSeconds, d.PerSide)
}

// sessionWord names a day's session in the calendar and on the week pages.
func sessionWord(s planner.Session, gym bool) string {
	word := map[planner.Session]string{
		planner.ActivationSession: "Activation",
		planner.RecoverySession:   "Recovery",
		planner.PrimerSession:     "Primer",
		planner.RestDay:           "Rest",
	}[s]
	if word == "" {
		word = capitalize(string(s))
	}
	if gym {
		if s == planner.RestDay || s == "" {
			return "Gym"
		}
		return "Gym + " + strings.ToLower(word)
	}
	return word
}

// sessionCode is the one-letter code of a session in the compact calendar.
func sessionCode(s planner.Session, gym bool) string {
	if gym {
		return "G"
	}
	switch s {
	case planner.ActivationSession:
		return "A"
	case planner.RecoverySession:
		return "R"
	case planner.PrimerSession:
		return "P"
	case planner.RestDay:
		return "–"
	}
	return "?"
}

var categoryTitles = map[catalog.Category]string{
	catalog.DynamicStretch:    "Dynamic stretches",
	catalog.Activation:        "Activation",
	catalog.MyofascialRelease: "Release",
}

var categoryWord = map[catalog.Category]string{
	catalog.DynamicStretch:    "Dynamic stretch",
	catalog.Activation:        "Activation drill",
	catalog.MyofascialRelease: "Self-release",
}

func capitalize(s string) string {
	s = strings.ReplaceAll(s, "_", " ")
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
