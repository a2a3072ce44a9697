package pdf

import (
	"bytes"
	"math"
	"regexp"
	"strconv"
	"testing"
)

// TestFormsWhereDrawn reads each page back with pdftotext -bbox and finds
// every one-word text the layout recorded where the layout says it is:
// the digits of the soreness scales, drawn inside a form, included. fpdf
// places forms from the foot of the portrait paper, so a form on a
// landscape week page lands 87 mm (A4) too low unless place lifts it.
func TestFormsWhereDrawn(t *testing.T) {
	t.Parallel() // slow, and shares nothing with the others
	pdftotext := needTool(t, "pdftotext")
	word := regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>`)
	for _, paper := range papersUnderTest {
		t.Run(paper, func(t *testing.T) {
			path, lay := writeTemp(t, "4weeks-gym", paper)
			type pos struct{ x, y0, y1 float64 }
			found := map[int]map[string][]pos{}
			checked, digits := 0, 0
			for _, b := range lay.boxes {
				if !regexp.MustCompile(`^[0-9]+$|^[\pL]+$`).MatchString(b.text) {
					continue
				}
				if found[b.page] == nil {
					found[b.page] = map[string][]pos{}
					out := run(t, pdftotext, "-bbox", "-f", strconv.Itoa(b.page), "-l", strconv.Itoa(b.page), path, "-")
					for _, m := range word.FindAllStringSubmatch(out, -1) {
						x, _ := strconv.ParseFloat(m[1], 64)
						y0, _ := strconv.ParseFloat(m[2], 64)
						y1, _ := strconv.ParseFloat(m[3], 64)
						found[b.page][m[4]] = append(found[b.page][m[4]], pos{x, y0, y1})
					}
				}
				// The word's left edge where the text starts, and its middle
				// inside the line's box, in points.
				x, top, bottom := b.x/ptMM, b.y/ptMM, (b.y+b.h)/ptMM
				ok := false
				for _, p := range found[b.page][b.text] {
					mid := (p.y0 + p.y1) / 2
					ok = ok || math.Abs(p.x-x) < 0.5 && mid > top && mid < bottom
				}
				if !ok {
					t.Errorf("page %d: %q is not where the layout put it, (%.1f, %.1f) pt; pdftotext finds it at %v", b.page, b.text, x, top, found[b.page][b.text])
				}
				checked++
				if lay.pages[b.page-1].landscape && len(b.text) <= 2 && b.text[0] >= '0' && b.text[0] <= '9' {
					digits++
				}
			}
			weeks := len(testPlans(t)["4weeks-gym"].Weeks)
			if digits < weeks*7*11 {
				t.Errorf("checked %d digits of soreness scales on the week pages, want at least %d", digits, weeks*7*11)
			}
			if checked < 200 {
				t.Errorf("checked only %d words", checked)
			}
		})
	}
}

// TestFormsReused checks that a drawing placed many times is written once:
// the week pages' 77 soreness scales a week and the figures on the program
// pages and in the guide come from a few forms.
func TestFormsReused(t *testing.T) {
	was := compress
	compress = false
	t.Cleanup(func() { compress = was })
	p := testPlans(t)["4weeks-gym"]
	b, _, err := render(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	forms := bytes.Count(b, []byte("/Subtype /Form"))
	uses := bytes.Count(b, []byte(" Do Q"))
	if want := 7 * len(p.Weeks); uses < want {
		t.Errorf("%d forms placed, want at least the %d day columns' scales", uses, want)
	}
	if forms == 0 || forms*4 > uses {
		t.Errorf("%d forms for %d placements: each should serve several", forms, uses)
	}
	// A circle is six curves stroked: the three scales' forms (the week
	// pages' in a day column with exercises and in a narrow one without,
	// and the program's) hold 33 at most, and no page draws its own.
	circles := regexp.MustCompile(`(?m)^(?:[\d.]+ ){6}c\n(?:[\d.]+ ){6}c\n(?:[\d.]+ ){6}c\n(?:[\d.]+ ){6}c\n(?:[\d.]+ ){6}c\n(?:[\d.]+ ){6}c\nS$`)
	if n := len(circles.FindAll(b, -1)); n > 33 {
		t.Errorf("%d circles drawn in the file: the scales are not shared", n)
	}
}
