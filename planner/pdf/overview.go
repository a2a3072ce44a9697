package pdf

import (
	"fmt"
	"math"
	"strings"

	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// overview draws the first page (and a continuation page when a long plan
// needs one): title, calendar, volume chart, movement breaks, warnings and
// the red-flags box.
func (d *doc) overview() {
	m := d.m
	fl := &flow{d: d, cols: 1, newPage: func() float64 {
		d.newPage(false)
		d.runningHead(d.say.Say("Overview (continued)"))
		return d.top() + runningHeadH
	}}
	fl.freshTop = d.top() + runningHeadH
	d.newPage(false)
	d.f.Bookmark(d.say.Say("Overview"), 0, 0)
	fl.colTop, fl.y = d.top(), d.top()
	w := fl.colW()

	// Lay the page out once at its smallest; when it all fits with room to
	// spare, give the room to the calendar rows and the chart.
	bandW := (w - bandGap) / 2
	title := d.titleUnit(w)
	calendar := func(extra float64) []unit {
		if len(m.weeks) <= 6 {
			// Each day of the wide grid says its session in words: no
			// legend of letters it does not use.
			return []unit{d.headingUnit(d.say.Say("Your weeks at a glance"), w), d.calendarUnit(w, extra)}
		}
		return []unit{d.headingUnit(d.say.Say("Your weeks at a glance"), w), d.legendUnit(w), gap(2), d.calendarUnit(w, extra)}
	}
	// Rule 1's red flags and the warnings share the foot of the page. A
	// long foot (German runs about a third longer than English) takes
	// smaller type and a lower chart before it spills onto an almost
	// empty page of its own; a foot too long for those spills at full size.
	d.foot = footSizes[0]
	for _, fs := range footSizes {
		d.foot = fs
		// The room below, as the layout below works it out (a millimetre to
		// spare).
		top := title.h + 4 + sum(calendar(0)) + 5 + d.chartUnit(w, 0).h + 6
		if footFits(d.bottom()-d.top()-top-1, d.redFlagsUnit(bandW, true), d.overviewGroups(bandW), d.notesContinued(bandW).h) {
			break
		}
		if fs == footSizes[len(footSizes)-1] {
			d.foot = footSizes[0]
		}
	}
	rf := d.redFlagsUnit(bandW, true)
	groups := d.overviewGroups(bandW)
	bandH := rf.h
	if len(groups) == 0 {
		rf = d.redFlagsUnit(w, true)
		bandH = rf.h
	} else {
		left := 0.0
		for i, g := range groups {
			if i > 0 {
				left += groupGap
			}
			for _, u := range g {
				left += u.h
			}
		}
		bandH = max(bandH, left)
	}
	top := title.h + 4 + sum(calendar(0)) + 5 + d.chartUnit(w, 0).h
	used := top + 6 + bandH
	var rowExtra, plotExtra float64
	// When the foot cannot stay on the first page, the red flags still
	// do, across the page under the chart: when to stop and see someone
	// is never on a page the reader might not turn to.
	var rfFirst *unit
	outroLater := false // the word on muscle soreness goes after the notes
	if spare := d.bottom() - d.top() - top - 1; spare-6 < rf.h {
		wide := d.redFlagsUnit(w, true)
		fits := func(u unit) bool { return spare+5+d.chartUnit(w, 0).h-wideGap >= u.h }
		// Smaller type, then the word on muscle soreness after the
		// notes, before the red flags leave the page (German runs about a
		// third longer than English).
		for _, fs := range footSizes {
			if fits(wide) || fs.text >= d.foot.text {
				continue
			}
			d.foot = fs
			wide = d.redFlagsUnit(w, true)
		}
		if u := d.redFlagsUnit(w, false); !fits(wide) && fits(u) {
			wide, outroLater = u, true
		}
		if fits(wide) {
			// The chart, the least needed at a glance, goes last,
			// after what to read first.
			rfFirst = &wide
		} else {
			// The foot goes to the next page whatever happens: the chart
			// may have the room.
			plotExtra = max(0, min(spare, 30))
		}
	} else if spare := d.bottom() - d.top() - used - 1; spare > 0 {
		plotExtra = min(spare/2, 22)
		rows := d.calendarRows()
		rowExtra = min((spare-plotExtra)/float64(rows), 3.5)
		if len(m.weeks) > 6 {
			rowExtra = min(rowExtra, 1.5) // compact rows keep their small type
		}
	}

	fl.put(title)
	fl.space(4)
	fl.putTogether(calendar(rowExtra), unit{})
	if rfFirst != nil {
		fl.space(wideGap)
		fl.put(*rfFirst)
		// What to read first in two columns under the red flags, then
		// the chart across the page, in the room left or on the next
		// page (which it fills a good part of).
		if len(groups) > 0 {
			fl.space(6)
			fl.cols, fl.gap = 2, bandGap
			fl.colTop = fl.y
			for i, g := range groups {
				if i > 0 {
					fl.space(groupGap)
				}
				for _, u := range g {
					fl.put(u)
				}
			}
			fl.cols, fl.gap, fl.col = 1, 0, 0
			fl.y = fl.deepest
		}
		if outroLater {
			fl.space(4)
			fl.put(d.outroUnit(w))
		}
		fl.space(5)
		extra := 30.0
		if room := fl.room() - d.chartUnit(w, 0).h; room >= 0 {
			extra = min(room, 30)
		}
		fl.put(d.chartUnit(w, extra))
		return
	}
	fl.space(5)
	fl.put(d.chartUnit(w, plotExtra))
	fl.space(6)

	// The rest sits in two columns: what to do (movement breaks, warnings)
	// on the left, when to stop (the red flags) on the right.
	if len(groups) == 0 {
		fl.put(rf)
		return
	}
	fl.cols, fl.gap = 2, bandGap
	fl.colTop = fl.y
	if d.footAbove(fl, groups, rf, bandW) {
		return
	}
	// The red flags come first: they keep the right column of this page
	// whatever the warnings need, which flow on in the left one.
	if rf.h > fl.room()+eps {
		fl.col = fl.cols - 1
		fl.advance()
	}
	rf.draw(fl.x()+bandW+fl.gap, fl.y, bandW)
	// What does not fit in the left column goes on under the red flags
	// rather than onto an almost empty page of its own (German runs
	// about a third longer than English).
	// A group that goes on there (the notes) says so in a heading: under
	// the red flags, its last bullets would read as one of them.
	fl.below = map[int]float64{fl.col + 1: fl.y + rf.h + groupGap}
	cont := d.notesContinued(bandW)
	for i, g := range groups {
		if i > 0 {
			fl.space(groupGap)
		}
		for j, u := range g {
			if j > 0 && fl.col == 0 && u.h > fl.room()+eps {
				u = glue(cont, u)
			}
			fl.put(u)
		}
	}
}

// footAbove places the foot of the overview with what of the left
// column does not fit there at the top of the right one, above the red
// flags: the important notes read on from one column into the next, and
// the red flags, with the word on muscle soreness under them, follow
// (seventh and eighth German readings: a last note under the red flags
// and the italic word on soreness read as cut off from its section). It
// reports false, and places nothing, when that does not fit the page.
func (d *doc) footAbove(fl *flow, groups [][]unit, rf unit, bandW float64) bool {
	room := fl.room()
	cont := d.notesContinued(bandW)
	var left, right []unit
	y := 0.0
	over := false
	for i, g := range groups {
		if i > 0 {
			if over {
				right = append(right, gap(groupGap))
			} else if y > 0 {
				y += groupGap
				left = append(left, gap(groupGap))
			}
		}
		for j, u := range g {
			if !over && y+u.h > room+eps {
				over = true
				if j > 0 {
					u = glue(cont, u)
				}
			}
			if over {
				right = append(right, u)
				continue
			}
			left = append(left, u)
			y += u.h
		}
	}
	if !over {
		// All in the left column: the red flags take the right one.
		if rf.h > room+eps {
			return false
		}
	} else if sum(right)+groupGap+rf.h > room+eps {
		return false
	}
	x := fl.x()
	ly := fl.y
	for _, u := range left {
		u.draw(x, ly, bandW)
		ly += u.h
	}
	rx, ry := x+bandW+fl.gap, fl.y
	for _, u := range right {
		u.draw(rx, ry, bandW)
		ry += u.h
	}
	if len(right) > 0 {
		ry += groupGap
	}
	rf.draw(rx, ry, bandW)
	return true
}

// notesContinued heads the notes where they go on in another column.
func (d *doc) notesContinued(w float64) unit {
	s := d.say.Say("Important notes (continued)")
	st := style{size: d.foot.text, bold: true}
	h := d.paraHeight(w, s, st)
	return unit{h: h + 0.4, draw: func(x, y, w float64) { d.para(x, y, w, s, st) }}
}

const (
	wideGap  = 4.0 // above the red flags across the page, under the calendar
	bandGap  = 6.0 // between the two columns at the foot of the overview
	groupGap = 4.0 // between the groups of the left column
)

// footSize is the type of the overview's foot and the height of its chart.
type footSize struct {
	text  float64 // warnings and red flags, points; the movement breaks one more
	chart float64 // the chart's plot at its smallest, mm
}

// footSizes are the sizes the overview tries, largest first.
var footSizes = []footSize{{9, 28}, {8.5, 22}, {8, 18}}

// footFits says whether the foot fits in a band of height room: the left
// column's groups in the left column, and what does not fit there under
// the red flags in the right one, unit by unit as the flow places them; a
// group that goes on there after its first unit takes a heading of
// height contH.
func footFits(room float64, rf unit, groups [][]unit, contH float64) bool {
	if rf.h > room+eps {
		return false
	}
	cols := []float64{room, room - rf.h - groupGap}
	col, y := 0, 0.0
	for i, g := range groups {
		if i > 0 && y > 0 {
			y += groupGap
		}
		for j, u := range g {
			for y+u.h > cols[col]+eps {
				if col == len(cols)-1 {
					return false
				}
				col, y = col+1, 0
				if j > 0 {
					y += contH
				}
			}
			y += u.h
		}
	}
	return true
}

// overviewGroups are the movement breaks, the warnings and the note about
// missing characters, each a list of units, for the left column at the foot.
func (d *doc) overviewGroups(w float64) [][]unit {
	m := d.m
	var groups [][]unit
	if m.breakEvery > 0 {
		groups = append(groups, []unit{d.breaksUnit(w)})
	}
	if len(m.warnings) > 0 {
		bullets := d.bulletLineUnits(m.warnings, w, style{size: d.foot.text})
		groups = append(groups, append([]unit{glue(d.headingUnit(d.say.Say("Important notes"), w), bullets[0])}, bullets[1:]...))
	}
	if m.missing {
		groups = append(groups, []unit{d.noteUnit(d.say.Say("Some characters could not be printed with the embedded font and show as ?."), w)})
	}
	return groups
}

func sum(us []unit) float64 {
	h := 0.0
	for _, u := range us {
		h += u.h
	}
	return h
}

const runningHeadH = 9.0

// runningHead names the part of the document at the top of a continuation page.
func (d *doc) runningHead(s string) {
	st := style{size: 9, bold: true, gray: 80}
	d.text(d.left(), d.top(), s, st, d.width())
	d.rule(d.left(), d.top()+st.lh()+1, d.right(), d.top()+st.lh()+1, 0.2, 160)
}

func (d *doc) titleUnit(w float64) unit {
	m := d.m
	title := style{size: 22, bold: true}
	// A long name in a wide script takes smaller type rather than a third
	// line: on a 52-week plan on Letter paper the red flags need the room.
	nameSt := style{size: 16}
	for nameSt.size > 11 && len(d.wrap(m.name, w, nameSt)) > 2 {
		nameSt.size--
	}
	dates := style{size: 12.5, bold: true}
	sum := style{size: 9.5, gray: 70}
	h := title.lh() + 1
	if m.name != "" {
		h += d.paraHeight(w, m.name, nameSt) + 1
	}
	h += 1.5 + dates.lh() + d.paraHeight(w, m.summary, sum) + 2
	return unit{h: h, draw: func(x, y, w float64) {
		d.text(x, y, d.say.Say("Your glute plan"), title, w)
		y += title.lh() + 1
		if m.name != "" {
			y += d.para(x, y, w, m.name, nameSt) + 1
		}
		y += 1.5
		d.text(x, y, d.say.DateRange(m.start, m.end), dates, w)
		y += dates.lh()
		y += d.para(x, y, w, m.summary, sum)
		d.rule(x, y+1.5, x+w, y+1.5, 0.5, 0)
	}}
}

func (d *doc) headingUnit(s string, w float64) unit {
	st := style{size: 13, bold: true}
	h := d.paraHeight(w, s, st)
	return unit{h: h + 1.5, draw: func(x, y, w float64) { d.para(x, y, w, s, st) }}
}

// calendarUnit is the weeks × 7 days grid. Up to 6 weeks each day shows
// its date and the session in words; longer plans use two columns of weeks
// and one-letter codes so 52 weeks stay readable on one page.
func (d *doc) calendarUnit(w, extra float64) unit {
	if len(d.m.weeks) <= 6 {
		return d.calendarWide(w, extra)
	}
	return d.calendarCompact(w, extra)
}

// calendarRows is the number of rows of the calendar grid.
func (d *doc) calendarRows() int {
	n := len(d.m.weeks)
	if n <= 6 {
		return n
	}
	return (n + 1) / 2
}

func (d *doc) calendarWide(w, extra float64) unit {
	m := d.m
	n := len(m.weeks)
	rh := 8.5 + extra
	const lw, hh = 17.0, 5.0
	cw := (w - lw) / 7
	head := style{size: 8, bold: true}
	label := style{size: 8.5, bold: true}
	sub := style{size: 7, italic: true, gray: 60}
	numSt := style{size: 8}
	numB := style{size: 8, bold: true}
	word := style{size: 7, bold: true}
	return unit{h: hh + float64(n)*rh, draw: func(x, y, _ float64) {
		for i := 0; i < 7; i++ {
			d.textCenter(x+lw+float64(i)*cw, y+(hh-head.lh())/2, cw, d.say.Weekday(m.weeks[0].days[i].date), head)
		}
		y += hh
		for wi, wk := range m.weeks {
			ry := y + float64(wi)*rh
			ly := ry + (rh-label.lh())/2
			if wk.deload {
				ly = ry + (rh-label.lh()-sub.lh())/2
				lt := d.say.Say("lighter week")
				d.text(x, ly+label.lh(), lt, sub.sized(d.fitSize(lt, lw-1, sub, 5)), lw-1)
			}
			wl := d.say.Sayf("Week %d", wk.n)
			d.text(x, ly, wl, label.sized(d.fitSize(wl, lw-1, label, 5)), lw-1)
			for di, day := range wk.days {
				cx := x + lw + float64(di)*cw
				busy := d.paintSession(cx, ry, cw, rh, day.session, day.gym)
				d.box(cx, ry, cw, rh, 0.2, 120, -1)
				tx := cx + 1.2
				if day.gym {
					tx += gymBar(cw)
				}
				inner := cx + cw - tx - 0.8
				dn, st := fmt.Sprint(day.date.Day()), numSt
				if day.date.Day() == 1 || (wi == 0 && di == 0) {
					dn, st = d.say.DayMonth(day.date), numB
				}
				d.chipText(tx, ry+0.5, dn, st, inner, busy)
				ws := sessionWord(d.say, day.session, day.kind)
				wst := word.sized(d.fitSize(ws, inner, word, 5.5))
				d.chipText(tx, ry+rh-wst.lh()-0.5, ws, wst, inner, busy)
			}
		}
		d.box(x+lw, y, 7*cw, float64(n)*rh, 0.4, 0, -1)
	}}
}

func (d *doc) calendarCompact(w, extra float64) unit {
	m := d.m
	n := len(m.weeks)
	// Each of the two grids: a month column (named where a month starts),
	// the week number, then the seven days with the date and a letter code.
	const cols, gapW, mw, lw, hh = 2, 6.0, 7.5, 10.0, 4.2
	rows := (n + cols - 1) / cols
	rh := 4.7 // 26 rows of a year leave room for the red flags on a Letter page in German
	colW := (w - gapW*(cols-1)) / cols
	cw := (colW - mw - lw) / 7
	fs := 6.5
	if rows <= 8 {
		rh, fs = 6.0, 7.5
	}
	rh += extra
	head := style{size: fs, bold: true}
	label := style{size: fs, bold: true}
	month := style{size: fs, italic: true}
	numSt := style{size: fs}
	numB := style{size: fs, bold: true}
	code := style{size: fs, bold: true}
	return unit{h: hh + float64(rows)*rh, draw: func(x0, y0, _ float64) {
		for c := 0; c < cols; c++ {
			x := x0 + float64(c)*(colW+gapW)
			d.text(x+mw, y0+(hh-head.lh())/2, d.say.Say("Wk"), head, lw-0.8)
			for i := 0; i < 7; i++ {
				d.textCenter(x+mw+lw+float64(i)*cw, y0+(hh-head.lh())/2, cw, firstRunes(d.say.Weekday(m.weeks[0].days[i].date), 2), head)
			}
			last := min(n, (c+1)*rows)
			if last > c*rows {
				d.box(x+mw+lw, y0+hh, 7*cw, float64(last-c*rows)*rh, 0.4, 0, -1)
			}
		}
		for wi, wk := range m.weeks {
			c, r := wi/rows, wi%rows
			x := x0 + float64(c)*(colW+gapW)
			ry := y0 + hh + float64(r)*rh
			ty := ry + (rh-label.lh())/2
			// The month of the row's first day, where it differs from the
			// row above (or the grid starts): a row that begins on 28
			// December is not labelled January. The 1st of a month is
			// named in bold where it falls.
			mon := ""
			if first := wk.days[0].date; r == 0 || first.Month() != m.weeks[wi-1].days[0].date.Month() {
				mon = d.say.Month(first)
			}
			if mon != "" {
				d.text(x, ty, mon, month, mw-0.8)
			}
			lab := fmt.Sprint(wk.n)
			if wk.deload {
				lab += " " + d.deloadMark()
			}
			d.text(x+mw, ty, lab, label.sized(d.fitSize(lab, lw-0.8, label, 4)), lw-0.8)
			for di, day := range wk.days {
				cx := x + mw + lw + float64(di)*cw
				busy := d.paintSession(cx, ry, cw, rh, day.session, day.gym)
				d.box(cx, ry, cw, rh, 0.15, 120, -1)
				tx := cx + 0.8
				if day.gym {
					tx += gymBar(cw)
				}
				cs := sessionCode(d.say, day.session)
				if day.gym && day.session == planner.RestDay {
					// The person's own training: the bar alone, as in the
					// legend; the rest mark read as a rest day (a
					// physiotherapist's reading).
					cs = ""
				}
				csw := d.measure(cs, code)
				dn, st := fmt.Sprint(day.date.Day()), numSt
				lim := cx + cw - csw - 1.4 - tx
				if day.date.Day() == 1 {
					// The month starts here, named in bold, in smaller
					// type where the cell needs it (twenty-first German
					// reading: a bold 1 in a December row read as a
					// December day).
					dn = d.say.DayMonthNarrow(day.date)
					st = numB.sized(d.fitSize(dn, lim, numB, 5))
				}
				d.chipText(tx, ty+(numSt.lh()-st.lh())/2, dn, st, lim, busy)
				d.chipText(cx+cw-csw-0.7, ty, cs, code, csw, busy)
			}
		}
	}}
}

// chartUnit is the bar chart of weekly glute volume: gym and plan stacked,
// a safe ceiling for the glutes as a dashed line, lighter weeks hatched
// and marked L. It says "hard sets", never "HSE", "cap" or "deload" (rule
// 12), and names the person's own training as they do (rule 18).
func (d *doc) chartUnit(w, extra float64) unit {
	m := d.m
	n := len(m.weeks)
	note := style{size: 8.5, gray: 60}
	noteText := d.say.Say("Hard sets for the glutes each week from the plan's strengthening work.")
	if len(m.kinds) > 0 {
		noteText = d.say.Sayf("Hard sets for the glutes each week: the plan's strengthening work plus your own training (%s).", ownTraining(d.say, m.kinds))
	}
	// What a point is, for the person at the fridge: the terminal gives
	// the definition (HardSetWords); here it was jargon to a patient
	// (twenty-first and twenty-second German readings), who needs only to
	// know what the count follows and that there is nothing to count.
	noteText += " " + d.say.Say("Each exercise counts by how much it asks of the glutes and how much of it you do (sets, repetitions, hold times); you need not count anything yourself.")
	if m.cap > 0 {
		noteText += " " + d.say.Say("The dashed line is a safe weekly ceiling for your glutes: a limit, not a target, so do no more than the plan gives.")
	}
	anyGym, anyDeload := false, false
	for _, wk := range m.weeks {
		anyGym = anyGym || wk.gymHSE > 0
		anyDeload = anyDeload || wk.deload
	}
	tick := style{size: 7, gray: 40}
	wkSt := style{size: 7, gray: 40}
	dSt := style{size: 7, bold: true}
	capSt := style{size: 7.5, bold: true}
	legSt := style{size: 8}
	const yAxisW, capW = 9.0, 13.0
	plotH := d.foot.chart + extra

	heading := d.headingUnit(d.say.Say("Weekly glute volume"), w)
	noteH := d.paraHeight(w, noteText, note)
	legH := 4.5
	h := heading.h + noteH + 2 + legH + 6 + plotH + wkSt.lh()*2 + 1

	// The scale: at least one hard set high, so tiny values (1e-13 in a
	// hand-edited file) cannot make ticks so fine that drawing them never
	// ends; the model keeps every value finite and at most maxVolume.
	top := max(m.cap, 1)
	for _, wk := range m.weeks {
		top = max(top, wk.planHSE+wk.gymHSE, wk.cap)
	}
	step := niceStep(top)
	ticks := int(math.Ceil(top * 1.08 / step))
	ymax := float64(ticks) * step

	return unit{h: h, draw: func(x, y, w float64) {
		heading.draw(x, y, w)
		y += heading.h
		y += d.para(x, y, w, noteText, note) + 2

		// Legend.
		lx := x
		sw := 6.0
		item := func(label string, paint func(x, y float64)) {
			paint(lx, y+0.4)
			d.text(lx+sw+1.5, y+(legH-legSt.lh())/2, label, legSt, d.measure(label, legSt))
			lx += sw + 1.5 + d.measure(label, legSt) + 6
		}
		if anyGym {
			item(d.say.Sayf("your %s", ownTraining(d.say, m.kinds)), func(x, y float64) { d.box(x, y, sw, 3.6, 0.2, 0, 70) })
		}
		item(d.say.Say("this plan"), func(x, y float64) { d.box(x, y, sw, 3.6, 0.2, 0, 205) })
		if anyDeload {
			item(d.say.Sayf("this plan, lighter week (%s)", d.deloadMark()), func(x, y float64) {
				d.box(x, y, sw, 3.6, 0, -1, 255)
				d.hatch(x, y, sw, 3.6, 1.2, 60)
				d.box(x, y, sw, 3.6, 0.2, 0, -1)
			})
		}
		if m.cap > 0 {
			item(d.say.Say("a safe ceiling for your glutes"), func(x, y float64) { d.dashed(x, y+1.8, x+sw, y+1.8) })
		}
		y += legH + 6

		px0, px1 := x+yAxisW, x+w-capW
		py0, py1 := y, y+plotH
		yOf := func(v float64) float64 { return py1 - v/ymax*plotH }

		// Grid and y ticks.
		for i := 0; i <= ticks; i++ {
			v := float64(i) * step
			yy := yOf(v)
			d.rule(px0, yy, px1, yy, 0.15, 200)
			s := locale.Number(v)
			tw := d.measure(s, tick)
			d.text(px0-1.5-tw, yy-tick.lh()/2, s, tick, yAxisW-1.5)
		}

		pitch := (px1 - px0) / float64(n)
		bw := math.Min(pitch*0.68, 14)
		// Week numbers run on across plans (up to 9999): make room for
		// the widest.
		labW := 0.0
		for _, wk := range m.weeks {
			labW = max(labW, d.measure(fmt.Sprint(wk.n), wkSt)+1.5)
		}
		every := labelEvery(n, pitch, labW)
		for i, wk := range m.weeks {
			bx := px0 + float64(i)*pitch + (pitch-bw)/2
			gy := yOf(wk.gymHSE)
			if wk.gymHSE > 0 {
				d.box(bx, gy, bw, py1-gy, 0.2, 0, 70)
			}
			if wk.planHSE > 0 {
				ty := yOf(wk.gymHSE + wk.planHSE)
				if wk.deload {
					d.box(bx, ty, bw, gy-ty, 0, -1, 255)
					d.hatch(bx, ty, bw, gy-ty, 1.2, 60)
					d.box(bx, ty, bw, gy-ty, 0.2, 0, -1)
				} else {
					d.box(bx, ty, bw, gy-ty, 0.2, 0, 205)
				}
			}
			cx := px0 + float64(i)*pitch + pitch/2
			if (i+1)%every == 0 || i == 0 && float64(every-1)*pitch >= labW {
				s := fmt.Sprint(wk.n)
				tw := d.measure(s, wkSt)
				d.text(cx-tw/2, py1+0.8, s, wkSt, pitch*float64(every))
			}
			if wk.deload {
				tw := d.measure(d.deloadMark(), dSt)
				d.text(cx-tw/2, py1+0.8+wkSt.lh(), d.deloadMark(), dSt, pitch)
			}
		}
		d.rule(px0, py1, px1, py1, 0.35, 0)
		d.rule(px0, py0, px0, py1, 0.35, 0)
		wl := d.say.Say("week")
		d.text(px1+1.5, py1+0.8, wl, wkSt, capW-1.5)

		// The ceiling as the weeks have it: a first block with gluteal
		// tendinopathy keeps a lower one (rule 2), so the line steps up.
		last := 0.0
		for i := 0; i < n; {
			j := i
			for j+1 < n && m.weeks[j+1].cap == m.weeks[i].cap {
				j++
			}
			if c := m.weeks[i].cap; c > 0 {
				x0, x1 := px0+float64(i)*pitch, px0+float64(j+1)*pitch
				if j == n-1 {
					x1 += 0.5
				}
				d.dashed(x0, yOf(c), x1, yOf(c))
				if i > 0 && last > 0 {
					d.dashed(x0, yOf(last), x0, yOf(c))
				}
			}
			last = m.weeks[i].cap
			i = j + 1
		}
		if last > 0 {
			cy := yOf(last)
			s := d.say.Sayf("max %s", d.say.Number(last))
			// Its label stays clear of the "week" label under the axis
			// when the cap is low on a tall scale (gym volume far above it).
			ly := min(cy-capSt.lh()/2, py1+0.8-capSt.lh()-0.1)
			d.text(px1+1.5, ly, s, capSt.sized(d.fitSize(s, capW-1.5, capSt, 5)), capW-1.5)
		}
		// The axis counts hard sets ("Punkte" in German, where a "Satz" is
		// a round the person does).
		axis := d.say.Say("hard sets")
		d.text(x, py0-1.5*tick.lh()-0.4, axis, tick.sized(d.fitSize(axis, yAxisW, tick, 5)), yAxisW)
	}}
}

// dashed draws the line of the safe ceiling.
func (d *doc) dashed(x1, y1, x2, y2 float64) {
	d.f.SetDashPattern([]float64{1.6, 1.0}, 0)
	d.rule(x1, y1, x2, y2, 0.45, 0)
	d.f.SetDashPattern([]float64{}, 0)
}

// niceStep picks a tick step of 1, 2 or 5 × 10^k giving three to six ticks.
func niceStep(top float64) float64 {
	if top <= 0 {
		return 1
	}
	raw := top / 4
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, f := range []float64{1, 2, 5, 10} {
		if f*p >= raw {
			return f * p
		}
	}
	return 10 * p
}

// labelEvery is how often the week axis can carry a number without crowding.
func labelEvery(n int, pitch, labelW float64) int {
	for _, k := range []int{1, 2, 4, 8, 13, 26} {
		if pitch*float64(k) >= labelW {
			return k
		}
	}
	return n
}

func (d *doc) breaksUnit(w float64) unit {
	m := d.m
	head := style{size: 11.5, bold: true}
	body := style{size: d.foot.text + 1}
	s := breakText(d.say, m)
	const pad, bar = 3.0, 1.6
	iw := w - 2*pad - bar
	h := pad + head.lh() + 0.5 + d.paraHeight(iw, s, body) + pad
	return unit{h: h, draw: func(x, y, w float64) {
		d.box(x, y, w, h, 0.3, 0, 246)
		d.box(x, y, bar, h, 0, -1, 0)
		tx := x + bar + pad
		d.text(tx, y+pad, d.say.Say("Movement breaks"), head, iw)
		if len(m.breakIDs) > 0 {
			// Where the guide explains them, on the heading's line, as
			// the program pages point to it (thirty-third and
			// thirty-fourth German readings).
			ref := style{size: 8, italic: true, gray: 50}
			d.guideRefs = append(d.guideRefs, guideRef{page: d.f.PageNo(), x: tx + iw, y: y + pad + head.lh() - ref.lh(), w: iw / 2,
				st: ref, id: m.breakIDs[0], also: m.breakIDs[1:], right: true})
		}
		d.para(tx, y+pad+head.lh()+0.5, iw, s, body)
	}}
}

// breakText says what to do in a movement break. It never tells the
// person to get up for a drill done sitting (rule 10): those come last,
// for when getting up is not possible.
func breakText(say *locale.Language, m *model) string {
	if len(m.breakNames) == 0 {
		return say.Sayf("Every %d minutes of sitting: stand up and move for about %d minutes.", m.breakEvery, planner.BreakMinutes)
	}
	var up, seated []string
	for i, n := range m.breakNames {
		if m.breakSeated[i] {
			seated = append(seated, n)
		} else {
			up = append(up, n)
		}
	}
	if len(up) == 0 {
		up, seated = seated, nil
	}
	s := say.Sayf("Every %d minutes of sitting, take a short break of about %d minutes: %s.", m.breakEvery, planner.BreakMinutes, say.OneOf(up))
	if m.breakMore > 0 {
		s = say.Sayf("Every %d minutes of sitting, take a short break of about %d minutes: %s, or one of %d more in your plan.", m.breakEvery, planner.BreakMinutes, say.OneOf(up), m.breakMore)
	}
	if len(seated) > 0 {
		s += " " + say.Sayf("If you cannot get up just then: %s.", say.OneOf(seated))
	}
	return s
}

// bulletUnits makes one unit per bullet point, with a hanging indent.
func (d *doc) bulletUnits(items []string, w float64, st style) []unit {
	const ind = 4.5
	var out []unit
	for _, it := range items {
		h := d.paraHeight(w-ind, it, st) + 1.2
		out = append(out, unit{h: h, draw: func(x, y, w float64) {
			d.text(x+0.8, y, "•", st, ind-0.8)
			d.para(x+ind, y, w-ind, it, st)
		}})
	}
	return out
}

// bulletLineUnits is bulletUnits with one unit per line for a bullet of
// more than maxBulletLines, so that a bullet longer than a page (a warning
// of thousands of words) flows on to the next column or page instead of
// running off this one; a shorter bullet stays whole, never a line of it
// alone at the head of a column.
func (d *doc) bulletLineUnits(items []string, w float64, st style) []unit {
	const ind = 4.5
	var out []unit
	for _, it := range items {
		lines := d.wrapRecorded(it, w-ind, st)
		var us []unit
		for i, l := range lines {
			h := st.lh()
			if i == len(lines)-1 {
				h += 1.2
			}
			us = append(us, unit{h: h, draw: func(x, y, w float64) {
				if i == 0 {
					d.text(x+0.8, y, "•", st, ind-0.8)
				}
				d.text(x+ind, y, l, st, w-ind)
			}})
		}
		if len(us) <= maxBulletLines {
			us = []unit{glue(us...)}
		}
		out = append(out, us...)
	}
	return out
}

// maxBulletLines is the longest warning kept whole in one column.
const maxBulletLines = 12

func (d *doc) noteUnit(s string, w float64) unit {
	st := style{size: 9, italic: true}
	const pad = 2.0
	h := d.paraHeight(w-2*pad, s, st) + 2*pad
	return unit{h: h, draw: func(x, y, w float64) {
		d.box(x, y, w, h, 0.3, 90, -1)
		d.para(x+pad, y+pad, w-2*pad, s, st)
	}}
}

// outroUnit is the word on muscle soreness that goes under the red
// flags, on its own.
func (d *doc) outroUnit(w float64) unit {
	body := style{size: d.foot.text}.withItalic()
	outro := d.say.Say("Muscle soreness after exercise, an even ache in the muscles you worked, is harmless and usually peaks one to three days later. It counts in your evening score: at 4 out of 10 or more, follow the rules for the evening score at the top of each week page. Easing off is never a failure.")
	return unit{h: d.paraHeight(w, outro, body), draw: func(x, y, w float64) { d.para(x, y, w, outro, body) }}
}

// redFlagsUnit is the box of when to stop and see someone (rule 1), with
// the word on muscle soreness under it when outro is set.
func (d *doc) redFlagsUnit(w float64, outro bool) unit {
	head := style{size: 12, bold: true}
	body := style{size: d.foot.text}
	intro := d.say.Say("Sore glutes usually settle with the right mix of rest and movement. Stop the plan and get help if you notice:")
	const pad = 3.0
	iw := w - 2*pad
	bullets := d.bulletUnits(d.m.redFlags, iw, body)
	h := pad + head.lh() + 1 + d.paraHeight(iw, intro, body) + 1.5
	for _, b := range bullets {
		h += b.h
	}
	h += pad
	// The word on muscle soreness reassures: it goes under the box of
	// warning signs, not inside it (second German review).
	boxH := h
	var after unit
	if outro {
		after = d.outroUnit(w)
		h += 1 + after.h
	}
	return unit{h: h, draw: func(x, y, w float64) {
		d.box(x, y, w, boxH, 0.8, 0, -1)
		tx, ty := x+pad, y+pad
		d.text(tx, ty, d.say.Say("When to stop and see a professional"), head, iw)
		ty += head.lh() + 1
		ty += d.para(tx, ty, iw, intro, body) + 1.5
		for _, b := range bullets {
			b.draw(tx, ty, iw)
			ty += b.h
		}
		if outro {
			after.draw(x, y+boxH+1, w)
		}
	}}
}

func (s style) withItalic() style { s.italic, s.bold = true, false; return s }

// deloadMark is the letter that marks a lighter week in the calendar and
// the chart: the first of the words for it ("L" for lighter week, for
// leichte Woche).
func (d *doc) deloadMark() string {
	return strings.ToUpper(firstRunes(d.say.Say("lighter week"), 1))
}

// firstRunes is the first n letters of s.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
