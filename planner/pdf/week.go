package pdf

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// weekPage draws week wk on landscape pages: seven day columns with every
// item, its dose and a tick box, and a 0–10 soreness scale per day. A week
// whose days do not fit seven to a page, however small the type (long
// names in a wide script, five items a day), takes wider columns over more
// pages: four days and three, then two a page, then one. So whatever the
// plan schema lets through prints; only a day that does not fit a page on
// its own (far more items than a plan holds) is an error.
// weekGap is the gap between the day columns of a week page.
const weekGap = 2.4

func (d *doc) weekPage(wk weekView) error {
	const gapW = weekGap
	// The geometry of a landscape page, before there is one to draw on;
	// the page being finished keeps its own for its footer.
	pw, ph := d.w, d.h
	d.w, d.h = d.paper.h, d.paper.w
	top := d.weekHeader(wk, false)
	room := d.bottom() - top

	for _, per := range []int{7, 4, 2, 1} {
		colW := (d.width() - float64(per-1)*gapW) / float64(per)
		widths := make([]float64, len(wk.days))
		for i := range widths {
			widths[i] = colW
		}
		if per == len(wk.days) {
			// A day without exercises needs no room for them: it gives
			// its width to the days that have them, whose type grows
			// (German physiotherapists found it small on the fridge).
			widths = dayWidths(wk.days, d.width()-float64(per-1)*gapW)
		}
		cols := make([]dayLayout, len(wk.days))
		size := itemSizes[0]
		fits := true
		for i, day := range wk.days {
			cols[i] = d.layoutDay(widths[i], room, day)
			if cols[i].size == 0 {
				if per == 1 {
					d.w, d.h = pw, ph
					return fmt.Errorf("week %d, %s: %d exercises with these names do not fit on a page (the first is %q)",
						wk.n, day.date.Format(time.DateOnly), len(day.items), firstName(day))
				}
				fits = false
				break
			}
			size = min(size, cols[i].size)
		}
		if !fits {
			continue
		}
		d.w, d.h = pw, ph
		// One text size for the whole week, so the days read alike; only a
		// day too full for a good size shrinks on its own.
		size = max(size, 9.5)
		for first := 0; first < len(wk.days); first += per {
			d.newPage(true)
			if first == 0 {
				d.f.Bookmark(d.say.Sayf("Week %d", wk.n), 0, 0)
			}
			y := d.weekHeader(wk, true)
			x := d.left()
			for i := first; i < min(first+per, len(wk.days)); i++ {
				d.dayColumn(x, y, widths[i], d.bottom()-y, wk.days[i], cols[i], min(size, cols[i].size))
				x += widths[i] + gapW
			}
		}
		return nil
	}
	return nil
}

// restColW is the width of a day column without exercises when the week
// has days with them: the weekday's name, the date and the evening's
// circles in the same two rows as every other day fit it (an English
// physiotherapist found three rows there, beside two on the session
// days, a scale of another shape).
const restColW = 30.0

// dayWidths shares width w among the columns of days: a day without
// exercises gets restColW, or its even share if that is less, and the
// days with exercises share the rest.
func dayWidths(days []dayView, w float64) []float64 {
	even := w / float64(len(days))
	rest := 0
	for _, day := range days {
		if len(day.items) == 0 {
			rest++
		}
	}
	out := make([]float64, len(days))
	narrow := min(restColW, even)
	for i, day := range days {
		switch {
		case rest == 0 || rest == len(days):
			out[i] = even
		case len(day.items) == 0:
			out[i] = narrow
		default:
			out[i] = (w - float64(rest)*narrow) / float64(len(days)-rest)
		}
	}
	return out
}

func firstName(day dayView) string {
	if len(day.items) == 0 {
		return ""
	}
	return day.items[0].name
}

// textBase draws s with its baseline at base.
func (d *doc) textBase(x, base float64, s string, st style, limit float64) float64 {
	return d.text(x, base-st.size*ptMM*((leading-1)/2+0.93), s, st, limit)
}

// weekHeader draws the heading and the week's volume against the safe
// ceiling; it
// returns where the day columns start. With draw false it only works out
// where, on a landscape page.
func (d *doc) weekHeader(wk weekView, draw bool) float64 {
	big := style{size: 20, bold: true}
	mid := style{size: 13}
	vol := style{size: 9.5, bold: true}
	hint := style{size: 9, gray: 40}
	x, y := d.left(), d.top()

	say := d.say
	title, rest, titleW := d.weekTitle(wk)
	volText, volW := d.weekVolume(wk)

	base := y + big.size*ptMM*((leading-1)/2+0.93)
	if titleW <= d.width() {
		if draw {
			tw := d.textBase(x, base, title, big, d.width())
			d.textBase(x+tw, base, rest, mid, d.width()-tw)
		}
	} else {
		// A very narrow page: the dates go on their own line.
		if draw {
			d.textBase(x, base, title, big, d.width())
		}
		base += mid.lh()
		if draw {
			d.para(x, base-mid.size*ptMM*((leading-1)/2+0.93), d.width(), rest[len(" · "):], mid)
		}
	}
	rowH := base - y + big.size*ptMM*0.3

	// Volume and a small gauge: at the right of the title when there is
	// room on every week page of the plan, else on a line of their own.
	vx, vy := d.right()-volW, y+0.5
	if d.volBelow || titleW+8+volW > d.width() {
		vx, vy = x, y+rowH+1
		rowH += 10
	}
	if draw {
		d.text(vx, vy, volText, vol, volW)
		d.gauge(vx, vy+vol.lh()+0.6, volW, 3.2, wk)
	}

	y += rowH + 1.5
	hintText := say.Say("Tick each exercise when it is done. Each evening, circle how sore your glutes are: 0 = not at all, 10 = the worst you can imagine.")
	if wk.last {
		// What follows the plan (physiotherapists' and German readers'
		// question): the next block, not a stop; after the week's own
		// words, so it is not read as this week's doses.
		hintText = d.m.afterWords + " " + hintText
	}
	if wk.deload {
		hintText = say.Say("A lighter week on purpose, so your glutes can recover.") + " " + hintText
	}
	if len(wk.effortUp) > 0 {
		// Which exercises, so that no one stretches or presses a ball
		// harder too (thirty-sixth German reading).
		hintText = say.Sayf("This week the effort rises, not the amount: do %s harder, as the effort under each says; everything else stays as last week. "+
			"Your count of hard sets stays as it was: the sets, repetitions and holding times are the same.", say.AllOf(wk.effortUp)) + " " + hintText
	}
	if wk.reordered {
		hintText = say.Say("The order has changed: do the exercises in the order of this page.") + " " + hintText
	}
	switch {
	case len(wk.news) > 0 && len(wk.gone) > 0:
		// What goes too, so no one does both (a German reader's worry).
		hintText = say.Sayf("New from this week: %s; left out now: %s.", strings.Join(wk.news, ", "), strings.Join(wk.gone, ", ")) + " " + hintText
	case len(wk.news) > 0:
		hintText = say.Sayf("New from this week: %s.", strings.Join(wk.news, ", ")) + " " + hintText
	}

	if draw {
		y += d.para(x, y, d.width(), hintText, hint)
	} else {
		y += d.paraHeight(d.width(), hintText, hint)
	}
	// The rule for the evening score, in two columns of upright type.
	y += 0.8 + d.painRuleBlock(x, y+0.8, d.width(), 2, ruleSt, draw)
	return y + 2
}

// weekTitle is a week page's title ("Week 5"), the rest of its heading
// (" · build · Mon 4 Jan – Sun 10 Jan 2027") and their width on one line.
func (d *doc) weekTitle(wk weekView) (title, rest string, w float64) {
	title = d.say.Sayf("Week %d", wk.n)
	rest = " · " + wk.phase + " · " + d.say.DateRange(wk.days[0].date, wk.days[6].date)
	return title, rest, d.measure(title, style{size: 20, bold: true}) + d.measure(rest, style{size: 13})
}

// weekVolume is the line above a week page's gauge and its width.
func (d *doc) weekVolume(wk weekView) (string, float64) {
	say := d.say
	// The person's own training as the terminal names it (rule 18), and
	// only when it counts: no "+ gym 0" for someone without any.
	// "counts as": the plan's sets are not hard sets, so the number is
	// what they add up to, not a number of sets to do. Whole numbers, as
	// the terminal says them (issue 22): the exact ones are in the JSON
	// and in gluteplan plan --explain.
	volText := say.Sayf("This week counts as %s hard sets", say.About(wk.planHSE))
	if wk.gymHSE > 0 {
		volText = say.Sayf("This week: %s hard sets, %s", say.About(wk.planHSE+wk.gymHSE), planner.OwnShare(say, wk.gymHSE, d.m.kinds))
	}
	if wk.cap > 0 {
		volText += " · " + say.Sayf("a safe ceiling for your glutes: %s", say.Number(wk.cap))
	}
	return volText, max(d.measure(volText, style{size: 9.5, bold: true}), 60)
}

// volumeBelow says the week pages put the volume under the title: when
// any week's heading leaves no room for it at the right, every week's
// goes below, so the pages read alike (fourth German reading: week 5 had
// it beside the title, the others under it).
func (d *doc) volumeBelow() bool {
	pw, ph := d.w, d.h
	defer func() { d.w, d.h = pw, ph }()
	d.w, d.h = d.paper.h, d.paper.w
	for _, wk := range d.m.weeks {
		_, _, titleW := d.weekTitle(wk)
		if _, volW := d.weekVolume(wk); titleW+8+volW > d.width() {
			return true
		}
	}
	return false
}

// ruleSt is the type of the pain-monitoring rule on the week pages.
var ruleSt = style{size: 9}

// gauge is a bar of the week's volume, the person's own training dark and
// the plan light, against the safe ceiling.
func (d *doc) gauge(x, y, w, h float64, wk weekView) {
	full := max(wk.cap, wk.gymHSE+wk.planHSE)
	if !(full > 0) || math.IsInf(full, 0) {
		return
	}
	full *= 1.1
	d.box(x, y, w, h, 0, -1, 255)
	gw := wk.gymHSE / full * w
	pw := wk.planHSE / full * w
	if gw > 0 {
		d.box(x, y, gw, h, 0, -1, 70)
	}
	if pw > 0 {
		d.box(x+gw, y, pw, h, 0, -1, 205)
	}
	d.box(x, y, w, h, 0.2, 0, -1)
	if wk.cap > 0 {
		cx := x + wk.cap/full*w
		d.f.SetDashPattern([]float64{0.8, 0.5}, 0)
		d.rule(cx, y-0.3, cx, y+h+0.8, 0.5, 0)
		d.f.SetDashPattern([]float64{}, 0)
	}
}

// Sizes of the item text on week pages, largest first: a crowded day
// shrinks until it fits.
var itemSizes = []float64{11, 10.5, 10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5, 6}

// Styles of a day column.
var (
	dayNameSt  = style{size: 11, bold: true}
	dayDateSt  = style{size: 10}
	bandSt     = style{size: 9, bold: true}
	introSt    = style{size: 8.5, italic: true, gray: 50}
	scaleSt    = style{size: 7.5, bold: true}
	digitSt    = style{size: 7.5}
	scaleLabel = locale.Key("Soreness tonight")
)

const (
	colPad  = 1.6 // inner padding of a day column
	bandH   = 6.5 // height of the session band
	tickBox = 3.4 // side of an item's tick box
	tickGap = 1.6 // between the tick box and the text
)

// dayLayout is the geometry of a day column, worked out before drawing so
// all days of a week can share one text size.
type dayLayout struct {
	nameSt style   // the weekday's name, shrunk if the column is narrow
	headH  float64 // day heading box
	intro  string
	introH float64
	scaleH float64 // soreness scale at the foot
	room   float64 // height left for the items
	size   float64 // largest item text size that fits; 0 if none does
}

func (d *doc) layoutDay(w, h float64, day dayView) dayLayout {
	iw := w - 2*colPad
	var l dayLayout
	name := d.say.WeekdayLong(day.date)
	l.nameSt = dayNameSt.sized(d.fitSize(name, iw, dayNameSt, 8))
	l.headH = 0.9 + l.nameSt.lh() + dayDateSt.lh() + 0.9
	l.intro = dayIntro(d.say, day, d.m.release())
	l.introH = d.paraHeight(iw, l.intro, introSt)
	_, rowH := scaleGeometry(iw)
	l.scaleH = d.paraHeight(iw, d.say.Say(scaleLabel), scaleSt) + 0.8 + 2*rowH + 0.8
	l.room = h - l.scaleH - 2.5 - (l.headH + bandH + 1.5 + l.introH + 2)
	tw := iw - tickBox - tickGap
	// The largest size that fits without cutting a word, or failing that
	// the largest that fits.
	for _, s := range itemSizes {
		h, cut := d.itemsHeight(day, tw, s)
		if h > l.room {
			continue
		}
		if l.size == 0 {
			l.size = s
		}
		if !cut {
			l.size = s
			break
		}
	}
	return l
}

// scaleGeometry gives the radius of the soreness circles and the height of
// a row of them, for a column of inner width iw (the scale at most
// maxScaleW of it).
func scaleGeometry(iw float64) (r, rowH float64) {
	pitch := scaleWidth(iw) / 6
	r = min(2.6, pitch/2-0.35)
	return r, 2*r + 1.2
}

// maxScaleW is the widest a day's scale is drawn: a wider column keeps
// it at the left, so the columns of every width that reach it share one
// drawing (the circles no larger than in an even column of A4).
const maxScaleW = 33.0

// scaleWidth is the width of the scale in a column of inner width iw.
func scaleWidth(iw float64) float64 { return min(iw, maxScaleW) }

func (d *doc) dayColumn(x, y, w, h float64, day dayView, l dayLayout, size float64) {
	iw := w - 2*colPad
	d.box(x, y, w, h, 0.25, 150, -1)

	// Day heading.
	d.box(x, y, w, l.headH, 0.35, 0, 250)
	d.text(x+colPad, y+0.9, d.say.WeekdayLong(day.date), l.nameSt, iw)
	d.text(x+colPad, y+0.9+l.nameSt.lh(), d.say.DayMonth(day.date), dayDateSt, iw)
	cy := y + l.headH

	// Session band, in the calendar's pattern.
	busy := d.paintSession(x, cy, w, bandH, day.session, day.gym)
	d.box(x, cy, w, bandH, 0.25, 0, -1)
	word := sessionWord(d.say, day.session, day.kind)
	bx := x + colPad
	if day.gym {
		bx += gymBar(w)
	}
	bs := bandSt.sized(d.fitSize(word, x+w-colPad-bx, bandSt, 6))
	d.chipText(bx, cy+(bandH-bs.lh())/2, word, bs, x+w-colPad-bx, busy)
	cy += bandH + 1.5

	// Soreness scale at the foot of the column: 0–5 above, 6–10 between them.
	r, rowH := scaleGeometry(iw)
	sw := scaleWidth(iw)
	pitch := sw / 6
	sy := y + h - l.scaleH
	d.rule(x+colPad, sy-1.2, x+w-colPad, sy-1.2, 0.2, 150)
	// The label wraps in a narrow column rather than shrink.
	lh := d.para(x+colPad, sy, iw, d.say.Say(scaleLabel), scaleSt)
	// The circles, the same in every column of this width: one form.
	scale := d.form(fmt.Sprintf("soreness scale %.4f", sw), sw, 2*rowH, func() {
		for n := 0; n <= 10; n++ {
			row, col := 0, n
			if n > 5 {
				row, col = 1, n-6
			}
			ccx := pitch*float64(col) + pitch/2
			if row == 1 {
				ccx += pitch / 2
			}
			ccy := float64(row)*rowH + rowH/2
			d.f.SetLineWidth(0.25)
			d.f.SetDrawColor(60, 60, 60)
			d.f.Circle(ccx, ccy, r, "D")
			s := fmt.Sprint(n)
			ds := digitSt.sized(d.fitSize(s, 2*r*0.8, digitSt, 5))
			tw := d.measure(s, ds)
			d.text(ccx-tw/2, ccy-ds.lh()/2, s, ds, 2*r)
		}
	})
	d.place(scale, x+colPad, sy+lh+0.8, sw)

	// What kind of day it is, then the items with their tick boxes.
	cy += d.para(x+colPad, cy, iw, l.intro, introSt) + 2
	tw := iw - tickBox - tickGap
	nameSt := style{size: size, bold: true}
	doseSt := style{size: size, gray: 30}
	noteSt := noteStyle(size)
	for _, it := range day.items {
		d.box(x+colPad, cy+(nameSt.lh()-tickBox)/2, tickBox, tickBox, 0.3, 0, 255)
		tx := x + colPad + tickBox + tickGap
		cy += d.para(tx, cy, tw, it.name, nameSt)
		cy += d.para(tx, cy, tw, it.dose, doseSt)
		for _, n := range d.itemNotes(it, day.week) {
			cy += d.para(tx, cy, tw, n, noteSt)
		}
		cy += itemGap(size)
	}

	// Faint lines for notes in the room left above the soreness scale.
	const lineGap = 7.0
	var ys []float64
	for ly := sy - 3.5; ly > cy+lineGap; ly -= lineGap {
		ys = append(ys, ly)
	}
	d.hrules(x+colPad, x+w-colPad, ys, 0.2, 215)
}

func itemGap(size float64) float64 { return size * 0.22 }

// itemsHeight is the height of a day's items at the given text size, and
// whether a word had to be cut to fit the width.
func (d *doc) itemsHeight(day dayView, w, size float64) (h float64, cut bool) {
	nameSt := style{size: size, bold: true}
	doseSt := style{size: size, gray: 30}
	noteSt := noteStyle(size)
	for _, it := range day.items {
		nl, c1 := d.wrapHard(it.name, w, nameSt)
		dl, c2 := d.wrapHard(it.dose, w, doseSt)
		h += float64(len(nl))*nameSt.lh() + float64(len(dl))*doseSt.lh() + itemGap(size)
		cut = cut || c1 || c2
		for _, n := range d.itemNotes(it, day.week) {
			nl, c := d.wrapHard(n, w, noteSt)
			h += float64(len(nl)) * noteSt.lh()
			cut = cut || c
		}
	}
	return h - itemGap(size), cut
}

// itemNotes are the lines under an item's dose on its day: to hold on to
// a wall or chair where rule 8 asks it, always (the week page is what a
// person ticks at the fridge, so it says so where the dose is), how hard
// it should feel (rule 16) in a few words, and for a tendon hold, where
// its limit on side pain is (rule 9). The ninth German reading asked for
// both on the week pages: the wall press of week 1 and of week 2 read
// alike there, though week 2 asks for more effort.
func (d *doc) itemNotes(it itemView, week int) []string {
	var ns []string
	if it.weekEffort != "" {
		ns = append(ns, it.weekEffort)
	}
	if it.check {
		if pg := d.checkPage[(week-1)/planner.BlockWeeks+1]; pg > 0 {
			ns = append(ns, d.say.Sayf("pain limit: page %d", pg))
		}
	}
	if it.hold {
		ns = append(ns, d.say.Say("Hold on to a wall or chair."))
	}
	return ns
}

// noteStyle is the style of an item's notes at item text size size: in
// italics and a shade lighter, so the name and the dose stand out, but
// hardly smaller: the effort and the pain limit are read there (German
// readers found them too small at a point and a half less).
func noteStyle(size float64) style {
	return style{size: max(size-0.5, 6.5), italic: true, gray: 50}
}

// dayIntro says in a line what kind of day it is; a day of the person's
// own training names it as they do (rule 18). release says the plan holds
// release work, which a recovery day then names.
func dayIntro(say *locale.Language, day dayView, release bool) string {
	mins := ""
	if day.minutes > 0 {
		mins = " · " + say.Sayf("about %s", say.Minutes(day.minutes))
	}
	if day.gym {
		noun := planner.ActivityNoun(say, day.kind)
		// A week that eases the person's own training says how on the
		// day of it, as the first page's notes and the week's count do
		// (rule 18).
		eased := planner.EaseWords(say, day.kind, day.ease)
		nothing := day.session == planner.RestDay || len(day.items) == 0 // no session of the plan
		switch {
		case nothing && eased != "" && day.daily != "":
			return eased + ". " + say.Sayf("One round of “%s” too.", day.daily)
		case nothing && eased != "":
			return eased + "."
		case nothing && day.daily != "":
			return say.Sayf("Your %s today, and one round of “%s”.", noun, day.daily)
		case nothing:
			return say.Sayf("Your %s today: nothing extra from the plan.", noun)
		case day.session == planner.PrimerSession && eased != "":
			return capitalize(say.Sayf("warm-up before your %s", noun)) + mins + ". " + eased + "."
		case day.session == planner.PrimerSession:
			return capitalize(say.Sayf("warm-up before your %s", noun)) + mins
		}
		own := say.Sayf("Your %s as usual.", noun)
		if eased != "" {
			own = eased + "."
		}
		if s := dayIntro(say, dayView{session: day.session, minutes: day.minutes, items: day.items}, release); s != "" {
			return s + ". " + own
		}
		return own
	}
	// The band above names the session: the line under it does not say
	// it again.
	switch day.session {
	case planner.ActivationSession, planner.PrimerSession:
		if day.minutes > 0 {
			return say.Sayf("about %s", say.Minutes(day.minutes))
		}
		return ""
	case planner.RecoverySession:
		if !release {
			// A plan without release work (no roller or ball) does not
			// promise it (English physio reading 14).
			if day.after != "" {
				return say.Sayf("The day after your %s: stretches and gentle movement", planner.ActivityNoun(say, day.after)) + mins
			}
			return say.Say("Stretches and gentle movement") + mins
		}
		if day.after != "" {
			// Why no strengthening today (rule 4).
			return say.Sayf("The day after your %s: release and mobility", planner.ActivityNoun(say, day.after)) + mins
		}
		return say.Say("Release and mobility") + mins
	case planner.RestDay:
		if day.daily != "" {
			return say.Sayf("An easy walk is fine, and one round of “%s”.", day.daily)
		}
		return say.Say("An easy walk is fine.")
	}
	return sessionWord(say, day.session, "") + mins
}
