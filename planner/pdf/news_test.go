package pdf

import (
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/planner"
)

// TestNewFromThisWeek: the first week page of a new block names the
// exercises the block brings and those it leaves out (German readers
// missed the new warm-up of week 5, and one feared she would do both),
// and no other week page says so.
func TestNewFromThisWeek(t *testing.T) {
	plan := personaPlans(t, planner.German)["tendinopathy-piriformis"]
	_, lay, err := render(plan, Options{Paper: "a4"})
	if err != nil {
		t.Fatal(err)
	}
	text := drawnText(lay)
	const want = "Neu ab dieser Woche: „Beinpendeln vor und zurück“; nicht mehr dabei: „Hüftbeuger dehnen im Knien“."
	if n := strings.Count(text, "Neu ab dieser Woche"); n != 1 {
		t.Errorf("%d week pages name new exercises, want 1 (week 5)", n)
	}
	if !strings.Contains(text, want) {
		t.Errorf("the PDF does not say %q", want)
	}
}
