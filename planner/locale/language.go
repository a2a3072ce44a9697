package locale

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/gluteplan/gluteplan/catalog"
)

// A Language says gluteplan's own words (labels, headings, the pain rule,
// dates, doses) in one language. Each language lives in a file of its own
// (en.go, de.go): a third language is one more file and one more line in
// [Languages]. Catalog text is never translated; it prints as written.
//
// Words are looked up by their English text, so the code reads in
// English and a missing translation shows as English rather than as
// nothing. A test reads every call of [Language.Say], [Language.Sayf],
// [Language.Plural], [Language.Count] and [Key] in the module and checks
// each language has the words, and no words nobody asks for.
type Language struct {
	// Code is the language's code in a profile: "en", "de".
	Code string
	// says maps English words to this language's; nil for English.
	says map[string]string
	// decimal is the decimal mark: "." or ",".
	decimal string
	// dayShort and dayLong name the days from Sunday, monthShort the
	// months from January (index 1).
	dayShort, dayLong [7]string
	monthShort        [13]string
	// dayMonth says a day of a month: "7 Dec", "7. Dez.".
	dayMonth func(day int, month string) string
	// dayMonthNarrow says it in the fewest letters the reader knows:
	// "1 Jan", "1.1.".
	dayMonthNarrow func(day int, month time.Month) string
	// weekdayDate says a weekday and a date: "Mon 7 Dec 2026",
	// "Mo 7. Dez. 2026".
	weekdayDate func(weekday, date string) string
}

// Languages lists the languages gluteplan speaks, English first.
var Languages = []*Language{English, German}

// In returns the language of code ("en", "de"); an unknown or empty code
// gives English.
func In(code string) *Language {
	for _, l := range Languages {
		if l.Code == code {
			return l
		}
	}
	return English
}

// Key marks English words kept in a table to be said later through
// [Language.Say], so the test of the word lists finds them. It returns s.
func Key(s string) string { return s }

// Say returns the English words s in l. Words l lacks come back in English.
func (l *Language) Say(s string) string {
	if t, ok := l.says[s]; ok {
		return t
	}
	return s
}

// Sayf says the English format in l and formats it with args, as
// [fmt.Sprintf] does. Numbers with decimals go in as strings from
// [Language.Number], so they carry l's decimal mark.
func (l *Language) Sayf(format string, args ...any) string {
	return fmt.Sprintf(l.Say(format), args...)
}

// About says a volume for the person who does the plan, in whole numbers
// (issue 22: "3.1 of 10 hard sets" reads as jargon): "about 3" for any
// volume above 0, whole or not (a count of hard sets is an estimate, and
// a week heading with "about" next to one without read as two kinds of
// number to a German reviewer), "less than 1" for a little above 0, "0"
// for none.
// The exact number is for a professional: [Language.Number], in --explain
// and the JSON.
func (l *Language) About(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) >= 1e6 {
		return l.Number(x)
	}
	r := math.Round(x)
	switch {
	case x == 0:
		return l.Number(0)
	case r == 0 && x > 0:
		return l.Say("less than 1")
	}
	return l.Sayf("about %s", l.Number(r))
}

// Number says a volume, a load or a count with at most one decimal, the
// precision a person can act on: 10, 6.5 (6,5 in German), 0.3. Halves
// round away from zero (5.95 → 6). A number that is not finite (a bug or
// a hand-edited file) prints as "?", never as "+Inf" or "NaN"; one of a
// million or more, which no plan holds, in three figures ("1.7e+308"),
// never 300 digits.
func (l *Language) Number(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "?"
	}
	var s string
	if math.Abs(x) >= 1e6 {
		s = strconv.FormatFloat(x, 'g', 3, 64)
	} else {
		r := math.Round(x*10) / 10
		if r == 0 {
			r = 0 // no "-0"
		}
		s = strconv.FormatFloat(r, 'f', -1, 64)
	}
	return strings.Replace(s, ".", l.decimal, 1)
}

// Seconds says a duration: "45 s", or whole minutes from two minutes up
// ("3 min").
func (l *Language) Seconds(s int) string {
	if s >= 120 && s%60 == 0 {
		return strconv.Itoa(s/60) + " min"
	}
	return strconv.Itoa(s) + " s"
}

// Minutes says the length of a session, rounded to a whole minute and
// never "0 min" for real work: "18 min".
func (l *Language) Minutes(m float64) string {
	if math.IsNaN(m) || math.IsInf(m, 0) {
		return "? min"
	}
	n := math.Round(m)
	if n < 1 && m > 0 {
		n = 1
	}
	return strconv.FormatFloat(n, 'f', 0, 64) + " min"
}

// Dose says how much to do in a set of sets: "3 × 12", "2 × 10, hold 5 s,
// each side", "60 s, each side", "2 × 30 s". Reps win over seconds when a
// hand-made value has both; the hold goes with reps only. A set count
// below one reads as one. The rest between sets is not said: the views
// that give it add it.
func (l *Language) Dose(d catalog.Dose) string {
	sets := max(d.Sets, 1)
	var b strings.Builder
	switch {
	case d.Reps > 0:
		b.WriteString(strconv.Itoa(sets) + " × " + strconv.Itoa(d.Reps))
		if d.HoldSeconds > 0 {
			b.WriteString(", " + l.Sayf("hold %s", l.Seconds(d.HoldSeconds)))
		}
	case d.Seconds > 0:
		if sets > 1 {
			b.WriteString(strconv.Itoa(sets) + " × ")
		}
		b.WriteString(l.Seconds(d.Seconds))
	default:
		b.WriteString(l.Count(sets, "set", "sets"))
	}
	if d.PerSide {
		b.WriteString(", " + l.Say("each side"))
	}
	return b.String()
}

// Lasted says how long soreness has lasted, in the units a person counts
// in: days under four weeks ("12 days"), about so many weeks under two
// months ("about 6 weeks"), about so many months under two years ("about
// 4 months"), then years. German says it after "bestehen" with "seit":
// "seit etwa 4 Monaten". For 2 days or more: the warnings that say it
// start at 7.
func (l *Language) Lasted(days int) string {
	switch {
	case days < 28:
		return l.Sayf("%d days", days)
	case days < 60:
		return l.Sayf("about %d weeks", int(math.Round(float64(days)/7)))
	case days < 730:
		return l.Sayf("about %d months", int(math.Round(float64(days)/(365.25/12))))
	}
	return l.Sayf("about %d years", int(math.Round(float64(days)/365.25)))
}

// OneOf says a choice of names, each quoted: "“Brisk walk” or “Leg
// swings”", "„Zügiges Gehen“ oder „Beinpendeln“".
func (l *Language) OneOf(names []string) string { return l.list(names, l.Say(" or ")) }

// AllOf says names quoted as a list of all of them: "“a”, “b” and “c”"
// (twenty-third German reading: two names joined by a comma alone).
func (l *Language) AllOf(names []string) string { return l.list(names, l.Say(" and ")) }

// list quotes names and joins them with commas, the last two with last
// (" or ", " and ", said in l).
func (l *Language) list(names []string, last string) string {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = l.Sayf("“%s”", n)
	}
	if len(quoted) < 2 {
		return strings.Join(quoted, "")
	}
	return strings.Join(quoted[:len(quoted)-1], ", ") + last + quoted[len(quoted)-1]
}

// Plural picks the word for n things: Plural(1, "week", "weeks") is
// "week" in English, "Woche" in German.
func (l *Language) Plural(n int, one, many string) string {
	if n == 1 {
		return l.Say(one)
	}
	return l.Say(many)
}

// Count says n things: "1 week", "3 weeks".
func (l *Language) Count(n int, one, many string) string {
	return strconv.Itoa(n) + " " + l.Plural(n, one, many)
}

// Weekday says the day of the week in short: "Mon", "Mo".
func (l *Language) Weekday(t time.Time) string { return l.Day(t.Weekday()) }

// Day says a day of the week in short: "Mon", "Mo".
func (l *Language) Day(d time.Weekday) string { return l.dayShort[d%7] }

// WeekdayLong says the day of the week in full: "Monday", "Montag".
func (l *Language) WeekdayLong(t time.Time) string { return l.dayLong[t.Weekday()] }

// Month says the month in short: "Dec", "Dez.".
func (l *Language) Month(t time.Time) string { return l.monthShort[t.Month()] }

// DayMonth says a date without the year: "7 Dec", "7. Dez.".
func (l *Language) DayMonth(t time.Time) string { return l.dayMonth(t.Day(), l.Month(t)) }

// DayMonthNarrow says t's day and month for a narrow cell: "1 Jan",
// "1.1." (a German date in numbers, which German readers write).
func (l *Language) DayMonthNarrow(t time.Time) string { return l.dayMonthNarrow(t.Day(), t.Month()) }

// Date says a date with the year: "7 Dec 2026", "7. Dez. 2026".
func (l *Language) Date(t time.Time) string { return l.DayMonth(t) + " " + strconv.Itoa(t.Year()) }

// LongDate says a date with its weekday: "Mon 7 Dec 2026",
// "Mo 7. Dez. 2026".
func (l *Language) LongDate(t time.Time) string { return l.weekdayDate(l.Weekday(t), l.Date(t)) }

// ShortDate says a date with its weekday and without the year: "Mon 7
// Dec", "Mo 7. Dez.".
func (l *Language) ShortDate(t time.Time) string {
	return l.weekdayDate(l.Weekday(t), l.DayMonth(t))
}

// DateRange says a span of days, "Mon 7 Dec – Sun 13 Dec 2026", naming the
// year once when both ends share it.
func (l *Language) DateRange(a, b time.Time) string {
	if a.Year() == b.Year() {
		return l.ShortDate(a) + " – " + l.LongDate(b)
	}
	return l.LongDate(a) + " – " + l.LongDate(b)
}
