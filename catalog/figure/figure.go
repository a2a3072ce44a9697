// Package figure draws a catalog entry's [catalog.Figure]: the body from
// its joint angles, the floor, the props and the arrows of the movement.
//
// Drawing happens once, into a [Drawing]: a short list of strokes, fills and
// circles in centimetres. Two back ends turn it into output: [SVG] writes a
// small standalone file, [Draw] paints vector paths into an fpdf document
// (the catalog sheet, the plan's guide). Both are deterministic: the same
// figure gives the same bytes.
package figure

import (
	"math"
	"sort"

	"github.com/gluteplan/gluteplan/catalog"
)

// Gray levels, 0 black to 255 white: the drawing prints on any home
// printer, in black and white.
const (
	black     = 0
	farGray   = 105 // the limbs of the far side
	startGray = 200 // the start pose
	startFar  = 218
	propGray  = 225 // fills of props
	white     = 255
	none      = -1
)

// Pt is a point of the drawing in centimetres, y up.
type Pt struct{ X, Y float64 }

// Seg is one step of a path: move to, line to, or a quadratic curve to P
// with control point C.
type Seg struct {
	Op   byte // 'M', 'L', 'Q'
	C, P Pt
}

// Shape is one thing painted: a path or a circle, stroked and/or filled.
type Shape struct {
	// Path is the outline; for a circle, empty.
	Path []Seg
	// Closed closes the path back to its start.
	Closed bool
	// Circle is the centre and R the radius of a circle, when R > 0.
	Circle Pt
	R      float64
	// Stroke is the gray of the line (none for no line), Width its width.
	Stroke int
	Width  float64
	// Fill is the gray of the inside, or none.
	Fill int
}

// Drawing is a figure ready to paint: its shapes, in painting order, and
// the box that holds them all.
type Drawing struct {
	Shapes []Shape
	// MinX, MinY, W, H bound every shape, line widths included, with a
	// little room around.
	MinX, MinY, W, H float64
}

// stroke is one piece of the body at a depth, to be painted far to near.
type stroke struct {
	depth  float64
	shapes []Shape
}

// New draws f. The end pose is solid black, its far limbs dark gray; the
// start pose, when the figure has an end pose, is light gray behind it.
func New(f *catalog.Figure) Drawing {
	start, end := f.Solve()
	var d Drawing
	main := start
	if end != nil {
		main = *end
	}
	d.props(f, start, end, false)
	if end != nil {
		d.body(start, startGray, startFar, false)
	}
	d.body(main, black, farGray, true)
	d.props(f, start, end, true)
	for _, a := range f.Arrows {
		d.arrow(a, start, end)
	}
	d.floor()
	return d
}

func pt(v catalog.Vec) Pt { return Pt{v.X, v.Y} }

func line(gray int, width float64, ps ...catalog.Vec) Shape {
	s := Shape{Stroke: gray, Width: width, Fill: none}
	for i, p := range ps {
		op := byte('L')
		if i == 0 {
			op = 'M'
		}
		s.Path = append(s.Path, Seg{Op: op, P: pt(p)})
	}
	return s
}

// haloed puts a white outline under a shape, so a limb in front of another
// reads as in front.
func haloed(s Shape, halo bool) []Shape {
	if !halo {
		return []Shape{s}
	}
	h := s
	h.Stroke, h.Width = white, s.Width+3
	if h.Fill != none {
		h.Fill = white
	}
	return []Shape{h, s}
}

// body paints one pose: the limbs of each side, the trunk and the head,
// farthest first.
func (d *Drawing) body(b catalog.Body, gray, far int, halo bool) {
	var ss []stroke
	add := func(depth float64, s Shape) {
		ss = append(ss, stroke{depth, haloed(s, halo)})
	}
	for i, m := range []catalog.Limb{b.Right, b.Left} {
		g := gray
		other := b.Left
		if i == 1 {
			other = b.Right
		}
		if b.Base == catalog.SideLying && i == 0 || b.Base != catalog.SideLying && m.Hip.Z < other.Hip.Z-1 {
			// The side away from the viewer; the lower one when lying on
			// a side.
			g = far
		}
		leg := line(g, catalog.LimbWidth, m.Hip, m.Knee, m.Ankle)
		foot := line(g, catalog.FootWidth, m.Ankle, m.Heel, m.Toe)
		foot.Closed, foot.Fill = true, g
		arm := line(g, catalog.LimbWidth*0.85, m.Shoulder, m.Elbow, m.Hand)
		legDepth := (m.Hip.Z + m.Knee.Z + m.Ankle.Z) / 3
		add(legDepth, leg)
		add(legDepth+0.01, foot)
		add((m.Shoulder.Z+m.Elbow.Z+m.Hand.Z)/3+0.02, arm)
	}
	// The trunk: a curve from the pelvis to the neck through the back,
	// hips and shoulders across, the neck and the head.
	trunk := Shape{Stroke: gray, Width: catalog.TrunkWidth, Fill: none}
	c := b.Back.Scale(2).Sub(b.Pelvis.Mid(b.Neck))
	trunk.Path = []Seg{{Op: 'M', P: pt(b.Pelvis)}, {Op: 'Q', C: pt(c), P: pt(b.Neck)}}
	tz := (b.Pelvis.Z + b.Neck.Z) / 2
	add(tz, trunk)
	ss[len(ss)-1].shapes = append(ss[len(ss)-1].shapes,
		line(gray, catalog.TrunkWidth*0.9, b.Right.Hip, b.Left.Hip),
		line(gray, catalog.TrunkWidth*0.8, b.Right.Shoulder, b.Left.Shoulder),
		line(gray, catalog.LimbWidth, b.Neck, b.Head))
	head := Shape{Circle: pt(b.Head), R: catalog.HeadRadius, Stroke: none, Fill: gray}
	// A nose says which way the face looks: up, down, ahead.
	nose := Shape{Circle: pt(b.Head.Add(b.Face.Scale(catalog.HeadRadius))), R: 2.6, Stroke: none, Fill: gray}
	hs := []Shape{head, nose}
	if halo {
		hh := head
		hh.R += 1.5
		hh.Fill = white
		hs = []Shape{hh, nose, head}
	}
	ss = append(ss, stroke{b.Head.Z + 0.03, hs})
	sort.SliceStable(ss, func(i, j int) bool { return ss[i].depth < ss[j].depth })
	for _, s := range ss {
		d.Shapes = append(d.Shapes, s.shapes...)
	}
}

// bounds returns the box of every shape drawn so far.
func (d *Drawing) bounds() (minX, minY, maxX, maxY float64) {
	minX, minY = math.Inf(1), math.Inf(1)
	maxX, maxY = math.Inf(-1), math.Inf(-1)
	grow := func(p Pt, r float64) {
		minX, maxX = math.Min(minX, p.X-r), math.Max(maxX, p.X+r)
		minY, maxY = math.Min(minY, p.Y-r), math.Max(maxY, p.Y+r)
	}
	for _, s := range d.Shapes {
		if s.R > 0 {
			grow(s.Circle, s.R+s.Width/2)
			continue
		}
		for _, g := range s.Path {
			grow(g.P, s.Width/2)
			if g.Op == 'Q' {
				grow(g.C, s.Width/2)
			}
		}
	}
	return
}

// floor draws the floor under everything and sets the drawing's box.
func (d *Drawing) floor() {
	minX, _, maxX, maxY := d.bounds()
	const pad = 8.0
	minX -= pad
	maxX += pad
	fl := Shape{Stroke: black, Width: 1.2, Fill: none, Path: []Seg{{Op: 'M', P: Pt{minX, 0}}, {Op: 'L', P: Pt{maxX, 0}}}}
	// Short strokes under the floor line, as in a technical drawing.
	hatch := Shape{Stroke: 150, Width: 0.8, Fill: none}
	for x := minX + 6; x < maxX-2; x += 12 {
		hatch.Path = append(hatch.Path, Seg{Op: 'M', P: Pt{x, -0.6}}, Seg{Op: 'L', P: Pt{x - 4, -4.6}})
	}
	d.Shapes = append([]Shape{fl, hatch}, d.Shapes...)
	// The box holds everything drawn, the floor's ends and anything below
	// it included, with a little room.
	x0, y0, x1, y1 := d.bounds()
	const room = 1.0
	d.MinX, d.MinY = x0-room, y0-room
	d.W, d.H = x1-x0+2*room, math.Max(y1, maxY+pad)-y0+2*room
}
