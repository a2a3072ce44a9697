package ttfstrip

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

var goFonts = map[string][]byte{"regular": goregular.TTF, "bold": gobold.TTF, "italic": goitalic.TTF}

// TestStripKeepsGlyphs checks, glyph by glyph, that a stripped Go font
// draws and measures exactly as the original: the same outline, advance
// and bounds for every glyph, the same glyph for every BMP rune, the same
// font-wide metrics; and that what should go went.
func TestStripKeepsGlyphs(t *testing.T) {
	for name, orig := range goFonts {
		t.Run(name, func(t *testing.T) {
			stripped, err := Strip(orig)
			if err != nil {
				t.Fatal(err)
			}
			if len(stripped) > len(orig)*6/10 {
				t.Errorf("stripped to %d bytes of %d: want well under two thirds", len(stripped), len(orig))
			}
			a, err := sfnt.Parse(orig)
			if err != nil {
				t.Fatal(err)
			}
			b, err := sfnt.Parse(stripped)
			if err != nil {
				t.Fatalf("the stripped font does not parse: %v", err)
			}
			if a.NumGlyphs() != b.NumGlyphs() || a.UnitsPerEm() != b.UnitsPerEm() {
				t.Fatalf("glyphs %d/%d, units per em %d/%d", a.NumGlyphs(), b.NumGlyphs(), a.UnitsPerEm(), b.UnitsPerEm())
			}
			var ba, bb sfnt.Buffer
			ppem := fixed.I(int(a.UnitsPerEm()))
			ma, _ := a.Metrics(&ba, ppem, font.HintingNone)
			mb, _ := b.Metrics(&bb, ppem, font.HintingNone)
			if ma != mb {
				t.Errorf("metrics %+v, want %+v", mb, ma)
			}
			for g := 0; g < a.NumGlyphs(); g++ {
				gi := sfnt.GlyphIndex(g)
				sa, err1 := a.LoadGlyph(&ba, gi, ppem, nil)
				sb, err2 := b.LoadGlyph(&bb, gi, ppem, nil)
				if (err1 == nil) != (err2 == nil) || len(sa) != len(sb) {
					t.Fatalf("glyph %d: %d segments (%v), want %d (%v)", g, len(sb), err2, len(sa), err1)
				}
				for i := range sa {
					if sa[i] != sb[i] {
						t.Fatalf("glyph %d: segment %d is %v, want %v", g, i, sb[i], sa[i])
					}
				}
				aa, _ := a.GlyphAdvance(&ba, gi, ppem, font.HintingNone)
				ab, _ := b.GlyphAdvance(&bb, gi, ppem, font.HintingNone)
				if aa != ab {
					t.Fatalf("glyph %d: advance %v, want %v", g, ab, aa)
				}
			}
			for r := rune(0); r <= 0xFFFF; r++ {
				ga, _ := a.GlyphIndex(&ba, r)
				gb, _ := b.GlyphIndex(&bb, r)
				if ga != gb {
					t.Fatalf("rune %U maps to glyph %d, want %d", r, gb, ga)
				}
			}
			tables, err := readTables(stripped)
			if err != nil {
				t.Fatal(err)
			}
			for _, tb := range tables {
				if dropped[tb.tag] {
					t.Errorf("table %q kept", tb.tag)
				}
				if tb.tag == "post" && len(tb.data) != 32 {
					t.Errorf("post keeps %d bytes of glyph names", len(tb.data)-32)
				}
			}
			// The names a PDF shows and the licence asks for stay.
			for id, want := range map[sfnt.NameID]string{
				sfnt.NameIDCopyright:        "Copyright (c) 2016 by Bigelow & Holmes Inc.",
				sfnt.NameIDFamily:           "Go",
				sfnt.NameIDPostScript:       "Go",
				sfnt.NameIDVersion:          "Version 2.010",
				sfnt.NameIDFull:             "Go ",
				sfnt.NameIDUniqueIdentifier: "Bigelow&HolmesInc.",
			} {
				got, err := b.Name(&bb, id)
				if err != nil || !strings.HasPrefix(got, want) {
					t.Errorf("name %d = %q (%v), want it to start %q", id, got, err, want)
				}
			}
			if got, err := b.Name(&bb, sfnt.NameIDLicense); err == nil {
				t.Errorf("the licence text is still in the name table: %.40q", got)
			}
			if again, _ := Strip(orig); !bytes.Equal(again, stripped) {
				t.Error("two strips of the same font differ")
			}
			if twice, err := Strip(stripped); err != nil || !bytes.Equal(twice, stripped) {
				t.Errorf("stripping a stripped font changed it (%v)", err)
			}
			if sum := checksum(stripped); sum != 0xB1B0AFBA {
				t.Errorf("whole-font checksum %#x, want 0xB1B0AFBA", sum)
			}
		})
	}
}

func u16s(vs ...uint16) []byte {
	var b []byte
	for _, v := range vs {
		b = binary.BigEndian.AppendUint16(b, v)
	}
	return b
}

func TestStripGlyph(t *testing.T) {
	bbox := u16s(0, 0, 100, 100)
	simple := append(append(u16s(2), bbox...), u16s(3, 7)...) // 2 contours, end points
	simple = append(simple, u16s(3)...)                       // 3 bytes of instructions
	simple = append(simple, 0xAA, 0xBB, 0xCC)
	simple = append(simple, 1, 2, 3, 4) // flags and coordinates
	wantSimple := append(append(append(u16s(2), bbox...), u16s(3, 7)...), u16s(0)...)
	wantSimple = append(wantSimple, 1, 2, 3, 4)

	// Two components: the first with word arguments and a scale, the
	// second with byte arguments, a 2×2 matrix, and instructions after.
	composite := append(u16s(0xFFFF), bbox...)
	composite = append(composite, u16s(argsAreWords|haveScale|moreComponents, 5, 10, 20, 0x4000)...)
	composite = append(composite, u16s(haveTwoByTwo|haveInstructions, 6)...)
	composite = append(composite, 1, 2)
	composite = append(composite, u16s(0x4000, 0, 0, 0x4000)...)
	composite = append(composite, u16s(2)...)
	composite = append(composite, 0xAA, 0xBB)
	wantComposite := append(u16s(0xFFFF), bbox...)
	wantComposite = append(wantComposite, u16s(argsAreWords|haveScale|moreComponents, 5, 10, 20, 0x4000)...)
	wantComposite = append(wantComposite, u16s(haveTwoByTwo, 6)...)
	wantComposite = append(wantComposite, 1, 2)
	wantComposite = append(wantComposite, u16s(0x4000, 0, 0, 0x4000)...)

	for _, c := range []struct {
		name    string
		in      []byte
		want    []byte
		wantErr string
	}{
		{"simple glyph loses its instructions", simple, wantSimple, ""},
		{"composite glyph loses the flag and the instructions", composite, wantComposite, ""},
		{"header cut short", simple[:8], nil, "header"},
		{"instructions cut short", simple[:len(simple)-5], nil, "instructions"},
		{"component cut short", composite[:14], nil, "component"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := stripGlyph(c.in)
			if c.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), c.wantErr) {
					t.Fatalf("error %v, want one about %q", err, c.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, c.want) {
				t.Errorf("got  % x\nwant % x", got, c.want)
			}
		})
	}
}

func TestStripRefuses(t *testing.T) {
	cut := goregular.TTF[:200]
	for name, in := range map[string][]byte{
		"empty":             nil,
		"not a font":        []byte("%PDF-1.4 not a font at all"),
		"OpenType CFF font": append([]byte("OTTO"), make([]byte, 40)...),
		"cut short":         cut,
	} {
		if _, err := Strip(in); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
