package planner_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// TestLeftOutNotes checks the notes the catalog sheet prints on the card
// of an entry a plan leaves out (rule 9, fourteenth German reading): the
// reason for gluteal tendinopathy fits the kind of entry (the leg across
// the middle of the body, lying on the side, pressure at the side of the
// hip), and the entries left out for piriformis syndrome say so too, with
// the reason that fits a step or a deep stretch (fifteenth).
func TestLeftOutNotes(t *testing.T) {
	const (
		crosses = "Not planned with gluteal tendinopathy: the leg crosses the middle of the body, which squeezes the tendons at the side of the hip."
		side    = "Not planned with gluteal tendinopathy: lying on the side presses on the tendons at the side of the hip."
		presses = "Not planned with gluteal tendinopathy: it presses on the tendons at the side of the hip."
		piri    = "Not planned with piriformis syndrome"
		stairs  = piri + ": stepping up and down, as on stairs, often brings the pain on."
		deep    = piri + ": a deep stretch can irritate the muscle and the nerve beside it."
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
		{"pigeon-stretch", []string{crosses, deep}},
		{"step-up", []string{stairs}},
		{"step-down", []string{stairs}},
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
		if got := slices.ContainsFunc(planner.LeftOutNotes(locale.English, &e), func(n string) bool { return strings.HasPrefix(n, piri) }); got != want {
			t.Errorf("%s: says it is not planned with piriformis syndrome: %v, want %v", e.ID, got, want)
		}
	}
}

// TestPainStopKeepsBreaks checks the evening rule's 8–10 line in both
// languages (rule 15, fourteenth German reading): it stops the plan's
// exercises and sends the person to be checked, and says the movement
// breaks and walks may go on, which a reader could not tell before.
func TestPainStopKeepsBreaks(t *testing.T) {
	for _, c := range []struct {
		lang *locale.Language
		want []string
	}{
		{locale.English, []string{"Stop the plan's exercises", "get checked", "movement breaks and walks are fine if they do not make it worse"}},
		{locale.In("de"), []string{"Setzen Sie die Übungen des Plans aus", "abklären", "Bewegungspausen und Gehen sind erlaubt, wenn sie die Beschwerden nicht verstärken"}},
	} {
		rule := planner.PainRule(c.lang)
		last := rule[len(rule)-1]
		if last.From != planner.PainStop || last.To != 10 {
			t.Fatalf("%s: the last band is %d–%d, want %d–10", c.lang.Code, last.From, last.To, planner.PainStop)
		}
		for _, w := range c.want {
			if !strings.Contains(last.Say, w) {
				t.Errorf("%s: the %d–10 line %q does not say %q", c.lang.Code, planner.PainStop, last.Say, w)
			}
		}
	}
}

// TestEffortRises checks which weeks a week page says build by their
// effort alone (fifteenth German reading): week 2 of the tendinopathy
// persona's gentle start holds week 1's points while its holds go from
// light to moderate to strong, and only that week of its first block.
func TestEffortRises(t *testing.T) {
	plan, err := planner.Make(catalog.Default(), personaProfile(t, "tendinopathy-piriformis"))
	if err != nil {
		t.Fatal(err)
	}
	for _, wk := range plan.Weeks[:4] {
		if got, want := plan.EffortRises(wk), wk.Week == 2; got != want {
			t.Errorf("week %d: EffortRises %v, want %v", wk.Week, got, want)
		}
	}
}
