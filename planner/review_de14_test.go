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
		knee    = "Not planned with gluteal tendinopathy: a foot on the other knee pulls the tendons at the side of the hip taut over the bony point there and squeezes them."
		side    = "Not planned with gluteal tendinopathy: lying on the side presses on the lower hip, and the upper leg sinks across the body; both squeeze the tendons."
		plank   = "Not planned with gluteal tendinopathy: the lower hip's abductors hold up much of the body's weight, too much load too early for irritated tendons."
		roller  = "Not planned with gluteal tendinopathy: lying on a roller at the side of the hip presses on the tendons there."
		presses = "Not planned with gluteal tendinopathy: it presses on the tendons at the side of the hip."
		later   = "Not in the first block with gluteal tendinopathy: standing on one leg loads the tendons at the side of the hip."
		pigeon  = "Not planned with gluteal tendinopathy: the front hip lies bent and turned out on its outer side, pressing the tendons onto the bony point there."
		piri    = "Not planned with piriformis syndrome"
		stairs  = piri + ": stepping up and down, as on stairs, often brings the pain on."
		deep    = piri + ": a deep stretch can irritate the muscle and the nerve beside it."
	)
	for _, c := range []struct {
		id   string
		want []string
	}{
		{"supine-figure-four-hold", []string{knee}},
		{"seated-figure-four-stretch", []string{knee}},
		{"leg-swings-side", []string{crosses}},
		{"seated-ball-piriformis-release", []string{knee}},
		{"foam-roll-glutes", []string{knee}},
		{"clamshell", []string{side}},
		{"banded-clamshell", []string{side}},
		{"side-plank-knees", []string{plank}},
		{"foam-roll-tfl", []string{roller}},
		{"wall-ball-glute-medius-release", []string{presses}},
		{"pigeon-stretch", []string{pigeon, deep}}, // thirty-eighth reading: not the crossing leg's reason
		{"step-up", []string{later, stairs}},
		{"step-down", []string{later, stairs}},
		// Rule 9 keeps one-leg standing out of the first block
		// (forty-fifth reading: the one-leg stand's card said nothing).
		{"single-leg-balance", []string{later}},
		{"standing-hip-hike", []string{later}},
		{"hip-circles", []string{later}},
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
		if got, want := len(plan.EffortRisesIn(wk)) > 0, wk.Week == 2; got != want {
			t.Errorf("week %d: effort alone rises %v, want %v", wk.Week, got, want)
		}
	}
	// The week page names the exercises whose effort rises (thirty-sixth
	// German reading): the two tendon holds, in the order of the week,
	// and none of the stretches or the ball release beside them.
	if got, want := plan.EffortRisesIn(plan.Weeks[1]), []string{"glute-bridge-hold", "isometric-wall-hip-abduction"}; !slices.Equal(got, want) {
		t.Errorf("week 2: effort rises in %q, want %q", got, want)
	}
	// Independently: each named exercise has an effort line in week 2
	// unlike its line in week 1.
	effort := func(wk planner.Week, id string) string {
		for _, d := range wk.Days {
			for _, it := range d.Items {
				if it.Exercise == id {
					return it.Effort
				}
			}
		}
		return ""
	}
	for _, id := range plan.EffortRisesIn(plan.Weeks[1]) {
		if e1, e2 := effort(plan.Weeks[0], id), effort(plan.Weeks[1], id); e1 == e2 || e2 == "" {
			t.Errorf("%s: effort %q in week 1 and %q in week 2, said to rise", id, e1, e2)
		}
	}
}

// TestStairsNote checks where the stairs advice goes (rule 9, twenty-first
// German reading): it is a note of its own for either condition, and the
// piriformis note no longer carries it, so it never reads as belonging to
// one condition alone; a person with neither condition gets none.
func TestStairsNote(t *testing.T) {
	const stairs = "If stairs bring the pain on"
	for _, c := range []struct {
		name       string
		conditions []planner.Condition
		want       int
	}{
		{"none", nil, 0},
		{"tendinopathy", []planner.Condition{planner.GlutealTendinopathy}, 1},
		{"piriformis", []planner.Condition{planner.PiriformisSyndrome}, 1},
		{"both", []planner.Condition{planner.GlutealTendinopathy, planner.PiriformisSyndrome}, 1},
	} {
		p := planner.DefaultProfile()
		p.Start, p.Conditions = "2026-12-07", c.conditions
		plan, err := planner.Make(catalog.Default(), p)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		n := 0
		for _, w := range plan.Warnings {
			if strings.HasPrefix(w, stairs) {
				n++
			}
			if strings.HasPrefix(w, "Piriformis syndrome") && strings.Contains(w, "stairs") {
				t.Errorf("%s: the piriformis note speaks of stairs: %q", c.name, w)
			}
		}
		if n != c.want {
			t.Errorf("%s: %d stairs notes, want %d", c.name, n, c.want)
		}
	}
}

// TestTendonCheckPlace checks where the pain limit of the tendon holds
// looks (rule 9, twentieth and twenty-first German readings): at the side
// of the hip, and deep in the buttock too when the person has piriformis
// syndrome as well.
func TestTendonCheckPlace(t *testing.T) {
	hold, ok := catalog.Default().ByID("isometric-wall-hip-abduction")
	if !ok {
		t.Fatal("isometric-wall-hip-abduction: not in the default catalog")
	}
	for _, c := range []struct {
		lang       *locale.Language
		conditions []planner.Condition
		want       string
		not        string
	}{
		{locale.English, []planner.Condition{planner.GlutealTendinopathy}, "Pain at the side of the hip during a hold", "buttock"},
		{locale.English, []planner.Condition{planner.GlutealTendinopathy, planner.PiriformisSyndrome}, "Pain at the side of the hip or deep in the buttock during a hold", ""},
		{locale.In("de"), []planner.Condition{planner.GlutealTendinopathy}, "Schmerzen an der Hüftaußenseite (Schmerz, nicht Anstrengung)", "Gesäß"},
		{locale.In("de"), []planner.Condition{planner.GlutealTendinopathy, planner.PiriformisSyndrome}, "Schmerzen an der Hüftaußenseite oder tief im Gesäß (Schmerz, nicht Anstrengung)", ""},
	} {
		got := planner.TendonCheck(c.lang, &hold, planner.Profile{Conditions: c.conditions})
		if !strings.HasPrefix(got, c.want) || c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("%s %v: %q, want it to begin %q", c.lang.Code, c.conditions, got, c.want)
		}
	}
}

// TestPiriformisReleaseAtTheWall: a plan for piriformis pain with a ball
// and a wall releases the buttock against the wall, not sitting on the
// ball (twenty-first and twenty-sixth German readings: the spot, the
// upper outer quarter of the buttock, is hard to reach on a chair, and
// whoever misses it sits on the sciatic nerve).
func TestPiriformisReleaseAtTheWall(t *testing.T) {
	plan, err := planner.Make(catalog.Default(), personaProfile(t, "tendinopathy-piriformis"))
	if err != nil {
		t.Fatal(err)
	}
	wall := 0
	for _, w := range plan.Weeks {
		for _, d := range w.Days {
			for _, it := range d.Items {
				switch it.Exercise {
				case "wall-ball-glute-release":
					wall++
				case "ball-glute-release-uncrossed", "seated-ball-piriformis-release":
					t.Errorf("week %d, %s: %s, a ball sat on", w.Week, d.Date, it.Exercise)
				}
			}
		}
	}
	if wall == 0 {
		t.Error("no session releases the buttock against the wall")
	}
}
