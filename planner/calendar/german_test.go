package calendar_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/calendar"
)

// germanPersonas makes the German plans of the README's personas (the
// profiles in planner/testdata/personas), by name.
func germanPersonas(t *testing.T) map[string]*planner.Plan {
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
		p.Lang = planner.German
		plan, err := planner.Make(catalog.Default(), p)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[strings.TrimSuffix(filepath.Base(f), ".json")] = plan
	}
	return out
}

// englishWords are words that no German sentence of gluteplan holds and
// most English ones do.
var englishWords = regexp.MustCompile(`\b(the|your|you|and|with|each|hold|week|of)\b`)

// checkGerman reports English in text, a German view of a plan: any name
// or sentence of the default catalog as written, and any common English
// word.
func checkGerman(t *testing.T, what, text string) {
	t.Helper()
	flat := strings.Join(strings.Fields(text), " ")
	for _, e := range catalog.Default().Exercises {
		if _, ok := e.Translations["de"]; !ok {
			continue
		}
		for _, s := range append(append(append([]string{e.Name, e.Why}, e.Steps...), e.Cues...), e.Mistakes...) {
			s = strings.Join(strings.Fields(s), " ")
			if len(s) < 4 || !strings.Contains(flat, s) {
				continue
			}
			if regexp.MustCompile(`(^|[^\pL])` + regexp.QuoteMeta(s) + `($|[^\pL])`).MatchString(flat) {
				t.Errorf("%s holds the English %q", what, s)
			}
		}
	}
	if m := englishWords.FindAllString(flat, 5); len(m) > 0 {
		i := englishWords.FindStringIndex(flat)
		t.Errorf("%s holds English words %q, first in %q", what, m, flat[max(0, i[0]-60):min(len(flat), i[1]+60)])
	}
}

// TestGermanPersonas reads the calendar and the terminal text of each
// persona's German plan: every event's title and description, and every
// line the terminal prints, hold no English name or sentence of the
// default catalog and no English words (issue 18); and every exercise of
// the plan is named in German in the events, with how it should feel.
// The terminal is read without --explain: its lists of left-out entries
// give their ids, which are English words by design.
func TestGermanPersonas(t *testing.T) {
	plans := germanPersonas(t)
	for name, plan := range plans {
		t.Run(name, func(t *testing.T) {
			data, err := calendar.Bytes(plan)
			if err != nil {
				t.Fatal(err)
			}
			cal := readICS(t, data)
			var events strings.Builder
			events.WriteString(cal.get(t, "X-WR-CALNAME").value + "\n" + cal.get(t, "X-WR-CALDESC").value + "\n")
			for _, ev := range cal.subs {
				events.WriteString(ev.get(t, "SUMMARY").value + "\n" + ev.get(t, "DESCRIPTION").value + "\n")
			}
			checkGerman(t, name+".ics", events.String())
			for _, wk := range plan.Weeks {
				for _, d := range wk.Days {
					for _, it := range d.Items {
						if de := plan.ExerciseName(it.Exercise); !strings.Contains(events.String(), "- "+de+": ") {
							t.Errorf("%s.ics does not name %s as %q", name, it.Exercise, de)
						}
						if it.Effort != "" && !strings.Contains(events.String(), it.Effort) {
							t.Errorf("%s.ics does not say how %s should feel (%q)", name, it.Exercise, it.Effort)
						}
					}
				}
			}

			var text bytes.Buffer
			if err := plan.WriteText(&text, false); err != nil {
				t.Fatal(err)
			}
			checkGerman(t, name+" (terminal)", text.String())
		})
	}
}
