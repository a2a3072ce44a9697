package pdf

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/planner/locale"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

func TestWriteIsDeterministic(t *testing.T) {
	plans := testPlans(t)
	for _, name := range []string{"4weeks-gym", "russian", "nofont"} {
		for _, paper := range papersUnderTest {
			var a, b bytes.Buffer
			if err := Write(&a, plans[name], Options{Paper: paper}); err != nil {
				t.Fatal(err)
			}
			if err := Write(&b, plans[name], Options{Paper: paper}); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("%s/%s: two renders differ", name, paper)
			}
			if !bytes.HasPrefix(a.Bytes(), []byte("%PDF-")) {
				t.Errorf("%s/%s: not a PDF", name, paper)
			}
		}
	}
}

func TestWritePapers(t *testing.T) {
	p := testPlans(t)["1week"]
	var def, a4, letter bytes.Buffer
	for _, c := range []struct {
		paper string
		buf   *bytes.Buffer
	}{{"", &def}, {"a4", &a4}, {"letter", &letter}, {"Letter", &bytes.Buffer{}}} {
		if err := Write(c.buf, p, Options{Paper: c.paper}); err != nil {
			t.Fatalf("paper %q: %v", c.paper, err)
		}
	}
	if !bytes.Equal(def.Bytes(), a4.Bytes()) {
		t.Error("the default paper is not A4")
	}
	if bytes.Equal(a4.Bytes(), letter.Bytes()) {
		t.Error("A4 and Letter give the same file")
	}
	if !bytes.Contains(a4.Bytes(), []byte("/MediaBox [0 0 595.28 841.89]")) {
		t.Error("A4 page size missing")
	}
	if !bytes.Contains(letter.Bytes(), []byte("/MediaBox [0 0 612.00 792.00]")) {
		t.Error("Letter page size missing")
	}
}

func TestWriteErrors(t *testing.T) {
	good := testPlans(t)["1week"]
	sixDays := clonePlan(good)
	sixDays.Weeks[0].Days = sixDays.Weeks[0].Days[:6]
	badDate := clonePlan(good)
	badDate.Weeks[0].Days[2].Date = "2026-13-40"
	tooLong := clonePlan(good)
	for len(tooLong.Weeks) <= maxWeeks {
		tooLong.Weeks = append(tooLong.Weeks, good.Weeks[0])
	}
	tooFull := clonePlan(good)
	day := &tooFull.Weeks[0].Days[0]
	for len(day.Items) < 40 {
		it := day.Items[0]
		it.Name = strings.Repeat("Very long exercise name ", 4)
		day.Items = append(day.Items, it)
	}
	cases := []struct {
		name  string
		plan  *planner.Plan
		paper string
		want  string
	}{
		{"bad paper", good, "a5", `unknown paper "a5"`},
		{"nil plan", nil, "", "no plan"},
		{"no weeks", &planner.Plan{}, "", "no weeks"},
		{"six days", sixDays, "", "week 1 has 6 days"},
		{"bad date", badDate, "", `"2026-13-40"`},
		{"too many weeks", tooLong, "", "at most 52"},
		{"too full a day", tooFull, "", "do not fit"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := Write(&buf, c.plan, Options{Paper: c.paper})
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q does not mention %q", err, c.want)
			}
			if buf.Len() != 0 {
				t.Errorf("wrote %d bytes on error", buf.Len())
			}
		})
	}
}

// TestMissingGlyphs checks that text the fonts cannot show prints as '?'
// and that the overview says so.
func TestMissingGlyphs(t *testing.T) {
	m, err := newModel(testPlans(t)["nofont"], locale.English)
	if err != nil {
		t.Fatal(err)
	}
	if !m.missing {
		t.Error("missing glyphs not noticed")
	}
	if m.name != "?? ?? ?" {
		t.Errorf("name = %q, want %q", m.name, "?? ?? ?")
	}
	m, err = newModel(testPlans(t)["russian"], locale.English)
	if err != nil {
		t.Fatal(err)
	}
	if m.missing || m.name != "Анна Петрова" {
		t.Errorf("Cyrillic name printed as %q (missing %v)", m.name, m.missing)
	}
	_, lay, err := render(testPlans(t)["nofont"], Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range lay.paras {
		if strings.Contains(p.text, "could not be printed") {
			found = true
		}
	}
	if !found {
		t.Error("no note about characters that could not be printed")
	}
}

// TestGuideDose: the guide's dose line runs from the first dose to the
// highest, never to a lighter week's, and gives a rest between sets only
// where some dose has two sets or more (help topic pdf).
func TestGuideDose(t *testing.T) {
	reps := func(sets, reps, rest int) planner.Item {
		return planner.Item{Sets: sets, Reps: reps, RestSeconds: rest}
	}
	hold := func(sets, reps, hold, rest int) planner.Item {
		return planner.Item{Sets: sets, Reps: reps, HoldSeconds: hold, RestSeconds: rest}
	}
	e := catalog.Exercise{Dose: catalog.Dose{Sets: 2, Reps: 10, RestSeconds: 30}}
	for _, c := range []struct {
		name  string
		e     catalog.Exercise
		items []planner.Item
		dose  string
		rest  int
	}{
		{"builds, then a lighter week", e, []planner.Item{reps(2, 10, 30), reps(3, 10, 30), reps(3, 12, 30), reps(2, 10, 30)}, "2 × 10, building to 3 × 12", 30},
		{"holds build, a lighter week of one set", e, []planner.Item{hold(2, 3, 20, 30), hold(2, 3, 25, 30), hold(2, 3, 30, 30), hold(1, 3, 30, 0)}, "2 × 3, hold 20 s, building to 2 × 3, hold 30 s", 30},
		{"a step back: the first is the highest", e, []planner.Item{reps(3, 12, 45), reps(2, 12, 45)}, "3 × 12", 45},
		{"one set throughout: no rest", e, []planner.Item{reps(1, 10, 0), reps(1, 12, 0), reps(1, 10, 0)}, "1 × 10, building to 1 × 12", 0},
		{"the same dose throughout", e, []planner.Item{reps(2, 10, 30), reps(2, 10, 30)}, "2 × 10", 30},
		{"not planned: the catalog's", e, nil, "2 × 10", 30},
		{"not planned, one set: no rest", catalog.Exercise{Dose: catalog.Dose{Sets: 1, Seconds: 30, RestSeconds: 30}}, nil, "30 s", 0},
	} {
		dose, rest := guideDose(locale.English, c.e, c.items)
		if dose != c.dose || rest != c.rest {
			t.Errorf("%s: %q, rest %d; want %q, rest %d", c.name, dose, rest, c.dose, c.rest)
		}
	}
}

func TestDose(t *testing.T) {
	for _, c := range []struct {
		it   planner.Item
		want string
	}{
		{planner.Item{Sets: 3, Reps: 12}, "3 × 12"},
		{planner.Item{Sets: 3, Reps: 12, HoldSeconds: 5}, "3 × 12, hold 5 s"},
		{planner.Item{Sets: 2, Reps: 10, PerSide: true}, "2 × 10, each side"},
		{planner.Item{Sets: 1, Seconds: 60, PerSide: true}, "60 s, each side"},
		{planner.Item{Sets: 2, Seconds: 30}, "2 × 30 s"},
		{planner.Item{Sets: 1, Seconds: 120}, "2 min"},
		{planner.Item{Sets: 2, Reps: 8, HoldSeconds: 3, PerSide: true}, "2 × 8, hold 3 s, each side"},
	} {
		if got := locale.English.Dose(c.it.Dose()); got != c.want {
			t.Errorf("dose of %+v = %q, want %q", c.it, got, c.want)
		}
	}
}

func clonePlan(p *planner.Plan) *planner.Plan {
	q := *p
	q.Weeks = nil
	for _, w := range p.Weeks {
		w2 := w
		w2.Days = nil
		for _, d := range w.Days {
			d2 := d
			d2.Items = append([]planner.Item(nil), d.Items...)
			w2.Days = append(w2.Days, d2)
		}
		q.Weeks = append(q.Weeks, w2)
	}
	return &q
}

// TestWriteConcurrently checks that renders running at once do not share
// state: each gives the bytes a lone render gives.
func TestWriteConcurrently(t *testing.T) {
	plans := testPlans(t)
	names := []string{"1week", "russian", "greek", "nofont"}
	want := map[string][]byte{}
	for _, n := range names {
		var b bytes.Buffer
		if err := Write(&b, plans[n], Options{}); err != nil {
			t.Fatal(err)
		}
		want[n] = b.Bytes()
	}
	errs := make(chan error, len(names))
	for _, n := range names {
		go func() {
			var b bytes.Buffer
			err := Write(&b, plans[n], Options{})
			if err == nil && !bytes.Equal(b.Bytes(), want[n]) {
				err = fmt.Errorf("%s: concurrent render differs", n)
			}
			errs <- err
		}()
	}
	for range names {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// TestSessionCodes: in every language, the one-letter codes of the
// compact calendar tell each kind of session apart, and the lighter-week
// mark is none of them. A day of the person's own training is told by its
// bar, not by a letter.
func TestSessionCodes(t *testing.T) {
	for _, say := range locale.Languages {
		seen := map[string]string{}
		for _, s := range []planner.Session{planner.ActivationSession, planner.RecoverySession, planner.PrimerSession, planner.RestDay} {
			c := sessionCode(say, s)
			what := sessionWord(say, s, "")
			if other, dup := seen[c]; dup {
				t.Errorf("%s: %q and %q share the code %q", say.Code, other, what, c)
			}
			seen[c] = what
		}
		d := &doc{say: say}
		if other, dup := seen[d.deloadMark()]; dup {
			t.Errorf("%s: the lighter-week mark %q is also the code of %q", say.Code, d.deloadMark(), other)
		}
	}
}
