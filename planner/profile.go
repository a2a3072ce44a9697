package planner

import (
	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner/format"
	"github.com/invopop/jsonschema"
)

// Profile holds a person's constraints: the time they have, what they own,
// how they train and how their glutes feel. A profile file sets some fields;
// the rest keep the values of [DefaultProfile].
type Profile struct {
	// Schema points editors at profile.schema.json; the tool ignores it.
	Schema string `json:"$schema,omitempty"`
	// Weeks is the length of the plan in weeks, 1 to 52.
	Weeks int `json:"weeks" jsonschema:"minimum=1,maximum=52,default=4"`
	// Start is the first day of the plan, as YYYY-MM-DD; empty means the Monday after today.
	Start string `json:"start" jsonschema:"pattern=^([0-9]{4}-[0-9]{2}-[0-9]{2})?$"`
	// Days lists the weekdays available for a session, at least one.
	Days []Weekday `json:"days" jsonschema:"minItems=1,uniqueItems=true"`
	// Minutes is the most time a session may take, 5 to 120.
	Minutes int `json:"minutes" jsonschema:"minimum=5,maximum=120,default=20"`
	// SessionTime is when sessions start, HH:MM, for calendar events; empty gives all-day events.
	SessionTime string `json:"session_time" jsonschema:"pattern=^(([01][0-9]|2[0-3]):[0-5][0-9])?$"`
	// Equipment lists what the person owns.
	Equipment []catalog.Equipment `json:"equipment" jsonschema:"uniqueItems=true"`
	// Limits lists what the person cannot do: get down to the floor, kneel, or stand on one leg without holding on.
	Limits []Limit `json:"limits" jsonschema:"uniqueItems=true"`
	// Level is the person's training level.
	Level catalog.Level `json:"level" jsonschema:"default=beginner"`
	// SittingHours is the hours spent sitting on a typical day, 0 to 18.
	SittingHours float64 `json:"sitting_hours" jsonschema:"minimum=0,maximum=18,default=0"`
	// WorkHours is when the sitting happens, HH:MM-HH:MM, for movement-break reminders.
	WorkHours string `json:"work_hours" jsonschema:"pattern=^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$,default=09:00-17:00"`
	// GymDays lists the weekdays the person already trains legs or glutes hard.
	GymDays []Weekday `json:"gym_days" jsonschema:"uniqueItems=true"`
	// GymSets is the number of hard glute sets in each of those gym sessions, 0 to 40: hip thrusts and bridges count 1, squats, deadlifts and lunges a half.
	GymSets int `json:"gym_sets" jsonschema:"minimum=0,maximum=40,default=10"`
	// Soreness is today's glute soreness, 0 (none) to 10 (worst).
	Soreness int `json:"soreness" jsonschema:"minimum=0,maximum=10,default=0"`
	// PainDays is how many days the soreness has lasted, 0 to 3650.
	PainDays int `json:"pain_days" jsonschema:"minimum=0,maximum=3650,default=0"`
	// Conditions lists diagnosed conditions that rule some exercises out.
	Conditions []catalog.Condition `json:"conditions" jsonschema:"uniqueItems=true"`
	// Symptoms lists red-flag symptoms; any of them stops planning with a referral.
	Symptoms []Symptom `json:"symptoms" jsonschema:"uniqueItems=true"`
	// Name is the person's name, printed on the PDF; up to 80 characters, no control characters.
	Name string `json:"name" jsonschema:"maxLength=80,pattern=^[^\\x00-\\x1f\\x7f-\\x9f]*$"`
	// Lang is the language of the printed labels and of the plan's own sentences (each why, the warnings, the reasons, the pain rule, the red flags): en or de. Catalog text prints as written.
	Lang Lang `json:"lang" jsonschema:"default=en"`
}

// DefaultProfile returns the profile of SPEC §3 with every field at its
// default. Start stays empty: it means the Monday after the day of the run.
func DefaultProfile() Profile {
	return Profile{
		Weeks:      4,
		Days:       []Weekday{Mon, Wed, Fri},
		Minutes:    20,
		Equipment:  []catalog.Equipment{catalog.Chair, catalog.Wall},
		Limits:     []Limit{},
		Level:      catalog.Beginner,
		WorkHours:  "09:00-17:00",
		GymDays:    []Weekday{},
		GymSets:    10,
		Conditions: []catalog.Condition{},
		Symptoms:   []Symptom{},
		Lang:       English,
	}
}

// Language returns the language of the profile's plan: the planner's
// sentences and the printed labels, [Profile.Lang], English when it is
// empty.
func (p Profile) Language() *format.Language { return format.In(string(p.Lang)) }

// Has reports whether the profile lists condition c.
func (p Profile) Has(c catalog.Condition) bool {
	for _, x := range p.Conditions {
		if x == c {
			return true
		}
	}
	return false
}

// Limited reports whether the profile lists limit l.
func (p Profile) Limited(l Limit) bool {
	for _, x := range p.Limits {
		if x == l {
			return true
		}
	}
	return false
}

// Owns reports whether the person owns equipment e.
func (p Profile) Owns(e catalog.Equipment) bool {
	for _, x := range p.Equipment {
		if x == e {
			return true
		}
	}
	return false
}

// Weekday is a day of the week as three lower-case letters.
type Weekday string

// The weekdays, Monday first.
const (
	Mon Weekday = "mon"
	Tue Weekday = "tue"
	Wed Weekday = "wed"
	Thu Weekday = "thu"
	Fri Weekday = "fri"
	Sat Weekday = "sat"
	Sun Weekday = "sun"
)

// Weekdays lists every [Weekday], Monday first.
var Weekdays = []Weekday{Mon, Tue, Wed, Thu, Fri, Sat, Sun}

// JSONSchemaExtend lists the weekdays in the schema.
func (Weekday) JSONSchemaExtend(s *jsonschema.Schema) { s.Enum = anys(Weekdays) }

// Symptom is a red-flag symptom: planning stops and the person is referred.
type Symptom string

// The red-flag symptoms.
const (
	Numbness       Symptom = "numbness"
	SaddleNumbness Symptom = "saddle_numbness"
	Tingling       Symptom = "tingling"
	LegWeakness    Symptom = "leg_weakness"
	PainBelowKnee  Symptom = "pain_below_knee"
	BladderBowel   Symptom = "bladder_bowel"
	SeverePain     Symptom = "severe_pain"
	NightPain      Symptom = "night_pain"
	Fever          Symptom = "fever"
	Trauma         Symptom = "trauma"
	CancerHistory  Symptom = "cancer_history"
)

// Symptoms lists every [Symptom].
var Symptoms = []Symptom{Numbness, SaddleNumbness, Tingling, LegWeakness, PainBelowKnee, BladderBowel, SeverePain, NightPain, Fever, Trauma, CancerHistory}

// JSONSchemaExtend lists the symptoms in the schema.
func (Symptom) JSONSchemaExtend(s *jsonschema.Schema) { s.Enum = anys(Symptoms) }

// Limit is something a person cannot do, which rules some positions out.
type Limit string

// The limits a profile may list.
const (
	// NoFloor: cannot get down to the floor and up again.
	NoFloor Limit = "no_floor"
	// NoKneeling: cannot kneel or go on hands and knees.
	NoKneeling Limit = "no_kneeling"
	// NeedsSupport: stands on one leg only holding a wall or chair.
	NeedsSupport Limit = "needs_support"
)

// Limits lists every [Limit].
var Limits = []Limit{NoFloor, NoKneeling, NeedsSupport}

// JSONSchemaExtend lists the limits in the schema.
func (Limit) JSONSchemaExtend(s *jsonschema.Schema) { s.Enum = anys(Limits) }

// Lang is a language a plan comes in: its printed labels and its own
// sentences.
type Lang string

// The languages of the labels.
const (
	English Lang = "en"
	German  Lang = "de"
)

// Langs lists every [Lang]: the languages package format speaks, so that a
// new language is its file there and its line in [format.Languages].
var Langs = func() []Lang {
	var ls []Lang
	for _, l := range format.Languages {
		ls = append(ls, Lang(l.Code))
	}
	return ls
}()

// JSONSchemaExtend lists the languages in the schema.
func (Lang) JSONSchemaExtend(s *jsonschema.Schema) { s.Enum = anys(Langs) }

func anys[T ~string](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}
