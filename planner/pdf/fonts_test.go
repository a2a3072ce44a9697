package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner/pdf/internal/ttfstrip"
	"github.com/go-pdf/fpdf"
)

// originalFonts are the fonts go generate strips, by style, as fontFiles
// lists them.
var originalFonts = map[string][]byte{"": goregular.TTF, "B": gobold.TTF, "I": goitalic.TTF}

// TestFontsUpToDate checks that the embedded fonts are what go generate
// makes from the Go fonts: nobody edited them by hand, and a new version of
// golang.org/x/image or of the stripping was generated again.
func TestFontsUpToDate(t *testing.T) {
	for _, ff := range fontFiles {
		want, err := ttfstrip.Strip(originalFonts[ff.style])
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(ff.ttf, want) {
			t.Errorf("the embedded font of style %q (%d bytes) is not what go generate makes from the Go fonts (%d bytes): run go generate ./planner/pdf", ff.style, len(ff.ttf), len(want))
		}
		// The identity a run adds the font with is the one fpdf would
		// work out itself, so the PDFs are the same as without it.
		id, err := fpdf.UTF8FontID(fontFamily, ff.style, ff.ttf)
		if err != nil {
			t.Fatal(err)
		}
		if fontIDs[ff.style] != id {
			t.Errorf("fontids.go gives the font of style %q the identity %q, fpdf works out %q: run go generate ./planner/pdf", ff.style, fontIDs[ff.style], id)
		}
	}
	lic, err := os.ReadFile(filepath.Join("fonts", "LICENSE"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Copyright (c) 2016 Bigelow & Holmes Inc.", "Redistributions in binary form must reproduce", "DISCLAIMER"} {
		if !bytes.Contains(lic, []byte(s)) {
			t.Errorf("fonts/LICENSE does not say %q", s)
		}
	}
}

// TestStrippedFontsText renders plans with the original Go fonts and with
// the stripped ones: the text read back from the two files must be the
// same, laid out the same, and the stripped file smaller.
func TestStrippedFontsText(t *testing.T) {
	pdftotext := needTool(t, "pdftotext")
	stripped := fontFiles
	t.Cleanup(func() { fontFiles = stripped })
	var original []fontFile
	for _, ff := range stripped {
		original = append(original, fontFile{ff.style, originalFonts[ff.style]})
	}
	for _, name := range []string{"4weeks-gym", "russian", "greek"} {
		t.Run(name, func(t *testing.T) {
			paths := map[string]string{}
			sizes := map[string]int{}
			for kind, fonts := range map[string][]fontFile{"original": original, "stripped": stripped} {
				fontFiles = fonts
				b, _, err := render(testPlans(t)[name], Options{})
				if err != nil {
					t.Fatal(err)
				}
				paths[kind] = filepath.Join(t.TempDir(), kind+".pdf")
				sizes[kind] = len(b)
				if err := os.WriteFile(paths[kind], b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			fontFiles = stripped
			for _, mode := range []string{"-raw", "-layout"} {
				a := run(t, pdftotext, mode, paths["original"], "-")
				b := run(t, pdftotext, mode, paths["stripped"], "-")
				if a != b {
					t.Errorf("pdftotext %s reads differently with the stripped fonts:\n%s", mode, firstDifference(a, b))
				}
				if strings.TrimSpace(a) == "" {
					t.Errorf("pdftotext %s read no text", mode)
				}
			}
			if sizes["stripped"] >= sizes["original"] {
				t.Errorf("stripped fonts give %d bytes, the original ones %d", sizes["stripped"], sizes["original"])
			}
		})
	}
}

// firstDifference shows the first line where a and b part.
func firstDifference(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < min(len(al), len(bl)); i++ {
		if al[i] != bl[i] {
			return "line " + strconv.Itoa(i+1) + ":\n original " + al[i] + "\n stripped " + bl[i]
		}
	}
	return "one text is longer: " + strconv.Itoa(len(al)) + " lines against " + strconv.Itoa(len(bl))
}

// TestCleanAsIs: the texts clean gives back at once (asIs) are the ones
// its rune-by-rune reading gives back unchanged, and clean says the same
// of every text: every ASCII byte, and spaces, tabs and other letters at
// the ends, doubled and alone, in texts of the default catalog and made
// up.
func TestCleanAsIs(t *testing.T) {
	c, err := newCleaner()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a\nb", "Glute bridge", "Hüftkreisen", "x\u200by", "1–2", "50%"}
	for b := 0; b < 128; b++ {
		texts = append(texts, string(rune(b)), "a"+string(rune(b))+"b", string(rune(b))+" x")
	}
	for _, e := range catalog.Default().Exercises {
		texts = append(texts, e.Name, e.Why)
		texts = append(texts, e.Steps...)
		texts = append(texts, e.Cues...)
	}
	fast := 0
	for _, s := range texts {
		want := c.cleanRunes(s)
		if c.asIs(s) {
			fast++
			if want != s {
				t.Errorf("%q: asIs, but read rune by rune it is %q", s, want)
			}
		}
		if got := c.clean(s); got != want {
			t.Errorf("clean(%q) = %q, want %q", s, got, want)
		}
	}
	if fast < len(texts)/2 {
		t.Errorf("only %d of %d texts taken as they are", fast, len(texts))
	}
}
