package pdf

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// personaPlans makes the plans of the README's personas (the profiles in
// planner/testdata/personas), read as gluteplan plan --profile reads them,
// in language lang.
func personaPlans(t *testing.T, lang planner.Lang) map[string]*planner.Plan {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", "personas", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no personas in ../testdata/personas: %v", err)
	}
	out := map[string]*planner.Plan{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p, fs := planner.ReadProfile(f, data)
		if len(fs) > 0 {
			t.Fatal(fs)
		}
		p.Lang = lang
		plan, err := planner.Make(catalog.Default(), p)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[strings.TrimSuffix(filepath.Base(f), ".json")] = plan
	}
	return out
}

// TestPersonaLayouts lays out the personas' plans in each language, with
// the planner's German at its real length (German runs about a third
// longer than English), on both papers: the layout holds, the red flags
// are on page 1, and the overview never spills its last warning onto an
// almost empty page (issue 18): on A4 it keeps to one page, and where it
// needs a second (the longest German overview on Letter), that page holds
// a good part of a page (the chart at least).
func TestPersonaLayouts(t *testing.T) {
	for _, lang := range planner.Langs {
		plans := personaPlans(t, lang)
		for _, name := range sortedNames(plans) {
			for _, paper := range papersUnderTest {
				t.Run(name+"/"+string(lang)+"/"+paper, func(t *testing.T) {
					_, lay, err := render(plans[name], Options{Paper: paper})
					if err != nil {
						t.Fatal(err)
					}
					checkLayout(t, lay)
					redFlagsOnPage1(t, lay)
					cont := locale.In(string(lang)).Say("Overview (continued)")
					for _, b := range lay.boxes {
						if b.text != cont {
							continue
						}
						if paper == "a4" {
							t.Errorf("the overview goes on to page %d", b.page)
						}
						// How far down the continuation page its content reaches.
						pg, low := lay.pages[b.page-1], 0.0
						for _, o := range lay.boxes {
							if o.page == b.page && !strings.HasPrefix(o.text, "gluteplan · ") {
								low = max(low, o.y+o.h)
							}
						}
						if used := (low - pg.margin) / (pg.h - 2*pg.margin); used < 0.3 {
							t.Errorf("the overview goes on to page %d, which it fills only %.0f%% of", b.page, 100*used)
						}
					}
				})
			}
		}
	}
}

// englishCatalog lists the English text of the default catalog's entries
// that have German: names, steps, cues, mistakes and why.
func englishCatalog() []string {
	var out []string
	for _, e := range catalog.Default().Exercises {
		if _, ok := e.Translations["de"]; !ok {
			continue
		}
		out = append(out, e.Name, e.Why)
		out = append(out, e.Steps...)
		out = append(out, e.Cues...)
		out = append(out, e.Mistakes...)
	}
	return out
}

// englishWords are words that no German sentence of gluteplan holds and
// most English ones do.
var englishWords = regexp.MustCompile(`\b(the|your|you|and|with|each|hold|week|of)\b`)

// CheckGerman reports English in text, a German view of a plan: any
// sentence (or name) of the default catalog as written, in any line
// breaking, and any common English word.
func checkGerman(t *testing.T, what, text string) {
	t.Helper()
	flat := strings.Join(strings.Fields(text), " ")
	joined := strings.Join(strings.Fields(strings.ReplaceAll(text, "-\n", "-")), " ")
	for _, s := range englishCatalog() {
		s = strings.Join(strings.Fields(s), " ")
		if len(s) < 4 {
			continue
		}
		if !strings.Contains(flat, s) && !strings.Contains(joined, s) {
			continue
		}
		// Names are short: they count as words of their own.
		re := regexp.MustCompile(`(^|[^\pL])` + regexp.QuoteMeta(s) + `($|[^\pL])`)
		if re.MatchString(flat) || re.MatchString(joined) {
			t.Errorf("%s holds the English %q", what, s)
		}
	}
	if m := englishWords.FindAllString(flat, 5); len(m) > 0 {
		i := englishWords.FindStringIndex(flat)
		t.Errorf("%s holds English words %q, first in %q", what, m, flat[max(0, i[0]-60):min(len(flat), i[1]+60)])
	}
}

// TestGermanPersonasPDF reads back (pdftotext) the German PDF of each
// persona: no English sentence of the default catalog, and no English
// words, anywhere in it (issue 18).
func TestGermanPersonasPDF(t *testing.T) {
	t.Parallel() // slow, and shares nothing with the others
	pdftotext := needTool(t, "pdftotext")
	plans := personaPlans(t, planner.German)
	for _, name := range sortedNames(plans) {
		t.Run(name, func(t *testing.T) {
			b, err := func() ([]byte, error) {
				var buf strings.Builder
				err := Write(&buf, plans[name], Options{})
				return []byte(buf.String()), err
			}()
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), name+".pdf")
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
			text := run(t, pdftotext, "-raw", path, "-")
			checkGerman(t, name+".pdf", text)
			// What a German reader must find: the guide's headings, and each
			// exercise by its German name and the German reason for it.
			flat := strings.Join(strings.Fields(strings.ReplaceAll(text, "-\n", "-")), " ")
			want := []string{"So geht es", "Warum es hilft"}
			for _, e := range plans[name].Exercises {
				de := e.In("de")
				want = append(want, de.Name, strings.Join(strings.Fields(de.Why)[:4], " "))
			}
			for _, w := range want {
				if !strings.Contains(flat, w) {
					t.Errorf("%s.pdf does not say %q", name, w)
				}
			}
		})
	}
}

// TestEffortAndHoldOn: how hard each strengthening item should feel (rule
// 16) is printed on the program page of every persona, and on the week
// pages only where they have room for it (the warehouse lifter's English
// plan; not the tendinopathy persona's German one, whose five-item days
// would take smaller type); "Hold on to a wall or chair." (rule 8) is on
// the program and the week pages of the person who needs support, in
// both languages.
func TestEffortAndHoldOn(t *testing.T) {
	for _, c := range []struct {
		persona     string
		lang        planner.Lang
		weeks       int // the persona's own when 0
		holdsOnWeek bool
	}{
		// The warehouse lifter's first block: two strengthening items a
		// session.
		{"warehouse-lifter", planner.English, 4, false},
		{"tendinopathy-piriformis", planner.German, 0, false},
		{"tendinopathy-piriformis", planner.English, 0, false},
		{"no-floor-75", planner.English, 0, true},
		{"no-floor-75", planner.German, 0, true},
	} {
		t.Run(c.persona+"/"+string(c.lang), func(t *testing.T) {
			plan := personaPlans(t, c.lang)[c.persona]
			if c.weeks > 0 {
				p := plan.Profile
				p.Weeks = c.weeks
				var err error
				if plan, err = planner.Make(catalog.Default(), p); err != nil {
					t.Fatal(err)
				}
			}
			say := locale.In(string(c.lang))
			_, lay, err := render(plan, Options{})
			if err != nil {
				t.Fatal(err)
			}
			// Text as laid out, on the program pages (portrait, before the
			// first week page) and on the week pages (landscape).
			var program, weeks strings.Builder
			for _, b := range lay.boxes {
				switch {
				case lay.pages[b.page-1].landscape:
					weeks.WriteString(b.text + " ")
				case b.page > 1 && weeks.Len() == 0:
					program.WriteString(b.text + " ")
				}
			}
			efforts := map[string]bool{}
			for _, wk := range plan.Weeks {
				for _, d := range wk.Days {
					for _, it := range d.Items {
						if it.Effort != "" {
							efforts[it.Effort] = true
						}
					}
				}
			}
			if len(efforts) == 0 {
				t.Fatal("no item says how hard it should feel")
			}
			flat := func(s string) string { return strings.Join(strings.Fields(s), " ") }
			for e := range efforts {
				// Lines are drawn in reading order: an effort wrapped over
				// lines reads whole again.
				if !strings.Contains(flat(program.String()), flat(e)) {
					t.Errorf("the program pages do not say %q", e)
				}
				// The week pages say it in a few words, whatever the room
				// (ninth German reading).
				if we := weekEffortIn(say, say, e); !strings.Contains(flat(weeks.String()), flat(we)) {
					t.Errorf("the week pages do not say %q (for %q)", we, e)
				}
			}
			hold := flat(say.Say("Hold on to a wall or chair."))
			if got := strings.Contains(flat(program.String()), hold); got != c.holdsOnWeek {
				t.Errorf("the program pages say %q: %v, want %v", hold, got, c.holdsOnWeek)
			}
			if got := strings.Contains(flat(weeks.String()), hold); got != c.holdsOnWeek {
				t.Errorf("the week pages say %q: %v, want %v", hold, got, c.holdsOnWeek)
			}
		})
	}
}

// TestTendonCheckAndBreaks: the tendinopathy persona's PDF says how much
// side pain is fine during the holds (rule 9) on each block's program page
// and in the guide entry of each hip-abductor hold, in both languages,
// and the office worker's, without the condition, nowhere. The movement
// breaks never tell the person to get up for the drill done sitting (rule
// 10): it is the one for when getting up is not possible.
func TestTendonCheckAndBreaks(t *testing.T) {
	for _, lang := range planner.Langs {
		say := locale.In(string(lang))
		plans := personaPlans(t, lang)
		for _, persona := range []string{"tendinopathy-piriformis", "office-worker"} {
			t.Run(persona+"/"+string(lang), func(t *testing.T) {
				plan := plans[persona]
				_, lay, err := render(plan, Options{})
				if err != nil {
					t.Fatal(err)
				}
				var holds []string
				for _, e := range plan.Exercises {
					if c := planner.TendonCheck(say, &e, plan.Profile); c != "" {
						holds = append(holds, e.In(string(lang)).Name)
					}
				}
				check := planner.TendonCheck(say, &catalog.Exercise{Category: catalog.Activation, Targets: []catalog.Target{catalog.GluteusMedius},
					GluteLoad: 0.1, Dose: catalog.Dose{Sets: 1, Seconds: 30}}, plans["tendinopathy-piriformis"].Profile)
				var program, guide, overview strings.Builder
				weeksDone := false
				for _, b := range lay.boxes {
					switch {
					case b.page == 1:
						overview.WriteString(b.text + " ")
					case lay.pages[b.page-1].landscape:
						weeksDone = true
					case !weeksDone:
						program.WriteString(b.text + " ")
					default:
						guide.WriteString(b.text + " ")
					}
				}
				flat := func(s string) string { return strings.Join(strings.Fields(s), " ") }
				wantProgram, wantGuide := 0, 0
				if persona == "tendinopathy-piriformis" {
					if len(holds) == 0 {
						t.Fatal("the plan holds no tendon hold, want at least one")
					}
					wantProgram, wantGuide = (len(plan.Weeks)+3)/4, len(holds)
				}
				if got := strings.Count(flat(program.String()), flat(check)); got != wantProgram {
					t.Errorf("the program pages say the tendon check %d times, want %d", got, wantProgram)
				}
				if got := strings.Count(flat(guide.String()), flat(check)); got != wantGuide {
					t.Errorf("the guide says the tendon check %d times, want %d", got, wantGuide)
				}
				// Each week page points the tendon holds to the program page
				// of its block that says the check (ninth German reading).
				pages := map[int]*strings.Builder{}
				for _, b := range lay.boxes {
					if pages[b.page] == nil {
						pages[b.page] = &strings.Builder{}
					}
					pages[b.page].WriteString(b.text + " ")
				}
				var checkPages []int
				pointers, anyPointer, weekPages := 0, 0, 0
				for n := 1; n <= len(lay.pages); n++ {
					text := ""
					if pages[n] != nil {
						text = flat(pages[n].String())
					}
					if !lay.pages[n-1].landscape && strings.Contains(text, flat(check)) && len(checkPages) < wantProgram {
						checkPages = append(checkPages, n)
					}
					if !lay.pages[n-1].landscape {
						continue
					}
					// One page a week here: the week's block's page.
					if b := weekPages / 4; b < len(checkPages) && strings.Contains(text, say.Sayf("pain limit: page %d", checkPages[b])) {
						pointers++
					}
					if strings.Contains(text, flat(say.Sayf("pain limit: page %d", 0)[:len(say.Sayf("pain limit: page %d", 0))-1])) {
						anyPointer++
					}
					weekPages++
				}
				if anyPointer != pointers {
					t.Errorf("%d week pages point to the tendon check, %d of them to the right page", anyPointer, pointers)
				}
				if wantPointers := min(wantProgram, 1) * len(plan.Weeks); pointers != wantPointers {
					t.Errorf("%d week pages point to the page of the tendon check (%v), want %d", pointers, checkPages, wantPointers)
				}
				seated := ""
				for _, id := range plan.MovementBreaks.Exercises {
					for _, e := range plan.Exercises {
						if e.ID == id && e.Position == catalog.Seated {
							seated = e.In(string(lang)).Name
						}
					}
				}
				if seated == "" {
					t.Fatal("no drill done sitting among the movement breaks")
				}
				if want := flat(say.Sayf("If you cannot get up just then: %s.", say.OneOf([]string{seated}))); !strings.Contains(flat(overview.String()), want) {
					t.Errorf("page 1 does not say %q", want)
				}
			})
		}
	}
}

// TestActivityWords: the pages name the person's own training as they do
// (rule 18): a run, a ride, a walk; "gym" only for the gym, and nothing of
// the kind for someone who has none ("+ gym 0", "Gym day"). A week's hard
// sets read in whole numbers, the own training's share named as the
// person would ("6 on your runs"), not as a sum of decimals (issue 22).
func TestActivityWords(t *testing.T) {
	for _, c := range []struct {
		persona   string
		lang      planner.Lang
		want, not []string
	}{
		{"office-worker", planner.English, nil, []string{"gym", "Gym", "your training", "+ "}},
		{"office-worker", planner.German, nil, []string{"Studio", "Ihr Training", "+ "}},
		{"runner-after-birth", planner.English, []string{"Your runs", "Run", "This week: about 8 hard sets, about 6 on your runs", "Your run today, and one round of “Pelvic-floor squeeze, lying down”."}, []string{"gym", "Gym", "+ runs"}},
		{"runner-after-birth", planner.German, []string{"Ihre Läufe", "Lauf", "Belastung in dieser Woche: etwa 8 Punkte, etwa 6 bei Ihren Läufen", "Heute Ihr Lauf und eine Runde „Beckenboden anspannen in Rückenlage“."}, []string{"Studio", "+ Läufe"}},
		{"desk-cyclist", planner.English, []string{"Your rides", "Ride", "Your ride today"}, []string{"gym", "Gym"}},
		{"no-floor-75", planner.English, []string{"Your walks", "Walk", "Your walk today", "This week counts as about 2 hard sets"}, []string{"gym", "Gym", "walks 0"}},
		{"warehouse-lifter", planner.English, []string{"Your gym sessions", "Gym", "Your gym session today", "at the gym"}, []string{"Gym day"}},
		{"warehouse-lifter", planner.German, []string{"Ihre Studioeinheiten", "Studio", "Heute Ihr Studiotraining"}, []string{"Studiotag"}},
	} {
		t.Run(c.persona+"/"+string(c.lang), func(t *testing.T) {
			_, lay, err := render(personaPlans(t, c.lang)[c.persona], Options{})
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			for _, x := range lay.boxes {
				b.WriteString(x.text + " ")
			}
			text := strings.Join(strings.Fields(b.String()), " ")
			for _, w := range c.want {
				if !strings.Contains(text, w) {
					t.Errorf("the PDF does not say %q", w)
				}
			}
			for _, w := range c.not {
				if i := strings.Index(text, w); i >= 0 {
					t.Errorf("the PDF says %q: …%s…", w, text[max(0, i-60):min(len(text), i+60)])
				}
			}
		})
	}
}
