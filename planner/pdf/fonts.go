package pdf

import (
	_ "embed"
	"math"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"

	"golang.org/x/image/font/sfnt"
)

// The embedded fonts: the Go fonts cover Latin, Greek and Cyrillic, and are
// subset by fpdf so only the glyphs a plan uses end up in the file. The
// files in fonts/ are the Go fonts of golang.org/x/image without their
// hinting, glyph names and long name records, which fpdf would otherwise
// copy into every subset: go generate makes them (internal/fontgen), and
// TestFontsUpToDate checks that they are what it makes. fonts/LICENSE is
// the fonts' licence.
//
//go:generate go run ./internal/fontgen fonts
const fontFamily = "go"

var (
	//go:embed fonts/go-regular.ttf
	goRegular []byte
	//go:embed fonts/go-bold.ttf
	goBold []byte
	//go:embed fonts/go-italic.ttf
	goItalic []byte
)

// fontFile is one embedded font: its fpdf style and its bytes.
type fontFile struct {
	style string
	ttf   []byte
}

var fontFiles = []fontFile{
	{"", goRegular},
	{"B", goBold},
	{"I", goItalic},
}

// parsedFonts holds the fonts parsed once, to ask which runes they can draw.
var parsedFonts = sync.OnceValues(func() ([]*sfnt.Font, error) {
	var out []*sfnt.Font
	for _, ff := range fontFiles {
		f, err := sfnt.Parse(ff.ttf)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, nil
})

// cleaner replaces the runes the embedded fonts cannot draw with '?', so no
// text vanishes silently, and remembers that it did.
type cleaner struct {
	fonts   []*sfnt.Font
	buf     sfnt.Buffer
	known   map[rune]bool
	missing bool
	// ascii says of each ASCII character whether every font draws it: 1
	// yes, -1 no, 0 not yet asked (asIs).
	ascii [128]int8
	// done holds each string cleaned rune by rune already: a plan prints
	// the same names and sentences on many pages, and German ones seldom
	// take asIs's quick way (their umlauts are not ASCII).
	done map[string]cleaned
}

// cleaned is a string as clean left it, and whether it lacked a glyph.
type cleaned struct {
	s       string
	missing bool
}

func newCleaner() (*cleaner, error) {
	fonts, err := parsedFonts()
	if err != nil {
		return nil, err
	}
	return &cleaner{fonts: fonts, known: map[rune]bool{}, done: map[string]cleaned{}}, nil
}

// has reports whether every embedded font has a glyph for r.
func (c *cleaner) has(r rune) bool {
	if ok, seen := c.known[r]; seen {
		return ok
	}
	ok := true
	for _, f := range c.fonts {
		g, err := f.GlyphIndex(&c.buf, r)
		if err != nil || g == 0 {
			ok = false
			break
		}
	}
	c.known[r] = ok
	return ok
}

// clean returns s as the fonts can print it on one line: white space of any
// kind becomes a plain space (runs collapsed), invisible format characters
// and variation selectors are dropped, and any other rune without a glyph
// becomes '?'.
func (c *cleaner) clean(s string) string {
	if c.asIs(s) {
		return s
	}
	if d, ok := c.done[s]; ok {
		c.missing = c.missing || d.missing
		return d.s
	}
	was := c.missing
	c.missing = false
	out := c.cleanRunes(s)
	c.done[s] = cleaned{out, c.missing}
	c.missing = was || c.missing
	return out
}

// cleanRunes is clean, rune by rune.
func (c *cleaner) cleanRunes(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.Is(unicode.Cf, r), unicode.Is(unicode.Variation_Selector, r):
			continue
		case unicode.IsControl(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if r == '\uFFFD' || !c.has(r) {
			c.missing = true
			r = '?'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// asIs reports whether clean would give s back unchanged because it is
// printable ASCII that every font draws, its words parted by single spaces
// with none at either end: most texts, told without a rune-by-rune look at
// Unicode's tables.
func (c *cleaner) asIs(s string) bool {
	for i := 0; i < len(s); i++ {
		b := s[i]
		switch {
		case b == ' ':
			if i == 0 || i == len(s)-1 || s[i-1] == ' ' {
				return false
			}
		case b < 0x21 || b > 0x7e:
			return false
		default:
			switch c.ascii[b] {
			case 0:
				if c.has(rune(b)) {
					c.ascii[b] = 1
				} else {
					c.ascii[b] = -1
					return false
				}
			case -1:
				return false
			}
		}
	}
	return true
}

// cleanAll cleans each string of xs, dropping the ones left empty.
func (c *cleaner) cleanAll(xs []string) []string {
	var out []string
	for _, x := range xs {
		if x = c.clean(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// metrics measures text the way fpdf lays it out: the sum of the glyph
// widths of the embedded fonts, in thousandths of the font size, each
// rounded as fpdf rounds it (round(1000 × advance / units per em)). It reads
// the widths from the parsed fonts rather than loading them into a second
// fpdf document, which costs as much as a whole small render.
var metrics struct {
	sync.Mutex
	buf    sfnt.Buffer
	widths map[string]*glyphWidths
}

// glyphWidths are the widths of one font's glyphs found so far: those of
// the runes below lowRunes in a list (nearly every text; looked up by
// index rather than hashed, for every character measured), each plus 1
// so that 0 says "not yet", the others in a map.
type glyphWidths struct {
	low  [lowRunes]uint16
	high map[rune]int
}

// lowRunes covers Latin, Greek, Cyrillic, general punctuation and arrows.
const lowRunes = 0x2200

// symbolWidth is the width of s in thousandths of the font size.
func symbolWidth(s string, fontStyle string) int {
	metrics.Lock()
	defer metrics.Unlock()
	if metrics.widths == nil {
		metrics.widths = map[string]*glyphWidths{}
	}
	ws := metrics.widths[fontStyle]
	if ws == nil {
		ws = &glyphWidths{high: map[rune]int{}}
		metrics.widths[fontStyle] = ws
	}
	total := 0
	for _, r := range s {
		if r >= 0 && r < lowRunes {
			w := int(ws.low[r])
			if w == 0 {
				w = glyphWidth(fontStyle, r) + 1
				ws.low[r] = uint16(w)
			}
			total += w - 1
			continue
		}
		w, ok := ws.high[r]
		if !ok {
			w = glyphWidth(fontStyle, r)
			ws.high[r] = w
		}
		total += w
	}
	return total
}

// glyphWidth returns the width of r in the font of fontStyle, in
// thousandths of the font size; 500 when the font lacks it, as fpdf does.
func glyphWidth(fontStyle string, r rune) int {
	fonts, err := parsedFonts()
	if err != nil {
		return 500
	}
	for i, ff := range fontFiles {
		if ff.style != fontStyle {
			continue
		}
		f := fonts[i]
		upem := f.UnitsPerEm()
		idx, err := f.GlyphIndex(&metrics.buf, r)
		if err != nil || idx == 0 {
			return 500
		}
		adv, err := f.GlyphAdvance(&metrics.buf, idx, fixed.Int26_6(upem)<<6, font.HintingNone)
		if err != nil {
			return 500
		}
		return int(math.Round(1000 * float64(adv) / 64 / float64(upem)))
	}
	return 500
}
