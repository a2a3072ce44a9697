package pdf

import (
	"fmt"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// guide draws the exercise guide: every exercise of the plan, grouped by
// category, the drills the plan holds only as movement breaks last, in two
// columns over as many portrait pages as it needs (see putEntry).
func (d *doc) guide() {
	m := d.m
	if len(m.exercises) == 0 {
		return
	}
	fl := &flow{d: d, cols: 2, gap: 7, newPage: func() float64 {
		d.newPage(false)
		d.runningHead(d.say.Say("Exercise guide (continued)"))
		return d.top() + runningHeadH
	}}
	fl.freshTop = d.top() + runningHeadH
	d.newPage(false)
	d.f.Bookmark(d.say.Say("Exercise guide"), 0, 0)

	title := style{size: 22, bold: true}
	intro := style{size: 9.5, gray: 50}
	y := d.top()
	d.text(d.left(), y, d.say.Say("Exercise guide"), title, d.width())
	y += title.lh() + 0.5
	y += d.para(d.left(), y, d.width(), guideIntro(d.say, m, len(m.routines()) == 0), intro)
	d.rule(d.left(), y+1.5, d.right(), y+1.5, 0.5, 0)
	fl.startPage(y + 5)

	w := fl.colW()
	type group struct {
		title   string
		entries []exerciseView
	}
	var groups []group
	add := func(title string, e exerciseView) {
		for i := range groups {
			if groups[i].title == title {
				groups[i].entries = append(groups[i].entries, e)
				return
			}
		}
		groups = append(groups, group{title, []exerciseView{e}})
	}
	cats := append([]catalog.Category{}, catalog.Categories...)
	for _, e := range m.exercises {
		if !containsCat(cats, e.category) {
			cats = append(cats, e.category)
		}
	}
	for _, cat := range cats {
		for _, e := range m.exercises {
			if e.category == cat && !e.breakOnly {
				add(categoryText(d.say, categoryTitles, cat), e)
			}
		}
	}
	for _, e := range m.exercises {
		if e.breakOnly {
			add(d.say.Say("Movement breaks"), e)
		}
	}
	for _, g := range groups {
		for i, e := range g.entries {
			units := d.entryUnits(e, w)
			var lead unit
			if i == 0 {
				// The group's heading goes with its first entry's heading,
				// a little apart from the group before.
				units[0] = glue(d.categoryUnit(g.title, w), units[0])
				lead = gap(4)
			} else {
				// A rule between entries, but not at the top of a column.
				lead = unit{h: 4.5, draw: func(x, y, w float64) { d.rule(x, y+2, x+w, y+2, 0.2, 150) }}
			}
			d.putEntry(fl, units, lead, d.entryContinued(e.name, w))
		}
	}
}

// guideIntro says what the guide holds and how to read it: the figures'
// two shades, once for the whole guide, and the dose notation when no
// program page came first to explain it (withKey).
func guideIntro(say *locale.Language, m *model, withKey bool) string {
	s := say.Say("Every exercise in your plan, grouped by kind. The dose is how much the plan asks for; the week pages give each day's dose.")
	if withKey {
		s += " " + doseKey(say, m)
	}
	return s + " " + say.Say("In the pictures, light grey shows the starting position and black the end position, with the far arm or leg in dark grey; arrows show the movement.")
}

// doseKey explains the dose notation on the plan's own example, where
// the reader first meets doses: the program page, or the guide.
func doseKey(say *locale.Language, m *model) string {
	return planner.DoseKey(say, m.keyDose)
}

// putEntry places an entry's units, lead first (a rule between entries)
// unless they start a column: whole in this column where they fit; else on
// from the left column into the right one of the same page when the rest
// fits there (a column half empty reads worse than an entry in two); else
// whole in the next column that holds them; else unit by unit, its heading
// with its first lines. Where an entry goes on in another column or on
// another page, cont (its name, continued) heads what goes on there.
func (d *doc) putEntry(fl *flow, units []unit, lead, cont unit) {
	atTop := func() bool { return fl.y <= fl.colTop+eps }
	place := func() {
		if lead.h > 0 && !atTop() {
			fl.put(lead)
		}
		for i, u := range units {
			// As fl.put decides: u goes to the next column or page.
			if i > 0 && u.h > fl.room()+eps && (fl.y > fl.colTop+eps || fl.colTop > fl.freshTop+eps) {
				u = glue(cont, u)
			}
			fl.put(u)
		}
	}
	total, tallest := 0.0, 0.0
	for _, u := range units {
		total += u.h
		tallest = max(tallest, u.h)
	}
	room := fl.room()
	if !atTop() {
		total += lead.h
	}
	if total <= room+eps || atTop() {
		place()
		return
	}
	if fl.col < fl.cols-1 {
		next := d.bottom() - fl.colTop
		if y, ok := fl.below[fl.col+1]; ok {
			next = d.bottom() - max(fl.colTop, y)
		}
		if lead.h+units[0].h <= room+eps && total+cont.h <= room+next-tallest+eps {
			place()
			return
		}
		if total-lead.h <= next+eps {
			fl.advance()
			place()
			return
		}
	}
	if total-lead.h <= fl.fullColumn()+eps {
		fl.col = fl.cols - 1
		fl.advance()
	}
	place()
}

// entryContinued heads the part of an entry that goes on in another
// column or on another page (twelfth German reading: steps "3." and "4."
// at the head of a column, under no name, read as the steps of the entry
// beside them).
func (d *doc) entryContinued(name string, w float64) unit {
	s := d.say.Sayf("%s (continued)", name)
	st := style{size: 10, bold: true}
	h := d.paraHeight(w, s, st)
	return unit{h: h + 0.6, draw: func(x, y, w float64) { d.para(x, y, w, s, st) }}
}

func containsCat(cs []catalog.Category, c catalog.Category) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

func (d *doc) categoryUnit(s string, w float64) unit {
	st := style{size: 14, bold: true}
	h := d.paraHeight(w, s, st)
	return unit{h: h + 3, draw: func(x, y, w float64) {
		d.para(x, y, w, s, st)
		d.rule(x, y+h+0.8, x+w, y+h+0.8, 0.6, 0)
	}}
}

// entryUnits lays out one exercise as units: the heading (name, dose and
// the first steps, glued) and then one unit per step, cue, mistake and
// reason.
func (d *doc) entryUnits(e exerciseView, w float64) []unit {
	name := style{size: 11.5, bold: true}
	meta := style{size: 8.5, italic: true, gray: 50}
	sub := style{size: 8.5, bold: true, gray: 40}
	body := style{size: 9}

	lines := func(s string, ww float64, st style, dx float64) []unit {
		ls := d.wrapRecorded(s, ww, st)
		var us []unit
		for _, l := range ls {
			l := l
			us = append(us, unit{h: st.lh(), draw: func(x, y, _ float64) { d.text(x+dx, y, l, st, ww) }})
		}
		return us
	}
	var head []unit
	head = append(head, lines(e.name, w, name, 0)...)
	kind := categoryText(d.say, categoryWords, e.category)
	if e.breakOnly {
		kind = d.say.Say("Movement break")
	}
	metaText := kind + " · " + e.dose
	if e.rest > 0 {
		metaText += " · " + d.say.Sayf("rest %s between sets", d.say.Seconds(e.rest))
	}
	head = append(head, lines(metaText, w, meta, 0)...)
	if e.hold {
		// Rule 8.
		head = append(head, lines(d.say.Say("Hold on to a wall or chair."), w, meta, 0)...)
	}
	if e.figure == nil && len(e.image) > 0 {
		// A custom entry's picture in place of a figure.
		pic := d.picture(e.image)
		if info := pic.info; pic.err == nil && info.Width() > 0 && info.Height() > 0 {
			k := min(w/info.Width(), 30/info.Height())
			iw, ih := info.Width()*k, info.Height()*k
			head = append(head, gap(1), unit{h: ih, draw: func(x, y, w float64) {
				d.f.ImageOptions(pic.name, x, y, iw, ih, false, pic.opt, 0, "")
				d.record(textBox{page: d.f.PageNo(), x: x, y: y, w: iw, h: ih, limit: w, text: "image of " + e.id})
			}})
		}
	}
	if e.figure != nil {
		// The figure under the name: what the exercise looks like, drawn
		// as vector paths, its box recorded for the layout checks.
		figH := d.guideFigureHeight(e.figure, w, min(0.45*w, 30.0))
		head = append(head, gap(1), unit{h: figH, draw: func(x, y, w float64) {
			bx, by, bw, bh := d.drawFigure(e.id, e.figure, x, y, w, figH, false)
			d.record(textBox{page: d.f.PageNo(), x: bx, y: by, w: bw, h: bh, limit: w, text: "figure of " + e.id})
		}})
	}

	var rest []unit
	const (
		bullets = iota
		numbered
		plain
	)
	section := func(title string, items []string, kind int) {
		if len(items) == 0 {
			return
		}
		ind := 4.5
		if kind == plain {
			ind = 0
		}
		var us []unit
		us = append(us, gap(1.2))
		us = append(us, unit{h: sub.lh(), draw: func(x, y, w float64) { d.text(x, y, title, sub, w) }})
		for i, it := range items {
			ls := lines(it, w-ind, body, ind)
			mark := "•"
			switch kind {
			case numbered:
				mark = fmt.Sprintf("%d.", i+1)
			case plain:
				mark = ""
			}
			first := ls[0]
			ls[0] = unit{h: first.h, draw: func(x, y, w float64) {
				if mark != "" {
					d.text(x, y, mark, body, ind)
				}
				first.draw(x, y, w)
			}}
			// A step, cue or reason stays whole in one column: split,
			// it read as two (second German review). One longer than
			// maxBulletLines (a custom entry's essay) may still break.
			if len(ls) <= maxBulletLines {
				ls = []unit{glue(ls...)}
			}
			us = append(us, ls...)
		}
		// A section title never ends a column alone: it goes with its first
		// item (or line).
		us[1] = glue(us[0], us[1], us[2])
		us = append(us[1:2], us[3:]...)
		rest = append(rest, us...)
	}
	section(d.say.Say("How to do it"), e.steps, numbered)
	cues := e.cues
	if e.check != "" {
		// Rule 9: the limit on side pain, first of what to watch.
		cues = append([]string{e.check}, cues...)
	}
	section(d.say.Say("Cues"), cues, bullets)
	section(d.say.Say("Common mistakes"), e.mistakes, bullets)
	if e.why != "" {
		section(d.say.Say("Why it helps"), []string{e.why}, plain)
	}
	if e.origin != "" {
		rest = append(rest, gap(1))
		rest = append(rest, lines(e.origin, w, style{size: 7.5, italic: true, gray: 60}, 0)...)
	}

	// The heading keeps what follows up to the first step (the section
	// title glued to it) and the next. Where it goes is the entry's page,
	// for the program page to point to.
	n := min(2, len(rest))
	first := glue(append(head, rest[:n]...)...)
	at := first.draw
	first.draw = func(x, y, w float64) {
		if d.guidePage == nil {
			d.guidePage = map[string]int{}
		}
		if _, ok := d.guidePage[e.id]; !ok {
			d.guidePage[e.id] = d.f.PageNo()
		}
		at(x, y, w)
	}
	return append([]unit{first}, rest[n:]...)
}
