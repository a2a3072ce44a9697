package catalog

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"github.com/gluteplan/gluteplan/catalog/document"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// standingEntry is an entry in a standing position with the given figure,
// on line 2 of the catalog doc makes.
func standingEntry(figure string, kv ...string) string {
	return ex("wall-squeeze", append([]string{"position", `"standing"`, "hip_compression", "false", "figure", figure}, kv...)...)
}

// TestFigureFindings: each bad figure gets one finding at the place to
// fix, named by the text that starts there.
func TestFigureFindings(t *testing.T) {
	cases := []struct {
		name, entry string
		// at is the text at the finding's line and column (all entries are
		// on line 2).
		at, pointer, message string
	}{
		{"elbow bent backwards",
			standingEntry(`{"view": "side", "start": {"base": "standing", "near": {"elbow": -40}}}`),
			`-40}`, "/exercises/0/figure/start/near/elbow", "must be at least -10, not -40"},
		{"knee bent the wrong way",
			standingEntry(`{"view": "side", "start": {"base": "standing", "far": {"knee": -35}}}`),
			`-35}`, "/exercises/0/figure/start/far/knee", "must be at least -10, not -35"},
		{"seated figure for a standing entry",
			standingEntry(`{"view": "side", "start": {"base": "seated", "near": {"hip": 90, "knee": 90}, "far": {"hip": 90, "knee": 90}}, "props": [{"kind": "chair", "at": "pelvis"}]}`),
			`"seated"`, "/exercises/0/figure/start/base", "the start pose is seated but the entry's position is standing: draw the figure in the entry's position, or correct the position"},
		{"end pose in another position",
			standingEntry(`{"view": "side", "start": {"base": "standing"}, "end": {"base": "supine"}, "arrows": [{"part": "head"}]}`),
			`"supine"`, "/exercises/0/figure/end/base", "the end pose is supine but the entry's position is standing: draw the figure in the entry's position, or correct the position"},
		{"feet float",
			standingEntry(`{"view": "side", "start": {"base": "standing", "near": {"hip": -30, "knee": 150}, "far": {"hip": -30, "knee": 150}}}`),
			`{"base": "standing", "near"`, "/exercises/0/figure/start", "a standing figure stands on its feet, but the feet of the start pose float 42 cm above what carries them and the near knee rests instead: straighten the legs, or take away the prop under it"},
		{"single-leg figure on both feet",
			ex("balance", "position", `"single_leg_standing"`, "hip_compression", "false", "figure", `{"view": "side", "start": {"base": "single_leg_standing"}}`),
			`{"base": "single_leg_standing"}`, "/exercises/0/figure/start", "a single-leg figure stands on both feet in every pose: lift the free foot off the floor (bend its hip or knee)"},
		{"front view with side names",
			standingEntry(`{"view": "front", "start": {"base": "standing", "near": {"abduction": 20}}}`),
			`{"abduction"`, "/exercises/0/figure/start/near", "the front view names the sides right and left: rename near to right"},
		{"side view with front names",
			standingEntry(`{"view": "side", "start": {"base": "standing", "left": {"hip": 20}}}`),
			`{"hip"`, "/exercises/0/figure/start/left", "the side view names the sides near and far: rename left to far"},
		{"prop that carries nothing",
			standingEntry(`{"view": "side", "start": {"base": "standing"}, "props": [{"kind": "roller", "at": "head"}]}`),
			`{"kind": "roller"`, "/exercises/0/figure/props/0", "the head floats 138 cm above its roller in every pose: change the angles so it rests there, or put the prop at the part that does"},
		{"prop without a place",
			standingEntry(`{"view": "side", "start": {"base": "standing"}, "props": [{"kind": "wall"}]}`),
			`{"kind": "wall"}`, "/exercises/0/figure/props/0", `a wall needs "at": the part of the body it carries, touches or loops around`},
		{"arrow on a still figure",
			standingEntry(`{"view": "side", "start": {"base": "standing"}, "arrows": [{"part": "pelvis"}]}`),
			`{"part": "pelvis"}`, "/exercises/0/figure/arrows/0", "a still figure has no movement to follow: give the arrow a direction (a push), or add an end pose"},
		{"arrow on a part that stays",
			standingEntry(`{"view": "side", "start": {"base": "standing"}, "end": {"base": "standing", "near": {"shoulder": 90}}, "arrows": [{"part": "near_knee"}]}`),
			`"near_knee"`, "/exercises/0/figure/arrows/0/part", "the near knee does not move between the poses: name the part that moves, or give the arrow a direction"},
		{"arrow named for the other view",
			standingEntry(`{"view": "front", "start": {"base": "standing"}, "arrows": [{"part": "near_knee", "direction": 0}]}`),
			`"near_knee"`, "/exercises/0/figure/arrows/0/part", `the front view names parts right_ and left_: write "right_knee"`},
		{"prop named for the other view",
			standingEntry(`{"view": "side", "start": {"base": "standing"}, "props": [{"kind": "wall", "at": "left_hand"}]}`),
			`"left_hand"`, "/exercises/0/figure/props/0/at", `the side view names parts near_ and far_: write "far_hand"`},
		{"unknown body part",
			standingEntry(`{"view": "side", "start": {"base": "standing"}, "props": [{"kind": "wall", "at": "elbows"}]}`),
			`"elbows"`, "/exercises/0/figure/props/0/at", "unknown value \"elbows\": use one of " + strings.Join(partNames(), ", ")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := doc(c.entry)
			_, fs := Validate("mine.json", []byte(data), Default())
			if len(fs) != 1 {
				t.Fatalf("want one finding, got %d:\n%s", len(fs), findingLines(fs))
			}
			line := strings.Split(data, "\n")[1]
			i := strings.Index(line, c.at)
			if i < 0 {
				t.Fatalf("test case: %q is not in the entry", c.at)
			}
			col := utf8.RuneCountInString(line[:i]) + 1
			want := document.Finding{File: "mine.json", Line: 2, Col: col, Pointer: c.pointer, Message: c.message}
			if fs[0] != want {
				t.Errorf("got  %s\nwant %s", fs[0], want)
			}
		})
	}
}

func partNames() []string {
	var s []string
	for _, p := range BodyParts {
		s = append(s, string(p))
	}
	return s
}

// TestGoodFigure: a figure that fits its entry gives no finding.
func TestGoodFigure(t *testing.T) {
	data := doc(standingEntry(`{"view": "side", "start": {"base": "standing"}, "end": {"base": "standing", "trunk": 50, "near": {"hip": 60, "knee": 15}, "far": {"hip": 60, "knee": 15}}, "arrows": [{"part": "head", "bend": -0.2}]}`))
	if _, fs := Validate("mine.json", []byte(data), Default()); len(fs) > 0 {
		t.Fatalf("unexpected findings:\n%s", findingLines(fs))
	}
}

// TestImageFindings checks the image field against files beside the
// catalog: a missing file, a folder, a file too big, one that is not an
// image, one named for the wrong format, and a good PNG and JPEG name.
func TestImageFindings(t *testing.T) {
	dir := t.TempDir()
	var pngData bytes.Buffer
	img := image.NewGray(image.Rect(0, 0, 4, 3))
	img.Set(1, 1, color.White)
	if err := png.Encode(&pngData, img); err != nil {
		t.Fatal(err)
	}
	write := func(name string, data []byte) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("img/bridge.png", pngData.Bytes())
	write("img/notes.png", []byte("not an image at all"))
	write("img/big.png", append(pngData.Bytes(), make([]byte, MaxImageBytes)...))
	write("img/photo.jpg", pngData.Bytes())
	write("img/interlaced.png", interlaced(pngData.Bytes()))
	if err := os.Mkdir(filepath.Join(dir, "img/folder.png"), 0o755); err != nil {
		t.Fatal(err)
	}
	cat := filepath.Join(dir, "mine.json")
	in := func(p string) string { return filepath.Join(dir, filepath.FromSlash(p)) }
	cases := []struct{ image, want string }{
		{"img/bridge.png", ""},
		{"img/missing.png", "no image file " + in("img/missing.png") + ": the path is relative to the catalog file's folder"},
		{"img/folder.png", in("img/folder.png") + " is a folder: name the image file"},
		{"img/big.png", "the image " + in("img/big.png") + " is 2.0 MiB, over the limit of 2 MiB: save it smaller (a printed picture needs about 1200 pixels across)"},
		{"img/notes.png", "the image " + in("img/notes.png") + " is not a PNG or JPEG file: save it again as PNG or JPEG"},
		{"img/photo.jpg", "the image " + in("img/photo.jpg") + " is a PNG file named .jpg: rename it to end in .png"},
		// Marked interlaced, its rows are not: the decoder finds out. (A
		// true interlaced PNG is sound: image_test.go.)
		{"img/interlaced.png", "the image " + in("img/interlaced.png") + " cannot be read as PNG (invalid format: bad filter type): save it again as PNG or JPEG"},
		{"img/bridge.gif", `"img/bridge.gif" is not a PNG or JPEG file: use an image ending in .png, .jpg or .jpeg`},
		{"/etc/bridge.png", `"/etc/bridge.png" is not a relative path: give the image's path from the catalog file's folder, with / between folders`},
	}
	for _, c := range cases {
		t.Run(c.image, func(t *testing.T) {
			data := doc(ex("my-bridge", "hip_compression", "false", "image", `"`+c.image+`"`))
			_, fs := Validate(cat, []byte(data), Default())
			if c.want == "" {
				if len(fs) > 0 {
					t.Fatalf("unexpected findings:\n%s", findingLines(fs))
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

// FuzzFigureJSON validates an entry whose figure is arbitrary text, seeded
// with the default figures: no panic, and every finding has a place.
func FuzzFigureJSON(f *testing.F) {
	for _, e := range Default().Exercises {
		if e.Figure == nil {
			continue
		}
		raw, err := json.Marshal(e.Figure)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(raw))
	}
	f.Add(`{"view": "front", "start": {"base": "standing", "right": {"elbow": -40}}}`)
	f.Fuzz(func(t *testing.T, figure string) {
		data := doc(standingEntry(figure))
		_, fs := Validate("fuzz.json", []byte(data), Default())
		for _, fd := range fs {
			if fd.Line < 1 || fd.Col < 1 || fd.Message == "" {
				t.Fatalf("finding without a place or message: %+v", fd)
			}
		}
	})
}

// TestFigureFindingsBesideSchemaProblems: a bad figure in a sound entry is
// reported in the same run as a schema problem of another entry.
func TestFigureFindingsBesideSchemaProblems(t *testing.T) {
	data := doc(
		ex("broken", "hip_compression", "false", "level", `"expert"`),
		standingEntry(`{"view": "side", "start": {"base": "seated", "near": {"hip": 90, "knee": 90}, "far": {"hip": 90, "knee": 90}}, "props": [{"kind": "chair", "at": "pelvis"}]}`),
	)
	_, fs := Validate("mine.json", []byte(data), Default())
	got := findingLines(fs)
	for _, want := range []string{"mine.json:2:", "/exercises/0/level: unknown value \"expert\"", "mine.json:3:", "/exercises/1/figure/start/base: the start pose is seated but the entry's position is standing"} {
		if !strings.Contains(got, want) {
			t.Errorf("findings lack %q:\n%s", want, got)
		}
	}
}

// interlaced returns the PNG png with its header marked Adam7-interlaced
// and the header's checksum made right again.
func interlaced(png []byte) []byte {
	out := append([]byte{}, png...)
	out[28] = 1
	// The IHDR chunk: type and 13 data bytes from offset 12, CRC after.
	binary.BigEndian.PutUint32(out[29:33], crc32.ChecksumIEEE(out[12:29]))
	return out
}

// TestFigureSidesNamedTwice: a pose that names one side twice (near and
// right) in the view of the other names gets both findings, in file
// order.
func TestFigureSidesNamedTwice(t *testing.T) {
	data := doc(standingEntry(`{"view": "front", "start": {"base": "standing", "far": {"hip": 10}, "left": {"hip": 10}, "near": {"hip": 5}}}`))
	_, fs := Validate("mine.json", []byte(data), Default())
	want := []string{
		"/exercises/0/figure/start/far: the front view names the sides right and left: rename far to left",
		"/exercises/0/figure/start/left: far and left are the same side: give one of them",
		"/exercises/0/figure/start/near: the front view names the sides right and left: rename near to right",
	}
	var got []string
	for _, f := range fs {
		got = append(got, f.Pointer+": "+f.Message)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
