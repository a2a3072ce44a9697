package pdf

import (
	"github.com/go-pdf/fpdf"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/catalog/figure"
)

// A form is a piece of drawing written once into the file and placed as
// often as a page needs it (a PDF form XObject, an fpdf template): the
// soreness scale of every day column, the pattern of a session band, an
// exercise's figure on the program pages and in the guide. A 4-week plan
// draws the scale 77 times a week; as a form each placement costs one line.
type form struct {
	tpl  fpdf.Template
	w, h float64 // size, in millimetres, the drawing's top-left corner at (0, 0)
	// boxes is the text drawn in the form, relative to its corner: each
	// placement records it on its page for the layout checks.
	boxes []textBox
}

// namedTemplate is a template that knows its name: fpdf's templates work
// it out (the SHA-1 of their content) each time it is asked, twice a
// placement, which for the week pages' scales cost more than the drawing.
type namedTemplate struct {
	fpdf.Template
	id string
}

func (t namedTemplate) ID() string { return t.id }

// formPad is the room kept around a form's content, so that a stroke on
// its edge is not clipped by the form's bounding box (written to 0.01 pt).
const formPad = 1.0

// form returns the form named key, drawing it with draw the first time: draw
// paints with d as usual, in the form's coordinates, its content within
// (0, 0)–(w, h). The key must name everything the drawing depends on.
func (d *doc) form(key string, w, h float64, draw func()) *form {
	if fm, ok := d.forms[key]; ok {
		return fm
	}
	if d.forms == nil {
		d.forms = map[string]*form{}
	}
	page, cur, curSet := d.f, d.cur, d.curSet
	nb, np := len(d.lay.boxes), len(d.lay.paras)
	fm := &form{w: w, h: h}
	fm.tpl = d.f.CreateTemplateCustom(fpdf.PointType{}, fpdf.SizeType{Wd: w + 2*formPad, Ht: h + 2*formPad}, func(t *fpdf.Tpl) {
		d.f = &t.Fpdf
		d.curSet = false
		d.f.TransformBegin()
		d.f.TransformTranslate(formPad, formPad)
		draw()
		d.f.TransformEnd()
	})
	fm.tpl = namedTemplate{fm.tpl, fm.tpl.ID()}
	d.f, d.cur, d.curSet = page, cur, curSet
	// Text drawn in the form was recorded on its own page 1: keep it with
	// the form, to be recorded where the form is placed.
	for _, b := range d.lay.boxes[nb:] {
		b.page = 0
		fm.boxes = append(fm.boxes, b)
	}
	d.lay.boxes = d.lay.boxes[:nb]
	d.lay.paras = d.lay.paras[:np]
	d.forms[key] = fm
	return fm
}

// place draws fm with its corner at (x, y) on the current page, scaled to
// width w (its height in proportion). Scaled text is not recorded: only
// forms of lines and fills are placed at another size.
func (d *doc) place(fm *form, x, y, w float64) {
	if !d.finite("a form", x, y, w) || fm.tpl == nil {
		return
	}
	k := w / fm.w
	// fpdf places a form measuring from the foot of the page at the
	// paper's portrait height (the size given to AddPageFormat), not the
	// page's own: on a landscape page the foot is the paper's width, so the
	// form would land paper.h − paper.w too low. Raise it by as much.
	lift := d.paper.h - d.h
	d.f.UseTemplateScaled(fm.tpl,
		fpdf.PointType{X: x - formPad*k, Y: y - formPad*k + lift},
		fpdf.SizeType{Wd: (fm.w + 2*formPad) * k, Ht: (fm.h + 2*formPad) * k})
	if k != 1 {
		return
	}
	for _, b := range fm.boxes {
		b.page = d.f.PageNo()
		b.x += x
		b.y += y
		d.record(b)
	}
}

// stamp draws a small piece of drawing at (x, y), its content within
// (0, 0)–(w, h): inline the first time key is drawn, and as a form from
// the second time on, so a pattern used once costs no form of its own.
func (d *doc) stamp(key string, x, y, w, h float64, draw func()) {
	if fm, ok := d.forms[key]; ok || d.stamped[key] {
		if !ok {
			fm = d.form(key, w, h, draw)
		}
		d.place(fm, x, y, w)
		return
	}
	if d.stamped == nil {
		d.stamped = map[string]bool{}
	}
	d.stamped[key] = true
	if !d.finite("a pattern", x, y) {
		return
	}
	d.f.TransformBegin()
	d.f.TransformTranslate(x, y)
	draw()
	d.f.TransformEnd()
}

// drawing is fig laid out for drawing, made once per figure.
func (d *doc) drawing(fig *catalog.Figure) figure.Drawing {
	dr, ok := d.drawings[fig]
	if !ok {
		dr = figure.New(fig)
		if d.drawings == nil {
			d.drawings = map[*catalog.Figure]figure.Drawing{}
		}
		d.drawings[fig] = dr
	}
	return dr
}

// guideFigureHeight is the height fig takes drawn in width w and at most h
// high: a figure wider than tall (lying down) takes less than h, and the
// guide keeps no empty band under it.
func (d *doc) guideFigureHeight(fig *catalog.Figure, w, h float64) float64 {
	dr := d.drawing(fig)
	if dr.W <= 0 || dr.H <= 0 || w <= 0 || h <= 0 {
		return h
	}
	return min(h, dr.H*w/dr.W)
}

// drawFigure paints the figure of exercise id into the box (x, y, w, h),
// centred and as large as fits, as [figure.Draw] does. With share, or
// when the figure was shared before, it comes from one form per exercise:
// the program pages share theirs, so a figure on every block's program
// page and in the guide is written once, and one only in the guide costs
// no form. The figure's line widths scale with it, so a form drawn at one
// size and placed at another looks the same as one drawn there.
func (d *doc) drawFigure(id string, fig *catalog.Figure, x, y, w, h float64, share bool) (fx, fy, fw, fh float64) {
	dr := d.drawing(fig)
	if dr.W <= 0 || dr.H <= 0 || w <= 0 || h <= 0 {
		return x, y, 0, 0
	}
	k := min(w/dr.W, h/dr.H)
	fw, fh = dr.W*k, dr.H*k
	fx, fy = x+(w-fw)/2, y+(h-fh)/2
	key := "figure " + id
	if _, ok := d.forms[key]; !ok && !share {
		figure.Draw(d.f, dr, fx, fy, fw, fh)
		d.f.SetLineCapStyle("butt")
		d.f.SetLineJoinStyle("miter")
		return fx, fy, fw, fh
	}
	fm := d.form(key, fw, fh, func() {
		figure.Draw(d.f, dr, 0, 0, fw, fh)
	})
	d.place(fm, fx, fy, fw)
	return fx, fy, fw, fh
}
