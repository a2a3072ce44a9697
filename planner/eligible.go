package planner

import (
	"slices"
	"strings"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// ruledOut says why entry e can never be planned for profile p, or "" when
// it can. It is the one home of the exclusions: contraindications and hip
// compression (rule 9), equipment and limits (rule 8), level, and load in
// work that must carry none.
func ruledOut(e *catalog.Exercise, p Profile) string {
	say := p.Language()
	for _, c := range e.Contraindications {
		if p.contraindicated(c) {
			if w := notAdvisedWords[c]; w != "" {
				return say.Say(w)
			}
			return say.Sayf("not advised with %s", valueWords(say, c))
		}
	}
	if e.HipCompression && p.Has(GlutealTendinopathy) {
		return say.Sayf("it presses on the outer hip (%s), which can irritate the tendons in gluteal tendinopathy", compressionWords(say, e))
	}
	var missing []string
	for _, q := range e.Equipment {
		if !p.Owns(q) {
			missing = append(missing, valueWords(say, q))
		}
	}
	if len(e.EquipmentAny) > 0 && !slices.ContainsFunc(e.EquipmentAny, p.Owns) {
		var any []string
		for _, q := range e.EquipmentAny {
			any = append(any, valueWords(say, q))
		}
		missing = append(missing, strings.Join(any, say.Say(" or ")))
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
		if e.Level == catalog.Advanced {
			return say.Sayf("an advanced exercise; your level is %s", valueWords(say, p.Level))
		}
		return say.Sayf("an intermediate exercise; your level is %s", valueWords(say, p.Level))
	}
	if deskWork(e) && p.SittingHours < DeskSittingHours && !p.Has(GlutealTendinopathy) {
		// Made for the desk (rule 10's sitting), it serves no one who
		// does not sit for long; the seated hip press is one of the holds
		// gluteal tendinopathy asks for (rule 9), so it stays for them.
		return say.Sayf("made for long spells of sitting, and you sit less than %d hours a day", DeskSittingHours)
	}
	if e.Category != catalog.Activation && e.GluteLoad > 0 {
		// Warm-ups, recovery days and movement breaks must not add load that
		// the weekly rules do not count.
		return say.Sayf("a %s that the catalog says loads the glutes; the plan keeps stretches and release free of load", valueWords(say, e.Category))
	}
	return ""
}

// LeftOutWith reports whether rule 9 leaves entry e out of every plan for
// condition c, for that condition: ruledOut gives another answer for a
// profile with it than for the same profile without it, a profile that
// nothing else rules e out for (e's equipment, no limits, the top level,
// long sitting).
func LeftOutWith(e *catalog.Exercise, c Condition) bool {
	p := DefaultProfile()
	p.Equipment = append(append([]catalog.Equipment{}, e.Equipment...), e.EquipmentAny...)
	p.Level, p.SittingHours = catalog.Advanced, DeskSittingHours
	without := ruledOut(e, p)
	p.Conditions = []Condition{c}
	with := ruledOut(e, p)
	return with != "" && with != without
}

// LeftOutNotes say, for the catalog sheet's card of entry e, each
// condition a plan leaves it out for (rule 9), with the reason that fits
// it (German readings 14, 21, 23 and 25). For gluteal tendinopathy: a
// foot on the other knee (a figure four) pulls the tendons taut over the
// bony point at the side of the hip and squeezes them; another position
// that takes the leg across the middle of the body (a stretch) squeezes
// them too; a kneeling stretch (the pigeon) bends the front hip deeply,
// turned out, with its outer side on the floor under the body's weight; lying on the side presses on the lower hip and lets the upper
// leg sink across; a side plank loads the lower hip's abductors with much
// of the body's weight; a roller at the side of the hip presses on the tendons
// there; an entry the catalog only advises against says no more. For
// piriformis syndrome, steps and deep stretches get a reason, another
// entry the catalog advises against none. None is nil.
func LeftOutNotes(say *locale.Language, e *catalog.Exercise) []string {
	var notes []string
	if LeftOutWith(e, GlutealTendinopathy) {
		switch {
		case !e.HipCompression:
			notes = append(notes, say.Say("Not planned with gluteal tendinopathy."))
		case e.Position == catalog.SideLying && e.Category == catalog.MyofascialRelease:
			notes = append(notes, say.Say("Not planned with gluteal tendinopathy: lying on a roller at the side of the hip presses on the tendons there."))
		case e.Position == catalog.SideLying && e.Dose.Seconds > 0:
			notes = append(notes, say.Say("Not planned with gluteal tendinopathy: the lower hip's abductors hold up much of the body's weight, too much load too early for irritated tendons."))
		case e.Position == catalog.SideLying:
			notes = append(notes, say.Say("Not planned with gluteal tendinopathy: lying on the side presses on the lower hip, and the upper leg sinks across the body; both squeeze the tendons."))
		case catalog.FootOnKnee(*e):
			notes = append(notes, say.Say("Not planned with gluteal tendinopathy: a foot on the other knee pulls the tendons at the side of the hip taut over the bony point there and squeezes them."))
		case stretch(e) && e.Position == catalog.Kneeling:
			// The pigeon (thirty-eighth German reading: its card gave
			// the crossing leg's reason).
			notes = append(notes, say.Say("Not planned with gluteal tendinopathy: the front hip lies bent and turned out on its outer side, pressing the tendons onto the bony point there."))
		case stretch(e) || catalog.Crosses(*e):
			notes = append(notes, say.Say("Not planned with gluteal tendinopathy: the leg crosses the middle of the body, which squeezes the tendons at the side of the hip."))
		default:
			notes = append(notes, say.Say("Not planned with gluteal tendinopathy: it presses on the tendons at the side of the hip."))
		}
	}
	if !LeftOutWith(e, GlutealTendinopathy) && e.Position == catalog.SingleLegStanding {
		// Rule 9's first block keeps off one leg (blockOut): the card says
		// so, or a colleague reads a one-leg stand as fit for sore tendons
		// from the start (forty-fifth German reading).
		notes = append(notes, say.Say("Not in the first block with gluteal tendinopathy: standing on one leg loads the tendons at the side of the hip."))
	}
	if LeftOutWith(e, PiriformisSyndrome) {
		// The catalog has no field for its reason; the sheet gives the one
		// that fits the kind of entry (fifteenth German reading: a mark
		// without a reason): stepping up and down, like stairs, brings the
		// pain on (the article); a deep stretch can irritate the muscle and
		// the nerve beside it.
		switch {
		case slices.Contains(e.Equipment, catalog.Step):
			notes = append(notes, say.Say("Not planned with piriformis syndrome: stepping up and down, as on stairs, often brings the pain on."))
		case stretch(e):
			notes = append(notes, say.Say("Not planned with piriformis syndrome: a deep stretch can irritate the muscle and the nerve beside it."))
		default:
			notes = append(notes, say.Say("Not planned with piriformis syndrome."))
		}
	}
	return notes
}

// notAdvisedWords say why an entry the catalog rules out for a condition
// is left out: one sentence for each condition, as German names the
// syndrome with its article and the tendinopathy without.
var notAdvisedWords = map[catalog.Condition]string{
	catalog.GlutealTendinopathy: locale.Key("not advised with gluteal tendinopathy"),
	catalog.PiriformisSyndrome:  locale.Key("not advised with piriformis syndrome"),
}

// blockOut says why entry e waits in block bl although it is not ruled
// out for good, or "" (rule 9). With gluteal tendinopathy, its first block
// holds beginner, isometric activation only and no single-leg standing
// work. After giving birth, the first block keeps to beginner entries and,
// after a caesarean, to unloaded ones; until 6 weeks after the birth only
// pelvic-floor work, gentle mobility and light holds; until 12 weeks no
// jumping or running drills.
func (b *basis) blockOut(e *catalog.Exercise, bl int) string {
	say := b.say
	if b.firstBlock(GlutealTendinopathy, bl) {
		switch {
		case e.Position == catalog.SingleLegStanding:
			return say.Say("single-leg standing work waits until the second block with gluteal tendinopathy")
		case e.Category != catalog.Activation || e.GluteLoad == 0:
			// Work that loads no glute, a pelvic-floor exercise say,
			// spares the tendons whatever it is.
		case e.Level != catalog.Beginner:
			return say.Say("with gluteal tendinopathy the first block keeps to beginner exercises")
		case !isometric(e):
			return say.Say("with gluteal tendinopathy the first block keeps to holds without movement (isometric work), which sore tendons usually tolerate well")
		}
	}
	if !b.p.Has(Postpartum) {
		return ""
	}
	weeks, known := b.weeksAfterBirth(bl)
	switch {
	case known && weeks < EarlyPostpartumWeeks && !gentle(e):
		return say.Sayf("in the first %d weeks after giving birth the plan keeps to pelvic-floor work, gentle mobility and light holds", EarlyPostpartumWeeks)
	case (!known || weeks < ImpactPostpartumWeeks) && impactDrill(e):
		return say.Sayf("no jumping or running drills until at least %d weeks after giving birth, and until walking and the strength checks cause no leaking, heaviness or pain", ImpactPostpartumWeeks)
	case b.firstBlock(Postpartum, bl) && e.Level != catalog.Beginner:
		return say.Say("after giving birth the first block keeps to beginner exercises")
	case b.firstBlock(Postpartum, bl) && b.p.Caesarean && weighted(e):
		return say.Say("after a caesarean the first block leaves out exercises with a weight or a bench")
	}
	return ""
}

// The weeks after giving birth that rule 9 speaks of (Goom, Donnelly and
// Brockwell 2019).
const (
	// EarlyPostpartumWeeks: until then only pelvic-floor work, gentle
	// mobility and light holds.
	EarlyPostpartumWeeks = 6
	// ImpactPostpartumWeeks: until then no jumping or running drills, and
	// runs are planned as walks.
	ImpactPostpartumWeeks = 12
)

// weeksAfterBirth returns how many whole weeks after the birth block bl
// of the run starts (its first week in the run), and whether the profile
// gives the birth date.
func (b *basis) weeksAfterBirth(bl int) (int, bool) {
	birth, err := ParseDate(b.p.BirthDate)
	if b.p.BirthDate == "" || err != nil {
		return 0, false
	}
	w := max(b.firstWeek, (bl-1)*BlockWeeks+1)
	start := b.start.AddDate(0, 0, 7*(w-b.firstWeek))
	return int(start.Sub(birth).Hours() / 24 / 7), true
}

// gentle reports whether e suits the first weeks after giving birth:
// pelvic-floor work, or a beginner's stretch or light hold (rule 9). A
// hold on one leg is balance work, which waits: the joints of the pelvis
// are still loose; so does any entry above beginner level (a side plank
// loads the healing tummy muscles), whatever block it falls in.
func gentle(e *catalog.Exercise) bool {
	switch {
	case PelvicFloorWork(e):
		return true
	case e.Level != catalog.Beginner:
		return false
	case e.Category == catalog.DynamicStretch || e.Category == catalog.StaticStretch:
		return !impactDrill(e)
	case e.Category == catalog.Activation:
		return isometric(e) && e.GluteLoad <= lightHoldLoad && !weighted(e) && e.Position != catalog.SingleLegStanding
	}
	return false
}

// lightHoldLoad is the most glute load a hold may carry to count as light.
const lightHoldLoad = 0.2

// impactDrill reports whether e is a jumping or running drill, as its id
// or name says (rule 9).
func impactDrill(e *catalog.Exercise) bool {
	text := strings.ToLower(e.ID + " " + e.Name)
	for _, w := range []string{"jump", "hop", "skip", "bound", "sprint", "plyo", "running drill", "jog"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
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
func compressionWords(say *locale.Language, e *catalog.Exercise) string {
	if e.Position == catalog.SideLying {
		return positionWords(say, catalog.SideLying)
	}
	return say.Say("the catalog marks it: crossing the legs, pulling the thigh across the body or pressing on the hip bone")
}

// positionWords says where a position is done, for reasons.
func positionWords(say *locale.Language, p catalog.Position) string {
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

// catalogWords holds, as keys for [locale.Language.Say], the words of the
// catalog's values that reasons name: each is [words] of its value.
var catalogWords = []string{
	// Conditions.
	locale.Key("gluteal tendinopathy"), locale.Key("piriformis syndrome"),
	// Equipment.
	locale.Key("foam roller"), locale.Key("massage ball"), locale.Key("resistance band"), locale.Key("mini band"),
	locale.Key("chair"), locale.Key("wall"), locale.Key("step"), locale.Key("bench"), locale.Key("dumbbell"),
	locale.Key("kettlebell"), locale.Key("strap"), locale.Key("exercise ball"), locale.Key("mat"),
	// Levels.
	locale.Key("beginner"), locale.Key("intermediate"), locale.Key("advanced"),
	// Categories but activation, which no reason names.
	locale.Key("dynamic stretch"), locale.Key("myofascial release"), locale.Key("static stretch"),
}

// valueWords says a catalog value like foam_roller in words in say: "foam
// roller", "Faszienrolle".
func valueWords[T ~string](say *locale.Language, x T) string { return say.Say(words(x)) }

// floorFlag reports whether e is done on the floor, for counting the times
// a session goes down and up (rule 14).
func floorFlag(e *catalog.Exercise) bool { return e.Position.Floor() }

// holdsOn reports whether the person must hold a wall or chair for e (rule 8).
func holdsOn(e *catalog.Exercise, p Profile) bool {
	return p.Limited(NeedsSupport) && e.Position == catalog.SingleLegStanding
}
