package pdf

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// FuzzLayout prints a plan with fuzzed text and numbers in the places
// issue 13 found weak: the name, a warning, an item's name, a step, the
// week number and the volumes. The text is held to the plan schema's
// lengths (what a plan file can hold); the numbers are not, since the
// renderer must survive any. Every plan prints, with every text box inside
// its page and within its width, no text lost, and the red flags on page 1,
// with the labels in each language.
func FuzzLayout(f *testing.F) {
	ex := loadExercises(f)
	f.Add("Anna", "Rest well.", "Glute bridge", "Lie down. Lift.", 1, 5.0, 10.0, 10.0, 4)
	f.Add(strings.Repeat("W", 80), strings.Repeat("word ", 200), strings.Repeat("Ш", 80), strings.Repeat("a", 1000), 9999, 20.0, 280.0, 10.0, 52)
	f.Add("", "", "", "", 0, math.Inf(1), math.NaN(), -1.0, 1)
	f.Add("山田 😀\u200b", "\x1b[31m", "\t\r\n", "x-y-z/w", 7, 1e-13, 0.0, 0.0, 13)
	f.Fuzz(func(t *testing.T, name, warning, item, step string, week int, planHSE, gymHSE, capHSE float64, weeks int) {
		// Up to 8 weeks, one paper a run, so the fuzzer makes several runs a
		// second; 52-week layouts have their own tests.
		paper := papersUnderTest[abs(weeks)%len(papersUnderTest)]
		weeks = 1 + abs(weeks)%8
		clip := func(s string, n int) string {
			if !utf8.ValidString(s) {
				s = strings.ToValidUTF8(s, "?")
			}
			if r := []rune(s); len(r) > n {
				s = string(r[:n])
			}
			return s
		}
		e := append([]catalog.Exercise{}, ex...)
		e[0].Steps = []string{clip(step, 1000), "Breathe."}
		p := buildPlan(planSpec{weeks: weeks, start: "2026-12-07", name: clip(name, 80), cap: capHSE, breaks: 30,
			gymDays: []int{1}, gymSets: 40, warnings: []string{clip(warning, 1000)}, exercises: e})
		p.Weeks[0].Week = week
		p.Weeks[0].PlanHSE, p.Weeks[0].GymHSE = planHSE, gymHSE
		for di := range p.Weeks[0].Days {
			for ii := range p.Weeks[0].Days[di].Items {
				p.Weeks[0].Days[di].Items[ii].Name = clip(item, 80)
			}
		}
		// Every eighth run makes the whole file; the others stop at the
		// layout, which is what this target is about, and run faster.
		layoutOnly = weeks%8 != 0
		defer func() { layoutOnly = false }()
		// The labels in each language, in turn.
		lang := locale.Languages[abs(week)%len(locale.Languages)].Code
		_, lay, err := render(p, Options{Paper: paper, Lang: lang})
		if err != nil {
			t.Fatalf("%s, %s: %v", paper, lang, err)
		}
		checkLayout(t, lay)
		redFlagsOnPage1(t, lay)
	})
}

func abs(n int) int {
	if n < 0 {
		if n == math.MinInt {
			return 0
		}
		return -n
	}
	return n
}

// FuzzPlanFile reads fuzzed plan files as gluteplan pdf does: the plan
// schema and checks, then the consistency of its totals, then the PDF. A
// file may be refused, with findings at real places; one that is accepted
// always prints. Nothing panics or hangs.
func FuzzPlanFile(f *testing.F) {
	p := defaultPlan(f)
	good, err := p.JSON()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(bytes.Replace(good, []byte(`"plan_hse": 0`), []byte(`"plan_hse": 1e308`), 1))
	f.Add(bytes.Replace(good, []byte(`"week": 1`), []byte(`"week": 9999`), 1))
	f.Add(bytes.Replace(good, []byte(`"name": "`), []byte(`"name": "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW`), -1))
	f.Add(bytes.Replace(good, []byte(`"minutes": `), []byte(`"minutes": 1`), -1))
	f.Add([]byte(`{"profile": {}, "weeks": []}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		plan, fs := planner.ReadPlan("plan.json", data)
		if len(fs) > 0 {
			for _, x := range fs {
				if x.Line < 1 || x.Col < 1 || x.Message == "" {
					t.Errorf("finding without a place or a message: %+v", x)
				}
			}
			return
		}
		if fs := planner.CheckConsistency("plan.json", data, plan); len(fs) > 0 {
			return
		}
		// As in FuzzLayout, the whole file on one run in eight.
		layoutOnly = len(data)%8 != 0
		defer func() { layoutOnly = false }()
		if _, _, err := render(plan, Options{}); err != nil {
			t.Fatalf("an accepted plan does not print: %v", err)
		}
	})
}

// defaultPlan is a one-week plan from the default catalog, as gluteplan
// plan makes it.
func defaultPlan(t testing.TB) *planner.Plan {
	prof := planner.DefaultProfile()
	prof.Start, prof.Weeks, prof.PainDays = "2026-11-30", 1, 8
	prof.Equipment = append(prof.Equipment, catalog.FoamRoller)
	p, err := planner.Make(catalog.Default(), prof)
	if err != nil {
		t.Fatal(err)
	}
	// The seed must itself be readable: check it once.
	data, _ := json.Marshal(p)
	if _, fs := planner.ReadPlan("plan.json", data); len(fs) > 0 {
		t.Fatalf("the seed plan does not read back: %v", fs)
	}
	return p
}
