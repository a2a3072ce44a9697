package pdf

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// These tests read the PDF back with poppler-utils and qpdf, as a reader's
// viewer would; each skips when its tool is not installed.

func needTool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s not installed", name)
	}
	return path
}

// writeTemp renders the named test plan to a file and returns its path and layout.
func writeTemp(t *testing.T, name, paper string) (string, *layout) {
	t.Helper()
	b, lay, err := render(testPlans(t)[name], Options{Paper: paper})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name+"-"+paper+".pdf")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, lay
}

func run(t *testing.T, tool string, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	cmd := exec.Command(tool, args...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s%s", tool, strings.Join(args, " "), err, out.String(), errb.String())
	}
	return out.String()
}

func TestPDFInfo(t *testing.T) {
	pdfinfo := needTool(t, "pdfinfo")
	sizes := map[string][2]float64{"a4": {595.28, 841.89}, "letter": {612, 792}}
	for _, name := range []string{"1week", "4weeks-gym", "52weeks", "russian"} {
		for _, paper := range papersUnderTest {
			t.Run(name+"/"+paper, func(t *testing.T) {
				path, lay := writeTemp(t, name, paper)
				weeks := len(testPlans(t)[name].Weeks)
				info := run(t, pdfinfo, path)
				m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(info)
				if m == nil {
					t.Fatalf("no page count in:\n%s", info)
				}
				pages, _ := strconv.Atoi(m[1])
				if pages != len(lay.pages) {
					t.Errorf("pdfinfo counts %d pages, the layout %d", pages, len(lay.pages))
				}
				if pages < 1+weeks+1 {
					t.Errorf("%d pages for %d weeks: want an overview, the weeks and a guide", pages, weeks)
				}
				if !strings.Contains(info, "CreationDate:    Sat Jan  1 00:00:00 2000") {
					t.Errorf("creation date is not the fixed one:\n%s", info)
				}
				// Every page has the paper's size: portrait for the overview
				// and guide, landscape for the weeks.
				per := run(t, pdfinfo, "-f", "1", "-l", strconv.Itoa(pages), path)
				re := regexp.MustCompile(`(?m)^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts`)
				got := re.FindAllStringSubmatch(per, -1)
				if len(got) != pages {
					t.Fatalf("sizes of %d pages, want %d", len(got), pages)
				}
				want := sizes[paper]
				landscape := 0
				for _, g := range got {
					w, _ := strconv.ParseFloat(g[2], 64)
					h, _ := strconv.ParseFloat(g[3], 64)
					switch {
					case near(w, want[0]) && near(h, want[1]):
					case near(w, want[1]) && near(h, want[0]):
						landscape++
					default:
						t.Errorf("page %s is %.2f × %.2f pt, not %s", g[1], w, h, paper)
					}
				}
				if landscape != weeks {
					t.Errorf("%d landscape pages, want one per week (%d)", landscape, weeks)
				}
			})
		}
	}
}

func near(a, b float64) bool { return a-b < 0.5 && b-a < 0.5 }

func TestQPDFCheck(t *testing.T) {
	qpdf := needTool(t, "qpdf")
	for _, name := range []string{"4weeks-gym", "crowded", "greek", "nofont"} {
		for _, paper := range papersUnderTest {
			path, _ := writeTemp(t, name, paper)
			out := run(t, qpdf, "--check", path)
			if !strings.Contains(out, "No syntax or stream encoding errors") {
				t.Errorf("%s/%s: qpdf --check:\n%s", name, paper, out)
			}
		}
	}
}

func TestFontsEmbedded(t *testing.T) {
	pdffonts := needTool(t, "pdffonts")
	path, _ := writeTemp(t, "russian", "a4")
	out := run(t, pdffonts, path)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 3 {
		t.Fatalf("no fonts listed:\n%s", out)
	}
	for _, l := range lines[2:] {
		f := strings.Fields(l)
		// name type... encoding emb sub uni object ID
		if len(f) < 6 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", l)
		}
	}
}

// pageText returns the text of each page as pdftotext reads it in mode
// "-layout" (as on the page, columns side by side) or "-raw" (in drawing
// order, so a wrapped phrase reads on).
func pageText(t *testing.T, path string, pages int, mode string) []string {
	pdftotext := needTool(t, "pdftotext")
	var out []string
	for i := 1; i <= pages; i++ {
		out = append(out, run(t, pdftotext, mode, "-f", strconv.Itoa(i), "-l", strconv.Itoa(i), path, "-"))
	}
	return out
}

func TestPDFText(t *testing.T) {
	t.Parallel() // slow, and shares nothing with the others
	needTool(t, "pdftotext")
	for _, c := range []struct {
		plan string
		// what each part of the document must say, read in drawing order
		overview, week1, guide []string
		// short things that must read the same as laid out on week 1
		laidOut []string
	}{
		{
			plan:     "4weeks-gym",
			overview: []string{"Your glute plan", "Sam Lee", "Mon 7 Dec 2026 – Sun 3 Jan 2027", "Gym + primer", "max 16", "your gym sessions", "Every 45 minutes of sitting", "Standing hip circles", "Numbness or tingling that spreads", "bladder or bowel", "clearly gets worse", "stop and get it checked"},
			week1:    []string{"Week 1 · build · Mon 7 Dec – Sun 13 Dec 2026", "a safe ceiling for your glutes: 16", "Monday", "7 Dec", "Clamshell", "2 × 12, each side", "60 s, each side", "Gym + primer", "Warm-up before your gym session", "Rest", "Soreness tonight", "10"},
			guide:    []string{"Exercise guide", "Dynamic stretches", "Activation", "Release", "How to do it", "Why it helps"},
			laidOut:  []string{"Week 1", "Monday", "2 × 12", "60 s", "each side", "Gym + primer", "Soreness tonight", "Clamshell"},
		},
		{
			plan:     "russian",
			overview: []string{"Анна Петрова", "Mon 2 Mar – Sun 29 Mar 2026", "Круговые движения бедром стоя"},
			week1:    []string{"Week 1", "Ракушка", "2 × 12, each side", "Боковые шаги"},
			guide:    []string{"Ягодичный мостик", "Сожмите ягодицы"},
			laidOut:  []string{"Ракушка", "Week 1"},
		},
		{
			plan:     "greek",
			overview: []string{"Ελένη Παπαδοπούλου"},
			week1:    []string{"Όστρακο"},
			guide:    []string{"Γλουτιαία γέφυρα", "Ξαπλώστε ανάσκελα"},
		},
		{
			plan:     "escapes",
			overview: []string{`Čeněk Dvořák (Ondra) \ Шура`},
		},
		{
			plan:     "nofont",
			overview: []string{"?? ?? ?", "could not be printed"},
		},
	} {
		for _, paper := range papersUnderTest {
			t.Run(c.plan+"/"+paper, func(t *testing.T) {
				path, lay := writeTemp(t, c.plan, paper)
				texts := pageText(t, path, len(lay.pages), "-raw")
				weeks := len(testPlans(t)[c.plan].Weeks)
				first := firstPageWith(texts, "Week 1 ·")
				if first < 1 {
					t.Fatal("no page for week 1")
				}
				for n := 1; n <= weeks; n++ {
					if !strings.Contains(texts[first+n-1], fmt.Sprintf("Week %d ·", n)) {
						t.Errorf("page %d is not week %d", first+n, n)
					}
				}
				overview := strings.Join(texts[:first], "\n")
				guide := strings.Join(texts[first+weeks:], "\n")
				check := func(part, text string, wants []string) {
					flat := strings.Join(strings.Fields(text), " ")
					for _, w := range wants {
						if !strings.Contains(flat, w) {
							t.Errorf("%s does not say %q", part, w)
						}
					}
				}
				check("overview", overview, c.overview)
				check("week 1", texts[first], c.week1)
				check("guide", guide, c.guide)
				if len(c.laidOut) > 0 {
					laid := pageText(t, path, len(lay.pages), "-layout")
					for _, w := range c.laidOut {
						if !strings.Contains(laid[first], w) {
							t.Errorf("week 1 laid out does not say %q", w)
						}
					}
				}
				for i, text := range texts {
					if !strings.Contains(text, fmt.Sprintf("page %d of %d", i+1, len(texts))) {
						t.Errorf("page %d has no footer \"page %d of %d\"", i+1, i+1, len(texts))
					}
					if !strings.Contains(text, "gluteplan · ") {
						t.Errorf("page %d has no footer", i+1)
					}
				}
			})
		}
	}
}

func firstPageWith(texts []string, s string) int {
	for i, t := range texts {
		if strings.Contains(t, s) {
			return i
		}
	}
	return -1
}
