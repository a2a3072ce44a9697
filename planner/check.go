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

// Referral is what screening says instead of a plan.
type Referral struct {
	// Urgent is set for symptoms that call for urgent care today.
	Urgent bool
	// Symptoms lists the red-flag symptoms that caused the referral.
	Symptoms []Symptom
	// Message says, calmly and plainly, whom to see and why.
	Message string
}

// Screen applies SPEC §4 rule 1: any red-flag symptom stops planning with a
// referral. It returns nil when the profile lists none.
func Screen(p Profile) *Referral {
	if len(p.Symptoms) == 0 {
		return nil
	}
	r := &Referral{Symptoms: slices.Clone(p.Symptoms)}
	if slices.Contains(p.Symptoms, BladderBowel) {
		r.Urgent = true
		r.Message = "Changes in bladder or bowel control together with buttock or back pain need a doctor's attention today. " +
			"Please go to urgent care or an emergency department now. " +
			"gluteplan has not made a plan: exercise can wait until you have been seen."
		return r
	}
	r.Message = "Numbness, tingling, leg weakness, pain below the knee or severe pain can mean that a nerve is irritated " +
		"or that the pain comes from the lower back rather than the glutes. " +
		"Please see a physical therapist or physician before you start a glute program. " +
		"gluteplan has not made a plan; once you have been checked, run it again without the symptom."
	return r
}
