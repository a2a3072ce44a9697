package planner

import (
	"fmt"
	"math"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
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
	// The ranges are the struct tags', the schema's: one place.
	inRange := func(field string, x float64) {
		if l, _ := FieldLimits(field); !(x >= l.Min && x <= l.Max) {
			add(field, "%s is out of range: use %s to %s", strconv.FormatFloat(x, 'g', -1, 64),
				strconv.FormatFloat(l.Min, 'g', -1, 64), strconv.FormatFloat(l.Max, 'g', -1, 64))
		}
	}
	inRange("weeks", float64(p.Weeks))
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
	inRange("minutes", float64(p.Minutes))
	checkEnum(add, "equipment", p.Equipment, catalog.AllEquipment)
	if p.Level.Rank() < 0 {
		add("level", "%q is not a level: use one of %s", p.Level, join(catalog.Levels))
	}
	inRange("sitting_hours", p.SittingHours)
	inRange("gym_sets", float64(p.GymSets))
	inRange("soreness", float64(p.Soreness))
	inRange("pain_days", float64(p.PainDays))
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
	checkEnum(add, "conditions", p.Conditions, Conditions)
	checkEnum(add, "symptoms", p.Symptoms, Symptoms)
	probs = append(probs, p.activityProblems()...)
	if p.BirthDate != "" {
		birth, err := ParseDate(p.BirthDate)
		switch {
		case err != nil:
			add("birth_date", "%v", err)
		case !p.Has(Postpartum):
			add("birth_date", "is given without the postpartum condition: add postpartum to the conditions, or leave the date out")
		case p.Start != "":
			if start, err := ParseDate(p.Start); err == nil && birth.After(start) {
				add("birth_date", "%s is after the plan's start (%s): check the date", p.BirthDate, p.Start)
			}
		}
	}
	if p.Caesarean && !p.Has(Postpartum) {
		add("caesarean", "is set without the postpartum condition: add postpartum to the conditions, or leave it out")
	}
	if !utf8.ValidString(p.Name) {
		add("name", "is not valid UTF-8 text")
	} else if n := utf8.RuneCountInString(p.Name); n > 80 {
		add("name", "is %d characters long: use at most 80", n)
	}
	return probs
}

// activityProblems checks the person's activities (rule 18): known kinds,
// at least one day each, glute sets in range, and no two activities (the
// gym days included) on one day. Each problem is a "field: problem" line.
func (p Profile) activityProblems() []string {
	var probs []string
	gs, _ := FieldLimits("gym_sets")
	lo, hi := gs.Min, gs.Max
	owner := map[Weekday]string{}
	for _, d := range p.GymDays {
		owner[d] = "gym_days"
	}
	for i, a := range p.Activities {
		field := fmt.Sprintf("activities/%d", i)
		if !slices.Contains(ActivityKinds, a.Kind) {
			probs = append(probs, fmt.Sprintf("%s/kind: %q is not an activity: use %s", field, a.Kind, join(ActivityKinds)))
		}
		if len(a.Days) == 0 {
			probs = append(probs, fmt.Sprintf("%s/days: no day: name the days of your %s, e.g. tue,sat", field, words(a.Kind)))
		}
		if s := a.GluteSets; s != nil && (float64(*s) < lo || float64(*s) > hi) {
			probs = append(probs, fmt.Sprintf("%s/glute_sets: %d is out of range: use %s to %s", field, *s,
				strconv.FormatFloat(lo, 'g', -1, 64), strconv.FormatFloat(hi, 'g', -1, 64)))
		}
		seen := map[Weekday]bool{}
		for _, d := range a.Days {
			switch {
			case !slices.Contains(Weekdays, d):
				probs = append(probs, fmt.Sprintf("%s/days: %q is not a weekday: use %s", field, d, join(Weekdays)))
			case seen[d]:
				probs = append(probs, fmt.Sprintf("%s/days: %q is listed twice", field, d))
			case owner[d] != "":
				probs = append(probs, fmt.Sprintf("%s/days: %s is already a day of %s: one activity a day, so put them on different days",
					field, d, ownerWords(owner[d])))
			}
			seen[d] = true
			if owner[d] == "" {
				owner[d] = fmt.Sprintf("your %s (activities/%d)", words(a.Kind), i)
			}
		}
	}
	return probs
}

func ownerWords(o string) string {
	if o == "gym_days" {
		return "a gym day (gym_days)"
	}
	return o
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
// start and end as minutes after the start's midnight: an end at or
// before the start is on the next day, a night shift (22:00-06:00 ends at
// 30 × 60). A span of no time is refused.
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
	switch {
	case to == from:
		return 0, 0, fmt.Errorf("%q starts and ends at the same time: give the hours you sit, e.g. 09:00-17:00 or 22:00-06:00 for a night shift", s)
	case to < from:
		to += 24 * 60 // a night shift, ending the next morning
	}
	return from, to, nil
}

// FieldBounds are what a profile field's struct tag allows: its range, its
// longest length and its pattern. The tags are the one place the limits
// live: the profile schema is generated from them, and [Profile.Check]
// and the command line's flags read them here.
type FieldBounds struct {
	// Min and Max bound a number: -Inf and +Inf where the tag gives none;
	// HasRange says the tag gives one.
	Min, Max float64
	HasRange bool
	// MaxLength is the most characters a text may hold, 0 for no limit.
	MaxLength float64
	// Pattern is what a text must match, nil for anything.
	Pattern *regexp.Regexp
}

// FieldLimits returns the limits of the profile field whose JSON name is
// field; ok is false when the profile has no such field.
func FieldLimits(field string) (l FieldBounds, ok bool) {
	l, ok = fieldLimits()[field]
	if !ok {
		l = FieldBounds{Min: math.Inf(-1), Max: math.Inf(1)}
	}
	return l, ok
}

// fieldLimits reads every profile field's limits from its tags once: a
// profile is checked on every plan, and the tags never change.
var fieldLimits = sync.OnceValue(func() map[string]FieldBounds {
	t := reflect.TypeFor[Profile]()
	m := make(map[string]FieldBounds, t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		l := FieldBounds{Min: math.Inf(-1), Max: math.Inf(1)}
		for _, kv := range strings.Split(f.Tag.Get("jsonschema"), ",") {
			k, v, _ := strings.Cut(kv, "=")
			x, err := strconv.ParseFloat(v, 64)
			switch {
			case k == "minimum" && err == nil:
				l.Min, l.HasRange = x, true
			case k == "maximum" && err == nil:
				l.Max, l.HasRange = x, true
			case k == "maxLength" && err == nil:
				l.MaxLength = x
			case k == "pattern":
				l.Pattern = regexp.MustCompile(v)
			}
		}
		if _, dup := m[name]; !dup {
			m[name] = l
		}
	}
	return m
})
