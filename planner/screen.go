package planner

import (
	"slices"
	"strings"

	"github.com/gluteplan/gluteplan/planner/format"
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
	BladderBowel:   format.Key("changes in bladder or bowel control can mean that nerves at the base of the spine are pressed"),
	SaddleNumbness: format.Key("numbness between the legs or around the back passage can mean that nerves at the base of the spine are pressed"),
	Numbness:       format.Key("numbness in the leg can mean that a nerve is irritated, often at the lower back"),
	Tingling:       format.Key("tingling down the leg can mean that a nerve is irritated, often at the lower back"),
	LegWeakness:    format.Key("weakness in the leg can mean that a nerve is not working as it should"),
	PainBelowKnee:  format.Key("pain that reaches below the knee often comes from the lower back rather than the glutes"),
	SeverePain:     format.Key("severe pain needs a diagnosis before exercise"),
	NightPain:      format.Key("pain at night that no position eases needs a doctor to look for its cause"),
	Fever:          format.Key("pain with a fever can be a sign of an infection"),
	Trauma:         format.Key("pain that began with a fall or an accident needs checking for an injury first"),
	CancerHistory:  format.Key("with a history of cancer, new pain deserves a doctor's look before exercise"),
}

// Screen applies rule 1: a red-flag symptom, or soreness of 8 or more,
// stops planning with a referral. It returns nil when there is none.
func Screen(p Profile) *Referral {
	if len(p.Symptoms) == 0 && p.Soreness < ReferSoreness {
		return nil
	}
	say := p.Language()
	r := &Referral{Symptoms: slices.Clone(p.Symptoms)}
	for _, s := range Symptoms { // in a fixed order, whatever the profile's
		if slices.Contains(p.Symptoms, s) {
			r.Reasons = append(r.Reasons, say.Say(symptomReasons[s]))
			r.Urgent = r.Urgent || s == BladderBowel || s == SaddleNumbness
		}
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
