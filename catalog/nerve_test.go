package catalog

import (
	"strings"
	"testing"
)

// TestNerveCuesPointToWarningSigns: a cue that speaks of a nerve under
// the ball also says when tingling down the leg is no longer harmless,
// in the words of the plan's warning signs (README rule 1: numbness or
// tingling that spreads down the leg and does not fade), in English and
// German; the physiotherapist found "harmless if it settles" standing
// alone.
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
		check("en", e.Cues, "nerve", "does not fade soon after is one of the warning signs")
		if de, ok := e.Translations["de"]; ok {
			check("de", de.Cues, "Nerv", "nicht bald danach abklingt, gehört zu den Warnzeichen")
		}
	}
	if n == 0 {
		t.Error("no cue speaks of a nerve: the ball releases lost theirs?")
	}
}
