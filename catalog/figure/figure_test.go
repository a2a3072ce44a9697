package figure

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
)

// goldenIDs are default entries whose SVGs are kept as golden files: a
// lying, a side-lying, a standing-up, a front-view, a seated, a kneeling
// and an all-fours figure, one sitting on a roller on the floor, with a
// mat, a band, a chair held and a chair sat on, a ball against a wall; and
// version 3's props: a weight held and a weight resting on the hips, a
// strap, an exercise ball under the legs and one against a wall, a band
// seen side-on as a ring; a chair held beside the body seen side-on, and
// a roller pinned between a knee and a wall.
var goldenIDs = []string{"glute-bridge", "banded-clamshell", "chair-sit-to-stand", "standing-hip-abduction-chair", "seated-isometric-hip-abduction", "bird-dog", "foam-roll-glutes", "half-kneeling-hip-flexor-stretch", "wall-ball-glute-release",
	"goblet-squat", "weighted-glute-bridge", "strap-hamstring-stretch", "exercise-ball-bridge", "ball-wall-squat", "banded-glute-bridge",
	"leg-swings-front-back", "isometric-wall-hip-abduction"}

func defaultFigures(t testing.TB) map[string]*catalog.Exercise {
	c := catalog.Default()
	out := map[string]*catalog.Exercise{}
	for i := range c.Exercises {
		out[c.Exercises[i].ID] = &c.Exercises[i]
	}
	return out
}

// TestGolden compares the SVG of a few entries with testdata/ID.svg; run
// go test -update to accept a change after looking at the new files.
func TestGolden(t *testing.T) {
	figs := defaultFigures(t)
	for _, id := range goldenIDs {
		t.Run(id, func(t *testing.T) {
			e := figs[id]
			if e == nil || e.Figure == nil {
				t.Fatalf("no default figure for %s", id)
			}
			got := SVG(New(e.Figure), e.Name)
			path := filepath.Join("testdata", id+".svg")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the drawing (go test -update after checking it):\n%s", path, lineDiff(string(want), string(got)))
			}
		})
	}
}

// lineDiff shows the lines that differ, with their numbers.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 12; i++ {
		var a, c string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			c = g[i]
		}
		if a != c {
			fmt.Fprintf(&b, "line %d:\n- %s\n+ %s\n", i+1, a, c)
			shown++
		}
	}
	return b.String()
}

// TestEveryDefaultFigure draws every default figure: the SVG is
// well-formed XML, the same bytes on a second run, small, and every shape
// lies inside the view box.
func TestEveryDefaultFigure(t *testing.T) {
	figs := defaultFigures(t)
	ids := make([]string, 0, len(figs))
	for id := range figs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	total, largest, largestID := 0, 0, ""
	for _, id := range ids {
		e := figs[id]
		if e.Figure == nil {
			t.Errorf("%s: no figure", id)
			continue
		}
		d := New(e.Figure)
		checkDrawing(t, id, d)
		svg := SVG(d, e.Name)
		if again := SVG(New(e.Figure), e.Name); !bytes.Equal(svg, again) {
			t.Errorf("%s: two runs drew different bytes", id)
		}
		checkXML(t, id, svg)
		total += len(svg)
		if len(svg) > largest {
			largest, largestID = len(svg), id
		}
		if len(svg) > 12<<10 {
			t.Errorf("%s: SVG is %d bytes, more than the 12 KiB a figure should need", id, len(svg))
		}
	}
	t.Logf("%d figures: %d bytes of SVG in all, %d on average, largest %d (%s)", len(ids), total, total/max(len(ids), 1), largest, largestID)
}

func checkXML(t *testing.T, id string, svg []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	for {
		_, err := dec.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("%s: SVG is not well-formed: %v", id, err)
		}
	}
}

// checkDrawing fails when a coordinate is not finite or a shape, with
// its line width, leaves the drawing's box.
func checkDrawing(t *testing.T, id string, d Drawing) {
	t.Helper()
	const tol = 0.01
	if !(d.W > 0 && d.H > 0) || bad(d.W) || bad(d.H) || bad(d.MinX) || bad(d.MinY) {
		t.Fatalf("%s: bad box %v %v %v %v", id, d.MinX, d.MinY, d.W, d.H)
	}
	in := func(p Pt, r float64) bool {
		return !bad(p.X) && !bad(p.Y) && p.X-r >= d.MinX-tol && p.X+r <= d.MinX+d.W+tol && p.Y-r >= d.MinY-tol && p.Y+r <= d.MinY+d.H+tol
	}
	for i, s := range d.Shapes {
		if s.R > 0 {
			if !in(s.Circle, s.R+max(s.Width, 0)/2) {
				t.Errorf("%s: circle %d at %v r %.1f leaves the box", id, i, s.Circle, s.R)
			}
			continue
		}
		for _, g := range s.Path {
			if !in(g.P, s.Width/2) || g.Op == 'Q' && !in(g.C, s.Width/2) {
				t.Errorf("%s: shape %d point %v leaves the box (%.1f %.1f %.1f %.1f)", id, i, g.P, d.MinX, d.MinY, d.W, d.H)
			}
		}
	}
}

func bad(x float64) bool { return math.IsNaN(x) || math.IsInf(x, 0) }

// TestChairBesideUnderHand: the front-to-back leg swings hold a chair
// beside the body (its steps ask for a hand on a support the whole time;
// German physiotherapists read the figure without one as free standing on
// one leg). Seen side-on, the chair's back is drawn behind the body, its
// top under the hand, not beside the swinging leg as a stool.
func TestChairBesideUnderHand(t *testing.T) {
	e := defaultFigures(t)["leg-swings-front-back"]
	if e == nil || e.Figure == nil {
		t.Fatal("leg-swings-front-back: no figure")
	}
	start, _ := e.Figure.Solve()
	hand := start.Point("far_hand")
	d := New(e.Figure)
	found := false
	for _, s := range d.Shapes {
		if !s.Closed || len(s.Path) != 4 {
			continue
		}
		x0, x1 := math.Min(s.Path[0].P.X, s.Path[1].P.X), math.Max(s.Path[0].P.X, s.Path[1].P.X)
		top := math.Max(s.Path[0].P.Y, s.Path[2].P.Y)
		if x0 <= hand.X && hand.X <= x1 && math.Abs(top-(hand.Y-catalog.LimbWidth/2)) < 0.5 && x1-x0 >= 30 {
			found = true
		}
	}
	if !found {
		t.Errorf("no chair back, seen from the front, under the hand at (%.1f, %.1f)", hand.X, hand.Y)
	}
}
