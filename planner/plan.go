package planner

import (
	"github.com/gluteplan/gluteplan/catalog"
	"github.com/invopop/jsonschema"
)

// Plan is a progressive multi-week plan for one person: the plan JSON,
// read by outside tools and by the PDF renderer.
type Plan struct {
	// Profile is the person's constraints, every field resolved.
	Profile Profile `json:"profile"`
	// Start is the first day of the plan, YYYY-MM-DD.
	Start string `json:"start" jsonschema:"pattern=^[0-9]{4}-[0-9]{2}-[0-9]{2}$"`
	// End is the last day of the plan, YYYY-MM-DD.
	End string `json:"end" jsonschema:"pattern=^[0-9]{4}-[0-9]{2}-[0-9]{2}$"`
	// Cap is the recovery cap of the person's level: the most glute volume (gym and plan) a week may hold, in hard-set equivalents. A week may have a lower cap of its own.
	Cap float64 `json:"cap" jsonschema:"minimum=0,maximum=20"`
	// Weeks holds the weeks of the plan in order.
	Weeks []Week `json:"weeks" jsonschema:"minItems=1,maxItems=52"`
	// MovementBreaks is the rule for breaks from sitting; EveryMinutes is 0 when none is needed.
	MovementBreaks MovementBreaks `json:"movement_breaks"`
	// PainRule is the pain-monitoring rule for the evening soreness score, lowest scores first.
	PainRule []PainBand `json:"pain_rule" jsonschema:"minItems=1,maxItems=10"`
	// RedFlags lists when to stop and see someone.
	RedFlags []string `json:"red_flags" jsonschema:"minItems=1,maxItems=20,maxLength=500,pattern=^[^\\x00-\\x1f\\x7f-\\x9f]*$"`
	// Warnings lists what the person should know first, most important first; at most 40, of at most 1,000 characters each.
	Warnings []string `json:"warnings" jsonschema:"maxItems=40,maxLength=1000,pattern=^[^\\x00-\\x1f\\x7f-\\x9f]*$"`
	// Excluded lists the catalog entries left out of the plan, grouped by the reason.
	Excluded []Excluded `json:"excluded" jsonschema:"maxItems=100000"`
	// Exercises holds the catalog entries the plan uses, so the plan is readable on its own.
	Exercises []catalog.Exercise `json:"exercises" jsonschema:"maxItems=1000"`
	// Next is what gluteplan next needs to continue the plan.
	Next Next `json:"next"`
	// Continues says which plan this one continues and how the log steered it; absent for a new plan.
	Continues *Continued `json:"continues,omitempty"`

	// excludedNames names the entries of Excluded in the plan's language,
	// for --explain: known when the plan is made, not kept in its file,
	// which gives ids only.
	excludedNames map[string]string
}

// PainBand is one band of the pain-monitoring rule: what to do when the
// evening soreness score is between From and To.
type PainBand struct {
	// From is the lowest score of the band, 0 to 10.
	From int `json:"from" jsonschema:"minimum=0,maximum=10"`
	// To is the highest score of the band, 0 to 10.
	To int `json:"to" jsonschema:"minimum=0,maximum=10"`
	// Say is what to do, in plain words.
	Say string `json:"say" jsonschema:"minLength=1,maxLength=500,pattern=^[^\\x00-\\x1f\\x7f-\\x9f]*$"`
}

// Week is one week of a [Plan].
type Week struct {
	// Week is the week's number, from 1, counted on across gluteplan next; at most 9999 (almost two centuries of plans).
	Week int `json:"week" jsonschema:"minimum=1,maximum=9999"`
	// Block is the number of the week's 4-week block, from 1, counted on across gluteplan next.
	Block int `json:"block" jsonschema:"minimum=1,maximum=2500"`
	// Phase is build for weeks that rise, deload for the lighter fourth week of a block.
	Phase Phase `json:"phase"`
	// Cap is the most glute volume (gym and plan) the week may hold, in hard-set equivalents.
	Cap float64 `json:"cap" jsonschema:"minimum=0,maximum=20"`
	// PlanHSE is the week's planned glute volume in hard-set equivalents, the sum of its days'; at most 20, the highest recovery cap.
	PlanHSE float64 `json:"plan_hse" jsonschema:"minimum=0,maximum=20"`
	// GymHSE is the week's glute volume from the person's own gym sessions: at most 7 gym days of 40 sets.
	GymHSE float64 `json:"gym_hse" jsonschema:"minimum=0,maximum=280"`
	// Days holds the seven days of the week, dates consecutive.
	Days []Day `json:"days" jsonschema:"minItems=7,maxItems=7"`
}

// Phase is the role of a week in its 4-week block.
type Phase string

// The phases of a week.
const (
	Build  Phase = "build"
	Deload Phase = "deload"
)

// JSONSchemaExtend lists the phases in the schema.
func (Phase) JSONSchemaExtend(s *jsonschema.Schema) { s.Enum = []any{string(Build), string(Deload)} }

// Day is one day of a [Week].
type Day struct {
	// Date is the day, YYYY-MM-DD.
	Date string `json:"date" jsonschema:"pattern=^[0-9]{4}-[0-9]{2}-[0-9]{2}$"`
	// Weekday is the day of the week.
	Weekday Weekday `json:"weekday"`
	// Session is the kind of session planned: activation, recovery (release and mobility only), primer (before a gym session) or rest.
	Session Session `json:"session"`
	// Gym says the person trains that day: an activity of theirs, the gym or another (Activity names it).
	Gym bool `json:"gym"`
	// Activity is the kind of the person's own training that day, or null.
	Activity *ActivityKind `json:"activity" jsonschema:"nullable"`
	// Minutes is the session's length, the sum of its items' minutes; at most 120, the longest session a profile allows.
	Minutes float64 `json:"minutes" jsonschema:"minimum=0,maximum=120"`
	// PlanHSE is the session's glute volume in hard-set equivalents, the sum of its items'.
	PlanHSE float64 `json:"plan_hse" jsonschema:"minimum=0,maximum=20"`
	// Items lists the exercises of the session, at most 5.
	Items []Item `json:"items" jsonschema:"maxItems=5"`
	// Ease says, on a day of the person's own training that counts glute sets, how the week asks them to ease it: eased (a lighter week, a step back's weeks, a first block at soreness 7 or more: the gym's glute sets at about half; a run, ride or game easy and about a third shorter) or eased_further (the lighter week of a block eased already: about a quarter of the gym's glute sets; a run, ride or game about a third of its usual length); absent when it is done as usual.
	Ease Ease `json:"ease,omitempty"`
}

// Ease is how a week asks the person to ease their own training on one
// of its days (rules 3, 5 and 18; a step back).
type Ease string

// The ways of easing the person's own training; "" is as usual.
const (
	Eased        Ease = "eased"
	EasedFurther Ease = "eased_further"
)

// JSONSchemaExtend lists the ways of easing in the schema.
func (Ease) JSONSchemaExtend(s *jsonschema.Schema) {
	s.Enum = []any{string(Eased), string(EasedFurther)}
}

// Session is the kind of a day's session.
type Session string

// The kinds of session.
const (
	ActivationSession Session = "activation"
	RecoverySession   Session = "recovery"
	PrimerSession     Session = "primer"
	RestDay           Session = "rest"
)

// JSONSchemaExtend lists the session kinds in the schema.
func (Session) JSONSchemaExtend(s *jsonschema.Schema) {
	s.Enum = []any{string(ActivationSession), string(RecoverySession), string(PrimerSession), string(RestDay)}
}

// Item is one exercise of a session with its dose for that day.
type Item struct {
	// Exercise is the id of the catalog entry.
	Exercise string `json:"exercise" jsonschema:"pattern=^[a-z0-9]+(-[a-z0-9]+)*$,maxLength=80"`
	// Name is the entry's name, for readers of the JSON.
	Name string `json:"name" jsonschema:"maxLength=80,pattern=^[^\\x00-\\x1f\\x7f-\\x9f]*$"`
	// Category is the entry's kind of work.
	Category catalog.Category `json:"category"`
	// Sets is the number of sets, at most 20; for a per-side item a set means both sides.
	Sets int `json:"sets" jsonschema:"minimum=1,maximum=20"`
	// Reps is the repetitions per set, 0 for a timed item; at most 75, one and a half times a catalog's most.
	Reps int `json:"reps" jsonschema:"minimum=0,maximum=75"`
	// Seconds is the time per set, 0 for an item counted in reps; at most 450, one and a half times a catalog's most.
	Seconds int `json:"seconds" jsonschema:"minimum=0,maximum=450"`
	// HoldSeconds is the pause held at the end of each rep, at most 90.
	HoldSeconds int `json:"hold_seconds" jsonschema:"minimum=0,maximum=90"`
	// PerSide says the dose is done on each side in turn.
	PerSide bool `json:"per_side"`
	// RestSeconds is the rest after each set, at most 180.
	RestSeconds int `json:"rest_seconds" jsonschema:"minimum=0,maximum=180"`
	// Minutes is the item's time: its work plus its rests.
	Minutes float64 `json:"minutes" jsonschema:"minimum=0,maximum=120"`
	// DoseRatio is the work of one planned set over the work of one set at the entry's starting dose: from 0.5 up to the entry's dose_max.
	DoseRatio float64 `json:"dose_ratio" jsonschema:"minimum=0.5,maximum=50"`
	// PlanHSE is the item's glute volume: sets times the entry's glute load times the dose ratio.
	PlanHSE float64 `json:"plan_hse" jsonschema:"minimum=0,maximum=20"`
	// Effort says how hard a strengthening item should feel (rule 16); empty for other items.
	Effort string `json:"effort,omitempty" jsonschema:"maxLength=200,pattern=^[^\\x00-\\x1f\\x7f-\\x9f]*$"`
	// Why says why the item is in this session.
	Why string `json:"why" jsonschema:"maxLength=1000,pattern=^[^\\x00-\\x1f\\x7f-\\x9f]*$"`
}

// Dose is the item's dose as a catalog gives one, for the language layer
// to say ("2 × 10, hold 5 s, each side").
func (it Item) Dose() catalog.Dose {
	return catalog.Dose{Sets: it.Sets, Reps: it.Reps, Seconds: it.Seconds, HoldSeconds: it.HoldSeconds, PerSide: it.PerSide, RestSeconds: it.RestSeconds}
}

// MovementBreaks is the rule for breaking up long sitting.
type MovementBreaks struct {
	// EveryMinutes is how often to get up, 30 to 60 minutes; 0 when the person sits little.
	EveryMinutes int `json:"every_minutes" jsonschema:"minimum=0,maximum=60"`
	// Exercises lists desk-friendly entries to do in a break, at most 3.
	Exercises []string `json:"exercises" jsonschema:"maxItems=3,pattern=^[a-z0-9]+(-[a-z0-9]+)*$,maxLength=80"`
}

// Excluded is a reason catalog entries were left out of a plan, and those
// entries.
type Excluded struct {
	// Reason says why they were left out.
	Reason string `json:"reason" jsonschema:"maxLength=1000,pattern=^[^\\x00-\\x1f\\x7f-\\x9f]*$"`
	// Exercises lists the ids of the entries left out for it, in catalog order.
	Exercises []string `json:"exercises" jsonschema:"minItems=1,maxItems=100000,items.pattern=^[a-z0-9]+(-[a-z0-9]+)*$"`
}

// Next is the state a plan hands on to gluteplan next: where the plan
// ended, the levels the next block starts from, and each routine
// exercise's last dose.
type Next struct {
	// Week is the number of the plan's last week.
	Week int `json:"week" jsonschema:"minimum=0,maximum=9999"`
	// Block is the number of the plan's last block.
	Block int `json:"block" jsonschema:"minimum=0,maximum=2500"`
	// BuildHSE is the plan volume of the last build week: the next block starts at most at this level.
	BuildHSE float64 `json:"build_hse" jsonschema:"minimum=0,maximum=20"`
	// DeloadHSE is the plan volume of the last deload week, or of the first week when there was none: where a block that steps back starts.
	DeloadHSE float64 `json:"deload_hse" jsonschema:"minimum=0,maximum=20"`
	// Exercises holds the last dose of each exercise of the last block's routines.
	Exercises []Progress `json:"exercises" jsonschema:"maxItems=100"`
	// Since gives, for each condition of the profile, the block its first block was: the rules for a condition's first block count from there.
	Since map[Condition]int `json:"since,omitempty"`
	// Catalogs lists the custom catalog files the plan was made from, by name; gluteplan next needs them again.
	Catalogs []string `json:"catalogs,omitempty" jsonschema:"maxItems=100,items.maxLength=255"`
	// NoDefaultCatalog says the plan was made from its custom catalogs alone, without the default catalog.
	NoDefaultCatalog bool `json:"no_default_catalog,omitempty"`
}

// Progress is where one exercise of a routine stands at the end of a plan.
type Progress struct {
	// Exercise is the id of the catalog entry.
	Exercise string `json:"exercise" jsonschema:"pattern=^[a-z0-9]+(-[a-z0-9]+)*$,maxLength=80"`
	// Sets is the weekly sets of its last build week, per session.
	Sets int `json:"sets" jsonschema:"minimum=0,maximum=20"`
	// Reps, Seconds and HoldSeconds are the dose per set of its last build week.
	Reps        int `json:"reps" jsonschema:"minimum=0,maximum=75"`
	Seconds     int `json:"seconds" jsonschema:"minimum=0,maximum=450"`
	HoldSeconds int `json:"hold_seconds" jsonschema:"minimum=0,maximum=90"`
	// AtCeiling says the exercise spent its last block at its highest dose, so its harder variant may follow.
	AtCeiling bool `json:"at_ceiling"`
}
