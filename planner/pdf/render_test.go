package pdf

import "github.com/gluteplan/gluteplan/planner"

// render makes the PDF and the record of its layout for the tests.
func render(p *planner.Plan, opts Options) (out []byte, lay *layout, err error) {
	return renderPlan(p, opts, true)
}
