package pdf

import (
	"fmt"
	"slices"
	"strings"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// routineView is one routine of one block: the kind of session, the weeks
// of the block, the exercises in session order, and the days that hold it.
type routineView struct {
	block   int
	weeks   []weekView
	session planner.Session
	kinds   []planner.ActivityKind // the person's own training on its days
	names   []string
	ids     []string
	// days holds, for each week, the days of the routine.
	days [][]dayView
}

// routines reads the program from the weeks: for each block, each kind of
// session it holds, with its exercises in the order of their first day.
func (m *model) routines() []routineView {
	var out []routineView
	for i := 0; i < len(m.weeks); {
		b := (m.weeks[i].n - 1) / planner.BlockWeeks
		j := i
		for j < len(m.weeks) && (m.weeks[j].n-1)/planner.BlockWeeks == b {
			j++
		}
		weeks := m.weeks[i:j]
		for _, k := range []planner.Session{planner.ActivationSession, planner.PrimerSession, planner.RecoverySession} {
			r := routineView{block: b + 1, weeks: weeks, session: k, days: make([][]dayView, len(weeks))}
			for wi, w := range weeks {
				for _, d := range w.days {
					if d.session != k || len(d.items) == 0 {
						continue
					}
					if d.gym && !slices.Contains(r.kinds, d.kind) {
						r.kinds = append(r.kinds, d.kind)
					}
					r.days[wi] = append(r.days[wi], d)
					for _, it := range d.items {
						if !slices.Contains(r.ids, it.id) {
							r.names = append(r.names, it.name)
							r.ids = append(r.ids, it.id)
						}
					}
				}
			}
			if len(r.names) > 0 {
				out = append(out, r)
			}
		}
		i = j
	}
	return out
}

// doseIn says the dose of exercise id in week wi of r: one dose when
// every day has the same, else the days that share a dose before it, one
// line each ("Mon, Wed, Fri: 1 × 3, hold 30 s" and "Sat: 2 × 3, hold 30
// s").
func (r routineView) doseIn(say *locale.Language, wi int, id string) []string {
	type group struct {
		days []string
		dose string
	}
	var gs []group
	n := 0
	for _, d := range r.days[wi] {
		for _, it := range d.items {
			if it.id != id {
				continue
			}
			n++
			day := say.Weekday(d.date)
			found := false
			for gi := range gs {
				if gs[gi].dose == it.dose {
					gs[gi].days = append(gs[gi].days, day)
					found = true
				}
			}
			if !found {
				gs = append(gs, group{[]string{day}, it.dose})
			}
		}
	}
	if len(gs) == 0 {
		return []string{"–"}
	}
	if len(gs) == 1 && n == len(r.days[wi]) {
		return []string{gs[0].dose}
	}
	var out []string
	for _, g := range gs {
		out = append(out, strings.Join(g.days, ", ")+": "+g.dose)
	}
	return out
}

// effortIn says how hard exercise id should feel in week wi of r (rule
// 16): "" when it is not a strengthening item that week.
func (r routineView) effortIn(wi int, id string) string {
	for _, d := range r.days[wi] {
		for _, it := range d.items {
			if it.id == id && it.effort != "" {
				return it.effort
			}
		}
	}
	return ""
}

// holdsOn says exercise id of r is done holding on to a wall or chair.
func (r routineView) holdsOn(id string) bool {
	for _, ds := range r.days {
		for _, d := range ds {
			for _, it := range d.items {
				if it.id == id && it.hold {
					return true
				}
			}
		}
	}
	return false
}

// program prints the program (rule 13): each routine of each block once,
// with every exercise's figure, name and dose for each week of the block,
// then its days to tick, the evening soreness scale and the
// pain-monitoring rule. A person at the fridge finds today's session, what
// it looks like and how much, at a glance.
func (d *doc) program() {
	rs := d.m.routines()
	if len(rs) == 0 {
		return
	}
	fl := &flow{d: d, cols: 1, newPage: func() float64 {
		d.newPage(false)
		d.runningHead(d.say.Say("Your program (continued)"))
		return d.top() + runningHeadH
	}}
	fl.freshTop = d.top() + runningHeadH
	d.newPage(false)
	d.f.Bookmark(d.say.Say("Your program"), 0, 0)
	fl.colTop, fl.y = d.top(), d.top()
	for i, r := range rs {
		if i > 0 {
			// Each routine starts a page of its own, under its own title:
			// it continues nothing, so the page has no running head.
			d.newPage(false)
			fl.startPage(d.top())
		}
		key := ""
		if i == 0 {
			// The first page with doses says how to read them.
			key = doseKey(d.say, d.m)
		}
		fl.putTogether(d.fittedRoutine(r, fl.colW(), key), unit{})
	}
}

// Each exercise's figure on the program page is figMax tall, or down to
// figMin when that keeps the routine on one page.
const figMax, figMin = 28.0, 21.0

// fittedRoutine lays out routine r in width w for a page of its own:
// with smaller figures when the full-size ones would leave only its last
// part, the evening scale, alone on the next page (fifteenth German
// reading: block 1's scale sat on a page of its own).
func (d *doc) fittedRoutine(r routineView, w float64, key string) []unit {
	// Try each size without recording the text, then lay out the one
	// that fits, or the full size when none does, recorded.
	room := d.bottom() - d.top()
	discard := d.lay.discard
	d.lay.discard = true
	fit := figMax
	for fh := figMax; fh >= figMin-eps; fh -= 0.5 {
		if unitsHeight(d.routineUnits(r, w, key, fh)) <= room+eps {
			fit = fh
			break
		}
	}
	d.lay.discard = discard
	return d.routineUnits(r, w, key, fit)
}

func unitsHeight(us []unit) float64 {
	h := 0.0
	for _, u := range us {
		h += u.h
	}
	return h
}

// routineTitle names r's routine: a primer by what it comes before, as
// the terminal does ("warm-up before your run"; rule 18).
func routineTitle(say *locale.Language, r routineView) string {
	if r.session == planner.PrimerSession && len(r.kinds) > 0 {
		k := planner.Other // a primer before several kinds of training
		if len(r.kinds) == 1 {
			k = r.kinds[0]
		}
		return capitalize(say.Sayf("warm-up before your %s", planner.ActivityNoun(say, k)))
	}
	return planner.SessionName(say, r.session, planner.SessionTitle)
}

// routineUnits lays out one routine, with key (how to read a dose)
// under its title when it is not "", each figure at most figTall tall.
func (d *doc) routineUnits(r routineView, w float64, key string, figTall float64) []unit {
	title := style{size: 15, bold: true}
	sub := style{size: 9, gray: 50}
	head := style{size: 8.5, bold: true, gray: 40}
	name := style{size: 10, bold: true}
	dose := style{size: 8.5}
	small := style{size: 8.5}

	first, last := r.weeks[0].n, r.weeks[len(r.weeks)-1].n
	say := d.say
	t := say.Sayf("Block %d", r.block) + " · " + routineTitle(say, r)
	var dayNames []string
	seen := map[string]bool{}
	for _, ds := range r.days {
		for _, dv := range ds {
			if n := say.Weekday(dv.date); !seen[n] {
				seen[n] = true
				dayNames = append(dayNames, n)
			}
		}
	}
	weeksText := say.Sayf("week %d", first)
	if last > first {
		weeksText = say.Sayf("weeks %d–%d", first, last)
	}
	subText := weeksText + " · " + say.Sayf("on %s", strings.Join(dayNames, ", ")) + " · " + say.Say("the same exercises in this order every time; the dose for each week is in its column")

	const figW, gapW = 42.0, 2.5
	nameW := min(46.0, w*0.25)
	colW := (w - figW - nameW - 2*gapW) / float64(len(r.weeks))
	weekX := func(wi int) float64 { return figW + nameW + 2*gapW + float64(wi)*colW }

	var us []unit
	titleLines := d.wrapRecorded(t, w, title)
	subLines := d.wrapRecorded(subText, w, sub)
	var keyLines []string
	keyH := 0.0
	if key != "" {
		keyLines = d.wrapRecorded(key, w, sub)
		keyH = 1 + float64(len(keyLines))*sub.lh()
	}
	hh := float64(len(titleLines))*title.lh() + float64(len(subLines))*sub.lh() + keyH + 2 + head.lh() + 1.5
	// Each week's column head: its number, and under it, smaller, that
	// it is a lighter week.
	headSub := style{size: 8, italic: true, gray: 40}
	type headLine struct {
		text string
		st   style
	}
	var weekHeads [][]headLine
	headH := func(ls []headLine) float64 {
		h := 0.0
		for _, l := range ls {
			h += l.st.lh()
		}
		return h
	}
	maxHead := head.lh()
	for _, wk := range r.weeks {
		var ls []headLine
		for _, l := range d.wrapRecorded(say.Sayf("Week %d", wk.n), colW-1.5, head) {
			ls = append(ls, headLine{l, head})
		}
		if wk.deload {
			for _, l := range d.wrapRecorded(say.Say("lighter week"), colW-1.5, headSub) {
				ls = append(ls, headLine{l, headSub})
			}
		}
		weekHeads = append(weekHeads, ls)
		maxHead = max(maxHead, headH(ls))
	}
	hh += maxHead - head.lh()
	us = append(us, unit{h: hh, draw: func(x, y, w float64) {
		for _, l := range titleLines {
			d.text(x, y, l, title, w)
			y += title.lh()
		}
		for _, l := range subLines {
			d.text(x, y, l, sub, w)
			y += sub.lh()
		}
		if len(keyLines) > 0 {
			y++
			for _, l := range keyLines {
				d.text(x, y, l, sub, w)
				y += sub.lh()
			}
		}
		y += 2
		d.text(x, y, say.Say("Exercise"), head, figW+nameW)
		for wi, ls := range weekHeads {
			ly := y
			for _, l := range ls {
				d.text(x+weekX(wi), ly, l.text, l.st, colW-1.5)
				ly += l.st.lh()
			}
		}
		y += maxHead + 0.8
		d.rule(x, y, x+w, y, 0.4, 0)
	}})

	note := style{size: 8, italic: true, gray: 50}
	type styled struct {
		text string
		st   style
	}
	// lines wraps s in st into ls, each line recorded.
	lines := func(ls []styled, s string, w float64, st style) []styled {
		for _, l := range d.wrapRecorded(s, w, st) {
			ls = append(ls, styled{l, st})
		}
		return ls
	}
	height := func(ls []styled) float64 {
		h := 0.0
		for _, l := range ls {
			h += l.st.lh()
		}
		return h
	}
	for ri, nm := range r.names {
		id := r.ids[ri]
		var fig *catalog.Figure
		for _, e := range d.m.exercises {
			if e.id == id {
				fig = e.figure
			}
		}
		// How hard it should feel (rule 16) goes under the name when it is
		// the same in every week, else under each week's dose.
		efforts := make([]string, len(r.weeks))
		same := ""
		for wi := range r.weeks {
			efforts[wi] = r.effortIn(wi, id)
			if efforts[wi] != "" && same == "" {
				same = efforts[wi]
			}
		}
		for _, e := range efforts {
			if e != "" && e != same {
				same = ""
				break
			}
		}
		nameLines := lines(nil, nm, nameW, name)
		if same != "" {
			nameLines = lines(nameLines, same, nameW, note)
		}
		if r.holdsOn(id) {
			// Rule 8.
			nameLines = lines(nameLines, say.Say("Hold on to a wall or chair."), nameW, note)
		}
		// Where the guide explains it (fifteenth German reading): its page
		// is known once the guide is drawn, so the line is kept here and
		// drawn then (see drawGuideRefs), as wide as it will be.
		refY := height(nameLines)
		nameLines = append(nameLines, styled{d.guideRefText(999), note})
		var doseLines [][]styled
		rowH := height(nameLines)
		for wi := range r.weeks {
			var ls []styled
			for _, part := range r.doseIn(d.say, wi, id) {
				ls = lines(ls, part, colW-1.5, dose)
			}
			if same == "" && efforts[wi] != "" {
				ls = lines(ls, efforts[wi], colW-1.5, note)
			}
			doseLines = append(doseLines, ls)
			rowH = max(rowH, height(ls))
		}
		figH := 0.0
		if fig != nil {
			figH = figTall
		}
		rowH = max(rowH, figH) + 2.5
		us = append(us, unit{h: rowH, draw: func(x, y, w float64) {
			if fig != nil {
				bx, by, bw, bh := d.drawFigure(id, fig, x, y+1.5, figW, figH, true)
				d.record(textBox{page: d.f.PageNo(), x: bx, y: by, w: bw, h: bh, limit: figW, text: "figure of " + id})
			}
			ty := y + 1.5
			for _, l := range nameLines[:len(nameLines)-1] {
				d.text(x+figW+gapW, ty, l.text, l.st, nameW)
				ty += l.st.lh()
			}
			d.guideRefs = append(d.guideRefs, guideRef{page: d.f.PageNo(), x: x + figW + gapW, y: y + 1.5 + refY, w: nameW, st: note, id: id})
			for wi, ls := range doseLines {
				ty := y + 1.5
				for _, l := range ls {
					d.text(x+weekX(wi), ty, l.text, l.st, colW-1.5)
					ty += l.st.lh()
				}
			}
			d.rule(x, y+rowH, x+w, y+rowH, 0.15, 160)
		}})
	}

	// The days to tick, a column for each week under its doses. Under
	// the words beside them, rule 9's limit on side pain during the tendon
	// holds, once for the routine: what to watch while doing them.
	var checkNames []string
	check := ""
	for _, id := range r.ids {
		for _, e := range d.m.exercises {
			if e.id == id && e.check != "" {
				checkNames = append(checkNames, e.name)
				check = e.check
			}
		}
	}
	// The limit has a heading of its own, apart from the words about
	// ticking: run on after them, it read as part of them (second German
	// review).
	var checkHead, checkLines []string
	checkH := 0.0
	if check != "" {
		checkHead = d.wrapRecorded(say.Sayf("Pain limit with %s:", say.AllOf(checkNames)), figW+nameW-2, head)
		checkLines = d.wrapRecorded(check, figW+nameW-2, note)
		checkH = 3 + float64(len(checkHead))*head.lh() + float64(len(checkLines))*note.lh()
	}
	// A missed session, and the holidays a plan runs through: what to do
	// (a physiotherapist's and a German reader's question).
	missed := d.wrapRecorded(say.Say("Missed one? Go on with the next session as planned; never do two on one day."), figW+nameW-2, note)
	missedH := 1 + float64(len(missed))*note.lh()
	maxDays := 0
	for _, ds := range r.days {
		maxDays = max(maxDays, len(ds))
	}
	tickH := 2 + max(head.lh()+checkH+missedH, float64(maxDays)*(small.lh()+0.6)) + 1
	us = append(us, unit{h: tickH, draw: func(x, y, w float64) {
		if check != "" {
			if d.checkPage == nil {
				d.checkPage = map[int]int{}
			}
			if _, ok := d.checkPage[r.block]; !ok {
				d.checkPage[r.block] = d.f.PageNo()
			}
		}
		y += 2
		d.text(x, y, say.Say("Tick each session when it is done:"), head, figW+nameW)
		cy := y + head.lh() + 3
		for _, l := range checkHead {
			d.text(x, cy, l, head, figW+nameW-2)
			cy += head.lh()
		}
		for _, l := range checkLines {
			d.text(x, cy, l, note, figW+nameW-2)
			cy += note.lh()
		}
		cy += 1
		for _, l := range missed {
			d.text(x, cy, l, note, figW+nameW-2)
			cy += note.lh()
		}
		for wi, ds := range r.days {
			yy := y
			for _, dv := range ds {
				d.box(x+weekX(wi), yy+0.6, 2.8, 2.8, 0.25, 0, -1)
				d.text(x+weekX(wi)+4, yy, d.say.ShortDate(dv.date), small, colW-5.5)
				yy += small.lh() + 0.6
			}
		}
	}})

	// The evening score and what it means: the pain-monitoring rule. The
	// scale here shows it; each evening's score is circled on the week
	// page of that day.
	prompt := say.Say("Each evening, score how sore your glutes are (0 = not at all, 10 = the worst you can imagine) and circle the score on that day's week page:")
	promptLines := d.wrapRecorded(prompt, w, head)
	scaleH := 7.0
	ruleH := d.painRuleBlock(0, 0, w, 1, small, false)
	ph := 2 + float64(len(promptLines))*head.lh() + 0.5 + scaleH + ruleH
	us = append(us, unit{h: ph, draw: func(x, y, w float64) {
		y += 2
		for _, l := range promptLines {
			d.text(x, y, l, head, w)
			y += head.lh()
		}
		y += 0.5
		const r = 2.6
		// The circles show the scale; they are labelled so, as the score
		// is circled on the week page (second German review).
		label := say.Say("Scale:")
		lw := d.measure(label, small) + 2
		d.text(x, y+r-small.lh()/2, label, small, lw)
		scale := d.form("program soreness scale", 11*(2*r+2)-2, 2*r, func() {
			for i := 0; i <= 10; i++ {
				cx := r + float64(i)*(2*r+2)
				d.f.SetDrawColor(0, 0, 0)
				d.f.SetLineWidth(0.25)
				d.f.Circle(cx, r, r, "D")
				d.textCenter(cx-r, r-small.lh()/2, 2*r, fmt.Sprint(i), small)
			}
		})
		d.place(scale, x+lw, y, scale.w)
		y += scaleH
		d.painRuleBlock(x, y, w, 1, small, true)
	}})
	return us
}
