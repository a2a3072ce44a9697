package pdf

import (
	"testing"

	"github.com/go-pdf/fpdf"
)

// TestWidthsMatchFpdf: our measure of text is fpdf's own, glyph by glyph,
// so wrapped lines fit exactly where fpdf draws them.
func TestWidthsMatchFpdf(t *testing.T) {
	f := fpdf.New("P", "mm", "A4", "")
	for _, ff := range fontFiles {
		f.AddUTF8FontFromBytes(fontFamily, ff.style, ff.ttf)
	}
	text := "Standing glute squeeze — 3 × 12, hold 5 s · Ягодичный мостик · Γλουτιαία γέφυρα · ½ ‘quotes’ 0123456789"
	for _, ff := range fontFiles {
		f.SetFont(fontFamily, ff.style, 10)
		for _, r := range text {
			if got, want := symbolWidth(string(r), ff.style), f.GetStringSymbolWidth(string(r)); got != want {
				t.Errorf("style %q, %q: width %d, fpdf says %d", ff.style, r, got, want)
			}
		}
	}
}
