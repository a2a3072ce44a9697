package planner

import (
	"slices"
	"strings"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner/locale"
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
	// GymDays lists the weekdays the person already trains legs or glutes hard at the gym: a shorthand for one gym activity.
	GymDays []Weekday `json:"gym_days" jsonschema:"uniqueItems=true"`
	// GymSets is the number of hard glute sets in each of those gym sessions, 0 to 40: hip thrusts and bridges count 1, squats, deadlifts and lunges a half.
	GymSets int `json:"gym_sets" jsonschema:"minimum=0,maximum=40,default=10"`
	// Activities lists the person's own training besides the gym days: running, cycling, team sport, walking or other, each with its days and the hard glute sets a session holds. No two activities (gym days included) share a day.
	Activities []Activity `json:"activities" jsonschema:"maxItems=7"`
	// Soreness is today's glute soreness, 0 (none) to 10 (worst).
	Soreness int `json:"soreness" jsonschema:"minimum=0,maximum=10,default=0"`
	// PainDays is how many days the soreness has lasted, 0 to 3650.
	PainDays int `json:"pain_days" jsonschema:"minimum=0,maximum=3650,default=0"`
	// Seen says a physical therapist or physician has seen this soreness; gluteal tendinopathy and piriformis syndrome imply it.
	Seen bool `json:"seen"`
	// Conditions lists diagnosed conditions: gluteal_tendinopathy, piriformis_syndrome, postpartum (within a year after giving birth).
	Conditions []Condition `json:"conditions" jsonschema:"uniqueItems=true"`
	// BirthDate is, with postpartum, the day of the birth, YYYY-MM-DD: the first weeks after it hold only gentle work.
	BirthDate string `json:"birth_date" jsonschema:"pattern=^([0-9]{4}-[0-9]{2}-[0-9]{2})?$"`
	// Caesarean says, with postpartum, that the birth was by caesarean section: no loaded exercises in the first block.
	Caesarean bool `json:"caesarean"`
	// Symptoms lists warning symptoms; each stops planning with a referral, except tingling and pain below the knee with diagnosed piriformis syndrome.
	Symptoms []Symptom `json:"symptoms" jsonschema:"uniqueItems=true"`
	// Name is the person's name, printed on the PDF; up to 80 characters, no control characters.
	Name string `json:"name" jsonschema:"maxLength=80,pattern=^[^\\x00-\\x1f\\x7f-\\x9f]*$"`
	// Lang is the language of the printed labels and of the plan's own sentences (each why, the warnings, the reasons, the pain rule, the red flags): en or de. Catalog text prints as written.
	Lang Lang `json:"lang" jsonschema:"default=en"`
}

// DefaultProfile returns the profile of README "The profile" with every field at its
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
		Activities: []Activity{},
		Conditions: []Condition{},
		Symptoms:   []Symptom{},
		Lang:       English,
	}
}

// Language returns the language of the profile's plan: the planner's
// sentences and the printed labels, [Profile.Lang], English when it is
// empty.
func (p Profile) Language() *locale.Language { return locale.In(string(p.Lang)) }

// Has reports whether the profile lists condition c.
func (p Profile) Has(c Condition) bool { return slices.Contains(p.Conditions, c) }

// contraindicated reports whether the profile lists a condition the entry
// names in its contraindications.
func (p Profile) contraindicated(c catalog.Condition) bool { return p.Has(Condition(c)) }

// WasSeen reports whether a physical therapist or physician has seen the
// soreness: said so, or implied by a diagnosis (rule 1).
func (p Profile) WasSeen() bool {
	return p.Seen || p.Has(GlutealTendinopathy) || p.Has(PiriformisSyndrome)
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

// Condition is a diagnosed condition the plan is shaped for (rule 9).
type Condition string

// The conditions a profile may list. The first two are also the
// contraindications a catalog entry may name.
const (
	GlutealTendinopathy = Condition(catalog.GlutealTendinopathy)
	PiriformisSyndrome  = Condition(catalog.PiriformisSyndrome)
	// Postpartum: within a year after giving birth.
	Postpartum Condition = "postpartum"
)

// Conditions lists every [Condition].
var Conditions = []Condition{GlutealTendinopathy, PiriformisSyndrome, Postpartum}

// JSONSchemaExtend lists the conditions in the schema.
func (Condition) JSONSchemaExtend(s *jsonschema.Schema) { s.Enum = anys(Conditions) }

// Symptom is a warning symptom: planning stops and the person is referred
// (rule 1).
type Symptom string

// The warning symptoms. Their meanings are the README's (rule 1) and the
// profile schema's descriptions, which gluteplan init writes.
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
	BothLegs       Symptom = "both_legs"
	CannotBear     Symptom = "cannot_bear_weight"
	LegSwelling    Symptom = "leg_swelling"
	WeightLoss     Symptom = "weight_loss"
	ImpactPain     Symptom = "impact_pain"
)

// Symptoms lists every [Symptom].
var Symptoms = []Symptom{Numbness, SaddleNumbness, Tingling, LegWeakness, PainBelowKnee, BladderBowel, SeverePain, NightPain, Fever, Trauma,
	CancerHistory, BothLegs, CannotBear, LegSwelling, WeightLoss, ImpactPain}

// SymptomMeaning says what each symptom means, for the help and the
// profile schema (rule 1).
var SymptomMeaning = map[Symptom]string{
	Numbness:       "numbness in the leg or foot",
	SaddleNumbness: "numbness between the legs or around the back passage",
	Tingling:       "tingling or pins and needles down the leg",
	LegWeakness:    "a leg or foot that gives way or will not lift as it should",
	PainBelowKnee:  "pain that runs below the knee",
	BladderBowel:   "a new loss of bladder or bowel control, or new trouble passing urine (the leaking common after giving birth is not this)",
	SeverePain:     "pain that stops you sleeping or walking, or needs strong painkillers",
	NightPain:      "pain at night that no change of position eases (pain from lying on the sore side is not this)",
	Fever:          "a fever with the hip or back pain",
	Trauma:         "the pain began with a fall or an accident",
	CancerHistory:  "a history of cancer",
	BothLegs:       "numbness, tingling or weakness in both legs",
	CannotBear:     "you cannot stand or walk on the leg, for instance after a fall",
	LegSwelling:    "one calf or thigh swollen, warm or red",
	WeightLoss:     "weight loss you cannot explain",
	ImpactPain:     "groin or hip pain on impact (running, hopping) or at rest",
}

// JSONSchemaExtend lists the symptoms in the schema, each with its meaning.
func (Symptom) JSONSchemaExtend(s *jsonschema.Schema) {
	s.Enum = anys(Symptoms)
	var parts []string
	for _, x := range Symptoms {
		parts = append(parts, string(x)+": "+SymptomMeaning[x])
	}
	s.Description = "A warning symptom. " + strings.Join(parts, "; ") + "."
}

// ActivityKind is a kind of training the person does on their own.
type ActivityKind string

// The kinds of activity.
const (
	Gym       ActivityKind = "gym"
	Running   ActivityKind = "running"
	Cycling   ActivityKind = "cycling"
	TeamSport ActivityKind = "team_sport"
	Walking   ActivityKind = "walking"
	Other     ActivityKind = "other"
)

// ActivityKinds lists every [ActivityKind].
var ActivityKinds = []ActivityKind{Gym, Running, Cycling, TeamSport, Walking, Other}

// JSONSchemaExtend lists the kinds in the schema.
func (ActivityKind) JSONSchemaExtend(s *jsonschema.Schema) { s.Enum = anys(ActivityKinds) }

// DefaultGluteSets returns the hard glute sets a session of kind k counts
// when the profile does not say (rule 18): estimates for easy sessions;
// hills, intervals and long runs are nearer 5.
func DefaultGluteSets(k ActivityKind) int {
	switch k {
	case Gym:
		return 10
	case Running, Other:
		return 3
	case Cycling:
		return 2
	case TeamSport:
		return 5
	}
	return 0
}

// Activity is training the person does on certain days (rule 18).
type Activity struct {
	// Kind is the kind of training: gym, running, cycling, team_sport, walking or other.
	Kind ActivityKind `json:"kind"`
	// Days lists the weekdays of it, at least one.
	Days []Weekday `json:"days" jsonschema:"minItems=1,uniqueItems=true"`
	// GluteSets is the hard glute sets one session holds, 0 to 40; absent, the kind's estimate for an easy session: gym 10, running 3, cycling 2, team_sport 5, walking 0, other 3.
	GluteSets *int `json:"glute_sets,omitempty" jsonschema:"minimum=0,maximum=40"`
}

// Sets returns the hard glute sets a session of a counts.
func (a Activity) Sets() int {
	if a.GluteSets != nil {
		return *a.GluteSets
	}
	return DefaultGluteSets(a.Kind)
}

// AllActivities returns the person's activities with the gym days as a gym
// activity of gym_sets, in weekday order of their first day.
func (p Profile) AllActivities() []Activity {
	out := slices.Clone(p.Activities)
	if len(p.GymDays) > 0 {
		n := p.GymSets
		out = append(out, Activity{Kind: Gym, Days: p.GymDays, GluteSets: &n})
	}
	return out
}

// ActivityOn returns the activity of weekday d, if any.
func (p Profile) ActivityOn(d Weekday) (Activity, bool) {
	for _, a := range p.AllActivities() {
		if slices.Contains(a.Days, d) {
			return a, true
		}
	}
	return Activity{}, false
}

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
// new language is its file there and its line in [locale.Languages].
var Langs = func() []Lang {
	var ls []Lang
	for _, l := range locale.Languages {
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
