package figure

import (
	"math"

	"github.com/gluteplan/gluteplan/catalog"
)

// restingPose returns the pose in which part rests lower on its prop: a
// chair is drawn under the seated start of a sit-to-stand, not under the
// standing end.
func restingPose(part catalog.BodyPart, props []catalog.Prop, start catalog.Body, end *catalog.Body) catalog.Body {
	if end == nil || start.Gap(part, props) < end.Gap(part, props) {
		return start
	}
	return *end
}

// inFront reports whether a prop is painted over the body: what the body
// holds or wears.
func inFront(kind string) bool { return kind == "band" || kind == "weight" || kind == "strap" }

// props paints the props behind the body (front false) or in front of it
// (bands, weights and straps, front true).
func (d *Drawing) props(f *catalog.Figure, start catalog.Body, end *catalog.Body, front bool) {
	for _, p := range f.Props {
		if inFront(p.Kind) != front {
			continue
		}
		b := restingPose(p.At, f.Props, start, end)
		at := b.Point(p.At)
		x := at.X
		half := partHalf(p.At)
		// A ball or roller on a chair or bench sits on its top.
		under := 0.0
		if p.Kind == "ball" || p.Kind == "roller" {
			for _, q := range f.Props {
				if q.At == p.At && (q.Kind == "chair" || q.Kind == "bench" || q.Kind == "step") {
					l, _ := catalog.PropLevel(q.Kind)
					under += l
				}
			}
		}
		rect := func(x0, y0, x1, y1 float64) Shape {
			return Shape{Stroke: black, Width: 0.9, Fill: propGray, Closed: true, Path: []Seg{
				{Op: 'M', P: Pt{x0, y0}}, {Op: 'L', P: Pt{x1, y0}}, {Op: 'L', P: Pt{x1, y1}}, {Op: 'L', P: Pt{x0, y1}}}}
		}
		switch p.Kind {
		case "mat":
			minX, maxX := bodySpan(start, end)
			d.Shapes = append(d.Shapes, rect(minX-6, 0, maxX+6, 1.5))
		case "chair":
			seat, back, height := catalog.ChairSeat, -1.0, 42.0
			beside := false
			if !catalog.Carries(p) {
				// Held at the top of its backrest, beside the body.
				height = math.Max(20, at.Y-catalog.LimbWidth/2-seat)
				if f.View != "front" && math.Abs(at.X-b.Pelvis.X) < heldBeside {
					// Seen from the side, a hand held low by the body
					// rests on a chair at the person's side, whose back
					// faces the viewer (leg swings: drawn side-on, its
					// seat read as a stool under the swinging leg).
					beside = true
				} else {
					x += side(b, at) * 14
				}
			}
			if f.View == "front" || beside {
				// Seen from the front: the backrest behind the body.
				d.Shapes = append(d.Shapes, rect(x-20, seat, x+20, seat+height))
			} else {
				d.Shapes = append(d.Shapes, rect(x+back*24, seat, x+back*21, seat+height))
			}
			d.Shapes = append(d.Shapes, rect(x-24, seat-3, x+18, seat),
				rect(x-23, 0, x-20, seat-3), rect(x+14, 0, x+17, seat-3))
		case "bench":
			h := catalog.BenchHeight
			d.Shapes = append(d.Shapes, rect(x-40, h-4, x+8, h), rect(x-36, 0, x-31, h-4), rect(x-2, 0, x+3, h-4))
		case "step":
			h := catalog.StepHeight
			d.Shapes = append(d.Shapes, rect(x-16, 0, x+16, h))
		case "roller":
			r := catalog.RollerSize / 2
			c := Pt{x, under + r}
			if w, ok := wallAt(f.Props, p.At); ok && w {
				// Pinned between the body and a wall, seen end-on: a
				// rolled towel or cushion at a knee.
				c = Pt{x + side(b, at)*(r+half), at.Y}
			}
			d.Shapes = append(d.Shapes, Shape{Circle: c, R: r, Stroke: black, Width: 0.9, Fill: propGray},
				Shape{Circle: c, R: 1.5, Stroke: none, Fill: black})
		case "ball", "exercise_ball":
			r := catalog.BallSize / 2
			if p.Kind == "exercise_ball" {
				r = catalog.ExerciseBallSize / 2
			}
			c := Pt{x, under + r}
			if under > 0 && p.At == "pelvis" && f.View != "front" {
				// A ball sat on goes under the fleshy back of the
				// buttock, behind the bone one sits on (the middle is
				// where the sciatic nerve runs): towards the backrest.
				c.X -= r
			}
			if w, ok := wallAt(f.Props, p.At); ok && w {
				// Pinned between the body and a wall.
				s := side(b, at)
				c = Pt{x + s*(r+half), at.Y}
			}
			d.Shapes = append(d.Shapes, Shape{Circle: c, R: r, Stroke: black, Width: 0.9, Fill: 140})
		case "wall":
			s := side(b, at)
			wx := x + s*half
			wx += s * ballAt(f.Props, p.At)
			top := math.Max(175, at.Y+30)
			d.Shapes = append(d.Shapes, Shape{Stroke: black, Width: 1.4, Fill: none, Path: []Seg{{Op: 'M', P: Pt{wx, 0}}, {Op: 'L', P: Pt{wx, top}}}})
			hatch := Shape{Stroke: 150, Width: 0.8, Fill: none}
			for y := 8.0; y < top; y += 12 {
				hatch.Path = append(hatch.Path, Seg{Op: 'M', P: Pt{wx + s*0.7, y}}, Seg{Op: 'L', P: Pt{wx + s*4.7, y + 4}})
			}
			d.Shapes = append(d.Shapes, hatch)
		case "weight":
			// What the body holds is drawn where the body ends up.
			wb := start
			if end != nil {
				wb = *end
			}
			d.Shapes = append(d.Shapes, kettlebell(wb, p.At)...)
		case "strap":
			sb := start
			if end != nil {
				sb = *end
			}
			from := pt(sb.Point(p.At))
			for _, h := range []catalog.Vec{sb.Right.Hand, sb.Left.Hand} {
				d.Shapes = append(d.Shapes, Shape{Stroke: black, Width: 1.8, Fill: none, Path: []Seg{{Op: 'M', P: from}, {Op: 'L', P: pt(h)}}})
			}
		case "band":
			a, c := bandEnds(b, p.At)
			if math.Hypot(a.X-c.X, a.Y-c.Y) < 4 {
				// Seen side-on, the band is a ring around the limb: a
				// white gap between the two makes it stand out.
				r := catalog.LimbWidth/2 + 2.2
				d.Shapes = append(d.Shapes,
					Shape{Circle: pt(a.Mid(c)), R: r, Stroke: white, Width: 4, Fill: none},
					Shape{Circle: pt(a.Mid(c)), R: r, Stroke: black, Width: 2, Fill: none})
				continue
			}
			d.Shapes = append(d.Shapes, line(black, 2.2, a, c))
		}
	}
}

// heldBeside is how far in front of or behind the pelvis, in
// centimetres, a hand on a chair's backrest has the chair at the side.
const heldBeside = 20.0

// kettlebellR is the radius of a drawn weight's bell, in centimetres.
const kettlebellR = 7.0

// kettlebell draws a weight: hanging by its handle from a hand, or resting
// on top of any other part (the hips of a bridge).
func kettlebell(b catalog.Body, at catalog.BodyPart) []Shape {
	p := pt(b.Point(at))
	r := kettlebellR
	var top Pt // the top of the handle
	var bell Pt
	switch canonical := string(at); canonical {
	case "near_hand", "far_hand", "right_hand", "left_hand":
		top = Pt{p.X, p.Y + 2}
		bell = Pt{p.X, top.Y - 6 - r}
	default:
		bell = Pt{p.X, p.Y + partHalf(at) + r}
		top = Pt{p.X, bell.Y + r + 6}
	}
	// The handle: an arch from one shoulder of the bell to the other.
	l, rr := Pt{bell.X - r*0.7, bell.Y + r*0.6}, Pt{bell.X + r*0.7, bell.Y + r*0.6}
	handle := Shape{Stroke: black, Width: 1.8, Fill: none, Path: []Seg{
		{Op: 'M', P: l}, {Op: 'Q', C: Pt{l.X - 1, top.Y + 3}, P: top}, {Op: 'Q', C: Pt{rr.X + 1, top.Y + 3}, P: rr}}}
	return []Shape{
		{Stroke: white, Width: 4, Fill: none, Path: handle.Path},
		handle,
		{Circle: bell, R: r + 1.2, Stroke: none, Fill: white},
		{Circle: bell, R: r, Stroke: black, Width: 1, Fill: 60},
	}
}

// partHalf is half the drawn thickness of a part: how far from its point a
// wall or a ball touches it.
func partHalf(p catalog.BodyPart) float64 {
	switch p {
	case "head":
		return catalog.HeadRadius
	case "shoulders", "back", "pelvis":
		return catalog.TrunkWidth / 2
	}
	return catalog.LimbWidth / 2
}

// side is the direction, -1 left or +1 right, from the middle of the body
// toward at: where a wall stands.
func side(b catalog.Body, at catalog.Vec) float64 {
	c := b.Pelvis.Mid(b.Neck)
	if at.X < c.X-1 {
		return -1
	}
	if at.X > c.X+1 {
		return 1
	}
	if b.Face.X > 0 {
		return -1
	}
	return 1
}

func wallAt(props []catalog.Prop, at catalog.BodyPart) (bool, bool) {
	for _, p := range props {
		if p.Kind == "wall" && p.At == at {
			return true, true
		}
	}
	return false, false
}

// ballAt is the size of a ball or roller at the part, pinned against a
// wall there, or 0.
func ballAt(props []catalog.Prop, at catalog.BodyPart) float64 {
	for _, p := range props {
		if p.At != at {
			continue
		}
		switch p.Kind {
		case "ball":
			return catalog.BallSize
		case "roller":
			return catalog.RollerSize
		case "exercise_ball":
			return catalog.ExerciseBallSize
		}
	}
	return 0
}

// bandEnds returns where a band around a pair of parts reaches on each
// side.
func bandEnds(b catalog.Body, at catalog.BodyPart) (catalog.Vec, catalog.Vec) {
	r, l := b.Right, b.Left
	switch at {
	case "knees":
		return r.Knee.Lerp(r.Hip, 0.12), l.Knee.Lerp(l.Hip, 0.12)
	case "thighs":
		return r.Hip.Mid(r.Knee), l.Hip.Mid(l.Knee)
	case "ankles":
		return r.Ankle, l.Ankle
	}
	p := b.Point(at)
	return p, p
}

// bodySpan is the horizontal extent of the bodies.
func bodySpan(start catalog.Body, end *catalog.Body) (minX, maxX float64) {
	minX, maxX = math.Inf(1), math.Inf(-1)
	bs := []catalog.Body{start}
	if end != nil {
		bs = append(bs, *end)
	}
	for _, b := range bs {
		for _, v := range []catalog.Vec{b.Head, b.Neck, b.Pelvis, b.Right.Toe, b.Left.Toe, b.Right.Heel, b.Left.Heel, b.Right.Hand, b.Left.Hand, b.Right.Knee, b.Left.Knee} {
			minX, maxX = math.Min(minX, v.X), math.Max(maxX, v.X)
		}
	}
	return minX - catalog.HeadRadius, maxX + catalog.HeadRadius
}

// arrow paints the arrow of a movement, beside the moving part so it does
// not hide it, or a push arrow from a part that stays put.
func (d *Drawing) arrow(a catalog.Arrow, start catalog.Body, end *catalog.Body) {
	p0 := pt(start.Point(a.Part))
	var p1 Pt
	switch {
	case a.Direction != nil:
		// A push: the arrow's tip comes to the part from the side it is
		// pushed from, as a force is drawn.
		th := *a.Direction * math.Pi / 180
		u := Pt{math.Cos(th), math.Sin(th)}
		base := p0
		if end != nil {
			base = pt(end.Point(a.Part))
		}
		gap := partHalf(a.Part) + 2
		p0 = Pt{base.X - u.X*(gap+18), base.Y - u.Y*(gap+18)}
		p1 = Pt{base.X - u.X*gap, base.Y - u.Y*gap}
	case end != nil:
		p1 = pt(end.Point(a.Part))
		// Beside the limb: move the arrow away from the trunk.
		dx, dy := p1.X-p0.X, p1.Y-p0.Y
		n := math.Hypot(dx, dy)
		if n < 1 {
			return
		}
		if n < 15 || a.Part == "back" {
			// A short movement: an arrow just past where the part ends
			// up, pointing on, reads better than one beside it.
			ux, uy := dx/n, dy/n
			gap := partHalf(a.Part) + 2
			p0 = Pt{p1.X + ux*gap, p1.Y + uy*gap}
			p1 = Pt{p1.X + ux*(gap+18), p1.Y + uy*(gap+18)}
			break
		}
		nx, ny := -dy/n, dx/n
		c := pt(end.Pelvis.Mid(end.Neck))
		m := Pt{(p0.X + p1.X) / 2, (p0.Y + p1.Y) / 2}
		if (m.X-c.X)*nx+(m.Y-c.Y)*ny < 0 {
			nx, ny = -nx, -ny
		}
		off := 11.0
		p0 = Pt{p0.X + nx*off, p0.Y + ny*off}
		p1 = Pt{p1.X + nx*off, p1.Y + ny*off}
		// Shorten both ends a little, so the arrow stays clear of the
		// limbs where it starts and ends.
		k := math.Min(4, n/4)
		p0 = Pt{p0.X + dx/n*k, p0.Y + dy/n*k}
		p1 = Pt{p1.X - dx/n*k, p1.Y - dy/n*k}
	default:
		return
	}
	dx, dy := p1.X-p0.X, p1.Y-p0.Y
	n := math.Hypot(dx, dy)
	if n < 1 {
		return
	}
	// A bend makes an arc: the control point off the chord's middle.
	c := Pt{(p0.X+p1.X)/2 - dy*a.Bend, (p0.Y+p1.Y)/2 + dx*a.Bend}
	// The head points along the curve's last tangent.
	tx, ty := p1.X-c.X, p1.Y-c.Y
	tn := math.Hypot(tx, ty)
	tx, ty = tx/tn, ty/tn
	const headLen, headHalf = 8.0, 4.5
	base := Pt{p1.X - tx*headLen, p1.Y - ty*headLen}
	shaft := Shape{Stroke: black, Width: 2, Fill: none, Path: []Seg{{Op: 'M', P: p0}, {Op: 'Q', C: c, P: base}}}
	if a.Bend == 0 {
		shaft.Path[1] = Seg{Op: 'L', P: base}
	}
	head := Shape{Stroke: black, Width: 1, Fill: black, Closed: true, Path: []Seg{
		{Op: 'M', P: p1},
		{Op: 'L', P: Pt{base.X - ty*headHalf, base.Y + tx*headHalf}},
		{Op: 'L', P: Pt{base.X + ty*headHalf, base.Y - tx*headHalf}}}}
	d.Shapes = append(d.Shapes, haloed(shaft, true)...)
	d.Shapes = append(d.Shapes, haloed(head, true)...)
}
