// Package format says numbers, doses, counts and dates in the words a
// person reads, one way for every view: the terminal, the PDF and the
// catalog browser all call these, so the same plan never reads "5.95" in
// one place and "6" in another, or "1 × 8, each side" beside "1 × 8 each
// side".
//
// The functions take plain values, not plans or catalog entries, so that
// every package can use them without importing the others.
package format

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// Number says a volume, a load or a count with at most one decimal, the
// precision a person can act on: 10, 6.5, 0.3. Halves round away from
// zero (5.95 → 6). A number that is not finite (a bug or a hand-edited
// file) prints as "?", never as "+Inf" or "NaN"; one of a million or more,
// which no plan holds, in three figures ("1.7e+308"), never 300 digits.
func Number(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "?"
	}
	if math.Abs(x) >= 1e6 {
		return strconv.FormatFloat(x, 'g', 3, 64)
	}
	r := math.Round(x*10) / 10
	if r == 0 {
		r = 0 // no "-0"
	}
	return strconv.FormatFloat(r, 'f', -1, 64)
}

// Seconds says a duration: "45 s", or whole minutes from two minutes up
// ("3 min").
func Seconds(s int) string {
	if s >= 120 && s%60 == 0 {
		return strconv.Itoa(s/60) + " min"
	}
	return strconv.Itoa(s) + " s"
}

// Minutes says the length of a session, rounded to a whole minute and
// never "0 min" for real work: "18 min".
func Minutes(m float64) string {
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
// below one reads as one.
func Dose(sets, reps, seconds, hold int, perSide bool) string {
	sets = max(sets, 1)
	var b strings.Builder
	switch {
	case reps > 0:
		b.WriteString(strconv.Itoa(sets) + " × " + strconv.Itoa(reps))
		if hold > 0 {
			b.WriteString(", hold " + Seconds(hold))
		}
	case seconds > 0:
		if sets > 1 {
			b.WriteString(strconv.Itoa(sets) + " × ")
		}
		b.WriteString(Seconds(seconds))
	default:
		b.WriteString(Count(sets, "set", "sets"))
	}
	if perSide {
		b.WriteString(", each side")
	}
	return b.String()
}

// Plural picks the word for n things: Plural(1, "week", "weeks") is
// "week".
func Plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Count says n things: "1 week", "3 weeks".
func Count(n int, one, many string) string {
	return strconv.Itoa(n) + " " + Plural(n, one, many)
}

// Names of days and months in English, kept here so the output never
// depends on the locale of the machine that prints it.
var (
	dayShort   = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	dayLong    = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	monthShort = [...]string{"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
)

// Weekday says the day of the week in three letters: "Mon".
func Weekday(t time.Time) string { return dayShort[t.Weekday()] }

// WeekdayLong says the day of the week in full: "Monday".
func WeekdayLong(t time.Time) string { return dayLong[t.Weekday()] }

// Month says the month in three letters: "Dec".
func Month(t time.Time) string { return monthShort[t.Month()] }

// DayMonth says a date without the year: "7 Dec".
func DayMonth(t time.Time) string { return strconv.Itoa(t.Day()) + " " + Month(t) }

// Date says a date with the year: "7 Dec 2026".
func Date(t time.Time) string { return DayMonth(t) + " " + strconv.Itoa(t.Year()) }

// LongDate says a date with its weekday: "Mon 7 Dec 2026".
func LongDate(t time.Time) string { return Weekday(t) + " " + Date(t) }

// DateRange says a span of days, "Mon 7 Dec – Sun 13 Dec 2026", naming the
// year once when both ends share it.
func DateRange(a, b time.Time) string {
	if a.Year() == b.Year() {
		return Weekday(a) + " " + DayMonth(a) + " – " + LongDate(b)
	}
	return LongDate(a) + " – " + LongDate(b)
}
