package pdf

import (
	"math"
	"testing"

	"github.com/gluteplan/gluteplan/planner"
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
		{"four and three", []dayView{day(5), day(0), day(5), day(0), day(5), day(5), day(0)}, []float64{45.40, 27, 45.40, 27, 45.40, 45.40, 27}},
		{"one session", []dayView{day(0), day(0), day(4), day(0), day(0), day(0), day(0)}, []float64{27, 27, 100.6, 27, 27, 27, 27}},
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
