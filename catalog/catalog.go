// Package catalog knows what an exercise is, and how a catalog of them is
// read, checked and browsed.
//
// A catalog file is JSON (which may hold comments and trailing commas) or
// YAML: an object with an "exercises" array and an optional "$schema" key
// that editors use for completion. The tool ships an
// embedded default catalog ([Default]); coaches and physical therapists add
// their own entries in files of the same shape.
package catalog

import (
	"github.com/gluteplan/gluteplan/catalog/document"
	"github.com/invopop/jsonschema"
)

// Catalog is the content of a catalog file.
type Catalog struct {
	// Schema points editors at catalog.schema.json; the tool ignores it.
	Schema string `json:"$schema,omitempty"`
	// Disable lists ids of entries of earlier catalogs (the default one included) that plans must not use.
	Disable []string `json:"disable,omitempty" jsonschema:"uniqueItems=true,maxItems=10000"`
	// Exercises lists the entries of the catalog; ids are unique within it.
	Exercises []Exercise `json:"exercises"`

	// ids indexes the ids for [Catalog.Suggest], built on its first call.
	ids *idIndex
}

// Exercise is one entry of a catalog: a dynamic stretch, an activation drill,
// a self-myofascial release or a static stretch, with how to do it and why
// it helps.
type Exercise struct {
	// ID names the entry in plans and progressions: lower-case words joined by hyphens.
	ID string `json:"id" jsonschema:"pattern=^[a-z0-9]+(-[a-z0-9]+)*$,maxLength=80"`
	// Name is what people read; any language, 1 to 80 characters, no control characters.
	Name string `json:"name" jsonschema:"minLength=1,maxLength=80,pattern=^[^\\x00-\\x1f\\x7f-\\x9f]*$"`
	// Category is the kind of work: dynamic stretch, activation drill, myofascial release or static stretch.
	Category Category `json:"category"`
	// Targets lists the muscles the entry works on, at least one.
	Targets []Target `json:"targets" jsonschema:"minItems=1,uniqueItems=true"`
	// Equipment lists what the entry needs, every item of it; empty means nothing but the floor.
	Equipment []Equipment `json:"equipment" jsonschema:"uniqueItems=true"`
	// EquipmentAny lists items of which any one is needed as well: a loop band (mini_band or resistance_band), a weight (dumbbell or kettlebell).
	EquipmentAny []Equipment `json:"equipment_any,omitempty" jsonschema:"uniqueItems=true,minItems=2"`
	// Level is the lowest training level the entry suits.
	Level Level `json:"level"`
	// Position is the body position the entry is done in.
	Position Position `json:"position"`
	// Dose is the starting dose for a person of the entry's level: sets and either reps or seconds.
	Dose Dose `json:"dose"`
	// DoseMax is the most the planner progresses the entry to, before its harder variant takes over: the same fields as dose, each at least the starting dose's. Without it an entry progresses to 3 sets and one and a half times the starting work per set, within 15 reps and 45 s holds.
	DoseMax *Dose `json:"dose_max,omitempty"`
	// GluteLoad is the share of a hard set (one taken to within two or three repetitions of failure) that one set at the starting dose is for a person of the entry's level, from 0 to 2: a loaded hip thrust near failure 1, a body-weight glute bridge or clamshell about 0.3, a bird dog about 0.2, a 30-second hold about 0.1, balance work and every stretch or release 0.
	GluteLoad float64 `json:"glute_load" jsonschema:"minimum=0,maximum=2"`
	// HipCompression says the position or movement squeezes the outer hip: lying on one side, crossing the legs or an ankle over the other knee, pulling the thigh across the body, pressing on the outer hip bone. Such entries are never planned for gluteal tendinopathy.
	HipCompression bool `json:"hip_compression"`
	// DeskFriendly says the entry can be done in office clothes next to a desk; movement breaks use these.
	DeskFriendly bool `json:"desk_friendly,omitempty"`
	// Progression is the id of the next harder variant, if any; it must exist and chains must not loop.
	Progression string `json:"progression,omitempty" jsonschema:"pattern=^[a-z0-9]+(-[a-z0-9]+)*$,maxLength=80"`
	// Contraindications lists the conditions for which the entry must not be planned.
	Contraindications []Condition `json:"contraindications,omitempty" jsonschema:"uniqueItems=true"`
	// Steps says how to do it, in order; two to 20 steps of at most 1,000 characters each.
	Steps []string `json:"steps" jsonschema:"minItems=2,maxItems=20,maxLength=1000,pattern=^[^\\x00-\\x1f\\x7f-\\x9f]*$"`
	// Cues says what to feel and what to watch while doing it; at most 10, of at most 500 characters each.
	Cues []string `json:"cues,omitempty" jsonschema:"maxItems=10,maxLength=500,pattern=^[^\\x00-\\x1f\\x7f-\\x9f]*$"`
	// Mistakes lists common faults, such as the hamstrings or lower back taking over; at most 10, of at most 500 characters each.
	Mistakes []string `json:"mistakes,omitempty" jsonschema:"maxItems=10,maxLength=500,pattern=^[^\\x00-\\x1f\\x7f-\\x9f]*$"`
	// Why says in plain words what the entry does for sore glutes, in at most 1,000 characters.
	Why string `json:"why" jsonschema:"minLength=1,maxLength=1000,pattern=^[^\\x00-\\x1f\\x7f-\\x9f]*$"`
	// Figure draws the exercise: a start and an end pose and the props; every default entry has one.
	Figure *Figure `json:"figure,omitempty"`
	// Image is a PNG or JPEG file, relative to the catalog file and at most 2 MiB, printed in the guide in place of a figure.
	Image string `json:"image,omitempty" jsonschema:"maxLength=255,pattern=^[^\\x00-\\x1f\\x7f-\\x9f]*$"`
	// Source says where the entry comes from.
	Source string `json:"source,omitempty" jsonschema:"maxLength=300,pattern=^[^\\x00-\\x1f\\x7f-\\x9f]*$"`
	// License is the licence the entry's text is under.
	License string `json:"license,omitempty" jsonschema:"maxLength=100,pattern=^[^\\x00-\\x1f\\x7f-\\x9f]*$"`
	// Translations holds the entry's text in other languages, by language code (de): a plan in that language prints it.
	Translations map[string]Translation `json:"translations,omitempty" jsonschema:"maxProperties=20"`
}

// LanguageCodePattern is what a key of an entry's translations looks like:
// two lower-case letters, a language code such as "de". The schema check
// words a name that is not one ([document.LanguageCodePattern]).
const LanguageCodePattern = document.LanguageCodePattern

// JSONSchemaExtend states in the schema that the keys of translations are
// language codes, so that an editor flags "DE" or "german" as it is typed.
func (Exercise) JSONSchemaExtend(s *jsonschema.Schema) {
	if t, ok := s.Properties.Get("translations"); ok {
		t.PropertyNames = &jsonschema.Schema{Pattern: LanguageCodePattern}
	}
}

// Translation is an entry's text in another language: what a person reads.
type Translation struct {
	// Name is the entry's name in the language, 1 to 80 characters.
	Name string `json:"name" jsonschema:"minLength=1,maxLength=80,pattern=^[^\\x00-\\x1f\\x7f-\\x9f]*$"`
	// Steps says how to do it, in order, as the entry's steps do.
	Steps []string `json:"steps" jsonschema:"minItems=2,maxItems=20,maxLength=1000,pattern=^[^\\x00-\\x1f\\x7f-\\x9f]*$"`
	// Cues says what to feel and what to watch.
	Cues []string `json:"cues,omitempty" jsonschema:"maxItems=10,maxLength=500,pattern=^[^\\x00-\\x1f\\x7f-\\x9f]*$"`
	// Mistakes lists common faults.
	Mistakes []string `json:"mistakes,omitempty" jsonschema:"maxItems=10,maxLength=500,pattern=^[^\\x00-\\x1f\\x7f-\\x9f]*$"`
	// Why says in plain words what the entry does for sore glutes.
	Why string `json:"why" jsonschema:"minLength=1,maxLength=1000,pattern=^[^\\x00-\\x1f\\x7f-\\x9f]*$"`
}

// Dose is how much of an exercise to do: sets of either reps or seconds.
type Dose struct {
	// Sets is the number of sets, 1 to 5; for a per-side entry a set means both sides.
	Sets int `json:"sets" jsonschema:"minimum=1,maximum=5"`
	// Reps is the repetitions per set, 1 to 50; give reps or seconds, not both.
	Reps int `json:"reps,omitempty" jsonschema:"minimum=1,maximum=50"`
	// Seconds is the time per set, 5 to 300; give reps or seconds, not both.
	Seconds int `json:"seconds,omitempty" jsonschema:"minimum=5,maximum=300"`
	// HoldSeconds is the pause held at the end of each rep, 0 to 45.
	HoldSeconds int `json:"hold_seconds,omitempty" jsonschema:"minimum=0,maximum=45"`
	// PerSide says the dose is done on each side in turn.
	PerSide bool `json:"per_side,omitempty"`
	// RestSeconds is the rest after each set, 0 to 180.
	RestSeconds int `json:"rest_seconds,omitempty" jsonschema:"minimum=0,maximum=180"`
}

// JSONSchemaExtend states in the schema that a dose has exactly one of reps or seconds.
func (Dose) JSONSchemaExtend(s *jsonschema.Schema) {
	s.OneOf = []*jsonschema.Schema{
		{Required: []string{"reps"}},
		{Required: []string{"seconds"}},
	}
}

// Category is the kind of work an exercise is.
type Category string

// The categories of exercise.
const (
	DynamicStretch    Category = "dynamic_stretch"
	Activation        Category = "activation"
	MyofascialRelease Category = "myofascial_release"
	StaticStretch     Category = "static_stretch"
)

// Categories lists every [Category] in the order plans and guides use.
var Categories = []Category{DynamicStretch, Activation, MyofascialRelease, StaticStretch}

// JSONSchemaExtend lists the categories in the schema.
func (Category) JSONSchemaExtend(s *jsonschema.Schema) { s.Enum = anys(Categories) }

// Target is a muscle or region an exercise works on.
type Target string

// The targets an exercise may name.
const (
	GluteusMaximus Target = "gluteus_maximus"
	GluteusMedius  Target = "gluteus_medius"
	GluteusMinimus Target = "gluteus_minimus"
	Piriformis     Target = "piriformis"
	HipFlexors     Target = "hip_flexors"
	Hamstrings     Target = "hamstrings"
	Adductors      Target = "adductors"
	Quadriceps     Target = "quadriceps"
	LowerBack      Target = "lower_back"
	Core           Target = "core"
)

// Targets lists every [Target].
var Targets = []Target{GluteusMaximus, GluteusMedius, GluteusMinimus, Piriformis, HipFlexors, Hamstrings, Adductors, Quadriceps, LowerBack, Core}

// JSONSchemaExtend lists the targets in the schema.
func (Target) JSONSchemaExtend(s *jsonschema.Schema) { s.Enum = anys(Targets) }

// Equipment is a piece of kit an exercise needs and a person may own.
type Equipment string

// The equipment an exercise may need.
const (
	FoamRoller     Equipment = "foam_roller"
	MassageBall    Equipment = "massage_ball"
	ResistanceBand Equipment = "resistance_band"
	MiniBand       Equipment = "mini_band"
	Chair          Equipment = "chair"
	Wall           Equipment = "wall"
	Step           Equipment = "step"
	Bench          Equipment = "bench"
	Dumbbell       Equipment = "dumbbell"
	Kettlebell     Equipment = "kettlebell"
	Strap          Equipment = "strap"
	ExerciseBall   Equipment = "exercise_ball"
	Mat            Equipment = "mat"
)

// AllEquipment lists every [Equipment].
var AllEquipment = []Equipment{FoamRoller, MassageBall, ResistanceBand, MiniBand, Chair, Wall, Step, Bench, Dumbbell, Kettlebell, Strap, ExerciseBall, Mat}

// JSONSchemaExtend lists the equipment in the schema.
func (Equipment) JSONSchemaExtend(s *jsonschema.Schema) { s.Enum = anys(AllEquipment) }

// Level is a training level, of an exercise or of a person.
type Level string

// The training levels, easiest first.
const (
	Beginner     Level = "beginner"
	Intermediate Level = "intermediate"
	Advanced     Level = "advanced"
)

// Levels lists every [Level], easiest first.
var Levels = []Level{Beginner, Intermediate, Advanced}

// JSONSchemaExtend lists the levels in the schema.
func (Level) JSONSchemaExtend(s *jsonschema.Schema) { s.Enum = anys(Levels) }

// Rank orders levels: 0 for beginner, 1 for intermediate, 2 for advanced, -1 for anything else.
func (l Level) Rank() int {
	for i, x := range Levels {
		if x == l {
			return i
		}
	}
	return -1
}

// Position is the body position an exercise is done in.
type Position string

// The positions an exercise may be done in.
const (
	Standing          Position = "standing"
	SingleLegStanding Position = "single_leg_standing"
	Seated            Position = "seated"
	FloorSeated       Position = "floor_seated"
	Supine            Position = "supine"
	Prone             Position = "prone"
	SideLying         Position = "side_lying"
	Quadruped         Position = "quadruped"
	Kneeling          Position = "kneeling"
)

// Positions lists every [Position].
var Positions = []Position{Standing, SingleLegStanding, Seated, FloorSeated, Supine, Prone, SideLying, Quadruped, Kneeling}

// Floor reports whether p is done on the floor: lying, on hands and knees,
// kneeling or sitting on the floor (rule 8's no_floor limit).
func (p Position) Floor() bool {
	switch p {
	case Supine, Prone, SideLying, Quadruped, Kneeling, FloorSeated:
		return true
	}
	return false
}

// JSONSchemaExtend lists the positions in the schema.
func (Position) JSONSchemaExtend(s *jsonschema.Schema) { s.Enum = anys(Positions) }

// Condition is a diagnosed condition that rules some exercises out.
type Condition string

// The conditions the planner knows.
const (
	GlutealTendinopathy Condition = "gluteal_tendinopathy"
	PiriformisSyndrome  Condition = "piriformis_syndrome"
)

// Conditions lists every [Condition].
var Conditions = []Condition{GlutealTendinopathy, PiriformisSyndrome}

// JSONSchemaExtend lists the conditions in the schema.
func (Condition) JSONSchemaExtend(s *jsonschema.Schema) { s.Enum = anys(Conditions) }

func anys[T ~string](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}
