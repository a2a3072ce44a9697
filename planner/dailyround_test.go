package planner_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

// TestDailyRoundInTerminal: the pelvic-floor exercise asks for a round
// every day (rule 9). The PDF's week pages name it on each day without a
// session; the terminal says it once under each week that holds it (an
// English physiotherapist found it missing there), in English and in
// German, and never in a plan without one.
func TestDailyRoundInTerminal(t *testing.T) {
	lines := map[string]string{
		"en": "  Days without a session: one round of “",
		"de": "  An Tagen ohne Einheit: eine Runde „",
	}
	for _, pc := range personas {
		for lang, line := range lines {
			p := pc.profile
			p.Lang = planner.Lang(lang)
			plan, text := terminal(t, p)
			want := 0
			for _, wk := range plan.Weeks {
				pf, rest := false, false
				for _, d := range wk.Days {
					rest = rest || len(d.Items) == 0
					for _, it := range d.Items {
						pf = pf || strings.HasPrefix(it.Exercise, "pelvic-floor-")
					}
				}
				if pf && rest {
					want++
				}
			}
			if got := strings.Count(text, line); got != want {
				t.Errorf("%s (%s): %d daily-round lines, want %d", pc.name, lang, got, want)
			}
			postpartum := slices.Contains(p.Conditions, planner.Postpartum)
			if postpartum && want != len(plan.Weeks) {
				t.Errorf("%s: %d of %d weeks name the daily pelvic-floor round", pc.name, want, len(plan.Weeks))
			}
			if !postpartum && want != 0 {
				t.Errorf("%s: a daily pelvic-floor round without giving birth", pc.name)
			}
		}
	}
}

// TestTerminalBesideTheScale: under the evening scale the terminal says
// what the PDF says beside it, that muscle soreness counts in the score
// and what to do after a missed session (thirty-eighth German reading),
// in English and German.
func TestTerminalBesideTheScale(t *testing.T) {
	want := map[planner.Lang][]string{
		planner.English: {"it counts in your evening score.", "Missed a session? Go on with the next one as planned; never do two on one day."},
		planner.German:  {"zählt beim Abendwert mit.", "Eine Einheit ausgefallen? Machen Sie mit der nächsten wie geplant weiter, nie zwei an einem Tag."},
	}
	for lang, lines := range want {
		p := personaProfile(t, "tendinopathy-piriformis")
		p.Lang = lang
		_, out := terminal(t, p)
		text := strings.Join(strings.Fields(out), " ")
		for _, l := range lines {
			if !strings.Contains(text, l) {
				t.Errorf("%s: the terminal does not say %q", lang, l)
			}
		}
	}
}

// terminal makes the plan of profile p from the default catalog and
// returns it with what the terminal prints of it, or fails the test.
func terminal(t *testing.T, p planner.Profile) (*planner.Plan, string) {
	t.Helper()
	plan, err := planner.Make(catalog.Default(), p)
	if err != nil {
		t.Fatalf("%s: %v", p.Name, err)
	}
	var b strings.Builder
	if err := plan.WriteText(&b, false); err != nil {
		t.Fatal(err)
	}
	return plan, b.String()
}
