package figure

import (
	"math"

	"github.com/go-pdf/fpdf"
)

// Draw paints d into the current page of pdf as vector paths, scaled to
// fit the box at (x, y) of size w × h (in the document's unit, y down) and
// centred in it. It returns the box the figure took, for layout checks.
// Line cap and join styles are left round; callers that draw more after
// it set their own.
func Draw(pdf *fpdf.Fpdf, d Drawing, x, y, w, h float64) (fx, fy, fw, fh float64) {
	if d.W <= 0 || d.H <= 0 || w <= 0 || h <= 0 {
		return x, y, 0, 0
	}
	k := math.Min(w/d.W, h/d.H)
	fw, fh = d.W*k, d.H*k
	fx, fy = x+(w-fw)/2, y+(h-fh)/2
	top := d.MinY + d.H
	px := func(v float64) float64 { return fx + (v-d.MinX)*k }
	py := func(v float64) float64 { return fy + (top-v)*k }
	pdf.SetLineCapStyle("round")
	pdf.SetLineJoinStyle("round")
	for _, s := range d.Shapes {
		style := ""
		if s.Stroke != none {
			pdf.SetDrawColor(s.Stroke, s.Stroke, s.Stroke)
			pdf.SetLineWidth(s.Width * k)
			style = "D"
		}
		if s.Fill != none {
			pdf.SetFillColor(s.Fill, s.Fill, s.Fill)
			style += "F"
		}
		if style == "DF" {
			style = "FD"
		}
		if s.R > 0 {
			pdf.Circle(px(s.Circle.X), py(s.Circle.Y), s.R*k, style)
			continue
		}
		for _, g := range s.Path {
			switch g.Op {
			case 'M':
				pdf.MoveTo(px(g.P.X), py(g.P.Y))
			case 'L':
				pdf.LineTo(px(g.P.X), py(g.P.Y))
			case 'Q':
				pdf.CurveTo(px(g.C.X), py(g.C.Y), px(g.P.X), py(g.P.Y))
			}
		}
		if s.Closed {
			pdf.ClosePath()
		}
		pdf.DrawPath(style)
	}
	return fx, fy, fw, fh
}
