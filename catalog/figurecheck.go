package catalog

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/gluteplan/gluteplan/catalog/jsonpos"
)

// MaxImageBytes is the largest image file an entry may name: a photo or
// drawing for a printed page needs far less.
const MaxImageBytes = 2 << 20

// figureProblems checks what the schema cannot say about the figures and
// images of c: a figure drawn in another position than its entry's, sides
// named for the other view, a standing body that does not stand on its
// feet, a prop that carries nothing, an arrow with nothing to show; an
// image file that is missing, outside the catalog file's folder, not a
// regular file, too big (in bytes or pixels), not a PNG or JPEG, or that
// does not decode (see [checkImage]). file is the
// catalog file as the user named it: images are found beside it. f holds
// the entries to check and their places in the file.
func figureProblems(file string, f fileEntries) []problem {
	var probs []problem
	for i, e := range f.c.Exercises {
		at := func(rest ...string) string {
			return jsonpos.Join(append([]string{"exercises", strconv.Itoa(f.at[i])}, rest...))
		}
		if e.Figure != nil {
			probs = append(probs, checkFigure(e, e.Figure, func(rest ...string) string {
				return at(append([]string{"figure"}, rest...)...)
			})...)
		}
		if e.Image != "" {
			if msg := checkImage(file, e.Image); msg != "" {
				probs = append(probs, problem{pointer: at("image"), message: msg})
			}
		}
	}
	return probs
}

// restTolerance is how far, in centimetres, a part may be off what it
// rests on and still count as resting: the drawing cannot show less.
const restTolerance = 1.5

func checkFigure(e Exercise, f *Figure, at func(...string) string) []problem {
	var probs []problem
	add := func(ptr, format string, args ...any) {
		probs = append(probs, problem{pointer: ptr, message: fmt.Sprintf(format, args...)})
	}
	words := func(p Position) string { return strings.ReplaceAll(string(p), "_", " ") }
	poses := []struct {
		name string
		p    *Pose
	}{{"start", &f.Start}, {"end", f.End}}
	for _, ps := range poses {
		if ps.p == nil {
			continue
		}
		p := ps.p
		if p.Base != e.Position {
			add(at(ps.name, "base"), "the %s pose is %s but the entry's position is %s: draw the figure in the entry's position, or correct the position",
				ps.name, words(p.Base), words(e.Position))
		}
		near, far, right, left := p.Near != nil, p.Far != nil, p.Right != nil, p.Left != nil
		if near && right {
			add(at(ps.name, "right"), "%s and %s are the same side: give one of them", "near", "right")
		}
		if far && left {
			add(at(ps.name, "left"), "%s and %s are the same side: give one of them", "far", "left")
		}
		// Each side named for the other view, with the name to use.
		for _, n := range [...]struct {
			given       bool
			name, other string
			front       bool
		}{{near, "near", "right", false}, {far, "far", "left", false}, {right, "right", "near", true}, {left, "left", "far", true}} {
			if !n.given {
				continue
			}
			if n.front && f.View == "side" {
				add(at(ps.name, n.name), "the side view names the sides near and far: rename %s to %s", n.name, n.other)
			}
			if !n.front && f.View == "front" {
				add(at(ps.name, n.name), "the front view names the sides right and left: rename %s to %s", n.name, n.other)
			}
		}
	}
	start, end := f.Solve()
	// Each pose's contacts, worked out once for the gaps asked below. The
	// poses are read by index, names apart: so that naming one in a
	// message does not move the bodies to the heap.
	names := [2]string{"start", "end"}
	var rests [2]*resting
	restStart := resting(start.contacts(f.Props))
	rests[0] = &restStart
	var restEnd resting
	if end != nil {
		restEnd = resting(end.contacts(f.Props))
		rests[1] = &restEnd
	}
	for i, r := range rests {
		if r == nil {
			continue
		}
		base := f.Start.Base
		if i == 1 {
			base = f.End.Base
		}
		if base != Standing && base != SingleLegStanding {
			continue
		}
		// A standing body rests on its lowest point: if that is not a
		// foot, the feet float.
		feet := math.Min(r.gap("near_foot"), r.gap("far_foot"))
		if feet > restTolerance {
			low := lowestPart(r)
			name := names[i]
			add(at(name), "a standing figure stands on its feet, but the feet of the %s pose float %.0f cm above what carries them and the %s rests instead: straighten the legs, or take away the prop under it",
				name, feet, strings.ReplaceAll(string(low), "_", " "))
		}
	}
	if e.Position == SingleLegStanding {
		lifted := false
		for _, r := range rests {
			if r != nil && math.Max(r.gap("near_foot"), r.gap("far_foot")) >= 2 {
				lifted = true
			}
		}
		if !lifted {
			add(at("start"), "a single-leg figure stands on both feet in every pose: lift the free foot off the floor (bend its hip or knee)")
		}
	}
	for j, pr := range f.Props {
		if pr.Kind != "mat" && pr.At == "" {
			add(at("props", strconv.Itoa(j)), "a %s needs \"at\": the part of the body it carries, touches or loops around", pr.Kind)
			continue
		}
		if msg := partNaming(f.View, pr.At); msg != "" {
			add(at("props", strconv.Itoa(j), "at"), "%s", msg)
		}
		if !Carries(pr) || pinnedToWall(f.Props, pr) {
			continue
		}
		gap := restGap(&restStart, pr.At)
		if end != nil {
			gap = math.Min(gap, restGap(&restEnd, pr.At))
		}
		if gap > restTolerance && !math.IsInf(gap, 1) {
			add(at("props", strconv.Itoa(j)), "the %s floats %.0f cm above its %s in every pose: change the angles so it rests there, or put the prop at the part that does",
				strings.ReplaceAll(string(pr.At), "_", " "), gap, strings.ReplaceAll(pr.Kind, "_", " "))
		}
	}
	for j, a := range f.Arrows {
		if msg := partNaming(f.View, a.Part); msg != "" {
			add(at("arrows", strconv.Itoa(j), "part"), "%s", msg)
			continue
		}
		switch {
		case a.Direction != nil:
		case f.End == nil:
			add(at("arrows", strconv.Itoa(j)), "a still figure has no movement to follow: give the arrow a direction (a push), or add an end pose")
		default:
			d := start.Point(a.Part).Sub(end.Point(a.Part))
			if math.Hypot(d.X, d.Y) < 2 {
				add(at("arrows", strconv.Itoa(j), "part"), "the %s does not move between the poses: name the part that moves, or give the arrow a direction",
					strings.ReplaceAll(string(a.Part), "_", " "))
			}
		}
	}
	return probs
}

// partNaming says how to rename a part named for the other view, or "".
func partNaming(view string, p BodyPart) string {
	s := string(p)
	side := strings.HasPrefix(s, "near_") || strings.HasPrefix(s, "far_")
	front := strings.HasPrefix(s, "right_") || strings.HasPrefix(s, "left_")
	switch {
	case side && view == "front":
		return fmt.Sprintf("the front view names parts right_ and left_: write %q", frontName(p))
	case front && view == "side":
		return fmt.Sprintf("the side view names parts near_ and far_: write %q", canonicalPart(p))
	}
	return ""
}

// restGap is how far a part of the body whose contacts r holds is above
// what carries it; for a pair (knees, thighs, ankles), the lower of the
// two.
func restGap(r *resting, part BodyPart) float64 {
	switch part {
	case "knees", "thighs", "ankles":
		one := strings.TrimSuffix(string(part), "s")
		if one == "ankle" {
			one = "foot"
		}
		return math.Min(r.gap(BodyPart("near_"+one)), r.gap(BodyPart("far_"+one)))
	}
	return r.gap(carriedPart(part))
}

func pinnedToWall(props []Prop, p Prop) bool {
	for _, q := range props {
		if q.Kind == "wall" && q.At == p.At {
			return true
		}
	}
	return false
}

func frontName(p BodyPart) string {
	s := string(p)
	if strings.HasPrefix(s, "near_") {
		return "right_" + s[5:]
	}
	return "left_" + strings.TrimPrefix(s, "far_")
}

// lowestPart names the part of the body whose contacts r holds that rests
// lowest on what carries it.
func lowestPart(r *resting) BodyPart {
	best, gap := BodyPart("pelvis"), math.Inf(1)
	for _, c := range r {
		if g := c.p.Y - c.above; g < gap {
			best, gap = c.part, g
		}
	}
	return best
}
