package planner

import (
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/planner/locale"
)

// TestRedFlagsLeg checks the leg's warning sign (rule 1): for everyone,
// tingling down the leg that does not fade; with piriformis syndrome,
// which can bring some of its own, only what is new or clearly worse.
func TestRedFlagsLeg(t *testing.T) {
	for _, tc := range []struct {
		conds     []Condition
		lang      *locale.Language
		want, not string
	}{
		{nil, locale.English, "spreads down the leg and does not fade", "new or clearly worse"},
		{[]Condition{GlutealTendinopathy}, locale.English, "spreads down the leg and does not fade", "new or clearly worse"},
		{[]Condition{PiriformisSyndrome}, locale.English, "new or clearly worse than you know it", "spreads down the leg"},
		{[]Condition{PiriformisSyndrome}, locale.German, "neu ist oder deutlich stärker als gewohnt", "ausstrahlt"},
	} {
		flags := strings.Join(RedFlags(tc.lang, Profile{Conditions: tc.conds}), "\n")
		if !strings.Contains(flags, tc.want) || strings.Contains(flags, tc.not) {
			t.Errorf("conditions %v: red flags\n%s\nwant %q, not %q", tc.conds, flags, tc.want, tc.not)
		}
	}
}
