package pdf

import (
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/planner/locale"
)

// TestNumbersKeepTheirUnits: a number stays on the line of its unit, both
// sides of a times or equals sign stay together, a hold stays with its
// time (second German review: "2 × 3, 40 s" / "halten" read as a dose of
// its own, "0" / "= keine" split the scale), and "of 10" / "von 10" is never
// split, at every width from one word wide to a whole line (issue 18: a
// lone "10" at the head of a line reads as a value of its own). A group
// wider than the line breaks as words do; a range of numbers never breaks
// at its dash.
func TestNumbersKeepTheirUnits(t *testing.T) {
	d := &doc{widths: map[widthKey]float64{}, lay: &layout{discard: true}}
	st := style{size: 8.5}
	for _, c := range []struct {
		text  string
		bound []string // each must be on one line
	}{
		{"2 × 3, 20 s halten, je Seite", []string{"2 × 3,", "20 s halten,", "je Seite"}},
		{"2 × 3, hold 40 s, each side", []string{"2 × 3,", "hold 40 s,", "each side"}},
		{"wie stark Ihre Beschwerden sind: 0 = keine, 10 = stärkste vorstellbare.", []string{"0 = keine,", "10 = stärkste"}},
		{"Anstrengung: leicht bis mittel, etwa 3 bis 5 von 10", []string{"von 10"}},
		{"effort: light to moderate, about 3 to 5 out of 10", []string{"of 10"}},
		{"3 × 30 s, each side; rest 30 s between sets", []string{"3 × 30 s,", "each side;", "30 s"}},
		{"höchstens 70 % des üblichen Umfangs in 4–5 Wochen", []string{"70 %", "4–5"}},
		{"Gehen Sie über den Flur oder eine Runde durch den Raum – je nachdem, was sich gerade anbietet.", []string{"Raum –"}},
	} {
		for w := 8.0; w <= 120; w += 0.5 {
			ls, _ := d.wrapLines(c.text, w, st)
			var lines []string
			for _, l := range ls {
				lines = append(lines, l.text)
			}
			for _, b := range c.bound {
				if d.measure(b, st) > w {
					continue // wider than the line: it may break
				}
				whole := false
				for _, l := range lines {
					whole = whole || strings.Contains(l, b)
				}
				if !whole {
					t.Errorf("%q at %.1f mm: %q is split: %q", c.text, w, b, lines)
				}
			}
			if got, want := strings.Join(strings.Fields(strings.Join(lines, " ")), ""), strings.Join(strings.Fields(c.text), ""); got != want {
				t.Errorf("%q at %.1f mm: wrapping lost text: %q", c.text, w, lines)
			}
		}
	}
	for _, c := range []struct {
		words []string
		want  []string
	}{
		{[]string{"2", "×", "3,", "20", "s", "halten,", "je", "Seite"}, []string{"2 × 3,", "20 s halten,", "je Seite"}},
		{[]string{"2", "×", "3,", "hold", "20", "s,", "each", "side"}, []string{"2 × 3,", "hold 20 s,", "each side"}},
		{[]string{"Tag:", "0", "=", "keine,", "10", "=", "stärkste", "vorstellbare."}, []string{"Tag:", "0 = keine,", "10 = stärkste", "vorstellbare."}},
		{[]string{"20", "s", "halten", "Sie"}, []string{"20 s halten", "Sie"}},
		{[]string{"etwa", "6", "bis", "7", "von", "10"}, []string{"etwa", "6", "bis", "7", "von 10"}},
		{[]string{"Woche", "4", "von", "acht"}, []string{"Woche", "4", "von", "acht"}},
		{[]string{"13", "min.", "Sie"}, []string{"13 min.", "Sie"}},
		{[]string{"3", "sets"}, []string{"3", "sets"}},
		{[]string{"Raum", "–", "je", "nachdem"}, []string{"Raum –", "je", "nachdem"}},
	} {
		if got := bound(c.words); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("bound(%q) = %q, want %q", c.words, got, c.want)
		}
	}
}

// TestDoseInGroupsDays: a week whose days share doses says each dose once,
// after the days that have it, one line each (issue 18: "Mo: 1 × 3, …; Mi:
// 1 × 3, …" broke inside a dose and said it three times).
func TestDoseInGroupsDays(t *testing.T) {
	day := func(date, dose string) dayView {
		d, _ := parseDate(date)
		return dayView{date: d, items: []itemView{{id: "x", dose: dose}}}
	}
	for _, c := range []struct {
		days []dayView
		want []string
	}{
		{[]dayView{day("2027-01-25", "1 × 3"), day("2027-01-27", "1 × 3")}, []string{"1 × 3"}},
		{[]dayView{day("2027-01-25", "1 × 3"), day("2027-01-27", "1 × 3"), day("2027-01-29", "1 × 3"), day("2027-01-30", "2 × 3")},
			[]string{"Mon, Wed, Fri: 1 × 3", "Sat: 2 × 3"}},
		{[]dayView{day("2027-01-25", "1 × 3"), {items: nil}}, []string{"Mon: 1 × 3"}},
		{[]dayView{{items: nil}}, []string{"–"}},
	} {
		r := routineView{days: [][]dayView{c.days}}
		if got := r.doseIn(locale.English, 0, "x"); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("doseIn = %q, want %q", got, c.want)
		}
	}
}
