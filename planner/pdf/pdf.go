// Package pdf prints a [planner.Plan] as a PDF to stick on the fridge: an
// overview page with the calendar, the weekly volume against a safe
// ceiling for the glutes, the movement-break rule and when to stop and get
// help; the program, each routine on a page; one page per week with tick
// boxes and a soreness scale; and an exercise guide. Its words, and the
// catalog's, are in the language of the labels.
//
// The text is real, selectable text in embedded Go fonts, subset to the
// glyphs used. Runes the fonts lack print as '?' and the overview says so.
// The same plan and options always give the same bytes.
package pdf

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"

	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// Options controls how a plan is printed.
type Options struct {
	// Paper is "a4" (the default when empty) or "letter".
	Paper string
	// Images holds, by exercise id, the PNG or JPEG files of custom
	// entries that have an image and no figure; the guide prints them.
	Images map[string][]byte
	// Lang is the language of the labels and dates ("en", "de"), and of
	// the catalog's text (each entry's translation, or the entry as
	// written); empty takes the plan's profile's. The plan's own
	// sentences print as the plan carries them, but for the pain rule,
	// the red flags and how hard each item should feel, which gluteplan
	// says in every language.
	Lang string
}

// Write renders p as a PDF to w. The same plan and options give
// byte-identical output. It returns an error, and writes nothing, for an
// unknown paper or a plan it cannot print (no weeks, a week without seven
// days, a date that is not YYYY-MM-DD, a day too full to fit its page).
func Write(w io.Writer, p *planner.Plan, opts Options) error {
	b, _, err := renderPlan(p, opts, false)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// renderPlan makes the PDF; with record, it also records every line of
// text and every figure where it was drawn (a 52-week plan draws some
// 20,000), which only the tests read.
func renderPlan(p *planner.Plan, opts Options, record bool) (out []byte, lay *layout, err error) {
	key := strings.ToLower(strings.TrimSpace(opts.Paper))
	if key == "" {
		key = "a4"
	}
	pp, ok := papers[key]
	if !ok {
		return nil, nil, fmt.Errorf("pdf: unknown paper %q (want a4 or letter)", opts.Paper)
	}
	lang := opts.Lang
	if lang == "" && p != nil {
		lang = string(p.Profile.Lang)
	}
	m, err := newModel(p, locale.In(lang))
	if err != nil {
		return nil, nil, err
	}
	for i := range m.exercises {
		if e := &m.exercises[i]; e.figure == nil {
			e.image = opts.Images[e.id]
		}
	}
	return draw(m, pp, record)
}

// compress says whether page content is compressed; tests turn it off to
// read the drawing operators. layoutOnly stops before the file is made
// (fonts subset, streams compressed), for the fuzz target of the layout,
// which then runs several times as often.
var (
	compress   = true
	layoutOnly = false
)

// created is the fixed creation date written into every file, so that the
// bytes depend on the plan only.
var created = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// newFile starts a PDF of paper pp with the embedded fonts and the fixed
// dates and metadata that keep its bytes the same for the same content.
func newFile(pp paper, title string, compressed bool) (*fpdf.Fpdf, error) {
	f := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "mm", Size: fpdf.SizeType{Wd: pp.w, Ht: pp.h}})
	f.SetCreationDate(created)
	f.SetModificationDate(created)
	f.SetCatalogSort(true)
	f.SetCompression(compressed)
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(margin, margin, margin)
	f.SetCreator("gluteplan", false)
	f.SetProducer("gluteplan", false)
	f.SetTitle(title, true)
	for _, ff := range fontFiles {
		f.AddUTF8FontFromBytesWithID(fontFamily, ff.style, ff.ttf, fontIDs[ff.style])
	}
	if err := f.Error(); err != nil {
		return nil, fmt.Errorf("pdf: embedded font: %w", err)
	}
	return f, nil
}

func draw(m *model, pp paper, record bool) (out []byte, lay *layout, err error) {
	// fpdf reports most problems through Error, but can panic on input it
	// does not expect; neither may crash the caller.
	defer func() {
		if r := recover(); r != nil {
			out, lay, err = nil, nil, fmt.Errorf("pdf: rendering failed: %v", r)
		}
	}()
	say := m.say
	// The document title, as a PDF viewer shows it: dates as the plan's
	// language writes them.
	from, to := say.Date(m.start), say.Date(m.end)
	title := say.Sayf("Glute plan %s to %s", from, to)
	if m.name != "" {
		title = say.Sayf("Glute plan for %s, %s to %s", m.name, from, to)
	}
	f, err := newFile(pp, title, compress)
	if err != nil {
		return nil, nil, err
	}
	f.SetLineCapStyle("butt")

	d := &doc{
		f:      f,
		paper:  pp,
		m:      m,
		say:    say,
		lay:    &layout{discard: !record},
		footer: "gluteplan · " + say.Sayf("%s to %s", say.Date(m.start), say.Date(m.end)),
		widths: map[widthKey]float64{},
		foot:   footSizes[0],
	}
	d.overview()
	d.program()
	d.volBelow = d.volumeBelow()
	for _, wk := range m.weeks {
		if err := d.weekPage(wk); err != nil {
			return nil, nil, fmt.Errorf("pdf: %w", err)
		}
	}
	d.guide()
	d.finish()
	if d.bad != "" {
		return nil, nil, fmt.Errorf("pdf: a number that is not finite reached the drawing of %s", d.bad)
	}
	if err := f.Error(); err != nil {
		return nil, nil, fmt.Errorf("pdf: %w", err)
	}
	if layoutOnly {
		return nil, d.lay, nil
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, nil, fmt.Errorf("pdf: %w", err)
	}
	return buf.Bytes(), d.lay, nil
}
