package planner

import (
	"strings"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner/format"
)

// ruledOut says why entry e can never be planned for profile p, or "" when
// it can. It is the one home of the exclusions: contraindications and hip
// compression (rule 9), equipment and limits (rule 8), level, and load in
// work that must carry none.
func ruledOut(e *catalog.Exercise, p Profile) string {
	say := p.Language()
	for _, c := range e.Contraindications {
		if p.contraindicated(c) {
			return say.Sayf("not advised with %s: the catalog says so", valueWords(say, c))
		}
	}
	if e.HipCompression && p.Has(GlutealTendinopathy) {
		return say.Sayf("it presses on the outer hip (%s), which irritates the tendons in gluteal tendinopathy", compressionWords(say, e))
	}
	var missing []string
	for _, q := range e.Equipment {
		if !p.Owns(q) {
			missing = append(missing, valueWords(say, q))
		}
	}
	if len(missing) > 0 {
		return say.Sayf("needs %s, which is not in your equipment", strings.Join(missing, say.Say(" and ")))
	}
	switch {
	case p.Limited(NoFloor) && e.Position.Floor():
		return say.Sayf("done %s, and you do not get down to the floor", positionWords(say, e.Position))
	case p.Limited(NoKneeling) && (e.Position == catalog.Kneeling || e.Position == catalog.Quadruped):
		return say.Sayf("done %s, and you do not kneel", positionWords(say, e.Position))
	case p.Limited(NeedsSupport) && e.Position == catalog.SingleLegStanding && !p.Owns(catalog.Wall) && !p.Owns(catalog.Chair):
		return say.Say("done on one leg, and you need a wall or a chair to hold, which is not in your equipment")
	}
	if e.Level.Rank() > p.Level.Rank() {
		return say.Sayf("an %s exercise; your level is %s", valueWords(say, e.Level), valueWords(say, p.Level))
	}
	if e.Category != catalog.Activation && e.GluteLoad > 0 {
		// Warm-ups, recovery days and movement breaks must not add load that
		// the weekly rules do not count.
		return say.Sayf("a %s that the catalog says loads the glutes; the plan keeps stretches and release free of load", valueWords(say, e.Category))
	}
	return ""
}

// blockOut says why entry e waits in block b although it is not ruled out
// for good, or "": with gluteal tendinopathy, block 1 holds beginner,
// isometric activation only and no single-leg standing work (rule 9).
func blockOut(e *catalog.Exercise, p Profile, b int) string {
	if b > 1 || !p.Has(GlutealTendinopathy) {
		return ""
	}
	say := p.Language()
	switch {
	case e.Position == catalog.SingleLegStanding:
		return say.Say("single-leg standing work waits until the second block with gluteal tendinopathy")
	case e.Category != catalog.Activation:
		return ""
	case e.Level != catalog.Beginner:
		return say.Say("with gluteal tendinopathy the first block keeps to beginner exercises")
	case !isometric(e):
		return say.Say("with gluteal tendinopathy the first block keeps to holds without movement (isometric work), which calm the tendons")
	}
	return ""
}

// isometric reports whether e is a hold: timed, or held 10 s or more a rep
// at its catalog dose.
func isometric(e *catalog.Exercise) bool {
	return e.Dose.Seconds > 0 || e.Dose.HoldSeconds >= 10
}

// abductor reports whether e's main target is a hip abductor.
func abductor(e *catalog.Exercise) bool {
	t := e.Targets[0]
	return t == catalog.GluteusMedius || t == catalog.GluteusMinimus
}

// stretch reports whether e is a stretch, dynamic or static (rule 14).
func stretch(e *catalog.Exercise) bool {
	return e.Category == catalog.DynamicStretch || e.Category == catalog.StaticStretch
}

// piriformisWork reports whether e is a static stretch or a release whose
// main target is the piriformis (rule 9).
func piriformisWork(e *catalog.Exercise) bool {
	return e.Targets[0] == catalog.Piriformis &&
		(e.Category == catalog.StaticStretch || e.Category == catalog.MyofascialRelease)
}

// compressionWords names, as best the entry's position tells, how it
// presses on the outer hip.
func compressionWords(say *format.Language, e *catalog.Exercise) string {
	if e.Position == catalog.SideLying {
		return positionWords(say, catalog.SideLying)
	}
	return say.Say("the catalog marks it: crossing the legs, pulling the thigh across the body or pressing on the hip bone")
}

// positionWords says where a position is done, for reasons.
func positionWords(say *format.Language, p catalog.Position) string {
	switch p {
	case catalog.Supine:
		return say.Say("lying on the back")
	case catalog.Prone:
		return say.Say("lying face down")
	case catalog.SideLying:
		return say.Say("lying on one side")
	case catalog.Quadruped:
		return say.Say("on hands and knees")
	case catalog.Kneeling:
		return say.Say("kneeling")
	case catalog.FloorSeated:
		return say.Say("sitting on the floor")
	case catalog.Seated:
		return say.Say("sitting on a chair")
	case catalog.SingleLegStanding:
		return say.Say("standing on one leg")
	}
	return say.Say("standing")
}

// words turns an enum value like foam_roller into words.
func words[T ~string](x T) string { return strings.ReplaceAll(string(x), "_", " ") }

// catalogWords holds, as keys for [format.Language.Say], the words of the
// catalog's values that reasons name: each is [words] of its value.
var catalogWords = []string{
	// Conditions.
	format.Key("gluteal tendinopathy"), format.Key("piriformis syndrome"),
	// Equipment.
	format.Key("foam roller"), format.Key("massage ball"), format.Key("resistance band"), format.Key("mini band"),
	format.Key("chair"), format.Key("wall"), format.Key("step"), format.Key("bench"), format.Key("dumbbell"),
	format.Key("kettlebell"), format.Key("strap"), format.Key("exercise ball"), format.Key("mat"),
	// Levels.
	format.Key("beginner"), format.Key("intermediate"), format.Key("advanced"),
	// Categories but activation, which no reason names.
	format.Key("dynamic stretch"), format.Key("myofascial release"), format.Key("static stretch"),
}

// valueWords says a catalog value like foam_roller in words in say: "foam
// roller", "Faszienrolle".
func valueWords[T ~string](say *format.Language, x T) string { return say.Say(words(x)) }

// floorFlag reports whether e is done on the floor, for counting the times
// a session goes down and up (rule 14).
func floorFlag(e *catalog.Exercise) bool { return e.Position.Floor() }

// holdsOn reports whether the person must hold a wall or chair for e (rule 8).
func holdsOn(e *catalog.Exercise, p Profile) bool {
	return p.Limited(NeedsSupport) && e.Position == catalog.SingleLegStanding
}
