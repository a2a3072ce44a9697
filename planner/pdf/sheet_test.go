package pdf

import (
	"bytes"
	"image"
	"image/png"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
)

// sheetEntries is the default catalog with its figures, and entries that
// stretch a card: the longest name allowed in German compounds, a long
// source and licence, an entry with an image and one with neither.
func sheetEntries(t *testing.T) []SheetEntry {
	t.Helper()
	c := catalog.Default()
	var out []SheetEntry
	for _, e := range c.Exercises {
		out = append(out, SheetEntry{Exercise: e})
	}
	long := c.Exercises[0]
	long.ID = "long"
	long.Name = strings.Repeat("Hüftbeugerdehnungsübung", 4)[:78]
	long.Source = strings.Repeat("Physiotherapiepraxis am Stadtpark, Übungsblatt 7, ", 6)
	long.License = "CC BY-SA 4.0"
	long.Equipment = catalog.AllEquipment
	out = append(out, SheetEntry{Exercise: long})
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, 300, 120))); err != nil {
		t.Fatal(err)
	}
	img := c.Exercises[1]
	img.ID, img.Figure, img.Image = "with-image", nil, "x.png"
	out = append(out, SheetEntry{Exercise: img, Image: buf.Bytes()})
	bare := c.Exercises[2]
	bare.ID, bare.Figure = "bare", nil
	out = append(out, SheetEntry{Exercise: bare})
	return out
}

// TestSheetLayout: on both papers every text line and every figure stays
// inside the margins and within its card's width, nothing overlaps, and
// each card is on the page its place says.
func TestSheetLayout(t *testing.T) {
	entries := sheetEntries(t)
	for _, paper := range papersUnderTest {
		t.Run(paper, func(t *testing.T) {
			_, lay, err := renderSheet(entries, Options{Paper: paper})
			if err != nil {
				t.Fatal(err)
			}
			checkLayout(t, lay)
			perPage := sheetCols * sheetRows
			if want := (len(entries) + perPage - 1) / perPage; len(lay.pages) != want {
				t.Errorf("%d pages for %d entries, want %d", len(lay.pages), len(entries), want)
			}
			figures := 0
			for _, b := range lay.boxes {
				if strings.HasPrefix(b.text, "figure of ") || strings.HasPrefix(b.text, "image of ") {
					figures++
				}
			}
			if figures != len(entries)-1 {
				t.Errorf("%d figures and images drawn, want %d", figures, len(entries)-1)
			}
			// Every fact of the long entry made it onto its card.
			text := ""
			for _, b := range lay.boxes {
				text += b.text + " "
			}
			for _, want := range []string{"Starting dose: ", "Equipment: ", "CC BY-SA 4.0", "no figure"} {
				if !strings.Contains(text, want) {
					t.Errorf("the sheet lacks %q", want)
				}
			}
		})
	}
}

// TestSheetDeterministic: the same entries give the same bytes, and the
// figures are paths, not images.
func TestSheetDeterministic(t *testing.T) {
	c := catalog.Default()
	var entries []SheetEntry
	for _, e := range c.Exercises {
		entries = append(entries, SheetEntry{Exercise: e})
	}
	var a, b bytes.Buffer
	if err := WriteSheet(&a, entries, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := WriteSheet(&b, entries, Options{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two runs gave different bytes")
	}
	if bytes.Contains(a.Bytes(), []byte("/Subtype /Image")) {
		t.Fatal("the sheet holds a raster image: figures must be vector paths")
	}
	t.Logf("sheet of %d entries: %d bytes", len(entries), a.Len())
	if err := WriteSheet(&a, nil, Options{}); err == nil {
		t.Error("an empty catalog printed")
	}
	if err := WriteSheet(&a, entries, Options{Paper: "a5"}); err == nil {
		t.Error("paper a5 printed")
	}
}

// BenchmarkSheet renders the default catalog's sheet.
func BenchmarkSheet(b *testing.B) {
	c := catalog.Default()
	var entries []SheetEntry
	for _, e := range c.Exercises {
		entries = append(entries, SheetEntry{Exercise: e})
	}
	for b.Loop() {
		if _, _, err := renderSheet(entries, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
