package pdf

import (
	"slices"
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
	const outro = "Muscle soreness after exercise, an even ache in the muscles you worked, is harmless and usually peaks one to three days later. It counts in your evening score: at 4 out of 10 or more, follow the rules for the evening score at the top of each week page. Easing off is never a failure."
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
					if b.page < lay.boxes[start].page {
						// Drawn once the guide is: the program pages'
						// pointers to it (drawGuideRefs).
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

// sheetCards renders the default catalog's sheet in lang on paper and
// returns, for each entry's id, the lines of its card after the id.
func sheetCards(t *testing.T, lang, paper string) (map[string][]string, *layout) {
	t.Helper()
	var entries []SheetEntry
	for _, e := range catalog.Default().Exercises {
		entries = append(entries, SheetEntry{Exercise: e})
	}
	_, lay, err := renderSheet(entries, Options{Lang: lang, Paper: paper})
	if err != nil {
		t.Fatal(err)
	}
	say := locale.In(lang)
	ids := map[string]string{}
	for _, e := range entries {
		label := e.Exercise.ID
		if lang != "en" {
			label = say.Say("id") + ": " + e.Exercise.ID
		}
		ids[label] = e.Exercise.ID
	}
	cards := map[string][]string{}
	current := ""
	for _, b := range lay.boxes {
		switch {
		case ids[b.text] != "":
			current = ids[b.text]
			cards[current] = []string{}
		case strings.HasPrefix(b.text, "figure of "), strings.HasPrefix(b.text, "gluteplan "):
			current = ""
		case current != "":
			cards[current] = append(cards[current], b.text)
		}
	}
	if len(cards) != len(entries) {
		t.Fatalf("%s/%s: %d cards found, want %d", lang, paper, len(cards), len(entries))
	}
	return cards, lay
}

// TestSheetKeepsPositionsWhole: a card's line of category, level and
// position breaks between its parts, never inside one that fits a line
// (twelfth German reading: "… · Einsteiger · im" / "Stehen"), and says
// every part.
func TestSheetKeepsPositionsWhole(t *testing.T) {
	for _, lang := range []string{"en", "de"} {
		say := locale.In(lang)
		for _, paper := range papersUnderTest {
			cards, _ := sheetCards(t, lang, paper)
			for _, e := range catalog.Default().Exercises {
				parts := []string{sheetCategory(say, e.Category)}
				if planner.BreakDrill(&e) {
					parts = append(parts, say.Say("also a movement break"))
				}
				if lang == "en" {
					parts = append(parts, string(e.Level), strings.ReplaceAll(string(e.Position), "_", " "))
				} else {
					parts = append(parts, planner.ValueWords(say, e.Level), planner.PositionWords(say, e.Position))
				}
				dose := say.Sayf("Starting dose: %s", "")
				var got []string
				for _, l := range cards[e.ID] {
					if strings.HasPrefix(l, dose) {
						break
					}
					for _, p := range strings.Split(strings.TrimSuffix(l, " ·"), " · ") {
						if !slices.Contains(parts, p) {
							t.Errorf("%s/%s: %s: the line %q breaks inside a part (%q)", lang, paper, e.ID, l, parts)
						}
						got = append(got, p)
					}
				}
				if !slices.Equal(got, parts) {
					t.Errorf("%s/%s: %s: the card says %q, want %q", lang, paper, e.ID, got, parts)
				}
			}
		}
	}
}

// TestSheetHeadKey: the head of every sheet page says the levels in their
// order and what the start dose is, within the margins (twelfth German
// reading), and the cards of the entries the planner leaves out for
// gluteal tendinopathy or piriformis syndrome (rule 9), and only those,
// say so, each in full, with the reason that fits it (fourteenth).
func TestSheetHeadKey(t *testing.T) {
	for _, c := range []struct{ lang, levels, dose, tendon, piriformis string }{
		{"en", "Levels: beginner → intermediate → advanced", "The starting dose is the catalog's guide; a plan adapts it to the person's level and soreness, so its holds and effort may differ.",
			"Not planned with gluteal tendinopathy", "Not planned with piriformis syndrome"},
		{"de", "Schwierigkeit: Stufe 1 → Stufe 2 → Stufe 3", "Die Anfangsdosierung ist ein Richtwert des Katalogs; im Plan wird sie an Stufe und Beschwerden der Person angepasst, Haltezeit und Anstrengung können also abweichen.",
			"Bei Glutealtendinopathie nicht im Plan", "Beim Piriformis-Syndrom nicht im Plan"},
	} {
		for _, paper := range papersUnderTest {
			cards, lay := sheetCards(t, c.lang, paper)
			checkLayout(t, lay)
			// The key may wrap: each page's text is read whole.
			onPage := map[int]string{}
			for _, b := range lay.boxes {
				onPage[b.page] += b.text + " "
			}
			for _, want := range []string{c.levels, c.dose} {
				pages := map[int]bool{}
				for page, text := range onPage {
					if strings.Contains(text, want) {
						pages[page] = true
					}
				}
				if len(pages) != len(lay.pages) {
					t.Errorf("%s/%s: %q is on %d of %d pages", c.lang, paper, want, len(pages), len(lay.pages))
				}
			}
			n, np := 0, 0
			for _, e := range catalog.Default().Exercises {
				// A card short of room runs its last facts on (Letter's
				// pigeon stretch): the notes are read in its whole text.
				text := joinLines(cards[e.ID])
				said := strings.Contains(text, c.tendon)
				if want := planner.LeftOutWith(&e, planner.GlutealTendinopathy); said != want {
					t.Errorf("%s/%s: %s: the card says it is not planned with gluteal tendinopathy: %v, want %v", c.lang, paper, e.ID, said, want)
				}
				saidP := strings.Contains(text, c.piriformis)
				if want := planner.LeftOutWith(&e, planner.PiriformisSyndrome); saidP != want {
					t.Errorf("%s/%s: %s: the card says it is not planned with piriformis syndrome: %v, want %v", c.lang, paper, e.ID, saidP, want)
				}
				if said {
					n++
				}
				if saidP {
					np++
				}
				// Each note is on the card whole, not cut short.
				for _, note := range planner.LeftOutNotes(locale.In(c.lang), &e) {
					if !strings.Contains(text, note) {
						t.Errorf("%s/%s: %s: the card does not say %q in full: %q", c.lang, paper, e.ID, note, text)
					}
				}
			}
			if n == 0 || np == 0 {
				t.Errorf("%s/%s: %d cards say they are not planned with gluteal tendinopathy, %d with piriformis syndrome", c.lang, paper, n, np)
			}
		}
	}
}

// joinLines reads wrapped lines back as the text they were wrapped from:
// a line that ends in a hyphen (a compound word broken after its
// hyphen, "Fuß-auf-Knie-") runs on without a space.
func joinLines(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		b.WriteString(l)
		if i < len(lines)-1 && !strings.HasSuffix(l, "-") {
			b.WriteString(" ")
		}
	}
	return b.String()
}
