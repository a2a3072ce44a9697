package pdf

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
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

// TestGuideImage checks that a custom entry with an image and no figure
// gets its image in the guide, inside the layout's rules, and that the
// image is the only raster in the file.
func TestGuideImage(t *testing.T) {
	ex := loadExercises(t)
	for i := range ex {
		ex[i].Figure = nil
	}
	p := buildPlan(planSpec{weeks: 1, start: "2026-12-07", cap: 10, exercises: ex})
	id := p.Exercises[0].ID
	p.Exercises[0].Source, p.Exercises[0].License = "free-exercise-db, Glute_Bridge", "Unlicense (public domain)"
	img := image.NewGray(image.Rect(0, 0, 40, 20))
	for x := range 40 {
		img.SetGray(x, 10, color.Gray{Y: 0})
	}
	var png bytes.Buffer
	if err := pngEncode(&png, img); err != nil {
		t.Fatal(err)
	}
	for _, paper := range papersUnderTest {
		out, lay, err := render(p, Options{Paper: paper, Images: map[string][]byte{id: png.Bytes()}})
		if err != nil {
			t.Fatal(err)
		}
		checkLayout(t, lay)
		n := 0
		for _, b := range lay.boxes {
			if b.text == "image of "+id {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s: the guide prints the image of %s %d times, want once", paper, id, n)
		}
		found := false
		for _, b := range lay.boxes {
			found = found || strings.Contains(b.text, "Source: free-exercise-db, Glute_Bridge. Licence: Unlicense")
		}
		if !found {
			t.Errorf("%s: the guide does not print the entry's source and licence", paper)
		}
		if got := bytes.Count(out, []byte("/Subtype /Image")); got != 1 {
			t.Errorf("%s: %d images in the file, want 1", paper, got)
		}
	}
}

func pngEncode(w *bytes.Buffer, img image.Image) error { return png.Encode(w, img) }
