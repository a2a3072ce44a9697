package planner

import (
	"strings"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// The words for a person's activities, for the views of a plan (the PDF,
// the calendar): the same words the terminal and the planner's sentences
// use, so a run is "a run" everywhere (rule 18).

// ActivityNoun names one session of activity k as the person would, in
// say: "run", "ride", "game", "walk"; "gym session" only for the gym.
func ActivityNoun(say *locale.Language, k ActivityKind) string { return activityNoun(say, k) }

// ActivityPlural names the sessions of activity k in say: "runs",
// "rides", "games", "walks", "gym sessions".
func ActivityPlural(say *locale.Language, k ActivityKind) string { return activityPlural(say, k) }

// HoldsOn reports whether the person must hold on to a wall or chair for
// e (rule 8), so that every page that doses e says so.
func HoldsOn(e *catalog.Exercise, p Profile) bool { return holdsOn(e, p) }

// PositionWords says where an exercise of position pos is done, in say:
// "lying on the back", "im Stehen".
func PositionWords(say *locale.Language, pos catalog.Position) string { return positionWords(say, pos) }

// ValueWords says a catalog value (an item of equipment, a level, a
// condition) in words in say: "foam roller", "Faszienrolle".
func ValueWords[T ~string](say *locale.Language, x T) string { return valueWords(say, x) }

// EquipmentWords says in say everything e needs: its equipment, and the
// choice of equipment_any, or "none"; in English as the catalog says it
// ([catalog.Exercise.EquipmentWords]).
func EquipmentWords(say *locale.Language, e catalog.Exercise) string {
	if say == locale.English {
		return e.EquipmentWords()
	}
	words := make([]string, len(e.Equipment))
	for i, q := range e.Equipment {
		words[i] = valueWords(say, q)
	}
	s := strings.Join(words, ", ")
	if len(e.EquipmentAny) > 0 {
		any := make([]string, len(e.EquipmentAny))
		for i, q := range e.EquipmentAny {
			any[i] = valueWords(say, q)
		}
		c := say.Sayf("one of: %s", strings.Join(any, say.Say(" or ")))
		if s != "" {
			c = say.Sayf("%s, and %s", s, c)
		}
		s = c
	}
	if s == "" {
		s = say.Say("none")
	}
	return s
}
