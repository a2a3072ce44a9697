package pdf

import (
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

// TestPlanPDFSizes holds the PDF of the default plan to the sizes the
// README promises: a 4-week plan under 75 KiB, a 52-week one under
// 450 KiB, on both papers and in both languages. The forms (the soreness
// scales, patterns and figures written once) and the stripped fonts are
// what keep them there.
func TestPlanPDFSizes(t *testing.T) {
	for _, c := range []struct {
		weeks int
		limit int
	}{{4, 75 << 10}, {52, 450 << 10}} {
		p := planner.DefaultProfile()
		p.Start, p.Weeks = "2026-11-30", c.weeks
		plan, err := planner.Make(catalog.Default(), p)
		if err != nil {
			t.Fatal(err)
		}
		for _, paper := range papersUnderTest {
			for _, lang := range planner.Langs {
				var n countWriter
				if err := Write(&n, plan, Options{Paper: paper, Lang: string(lang)}); err != nil {
					t.Fatal(err)
				}
				if int(n) > c.limit {
					t.Errorf("%d weeks, %s, %s: the PDF is %.1f KiB, more than %d KiB", c.weeks, paper, lang, float64(n)/1024, c.limit>>10)
				}
				t.Logf("%d weeks, %s, %s: %.1f KiB", c.weeks, paper, lang, float64(n)/1024)
			}
		}
	}
}
