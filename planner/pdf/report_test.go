package pdf

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
	"github.com/gluteplan/gluteplan/planner/logbook"
	"github.com/gluteplan/gluteplan/planner/report"
)

// The reports under test are built from plans made by hand (the report
// reads only dates, weeks, session days and how each plan continues) and
// logs made with package logbook, as gluteplan log makes them.

// chainPlans makes a chain of plans of the given lengths in weeks from
// 2026-11-30, sessions on Mondays, Wednesdays and Fridays, the later
// plans continuing the earlier with the steers given in turn.
func chainPlans(name string, lens []int, steers []planner.Steer) []*planner.Plan {
	start := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	var out []*planner.Plan
	week := 1
	for k, n := range lens {
		p := &planner.Plan{Profile: planner.DefaultProfile(), Start: start.Format(time.DateOnly)}
		p.Profile.Name = name
		for w := range n {
			wk := planner.Week{Week: week, Block: (week-1)/4 + 1, Phase: planner.Build}
			for d := range 7 {
				day := planner.Day{Date: start.AddDate(0, 0, 7*w+d).Format(time.DateOnly), Session: planner.RestDay}
				if d%2 == 0 && d < 6 {
					day.Session = planner.ActivationSession
					day.Items = []planner.Item{{Exercise: "glute-bridge", Sets: 2, Reps: 10}, {Exercise: "clamshell", Sets: 2, Reps: 12}, {Exercise: "hip-circles", Sets: 1, Reps: 10}}
				}
				wk.Days = append(wk.Days, day)
			}
			p.Weeks = append(p.Weeks, wk)
			week++
		}
		end := start.AddDate(0, 0, 7*n-1)
		p.End = end.Format(time.DateOnly)
		if k > 0 {
			prev := out[k-1]
			p.Continues = &planner.Continued{From: prev.Start, To: prev.End, Steer: steers[(k-1)%len(steers)],
				Why: "Most evenings were 3 or less and nearly every session was done: the next block moves on."}
		}
		out = append(out, p)
		start = end.AddDate(0, 0, 1)
	}
	return out
}

// testReport makes the named report: a story the charts must show.
func testReport(t testing.TB, name, lang string) *report.Report {
	t.Helper()
	var plans []*planner.Plan
	tasks := []string{"Climbing stairs", "Sitting through a film"}
	sore := func(w, d int) int { return 2 }
	doneP := func(w, d int) bool { return true }
	scoreP := 1.0
	r := rand.New(rand.NewPCG(3, 5))
	switch name {
	case "three-blocks":
		plans = chainPlans("Sam Lee", []int{4, 4, 4}, []planner.Steer{planner.SteerStepBack, planner.SteerProgress})
		sore = func(w, d int) int { return []int{5, 5, 6, 5, 3, 2, 2, 1, 1, 2, 1, 1}[w] + r.IntN(3) - 1 }
		doneP = func(w, d int) bool { return w < 8 || w%2 == 1 }
		scoreP = 0.9
	case "52-weeks":
		// A year of 4-week plans, a flare in the middle with an evening
		// at 8, every evening and session logged.
		var lens []int
		for range 13 {
			lens = append(lens, 4)
		}
		plans = chainPlans("Alexandra Konstantinopoulou-Schmidt", lens, []planner.Steer{planner.SteerProgress, planner.SteerHold, planner.SteerStepBack, planner.SteerRepeat, planner.SteerNoLog})
		tasks = []string{"Climbing the stairs to the third floor with shopping bags", "Sitting through a two-hour meeting without standing up", "Lying on my left side at night"}
		sore = func(w, d int) int {
			base := 6 - w/6
			if w >= 24 && w < 28 {
				base = 6 + (w-24)/2
			}
			return max(0, min(10, base+r.IntN(3)-1))
		}
		doneP = func(w, d int) bool { return r.IntN(10) > 0 }
	case "rising":
		// Getting worse: the line to see someone, a scarce block, sessions
		// not logged, four tasks.
		plans = chainPlans("", []int{4, 2}, []planner.Steer{planner.SteerHold})
		tasks = []string{"Gehen", "Treppe", "Sitzen", "Schlafen"}
		sore = func(w, d int) int { return []int{2, 3, 4, 5, 6, 7}[w] }
		doneP = func(w, d int) bool { return w < 3 || d == 0 }
		scoreP = 0.5
	case "one-week":
		plans = chainPlans("Kim", []int{1}, nil)
		tasks = []string{"漢字のタスク", "Walking"}
		sore = func(w, d int) int { return d }
	case "long-names":
		plans = chainPlans(strings.Repeat("Maximilian ", 8), []int{2, 2}, []planner.Steer{planner.SteerNoLog})
		tasks = []string{strings.Repeat("W", 60), strings.Repeat("Ж", 60), "Aufstehen-aus-dem-tiefen-Sofa-ohne-Hände-und-ohne-Schwung-x"}
	default:
		t.Fatalf("no report %q", name)
	}
	var files []report.PlanFile
	var logs []report.LogFile
	w := 0
	for k, p := range plans {
		files = append(files, report.PlanFile{File: fmt.Sprintf("p%d.json", k), Plan: p})
		l := logbook.New(p)
		for _, wk := range p.Weeks {
			for d, day := range wk.Days {
				rec := logbook.Record{Date: day.Date}
				if r.Float64() < scoreP {
					s := sore(w, d)
					rec.Soreness = &s
				}
				if day.Session != planner.RestDay {
					rec.Done = logbook.DoneNone
					if doneP(w, d) {
						rec.Done = logbook.DoneAll
					}
				}
				if d == 6 {
					for i, task := range tasks {
						if name == "rising" && w < 4 && i == 3 || name == "rising" && w >= 4 && i == 0 {
							continue
						}
						rec.Function = append(rec.Function, logbook.FunctionScore{Task: task, Score: min(10, max(0, 2+w/3+i+r.IntN(2)))})
					}
				}
				if rec.Soreness == nil && rec.Done == "" && rec.Function == nil {
					continue
				}
				if _, err := l.Enter(p, rec); err != nil {
					t.Fatal(err)
				}
			}
			w++
		}
		logs = append(logs, report.LogFile{File: fmt.Sprintf("l%d.json", k), Log: l})
	}
	c, err := report.NewChain(files)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := report.Make(c, logs, locale.In(lang))
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

var reportNames = []string{"three-blocks", "52-weeks", "rising", "one-week", "long-names"}

// TestReportLayout checks every test report on both papers in both
// languages: text inside the margins and within its width, nothing
// overlapping, every word kept, and one or two pages.
func TestReportLayout(t *testing.T) {
	for _, name := range reportNames {
		for _, paper := range papersUnderTest {
			for _, lang := range planner.Langs {
				t.Run(name+"/"+paper+"/"+string(lang), func(t *testing.T) {
					_, lay, err := renderReport(testReport(t, name, string(lang)), Options{Paper: paper})
					if err != nil {
						t.Fatal(err)
					}
					checkLayout(t, lay)
					if len(lay.pages) != 2 {
						t.Errorf("%d pages, want 2", len(lay.pages))
					}
				})
			}
		}
	}
}

// TestReportDeterministic: the same report gives the same bytes, and a
// year of weekly plans stays under 200 KiB.
func TestReportDeterministic(t *testing.T) {
	r := testReport(t, "52-weeks", "en")
	var a, b bytes.Buffer
	if err := WriteReport(&a, r, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := WriteReport(&b, testReport(t, "52-weeks", "en"), Options{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two renderings of one report differ")
	}
	if a.Len() >= 200<<10 {
		t.Errorf("a year's report is %d bytes, over 200 KiB", a.Len())
	}
	if err := WriteReport(&b, r, Options{Paper: "a5"}); err == nil {
		t.Error("paper a5 printed")
	}
	if err := WriteReport(&b, &report.Report{}, Options{}); err == nil {
		t.Error("a report without weeks printed")
	}
}

// TestReportText reads the PDF back as a viewer would: the sentences, the
// line to see someone, the blocks' steers and the tasks in the person's
// words, on the right page.
func TestReportText(t *testing.T) {
	needTool(t, "pdftotext")
	for _, c := range []struct {
		name, lang   string
		page1, page2 []string
	}{
		{"three-blocks", "en", []string{"Is it getting better?", "Progress report for Sam Lee", "What the numbers say", "sessions done in block 1", "Block 2", "stepped back", "moved on", "8–10", "stop, get checked", "Climbing stairs", "Sitting through a film", "Sessions done each week", "page 1 of 2"},
			[]string{"In numbers", "Blocks", "How each plan began", "The pain rule", "Stop the plan's exercises and get checked", "page 2 of 2"}},
		{"rising", "de", []string{"Wird es besser?", "Wann Sie sich untersuchen lassen sollten", "gestiegen", "Außerdem in früheren Wochen bewertet", "Seite 1 von 2"},
			[]string{"In Zahlen", "Wie jeder Plan begann"}},
		{"52-weeks", "en", []string{"Alexandra Konstantinopoulou-Schmidt", "When to see someone", "scored 8 or more", "Lying on my left", "Block 13"}, nil},
		{"one-week", "en", []string{"“??????” was scored once", "Walking"}, []string{"could not be printed"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteReport(&buf, testReport(t, c.name, c.lang), Options{}); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), c.name+".pdf")
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			texts := pageText(t, path, 2, "-raw")
			for i, wants := range [][]string{c.page1, c.page2} {
				flat := strings.Join(strings.Fields(texts[i]), " ")
				for _, w := range wants {
					if !strings.Contains(flat, w) {
						t.Errorf("page %d does not say %q:\n%s", i+1, w, flat)
					}
				}
			}
		})
	}
}

// TestReportPNG renders the pages for a person to look at, when asked:
// GLUTEPLAN_REPORT_PNG=folder go test -run TestReportPNG ./planner/pdf
func TestReportPNG(t *testing.T) {
	dir := os.Getenv("GLUTEPLAN_REPORT_PNG")
	if dir == "" {
		t.Skip("set GLUTEPLAN_REPORT_PNG to a folder to render the report's pages")
	}
	pdftoppm := needTool(t, "pdftoppm")
	for _, name := range reportNames {
		for _, lang := range []string{"en", "de"} {
			var buf bytes.Buffer
			if err := WriteReport(&buf, testReport(t, name, lang), Options{}); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, name+"-"+lang+".pdf")
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			run(t, pdftoppm, "-png", "-r", "60", path, strings.TrimSuffix(path, ".pdf"))
		}
	}
}

// BenchmarkReport52Weeks renders a year's report: thirteen plans, every
// evening and session logged, three tasks.
func BenchmarkReport52Weeks(b *testing.B) {
	r := testReport(b, "52-weeks", "en")
	var n countWriter
	for b.Loop() {
		n = 0
		if err := WriteReport(&n, r, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n), "bytes")
}
