package catalog

import "strings"

// Words says an item of equipment in English, as a person reads it:
// "mini band", "exercise ball".
func (q Equipment) Words() string { return strings.ReplaceAll(string(q), "_", " ") }

// choices names the pairs of items the default catalog offers as a
// choice, by what they are.
var choices = []struct {
	items []Equipment
	what  string
}{
	{[]Equipment{MiniBand, ResistanceBand}, "a loop band"},
	{[]Equipment{Dumbbell, Kettlebell}, "a weight"},
	{[]Equipment{Chair, Wall}, "something to hold"},
}

// ChoiceWords says in English what an equipment_any list asks for: "a loop
// band: mini band or resistance band", "a weight: dumbbell or kettlebell",
// "something to hold: chair or wall", or "one of: foam roller, step or
// bench" for any other list; "" for an empty one. catalog show and the
// catalog sheet print it.
func ChoiceWords(any []Equipment) string {
	if len(any) == 0 {
		return ""
	}
	words := make([]string, len(any))
	for i, q := range any {
		words[i] = q.Words()
	}
	list := words[0]
	if len(words) > 1 {
		list = strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
	}
	for _, c := range choices {
		if len(c.items) == len(any) && containsAll(any, c.items) {
			return c.what + ": " + list
		}
	}
	return "one of: " + list
}

// EquipmentWords says in English everything e needs: its equipment, and
// the choice of equipment_any ("step, and a loop band: mini band or
// resistance band"), or "none".
func (e Exercise) EquipmentWords() string {
	words := make([]string, len(e.Equipment))
	for i, q := range e.Equipment {
		words[i] = q.Words()
	}
	s := strings.Join(words, ", ")
	switch c := ChoiceWords(e.EquipmentAny); {
	case c != "" && s != "":
		s += ", and " + c
	case c != "":
		s = c
	case s == "":
		s = "none"
	}
	return s
}

// Needs reports whether e uses q: in equipment, or as one choice of
// equipment_any.
func (e Exercise) Needs(q Equipment) bool {
	return containsAll(e.Equipment, []Equipment{q}) || containsAll(e.EquipmentAny, []Equipment{q})
}

func containsAll(list, items []Equipment) bool {
	for _, x := range items {
		found := false
		for _, y := range list {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
