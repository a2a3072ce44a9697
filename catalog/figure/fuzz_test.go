package figure

import (
	"encoding/json"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
)

// byteSource turns fuzz bytes into choices and angles within bounds.
type byteSource struct {
	data []byte
	i    int
}

func (b *byteSource) next() byte {
	if len(b.data) == 0 {
		return 0
	}
	c := b.data[b.i%len(b.data)]
	b.i++
	return c
}

// in returns a value in [lo, hi].
func (b *byteSource) in(lo, hi float64) float64 {
	return lo + (hi-lo)*float64(b.next())/255
}

func (b *byteSource) side() *catalog.Side {
	if b.next()%4 == 0 {
		return nil
	}
	return &catalog.Side{
		Hip: b.in(-30, 140), Abduction: b.in(-30, 70), Rotation: b.in(-45, 80),
		Knee: b.in(-10, 160), Ankle: b.in(-60, 30),
		Shoulder: b.in(-60, 180), ShoulderAbduction: b.in(0, 180), Elbow: b.in(-10, 160),
	}
}

func (b *byteSource) pose(front bool) catalog.Pose {
	p := catalog.Pose{
		Base:  catalog.Positions[int(b.next())%len(catalog.Positions)],
		Trunk: b.in(-120, 120), TrunkSide: b.in(-60, 60), Spine: b.in(-30, 40),
	}
	if front {
		p.Right, p.Left = b.side(), b.side()
	} else {
		p.Near, p.Far = b.side(), b.side()
	}
	return p
}

var propKinds = []string{"mat", "chair", "bench", "step", "roller", "ball", "exercise_ball", "wall", "band"}

// figureFrom builds a figure that the schema accepts from fuzz bytes.
func figureFrom(data []byte) *catalog.Figure {
	b := &byteSource{data: data}
	f := &catalog.Figure{View: "side"}
	front := b.next()%2 == 0
	if front {
		f.View = "front"
	}
	f.Start = b.pose(front)
	if b.next()%3 != 0 {
		e := b.pose(front)
		f.End = &e
	}
	for range int(b.next() % 7) {
		f.Props = append(f.Props, catalog.Prop{Kind: propKinds[int(b.next())%len(propKinds)], At: catalog.BodyParts[int(b.next())%len(catalog.BodyParts)]})
	}
	for range int(b.next() % 5) {
		a := catalog.Arrow{Part: catalog.BodyParts[int(b.next())%len(catalog.BodyParts)], Bend: b.in(-1, 1)}
		if b.next()%2 == 0 {
			d := b.in(-360, 360)
			a.Direction = &d
		}
		f.Arrows = append(f.Arrows, a)
	}
	return f
}

// FuzzFigure draws random figures within the schema's bounds: no panic,
// every coordinate finite and inside the view box, well-formed SVG, and
// the validation checks run without trouble.
func FuzzFigure(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
	f.Add([]byte{255, 0, 255, 0, 128, 64, 32, 16, 8, 4, 2, 1})
	f.Add([]byte("a quadruped bird dog with a band and a wall"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fig := figureFrom(data)
		d := New(fig)
		checkDrawing(t, "fuzz", d)
		checkXML(t, "fuzz", SVG(d, "fuzz <&>"))
		// The validation of the same figure, inside a catalog entry.
		e := catalog.Exercise{ID: "fuzz", Name: "Fuzz", Category: catalog.Activation, Targets: []catalog.Target{catalog.GluteusMaximus},
			Equipment: []catalog.Equipment{}, Level: catalog.Beginner, Position: fig.Start.Base,
			Dose: catalog.Dose{Sets: 1, Reps: 5}, Steps: []string{"a", "b"}, Why: "w", Figure: fig}
		doc, err := json.Marshal(catalog.Catalog{Exercises: []catalog.Exercise{e}})
		if err != nil {
			t.Fatal(err)
		}
		catalog.NewLayers(false).Validate("fuzz.json", doc)
	})
}
