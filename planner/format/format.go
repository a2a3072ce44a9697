// Package format says numbers, doses, counts and dates in the words a
// person reads, one way for every view: the terminal, the PDF and the
// catalog browser all call these, so the same plan never reads "5.95" in
// one place and "6" in another, or "1 × 8, each side" beside "1 × 8 each
// side".
//
// The functions take plain values, not plans or catalog entries, so that
// every package can use them without importing the others.
package format

import "time"

// The functions below say things in English; a [Language] says them in
// another.

// Number says x in English: see [Language.Number].
func Number(x float64) string { return English.Number(x) }

// Seconds says a duration in English: see [Language.Seconds].
func Seconds(s int) string { return English.Seconds(s) }

// Minutes says the length of a session in English: see [Language.Minutes].
func Minutes(m float64) string { return English.Minutes(m) }

// Dose says a dose in English: see [Language.Dose].
func Dose(sets, reps, seconds, hold int, perSide bool) string {
	return English.Dose(sets, reps, seconds, hold, perSide)
}

// Plural picks the English word for n things: see [Language.Plural].
func Plural(n int, one, many string) string { return English.Plural(n, one, many) }

// Count says n things in English: see [Language.Count].
func Count(n int, one, many string) string { return English.Count(n, one, many) }

// Weekday says the day of the week in English: "Mon".
func Weekday(t time.Time) string { return English.Weekday(t) }

// WeekdayLong says the day of the week in English in full: "Monday".
func WeekdayLong(t time.Time) string { return English.WeekdayLong(t) }

// Month says the month in English in three letters: "Dec".
func Month(t time.Time) string { return English.Month(t) }

// DayMonth says a date without the year in English: "7 Dec".
func DayMonth(t time.Time) string { return English.DayMonth(t) }

// Date says a date with the year in English: "7 Dec 2026".
func Date(t time.Time) string { return English.Date(t) }

// LongDate says a date with its weekday in English: "Mon 7 Dec 2026".
func LongDate(t time.Time) string { return English.LongDate(t) }

// DateRange says a span of days in English: see [Language.DateRange].
func DateRange(a, b time.Time) string { return English.DateRange(a, b) }
