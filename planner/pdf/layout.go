package pdf

// layout records what was drawn where, so tests can check the pages
// without looking at them: every text box stays inside the margins, no two
// text boxes on a page overlap, and no text was cut to fit.
type layout struct {
	pages []pageBox
	boxes []textBox
	paras []paragraph
	// discard says boxes and paras are not recorded (see doc.record), as
	// when a plan is written for a person; pages always are: the footers
	// need them.
	discard bool
}

// pageBox is the size and margin of one page, in millimetres.
type pageBox struct {
	w, h, margin float64
	landscape    bool
}

// textBox is one line of text as drawn: its page (from 1), top-left corner,
// measured width, line height, and the width it was allowed.
type textBox struct {
	page       int
	x, y, w, h float64
	limit      float64
	text       string
}

// paragraph is a text and the lines it was wrapped into; joined again they
// must give back every word.
type paragraph struct {
	text  string
	lines []string
}
