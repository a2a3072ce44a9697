package planner

import (
	"slices"
	"strings"

	"github.com/gluteplan/gluteplan/planner/locale"
)

// Referral is what screening says instead of a plan.
type Referral struct {
	// Urgent is set for symptoms that call for urgent care today.
	Urgent bool
	// Symptoms lists the red-flag symptoms that caused the referral.
	Symptoms []Symptom
	// Reasons says, one line for each symptom (and for severe soreness),
	// why it needs a professional's eyes, in plain words in the profile's
	// language.
	Reasons []string
	// Message says, calmly and plainly, whom to see and why, in the
	// profile's language.
	Message string
}

// ReferSoreness is the soreness score from which gluteplan refers instead of
// planning (README rule 1).
const ReferSoreness = 8

// symptomReasons says in plain words why each symptom needs a check; the
// words are English, said in the profile's language.
var symptomReasons = map[Symptom]string{
	BladderBowel:   locale.Key("changes in bladder or bowel control can mean that nerves at the base of the spine are pressed"),
	SaddleNumbness: locale.Key("numbness between the legs or around the back passage can mean that nerves at the base of the spine are pressed"),
	Numbness:       locale.Key("numbness in the leg can mean that a nerve is irritated, often at the lower back"),
	Tingling:       locale.Key("tingling down the leg can mean that a nerve is irritated, often at the lower back"),
	LegWeakness:    locale.Key("weakness in the leg can mean that a nerve is not working as it should"),
	PainBelowKnee:  locale.Key("pain that reaches below the knee often comes from the lower back rather than the glutes"),
	SeverePain:     locale.Key("severe pain needs a diagnosis before exercise"),
	NightPain:      locale.Key("pain at night that no position eases needs a doctor to look for its cause"),
	Fever:          locale.Key("pain with a fever can be a sign of an infection"),
	Trauma:         locale.Key("pain that began with a fall or an accident needs checking for an injury first"),
	CancerHistory:  locale.Key("with a history of cancer, new pain deserves a doctor's look before exercise"),
	BothLegs:       locale.Key("numbness, tingling or weakness in both legs can mean that nerves at the base of the spine are pressed"),
	CannotBear:     locale.Key("not being able to stand or walk on the leg, especially after a fall, needs checking for a broken bone"),
	LegSwelling:    locale.Key("a swollen, warm calf or thigh can be a blood clot, which is more likely in the months after giving birth"),
	WeightLoss:     locale.Key("weight loss you cannot explain, with the pain, deserves a doctor's look before exercise"),
	ImpactPain:     locale.Key("groin or hip pain when you land or at rest can be a stress injury of the bone, which needs checking before exercise"),
}

// urgent lists the symptoms that call for urgent care today (rule 1).
var urgent = []Symptom{BladderBowel, SaddleNumbness, BothLegs, Fever, CannotBear, LegSwelling}

// partOfPiriformis lists the symptoms that diagnosed piriformis syndrome
// explains: the plan goes ahead, with a warning to get rechecked (rule 1).
var partOfPiriformis = []Symptom{Tingling, PainBelowKnee}

// referring returns the symptoms of p that stop planning: all of them but
// those diagnosed piriformis syndrome explains.
func referring(p Profile) []Symptom {
	var out []Symptom
	for _, s := range Symptoms { // in a fixed order, whatever the profile's
		if slices.Contains(p.Symptoms, s) && !(p.Has(PiriformisSyndrome) && slices.Contains(partOfPiriformis, s)) {
			out = append(out, s)
		}
	}
	return out
}

// Screen applies rule 1: a warning symptom, or soreness of 8 or more,
// stops planning with a referral; with diagnosed piriformis syndrome,
// tingling and pain below the knee do not. It returns nil when there is
// none.
func Screen(p Profile) *Referral {
	syms := referring(p)
	if len(syms) == 0 && p.Soreness < ReferSoreness {
		return nil
	}
	say := p.Language()
	r := &Referral{Symptoms: syms}
	for _, s := range syms {
		r.Reasons = append(r.Reasons, say.Say(symptomReasons[s]))
		r.Urgent = r.Urgent || slices.Contains(urgent, s)
	}
	if p.Soreness >= ReferSoreness {
		r.Reasons = append(r.Reasons, say.Sayf("soreness of %d out of 10 is more than a home program should work through", p.Soreness))
	}
	why := strings.Join(r.Reasons, "; ")
	if r.Urgent {
		r.Message = say.Sayf("Please go to urgent care or an emergency department today: %s. "+
			"gluteplan has not made a plan: exercise can wait until you have been seen.", why)
		return r
	}
	r.Message = say.Sayf("Please see a physical therapist or doctor before you start a glute program: %s. "+
		"gluteplan has not made a plan; once you have been checked, run it again.", why)
	return r
}
