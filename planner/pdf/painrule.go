package pdf

// painRuleBlock lays out the pain-monitoring rule (rule 15) from (x, y)
// in width w: each band on lines of its own, its range in bold before it,
// in cols columns filled row by row (0–3 and 4–5, then 6–7 and 8–10). It
// is the rule a person reads every evening, so it is upright type, never
// one running paragraph. With draw false it only measures; it returns the
// height used.
func (d *doc) painRuleBlock(x, y, w float64, cols int, st style, draw bool) float64 {
	bands := d.m.painRule
	if len(bands) == 0 {
		return 0
	}
	const colGap, rowGap = 5.0, 0.6
	label := st
	label.bold, label.italic = true, false
	labelW := 0.0
	for _, b := range bands {
		labelW = max(labelW, d.measure(b.label, label))
	}
	labelW += 1.8
	cols = max(1, min(cols, len(bands)))
	cw := (w - colGap*float64(cols-1)) / float64(cols)
	tw := cw - labelW
	h := 0.0
	for first := 0; first < len(bands); first += cols {
		rowH := 0.0
		for i := first; i < min(first+cols, len(bands)); i++ {
			bx := x + float64(i-first)*(cw+colGap)
			var lines []string
			if draw {
				lines = d.wrapRecorded(bands[i].say, tw, st)
				d.text(bx, y+h, bands[i].label, label, labelW)
				for li, l := range lines {
					d.text(bx+labelW, y+h+float64(li)*st.lh(), l, st, tw)
				}
			} else {
				lines = d.wrap(bands[i].say, tw, st)
			}
			rowH = max(rowH, float64(max(1, len(lines)))*st.lh())
		}
		h += rowH + rowGap
	}
	return h - rowGap
}
