package format

import "strconv"

// German: the words of gluteplan in German, looked up by their English
// text. Doses keep "s" and "min"; numbers take a decimal comma; dates read
// "Mo., 7. Dez. 2026".
var German = &Language{
	Code:       "de",
	decimal:    ",",
	dayShort:   [...]string{"So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"},
	dayLong:    [...]string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"},
	monthShort: [...]string{"", "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."},
	dayMonth: func(day int, month string) string {
		return strconv.Itoa(day) + ". " + month
	},
	weekdayDate: func(weekday, date string) string {
		return weekday + "., " + date
	},
	says: map[string]string{
		// Doses and counts.
		"hold %s":   "%s halten",
		"each side": "je Seite",
		"set":       "Satz",
		"sets":      "Sätze",

		// The planner's sentences.
	},
}
