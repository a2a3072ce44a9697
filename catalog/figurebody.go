package catalog

import "math"

// Vec is a point or a direction in centimetres: X to the right of the
// drawing, Y up, Z toward the viewer.
type Vec struct{ X, Y, Z float64 }

// Add returns a + b.
func (a Vec) Add(b Vec) Vec { return Vec{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }

// Sub returns a − b.
func (a Vec) Sub(b Vec) Vec { return Vec{a.X - b.X, a.Y - b.Y, a.Z - b.Z} }

// Scale returns a stretched k times.
func (a Vec) Scale(k float64) Vec { return Vec{a.X * k, a.Y * k, a.Z * k} }

// Dot returns the dot product of a and b.
func (a Vec) Dot(b Vec) float64 { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }

// Cross returns the cross product a × b.
func (a Vec) Cross(b Vec) Vec { return Vec{a.Y*b.Z - a.Z*b.Y, a.Z*b.X - a.X*b.Z, a.X*b.Y - a.Y*b.X} }

// Mid returns the point halfway between a and b.
func (a Vec) Mid(b Vec) Vec { return a.Add(b).Scale(0.5) }

// Lerp returns the point a fraction t of the way from a to b.
func (a Vec) Lerp(b Vec, t float64) Vec { return a.Add(b.Sub(a).Scale(t)) }

// cosSin returns the cosine and sine of deg degrees.
func cosSin(deg float64) (c, s float64) {
	th := deg * math.Pi / 180
	return math.Cos(th), math.Sin(th)
}

// turned turns v about the unit axis k (right-hand rule) by the angle
// whose cosine and sine are c and s.
func turned(v, k Vec, c, s float64) Vec {
	return v.Scale(c).Add(k.Cross(v).Scale(s)).Add(k.Scale(k.Dot(v) * (1 - c)))
}

// frame is an orientation: the directions of a body part's forward, up and
// left, with left = up × forward.
type frame struct{ f, u, l Vec }

// turn rotates the frame by deg about one of its own axes. The cosine
// and sine are worked out once for the three directions (a figure's poses
// make about twenty turns each).
func (fr frame) turn(axis Vec, deg float64) frame {
	c, s := cosSin(deg)
	return frame{turned(fr.f, axis, c, s), turned(fr.u, axis, c, s), turned(fr.l, axis, c, s)}
}

// Body sizes in centimetres, of an adult about 1.72 m tall. Every figure
// uses the same, so figures compare at a glance.
const (
	HeadRadius   = 9.5
	neckLen      = 9.0
	trunkLen     = 50.0
	hipHalf      = 9.0
	shoulderHalf = 14.0
	thighLen     = 43.0
	shankLen     = 42.0
	upperArmLen  = 29.0
	forearmLen   = 33.0 // to the middle of the hand
	ankleHeight  = 7.0
	heelBack     = 5.0
	toeFront     = 17.0
	// LimbWidth, TrunkWidth and FootWidth are the drawn thicknesses.
	LimbWidth  = 8.5
	TrunkWidth = 17.0
	FootWidth  = 5.0
)

// Limb is the joints of one side, from the body outward.
type Limb struct {
	Hip, Knee, Ankle, Heel, Toe Vec
	Shoulder, Elbow, Hand       Vec
}

// Body is a pose solved to points: where each joint is, placed so that the
// body rests on the floor or on its props.
type Body struct {
	Head, Neck, Pelvis Vec
	// Back is the control point of the curve of the spine, between the
	// pelvis and the neck.
	Back Vec
	// Face is the unit direction the face looks in.
	Face Vec
	// Base is the base position the body was solved from.
	Base Position
	// Right and Left are the limbs of each side; in the side view the
	// right side is the near one.
	Right, Left Limb
}

// baseFrame is the neutral orientation of the trunk in each base position,
// seen in the side view: upright facing right; lying on the back with the
// head to the left; face down or on hands and knees with the head to the
// right; lying on the right side with the head to the left, facing the
// viewer.
func baseFrame(p Position) frame {
	X, Y, Z := Vec{1, 0, 0}, Vec{0, 1, 0}, Vec{0, 0, 1}
	switch p {
	case Supine:
		return frame{f: Y, u: X.Scale(-1), l: Z.Scale(-1)}
	case Prone, Quadruped:
		return frame{f: Y.Scale(-1), u: X, l: Z.Scale(-1)}
	case SideLying:
		return frame{f: Z, u: X.Scale(-1), l: Y}
	}
	return frame{f: X, u: Y, l: Z.Scale(-1)}
}

// sides returns the angles of the right and left sides, whichever names
// the pose used.
func (p Pose) sides() (right, left Side) {
	pick := func(a, b *Side) Side {
		if a != nil {
			return *a
		}
		if b != nil {
			return *b
		}
		return Side{}
	}
	return pick(p.Near, p.Right), pick(p.Far, p.Left)
}

// solve computes the joints of p in the body's own space, before placing
// it on the floor. view turns the body to face the viewer for "front".
func (p Pose) solve(view string) Body {
	fr := baseFrame(p.Base)
	if view == "front" && p.Base != SideLying {
		fr = fr.turn(Vec{0, 1, 0}, -90)
	}
	// The trunk pivots at the pelvis: forward about the left axis, sideways
	// about the forward axis.
	fr = fr.turn(fr.l, p.Trunk)
	fr = fr.turn(fr.f, -p.TrunkSide)
	b := Body{Base: p.Base, Face: fr.f}
	b.Neck = fr.u.Scale(trunkLen)
	b.Head = b.Neck.Add(fr.u.Scale(neckLen + HeadRadius))
	// A rounded back bulges backward, a hollow one forward.
	b.Back = b.Neck.Scale(0.5).Add(fr.f.Scale(-p.Spine * 0.45))
	right, left := p.sides()
	b.Right = limb(fr, right, -1, b.Neck)
	b.Left = limb(fr, left, 1, b.Neck)
	if p.Base == SideLying {
		// Seen straight from the front, a side-lying body hides every bend
		// of its hips and knees: look from above at an angle instead, so a
		// clamshell shows its bent knees and the top one opening.
		c, s := cosSin(sideLyingTilt)
		b = b.each(func(v Vec) Vec { return turned(v, Vec{1, 0, 0}, c, s) })
	}
	return b
}

// sideLyingTilt is how far above the floor the view of a side-lying body
// is raised, in degrees.
const sideLyingTilt = 35

// each returns b with f applied to every point; directions such as the
// face turn with it.
func (b Body) each(f func(Vec) Vec) Body {
	o := f(Vec{})
	b.Face = f(b.Face).Sub(o)
	b.Head, b.Neck, b.Pelvis, b.Back = f(b.Head), f(b.Neck), f(b.Pelvis), f(b.Back)
	for _, m := range [2]*Limb{&b.Right, &b.Left} {
		for _, p := range [...]*Vec{&m.Hip, &m.Knee, &m.Ankle, &m.Heel, &m.Toe, &m.Shoulder, &m.Elbow, &m.Hand} {
			*p = f(*p)
		}
	}
	return b
}

// limb solves one side: s is +1 for the left side, -1 for the right.
func limb(fr frame, a Side, s float64, neck Vec) Limb {
	var m Limb
	// Leg: flexion about the left axis, abduction about the forward axis,
	// rotation about the thigh.
	m.Hip = fr.l.Scale(s * hipHalf)
	th := fr.turn(fr.l, -a.Hip)
	th = th.turn(th.f, s*a.Abduction)
	th = th.turn(th.u, s*a.Rotation)
	m.Knee = m.Hip.Add(th.u.Scale(-thighLen))
	sh := th.turn(th.l, a.Knee)
	m.Ankle = m.Knee.Add(sh.u.Scale(-shankLen))
	ft := sh.turn(sh.l, -a.Ankle)
	m.Heel = m.Ankle.Add(ft.u.Scale(-ankleHeight)).Add(ft.f.Scale(-heelBack))
	m.Toe = m.Ankle.Add(ft.u.Scale(-ankleHeight * 0.7)).Add(ft.f.Scale(toeFront))
	// Arm: flexion raises it forward, abduction out to the side.
	m.Shoulder = neck.Add(fr.l.Scale(s * shoulderHalf)).Add(fr.u.Scale(-3))
	ar := fr.turn(fr.l, -a.Shoulder)
	ar = ar.turn(ar.f, s*a.ShoulderAbduction)
	m.Elbow = m.Shoulder.Add(ar.u.Scale(-upperArmLen))
	fa := ar.turn(ar.l, -a.Elbow)
	m.Hand = m.Elbow.Add(fa.u.Scale(-forearmLen))
	return m
}

// Prop sizes in centimetres.
const (
	ChairSeat        = 43.0
	BenchHeight      = 40.0
	StepHeight       = 17.0
	RollerSize       = 15.0
	BallSize         = 8.0
	ExerciseBallSize = 60.0
)

// PropLevel is the height of the top of a prop that carries a part of the
// body, and whether the prop carries one.
func PropLevel(kind string) (float64, bool) {
	switch kind {
	case "chair":
		return ChairSeat, true
	case "bench":
		return BenchHeight, true
	case "step":
		return StepHeight, true
	case "roller":
		return RollerSize, true
	case "ball":
		return BallSize, true
	case "exercise_ball":
		return ExerciseBallSize, true
	}
	return 0, false
}

// contact is one point of the body with how far it must stay above the
// floor: its own thickness, or the top of the prop under it.
type contact struct {
	part  BodyPart
	p     Vec
	above float64
}

// sideParts names the contact parts of each side, near (the right limb)
// then far, so that contacts builds no names.
var sideParts = [2]struct{ knee, thigh, foot, elbow, hand BodyPart }{
	{"near_knee", "near_thigh", "near_foot", "near_elbow", "near_hand"},
	{"far_knee", "far_thigh", "far_foot", "far_elbow", "far_hand"},
}

// nContacts is how many points contacts lists.
const nContacts = 4 + 2*7

// contacts lists the points of b that may touch the floor or a prop. It
// returns them by value: it runs several times for every figure checked
// or drawn, and a list on the heap each time was most of what checking a
// large catalog allocated.
func (b Body) contacts(props []Prop) [nContacts]contact {
	cs := [nContacts]contact{
		{"head", b.Head, HeadRadius},
		{"shoulders", b.Neck, TrunkWidth / 2},
		{"back", b.Back, TrunkWidth / 2},
		{"pelvis", b.Pelvis, TrunkWidth / 2},
	}
	k := 4
	for i, m := range [2]*Limb{&b.Right, &b.Left} {
		n := &sideParts[i]
		cs[k+0] = contact{n.knee, m.Knee, LimbWidth / 2}
		cs[k+1] = contact{n.thigh, m.Hip.Mid(m.Knee), LimbWidth / 2}
		cs[k+2] = contact{n.foot, m.Heel, FootWidth / 2}
		cs[k+3] = contact{n.foot, m.Toe, FootWidth / 2}
		cs[k+4] = contact{n.foot, m.Ankle, LimbWidth / 2}
		cs[k+5] = contact{n.elbow, m.Elbow, LimbWidth / 2}
		cs[k+6] = contact{n.hand, m.Hand, LimbWidth / 2}
		k += 7
	}
	for _, pr := range props {
		level, ok := PropLevel(pr.Kind)
		if !ok || !Carries(pr) || pinnedToWall(props, pr) {
			// A ball pinned between the body and a wall carries nothing.
			continue
		}
		at := carriedPart(pr.At)
		for i := range cs {
			if cs[i].part == at || at == "pelvis" && cs[i].part == "pelvis" {
				cs[i].above += level
			}
		}
		// A prop under both thighs, knees or ankles carries each (the
		// ankles, with the feet: calves on a ball).
		var near, far BodyPart
		switch at {
		case "thighs":
			near, far = sideParts[0].thigh, sideParts[1].thigh
		case "knees":
			near, far = sideParts[0].knee, sideParts[1].knee
		case "ankles":
			near, far = sideParts[0].foot, sideParts[1].foot
		default:
			continue
		}
		for i := range cs {
			if cs[i].part == near || cs[i].part == far {
				cs[i].above += level
			}
		}
	}
	return cs
}

// Carries reports whether p holds up the part it is at: a chair at a hand
// is only held on to, at whatever height the hand is.
func Carries(p Prop) bool {
	if _, ok := PropLevel(p.Kind); !ok {
		return false
	}
	c := canonicalPart(p.At)
	return !(p.Kind == "chair" && (c == "near_hand" || c == "far_hand"))
}

// carriedPart is the contact point that rests on a prop at p: a hip rests
// with the pelvis.
func carriedPart(p BodyPart) BodyPart {
	switch c := canonicalPart(p); c {
	case "near_hip", "far_hip":
		return "pelvis"
	default:
		return c
	}
}

// canonicalPart names right_ and left_ parts as near_ and far_ ones.
func canonicalPart(p BodyPart) BodyPart {
	s := string(p)
	switch {
	case len(s) > 6 && s[:6] == "right_":
		return BodyPart("near_" + s[6:])
	case len(s) > 5 && s[:5] == "left_":
		return BodyPart("far_" + s[5:])
	}
	return p
}

// Solve places both poses of f: each rests on the floor or on its props,
// the start's pelvis at x = 0 and the end moved to keep what both rest on
// in place. The end pose is nil for a still hold.
func (f *Figure) Solve() (start Body, end *Body) {
	start = f.Start.solve(f.View).place(f.Props, f.settles(f.Start.Base))
	if f.End != nil {
		e := f.End.solve(f.View).place(f.Props, f.settles(f.End.Base))
		e = anchor(start, e, f.Props)
		end = &e
	}
	return start, end
}

// anchor moves end sideways so that the part both poses rest on is where
// it was at the start: the feet of a standing figure, so a sit-to-stand
// rises over its feet; the shoulders of a bridge; hands and knees on all
// fours.
func anchor(start, end Body, props []Prop) Body {
	rs, re := resting(start.contacts(props)), resting(end.contacts(props))
	for _, p := range [...]BodyPart{"far_foot", "near_foot", "near_knee", "far_knee", "near_hand", "far_hand", "shoulders", "pelvis", "head"} {
		if rs.gap(p) < 1 && re.gap(p) < 1 {
			a, b := start.Point(p), end.Point(p)
			return end.Shift(Vec{X: a.X - b.X})
		}
	}
	return end
}

// settles reports whether a pose of base in f rests where gravity puts it
// (lying, on all fours, sitting on the floor or on a roller) rather than
// where its angles hold it up (standing, kneeling, sitting on a chair).
func (f *Figure) settles(base Position) bool {
	switch base {
	case Supine, Prone, SideLying, Quadruped, FloorSeated:
		return true
	case Seated:
		for _, p := range f.Props {
			if p.Kind == "chair" || p.Kind == "bench" || p.Kind == "exercise_ball" {
				return false
			}
		}
		return true
	}
	return false
}

// place lifts b until nothing is below the floor or inside a prop, and
// the lowest point touches. A body on the floor first settles as a rigid
// body would: it turns until it rests on two points either side of its
// centre of mass (shoulders and feet in a bridge, hands and knees on all
// fours), so figure data need not work out the tilt that makes both touch.
func (b Body) place(props []Prop, settle bool) Body {
	if settle {
		b = b.settle(props)
	}
	dy := math.Inf(-1)
	for _, c := range b.contacts(props) {
		dy = math.Max(dy, c.above-c.p.Y)
	}
	return b.Shift(Vec{0, dy, 0})
}

// Shift moves the whole body by d.
func (b Body) Shift(d Vec) Body {
	face := b.Face
	b = b.each(func(v Vec) Vec { return v.Add(d) })
	b.Face = face
	return b
}

// Gap is how far the part's lowest contact point is above what carries it
// (the floor, or the top of its prop): 0 when it rests there.
func (b Body) Gap(part BodyPart, props []Prop) float64 {
	r := resting(b.contacts(props))
	return r.gap(part)
}

// resting is the contacts of a body (see [Body.contacts]), worked out once
// for asking how far several of its parts rest above what carries them.
type resting [nContacts]contact

// gap is [Body.Gap] of the body whose contacts r holds.
func (r *resting) gap(part BodyPart) float64 {
	part = canonicalPart(part)
	g := math.Inf(1)
	for i := range r {
		if c := &r[i]; c.part == part {
			g = math.Min(g, c.p.Y-c.above)
		}
	}
	return g
}

// Point returns where a part of the body is.
func (b Body) Point(part BodyPart) Vec {
	r, l := b.Right, b.Left
	switch canonicalPart(part) {
	case "head":
		return b.Head
	case "shoulders":
		return b.Neck
	case "back":
		return b.Back
	case "pelvis":
		return b.Pelvis
	case "near_hip":
		return r.Hip
	case "far_hip":
		return l.Hip
	case "near_knee":
		return r.Knee
	case "far_knee":
		return l.Knee
	case "near_foot":
		return r.Ankle.Lerp(r.Heel.Mid(r.Toe), 0.5)
	case "far_foot":
		return l.Ankle.Lerp(l.Heel.Mid(l.Toe), 0.5)
	case "near_hand":
		return r.Hand
	case "far_hand":
		return l.Hand
	case "near_elbow":
		return r.Elbow
	case "far_elbow":
		return l.Elbow
	case "near_thigh":
		return r.Hip.Mid(r.Knee)
	case "far_thigh":
		return l.Hip.Mid(l.Knee)
	case "knees":
		return r.Knee.Mid(l.Knee)
	case "thighs":
		return r.Hip.Mid(r.Knee).Mid(l.Hip.Mid(l.Knee))
	case "ankles":
		return r.Ankle.Mid(l.Ankle)
	}
	return b.Pelvis
}

// settle turns b in the plane of the drawing until the lowest edge of its
// outline under its centre of mass is level, at most 60 degrees in all.
func (b Body) settle(props []Prop) Body {
	total := 0.0
	for range 8 {
		cs := b.contacts(props)
		com := b.centreOfMass()
		// The points as they would sit: each lowered by its thickness and
		// the prop under it.
		type p2 struct{ x, y float64 }
		var pts [nContacts]p2
		for i, c := range cs {
			pts[i] = p2{c.p.X, c.p.Y - c.above}
		}
		// The lowest point, then the support on each side of the centre
		// of mass: the point that makes the shallowest angle.
		low := 0
		for i, p := range pts {
			if p.y < pts[low].y {
				low = i
			}
		}
		lp := pts[low]
		dir := 1.0
		if com.X < lp.x {
			dir = -1
		}
		if math.Abs(com.X-lp.x) < 0.5 {
			break
		}
		// Tipping toward the centre of mass about the lowest point: the
		// first point to touch is the one at the smallest angle.
		best, bestAng := -1, math.Inf(1)
		for i, p := range pts {
			dx := (p.x - lp.x) * dir
			if dx < 1 {
				continue
			}
			ang := math.Atan2(p.y-lp.y, dx)
			if ang < bestAng {
				best, bestAng = i, ang
			}
		}
		if best < 0 || bestAng < 0.2*math.Pi/180 {
			break
		}
		deg := bestAng * 180 / math.Pi * dir
		if math.Abs(total+deg) > 60 {
			break
		}
		total += deg
		pivot := Vec{lp.x, cs[low].p.Y, 0}
		c, s := cosSin(-deg)
		b = b.each(func(v Vec) Vec { return turned(v.Sub(pivot), Vec{0, 0, 1}, c, s).Add(pivot) })
	}
	return b
}

// centreOfMass is a rough centre of mass of the body: the trunk and head
// weigh most, the hands least.
func (b Body) centreOfMass() Vec {
	var sum Vec
	w := 0.0
	add := func(p Vec, k float64) { sum = sum.Add(p.Scale(k)); w += k }
	add(b.Head, 7)
	add(b.Neck, 14)
	add(b.Neck.Mid(b.Pelvis), 16)
	add(b.Pelvis, 14)
	for _, m := range []Limb{b.Right, b.Left} {
		add(m.Hip.Mid(m.Knee), 10)
		add(m.Knee.Mid(m.Ankle), 4.5)
		add(m.Heel.Mid(m.Toe), 1.5)
		add(m.Shoulder.Mid(m.Elbow), 3)
		add(m.Elbow.Mid(m.Hand), 2)
	}
	return sum.Scale(1 / w)
}
