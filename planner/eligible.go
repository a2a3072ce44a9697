package planner

import (
	"fmt"
	"strings"

	"github.com/gluteplan/gluteplan/catalog"
)

// ruledOut says why entry e can never be planned for profile p, or "" when
// it can. It is the one home of the exclusions: contraindications and hip
// compression (rule 9), equipment and limits (rule 8), level, and load in
// work that must carry none.
func ruledOut(e *catalog.Exercise, p Profile) string {
	for _, c := range e.Contraindications {
		if p.Has(c) {
			return fmt.Sprintf("not advised with %s: the catalog says so", words(c))
		}
	}
	if e.HipCompression && p.Has(catalog.GlutealTendinopathy) {
		return "it presses on the outer hip (" + compressionWords(e) + "), which irritates the tendons in gluteal tendinopathy"
	}
	var missing []string
	for _, q := range e.Equipment {
		if !p.Owns(q) {
			missing = append(missing, words(q))
		}
	}
	if len(missing) > 0 {
		return "needs " + strings.Join(missing, " and ") + ", which is not in your equipment"
	}
	switch {
	case p.Limited(NoFloor) && e.Position.Floor():
		return fmt.Sprintf("done %s, and you do not get down to the floor", positionWords(e.Position))
	case p.Limited(NoKneeling) && (e.Position == catalog.Kneeling || e.Position == catalog.Quadruped):
		return fmt.Sprintf("done %s, and you do not kneel", positionWords(e.Position))
	case p.Limited(NeedsSupport) && e.Position == catalog.SingleLegStanding && !p.Owns(catalog.Wall) && !p.Owns(catalog.Chair):
		return "done on one leg, and you need a wall or a chair to hold, which is not in your equipment"
	}
	if e.Level.Rank() > p.Level.Rank() {
		return fmt.Sprintf("an %s exercise; your level is %s", e.Level, p.Level)
	}
	if e.Category != catalog.Activation && e.GluteLoad > 0 {
		// Warm-ups, recovery days and movement breaks must not add load that
		// the weekly rules do not count.
		return fmt.Sprintf("a %s that the catalog says loads the glutes; the plan keeps stretches and release free of load", words(e.Category))
	}
	return ""
}

// blockOut says why entry e waits in block b although it is not ruled out
// for good, or "": with gluteal tendinopathy, block 1 holds beginner,
// isometric activation only and no single-leg standing work (rule 9).
func blockOut(e *catalog.Exercise, p Profile, b int) string {
	if b > 1 || !p.Has(catalog.GlutealTendinopathy) {
		return ""
	}
	switch {
	case e.Position == catalog.SingleLegStanding:
		return "single-leg standing work waits until the second block with gluteal tendinopathy"
	case e.Category != catalog.Activation:
		return ""
	case e.Level != catalog.Beginner:
		return "with gluteal tendinopathy the first block keeps to beginner exercises"
	case !isometric(e):
		return "with gluteal tendinopathy the first block keeps to holds without movement (isometric work), which calm the tendons"
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
func compressionWords(e *catalog.Exercise) string {
	if e.Position == catalog.SideLying {
		return "lying on one side"
	}
	return "the catalog marks it: crossing the legs, pulling the thigh across the body or pressing on the hip bone"
}

// positionWords says where a position is done, for reasons.
func positionWords(p catalog.Position) string {
	switch p {
	case catalog.Supine:
		return "lying on the back"
	case catalog.Prone:
		return "lying face down"
	case catalog.SideLying:
		return "lying on one side"
	case catalog.Quadruped:
		return "on hands and knees"
	case catalog.Kneeling:
		return "kneeling"
	case catalog.FloorSeated:
		return "sitting on the floor"
	case catalog.Seated:
		return "sitting on a chair"
	case catalog.SingleLegStanding:
		return "standing on one leg"
	}
	return "standing"
}

// words turns an enum value like foam_roller into words.
func words[T ~string](x T) string { return strings.ReplaceAll(string(x), "_", " ") }

// floorFlag reports whether e is done on the floor, for counting the times
// a session goes down and up (rule 14).
func floorFlag(e *catalog.Exercise) bool { return e.Position.Floor() }

// holdsOn reports whether the person must hold a wall or chair for e (rule 8).
func holdsOn(e *catalog.Exercise, p Profile) bool {
	return p.Limited(NeedsSupport) && e.Position == catalog.SingleLegStanding
}
