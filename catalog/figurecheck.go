package catalog

import (
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // image files may be JPEG
	_ "image/png"  // or PNG
	"io/fs"
	"math"
	"os"
	"path/filepath"
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
// image file that is missing, too big, or not a PNG or JPEG. file is the
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
		named := map[string]bool{"near": p.Near != nil, "far": p.Far != nil, "right": p.Right != nil, "left": p.Left != nil}
		for _, pair := range [][2]string{{"near", "right"}, {"far", "left"}} {
			if named[pair[0]] && named[pair[1]] {
				add(at(ps.name, pair[1]), "%s and %s are the same side: give one of them", pair[0], pair[1])
			}
		}
		for name, given := range named {
			if !given {
				continue
			}
			front := name == "right" || name == "left"
			if front && f.View == "side" {
				add(at(ps.name, name), "the side view names the sides near and far: rename %s to %s", name, map[string]string{"right": "near", "left": "far"}[name])
			}
			if !front && f.View == "front" {
				add(at(ps.name, name), "the front view names the sides right and left: rename %s to %s", name, map[string]string{"near": "right", "far": "left"}[name])
			}
		}
	}
	start, end := f.Solve()
	bodies := []struct {
		name string
		b    *Body
	}{{"start", &start}, {"end", end}}
	for _, pb := range bodies {
		if pb.b == nil {
			continue
		}
		b := *pb.b
		base := f.Start.Base
		if pb.name == "end" {
			base = f.End.Base
		}
		if base != Standing && base != SingleLegStanding {
			continue
		}
		// A standing body rests on its lowest point: if that is not a
		// foot, the feet float.
		feet := math.Min(b.Gap("near_foot", f.Props), b.Gap("far_foot", f.Props))
		if feet > restTolerance {
			low := lowestPart(b, f.Props)
			add(at(pb.name), "a standing figure stands on its feet, but the feet of the %s pose float %.0f cm above what carries them and the %s rests instead: straighten the legs, or take away the prop under it",
				pb.name, feet, strings.ReplaceAll(string(low), "_", " "))
		}
	}
	if e.Position == SingleLegStanding {
		lifted := false
		for _, pb := range bodies {
			if pb.b != nil && math.Max(pb.b.Gap("near_foot", f.Props), pb.b.Gap("far_foot", f.Props)) >= 2 {
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
		gap := restGap(start, pr.At, f.Props)
		if end != nil {
			gap = math.Min(gap, restGap(*end, pr.At, f.Props))
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

// restGap is how far a part is above what carries it; for a pair (knees,
// thighs, ankles), the lower of the two.
func restGap(b Body, part BodyPart, props []Prop) float64 {
	switch part {
	case "knees", "thighs", "ankles":
		one := strings.TrimSuffix(string(part), "s")
		if one == "ankle" {
			one = "foot"
		}
		return math.Min(b.Gap(BodyPart("near_"+one), props), b.Gap(BodyPart("far_"+one), props))
	}
	return b.Gap(carriedPart(part), props)
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

// lowestPart names the part of b that rests lowest on what carries it.
func lowestPart(b Body, props []Prop) BodyPart {
	best, gap := BodyPart("pelvis"), math.Inf(1)
	for _, c := range b.contacts(props) {
		if g := c.p.Y - c.above; g < gap {
			best, gap = c.part, g
		}
	}
	return best
}

// checkImage says what is wrong with the image file name, found beside
// the catalog file, or "" when it is a PNG or JPEG of at most
// [MaxImageBytes].
func checkImage(catalogFile, name string) string {
	if filepath.IsAbs(name) || strings.HasPrefix(name, "/") || strings.Contains(name, "\\") {
		return fmt.Sprintf("%q is not a relative path: give the image's path from the catalog file's folder, with / between folders", name)
	}
	ext := strings.ToLower(filepath.Ext(name))
	if ext != ".png" && ext != ".jpg" && ext != ".jpeg" {
		return fmt.Sprintf("%q is not a PNG or JPEG file: use an image ending in .png, .jpg or .jpeg", name)
	}
	path := filepath.Join(filepath.Dir(catalogFile), filepath.FromSlash(name))
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Sprintf("no image file %s: the path is relative to the catalog file's folder", path)
	case err != nil:
		return fmt.Sprintf("cannot read the image %s: %v", path, err)
	case st.IsDir():
		return fmt.Sprintf("%s is a folder: name the image file", path)
	case st.Size() > MaxImageBytes:
		return fmt.Sprintf("the image %s is %.1f MiB, over the limit of 2 MiB: save it smaller (a printed figure needs about 1000 pixels across)", path, float64(st.Size())/(1<<20))
	}
	fh, err := os.Open(path)
	if err != nil {
		return fmt.Sprintf("cannot read the image %s: %v", path, err)
	}
	defer fh.Close()
	cfg, format, err := image.DecodeConfig(fh)
	if err != nil {
		return fmt.Sprintf("the image %s cannot be read as PNG or JPEG (%v): save it again as PNG or JPEG", path, err)
	}
	if cfg.Width < 1 || cfg.Height < 1 {
		return fmt.Sprintf("the image %s is empty (%d × %d pixels)", path, cfg.Width, cfg.Height)
	}
	if format == "png" {
		// The PDF writer prints PNGs line by line: an interlaced one
		// (Adam7, common from web tools) it cannot read.
		var head [29]byte
		if _, err := fh.ReadAt(head[:], 0); err == nil && head[28] != 0 {
			return fmt.Sprintf("the image %s is an interlaced PNG, which the PDF cannot print: save it again without interlacing", path)
		}
	}
	if want := map[string]string{".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg"}[ext]; want != format {
		return fmt.Sprintf("the image %s is a %s file named %s: rename it to end in .%s", path, strings.ToUpper(format), ext, map[string]string{"png": "png", "jpeg": "jpg"}[format])
	}
	return ""
}
