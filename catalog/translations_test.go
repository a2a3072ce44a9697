package catalog

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// sameGermanName lists the default entries whose German name may stay
// the English one, each with the reason. It is empty: every default
// entry has a German name a German physiotherapist uses, and where the
// English name is what gyms say (Clamshell, Bird Dog, Hip Thrust) it
// follows the German one in brackets, so the names still differ. Add an
// id here only for a name that German patients know in English alone.
var sameGermanName = map[string]string{}

// englishWord finds words that German text never holds, so a sentence
// left in English, or half translated, shows even where it is not equal
// to the entry's own English.
var englishWord = regexp.MustCompile(`(?i)\b(the|your|you|and|with|into|until|then)\b`)

// germanProblems lists what is wrong with the German text of the
// entries of c (the language of a plan made with --lang de, rule 5):
// an entry without German, a text left in English, and a number of
// steps, cues or mistakes that differs from the English. A plan prints
// the German steps beside the entry's doses and figure, which follow
// the English steps one for one.
func germanProblems(c *Catalog) []string {
	english := map[string]string{} // every English text of c, to where it stands
	for _, e := range c.Exercises {
		for i, s := range e.Steps {
			english[s] = fmt.Sprintf("%s step %d", e.ID, i+1)
		}
		for i, s := range e.Cues {
			english[s] = fmt.Sprintf("%s cue %d", e.ID, i+1)
		}
		for i, s := range e.Mistakes {
			english[s] = fmt.Sprintf("%s mistake %d", e.ID, i+1)
		}
		english[e.Why] = e.ID + " why"
	}
	var out []string
	for _, e := range c.Exercises {
		de, ok := e.Translations["de"]
		if !ok {
			out = append(out, e.ID+": no German (translations.de)")
			continue
		}
		bad := func(format string, args ...any) {
			out = append(out, e.ID+": "+fmt.Sprintf(format, args...))
		}
		switch n := utf8.RuneCountInString(de.Name); {
		case strings.TrimSpace(de.Name) == "":
			bad("the German name is empty")
		case n > 80:
			bad("the German name has %d characters; names have at most 80", n)
		case de.Name == e.Name && sameGermanName[e.ID] == "":
			bad("the German name is the English one, %q", e.Name)
		}
		text := func(field string, i int, en, tr string) {
			where := field
			if i >= 0 {
				where = fmt.Sprintf("%s %d", field, i+1)
			}
			switch {
			case strings.TrimSpace(tr) == "":
				bad("German %s is empty", where)
			case tr == en:
				bad("German %s is the English text: %q", where, en)
			case english[tr] != "":
				bad("German %s is the English text of %s: %q", where, english[tr], tr)
			case englishWord.MatchString(tr):
				bad("German %s holds the English word %q: %q", where, englishWord.FindString(tr), tr)
			case strings.HasSuffix(en, ".") && !strings.ContainsAny(tr[len(tr)-1:], ".!?"):
				bad("German %s does not end a sentence as the English does: %q", where, tr)
			}
		}
		list := func(field string, en, tr []string) {
			if len(tr) != len(en) {
				bad("%d German %s, %d English: a plan prints them side by side with the entry's doses and figure", len(tr), field, len(en))
				return
			}
			for i := range en {
				text(field, i, en[i], tr[i])
			}
		}
		list("steps", e.Steps, de.Steps)
		list("cues", e.Cues, de.Cues)
		list("mistakes", e.Mistakes, de.Mistakes)
		text("why", -1, e.Why, de.Why)
	}
	return out
}

// TestDefaultGerman holds every default entry to German text of its own
// (rule 5: a plan in German prints no English from the default
// catalog).
func TestDefaultGerman(t *testing.T) {
	c := Default()
	for _, e := range c.Exercises {
		if _, ok := e.Translations["de"]; !ok {
			t.Errorf("%s has no German text (translations.de)", e.ID)
		}
	}
	for _, p := range germanProblems(c) {
		t.Error(p)
	}
	for id := range sameGermanName {
		if _, ok := c.ByID(id); !ok {
			t.Errorf("sameGermanName names %s, which is not a default entry", id)
		}
	}
}

// TestGermanProblems checks the checker: each fault it is there for is
// found, and a good translation passes.
func TestGermanProblems(t *testing.T) {
	good := func() Exercise {
		return Exercise{
			ID:       "bridge",
			Name:     "Glute bridge",
			Steps:    []string{"Lie on your back.", "Lift your hips."},
			Cues:     []string{"Squeeze first."},
			Mistakes: []string{"Arching the back."},
			Why:      "It strengthens the glutes.",
			Translations: map[string]Translation{"de": {
				Name:     "Beckenheben",
				Steps:    []string{"Legen Sie sich auf den Rücken.", "Heben Sie das Becken."},
				Cues:     []string{"Spannen Sie zuerst das Gesäß an."},
				Mistakes: []string{"Ins Hohlkreuz gehen."},
				Why:      "Die Übung kräftigt die Gesäßmuskeln.",
			}},
		}
	}
	edit := func(f func(e *Exercise, de *Translation)) Exercise {
		e := good()
		de := e.Translations["de"]
		f(&e, &de)
		e.Translations = map[string]Translation{"de": de}
		return e
	}
	tests := []struct {
		name string
		e    Exercise
		want string // part of the one problem found; "" for none
	}{
		{"good", good(), ""},
		{"no German", func() Exercise { e := good(); e.Translations = nil; return e }(), "no German"},
		{"only another language", func() Exercise {
			e := good()
			e.Translations = map[string]Translation{"fr": e.Translations["de"]}
			return e
		}(), "no German"},
		{"name left in English", edit(func(e *Exercise, de *Translation) { de.Name = e.Name }), "German name is the English one"},
		{"empty name", edit(func(_ *Exercise, de *Translation) { de.Name = " " }), "name is empty"},
		{"long name", edit(func(_ *Exercise, de *Translation) { de.Name = strings.Repeat("ä", 81) }), "81 characters"},
		{"step left in English", edit(func(e *Exercise, de *Translation) { de.Steps[1] = e.Steps[1] }), "steps 2 is the English text"},
		{"cue left in English", edit(func(e *Exercise, de *Translation) { de.Cues[0] = e.Cues[0] }), "cues 1 is the English text"},
		{"mistake left in English", edit(func(e *Exercise, de *Translation) { de.Mistakes[0] = e.Mistakes[0] }), "mistakes 1 is the English text"},
		{"why left in English", edit(func(e *Exercise, de *Translation) { de.Why = e.Why }), "why is the English text"},
		{"English of another field", edit(func(e *Exercise, de *Translation) { de.Cues[0] = e.Steps[0] }), "English text of bridge step 1"},
		{"half translated", edit(func(_ *Exercise, de *Translation) { de.Steps[0] = "Legen Sie sich auf the floor." }), `English word "the"`},
		{"empty step", edit(func(_ *Exercise, de *Translation) { de.Steps[0] = "" }), "steps 1 is empty"},
		{"sentence cut off", edit(func(_ *Exercise, de *Translation) { de.Why = "Die Übung kräftigt" }), "does not end a sentence"},
		{"a step fewer", edit(func(_ *Exercise, de *Translation) { de.Steps = de.Steps[:1] }), "1 German steps, 2 English"},
		{"a cue more", edit(func(_ *Exercise, de *Translation) { de.Cues = append(de.Cues, "Atmen Sie weiter.") }), "2 German cues, 1 English"},
		{"no mistakes", edit(func(_ *Exercise, de *Translation) { de.Mistakes = nil }), "0 German mistakes, 1 English"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := germanProblems(&Catalog{Exercises: []Exercise{tt.e}})
			switch {
			case tt.want == "" && len(got) > 0:
				t.Errorf("found %q, want nothing", got)
			case tt.want != "" && (len(got) != 1 || !strings.Contains(got[0], tt.want)):
				t.Errorf("found %q, want one problem holding %q", got, tt.want)
			}
		})
	}
}
