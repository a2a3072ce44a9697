package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// TestGuidePointers checks the program pages' pointers to the guide
// (fifteenth German reading): each exercise of a routine says on which
// page of the guide explains it.
func TestGuidePointers(t *testing.T) {
	eachPersonaLayout(t, func(lang planner.Lang, say *locale.Language, name string, plan *planner.Plan, lay *layout) {
		start := 0
		for _, b := range lay.boxes {
			if b.text == say.Say("Exercise guide") {
				start = b.page
			}
		}
		if start == 0 {
			t.Fatalf("%s/%s: no exercise guide", name, lang)
		}
		n := 0
		for _, b := range lay.boxes {
			var pg int
			if _, err := fmt.Sscanf(b.text, say.Say("Guide: page %d"), &pg); err != nil {
				continue
			}
			n++
			if b.page >= start || pg < start || pg > len(lay.pages) {
				t.Errorf("%s/%s: the pointer %q on page %d is not a program page's pointer into the guide (pages %d–%d)", name, lang, b.text, b.page, start, len(lay.pages))
				continue
			}
			// An entry of the guide begins on that page: a line there
			// starts an exercise's name.
			begins := false
			for _, g := range lay.boxes {
				for _, e := range plan.Exercises {
					if g.page == pg && g.text != "" && strings.HasPrefix(e.In(string(lang)).Name, g.text) {
						begins = true
					}
				}
			}
			if !begins {
				t.Errorf("%s/%s: the pointer %q on page %d points to a page where no entry begins", name, lang, b.text, b.page)
			}
		}
		if n == 0 {
			t.Errorf("%s/%s: no pointer to the guide", name, lang)
		}
	})
}

// TestProgramScaleStaysWithItsBlock checks that each block's evening
// scale is printed on a page of the block's own, under its title
// (fifteenth German reading: block 1's scale was alone on a page of the
// German tendinopathy plan), on A4 for every persona.
func TestProgramScaleStaysWithItsBlock(t *testing.T) {
	for _, lang := range []planner.Lang{planner.English, planner.German} {
		say := locale.In(string(lang))
		plans := personaPlans(t, lang)
		for _, name := range sortedNames(plans) {
			_, lay, err := render(plans[name], Options{Paper: "a4"})
			if err != nil {
				t.Fatal(err)
			}
			titled := map[int]bool{}
			block := strings.TrimSuffix(say.Sayf("Block %d", 1), "1") // "Block "
			for _, b := range lay.boxes {
				if strings.HasPrefix(b.text, block) {
					titled[b.page] = true
				}
			}
			for _, b := range lay.boxes {
				if b.text == say.Say("Scale:") && !titled[b.page] {
					t.Errorf("%s/%s: the evening scale on page %d is apart from its block's title", name, lang, b.page)
				}
			}
		}
	}
}

// TestBreaksPointToGuide: the movement-breaks box of page 1 says on
// which page the guide explains the breaks, once, as the program pages
// do for their exercises (thirty-third and thirty-fourth German
// readings): a page where one of the break exercises begins.
func TestBreaksPointToGuide(t *testing.T) {
	eachPersonaLayout(t, func(lang planner.Lang, say *locale.Language, name string, plan *planner.Plan, lay *layout) {
		var names []string
		for _, id := range plan.MovementBreaks.Exercises {
			for _, e := range plan.Exercises {
				if e.ID == id {
					names = append(names, e.In(string(lang)).Name)
				}
			}
		}
		var pointers []int
		last := map[int]int{} // the last page of a range, by its first
		for _, b := range lay.boxes {
			var pg, to int
			if b.page != 1 {
				continue
			}
			if _, err := fmt.Sscanf(b.text, say.Say("Guide: pages %d–%d"), &pg, &to); err == nil {
				// Breaks over several pages of the guide say the range
				// (English physio reading 14).
				if to <= pg {
					t.Errorf("%s/%s: the range %q runs backwards", name, lang, b.text)
				}
				pointers = append(pointers, pg)
				last[pg] = to
			} else if _, err := fmt.Sscanf(b.text, say.Say("Guide: page %d"), &pg); err == nil {
				pointers = append(pointers, pg)
			}
		}
		if len(names) == 0 {
			if len(pointers) > 0 {
				t.Errorf("%s/%s: page 1 points to the guide without movement breaks", name, lang)
			}
			return
		}
		if len(pointers) != 1 {
			t.Errorf("%s/%s: page 1 has %d pointers to the guide, want 1 (the movement breaks)", name, lang, len(pointers))
			return
		}
		begins := false
		for _, g := range lay.boxes {
			for _, n := range names {
				if g.page == pointers[0] && g.text != "" && strings.HasPrefix(n, g.text) {
					begins = true
				}
			}
		}
		if !begins {
			t.Errorf("%s/%s: the breaks point to page %d, where none of %q begins", name, lang, pointers[0], names)
		}
		// Every break begins within the pages it points to.
		for _, n := range names {
			within := false
			for _, g := range lay.boxes {
				if g.page >= pointers[0] && g.page <= max(pointers[0], last[pointers[0]]) && g.text != "" && strings.HasPrefix(n, g.text) && len(g.text) > 3 {
					within = true
				}
			}
			if !within {
				t.Errorf("%s/%s: %q begins outside the pages the breaks point to", name, lang, n)
			}
		}
	})
}

// eachPersonaLayout renders every persona's plan, in English and German
// on the default paper, and calls f with its layout.
func eachPersonaLayout(t *testing.T, f func(lang planner.Lang, say *locale.Language, name string, plan *planner.Plan, lay *layout)) {
	t.Helper()
	for _, lang := range []planner.Lang{planner.English, planner.German} {
		say := locale.In(string(lang))
		plans := personaPlans(t, lang)
		for _, name := range sortedNames(plans) {
			_, lay, err := render(plans[name], Options{})
			if err != nil {
				t.Fatal(err)
			}
			f(lang, say, name, plans[name], lay)
		}
	}
}
