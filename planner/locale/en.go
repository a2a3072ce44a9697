package locale

import (
	"strconv"
	"time"
)

// English is gluteplan's first language. Its words are the keys every
// other language translates, so it needs no list of its own.
var English = &Language{
	Code:       "en",
	decimal:    ".",
	dayShort:   [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"},
	dayLong:    [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
	monthShort: [...]string{"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
	dayMonth: func(day int, month string) string {
		return strconv.Itoa(day) + " " + month
	},
	dayMonthNarrow: func(day int, month time.Month) string {
		return strconv.Itoa(day) + " " + month.String()[:3]
	},
	weekdayDate: func(weekday, date string) string {
		return weekday + " " + date
	},
}
