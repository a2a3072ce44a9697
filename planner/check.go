package planner

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gluteplan/gluteplan/catalog"
)

// DateLayout is how dates are written in profiles and plans.
const DateLayout = "2006-01-02"

// Check reports every problem of the profile, one "field: problem" line
// each, saying what is allowed. An empty start is fine: it means the next
// Monday. A profile read from a valid file, or made of valid flags, has no
// problems; Check guards the planner against profiles built in code.
func (p Profile) Check() []string {
	var probs []string
	add := func(field, format string, args ...any) {
		probs = append(probs, field+": "+fmt.Sprintf(format, args...))
	}
	if p.Weeks < 1 || p.Weeks > 52 {
		add("weeks", "%d is out of range: use 1 to 52", p.Weeks)
	}
	if p.Start != "" {
		if _, err := ParseDate(p.Start); err != nil {
			add("start", "%v", err)
		}
	}
	if len(p.Days) == 0 {
		add("days", "no day available: name at least one of %s", join(Weekdays))
	}
	checkDays(add, "days", p.Days)
	checkDays(add, "gym_days", p.GymDays)
	if p.Minutes < 5 || p.Minutes > 120 {
		add("minutes", "%d is out of range: use 5 to 120", p.Minutes)
	}
	checkEnum(add, "equipment", p.Equipment, catalog.AllEquipment)
	if p.Level.Rank() < 0 {
		add("level", "%q is not a level: use one of %s", p.Level, join(catalog.Levels))
	}
	if !(p.SittingHours >= 0 && p.SittingHours <= 18) {
		add("sitting_hours", "%g is out of range: use 0 to 18", p.SittingHours)
	}
	if p.GymSets < 0 || p.GymSets > 40 {
		add("gym_sets", "%d is out of range: use 0 to 40", p.GymSets)
	}
	if p.Soreness < 0 || p.Soreness > 10 {
		add("soreness", "%d is out of range: use 0 to 10", p.Soreness)
	}
	if p.PainDays < 0 || p.PainDays > 3650 {
		add("pain_days", "%d is out of range: use 0 to 3650", p.PainDays)
	}
	checkEnum(add, "limits", p.Limits, Limits)
	if p.SessionTime != "" {
		if _, err := parseClock(p.SessionTime); err != nil {
			add("session_time", "%v", err)
		}
	}
	if _, _, err := ParseWorkHours(p.WorkHours); err != nil {
		add("work_hours", "%v", err)
	}
	if !slices.Contains(Langs, p.Lang) {
		add("lang", "%q is not a language gluteplan prints: use one of %s", p.Lang, join(Langs))
	}
	checkEnum(add, "conditions", p.Conditions, catalog.Conditions)
	checkEnum(add, "symptoms", p.Symptoms, Symptoms)
	if !utf8.ValidString(p.Name) {
		add("name", "is not valid UTF-8 text")
	} else if n := utf8.RuneCountInString(p.Name); n > 80 {
		add("name", "is %d characters long: use at most 80", n)
	}
	return probs
}

func checkDays(add func(field, format string, args ...any), field string, days []Weekday) {
	checkEnum(add, field, days, Weekdays)
}

func checkEnum[T ~string](add func(field, format string, args ...any), field string, got, allowed []T) {
	seen := map[T]bool{}
	for _, x := range got {
		switch {
		case !slices.Contains(allowed, x):
			add(field, "%q is not allowed: use %s", x, join(allowed))
		case seen[x]:
			add(field, "%q is listed twice", x)
		}
		seen[x] = true
	}
}

func join[T ~string](xs []T) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = string(x)
	}
	return strings.Join(s, ", ")
}

// ParseDate reads a YYYY-MM-DD date, refusing impossible ones such as
// 2026-02-30 with a message that says what is wrong.
func ParseDate(s string) (time.Time, error) {
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		var y, m, d int
		if n, _ := fmt.Sscanf(s, "%4d-%2d-%2d", &y, &m, &d); n == 3 && len(s) == 10 {
			return time.Time{}, fmt.Errorf("%q is not a real date: check the month and day", s)
		}
		return time.Time{}, fmt.Errorf("%q is not a date: write it as YYYY-MM-DD", s)
	}
	if t.Year() < 2000 || t.Year() > 2200 {
		return time.Time{}, fmt.Errorf("%q is out of range: use a year from 2000 to 2200", s)
	}
	return t, nil
}

// NextMonday returns the Monday after now (a week later when now is a
// Monday), as YYYY-MM-DD: the default start of a plan.
func NextMonday(now time.Time) string {
	d := int(time.Monday-now.Weekday()+7) % 7
	if d == 0 {
		d = 7
	}
	return now.AddDate(0, 0, d).Format(DateLayout)
}

// parseClock reads an HH:MM time of day as minutes after midnight.
func parseClock(s string) (int, error) {
	t, err := time.Parse("15:04", s)
	if err != nil || len(s) != 5 {
		return 0, fmt.Errorf("%q is not a time of day: write it as HH:MM, e.g. 07:30", s)
	}
	return t.Hour()*60 + t.Minute(), nil
}

// ParseWorkHours reads work hours written HH:MM-HH:MM and returns their
// start and end as minutes after midnight; the end must come after the start.
func ParseWorkHours(s string) (from, to int, err error) {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return 0, 0, fmt.Errorf("%q is not a span of hours: write it as HH:MM-HH:MM, e.g. 09:00-17:00", s)
	}
	if from, err = parseClock(a); err == nil {
		to, err = parseClock(b)
	}
	if err != nil {
		return 0, 0, err
	}
	if to <= from {
		return 0, 0, fmt.Errorf("%q ends before it starts: write the earlier time first", s)
	}
	return from, to, nil
}
