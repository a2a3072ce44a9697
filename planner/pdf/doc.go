package pdf

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/go-pdf/fpdf"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/catalog/figure"
	"github.com/gluteplan/gluteplan/planner/locale"
)

const (
	ptMM    = 25.4 / 72 // one point in millimetres
	leading = 1.25      // line height as a multiple of the font size
	margin  = 13.0      // page margin on every side, mm (at least 12, which home printers reach)
	footerH = 8.0       // room kept at the foot of the page for the footer line
)

// paper is a page size in millimetres, portrait.
type paper struct {
	name string
	w, h float64
}

var papers = map[string]paper{
	"a4":     {"A4", 210, 297},
	"letter": {"Letter", 215.9, 279.4},
}

// style is how a run of text looks.
type style struct {
	size   float64 // points
	bold   bool
	italic bool
	gray   int // 0 black … 255 white
}

func (s style) fontStyle() string {
	switch {
	case s.bold:
		return "B"
	case s.italic:
		return "I"
	}
	return ""
}

// lh is the height of one line of text in s, in millimetres.
func (s style) lh() float64 { return s.size * ptMM * leading }

func (s style) sized(size float64) style { s.size = size; return s }

// doc wraps an fpdf document with the page geometry, the text measuring and
// wrapping we do ourselves (fpdf's own MultiCell and SplitText mis-measure
// UTF-8 text), and the layout recorder.
type doc struct {
	f      *fpdf.Fpdf
	paper  paper
	m      *model
	say    *locale.Language // the labels' language
	lay    *layout
	footer string   // left part of the footer
	foot   footSize // the overview's foot: its type and the chart's height
	// checkPage is, by block, the page that says rule 9's limit on side
	// pain during the tendon holds, for the week pages to point to.
	checkPage map[int]int
	// guidePage is, by exercise id, the page of its entry in the guide;
	// guideRefs are the places on the program pages that point to it,
	// drawn once the guide is (see finish).
	guidePage map[string]int
	guideRefs []guideRef
	// volBelow puts every week page's volume and gauge under the title
	// (see volumeBelow).
	volBelow bool

	w, h float64 // current page size
	// bad, when set, says what was not drawn because a coordinate was not
	// a finite number: the last guard against NaN in the page's operators.
	bad    string
	cur    style
	curSet bool
	widths map[widthKey]float64
	wraps  map[wrapKey]wrapped
	pics   pictures // custom entries' images, each made once (image.go)
	// forms are the drawings written once and placed many times, by key;
	// stamped the keys drawn inline once so far (see stamp); drawings the
	// figures worked out, by figure.
	forms    map[string]*form
	stamped  map[string]bool
	drawings map[*catalog.Figure]figure.Drawing
}

type widthKey struct {
	s    string
	font string
	size float64
}

// page geometry of the current page.
func (d *doc) left() float64   { return margin }
func (d *doc) right() float64  { return d.w - margin }
func (d *doc) top() float64    { return margin }
func (d *doc) bottom() float64 { return d.h - margin - footerH }
func (d *doc) width() float64  { return d.w - 2*margin }

// newPage starts a new page; finish draws the footers.
func (d *doc) newPage(landscape bool) {
	orient := "P"
	d.w, d.h = d.paper.w, d.paper.h
	if landscape {
		orient = "L"
		d.w, d.h = d.paper.h, d.paper.w
	}
	d.f.AddPageFormat(orient, fpdf.SizeType{Wd: d.paper.w, Ht: d.paper.h})
	d.curSet = false
	d.lay.pages = append(d.lay.pages, pageBox{w: d.w, h: d.h, margin: margin, landscape: landscape})
}

// finish draws every page's footer, now that the page count is known: it
// goes back to each page and adds the footer to the end of its content.
// (fpdf's page-count alias would do the same by rewriting every page's
// content when the file is written, twice over.)
func (d *doc) finish() {
	total := d.f.PageNo()
	d.drawGuideRefs()
	// fpdf keeps the last page's size when it goes back to a page, and
	// measures y from that page's foot: on a page of another height (a
	// landscape week page), move the footer by the difference.
	_, lastH := d.f.GetPageSize()
	for n := 1; n <= total; n++ {
		d.f.SetPage(n)
		pg := d.lay.pages[n-1]
		d.w, d.h = pg.w, pg.h
		if shift := lastH - pg.h; shift != 0 {
			d.f.TransformBegin()
			d.f.TransformTranslate(0, shift)
			d.drawFooter(n, total)
			d.f.TransformEnd()
		} else {
			d.drawFooter(n, total)
		}
	}
}

// guideRef is a place on a program page that says on which page the
// guide explains exercise id: its page, top-left corner, width and type.
// With right set, x is where the text ends. With also set, the page is
// the first of the guide pages of id and also (the movement breaks of
// page 1, which the guide keeps together).
type guideRef struct {
	page  int
	x, y  float64
	w     float64
	st    style
	id    string
	also  []string
	right bool
}

// guideRefText is what a guideRef says, for page n.
func (d *doc) guideRefText(n int) string { return d.say.Sayf("Guide: page %d", n) }

// drawGuideRefs draws the program pages' pointers to the guide, now that
// the guide's pages are known. It goes back to each page as finish does
// for the footers.
func (d *doc) drawGuideRefs() {
	if len(d.guideRefs) == 0 {
		return
	}
	_, lastH := d.f.GetPageSize()
	for _, r := range d.guideRefs {
		n := d.guidePage[r.id]
		last := n
		for _, id := range r.also {
			if k := d.guidePage[id]; k > 0 && (n == 0 || k < n) {
				n = k
			}
			last = max(last, d.guidePage[id])
		}
		if n == 0 {
			continue
		}
		text := d.guideRefText(n)
		if last > n {
			// The movement breaks over several pages of the guide
			// (English physio reading 14: "page 7" for breaks on 7–9).
			text = d.say.Sayf("Guide: pages %d–%d", n, last)
		}
		if r.right {
			r.x -= d.measure(text, r.st)
		}
		d.f.SetPage(r.page)
		pg := d.lay.pages[r.page-1]
		d.w, d.h = pg.w, pg.h
		d.curSet = false
		d.f.SetFillColor(255, 255, 255)
		if shift := lastH - pg.h; shift != 0 {
			d.f.TransformBegin()
			d.f.TransformTranslate(0, shift)
			d.text(r.x, r.y, text, r.st, r.w)
			d.f.TransformEnd()
		} else {
			d.text(r.x, r.y, text, r.st, r.w)
		}
	}
}

func (d *doc) drawFooter(n, total int) {
	st := style{size: 8, gray: 90}
	// The page's content ends in whatever state its last drawing left,
	// which is not the state fpdf tracks (the last page's): set the font
	// and the fill colour again on this page. fpdf writes a font size and
	// a fill colour whenever asked; the fill colour set apart from the
	// text's makes fpdf set the text's colour with the text.
	d.curSet = false
	d.f.SetFontSize(st.size)
	d.f.SetFillColor(255, 255, 255)
	y := d.h - margin - st.lh()
	d.rule(d.left(), y-1.2, d.right(), y-1.2, 0.2, 170)
	left := d.footer + " · " + d.say.Sayf("page %s of %s", strconv.Itoa(n), strconv.Itoa(total))
	d.text(d.left(), y, left, st, d.width())
}

func (d *doc) setStyle(s style) {
	if d.curSet && d.cur.size == s.size && d.cur.fontStyle() == s.fontStyle() && d.cur.gray == s.gray {
		return
	}
	if !d.curSet || d.cur.size != s.size || d.cur.fontStyle() != s.fontStyle() {
		d.f.SetFont(fontFamily, s.fontStyle(), s.size)
	}
	d.f.SetTextColor(s.gray, s.gray, s.gray)
	d.cur, d.curSet = s, true
}

// measure returns the width of s in style st, in millimetres.
func (d *doc) measure(s string, st style) float64 {
	if len(s) > maxCachedWidth {
		// Long text is measured once or twice: keeping it would only
		// hold memory.
		return float64(symbolWidth(s, st.fontStyle())) * st.size * ptMM / 1000
	}
	k := widthKey{s, st.fontStyle(), st.size}
	if w, ok := d.widths[k]; ok {
		return w
	}
	w := float64(symbolWidth(s, st.fontStyle())) * st.size * ptMM / 1000
	d.widths[k] = w
	return w
}

// maxCachedWidth is the longest text, in bytes, whose width is kept: lines
// and labels, which are measured again and again.
const maxCachedWidth = 200

// text draws one line with its top-left corner at (x, y) and records it;
// limit is the width the caller allowed it.
func (d *doc) text(x, y float64, s string, st style, limit float64) float64 {
	if s == "" || !d.finite(s, x, y) {
		return 0
	}
	w := d.measure(s, st)
	d.setStyle(st)
	// Baseline: the line box is leading × size tall; the Go fonts' ascent is
	// about 0.93 em, so this leaves equal room above the caps and below the
	// descenders.
	base := y + st.size*ptMM*(leading-1)/2 + st.size*ptMM*0.93
	d.f.Text(x, base, s)
	d.record(textBox{page: d.f.PageNo(), x: x, y: y, w: w, h: st.lh(), limit: limit, text: s})
	return w
}

// record notes a box drawn (a line of text, a figure) for the layout tests,
// unless the layout is discarded.
func (d *doc) record(b textBox) {
	if !d.lay.discard {
		d.lay.boxes = append(d.lay.boxes, b)
	}
}

// textCenter draws s centred in [x, x+w].
func (d *doc) textCenter(x, y, w float64, s string, st style) {
	tw := d.measure(s, st)
	d.text(x+(w-tw)/2, y, s, st, w)
}

// fitSize returns the largest size from st.size down to min at which s fits
// on one line of width w, or min when none does.
func (d *doc) fitSize(s string, w float64, st style, min float64) float64 {
	size := st.size
	for size > min && d.measure(s, st.sized(size)) > w {
		size -= 0.5
	}
	return math.Max(size, min)
}

// wrap breaks s into lines no wider than w: at spaces, after hyphens and
// slashes, and inside a word only when a piece of it alone is wider than a
// line, where the line ends in a hyphen.
func (d *doc) wrap(s string, w float64, st style) []string {
	lines, _ := d.wrapHard(s, w, st)
	return lines
}

// wrapHard is wrap, also reporting whether a word had to be cut.
func (d *doc) wrapHard(s string, w float64, st style) (lines []string, cut bool) {
	ls, cut := d.wrapLines(s, w, st)
	lines = make([]string, len(ls))
	for i, l := range ls {
		lines[i] = l.drawn()
	}
	return lines, cut
}

// hyphen ends a line that cuts a word.
const hyphen = "-"

// line is one line of wrapped text: its text, and whether it cuts a word
// and so is drawn with a hyphen after it.
type line struct {
	text   string
	hyphen bool
}

func (l line) drawn() string {
	if l.hyphen {
		return l.text + hyphen
	}
	return l.text
}

// wrapLines does the work of wrap in time linear in the length of s: the
// fonts' widths add up glyph by glyph (see symbolWidth), so each word is
// measured once and a long word is cut in one walk over its runes. (Cutting
// by measuring ever longer prefixes took 34 s and 3 GB for a step of one
// 300,000-character word.)
func (d *doc) wrapLines(s string, w float64, st style) (lines []line, cut bool) {
	// The same texts are wrapped again and again: the week pages' hint,
	// day intros, names and doses every week, each measured before it is
	// drawn. Keep the lines of all but long paragraphs (callers never
	// change them).
	if len(s) > maxCachedWrap {
		return d.wrapText(s, w, st)
	}
	k := wrapKey{s, w, st.fontStyle(), st.size}
	if r, ok := d.wraps[k]; ok {
		return r.lines, r.cut
	}
	lines, cut = d.wrapText(s, w, st)
	if d.wraps == nil {
		d.wraps = map[wrapKey]wrapped{}
	}
	d.wraps[k] = wrapped{lines, cut}
	return lines, cut
}

// maxCachedWrap is the longest text, in bytes, whose wrapping is kept.
const maxCachedWrap = 1000

type wrapKey struct {
	s    string
	w    float64
	font string
	size float64
}

type wrapped struct {
	lines []line
	cut   bool
}

// wrapText wraps s; see wrapLines.
func (d *doc) wrapText(s string, w float64, st style) (lines []line, cut bool) {
	// Widths in thousandths of the font size, as symbolWidth gives them:
	// whole numbers, so a line's width is exactly the sum of its pieces'.
	scale := st.size * ptMM / 1000
	limit := w / scale
	fs := st.fontStyle()
	spaceW := float64(symbolWidth(" ", fs))
	hyphenW := float64(symbolWidth(hyphen, fs))

	var b strings.Builder
	lineW := 0.0
	flush := func(hy bool) {
		lines = append(lines, line{text: b.String(), hyphen: hy})
		b.Reset()
		lineW = 0
	}
	// place puts one piece of a word on the line, or on a new one; first
	// says it begins a word, after a space.
	place := func(piece string, first bool) {
		pw := float64(symbolWidth(piece, fs))
		sep := 0.0
		if b.Len() > 0 && first {
			sep = spaceW
		}
		if lineW+sep+pw <= limit+eps {
			if sep > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(piece)
			lineW += sep + pw
			return
		}
		if b.Len() > 0 {
			flush(false)
		}
		if pw <= limit+eps {
			b.WriteString(piece)
			lineW = pw
			return
		}
		// The piece alone is wider than a line: cut it, each part
		// but the last ending in a hyphen.
		cut = true
		for _, r := range piece {
			rw := float64(symbolWidth(string(r), fs))
			if b.Len() > 0 && lineW+rw+hyphenW > limit+eps {
				flush(true)
			}
			b.WriteRune(r)
			lineW += rw
		}
	}
	word := func(w string) {
		for i, piece := range splitAfterHyphens(w) {
			place(piece, i == 0)
		}
	}
	for _, w := range bound(strings.Fields(s)) {
		if !strings.Contains(w, " ") {
			word(w)
			continue
		}
		// Words bound together ("2 × 3", "20 s", "von 10") stay on one
		// line, unless together they are wider than a line.
		if float64(symbolWidth(w, fs)) <= limit+eps {
			place(w, true)
			continue
		}
		for _, part := range strings.Fields(w) {
			word(part)
		}
	}
	if b.Len() > 0 {
		flush(false)
	}
	return lines, cut
}

// bound joins words that must not be split across lines, with a space
// between them: a number and its unit ("20 s", "13 min", "70 %"), both
// sides of a times sign ("2 × 3") and of an equals sign ("0 = keine", a
// scale's end), "of 10" and "von 10" (a lone "10" at the head of a line
// reads as a value of its own), a hold and its time ("hold 40 s", "40 s
// halten": "40 s" alone at the end of a line reads as a dose of its own),
// "each side", "je Seite", and a dash with the word before it. Every
// other word comes back as it was.
func bound(words []string) []string {
	out := make([]string, 0, len(words))
	for i, w := range words {
		if i > 0 && bindsTo(words[i-1], w) {
			out[len(out)-1] += " " + w
			continue
		}
		out = append(out, w)
	}
	return out
}

// bindsTo says whether word b stays on the line of the word a before it.
func bindsTo(a, b string) bool {
	switch {
	case a == "×" || b == "×", a == "=" || b == "=":
		return true
	case number(a) && unitWords[strings.TrimRight(b, ",.;:)")]:
		return true
	case a == "hold" && number(b), unitWords[a] && strings.TrimRight(b, ",.;:)") == "halten":
		return true
	case (a == "von" || a == "of") && number(b):
		return true
	case a == "je" && strings.HasPrefix(b, "Seite"), a == "each" && strings.HasPrefix(b, "side"):
		return true
	case b == "–" || b == "—":
		// A line never starts with a dash (fourth German reading).
		return true
	}
	return false
}

// unitWords are the units a number is bound to.
var unitWords = map[string]bool{"s": true, "min": true, "%": true}

// number says whether w is a number, or a range of numbers, as the plan
// prints them: "3", "6,5", "4–5", "10:" (punctuation after it allowed).
func number(w string) bool {
	w = strings.TrimRight(strings.TrimLeft(w, "("), ",.;:)")
	digit := false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r == ',' || r == '.' || r == '–' || r == '-':
		default:
			return false
		}
	}
	return digit
}

// splitAfterHyphens splits a word after each hyphen, dash or slash that has
// a letter on both sides: "front-to-back" → "front-", "to-", "back". A
// range of numbers ("4–5", "8–12") stays whole.
func splitAfterHyphens(word string) []string {
	if !strings.ContainsAny(word, "-\u2010\u2013\u2014/") {
		return []string{word}
	}
	rs := []rune(word)
	var out []string
	start := 0
	for i := 1; i < len(rs)-1; i++ {
		switch rs[i] {
		case '-', '\u2010', '\u2013', '\u2014', '/':
			if isLetter(rs[i-1]) && isLetter(rs[i+1]) && !(unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1])) {
				out = append(out, string(rs[start:i+1]))
				start = i + 1
			}
		}
	}
	return append(out, string(rs[start:]))
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// para wraps s into width w and draws it from (x, y); it returns the height used.
func (d *doc) para(x, y, w float64, s string, st style) float64 {
	lines := d.wrapRecorded(s, w, st)
	for i, l := range lines {
		d.text(x, y+float64(i)*st.lh(), l, st, w)
	}
	return float64(len(lines)) * st.lh()
}

// wrapRecorded is wrap, recording the paragraph for the layout tests with
// the hyphens wrapping added taken off again.
func (d *doc) wrapRecorded(s string, w float64, st style) []string {
	ls, _ := d.wrapLines(s, w, st)
	drawn := make([]string, len(ls))
	texts := make([]string, len(ls))
	for i, l := range ls {
		drawn[i], texts[i] = l.drawn(), l.text
	}
	if !d.lay.discard {
		d.lay.paras = append(d.lay.paras, paragraph{text: s, lines: texts})
	}
	return drawn
}

// paraHeight is the height para would use.
func (d *doc) paraHeight(w float64, s string, st style) float64 {
	return float64(len(d.wrap(s, w, st))) * st.lh()
}

// finite reports whether every coordinate is a finite number; when one is
// not, it notes what (the first such) and the caller draws nothing.
func (d *doc) finite(what string, xs ...float64) bool {
	for _, x := range xs {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			if d.bad == "" {
				d.bad = fmt.Sprintf("%.40q on page %d", what, d.f.PageNo())
			}
			return false
		}
	}
	return true
}

// Drawing helpers in grey levels, so a black-and-white printer shows
// everything.

func (d *doc) rule(x1, y1, x2, y2, lw float64, gray int) {
	if !d.finite("a line", x1, y1, x2, y2) {
		return
	}
	d.f.SetLineWidth(lw)
	d.f.SetDrawColor(gray, gray, gray)
	d.f.Line(x1, y1, x2, y2)
}

// hrules draws horizontal lines from x1 to x2 at each of ys, setting the
// line's width and grey once for them all.
func (d *doc) hrules(x1, x2 float64, ys []float64, lw float64, gray int) {
	if len(ys) == 0 || !d.finite("a line", x1, x2) {
		return
	}
	d.f.SetLineWidth(lw)
	d.f.SetDrawColor(gray, gray, gray)
	for _, y := range ys {
		if d.finite("a line", y) {
			d.f.Line(x1, y, x2, y)
		}
	}
}

func (d *doc) box(x, y, w, h, lw float64, stroke, fill int) {
	if !d.finite("a box", x, y, w, h) {
		return
	}
	st := ""
	if fill >= 0 {
		d.f.SetFillColor(fill, fill, fill)
		st += "F"
	}
	if stroke >= 0 {
		d.f.SetLineWidth(lw)
		d.f.SetDrawColor(stroke, stroke, stroke)
		st += "D"
	}
	if st != "" {
		d.f.Rect(x, y, w, h, st)
	}
}

// hatch fills the rectangle with thin diagonal lines.
func (d *doc) hatch(x, y, w, h, step float64, gray int) {
	if !d.finite("a hatched box", x, y, w, h) || w/step > 1e4 || h/step > 1e4 {
		return
	}
	d.f.ClipRect(x, y, w, h, false)
	d.f.SetLineWidth(0.18)
	d.f.SetDrawColor(gray, gray, gray)
	for o := -h; o < w; o += step {
		d.f.Line(x+o, y+h, x+o+h, y)
	}
	d.f.ClipEnd()
}

// dots fills the rectangle with a staggered grid of small square dots.
func (d *doc) dots(x, y, w, h, step float64, gray int) {
	const size = 0.42
	d.f.SetFillColor(gray, gray, gray)
	row := 0
	for yy := y + step/2; yy+size/2 < y+h; yy += step {
		off := 0.0
		if row%2 == 1 {
			off = step / 2
		}
		for xx := x + step/2 + off; xx+size/2 < x+w; xx += step {
			d.f.Rect(xx-size/2, yy-size/2, size, size, "F")
		}
		row++
	}
}
