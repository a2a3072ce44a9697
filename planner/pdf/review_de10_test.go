package pdf

import (
	"strings"

	"github.com/gluteplan/gluteplan/catalog"
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

// TestGuideContinuedHeadings: where an exercise of the guide goes on in
// another column or on another page, the first line there is its name
// with "(continued)" (twelfth German reading: steps "3." and "4." at the
// head of a column read as the steps of the exercise beside them). Every
// column of the guide starts with a category, an exercise's name, or the
// exercise before it, continued.
func TestGuideContinuedHeadings(t *testing.T) {
	for _, lang := range planner.Langs {
		say := locale.In(string(lang))
		plans := personaPlans(t, lang)
		for _, name := range sortedNames(plans) {
			plan := plans[name]
			for _, paper := range papersUnderTest {
				_, lay, err := render(plan, Options{Paper: paper})
				if err != nil {
					t.Fatal(err)
				}
				first := map[string]string{} // first line of a paragraph → the paragraph
				for _, p := range lay.paras {
					if len(p.lines) > 0 {
						if _, ok := first[p.lines[0]]; !ok {
							first[p.lines[0]] = p.text
						}
					}
				}
				names := map[string]bool{}
				for _, e := range plan.Exercises {
					names[e.In(string(lang)).Name] = true
				}
				heads := map[string]bool{say.Say("Movement breaks"): true}
				for _, c := range catalog.Categories {
					heads[categoryText(say, categoryTitles, c)] = true
				}
				start := -1
				for i, b := range lay.boxes {
					if b.text == say.Say("Exercise guide") {
						start = i
						break
					}
				}
				if start < 0 {
					t.Fatalf("%s/%s/%s: no exercise guide", name, lang, paper)
				}
				current, continued := "", 0
				lastPage, lastCol := lay.boxes[start].page, 0
				for _, b := range lay.boxes[start+1:] {
					if b.text == say.Say("Exercise guide (continued)") || strings.HasPrefix(b.text, "gluteplan · ") {
						continue
					}
					pg := lay.pages[b.page-1]
					col := 0
					if b.x > pg.w/2 {
						col = 1
					}
					para := first[b.text]
					newCol := b.page != lastPage || col != lastCol
					lastPage, lastCol = b.page, col
					switch {
					case names[para]:
						current = para
						continue
					case !newCol || heads[para]:
						continue
					case para == say.Sayf("%s (continued)", current):
						continued++
					default:
						t.Errorf("%s/%s/%s: the column at x %.0f on page %d starts with %q, under no name (%q goes on there)", name, lang, paper, b.x, b.page, b.text, current)
					}
				}
				if name == "tendinopathy-piriformis" && paper == "a4" && continued == 0 {
					t.Errorf("%s/%s/%s: no exercise goes on into another column: the test needs one", name, lang, paper)
				}
			}
		}
	}
}
