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

// TestReadingKeyOnProgramPage: how to read a dose is explained where the
// reader first meets doses, at the head of the first program page, on
// the plan's own first held, per-side dose (second German review: on
// page 12, with a 20 s hold her plan never had), and not again in the
// guide.
func TestReadingKeyOnProgramPage(t *testing.T) {
	for _, lang := range planner.Langs {
		plan := personaPlans(t, lang)["tendinopathy-piriformis"]
		say := locale.In(string(lang))
		var key catalog.Dose
		for _, w := range plan.Weeks {
			for _, d := range w.Days {
				for _, it := range d.Items {
					if dz := it.Dose(); key.Sets == 0 && dz.Sets >= 2 && dz.Reps >= 2 && dz.HoldSeconds >= 2 && dz.PerSide {
						key = dz
					}
				}
			}
		}
		if key.HoldSeconds == 20 || key.Sets == 0 {
			t.Fatalf("%s: the persona's first held dose is %+v: the test needs one unlike the made-up example", lang, key)
		}
		key.RestSeconds = 0
		want := say.Sayf("How to read a dose: “%s” means %d sets of %d repetitions; hold each repetition for %d seconds, on one side and then the other.",
			say.Dose(key), key.Sets, key.Reps, key.HoldSeconds)
		_, lay, err := render(plan, Options{Paper: "a4"})
		if err != nil {
			t.Fatal(err)
		}
		found := 0
		for _, p := range lay.paras {
			if p.text == want {
				found++
			}
		}
		if found != 1 {
			t.Errorf("%s: the reading key %q is printed %d times, want once", lang, want, found)
		}
		// Its first line is on the page of the first routine's title.
		program, keyPage := 0, 0
		title := say.Sayf("Block %d", 1) + " · "
		for _, b := range lay.boxes {
			if program == 0 && strings.HasPrefix(b.text, title) {
				program = b.page
			}
			if keyPage == 0 && strings.HasPrefix(want, b.text) && len(b.text) > 20 {
				keyPage = b.page
			}
		}
		if program == 0 || keyPage != program {
			t.Errorf("%s: the reading key is on page %d, the first program page is %d", lang, keyPage, program)
		}
	}
}

// TestGuideKeepsStepsWhole: each step, cue, mistake and reason of the
// guide is drawn in one column of one page, never split between two
// (second German review: "und halten Sie ihn für" | "die angegebene
// Zeit.").
func TestGuideKeepsStepsWhole(t *testing.T) {
	for _, lang := range planner.Langs {
		plans := personaPlans(t, lang)
		for _, name := range sortedNames(plans) {
			plan := plans[name]
			var texts []string
			for _, e := range plan.Exercises {
				tr := e.In(string(lang))
				texts = append(texts, tr.Steps...)
				texts = append(texts, tr.Cues...)
				texts = append(texts, tr.Mistakes...)
				texts = append(texts, tr.Why)
			}
			for _, paper := range papersUnderTest {
				_, lay, err := render(plan, Options{Paper: paper})
				if err != nil {
					t.Fatal(err)
				}
				checked := 0
				for _, p := range lay.paras {
					if len(p.lines) < 2 || !slices.Contains(texts, p.text) {
						continue
					}
					for i := 0; i+len(p.lines) <= len(lay.boxes); i++ {
						if lay.boxes[i].text != p.lines[0] {
							continue
						}
						run := lay.boxes[i : i+len(p.lines)]
						same := true
						for k, b := range run {
							same = same && b.text == p.lines[k]
						}
						if !same {
							continue
						}
						checked++
						for _, b := range run[1:] {
							if b.page != run[0].page || math.Abs(b.x-run[0].x) > 0.01 || b.y <= run[0].y {
								t.Errorf("%s/%s/%s: %q is split: %q on page %d at x %.1f, %q on page %d at x %.1f",
									name, lang, paper, p.text, run[0].text, run[0].page, run[0].x, b.text, b.page, b.x)
								break
							}
						}
						break
					}
				}
				if checked == 0 {
					t.Errorf("%s/%s/%s: no guide text of more than one line found to check", name, lang, paper)
				}
			}
		}
	}
}

// TestSheetLabelsTheID: a card of the German catalog sheet says what its
// id is ("ID: hip-circles", second German review: a bare English word on
// a German card); the English card keeps the bare id.
func TestSheetLabelsTheID(t *testing.T) {
	entries := []SheetEntry{{Exercise: mustEntry(t, "hip-circles")}}
	for _, c := range []struct{ lang, want string }{{"de", "ID: hip-circles"}, {"en", "hip-circles"}} {
		_, lay, err := renderSheet(entries, Options{Lang: c.lang})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, b := range lay.boxes {
			found = found || b.text == c.want
		}
		if !found {
			t.Errorf("%s: no line %q on the card", c.lang, c.want)
		}
	}
}

func mustEntry(t *testing.T, id string) catalog.Exercise {
	t.Helper()
	e, ok := catalog.Default().ByID(id)
	if !ok {
		t.Fatalf("no %s in the default catalog", id)
	}
	return e
}

// TestWeekVolumeOnePlace: every week page of a plan puts its volume in the
// same place, beside the title or under it (fourth German reading: week
// 5's sat beside its shorter title, the others' under theirs).
func TestWeekVolumeOnePlace(t *testing.T) {
	for _, lang := range planner.Langs {
		plans := personaPlans(t, lang)
		for _, name := range sortedNames(plans) {
			_, lay, err := render(plans[name], Options{Paper: "a4"})
			if err != nil {
				t.Fatal(err)
			}
			say := locale.In(string(lang))
			prefixes := []string{
				strings.SplitN(say.Say("This week counts as %s hard sets"), "%", 2)[0],
				strings.SplitN(say.Say("This week: %s hard sets, %s"), "%", 2)[0],
			}
			places := map[[2]float64][]int{}
			for _, b := range lay.boxes {
				if strings.HasPrefix(b.text, prefixes[0]) || strings.HasPrefix(b.text, prefixes[1]) {
					y := b.y - lay.pages[b.page-1].margin
					places[[2]float64{math.Round(b.x), math.Round(y)}] = append(places[[2]float64{math.Round(b.x), math.Round(y)}], b.page)
				}
			}
			if len(places) == 0 {
				t.Errorf("%s %s: no week volume found", lang, name)
			}
			// Beside the title it is right-aligned, so its x varies with
			// its width; its height on the page says where it is.
			var ys []float64
			for p := range places {
				ys = append(ys, p[1])
			}
			if slices.Min(ys) != slices.Max(ys) {
				t.Errorf("%s %s: the week volume stands in different places: %v", lang, name, places)
			}
		}
	}
}
