package pdf

import (
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/planner"
)

// TestLayout checks every test plan on both papers in each language of
// the labels: each text box lies
// inside the margins, within the width it was given, no two text boxes on
// a page overlap, and wrapping kept every word.
func TestLayout(t *testing.T) {
	plans := testPlans(t)
	for _, name := range sortedNames(plans) {
		for _, paper := range papersUnderTest {
			for _, lang := range planner.Langs {
				t.Run(name+"/"+paper+"/"+string(lang), func(t *testing.T) {
					_, lay, err := render(plans[name], Options{Paper: paper, Lang: string(lang)})
					if err != nil {
						t.Fatal(err)
					}
					checkLayout(t, lay)
				})
			}
		}
	}
}

func checkLayout(t *testing.T, lay *layout) {
	t.Helper()
	const tol = 0.01 // mm
	if len(lay.boxes) == 0 {
		t.Fatal("nothing drawn")
	}
	byPage := map[int][]textBox{}
	for _, b := range lay.boxes {
		if b.page < 1 || b.page > len(lay.pages) {
			t.Fatalf("box %q on page %d of %d", b.text, b.page, len(lay.pages))
		}
		pg := lay.pages[b.page-1]
		if pg.margin < 12 {
			t.Errorf("page %d: margin %.1f mm, want at least 12", b.page, pg.margin)
		}
		if b.x < pg.margin-tol || b.y < pg.margin-tol || b.x+b.w > pg.w-pg.margin+tol || b.y+b.h > pg.h-pg.margin+tol {
			t.Errorf("page %d: %q at (%.2f, %.2f) size %.2f × %.2f leaves the printable area %.1f × %.1f (margin %.0f)",
				b.page, b.text, b.x, b.y, b.w, b.h, pg.w, pg.h, pg.margin)
		}
		if b.w > b.limit+tol {
			t.Errorf("page %d: %q is %.2f mm wide, more than the %.2f mm it was given", b.page, b.text, b.w, b.limit)
		}
		byPage[b.page] = append(byPage[b.page], b)
	}
	for page, bs := range byPage {
		for i := range bs {
			for j := i + 1; j < len(bs); j++ {
				a, b := bs[i], bs[j]
				if a.x+a.w > b.x+tol && b.x+b.w > a.x+tol && a.y+a.h > b.y+tol && b.y+b.h > a.y+tol {
					t.Errorf("page %d: %q (%.2f, %.2f, %.2f × %.2f) overlaps %q (%.2f, %.2f, %.2f × %.2f)",
						page, a.text, a.x, a.y, a.w, a.h, b.text, b.x, b.y, b.w, b.h)
				}
			}
		}
	}
	for _, p := range lay.paras {
		want := strings.Join(strings.Fields(p.text), "")
		got := strings.Join(strings.Fields(strings.Join(p.lines, " ")), "")
		if got != want {
			t.Errorf("wrapping lost text:\n got %q\nwant %q", got, want)
		}
	}
}
