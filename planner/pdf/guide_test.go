package pdf

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

// TestGuideFigures checks that the guide draws the figure of every
// exercise of a plan from the default catalog, as vector paths (the PDF
// holds no image), inside the layout's rules on both papers, and that a
// 4-week plan stays under 150 KiB.
func TestGuideFigures(t *testing.T) {
	p := planner.DefaultProfile()
	p.Start, p.SittingHours, p.Equipment = "2026-11-30", 9, []catalog.Equipment{"foam_roller", "massage_ball", "chair", "wall"}
	plan, err := planner.Make(catalog.Default(), p)
	if err != nil {
		t.Fatal(err)
	}
	for _, paper := range papersUnderTest {
		out, lay, err := render(plan, Options{Paper: paper})
		if err != nil {
			t.Fatal(err)
		}
		checkLayout(t, lay)
		drawn := map[string]bool{}
		for _, b := range lay.boxes {
			if id, ok := strings.CutPrefix(b.text, "figure of "); ok {
				drawn[id] = true
			}
		}
		for _, e := range plan.Exercises {
			if e.Figure != nil && !drawn[e.ID] {
				t.Errorf("%s: the guide does not draw %s", paper, e.ID)
			}
		}
		if bytes.Contains(out, []byte("/Subtype /Image")) {
			t.Errorf("%s: the PDF holds an image; figures are vector paths", paper)
		}
		if len(out) > 150<<10 {
			t.Errorf("%s: a 4-week plan is %d bytes, over 150 KiB", paper, len(out))
		}
	}
}
