package pdf

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

// zeroPNG is a PNG of w × h gray pixels, all black, its rows compressed:
// a few kilobytes that would unpack to w × h bytes.
func zeroPNG(w, h int) []byte {
	chunk := func(b []byte, typ string, data []byte) []byte {
		b = binary.BigEndian.AppendUint32(b, uint32(len(data)))
		b = append(append(b, typ...), data...)
		return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(append([]byte(typ), data...)))
	}
	ihdr := binary.BigEndian.AppendUint32(nil, uint32(w))
	ihdr = binary.BigEndian.AppendUint32(ihdr, uint32(h))
	ihdr = append(ihdr, 8, 0, 0, 0, 0)
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	row := make([]byte, 1+w)
	for range h {
		zw.Write(row)
	}
	zw.Close()
	b := chunk([]byte("\x89PNG\r\n\x1a\n"), "IHDR", ihdr)
	return chunk(chunk(b, "IDAT", z.Bytes()), "IEND", nil)
}

// pictureOf encodes a w × h picture whose pixels depend on seed, as a PNG
// or a JPEG.
func pictureOf(t *testing.T, w, h, seed int, asJPEG bool) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.NRGBA{byte(x * seed), byte(y + seed), byte(x ^ y), byte(128 + x%128)})
		}
	}
	var b bytes.Buffer
	var err error
	if asJPEG {
		err = jpeg.Encode(&b, img, nil)
	} else {
		err = png.Encode(&b, img)
	}
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// imageEntries are n entries with no figure whose images are data[i%len(data)]:
// the same slice for every entry that names the same file, as the command
// passes them.
func imageEntries(n int, data ...[]byte) []SheetEntry {
	c := catalog.Default()
	var out []SheetEntry
	for i := range n {
		e := c.Exercises[i%len(c.Exercises)]
		e.ID, e.Figure, e.Image = "img-"+strconv.Itoa(i), nil, "x.png"
		out = append(out, SheetEntry{Exercise: e, Image: data[i%len(data)]})
	}
	return out
}

var widthRE = regexp.MustCompile(`/Subtype /Image\s*/Width (\d+)\s*/Height (\d+)`)

// imageSizes are the width and height of each image the PDF holds.
func imageSizes(t *testing.T, pdf []byte) [][2]int {
	t.Helper()
	var out [][2]int
	for _, m := range widthRE.FindAllSubmatch(pdf, -1) {
		w, _ := strconv.Atoi(string(m[1]))
		h, _ := strconv.Atoi(string(m[2]))
		out = append(out, [2]int{w, h})
	}
	if n := bytes.Count(pdf, []byte("/Subtype /Image")); n != len(out) {
		t.Fatalf("%d images, %d sizes read: the pattern is out of date", n, len(out))
	}
	return out
}

// TestPicturesScaledDown: an image larger than the page needs is printed
// at most printPixels on its longer side, its shape kept; a small one at
// its own size (issue 21, item 11).
func TestPicturesScaledDown(t *testing.T) {
	t.Parallel() // slow, and shares nothing with the others
	for _, c := range []struct {
		w, h   int
		jpeg   bool
		want   [2]int
		sizeOK bool
	}{
		{3000, 2000, false, [2]int{1200, 800}, true},
		{1000, 4000, true, [2]int{300, 1200}, true},
		{640, 480, false, [2]int{640, 480}, true},
	} {
		data := pictureOf(t, c.w, c.h, 3, c.jpeg)
		var buf bytes.Buffer
		if err := WriteSheet(&buf, imageEntries(1, data), Options{}); err != nil {
			t.Fatal(err)
		}
		got := imageSizes(t, buf.Bytes())
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%d × %d: printed %v, want %v", c.w, c.h, got, c.want)
		}
	}
}

// TestPictureMadeOnce: one image file named by many entries is decoded,
// scaled and embedded once (issue 21, item 11).
func TestPictureMadeOnce(t *testing.T) {
	data := pictureOf(t, 200, 100, 1, false)
	n := 0
	printing = func() { n++ }
	defer func() { printing = func() {} }()
	var buf bytes.Buffer
	if err := WriteSheet(&buf, imageEntries(40, data), Options{}); err != nil {
		t.Fatal(err)
	}
	if n != 1 {
		t.Errorf("made the picture %d times for 40 entries, want once", n)
	}
	if got := imageSizes(t, buf.Bytes()); len(got) != 1 {
		t.Errorf("%d images in the file, want 1", len(got))
	}
}

// TestPicturesSameBytes: pictures of the same width, which the PDF
// writer would order by chance, give the same bytes every time.
func TestPicturesSameBytes(t *testing.T) {
	var data [][]byte
	for seed := range 5 {
		data = append(data, pictureOf(t, 120, 80, seed+1, seed%2 == 0))
	}
	var first []byte
	for range 8 {
		var buf bytes.Buffer
		if err := WriteSheet(&buf, imageEntries(10, data...), Options{}); err != nil {
			t.Fatal(err)
		}
		if first == nil {
			first = buf.Bytes()
			if got := imageSizes(t, first); len(got) != 5 {
				t.Fatalf("%d images, want 5", len(got))
			}
		} else if !bytes.Equal(first, buf.Bytes()) {
			t.Fatal("the same entries gave other bytes")
		}
	}
}

// TestBadPicturesNotPrinted: an image cut short, with a header alone, or
// declaring more pixels than the limits is never embedded as it came:
// the sheet refuses it, naming the entry, and the guide leaves it out
// (issue 21, item 12). (Validation finds these first; this is the last
// guard.)
func TestBadPicturesNotPrinted(t *testing.T) {
	photo := pictureOf(t, 200, 150, 2, true)
	good := pictureOf(t, 40, 30, 2, false)
	for name, data := range map[string][]byte{
		"truncated JPEG": photo[:len(photo)*2/3],
		"truncated PNG":  good[:len(good)-30],
		"header only":    good[:33],
		"bomb":           zeroPNG(10000, 10000),
	} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			err := WriteSheet(&buf, imageEntries(1, data), Options{})
			if err == nil || !strings.Contains(err.Error(), "image of img-0") {
				t.Errorf("sheet: got %v, want the image refused", err)
			}
			p := guidePlan(t)
			out, _, err := render(p.plan, Options{Images: map[string][]byte{p.id: data}})
			if err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(out, []byte("/Subtype /Image")) {
				t.Errorf("the guide printed the image")
			}
		})
	}
}

// guidePlan is a one-week plan whose exercises have no figure, and the id
// of its first exercise.
func guidePlan(t *testing.T) struct {
	plan *planner.Plan
	id   string
} {
	t.Helper()
	ex := loadExercises(t)
	for i := range ex {
		ex[i].Figure = nil
	}
	p := buildPlan(planSpec{weeks: 1, start: "2026-12-07", cap: 10, exercises: ex})
	return struct {
		plan *planner.Plan
		id   string
	}{p, p.Exercises[0].ID}
}

// TestShrink: the area average keeps white white and black black, lays
// transparency on white, averages what falls together, and keeps a line
// one pixel wide as a grey line rather than dropping it.
func TestShrink(t *testing.T) {
	src := image.NewNRGBA(image.Rect(0, 0, 100, 60))
	for y := range 60 {
		for x := range 100 {
			switch {
			case x < 20:
				src.Set(x, y, color.White)
			case x < 40:
				src.Set(x, y, color.Black)
			case x < 60:
				src.Set(x, y, color.NRGBA{0, 0, 0, 0}) // transparent: white
			case x < 80:
				src.Set(x, y, color.Gray{Y: uint8(255 * (x % 2))}) // stripes: grey
			case x == 90:
				src.Set(x, y, color.Black) // a thin line
			default:
				src.Set(x, y, color.White)
			}
		}
	}
	dst := shrink(src, 10, 6)
	if dst.Bounds() != image.Rect(0, 0, 10, 6) {
		t.Fatalf("bounds %v", dst.Bounds())
	}
	for y := range 6 {
		for x, want := range []uint8{255, 255, 0, 0, 255, 255, 127, 127, 255, 229} {
			c := dst.RGBAAt(x, y)
			if d := int(c.R) - int(want); d < -1 || d > 1 || c.R != c.G || c.G != c.B || c.A != 255 {
				t.Errorf("(%d, %d) = %v, want grey %d", x, y, c, want)
			}
		}
	}
	// The same size: the pixels as they are, on white.
	same := shrink(src, 100, 60)
	if c := same.RGBAAt(50, 3); c != (color.RGBA{255, 255, 255, 255}) {
		t.Errorf("transparent pixel at its own size = %v, want white", c)
	}
	if c := same.RGBAAt(30, 3); c != (color.RGBA{0, 0, 0, 255}) {
		t.Errorf("black pixel at its own size = %v", c)
	}
}
