package pdf

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/catalog/figure"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// SheetEntry is one catalog entry for [WriteSheet], with the bytes of its
// image file when it has an image and no figure.
type SheetEntry struct {
	Exercise catalog.Exercise
	// Image holds the PNG or JPEG file the entry's image field names, read
	// by the caller (paths are relative to the catalog file).
	Image []byte
}

// WriteSheet renders the catalog sheet: every entry on a card with its
// figure (or image), name, id, category, level, dose, equipment and
// position, six cards to a page, for a physiotherapist reviewing a catalog,
// in the language opts.Lang (English when empty): the cards' words and the
// entries' names from their translations.
// Figures are vector paths. The same entries and options give the same
// bytes.
func WriteSheet(w io.Writer, entries []SheetEntry, opts Options) error {
	b, _, err := renderSheet(entries, opts)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// Card geometry of the sheet, in millimetres.
const (
	sheetCols      = 2
	sheetRows      = 3
	sheetGap       = 6.0
	sheetFigureMin = 24.0
	sheetFigureMax = 46.0
	sheetPad       = 2.5
)

func renderSheet(entries []SheetEntry, opts Options) (out []byte, lay *layout, err error) {
	key := strings.ToLower(strings.TrimSpace(opts.Paper))
	if key == "" {
		key = "a4"
	}
	pp, ok := papers[key]
	if !ok {
		return nil, nil, fmt.Errorf("pdf: unknown paper %q (want a4 or letter)", opts.Paper)
	}
	if len(entries) == 0 {
		return nil, nil, fmt.Errorf("pdf: the catalog has no entries to print")
	}
	defer func() {
		if r := recover(); r != nil {
			out, lay, err = nil, nil, fmt.Errorf("pdf: rendering failed: %v", r)
		}
	}()
	say := locale.In(opts.Lang)
	f, err := newFile(pp, "gluteplan "+say.Say("catalog sheet"), true)
	if err != nil {
		return nil, nil, err
	}
	cl, err := newCleaner()
	if err != nil {
		return nil, nil, fmt.Errorf("pdf: embedded font: %w", err)
	}
	d := &doc{f: f, paper: pp, say: say, lay: &layout{}, footer: "gluteplan " + say.Say("catalog sheet") + " · " + say.Count(len(entries), "entry", "entries"),
		widths: map[widthKey]float64{}}
	perPage := sheetCols * sheetRows
	headH := 0.0
	for i, e := range entries {
		if i%perPage == 0 {
			d.sheetPage(i == 0, len(entries))
			headH = d.sheetHeadH()
		}
		cardW := (d.width() - sheetGap*(sheetCols-1)) / sheetCols
		top := d.top() + headH
		cardH := (d.bottom() - top - sheetGap*(sheetRows-1)) / sheetRows
		k := i % perPage
		x := d.left() + float64(k%sheetCols)*(cardW+sheetGap)
		y := top + float64(k/sheetCols)*(cardH+sheetGap)
		// Both cards of a row give their figures the same height, so the
		// names line up.
		figH := d.figureHeight(cardW, cardH, e.Exercise, cl)
		if k%sheetCols == 0 && i+1 < len(entries) {
			figH = min(figH, d.figureHeight(cardW, cardH, entries[i+1].Exercise, cl))
		} else if k%sheetCols == 1 {
			figH = min(figH, d.figureHeight(cardW, cardH, entries[i-1].Exercise, cl))
		}
		if err := d.card(x, y, cardW, cardH, figH, e, cl, i); err != nil {
			return nil, nil, err
		}
	}
	d.finish()
	if err := f.Error(); err != nil {
		return nil, nil, fmt.Errorf("pdf: %w", err)
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, nil, fmt.Errorf("pdf: %w", err)
	}
	return buf.Bytes(), d.lay, nil
}

// Styles of the head of each sheet page.
var (
	sheetTitle = style{size: 15, bold: true}
	sheetSub   = style{size: 8.5, gray: 70}
)

// sheetHeadH is the room the head of each sheet page takes: the title,
// the legend and the key (sheetKey), a rule under them.
func (d *doc) sheetHeadH() float64 {
	return sheetTitle.lh() + sheetSub.lh()*float64(1+len(d.sheetKey())) + 3.5
}

// sheetKey says how to read the cards, in lines of the page's width: the
// levels in their order (twelfth German reading: "Geübte" and
// "Fortgeschrittene" read as near-synonyms), in the words the cards use,
// and what the start dose is (a plan starts elsewhere: it adapts the dose
// to the person).
func (d *doc) sheetKey() []string {
	var levels []string
	for _, l := range catalog.Levels {
		levels = append(levels, d.levelWords(l))
	}
	return append(d.wrap(d.say.Sayf("Levels: %s", strings.Join(levels, " → ")), d.width(), sheetSub),
		d.wrap(d.say.Say("The starting dose is the catalog's guide; a plan adapts it to the person's level and soreness, so its holds and effort may differ."), d.width(), sheetSub)...)
}

// levelWords says a level as the cards do: the English card keeps the
// catalog's own word, which its authors write; another language says it
// in words.
func (d *doc) levelWords(l catalog.Level) string {
	if d.say == locale.English {
		return string(l)
	}
	return planner.ValueWords(d.say, l)
}

// sheetPage starts a page of the sheet with its heading.
func (d *doc) sheetPage(first bool, n int) {
	d.newPage(false)
	title, sub := sheetTitle, sheetSub
	y := d.top()
	head := d.say.Say("Catalog sheet, for professionals")
	if !first {
		head = d.say.Say("Catalog sheet (continued)")
	}
	d.text(d.left(), y, head, title, d.width())
	y += title.lh()
	legend := d.say.Count(n, "entry", "entries") + " · " + d.say.Say("start pose light gray, end pose black, its far limbs dark gray, arrows show the movement")
	d.text(d.left(), y, legend, sub.sized(d.fitSize(legend, d.width(), sub, 6)), d.width())
	y += sub.lh()
	for _, l := range d.sheetKey() {
		d.text(d.left(), y, l, sub, d.width())
		y += sub.lh()
	}
	ruleY := d.top() + d.sheetHeadH() - 2.5
	d.rule(d.left(), ruleY, d.right(), ruleY, 0.4, 0)
}

// Text styles of a card.
var (
	cardName  = style{size: 10, bold: true}
	cardSmall = style{size: 8, gray: 40}
	cardID    = style{size: 8, gray: 120} // the id: the same size, lighter
)

// cardText wraps a card's name (at most two lines) and facts.
func (d *doc) cardText(e catalog.Exercise, inner float64, cl *cleaner) (names, facts []string) {
	names = d.wrap(cl.clean(e.NameIn(d.say.Code)), inner, cardName)
	if len(names) > 2 {
		names = append(names[:1], d.ellipsis(strings.Join(names[1:], " "), inner, cardName))
	}
	return names, d.cardFacts(e, inner, cardSmall, cl)
}

// figureHeight is the height of the figure on a card of size w × h: as
// tall as the text below it leaves room for, within the sheet's bounds.
func (d *doc) figureHeight(w, h float64, e catalog.Exercise, cl *cleaner) float64 {
	names, facts := d.cardText(e, w-2*sheetPad, cl)
	textH := float64(len(names))*cardName.lh() + float64(len(facts))*cardSmall.lh()
	return min(sheetFigureMax, max(sheetFigureMin, h-2*sheetPad-1.5-textH))
}

// card draws one entry in the box at (x, y): the figure on top, figH
// tall, then the name and the facts.
func (d *doc) card(x, y, w, h, figH float64, se SheetEntry, cl *cleaner, index int) error {
	e := se.Exercise
	d.box(x, y, w, h, 0.25, 170, -1)
	inner := w - 2*sheetPad
	fx, fy := x+sheetPad, y+sheetPad
	name, small := cardName, cardSmall
	names, facts := d.cardText(e, inner, cl)
	// What does not fit under the figure is cut, its last line ending in
	// "…"; the figure keeps at least its minimum height.
	room := max(int((h-2*sheetPad-1.5-figH-float64(len(names))*name.lh()+0.01)/small.lh()), 1)
	if len(facts) > room {
		facts = append(facts[:room-1], d.ellipsis(strings.Join(facts[room-1:], " "), inner, small))
	}

	switch {
	case e.Figure != nil:
		bx, by, bw, bh := figure.Draw(d.f, figure.New(e.Figure), fx, fy, inner, figH)
		d.f.SetLineCapStyle("butt")
		d.f.SetLineJoinStyle("miter")
		d.lay.boxes = append(d.lay.boxes, textBox{page: d.f.PageNo(), x: bx, y: by, w: bw, h: bh, limit: inner, text: "figure of " + e.ID})
	case len(se.Image) > 0:
		pic := d.picture(se.Image)
		if pic.err != nil {
			return fmt.Errorf("pdf: image of %s: %v", e.ID, pic.err)
		}
		id, opt, info := pic.name, pic.opt, pic.info
		iw, ih := info.Width(), info.Height()
		k := min(inner/iw, figH/ih)
		bw, bh := iw*k, ih*k
		bx, by := fx+(inner-bw)/2, fy+(figH-bh)/2
		d.f.ImageOptions(id, bx, by, bw, bh, false, opt, 0, "")
		d.lay.boxes = append(d.lay.boxes, textBox{page: d.f.PageNo(), x: bx, y: by, w: bw, h: bh, limit: inner, text: "image of " + e.ID})
	default:
		st := style{size: 8, italic: true, gray: 110}
		d.textCenter(fx, fy+figH/2-st.lh()/2, inner, d.say.Say("no figure"), st)
	}
	ty := fy + figH + 1.5
	for _, l := range names {
		d.text(fx, ty, l, name, inner)
		ty += name.lh()
	}
	for i, l := range facts {
		st := small
		if i == 0 {
			st = cardID // the id, the first fact
		}
		d.text(fx, ty, l, st, inner)
		ty += small.lh()
	}
	return nil
}

// sheetCategory says what kind of exercise a card is. The sheet is for
// professionals, whose word is "static stretch"; a plan says "stretch"
// (thirteenth German reading: "gehaltene Dehnung" read as a word-for-word
// translation).
func sheetCategory(say *locale.Language, c catalog.Category) string {
	if c == catalog.StaticStretch {
		return capitalize(planner.ValueWords(say, c))
	}
	return categoryText(say, categoryWords, c)
}

// figureExtras names what e's figure shows the person using that its
// equipment does not list: a chair or wall held at a hand, and a roller
// pinned at a wall, which is a rolled towel or cushion (the wall press).
func figureExtras(say *locale.Language, e catalog.Exercise) []string {
	if e.Figure == nil {
		return nil
	}
	var out []string
	add := func(w string) {
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	walls := map[catalog.BodyPart]bool{}
	for _, p := range e.Figure.Props {
		if p.Kind == "wall" {
			walls[p.At] = true
		}
	}
	lists := func(q catalog.Equipment) bool {
		return slices.Contains(e.Equipment, q) || slices.Contains(e.EquipmentAny, q)
	}
	support := lists(catalog.Chair) || lists(catalog.Wall)
	for _, p := range e.Figure.Props {
		held := strings.HasSuffix(string(p.At), "_hand")
		switch {
		case held && support:
			// The entry lists its support already.
		case p.Kind == "chair" && held:
			add(say.Say("a chair to hold on to"))
		case p.Kind == "wall" && held:
			add(say.Say("a wall to hold on to"))
		case p.Kind == "roller" && walls[p.At] && !lists(catalog.FoamRoller):
			add(say.Say("a rolled-up towel or firm cushion"))
		}
	}
	return out
}

// cardFacts wraps the facts of a card: id; category, level and position;
// dose; equipment; licence and source when given. Each fact gets at most
// its share of lines, a cut line ending in "…".
func (d *doc) cardFacts(e catalog.Exercise, w float64, st style, cl *cleaner) []string {
	say := d.say
	cat := sheetCategory(say, e.Category)
	if planner.BreakDrill(&e) {
		// A plan may give it as a movement break, and names it so: the
		// card says it too (eighth German reading).
		cat += " · " + say.Say("also a movement break")
	}
	equip := say.Say("none")
	if len(e.Equipment)+len(e.EquipmentAny) > 0 {
		equip = planner.EquipmentWords(say, e)
	}
	if extra := figureExtras(say, e); len(extra) > 0 {
		// What the figure and the steps use that no plan asks the person
		// to own (thirty-ninth German reading: "Hilfsmittel: keine" beside
		// a chair held in the picture).
		if len(e.Equipment)+len(e.EquipmentAny) == 0 {
			equip = strings.Join(extra, ", ")
		} else {
			equip += ", " + strings.Join(extra, ", ")
		}
	}
	level, position := d.levelWords(e.Level), strings.ReplaceAll(string(e.Position), "_", " ")
	if say != locale.English {
		// The English card keeps the catalog's own words, which its authors
		// write; another language says them in words.
		position = planner.PositionWords(say, e.Position)
	}
	type fact struct {
		text     string
		maxLines int
		// parts, when set, are the fact's parts, joined by " · ": a line
		// breaks between them, not inside one that fits a line (twelfth
		// German reading: "… · im" / "Stehen").
		parts []string
	}
	// The id stays on every card: it is how a coach names the entry to
	// gluteplan (exclude, progresses_to, catalog show), and it is the
	// same in every language. On a card in another language it says what
	// it is ("ID: hip-circles"), and every card prints it lighter than
	// the facts (cardID), so it reads as a code, not as a word of the
	// text (second German review).
	id := e.ID
	if say != locale.English {
		id = say.Say("id") + ": " + e.ID
	}
	facts := []fact{
		{text: id, maxLines: 1},
		{maxLines: 2, parts: append(strings.Split(cat, " · "), level, position)},
		{text: say.Sayf("Starting dose: %s", say.Dose(e.Dose)), maxLines: 2},
		{text: say.Sayf("Equipment: %s", equip), maxLines: 2},
	}
	// Rule 9: the planner never plans it with gluteal tendinopathy or
	// piriformis syndrome (twelfth German reading: a colleague comparing
	// sheet and plan should see why it is missing; fourteenth: with the
	// reason that fits the entry, and piriformis syndrome too).
	for _, note := range planner.LeftOutNotes(say, &e) {
		facts = append(facts, fact{text: note, maxLines: 3})
	}
	if e.License != "" {
		facts = append(facts, fact{text: say.Sayf("Licence: %s", e.License), maxLines: 1})
	}
	if e.Source != "" {
		facts = append(facts, fact{text: say.Sayf("Source: %s", e.Source), maxLines: 2})
	}
	var lines []string
	for _, fc := range facts {
		var ls []string
		if fc.parts != nil {
			ls = d.wrapParts(fc.parts, " · ", w, st, cl)
		} else {
			ls = d.wrap(cl.clean(fc.text), w, st)
		}
		if len(ls) > fc.maxLines {
			ls = append(ls[:fc.maxLines-1], d.ellipsis(strings.Join(ls[fc.maxLines-1:], " "), w, st))
		}
		lines = append(lines, ls...)
	}
	return lines
}

// wrapParts wraps parts joined by sep into lines of width w, breaking
// between parts; a part wider than a line alone wraps as words do, and the
// parts after it go on from its last line.
func (d *doc) wrapParts(parts []string, sep string, w float64, st style, cl *cleaner) []string {
	var lines []string
	for _, p := range parts {
		p = cl.clean(p)
		if n := len(lines); n > 0 && d.measure(lines[n-1]+sep+p, st) <= w {
			lines[n-1] += sep + p
			continue
		}
		if n := len(lines); n > 0 && d.measure(lines[n-1]+strings.TrimRight(sep, " "), st) <= w {
			// The separator ends the line, where it fits.
			lines[n-1] += strings.TrimRight(sep, " ")
		}
		lines = append(lines, d.wrap(p, w, st)...)
	}
	return lines
}

// ellipsis shortens s to fit w on one line, ending it with "…".
func (d *doc) ellipsis(s string, w float64, st style) string {
	if d.measure(s, st) <= w {
		return s
	}
	rs := []rune(s)
	for len(rs) > 0 && d.measure(string(rs)+"…", st) > w {
		rs = rs[:len(rs)-1]
	}
	return strings.TrimSpace(string(rs)) + "…"
}
