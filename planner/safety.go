package planner

import "github.com/gluteplan/gluteplan/planner/locale"

// The pain-monitoring rule (README rule 15): one rule on the evening
// soreness score, the same in the terminal, the JSON and the PDF, and the
// thresholds gluteplan next reads a log with.
const (
	// PainCarryOn is the highest evening score at which the plan carries on.
	PainCarryOn = 3
	// PainWatch is the highest score that is fine when it is back to usual by the next morning.
	PainWatch = 5
	// PainStepBack is the lowest score at which the next sessions go back to last week's doses.
	PainStepBack = 6
	// PainStop is the lowest score at which the person stops and gets checked.
	PainStop = 8
)

// PainRule returns the pain-monitoring rule in language l, lowest scores
// first.
func PainRule(l *locale.Language) []PainBand {
	return []PainBand{
		{From: 0, To: PainCarryOn, Say: l.Say("Carry on as planned.")},
		{From: PainCarryOn + 1, To: PainWatch, Say: l.Say("Fine if it is back to your usual by the next morning. If it is not, treat it as a 6.")},
		{From: PainStepBack, To: PainStop - 1, Say: l.Say("Go back to last week's doses and effort (in a plan's first week or a lighter week: one set fewer of each exercise that has more than one), and do the same if it is worse the next morning. Once the evenings are back to 5 or less, carry on as planned. Still 6 or more after a week back: stop the exercises that say how hard they should feel (warm-ups, stretches, release and movement breaks may go on) and get checked.")},
		// The movement breaks (rule 10) are short walks and light moves for
		// sitting, not training: they may go on (fourteenth German reading).
		{From: PainStop, To: 10, Say: l.Say("Stop the plan's exercises and get checked by a physical therapist or doctor. Short movement breaks and walks are fine if they do not make it worse.")},
	}
}

// RedFlags returns when to stop and see someone, in plain words in
// language l, for profile p: every plan carries them (rule 1). Someone
// whose soreness a professional has seen is told to go back to them when
// it gets worse, not to get a first check; someone with a diagnosis who
// did not say they are seen (seen false) is told to go back to whoever
// diagnosed it, never that someone is treating them.
func RedFlags(l *locale.Language, p Profile) []string {
	last := l.Say("Soreness of 8 or more out of 10, or soreness that clearly gets worse: stop and get it checked.")
	switch {
	case p.Seen:
		last = l.Say("Soreness of 8 or more out of 10, or soreness that clearly gets worse: stop and tell whoever is treating you.")
	case p.WasSeen():
		last = l.Say("Soreness of 8 or more out of 10, or soreness that clearly gets worse: stop and go back to whoever diagnosed it.")
	}
	leg := l.Say("Numbness or tingling that spreads down the leg and does not fade soon after, weakness in the leg, or pain below the knee: see a physical therapist or doctor before going on.")
	if p.Has(PiriformisSyndrome) {
		// Piriformis syndrome can bring some tingling or pain down the
		// leg of its own (rule 1 plans for it): what the person knows
		// already is no reason to stop, what is new or clearly worse is.
		leg = l.Say("Numbness or tingling down the leg that is new or clearly worse than you know it, weakness in the leg, or new pain below the knee: see a physical therapist or doctor before going on.")
	}
	urgent := l.Say("Sudden loss of bladder or bowel control, new trouble passing urine, numbness between the legs or around the back passage, numbness or weakness in both legs, " +
		"a swollen warm calf, or a leg you cannot stand on: go to urgent care today.")
	if p.Has(Postpartum) {
		// Beside the note that leaking after birth is common and not
		// urgent (rule 1): a physiotherapist read the two as one.
		urgent += " " + l.Say("This is not the leaking many have after giving birth.")
	}
	return []string{
		urgent,
		leg,
		l.Say("Pain at night that no position eases, a fever, weight loss you cannot explain, or pain that began with a fall or accident: see a doctor."),
		last,
	}
}
