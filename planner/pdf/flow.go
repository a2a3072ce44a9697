package pdf

// unit is a piece of a page that is never split: a line, a heading with
// what must follow it, a box.
type unit struct {
	h    float64
	draw func(x, y, w float64)
}

// flow places units down one or more columns, starting a new column or page
// when the next unit does not fit.
type flow struct {
	d      *doc
	cols   int
	gap    float64
	col    int
	colTop float64 // where the columns start on the current page
	y      float64
	// newPage starts a page and returns where its columns start.
	newPage func() float64
	// freshTop is where the columns start on a continuation page.
	freshTop float64
	// limit, when not 0, is how many columns the current page offers
	// (the others hold something placed by hand).
	limit int
	// below, when set, gives for columns of the current page where they
	// start instead of colTop: under something placed by hand at their
	// top (the red flags beside the warnings on the overview).
	below map[int]float64
	// deepest is the lowest point reached on the current page, where one
	// column can go on under several.
	deepest float64
}

const eps = 1e-6

func (fl *flow) colW() float64 {
	return (fl.d.width() - fl.gap*float64(fl.cols-1)) / float64(fl.cols)
}

func (fl *flow) x() float64 { return fl.d.left() + float64(fl.col)*(fl.colW()+fl.gap) }

func (fl *flow) room() float64 { return fl.d.bottom() - fl.y }

// fullColumn is the height of a column on a continuation page.
func (fl *flow) fullColumn() float64 { return fl.d.bottom() - fl.freshTop }

func (fl *flow) advance() {
	if fl.col+1 < fl.cols && (fl.limit == 0 || fl.col+1 < fl.limit) {
		fl.col++
		fl.y = fl.colTop
		if y, ok := fl.below[fl.col]; ok {
			fl.y = max(fl.y, y)
		}
		return
	}
	fl.startPage(fl.newPage())
}

// startPage goes on at the top of a new page, its columns starting at top:
// after newPage, or on a page the caller has started itself.
func (fl *flow) startPage(top float64) {
	fl.colTop, fl.col, fl.y, fl.limit, fl.below, fl.deepest = top, 0, top, 0, nil, top
}

// space adds vertical space, unless at the top of a column.
func (fl *flow) space(h float64) {
	if fl.y > fl.colTop+eps {
		fl.y = min(fl.y+h, fl.d.bottom())
	}
}

// put places u, in the next column if it does not fit in this one.
func (fl *flow) put(u unit) {
	if u.h > fl.room()+eps && (fl.y > fl.colTop+eps || fl.colTop > fl.freshTop+eps) {
		fl.advance()
		if u.h > fl.room()+eps && fl.colTop > fl.freshTop+eps {
			// Columns that start below other content (a band at the foot
			// of the first page) can be too short for u: go to a new page.
			fl.col = fl.cols - 1
			fl.advance()
		}
	}
	u.draw(fl.x(), fl.y, fl.colW())
	fl.y += u.h
	fl.deepest = max(fl.deepest, fl.y)
}

// putTogether places us in one column when they fit in one; otherwise it
// fills this column and flows on, unit by unit. lead, if it has a height,
// goes first unless the units start a column (a rule between entries).
func (fl *flow) putTogether(us []unit, lead unit) {
	total := lead.h
	for _, u := range us {
		total += u.h
	}
	if total > fl.room()+eps && total-lead.h <= fl.fullColumn()+eps && (fl.y > fl.colTop+eps || fl.colTop > fl.freshTop+eps) {
		fl.advance()
	}
	if lead.h > 0 && fl.y > fl.colTop+eps {
		fl.put(lead)
	}
	for _, u := range us {
		fl.put(u)
	}
}

// glue joins units into one that is never split.
func glue(us ...unit) unit {
	h := 0.0
	for _, u := range us {
		h += u.h
	}
	return unit{h: h, draw: func(x, y, w float64) {
		for _, u := range us {
			u.draw(x, y, w)
			y += u.h
		}
	}}
}

// gap is a unit of empty space.
func gap(h float64) unit { return unit{h: h, draw: func(x, y, w float64) {}} }
