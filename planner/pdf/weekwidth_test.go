package pdf

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// TestDayWidths: on a week page, a day without exercises gives its width
// to the days that have them (German physiotherapists found the week
// pages' type too small for the fridge); a week all of one kind keeps
// even columns, and the widths always add up to the page's.
func TestDayWidths(t *testing.T) {
	day := func(items int) dayView { return dayView{items: make([]itemView, items)} }
	const w = 262.6
	for _, c := range []struct {
		name string
		days []dayView
		want []float64
	}{
		{"all sessions", []dayView{day(3), day(3), day(3), day(3), day(3), day(3), day(3)}, []float64{37.51, 37.51, 37.51, 37.51, 37.51, 37.51, 37.51}},
		{"all rest", []dayView{day(0), day(0), day(0), day(0), day(0), day(0), day(0)}, []float64{37.51, 37.51, 37.51, 37.51, 37.51, 37.51, 37.51}},
		{"four and three", []dayView{day(5), day(0), day(5), day(0), day(5), day(5), day(0)}, []float64{43.15, 30, 43.15, 30, 43.15, 43.15, 30}},
		{"one session", []dayView{day(0), day(0), day(4), day(0), day(0), day(0), day(0)}, []float64{30, 30, 82.6, 30, 30, 30, 30}},
	} {
		got := dayWidths(c.days, w)
		sum := 0.0
		for i := range got {
			sum += got[i]
			if math.Abs(got[i]-c.want[i]) > 0.01 {
				t.Errorf("%s: day %d is %.2f mm wide, want %.2f", c.name, i+1, got[i], c.want[i])
			}
		}
		if math.Abs(sum-w) > 1e-9 {
			t.Errorf("%s: the widths add up to %.2f mm, want %.2f", c.name, sum, w)
		}
	}
	// Two days on a page no wider than two narrow columns: even.
	if got := dayWidths([]dayView{day(2), day(0)}, 40); got[0] != 20 || got[1] != 20 {
		t.Errorf("a narrow page: widths %v, want 20 and 20", got)
	}
}

// TestWeekPageType: the items of the German tendinopathy plan's week
// pages, five a session day with long names, print at 8 pt or more on A4
// (7 pt before the days without exercises gave up their width), read
// back from the line height of the ball release's dose.
func TestWeekPageType(t *testing.T) {
	for lang, dose := range map[planner.Lang]string{planner.English: "60 s, each side", planner.German: "60 s, je Seite"} {
		plan := personaPlans(t, lang)["tendinopathy-piriformis"]
		_, lay, err := render(plan, Options{Paper: "a4"})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, b := range lay.boxes {
			if b.text != dose || !lay.pages[b.page-1].landscape {
				continue
			}
			n++
			if size := b.h / (ptMM * leading); size < 8-1e-9 {
				t.Errorf("%s: page %d prints the items at %.1f pt, want 8 or more", lang, b.page, size)
			}
		}
		if n == 0 {
			t.Errorf("%s: no week page doses %q", lang, dose)
		}
	}
}

// TestFigureExtras: a sheet card names what its figure shows the person
// using that the entry's equipment leaves out (thirty-ninth German
// reading: "Equipment: none" beside a chair held in the picture), and
// nothing an entry lists already.
func TestFigureExtras(t *testing.T) {
	for _, c := range []struct {
		id   string
		want []string
	}{
		{"leg-swings-front-back", []string{"a chair to hold on to"}},
		{"hip-circles", []string{"a wall to hold on to"}},
		{"isometric-wall-hip-abduction", []string{"a rolled-up towel or firm cushion"}}, // its chair: the wall is listed
		{"supported-single-leg-reach", nil},                                             // a chair or wall is listed
		{"glute-bridge", nil},
	} {
		e, ok := catalog.Default().ByID(c.id)
		if !ok {
			t.Fatalf("%s: not in the default catalog", c.id)
		}
		if got := figureExtras(locale.English, e); !slices.Equal(got, c.want) {
			t.Errorf("%s: %q, want %q", c.id, got, c.want)
		}
	}
}

// TestRecoveryWordsFollowThePlan: a plan without release work (no roller
// or ball) never calls its recovery days "release" (English physio
// reading 14: Sofia's legend and Wednesdays promised release she does
// not have); one with release work does, in English and German.
func TestRecoveryWordsFollowThePlan(t *testing.T) {
	for _, c := range []struct {
		persona string
		release bool
	}{
		{"runner-after-birth", false},
		{"desk-cyclist", true},
	} {
		for lang, word := range map[planner.Lang]string{planner.English: "release", planner.German: "Selbstmassage"} {
			plan := personaPlans(t, lang)[c.persona]
			_, lay, err := render(plan, Options{})
			if err != nil {
				t.Fatal(err)
			}
			recoveryWords := 0
			for _, b := range lay.boxes {
				if strings.Contains(b.text, "Recovery (") || strings.Contains(b.text, "Erholung (") || strings.Contains(b.text, ": release") || strings.Contains(b.text, ": Selbstmassage") {
					recoveryWords++
					if got := strings.Contains(b.text, word); got != c.release {
						t.Errorf("%s/%s: %q names release %v, want %v", c.persona, lang, b.text, got, c.release)
					}
				}
			}
			if recoveryWords == 0 && !c.release {
				t.Errorf("%s/%s: no recovery words found to check", c.persona, lang)
			}
		}
	}
}
