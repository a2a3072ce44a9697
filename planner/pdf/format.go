package pdf

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

// Names of days and months in English, kept here so the output never
// depends on the locale of the machine that prints it.
var (
	dayShort   = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	dayLong    = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	monthShort = [...]string{"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
)

// parseDate reads a YYYY-MM-DD date of a plan.
func parseDate(s string) (time.Time, error) {
	return time.Parse(time.DateOnly, s)
}

// dayMonth formats t as "7 Dec".
func dayMonth(t time.Time) string {
	return strconv.Itoa(t.Day()) + " " + monthShort[t.Month()]
}

// longDate formats t as "Mon 7 Dec 2026".
func longDate(t time.Time) string {
	return dayShort[t.Weekday()] + " " + dayMonth(t) + " " + strconv.Itoa(t.Year())
}

// plainDate formats t as "7 Dec 2026".
func plainDate(t time.Time) string {
	return dayMonth(t) + " " + strconv.Itoa(t.Year())
}

// dateRange formats a span as "Mon 7 Dec – Sun 13 Dec 2026", naming the year
// once when both ends share it.
func dateRange(a, b time.Time) string {
	if a.Year() == b.Year() {
		return dayShort[a.Weekday()] + " " + dayMonth(a) + " – " + longDate(b)
	}
	return longDate(a) + " – " + longDate(b)
}

// num formats a volume or a count with at most one decimal: "10", "6.5".
func num(x float64) string {
	x = math.Round(x*10) / 10
	return strconv.FormatFloat(x, 'f', -1, 64)
}

// minutes formats a session length as "18 min", never "0 min" for real work.
func minutes(m float64) string {
	n := int(math.Round(m))
	if n < 1 && m > 0 {
		n = 1
	}
	return fmt.Sprintf("%d min", n)
}

// seconds formats a duration as "45 s", or in whole minutes from two minutes up.
func seconds(s int) string {
	if s >= 120 && s%60 == 0 {
		return fmt.Sprintf("%d min", s/60)
	}
	return fmt.Sprintf("%d s", s)
}

// dose says in plain words how much to do: "3 × 12", "3 × 12, hold 5 s",
// "3 × 10 each side", "60 s each side", "2 × 30 s".
func dose(sets, reps, secs, hold int, perSide bool) string {
	var b strings.Builder
	switch {
	case reps > 0:
		fmt.Fprintf(&b, "%d × %d", max(sets, 1), reps)
	case secs > 0:
		if sets > 1 {
			fmt.Fprintf(&b, "%d × ", sets)
		}
		b.WriteString(seconds(secs))
	default:
		if sets > 1 {
			fmt.Fprintf(&b, "%d sets", sets)
		} else {
			b.WriteString("1 set")
		}
	}
	if perSide {
		b.WriteString(" each side")
	}
	if hold > 0 && reps > 0 {
		fmt.Fprintf(&b, ", hold %s", seconds(hold))
	}
	return b.String()
}

func itemDose(it planner.Item) string {
	return dose(it.Sets, it.Reps, it.Seconds, it.HoldSeconds, it.PerSide)
}

func catalogDose(d catalog.Dose) string {
	return dose(d.Sets, d.Reps, d.Seconds, d.HoldSeconds, d.PerSide)
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
