package pdf

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
	"github.com/gluteplan/gluteplan/planner/report"
)

// WriteReport renders progress report r as a PDF: page 1 holds the
// sentences, when to see someone, and three charts across the same weeks
// (evening soreness over the pain rule's bands, sessions done each week,
// the function scores per task), readable from a metre away; page 2 the
// numbers behind them. The words are in the report's language; the
// paper is opts.Paper. The same report gives the same bytes.
func WriteReport(w io.Writer, r *report.Report, opts Options) error {
	b, _, err := renderReport(r, opts)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// reportView is a report with every string a person reads cleaned for the
// embedded fonts.
type reportView struct {
	r         *report.Report
	say       *locale.Language
	title     string
	subtitle  string
	sentences []string
	see       []string
	charted   []taskView
	tasks     []taskView
	whys      []string
	start     time.Time
	weekIdx   map[int]int
	missing   bool
}

type taskView struct {
	name   string
	scores []report.Score
	series string // the scores week by week, for page 2
}

func newReportView(r *report.Report, cl *cleaner) *reportView {
	say := r.Say()
	v := &reportView{r: r, say: say, weekIdx: map[int]int{}}
	v.title = cl.clean(r.Title(say))
	v.subtitle = cl.clean(r.Subtitle(say))
	v.sentences = cl.cleanAll(r.Sentences)
	v.see = cl.cleanAll(r.SeeSomeone)
	for _, t := range r.Charted() {
		v.charted = append(v.charted, taskView{name: cl.clean(t.Task), scores: t.Scores})
	}
	for _, t := range r.Tasks {
		v.tasks = append(v.tasks, taskView{name: cl.clean(t.Task), scores: t.Scores, series: cl.clean(t.Series(say))})
	}
	for _, p := range r.Plans {
		head := say.Sayf("%s (week %d)", planner.LongDate(say, p.Start), p.FirstWeek)
		if p.Steer == "" {
			v.whys = append(v.whys, cl.clean(head+": "+say.Say("a new plan")))
			continue
		}
		v.whys = append(v.whys, cl.clean(head+": "+report.SteerWords(p.Steer, say)+". "+p.Why))
	}
	v.start, _ = parseDate(r.Weeks[0].Start)
	for i, w := range r.Weeks {
		v.weekIdx[w.Week] = i
	}
	v.missing = cl.missing
	return v
}

func renderReport(r *report.Report, opts Options) (out []byte, lay *layout, err error) {
	key := strings.ToLower(strings.TrimSpace(opts.Paper))
	if key == "" {
		key = "a4"
	}
	pp, ok := papers[key]
	if !ok {
		return nil, nil, fmt.Errorf("pdf: unknown paper %q (want a4 or letter)", opts.Paper)
	}
	if r == nil || len(r.Weeks) == 0 || len(r.Blocks) == 0 || len(r.Plans) == 0 {
		return nil, nil, fmt.Errorf("pdf: the report has no weeks to print")
	}
	for _, w := range r.Weeks {
		if _, err := parseDate(w.Start); err != nil {
			return nil, nil, fmt.Errorf("pdf: week %d: %v", w.Week, err)
		}
	}
	defer func() {
		if rec := recover(); rec != nil {
			out, lay, err = nil, nil, fmt.Errorf("pdf: rendering failed: %v", rec)
		}
	}()
	cl, err := newCleaner()
	if err != nil {
		return nil, nil, fmt.Errorf("pdf: embedded font: %w", err)
	}
	v := newReportView(r, cl)
	say := v.say
	f, err := newFile(pp, v.title, compress)
	if err != nil {
		return nil, nil, err
	}
	f.SetLineCapStyle("butt")
	start, _ := parseDate(r.Start)
	end, _ := parseDate(r.End)
	d := &doc{f: f, paper: pp, say: say, lay: &layout{}, widths: map[widthKey]float64{},
		footer: "gluteplan · " + say.Say("progress report") + " · " + say.Sayf("%s to %s", say.Date(start), say.Date(end))}
	d.reportFront(v)
	d.reportNumbers(v)
	d.finish()
	if d.bad != "" {
		return nil, nil, fmt.Errorf("pdf: a number that is not finite reached the drawing of %s", d.bad)
	}
	if err := f.Error(); err != nil {
		return nil, nil, fmt.Errorf("pdf: %w", err)
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, nil, fmt.Errorf("pdf: %w", err)
	}
	return buf.Bytes(), d.lay, nil
}

// The report's type: big enough to read from a metre away where it
// matters (the title, the sentences, the chart headings).
var (
	repTitle    = style{size: 24, bold: true}
	repSub      = style{size: 11, gray: 40}
	repSub2     = style{size: 9.5, gray: 70}
	repHead     = style{size: 13, bold: true}
	repNote     = style{size: 8, gray: 60}
	repSentence = style{size: 12}
	repSee      = style{size: 11, bold: true}
)

// Chart geometry, in millimetres: the y axis's numbers on the left, the
// band and task labels on the right, the same weeks across every chart.
const (
	repYAxisW  = 8.0
	repLabelW  = 33.0
	repGap     = 5.0 // between blocks of the page
	repMinSore = 62.0
	repMinDone = 34.0
	repMinTask = 44.0
)

// reportAxis maps the weeks of the report to the page.
type reportAxis struct {
	x0, x1, pitch float64
	n             int
}

func (a reportAxis) weekLeft(i int) float64 { return a.x0 + float64(i)*a.pitch }
func (a reportAxis) weekMid(i int) float64  { return a.x0 + (float64(i)+0.5)*a.pitch }

// reportFront draws page 1: what the numbers say, when to see someone,
// and the charts, which share the room left.
func (d *doc) reportFront(v *reportView) {
	say := v.say
	d.newPage(false)
	x, w := d.left(), d.width()
	y := d.top()
	d.text(x, y, say.Say("Is it getting better?"), repTitle.sized(d.fitSize(say.Say("Is it getting better?"), w, repTitle, 14)), w)
	y += repTitle.lh()
	y += d.para(x, y, w, v.title, repSub)
	y += d.para(x, y, w, v.subtitle, repSub2)
	d.rule(x, y+1.5, x+w, y+1.5, 0.5, 0)
	y += 4

	charts := repMinSore + repMinDone + 2*repGap
	if len(v.charted) > 0 {
		charts += repMinTask + repGap
	}
	// The sentences take smaller type rather than push the charts off
	// the page; what still does not fit goes on to page 2.
	st := repSentence
	for st.size > 9 && y+d.frontTextHeight(v, w, st) > d.bottom()-charts {
		st.size -= 0.5
	}
	seeSt := repSee.sized(st.size - 1)
	if len(v.see) > 0 {
		y += d.seeBox(v, x, y, w, seeSt) + 3
	}
	d.text(x, y, say.Say("What the numbers say"), repHead, w)
	y += repHead.lh() + 0.5
	var rest []string
	for i, s := range v.sentences {
		h := d.paraHeight(w-5, s, st) + 1
		if y+h > d.bottom()-charts {
			rest = v.sentences[i:]
			d.text(x+5, y, say.Say("(continued on page 2)"), repNote, w-5)
			y += repNote.lh()
			break
		}
		d.text(x+0.8, y, "•", st, 4)
		d.para(x+5, y, w-5, s, st)
		y += h
	}
	v.sentences = rest // page 2 says what did not fit

	y += repGap
	avail := d.bottom() - y
	spare := max(0, avail-charts)
	soreH, doneH, taskH := repMinSore+spare*0.55, repMinDone+spare*0.2, repMinTask+spare*0.25
	if len(v.charted) == 0 {
		soreH, doneH = repMinSore+spare*0.7, repMinDone+spare*0.3
	}
	a := reportAxis{x0: x + repYAxisW, x1: x + w - repLabelW, n: len(v.r.Weeks)}
	a.pitch = (a.x1 - a.x0) / float64(a.n)
	d.sorenessChart(v, a, x, y, w, soreH)
	y += soreH + repGap
	d.sessionsChart(v, a, x, y, w, doneH)
	y += doneH + repGap
	if len(v.charted) > 0 {
		d.tasksChart(v, a, x, y, w, taskH)
	}
}

// frontTextHeight is the height of the see-someone box and the sentences
// in type st.
func (d *doc) frontTextHeight(v *reportView, w float64, st style) float64 {
	h := 0.0
	if len(v.see) > 0 {
		h += d.seeBoxHeight(v, w, repSee.sized(st.size-1)) + 3
	}
	h += repHead.lh() + 0.5
	for _, s := range v.sentences {
		h += d.paraHeight(w-5, s, st) + 1
	}
	return h + repGap
}

const seePad = 3.0

func (d *doc) seeBoxHeight(v *reportView, w float64, st style) float64 {
	h := 2*seePad + repHead.lh() + 0.5
	for _, s := range v.see {
		h += d.paraHeight(w-2*seePad-5, s, st) + 1
	}
	return h
}

// seeBox draws when to see someone in a heavy box: the one thing on the
// page that asks the reader to act.
func (d *doc) seeBox(v *reportView, x, y, w float64, st style) float64 {
	h := d.seeBoxHeight(v, w, st)
	d.box(x, y, w, h, 1.2, 0, -1)
	tx, ty, tw := x+seePad, y+seePad, w-2*seePad
	d.text(tx, ty, v.say.Say("When to see someone"), repHead, tw)
	ty += repHead.lh() + 0.5
	for _, s := range v.see {
		d.text(tx+0.5, ty, "!", st, 4)
		ty += d.para(tx+5, ty, tw-5, s, st) + 1
	}
	return h
}

// chartHead draws a chart's heading and its note; it returns the height.
func (d *doc) chartHead(x, y, w float64, head, note string) float64 {
	d.text(x, y, head, repHead.sized(d.fitSize(head, w, repHead, 9)), w)
	h := repHead.lh()
	if note != "" {
		h += d.para(x, y+h, w, note, repNote)
	}
	return h + 0.5
}

// blockShade draws the blocks as alternate light and lighter columns
// behind a plot; fill gives the grey of a band at y in each.
func (d *doc) blockShade(v *reportView, a reportAxis, py0, py1 float64, bands [][3]float64) {
	for k, b := range v.r.Blocks {
		i0, i1 := v.weekIdx[b.FirstWeek], v.weekIdx[b.LastWeek]
		bx0, bx1 := a.weekLeft(i0), a.weekLeft(i1+1)
		darker := 0
		if k%2 == 1 {
			darker = 14
		}
		for _, band := range bands {
			d.box(bx0, band[0], bx1-bx0, band[1]-band[0], 0, -1, int(band[2])-darker)
		}
	}
	// Plans that begin inside a block get a dashed line where they begin.
	for _, p := range v.r.Plans[1:] {
		i := v.weekIdx[p.FirstWeek]
		if !reportStartsBlock(v.r, p.FirstWeek) {
			d.f.SetDashPattern([]float64{0.8, 0.6}, 0)
			d.rule(a.weekLeft(i), py0, a.weekLeft(i), py1, 0.3, 90)
			d.f.SetDashPattern([]float64{}, 0)
		}
	}
	for _, b := range v.r.Blocks[1:] {
		bx := a.weekLeft(v.weekIdx[b.FirstWeek])
		d.rule(bx, py0, bx, py1, 0.3, 120)
	}
}

func reportStartsBlock(r *report.Report, week int) bool {
	for _, b := range r.Blocks {
		if b.FirstWeek == week {
			return true
		}
	}
	return false
}

// blockStrip writes a line over each block, fitted to its width, or
// nothing where even small type does not fit.
func (d *doc) blockStrip(v *reportView, a reportAxis, y float64, st style, min float64, say func(report.Block) string) {
	for _, b := range v.r.Blocks {
		s := say(b)
		if s == "" {
			continue
		}
		bx0, bx1 := a.weekLeft(v.weekIdx[b.FirstWeek]), a.weekLeft(v.weekIdx[b.LastWeek]+1)
		bw := bx1 - bx0 - 1
		size := d.fitSize(s, bw, st, min)
		if d.measure(s, st.sized(size)) > bw {
			continue
		}
		d.textCenter(bx0+0.5, y, bw, s, st.sized(size))
	}
}

// steerStrip writes over each block how it began, on one line, or on
// two in small type where a narrow block needs them (a year's chain), or
// not at all where even that does not fit. It returns the height used.
func (d *doc) steerStrip(v *reportView, a reportAxis, y float64, st style) float64 {
	const small = 6.0
	type label struct {
		x, w  float64
		lines []string
		st    style
	}
	var labels []label
	rows := 1
	for _, b := range v.r.Blocks {
		s := v.r.Began(b, v.say)
		bx0, bx1 := a.weekLeft(v.weekIdx[b.FirstWeek]), a.weekLeft(v.weekIdx[b.LastWeek]+1)
		bw := bx1 - bx0 - 1
		if size := d.fitSize(s, bw, st, small); d.measure(s, st.sized(size)) <= bw {
			labels = append(labels, label{bx0 + 0.5, bw, []string{s}, st.sized(size)})
			continue
		}
		lines, cut := d.wrapHard(s, bw, st.sized(small))
		if cut || len(lines) > 2 {
			continue
		}
		labels = append(labels, label{bx0 + 0.5, bw, lines, st.sized(small)})
		rows = max(rows, len(lines))
	}
	h := st.lh()
	if rows > 1 {
		h = 2 * st.sized(small).lh()
	}
	for _, l := range labels {
		for i, line := range l.lines {
			d.textCenter(l.x, y+float64(i)*l.st.lh(), l.w, line, l.st)
		}
	}
	return h
}

// weekAxis writes the week numbers under a plot, as many as fit.
func (d *doc) weekAxis(v *reportView, a reportAxis, x, y float64) {
	st := style{size: 7.5, gray: 40}
	labW := 0.0
	for _, wk := range v.r.Weeks {
		labW = max(labW, d.measure(strconv.Itoa(wk.Week), st)+1.5)
	}
	every := labelEvery(a.n, a.pitch, labW)
	for i, wk := range v.r.Weeks {
		if (i+1)%every != 0 && !(i == 0 && every > 1 && float64(every-1)*a.pitch >= labW) {
			continue
		}
		s := strconv.Itoa(wk.Week)
		tw := d.measure(s, st)
		d.text(a.weekMid(i)-tw/2, y, s, st, a.pitch*float64(every))
	}
	wl := v.say.Say("week")
	d.text(x, y, wl, st.sized(d.fitSize(wl, repYAxisW-1, st, 5)), repYAxisW-1)
}

// The pain rule's bands (README rule 15) on the 0-10 scale, each reaching
// half a point past its scores, and their greys: the higher, the darker.
func reportBands(say *locale.Language) []struct {
	from, to int
	gray     int
	words    string
} {
	return []struct {
		from, to int
		gray     int
		words    string
	}{
		{0, planner.PainCarryOn, 252, say.Say("carry on")},
		{planner.PainCarryOn + 1, planner.PainWatch, 234, say.Say("fine if gone by morning")},
		{planner.PainStepBack, planner.PainStop - 1, 214, say.Say("go back a week")},
		{planner.PainStop, 10, 190, say.Say("stop, get checked")},
	}
}

// sorenessChart draws every evening's score as a dot and each week's
// average as a heavy line over the pain rule's bands, the blocks shaded
// in turn with how each began written over it.
func (d *doc) sorenessChart(v *reportView, a reportAxis, x, y, w, h float64) {
	say := v.say
	top := y
	y += d.chartHead(x, y, w, say.Say("Evening soreness"),
		say.Say("0 = none, 10 = the worst. Dots: each evening scored. Heavy line: the average of each week."))
	stripSt := style{size: 8.5, bold: true}
	steerSt := style{size: 8, gray: 30}
	d.blockStrip(v, a, y, stripSt, 5.5, func(b report.Block) string { return say.Sayf("Block %d", b.Block) })
	y += stripSt.lh()
	y += d.steerStrip(v, a, y, steerSt) + 0.8
	axisH := 3.6
	py0, py1 := y, top+h-axisH
	yOf := func(s float64) float64 { return py1 - (s+0.5)/11*(py1-py0) }

	var bands [][3]float64
	for _, b := range reportBands(say) {
		bands = append(bands, [3]float64{yOf(float64(b.to) + 0.5), yOf(float64(b.from) - 0.5), float64(b.gray)})
	}
	d.blockShade(v, a, py0, py1, bands)
	// A plan that begins inside a block says how it began beside its
	// dashed line, at the top of the plot.
	for k, p := range v.r.Plans {
		if k == 0 || p.Steer == "" || reportStartsBlock(v.r, p.FirstWeek) {
			continue
		}
		px := a.weekLeft(v.weekIdx[p.FirstWeek]) + 0.8
		room := a.x1 - px
		if k+1 < len(v.r.Plans) {
			room = a.weekLeft(v.weekIdx[v.r.Plans[k+1].FirstWeek]) - px - 0.8
		}
		words := report.SteerWords(p.Steer, say)
		st := style{size: 7, gray: 30}
		if size := d.fitSize(words, room, st, 5); d.measure(words, st.sized(size)) <= room {
			d.text(px, py0+0.5, words, st.sized(size), room)
		}
	}
	tick := style{size: 7.5, gray: 40}
	for s := 0; s <= 10; s += 2 {
		yy := yOf(float64(s))
		d.rule(a.x0, yy, a.x1, yy, 0.12, 175)
		t := strconv.Itoa(s)
		d.text(a.x0-1.2-d.measure(t, tick), yy-tick.lh()/2, t, tick, repYAxisW-1.2)
	}
	// Band labels on the right: the scores, and beside them what the
	// pain rule says, in type small enough to stay within the band.
	lx, lw := a.x1+1.5, repLabelW-1.5
	numSt := style{size: 8, bold: true}
	const numW = 8.0
	for _, b := range reportBands(say) {
		by0, by1 := yOf(float64(b.to)+0.5), yOf(float64(b.from)-0.5)
		wordSt := style{size: 7.5, gray: 30}
		lines := d.wrap(b.words, lw-numW, wordSt)
		for wordSt.size > 5.5 && float64(len(lines))*wordSt.lh() > by1-by0 {
			wordSt.size -= 0.5
			lines = d.wrap(b.words, lw-numW, wordSt)
		}
		bh := max(numSt.lh(), float64(len(lines))*wordSt.lh())
		ly := (by0+by1)/2 - bh/2
		d.text(lx, ly, fmt.Sprintf("%d–%d", b.from, b.to), numSt, numW)
		for i, l := range lines {
			d.text(lx+numW, ly+float64(i)*wordSt.lh()+(numSt.lh()-wordSt.lh())/2, l, wordSt, lw-numW)
		}
	}

	// Each evening a dot, in the column of its day.
	dayW := a.pitch / 7
	r := min(0.75, max(0.3, dayW*0.42))
	d.f.SetFillColor(70, 70, 70)
	for _, e := range v.r.Evenings {
		t, err := parseDate(e.Date)
		if err != nil {
			continue
		}
		day := int(t.Sub(v.start).Hours()/24 + 0.5)
		cx, cy := a.x0+(float64(day)+0.5)*dayW, yOf(float64(e.Score))
		if d.finite("an evening", cx, cy) {
			d.f.Circle(cx, cy, r, "F")
		}
	}
	// Each week's average: a heavy line through the weeks scored, a ring
	// on each, so that a week alone between gaps still shows.
	d.f.SetLineCapStyle("round")
	d.f.SetLineJoinStyle("round")
	var prev *[2]float64
	for i, wk := range v.r.Weeks {
		if wk.Average == nil {
			prev = nil
			continue
		}
		pt := [2]float64{a.weekMid(i), yOf(*wk.Average)}
		if prev != nil {
			d.rule(prev[0], prev[1], pt[0], pt[1], 1.1, 0)
		}
		prev = &pt
	}
	for i, wk := range v.r.Weeks {
		if wk.Average == nil {
			continue
		}
		cx, cy := a.weekMid(i), yOf(*wk.Average)
		if d.finite("a week's average", cx, cy) {
			d.f.SetFillColor(255, 255, 255)
			d.f.SetDrawColor(0, 0, 0)
			d.f.SetLineWidth(0.6)
			d.f.Circle(cx, cy, min(1.3, max(0.6, a.pitch*0.2)), "FD")
		}
	}
	d.f.SetLineCapStyle("butt")
	d.f.SetLineJoinStyle("miter")
	d.rule(a.x0, py1, a.x1, py1, 0.35, 0)
	d.rule(a.x0, py0, a.x0, py1, 0.35, 0)
	d.weekAxis(v, a, x, py1+0.5)
}

// sessionsChart draws the sessions done each week as bars inside the
// sessions planned, the ones not logged hatched, with the share done in
// each block written over it.
func (d *doc) sessionsChart(v *reportView, a reportAxis, x, y, w, h float64) {
	say := v.say
	top := y
	y += d.chartHead(x, y, w, say.Say("Sessions done each week"),
		say.Say("Black: done. Hatched: not logged. Outline: planned. Over each block: the share done so far."))
	pctSt := style{size: 10, bold: true}
	d.blockStrip(v, a, y, pctSt, 6, func(b report.Block) string {
		if b.DonePercent == nil || b.SessionsLogged == 0 {
			return ""
		}
		return strconv.Itoa(*b.DonePercent) + "%"
	})
	y += pctSt.lh() + 0.5
	axisH := 3.6
	py0, py1 := y, top+h-axisH
	most := 1
	for _, wk := range v.r.Weeks {
		most = max(most, wk.Sessions)
	}
	yOf := func(n float64) float64 { return py1 - n/float64(most)*(py1-py0) }
	d.blockShade(v, a, py0, py1, [][3]float64{{py0, py1, 252}})
	tick := style{size: 7.5, gray: 40}
	// The top of the scale only: the bars stand on the axis, and the
	// week numbers under it keep their room.
	yy := yOf(float64(most))
	d.rule(a.x0, yy, a.x1, yy, 0.12, 175)
	d.text(a.x0-1.2-d.measure(strconv.Itoa(most), tick), yy-tick.lh()/2, strconv.Itoa(most), tick, repYAxisW-1.2)
	bw := min(a.pitch*0.64, 9)
	for i, wk := range v.r.Weeks {
		if wk.Sessions == 0 {
			continue
		}
		bx := a.weekMid(i) - bw/2
		done := wk.SessionsDone
		notLogged := float64(wk.SessionsSoFar - wk.SessionsLogged)
		if done > 0 {
			d.box(bx, yOf(done), bw, py1-yOf(done), 0, -1, 0)
		}
		if notLogged > 0 {
			d.hatch(bx, yOf(done+notLogged), bw, yOf(done)-yOf(done+notLogged), 1.0, 60)
		}
		d.box(bx, yOf(float64(wk.Sessions)), bw, py1-yOf(float64(wk.Sessions)), 0.3, 60, -1)
	}
	d.rule(a.x0, py1, a.x1, py1, 0.35, 0)
	d.weekAxis(v, a, x, py1+0.5)
	// The label column says the scale in words.
	lx, lw := a.x1+1.5, repLabelW-1.5
	s := say.Sayf("%d a week at most", most)
	d.text(lx, py0, s, style{size: 7.5, gray: 30}.sized(d.fitSize(s, lw, style{size: 7.5}, 5)), lw)
}

// The marks of the task lines, so they differ in black and white: a
// solid line with dots, a dashed line with squares, a dotted line with
// rings.
var reportTaskDash = [][]float64{{}, {2.2, 1.2}, {0.5, 0.9}}

func (d *doc) taskMark(k int, cx, cy, s float64) {
	if !d.finite("a task's mark", cx, cy) {
		return
	}
	d.f.SetDrawColor(0, 0, 0)
	d.f.SetLineWidth(0.45)
	switch k % 3 {
	case 0:
		d.f.SetFillColor(0, 0, 0)
		d.f.Circle(cx, cy, s/2, "F")
	case 1:
		d.f.SetFillColor(0, 0, 0)
		d.f.Rect(cx-s/2, cy-s/2, s, s, "F")
	default:
		d.f.SetFillColor(255, 255, 255)
		d.f.Circle(cx, cy, s/2, "FD")
	}
}

// tasksChart draws one line per task, 0 to 10 across the weeks, each
// named in the person's words where it ends.
func (d *doc) tasksChart(v *reportView, a reportAxis, x, y, w, h float64) {
	say := v.say
	top := y
	y += d.chartHead(x, y, w, say.Say("How you manage your tasks"),
		say.Say("Your own tasks, scored once a week: 0 = cannot do it, 10 = as well as before the pain."))
	y += 1.5
	axisH := 3.6
	py0, py1 := y, top+h-axisH
	yOf := func(s float64) float64 { return py1 - (s+0.5)/11*(py1-py0) }
	d.blockShade(v, a, py0, py1, [][3]float64{{py0, py1, 252}})
	tick := style{size: 7.5, gray: 40}
	for s := 0; s <= 10; s += 5 {
		yy := yOf(float64(s))
		d.rule(a.x0, yy, a.x1, yy, 0.12, 175)
		t := strconv.Itoa(s)
		d.text(a.x0-1.2-d.measure(t, tick), yy-tick.lh()/2, t, tick, repYAxisW-1.2)
	}
	n := len(v.charted)
	off := func(k int) float64 { return (float64(k) - float64(n-1)/2) * min(a.pitch*0.18, 1.4) }
	mark := min(2.4, max(1.2, a.pitch*0.35))
	for k, t := range v.charted {
		d.f.SetDashPattern(reportTaskDash[k%3], 0)
		for i := 1; i < len(t.scores); i++ {
			p, q := t.scores[i-1], t.scores[i]
			d.rule(a.weekMid(v.weekIdx[p.Week])+off(k), yOf(float64(p.Score)), a.weekMid(v.weekIdx[q.Week])+off(k), yOf(float64(q.Score)), 0.7, 0)
		}
		d.f.SetDashPattern([]float64{}, 0)
		for _, s := range t.scores {
			d.taskMark(k, a.weekMid(v.weekIdx[s.Week])+off(k), yOf(float64(s.Score)), mark)
		}
	}
	d.rule(a.x0, py1, a.x1, py1, 0.35, 0)
	d.rule(a.x0, py0, a.x0, py1, 0.35, 0)
	d.weekAxis(v, a, x, py1+0.5)

	// Each task's name where its line ends, pushed apart so none
	// overlaps, within the plot's height.
	lx, lw := a.x1+1.5, repLabelW-1.5
	const markW = 4.0
	type label struct {
		k     int
		lines []string
		st    style
		want  float64
		y, h  float64
	}
	// One size for every name: the largest that keeps each to two
	// lines, down to 6 pt.
	st := style{size: 8.5, bold: true}
	for st.size > 6 {
		fits := true
		for _, t := range v.charted {
			fits = fits && len(d.wrap(t.name, lw-markW, st)) <= 2
		}
		if fits {
			break
		}
		st.size -= 0.5
	}
	var labels []label
	for k, t := range v.charted {
		lines := d.wrap(t.name, lw-markW, st)
		last := t.scores[len(t.scores)-1]
		hh := float64(len(lines)) * st.lh()
		labels = append(labels, label{k: k, lines: lines, st: st, want: yOf(float64(last.Score)) - hh/2, h: hh})
	}
	// Top to bottom by where each wants to be; then push down, then up.
	order := make([]int, len(labels))
	for i := range order {
		order[i] = i
	}
	for i := 1; i < len(order); i++ {
		for j := i; j > 0 && labels[order[j]].want < labels[order[j-1]].want; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	yy := py0 - 3
	for _, i := range order {
		labels[i].y = max(labels[i].want, yy)
		yy = labels[i].y + labels[i].h + 0.6
	}
	floor := py1 + 3
	for j := len(order) - 1; j >= 0; j-- {
		l := &labels[order[j]]
		l.y = min(l.y, floor-l.h)
		floor = l.y - 0.6
	}
	for _, l := range labels {
		d.taskMark(l.k, lx+1.5, l.y+l.st.lh()/2, 2.2)
		for i, s := range l.lines {
			d.text(lx+markW, l.y+float64(i)*l.st.lh(), s, l.st, lw-markW)
		}
	}
}

// reportNumbers draws page 2: any sentences page 1 had no room for, the
// numbers by block, the function scores week by week, how each plan
// began and the pain rule. The type is the largest, from 9.5 pt down to
// 7.5 pt, that keeps it to one page; a longer chain than a year's flows
// on to more.
func (d *doc) reportNumbers(v *reportView) {
	say := v.say
	x, w := d.left(), d.width()
	title := repHead.sized(16)
	body := style{size: 9.5}
	room := d.paper.h - 2*margin - footerH - title.lh() - 2
	height := func(us []unit) float64 {
		h := 0.0
		for _, u := range us {
			h += u.h
		}
		return h
	}
	for body.size > 7.5 && height(d.numbersUnits(v, w, body)) > room {
		body.size -= 0.5
	}
	var y float64
	page := func() {
		d.newPage(false)
		y = d.top()
		d.text(x, y, say.Say("In numbers"), title, w)
		y += title.lh() + 2
	}
	page()
	for _, u := range d.numbersUnits(v, w, body) {
		if y+u.h > d.bottom()+eps {
			page()
		}
		u.draw(x, y, w)
		y += u.h
	}
}

// numbersUnits are the pieces of page 2 in body type, each never split: a
// heading goes with what follows it.
func (d *doc) numbersUnits(v *reportView, w float64, body style) []unit {
	say := v.say
	head := style{size: body.size + 2, bold: true}
	heading := func(s string) unit {
		st := head.sized(d.fitSize(s, w, head, 7))
		return unit{h: st.lh() + 0.5, draw: func(x, y, w float64) { d.text(x, y, s, st, w) }}
	}
	para := func(s string, st style, indent float64, bullet bool) unit {
		h := d.paraHeight(w-indent, s, st) + 0.8
		return unit{h: h, draw: func(x, y, w float64) {
			if bullet {
				d.text(x+0.8, y, "•", st, indent-0.8)
			}
			d.para(x+indent, y, w-indent, s, st)
		}}
	}
	var out []unit
	section := func(h unit, us []unit) {
		if len(us) == 0 {
			return
		}
		out = append(out, glue(h, us[0]))
		out = append(out, us[1:]...)
		out = append(out, gap(3))
	}

	var us []unit
	for _, s := range v.sentences {
		us = append(us, para(s, body, 5, true))
	}
	section(heading(say.Say("What the numbers say (continued)")), us)

	cols, rows := v.r.BlockTable(say)
	section(heading(say.Say("Blocks")), d.reportTable(w, cols, rows, body))

	us = nil
	for _, t := range v.tasks {
		us = append(us, para(t.series, body, 0, false))
	}
	section(heading(say.Say("Function scores (0 = cannot do it, 10 = as well as before the pain)")), us)

	us = nil
	for _, s := range v.whys {
		us = append(us, para(s, body, 0, false))
	}
	section(heading(say.Say("How each plan began")), us)

	us = nil
	for _, b := range planner.PainRule(say) {
		band := fmt.Sprintf("%d–%d", b.From, b.To)
		u := para(b.Say, body, 16, false)
		us = append(us, unit{h: u.h, draw: func(x, y, w float64) {
			d.text(x, y, band, body.reportBold(), 14)
			u.draw(x, y, w)
		}})
	}
	section(heading(say.Say("The pain rule, on the evening score")), us)

	end := say.Say("The warning signs on your plan still apply: if one appears, stop and see someone.")
	if v.missing {
		end += " " + say.Say("Some characters could not be printed with the embedded font and show as ?.")
	}
	out = append(out, para(end, body.withItalic(), 0, false))
	return out
}

func (s style) reportBold() style { s.bold, s.italic = true, false; return s }

// reportTable makes a table's units: the header row with a rule under
// it, then a row each, columns as wide as their widest cell and the
// spare width shared out; too wide, every column gives up its share and
// a cell that no longer fits takes smaller type.
func (d *doc) reportTable(w float64, cols []string, rows [][]string, st style) []unit {
	hst := st.reportBold().sized(st.size - 1)
	widths := make([]float64, len(cols))
	for i, c := range cols {
		widths[i] = d.measure(c, hst) + 2.5
	}
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], d.measure(c, st)+2.5)
		}
	}
	total := 0.0
	for _, cw := range widths {
		total += cw
	}
	if total > w {
		for i := range widths {
			widths[i] *= w / total
		}
	} else {
		for i := range widths {
			widths[i] += (w - total) / float64(len(widths))
		}
	}
	lines := 1
	for i, c := range cols {
		lines = max(lines, len(d.wrap(c, widths[i]-1.5, hst)))
	}
	out := []unit{{h: float64(lines)*hst.lh() + 1.6, draw: func(x, y, w float64) {
		cx := x
		for i, c := range cols {
			d.para(cx, y, widths[i]-1.5, c, hst)
			cx += widths[i]
		}
		yy := y + float64(lines)*hst.lh() + 1
		d.rule(x, yy, x+w, yy, 0.4, 0)
	}}}
	for _, r := range rows {
		out = append(out, unit{h: st.lh() + 0.6, draw: func(x, y, w float64) {
			cx := x
			for i, c := range r {
				d.text(cx, y, c, st.sized(d.fitSize(c, widths[i]-1.5, st, 5)), widths[i]-1.5)
				cx += widths[i]
			}
			d.rule(x, y+st.lh()+0.3, x+w, y+st.lh()+0.3, 0.15, 190)
		}})
	}
	return out
}
