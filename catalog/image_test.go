package catalog

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gluteplan/gluteplan/catalog/document"
)

// pngChunk appends a PNG chunk of type typ holding data to b.
func pngChunk(b []byte, typ string, data []byte) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(len(data)))
	b = append(b, typ...)
	b = append(b, data...)
	return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(append([]byte(typ), data...)))
}

// pngHeader is the signature and header chunk of a PNG of w × h pixels,
// 8-bit, of colour type ctype (0 gray, 2 RGB, 6 RGBA), interlaced or not.
func pngHeader(w, h uint32, ctype byte, interlace byte) []byte {
	ihdr := binary.BigEndian.AppendUint32(nil, w)
	ihdr = binary.BigEndian.AppendUint32(ihdr, h)
	ihdr = append(ihdr, 8, ctype, 0, 0, interlace)
	return pngChunk([]byte("\x89PNG\r\n\x1a\n"), "IHDR", ihdr)
}

// pngOf is a PNG of header head whose pixel rows (each with its filter
// byte) are raw, compressed in one IDAT chunk.
func pngOf(head, raw []byte) []byte {
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(raw)
	zw.Close()
	return pngChunk(pngChunk(head, "IDAT", z.Bytes()), "IEND", nil)
}

// interlacedPNG is a true Adam7-interlaced gray PNG of w × h pixels, the
// pixel at (x, y) of value x+y, which Go's encoder cannot make.
func interlacedPNG(w, h int) []byte {
	passes := [7][4]int{{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}}
	var raw []byte
	for _, p := range passes {
		for y := p[1]; y < h; y += p[3] {
			if p[0] >= w {
				break
			}
			raw = append(raw, 0)
			for x := p[0]; x < w; x += p[2] {
				raw = append(raw, byte(x+y))
			}
		}
	}
	return pngOf(pngHeader(uint32(w), uint32(h), 0, 1), raw)
}

// zeroPNG is a PNG of w × h gray pixels, all black, its rows compressed:
// a few kilobytes that unpack to w × h bytes.
func zeroPNG(w, h int) []byte {
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	row := make([]byte, 1+w)
	for range h {
		zw.Write(row)
	}
	zw.Close()
	return pngChunk(pngChunk(pngHeader(uint32(w), uint32(h), 0, 0), "IDAT", z.Bytes()), "IEND", nil)
}

// jpegOf is a JPEG of a w × h picture.
func jpegOf(t testing.TB, w, h int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = byte(i * 7)
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 80}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// withJPEGSize is the JPEG data with the size its frame header declares
// set to w × h, the data after it left as it was.
func withJPEGSize(data []byte, w, h uint16) []byte {
	out := append([]byte{}, data...)
	for i := 2; i+9 < len(out); i++ {
		if out[i] == 0xff && out[i+1] == 0xc0 {
			binary.BigEndian.PutUint16(out[i+5:], h)
			binary.BigEndian.PutUint16(out[i+7:], w)
			return out
		}
	}
	panic("no frame header")
}

func grayPNG(t testing.TB, w, h int) []byte {
	img := image.NewGray(image.Rect(0, 0, w, h))
	img.Set(1, 1, color.White)
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestImageFiles: the image field names a sound PNG or JPEG inside the
// catalog file's folder; a file cut short, one with a header alone, one
// whose header declares more pixels than the limits, a path out of the
// folder, a link out of it and what is not a regular file are findings
// at the image field, naming the image (issue 21, items 11 to 13).
func TestImageFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		t.Helper()
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := func(name, to string) {
		t.Helper()
		if err := os.Symlink(to, filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			t.Skip(err)
		}
	}
	good := grayPNG(t, 40, 30)
	photo := jpegOf(t, 64, 48)
	write("cat/img/good.png", good)
	write("cat/img/photo.jpg", photo)
	write("cat/img/interlaced.png", interlacedPNG(13, 11))
	write("cat/img/truncated.png", good[:len(good)-20])
	write("cat/img/header-only.png", good[:33])
	write("cat/img/no-pixels.png", pngChunk(pngHeader(40, 30, 0, 0), "IEND", nil))
	write("cat/img/huge-header.png", pngHeader(100000, 100000, 2, 0))
	write("cat/img/wide.png", zeroPNG(MaxImageSide+1, 2))
	write("cat/img/many.png", zeroPNG(4000, 3051))
	write("cat/img/at-limit.png", zeroPNG(MaxImageSide, MaxImagePixels/MaxImageSide))
	write("cat/img/truncated.jpg", photo[:len(photo)*2/3])
	write("cat/img/huge.jpg", withJPEGSize(photo, 65535, 65535)[:len(photo)/2])
	write("cat/img/garbage.jpg", append([]byte{0xff, 0xd8}, bytes.Repeat([]byte{0x42}, 100)...))
	write("cat/img/garbage2.jpg", append([]byte{0xff, 0xd8, 0xff, 0x01}, bytes.Repeat([]byte{0x42}, 100)...))
	write("outside.png", good)
	link("cat/img/inside-link.png", "good.png")
	link("cat/img/outside-link.png", "../../outside.png")
	link("cat/img/shadow.png", "/etc/shadow")
	link("cat/img/zero.png", "/dev/zero")
	link("cat/img/dangling.png", "gone.png")
	link("cat/linked", "..") // a folder link that leads out
	if runtime.GOOS != "windows" {
		if err := syscall.Mkfifo(filepath.Join(dir, "cat/img/pipe.png"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cat := filepath.Join(dir, "cat", "mine.json")
	in := func(p string) string { return filepath.Join(dir, "cat", filepath.FromSlash(p)) }
	real := func(p string) string {
		r, err := filepath.EvalSymlinks(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			t.Fatal(err)
		}
		r, _ = filepath.Abs(r)
		return r
	}
	cases := []struct{ image, want string }{
		{"img/good.png", ""},
		{"img/photo.jpg", ""},
		{"img/interlaced.png", ""},
		{"img/at-limit.png", ""},
		{"img/inside-link.png", ""},
		{"img/../img/good.png", ""},
		{"img/truncated.png", "the image " + in("img/truncated.png") + " ends too early, as a PNG file cut short does: save it again, or copy it again whole"},
		{"img/header-only.png", "the image " + in("img/header-only.png") + " ends too early, as a PNG file cut short does: save it again, or copy it again whole"},
		{"img/no-pixels.png", "the image " + in("img/no-pixels.png") + " cannot be read as PNG (invalid format: chunk out of order): save it again as PNG or JPEG"},
		{"img/huge-header.png", "the image " + in("img/huge-header.png") + " is 100000 × 100000 pixels, over the limit of 4096 on a side and 12.2 megapixels in all: save it smaller (a printed picture needs about 1200 pixels across)"},
		{"img/wide.png", "the image " + in("img/wide.png") + " is 4097 × 2 pixels, over the limit of 4096 on a side and 12.2 megapixels in all: save it smaller (a printed picture needs about 1200 pixels across)"},
		{"img/many.png", "the image " + in("img/many.png") + " is 4000 × 3051 pixels, over the limit of 4096 on a side and 12.2 megapixels in all: save it smaller (a printed picture needs about 1200 pixels across)"},
		{"img/truncated.jpg", "the image " + in("img/truncated.jpg") + " ends too early, as a JPEG file cut short does: save it again, or copy it again whole"},
		{"img/huge.jpg", "the image " + in("img/huge.jpg") + " is 65535 × 65535 pixels, over the limit of 4096 on a side and 12.2 megapixels in all: save it smaller (a printed picture needs about 1200 pixels across)"},
		{"img/garbage.jpg", "the image " + in("img/garbage.jpg") + " ends too early, as a JPEG file cut short does: save it again, or copy it again whole"},
		{"img/garbage2.jpg", "the image " + in("img/garbage2.jpg") + " cannot be read as JPEG (invalid JPEG format: unknown marker): save it again as PNG or JPEG"},
		{"../outside.png", `"../outside.png" leads out of the catalog file's folder: put the image in that folder or one below it`},
		{"img/../../outside.png", `"img/../../outside.png" leads out of the catalog file's folder: put the image in that folder or one below it`},
		{"img/outside-link.png", "the image " + in("img/outside-link.png") + " is a link to " + real("outside.png") + ", outside the catalog file's folder: copy the image into that folder"},
		{"linked/outside.png", "the image " + in("linked/outside.png") + " is a link to " + real("outside.png") + ", outside the catalog file's folder: copy the image into that folder"},
		{"img/dangling.png", "the image " + in("img/dangling.png") + " is a link to gone.png, which does not exist: link to the image file, or copy it here"},
		{"/etc/passwd.png", `"/etc/passwd.png" is not a relative path: give the image's path from the catalog file's folder, with / between folders`},
	}
	if _, err := os.Stat("/etc/shadow"); err == nil {
		cases = append(cases, struct{ image, want string }{"img/shadow.png", "the image " + in("img/shadow.png") + " is a link to /etc/shadow, outside the catalog file's folder: copy the image into that folder"})
	}
	if _, err := os.Stat("/dev/zero"); err == nil {
		cases = append(cases, struct{ image, want string }{"img/zero.png", "the image " + in("img/zero.png") + " is a link to /dev/zero, outside the catalog file's folder: copy the image into that folder"})
	}
	if runtime.GOOS != "windows" {
		cases = append(cases, struct{ image, want string }{"img/pipe.png", "the image " + in("img/pipe.png") + " is not a regular file (a named pipe): name a PNG or JPEG file"})
	}
	for _, c := range cases {
		t.Run(c.image, func(t *testing.T) {
			data := doc(ex("my-bridge", "hip_compression", "false", "image", `"`+c.image+`"`))
			_, fs := Validate(cat, []byte(data), Default())
			if c.want == "" {
				if len(fs) > 0 {
					t.Fatalf("unexpected findings:\n%s", findingLines(fs))
				}
				if _, err := ReadImage(cat, c.image); err != nil {
					t.Errorf("ReadImage: %v", err)
				}
				return
			}
			if len(fs) != 1 {
				t.Fatalf("want one finding, got:\n%s", findingLines(fs))
			}
			line := strings.Split(data, "\n")[1]
			col := utf8.RuneCountInString(line[:strings.Index(line, `"`+c.image)]) + 1
			want := document.Finding{File: cat, Line: 2, Col: col, Pointer: "/exercises/0/image", Message: c.want}
			if fs[0] != want {
				t.Errorf("got  %s\nwant %s", fs[0], want)
			}
		})
	}
}

// TestReadImageRefuses: what validation refuses for its path, ReadImage
// refuses too, so a file swapped after validation is never printed.
func TestReadImageRefuses(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "outside.png"), grayPNG(t, 4, 4), 0o644)
	os.Mkdir(filepath.Join(dir, "cat"), 0o755)
	cat := filepath.Join(dir, "cat", "mine.json")
	if err := os.Symlink("../outside.png", filepath.Join(dir, "cat", "x.png")); err != nil {
		t.Skip(err)
	}
	for _, name := range []string{"../outside.png", "x.png", "/etc/hostname.png", "missing.png"} {
		if _, err := ReadImage(cat, name); err == nil {
			t.Errorf("%s: read", name)
		}
	}
}

// TestImageDecodedOnce: one image named by many entries, in a catalog
// validated twice, is decoded once; a changed file is decoded again
// (issue 21, item 11).
func TestImageDecodedOnce(t *testing.T) {
	dir := t.TempDir()
	img := filepath.Join(dir, "one.png")
	os.WriteFile(img, grayPNG(t, 20, 10), 0o644)
	var entries []string
	for i := range 300 {
		entries = append(entries, ex("my-bridge-"+strings.Repeat("x", i%7)+string(rune('a'+i%26))+string(rune('a'+i/26)), "hip_compression", "false", "image", `"one.png"`))
	}
	data := []byte(doc(entries...))
	n := 0
	decoded = func() { n++ }
	defer func() { decoded = func() {} }()
	cat := filepath.Join(dir, "mine.json")
	for range 2 {
		if _, fs := Validate(cat, data, Default()); document.Problems(fs) > 0 {
			t.Fatalf("findings:\n%s", findingLines(fs))
		}
	}
	if n != 1 {
		t.Errorf("decoded %d times, want once", n)
	}
	os.WriteFile(img, grayPNG(t, 21, 10), 0o644)
	os.Chtimes(img, time.Unix(1e9, 0), time.Unix(1e9, 0))
	Validate(cat, data, Default())
	if n != 2 {
		t.Errorf("a changed file: decoded %d times in all, want 2", n)
	}
}

// FuzzDecodeImage feeds the image reader arbitrary bytes, seeded with
// sound, cut-short, header-only and oversized PNGs and JPEGs: it never
// panics, what it accepts is within the limits and decoded whole, and what
// it refuses it says in a sentence naming the image (issue 21, item 12).
// A PNG or JPEG header declaring up to the limit makes the decoder
// allocate that many pixels: the limits keep it near 240 MB at most.
func FuzzDecodeImage(f *testing.F) {
	good := grayPNG(f, 40, 30)
	photo := jpegOf(f, 64, 48)
	for _, seed := range [][]byte{
		good, photo, interlacedPNG(13, 11), zeroPNG(300, 200),
		good[:len(good)-20], good[:33], pngHeader(100000, 100000, 2, 0),
		pngChunk(pngHeader(40, 30, 0, 0), "IEND", nil),
		photo[:len(photo)*2/3], withJPEGSize(photo, 65535, 65535)[:len(photo)/2],
		withJPEGSize(photo, 4000, 4000), {0xff, 0xd8}, []byte("\x89PNG\r\n\x1a\n"), nil,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		img, format, err := DecodeImage(data)
		ext := ".jpg"
		if bytes.HasPrefix(data, []byte("\x89PNG")) {
			ext = ".png"
		}
		verdict := checkImageData(ext, data)
		if err != nil {
			var ie imageError
			if img != nil || format != "" {
				t.Fatalf("an error and an image: %v", err)
			}
			if !errors.As(err, &ie) || !strings.Contains(ie.at("X.png"), "the image X.png ") {
				t.Fatalf("error %q does not name the image", err)
			}
			if verdict == "" {
				t.Fatalf("DecodeImage refused (%v) what checkImageData accepts", err)
			}
			return
		}
		if verdict != "" {
			t.Fatalf("DecodeImage accepted what checkImageData refuses: %s", verdict.at("X"))
		}
		b := img.Bounds()
		if b.Dx() < 1 || b.Dy() < 1 || b.Dx() > MaxImageSide || b.Dy() > MaxImageSide || b.Dx()*b.Dy() > MaxImagePixels {
			t.Fatalf("accepted a %v image", b)
		}
		if format != "png" && format != "jpeg" {
			t.Fatalf("format %q", format)
		}
	})
}
