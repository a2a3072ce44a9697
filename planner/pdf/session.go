package pdf

import (
	"fmt"

	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// The look of each kind of day, told apart without colour: activation is
// solid grey, recovery hatched, a primer dotted, rest plain white, and a gym
// day carries a black bar on its left edge. Every cell also carries a word
// or a letter, explained in the legend.

// paintSession fills a cell in the style of its session; it reports whether
// text on it needs a white backing to stay readable.
func (d *doc) paintSession(x, y, w, h float64, s planner.Session, gym bool) (busy bool) {
	switch s {
	case planner.ActivationSession:
		d.box(x, y, w, h, 0, -1, 200)
	case planner.RecoverySession:
		// Patterns are many small strokes: each size of cell is written
		// once as a form, however many cells a page has.
		d.stamp(fmt.Sprintf("hatch %.4f %.4f", w, h), x, y, w, h, func() {
			d.hatch(0, 0, w, h, 1.6, 130)
		})
		busy = true
	case planner.PrimerSession:
		d.stamp(fmt.Sprintf("dots %.4f %.4f", w, h), x, y, w, h, func() {
			d.box(0, 0, w, h, 0, -1, 242)
			d.dots(0, 0, w, h, 1.3, 90)
		})
		busy = true
	}
	if gym {
		d.box(x, y, gymBar(w), h, 0, -1, 0)
	}
	return busy
}

// gymBar is the width of the black bar that marks a gym day.
func gymBar(w float64) float64 { return min(2.2, w*0.12) }

// chipText draws s with a white backing when the ground is busy.
func (d *doc) chipText(x, y float64, s string, st style, limit float64, busy bool) {
	if busy {
		w := d.measure(s, st)
		d.box(x-0.6, y+0.15, w+1.2, st.lh()-0.3, 0, -1, 255)
	}
	d.text(x, y, s, st, limit)
}

// legendEntry is one kind of day in a legend.
type legendEntry struct {
	session planner.Session
	gym     bool // the bar of the person's own training, without a code
	label   string
	// mark, when set, is a letter beside the week numbers rather than a
	// kind of day: it is printed alone, without a cell.
	mark string
}

// legendEntries are the kinds of day the calendar shows, in a fixed order:
// the sessions the plan holds, the person's own training, rest.
func (d *doc) legendEntries() []legendEntry {
	has := map[planner.Session]bool{}
	for _, wk := range d.m.weeks {
		for _, day := range wk.days {
			has[day.session] = true
		}
	}
	var es []legendEntry
	recovery := locale.Key("Recovery (release, mobility)")
	if !d.m.release() {
		// No release in the plan (no roller or ball): the legend does not
		// promise it (English physio reading 14).
		recovery = locale.Key("Recovery (stretches, gentle movement)")
	}
	for _, e := range []legendEntry{
		{session: planner.ActivationSession, label: locale.Key("Activation")},
		{session: planner.RecoverySession, label: recovery},
		{session: planner.PrimerSession, label: locale.Key("Primer")},
	} {
		if has[e.session] {
			es = append(es, legendEntry{session: e.session, label: d.say.Say(e.label)})
		}
	}
	if len(d.m.kinds) > 0 {
		es = append(es, legendEntry{session: planner.RestDay, gym: true, label: capitalize(d.say.Sayf("your %s", ownTraining(d.say, d.m.kinds)))})
	}
	es = append(es, legendEntry{session: planner.RestDay, label: d.say.Say("Rest")})
	for _, wk := range d.m.weeks {
		if wk.deload {
			// The letter beside a lighter week's number.
			return append(es, legendEntry{label: d.say.Say("lighter week"), mark: d.deloadMark()})
		}
	}
	return es
}

// legendUnit lays out the legend in as many lines as the width needs.
func (d *doc) legendUnit(w float64) unit {
	st := style{size: 8}
	code := style{size: 7.5, bold: true}
	const sw, sh, pad = 7.0, 4.2, 5.0
	type placed struct {
		e    legendEntry
		x, y float64
	}
	var ps []placed
	x, y := 0.0, 0.0
	for _, e := range d.legendEntries() {
		ew := sw + 1.5 + d.measure(e.label, st)
		if x > 0 && x+ew > w {
			x, y = 0, y+sh+1.5
		}
		ps = append(ps, placed{e, x, y})
		x += ew + pad
	}
	return unit{h: y + sh, draw: func(x0, y0, _ float64) {
		for _, p := range ps {
			x, y := x0+p.x, y0+p.y
			if p.e.mark != "" {
				cw := d.measure(p.e.mark, code)
				d.text(x+sw-cw-1.0, y+(sh-code.lh())/2, p.e.mark, code, sw)
				d.text(x+sw+1.5, y+(sh-st.lh())/2, p.e.label, st, min(d.measure(p.e.label, st), w))
				continue
			}
			busy := d.paintSession(x, y, sw, sh, p.e.session, p.e.gym)
			d.box(x, y, sw, sh, 0.2, 110, -1)
			if !p.e.gym {
				c := sessionCode(d.say, p.e.session)
				cw := d.measure(c, code)
				d.chipText(x+sw-cw-1.0, y+(sh-code.lh())/2, c, code, sw, busy)
			}
			d.text(x+sw+1.5, y+(sh-st.lh())/2, p.e.label, st, min(d.measure(p.e.label, st), w))
		}
	}}
}
