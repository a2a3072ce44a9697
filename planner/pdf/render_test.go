package pdf

import (
	"strings"

	"github.com/gluteplan/gluteplan/planner"
)

// render makes the PDF and the record of its layout for the tests.
func render(p *planner.Plan, opts Options) (out []byte, lay *layout, err error) {
	return renderPlan(p, opts, true)
}

// drawnText is the text a layout recorded, its lines run together with
// single spaces; lines broken after a hyphen ("Pelvic-" / "floor") join
// back without the space.
func drawnText(lay *layout) string {
	var b strings.Builder
	for _, x := range lay.boxes {
		b.WriteString(x.text + " ")
	}
	return strings.ReplaceAll(strings.Join(strings.Fields(b.String()), " "), "- ", "-")
}
