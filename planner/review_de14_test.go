package planner_test

import (
	"slices"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// TestLeftOutNotes checks the notes the catalog sheet prints on the card
// of an entry a plan leaves out (rule 9, fourteenth German reading): the
// reason for gluteal tendinopathy fits the kind of entry (the leg across
// the middle of the body, lying on the side, pressure at the side of the
// hip), and the entries left out for piriformis syndrome say so too.
func TestLeftOutNotes(t *testing.T) {
	const (
		crosses = "Not planned with gluteal tendinopathy: the leg crosses the middle of the body, which squeezes the tendons at the side of the hip."
		side    = "Not planned with gluteal tendinopathy: lying on the side presses on the tendons at the side of the hip."
		presses = "Not planned with gluteal tendinopathy: it presses on the tendons at the side of the hip."
		piri    = "Not planned with piriformis syndrome."
	)
	for _, c := range []struct {
		id   string
		want []string
	}{
		{"supine-figure-four-hold", []string{crosses}},
		{"seated-figure-four-stretch", []string{crosses}},
		{"leg-swings-side", []string{crosses}},
		{"seated-ball-piriformis-release", []string{crosses}}, // a foot on the other knee
		{"foam-roll-glutes", []string{crosses}},
		{"clamshell", []string{side}},
		{"side-plank-knees", []string{side}},
		{"foam-roll-tfl", []string{side}},
		{"wall-ball-glute-medius-release", []string{presses}},
		{"pigeon-stretch", []string{crosses, piri}},
		{"step-up", []string{piri}},
		{"step-down", []string{piri}},
		{"knee-to-chest-piriformis-hold", nil},
		{"foam-roll-glutes-uncrossed", nil},
	} {
		e, ok := catalog.Default().ByID(c.id)
		if !ok {
			t.Fatalf("%s: not in the default catalog", c.id)
		}
		if got := planner.LeftOutNotes(locale.English, &e); !slices.Equal(got, c.want) {
			t.Errorf("%s: notes %q, want %q", c.id, got, c.want)
		}
	}
	// Every entry of the default catalog the catalog advises against for
	// piriformis syndrome gets its note, and no other.
	for _, e := range catalog.Default().Exercises {
		want := slices.Contains(e.Contraindications, catalog.PiriformisSyndrome)
		if got := slices.Contains(planner.LeftOutNotes(locale.English, &e), piri); got != want {
			t.Errorf("%s: says it is not planned with piriformis syndrome: %v, want %v", e.ID, got, want)
		}
	}
}
