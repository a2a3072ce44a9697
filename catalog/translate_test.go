package catalog

import (
	"slices"
	"testing"
)

func TestIn(t *testing.T) {
	e := Exercise{ID: "x", Name: "Bridge", Steps: []string{"Lie down.", "Lift."}, Cues: []string{"Squeeze."}, Why: "Strong glutes.",
		Translations: map[string]Translation{"de": {Name: "Brücke", Steps: []string{"Hinlegen.", "Anheben."}, Why: "Kräftiges Gesäß."}}}
	de := e.In("de")
	if de.Name != "Brücke" || !slices.Equal(de.Steps, []string{"Hinlegen.", "Anheben."}) || de.Why != "Kräftiges Gesäß." {
		t.Errorf("German: %+v", de)
	}
	if len(de.Cues) != 0 {
		t.Errorf("German keeps the English cues %q", de.Cues)
	}
	if en := e.In("en"); en.Name != "Bridge" || len(en.Cues) != 1 {
		t.Errorf("English: %+v", en)
	}
	if fr := e.In("fr"); fr.Name != "Bridge" {
		t.Errorf("a language without a translation: %+v", fr)
	}
	if !e.Translated("de") || !e.Translated("en") || e.Translated("fr") {
		t.Error("Translated")
	}
	if e.Name != "Bridge" || e.Steps[0] != "Lie down." {
		t.Error("In changed the entry")
	}
}
