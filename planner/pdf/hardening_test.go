package pdf

import (
	"math"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// The cases of issue 13 that once crashed, hung or spoiled the PDF: each
// must now print, with every text box inside the page and nothing lost.

// wideDays fills every day of p with five activation items named by 80
// characters of ch, at the largest dose the plan schema allows.
func wideDays(p *planner.Plan, ex []catalog.Exercise, ch string) {
	for wi := range p.Weeks {
		for di := range p.Weeks[wi].Days {
			d := &p.Weeks[wi].Days[di]
			d.Session = planner.ActivationSession
			d.Items = nil
			for i := range 5 {
				e := ex[i]
				d.Items = append(d.Items, planner.Item{Exercise: e.ID, Name: strings.Repeat(ch, 80), Category: catalog.Activation,
					Sets: 20, Reps: 75, HoldSeconds: 90, PerSide: true, Minutes: 24})
			}
			d.Minutes = 120
		}
	}
}

// TestWideNamesEveryDay: names of 80 wide characters on every day of a
// 120-minute plan once failed with "do not fit on the page" (exit 2 in
// plan, 1 in pdf). Now the week takes wider columns over more pages.
func TestWideNamesEveryDay(t *testing.T) {
	ex := loadExercises(t)
	for _, ch := range []string{"W", "Ш", "@", "—", "m", "山"} {
		p := buildPlan(planSpec{weeks: 2, start: "2026-12-07", name: strings.Repeat(ch, 80), cap: 10, exercises: ex})
		wideDays(p, ex, ch)
		for _, paper := range papersUnderTest {
			t.Run(ch+"/"+paper, func(t *testing.T) {
				_, lay, err := render(p, Options{Paper: paper})
				if err != nil {
					t.Fatal(err)
				}
				checkLayout(t, lay)
				// Every item of every day is drawn on the week pages (the
				// landscape ones): 5 tick boxes' names a day.
				n := 0
				for _, b := range lay.boxes {
					if strings.HasPrefix(b.text, "20 × 75") && lay.pages[b.page-1].landscape {
						n++
					}
				}
				if n != 2*7*5 {
					t.Errorf("%d doses drawn, want %d", n, 2*7*5)
				}
			})
		}
	}
}

// TestLongWordIsLinear: a step of one 300,000-character word once took
// 34 s and 3.2 GB, then ran out of memory. Wrapping is linear now: ten
// times the word takes about ten times as long, and the word breaks with
// hyphens.
func TestLongWordIsLinear(t *testing.T) {
	ex := loadExercises(t)
	timeFor := func(n int) (time.Duration, *layout) {
		e := append([]catalog.Exercise{}, ex...)
		e[0].Steps = []string{"Begin.", strings.Repeat("a", n)}
		p := buildPlan(planSpec{weeks: 1, start: "2026-12-07", cap: 10, exercises: e})
		start := time.Now()
		_, lay, err := render(p, Options{})
		if err != nil {
			t.Fatal(err)
		}
		return time.Since(start), lay
	}
	timeFor(1000) // warm the font caches
	small, _ := timeFor(30_000)
	big, lay := timeFor(300_000)
	t.Logf("a step of one word: 30,000 characters %v, 300,000 characters %v", small, big)
	if big > 20*small+time.Second {
		t.Errorf("30,000 characters: %v; 300,000: %v: not linear", small, big)
	}
	checkLayout(t, lay)
	hyphens := 0
	for _, b := range lay.boxes {
		if strings.HasPrefix(b.text, "aaaa") && strings.HasSuffix(b.text, "a-") {
			hyphens++
		}
	}
	if hyphens < 100 {
		t.Errorf("%d lines of the long word end in a hyphen, want one per line", hyphens)
	}
}

// TestExtremeNumbers: numbers no plan holds, in a plan handed to the
// renderer directly (the schema keeps them out of plan files): the chart
// is computed in bounded steps and no NaN or Inf reaches the page. The
// 52-week plans, most of the test's time, are in the long counts.
func TestExtremeNumbers(t *testing.T) {
	ex := loadExercises(t)
	for _, tc := range []struct {
		name string
		set  func(p *planner.Plan)
	}{
		{"huge week volume", func(p *planner.Plan) { p.Weeks[0].PlanHSE = 1.7e308 }},
		{"huge in two fields", func(p *planner.Plan) { p.Weeks[0].PlanHSE, p.Weeks[0].GymHSE = 1e308, 1e308 }},
		{"infinite cap", func(p *planner.Plan) { p.Cap = math.Inf(1) }},
		{"NaN volume and minutes", func(p *planner.Plan) {
			p.Weeks[0].PlanHSE = math.NaN()
			p.Weeks[0].Days[0].Minutes = math.NaN()
		}},
		{"tiny volumes, no cap", func(p *planner.Plan) {
			p.Cap = 0
			for i := range p.Weeks {
				p.Weeks[i].PlanHSE, p.Weeks[i].GymHSE = 1e-13, 0
			}
		}},
		{"negative volume", func(p *planner.Plan) { p.Weeks[1].PlanHSE = -5 }},
		{"huge week numbers", func(p *planner.Plan) {
			for i := range p.Weeks {
				p.Weeks[i].Week = 9999 - len(p.Weeks) + 1 + i
			}
		}},
		{"week numbers past the bound", func(p *planner.Plan) { p.Weeks[0].Week = math.MaxInt }},
	} {
		for _, weeks := range []int{4, 52}[:count(1, 2)] {
			p := buildPlan(planSpec{weeks: weeks, start: "2026-12-07", name: "Jo", gymDays: []int{1}, gymSets: 5, cap: 10, exercises: ex})
			tc.set(p)
			t.Run(tc.name, func(t *testing.T) {
				done := make(chan struct{})
				var out []byte
				var lay *layout
				var err error
				go func() {
					compress = false
					defer func() { compress = true }()
					out, lay, err = render(p, Options{})
					close(done)
				}()
				select {
				case <-done:
				case <-time.After(20 * time.Second):
					t.Fatal("rendering hangs")
				}
				if err != nil {
					t.Fatal(err)
				}
				checkLayout(t, lay)
				for _, b := range lay.boxes {
					if strings.Contains(b.text, "Inf") || strings.Contains(b.text, "NaN") {
						t.Errorf("page %d says %q", b.page, b.text)
					}
				}
				if loc := nonFinite.FindIndex(out); loc != nil {
					t.Errorf("the drawing holds %q", out[max(0, loc[0]-40):loc[1]])
				}
				redFlagsOnPage1(t, lay)
			})
		}
	}
}

// nonFinite finds NaN or Inf as a word in a PDF's operators.
var nonFinite = regexp.MustCompile(`(^|[^A-Za-z])[+-]?(NaN|Inf)([^A-Za-z]|$)`)

// TestLongContentFlows: a 3,000-word warning, many warnings, and a long
// plan on Letter with an 80-character name: the content flows onto new
// pages and the red flags stay on page 1.
func TestLongContentFlows(t *testing.T) {
	ex := loadExercises(t)
	words := strings.Repeat("Take it easy and listen to your body today. ", 375) // 3,000 words
	many := make([]string, 40)
	for i := range many {
		many[i] = strings.Repeat("A long warning of the largest size a plan allows. ", 20)[:1000]
	}
	name80 := strings.Repeat("Maximiliane ", 7)[:80]
	for _, tc := range []struct {
		name string
		spec planSpec
	}{
		{"3,000-word warning", planSpec{weeks: 4, warnings: []string{words}, breaks: 30}},
		{"40 warnings of 1,000 characters", planSpec{weeks: 52, warnings: many, breaks: 30, gymDays: []int{1, 3}, gymSets: 40}},
		{"52 weeks, 80-character name", planSpec{weeks: 52, name: name80, breaks: 30, gymDays: []int{1, 4}, gymSets: 5}},
		{"52 weeks, wide name, warnings", planSpec{weeks: 52, name: strings.Repeat("W", 80), warnings: many[:6], breaks: 45}},
		{"3,000 movement-break drills", planSpec{weeks: 4, breaks: 30, breakIDs: 3000}},
		{"gym at its most: 7 days of 40 sets", planSpec{weeks: 8, gymDays: []int{0, 1, 2, 3, 4, 5, 6}, gymSets: 40, breaks: 60}},
	} {
		tc.spec.start, tc.spec.cap, tc.spec.exercises = "2026-12-07", 20, ex
		if tc.spec.name == "" {
			tc.spec.name = "Jo"
		}
		p := buildPlan(tc.spec)
		for _, paper := range papersUnderTest {
			t.Run(tc.name+"/"+paper, func(t *testing.T) {
				_, lay, err := render(p, Options{Paper: paper})
				if err != nil {
					t.Fatal(err)
				}
				checkLayout(t, lay)
				redFlagsOnPage1(t, lay)
			})
		}
	}
}

// redFlagsOnPage1 fails unless the whole red-flags box is on page 1: when
// to stop and see someone is never on a page the reader might not turn to.
func redFlagsOnPage1(t *testing.T, lay *layout) {
	t.Helper()
	// The box's heading and its first red flag, in any language.
	want := [][]string{{"When to stop and see a professional"}, {"Sudden loss of bladder or bowel control"}}
	for _, l := range locale.Languages[1:] {
		want[0] = append(want[0], l.Say(want[0][0]))
		want[1] = append(want[1], strings.Join(strings.Fields(planner.RedFlags(l, planner.DefaultProfile())[0])[:4], " "))
	}
	for _, ws := range want {
		found := false
		for _, b := range lay.boxes {
			for _, w := range ws {
				if strings.HasPrefix(b.text, w) {
					found = true
					if b.page != 1 {
						t.Errorf("%q is on page %d, not page 1", w, b.page)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q is not drawn", ws[0])
		}
	}
}

// TestRandomLayouts is FuzzLayout's property on inputs drawn at random
// (fixed seed): text of every kind of rune, wide and narrow, with and
// without spaces, at the lengths the schema allows, and numbers from
// the extremes. Every plan prints inside its pages with the red flags on
// page 1.
func TestRandomLayouts(t *testing.T) {
	ex := loadExercises(t)
	r := rand.New(rand.NewPCG(13, 13))
	alphabets := [][]rune{
		[]rune("abcdefghij klmnop-qrst/uvw"), []rune("WWWMM@@@ "), []rune("ШЩЖЮЯ жщ"), []rune("山田花子 "),
		[]rune("\x1b\r\n\t\u0085\u200b\ufffd😀"), []rune("aaaaaaaaaaaaaaaaaaaa"),
	}
	text := func(max int) string {
		a := alphabets[r.IntN(len(alphabets))]
		n := r.IntN(max + 1)
		b := make([]rune, n)
		for i := range b {
			b[i] = a[r.IntN(len(a))]
		}
		return string(b)
	}
	numbers := []float64{0, 1e-13, 0.5, 6, 20, 280, 1000, 1e308, math.Inf(1), math.NaN(), -3}
	n := count(30, 300)
	layoutOnly = true
	defer func() { layoutOnly = false }()
	for i := range n {
		e := append([]catalog.Exercise{}, ex...)
		e[r.IntN(len(e))].Steps = []string{text(1000), text(50)}
		p := buildPlan(planSpec{weeks: 1 + r.IntN(12), start: "2026-12-07", name: text(80), cap: numbers[r.IntN(len(numbers))],
			breaks: 30 * r.IntN(3), gymDays: []int{r.IntN(7)}, gymSets: r.IntN(41), warnings: []string{text(1000), text(200)}, exercises: e})
		p.Weeks[0].Week = []int{1, 52, 9999, -1, math.MaxInt}[r.IntN(5)]
		p.Weeks[0].PlanHSE, p.Weeks[0].GymHSE = numbers[r.IntN(len(numbers))], numbers[r.IntN(len(numbers))]
		for di := range p.Weeks[0].Days {
			for ii := range p.Weeks[0].Days[di].Items {
				p.Weeks[0].Days[di].Items[ii].Name = text(80)
			}
		}
		paper := papersUnderTest[i%len(papersUnderTest)]
		_, lay, err := render(p, Options{Paper: paper})
		if err != nil {
			t.Fatalf("input %d, %s: %v", i, paper, err)
		}
		checkLayout(t, lay)
		redFlagsOnPage1(t, lay)
		if t.Failed() {
			t.Fatalf("input %d, %s: name %q", i, paper, p.Profile.Name)
		}
	}
}
