package figure

import (
	"bytes"
	"math"
	"testing"

	"github.com/go-pdf/fpdf"
)

// TestDrawFits: a drawing is scaled to fit its box, keeps its proportions
// and is centred; an empty drawing or box draws nothing.
func TestDrawFits(t *testing.T) {
	d := Drawing{MinX: -100, MinY: 0, W: 200, H: 50, Shapes: []Shape{
		{Stroke: black, Width: 2, Fill: none, Path: []Seg{{Op: 'M', P: Pt{-100, 0}}, {Op: 'Q', C: Pt{0, 50}, P: Pt{100, 0}}}},
		{Circle: Pt{0, 25}, R: 10, Stroke: none, Fill: black},
	}}
	cases := []struct {
		name           string
		d              Drawing
		x, y, w, h     float64
		fx, fy, fw, fh float64
	}{
		{"wide drawing in a tall box", d, 10, 20, 100, 50, 10, 32.5, 100, 25},
		{"wide drawing in a wide box", d, 0, 0, 400, 50, 100, 0, 200, 50},
		{"empty drawing", Drawing{}, 5, 5, 10, 10, 5, 5, 0, 0},
		{"no room", d, 5, 5, 0, 10, 5, 5, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pdf := fpdf.New("P", "mm", "A4", "")
			pdf.AddPage()
			fx, fy, fw, fh := Draw(pdf, c.d, c.x, c.y, c.w, c.h)
			for _, p := range [][2]float64{{fx, c.fx}, {fy, c.fy}, {fw, c.fw}, {fh, c.fh}} {
				if math.Abs(p[0]-p[1]) > 1e-9 {
					t.Fatalf("box %.2f %.2f %.2f %.2f, want %.2f %.2f %.2f %.2f", fx, fy, fw, fh, c.fx, c.fy, c.fw, c.fh)
				}
			}
			if err := pdf.Error(); err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := pdf.Output(&buf); err != nil {
				t.Fatal(err)
			}
		})
	}
}
