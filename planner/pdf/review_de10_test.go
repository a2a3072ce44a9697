package pdf

import (
	"testing"

	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// TestSorenessNotePointsToTheRules: the word on muscle soreness under the
// red flags points to where the evening rules are, the program pages and
// the top of each week page (twelfth reading: "(Programmseite)", a page
// name the PDF never uses), and the rules are there: on a page of each
// block's program and on every week page.
func TestSorenessNotePointsToTheRules(t *testing.T) {
	const outro = "Soreness after exercise usually peaks one to three days later; at 4 out of 10 or more, follow the evening rules on your program pages and at the top of each week page. Easing off is never a failure."
	for _, lang := range planner.Langs {
		say := locale.In(string(lang))
		plans := personaPlans(t, lang)
		for _, name := range sortedNames(plans) {
			plan := plans[name]
			_, lay, err := render(plan, Options{Paper: "a4"})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, p := range lay.paras {
				found = found || p.text == say.Say(outro)
			}
			if !found {
				t.Errorf("%s/%s: no word on muscle soreness %q", name, lang, say.Say(outro))
			}
			// The rule's first band, in bold before its words, on each
			// page that holds the rule.
			pages := map[int]bool{}
			for _, b := range lay.boxes {
				if b.text == "0–3" {
					pages[b.page] = true
				}
			}
			if want := len(plan.Weeks) + 1; len(pages) < want {
				t.Errorf("%s/%s: the evening rules are on %d pages, want at least %d (each week page and the program)", name, lang, len(pages), want)
			}
		}
	}
}
