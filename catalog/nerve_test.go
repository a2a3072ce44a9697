package catalog

import (
	"strings"
	"testing"
)

// TestNerveCuesPointToWarningSigns: a cue that speaks of a nerve under
// the ball also says when tingling down the leg is no longer harmless,
// in the words of the plan's warning signs (README rule 1: tingling that
// is new or clearly worse than usual, the piriformis plan's red flag, and
// that lasts more than a few minutes), and points to the box of warning
// signs on page 1, in English and German; the physiotherapist found
// "harmless if it settles" standing alone, and the ninth German reading
// "does not fade soon after … warning signs on your plan" vaguer and
// stricter than the red flags.
func TestNerveCuesPointToWarningSigns(t *testing.T) {
	n := 0
	for _, e := range Default().Exercises {
		check := func(lang string, cues []string, nerve, sign string) {
			for _, c := range cues {
				if !strings.Contains(c, nerve) {
					continue
				}
				n++
				if !strings.Contains(c, sign) {
					t.Errorf("%s (%s): %q speaks of a nerve without the warning sign (%q)", e.ID, lang, c, sign)
				}
			}
		}
		check("en", e.Cues, "nerve", "lasts more than a few minutes afterwards and is new or clearly worse than usual")
		check("en", e.Cues, "nerve", "(see “When to stop and see a professional” on page 1 of your plan)")
		if de, ok := e.Translations["de"]; ok {
			check("de", de.Cues, "Nerv", "länger als ein paar Minuten an und ist es neu oder deutlich stärker als gewohnt")
			check("de", de.Cues, "Nerv", "(siehe „Wann Sie aufhören und Hilfe suchen“, Seite 1 Ihres Plans)")
		}
	}
	if n == 0 {
		t.Error("no cue speaks of a nerve: the ball releases lost theirs?")
	}
}
