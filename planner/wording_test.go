package planner_test

import (
	"bytes"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// calmPair plans the persona name in English from 2026-12-07, logs every
// week as calmWeek with every session done, and continues it as
// gluteplan next does with that log.
func calmPair(t *testing.T, name string) (prev, next *planner.Plan) {
	t.Helper()
	return loggedNext(t, name, planner.English, false)
}

// loggedNext plans the persona name in lang from 2026-12-07, logs every
// week as soreWeek (sore) or calmWeek with every session done, and
// continues it as gluteplan next does with that log.
func loggedNext(t *testing.T, name string, lang planner.Lang, sore bool) (prev, next *planner.Plan) {
	t.Helper()
	i := slices.IndexFunc(personas, func(pc persona) bool { return pc.name == name })
	if i < 0 {
		t.Fatalf("no persona %s", name)
	}
	p := personas[i].profile
	p.Start, p.Lang = "2026-12-07", lang
	cat := catalog.Default()
	prev, err := planner.Make(cat, p)
	if err != nil {
		t.Fatal(err)
	}
	evenings := calmWeek
	if sore {
		evenings = soreWeek
	}
	st := steerLogged(t, prev, func(int) []int { return evenings })
	q := prev.Profile
	q.Weeks = 4 // one block, as the physiotherapist read it
	if sore {
		q.Soreness, q.PainDays = 0, 0
	}
	next, err = planner.Continue(cat, prev, q, st.Steer, st.Reason, st.Options()...)
	if err != nil {
		t.Fatal(err)
	}
	return prev, next
}

// TestGoldenNextGerman pins, in German, the next blocks the
// physiotherapist read (issue 22): the warehouse lifter's step back
// after a block sore throughout (with --explain: which sessions keep one
// set, the gym counted at the half it advises, the advice once, the
// weekly rise in words), and the office worker's block after a good log
// as the person reads it (whole numbers; the stretch left out for the
// minutes the sessions take). Every sentence issue 22 changed that these
// plans say reads here in German.
func TestGoldenNextGerman(t *testing.T) {
	for _, tt := range []struct {
		name    string
		sore    bool
		explain bool
		file    string
	}{
		{"warehouse-lifter", true, true, "warehouse-lifter.next-sore-de.txt"},
		{"office-worker", false, false, "office-worker.next-good-de.txt"},
	} {
		t.Run(tt.file, func(t *testing.T) {
			_, next := loggedNext(t, tt.name, planner.German, tt.sore)
			var text bytes.Buffer
			if err := next.WriteText(&text, tt.explain); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.file, text.Bytes())
		})
	}
}

// squeezedLine is the note on an exercise a block leaves out of its
// strengthening sessions for their minutes.
var squeezedLine = regexp.MustCompile(`^From week ([0-9]+), “(.+?)” is left out of your strengthening sessions: as the strengthening work builds, they take ([0-9]+) min by week ([0-9]+), which leaves too little of your ([0-9]+) minutes for its ([0-9]+) min\.$`)

// TestSqueezedSaysMinutes: an exercise left out of the strengthening
// sessions for the minutes says so with the minutes the sessions come
// to, and they are true: the week it names holds a session that long,
// too long to take the exercise beside it (rule 12: the true reason, not
// the minutes where the sessions have room). The office worker's
// stretch, after a good block, is the case the physiotherapist read.
func TestSqueezedSaysMinutes(t *testing.T) {
	_, next := calmPair(t, "office-worker")
	found := false
	for _, s := range next.Warnings {
		m := squeezedLine.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		found = true
		took, _ := strconv.Atoi(m[3])
		week, _ := strconv.Atoi(m[4])
		limit, _ := strconv.Atoi(m[5])
		need, _ := strconv.Atoi(m[6])
		if limit != next.Profile.Minutes || took+need <= limit {
			t.Errorf("%q: %d + %d minutes fit the %d minutes the person has", s, took, need, next.Profile.Minutes)
		}
		longest := 0.0
		for _, w := range next.Weeks {
			if w.Week != week {
				continue
			}
			for _, d := range w.Days {
				if d.Session == planner.ActivationSession {
					longest = max(longest, d.Minutes)
				}
			}
		}
		if int(math.Round(longest)) != took {
			t.Errorf("%q, but week %d's longest strengthening session takes %v min", s, week, longest)
		}
	}
	if !found {
		t.Errorf("no note on the stretch left out for the minutes: %q", next.Warnings)
	}
}

// TestPostpartumRunAdvice: a runner after giving birth whose runs the
// plan keeps is told to shorten them if she leaks or feels heaviness
// (rule 9); one whose runs are walks for now, or who does not run, is
// not; and the pelvic-floor exercises' reasons do not ask for squeezes
// every day while the plan holds them in the sessions.
func TestPostpartumRunAdvice(t *testing.T) {
	const advice = "make your runs shorter and easier"
	i := slices.IndexFunc(personas, func(pc persona) bool { return pc.name == "runner-after-birth" })
	base := personas[i].profile
	base.Lang = planner.English
	tests := []struct {
		name  string
		edit  func(p *planner.Profile)
		want  bool
		walks bool
	}{
		{"seven months after birth, running", func(p *planner.Profile) {}, true, false},
		{"eight weeks after birth: runs are walks", func(p *planner.Profile) { p.BirthDate = "2026-10-12" }, false, true},
		{"after birth, no runs", func(p *planner.Profile) { p.Activities = nil }, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := base
			tt.edit(&p)
			plan, err := planner.Make(catalog.Default(), p)
			if err != nil {
				t.Fatal(err)
			}
			got := slices.ContainsFunc(plan.Warnings, func(s string) bool { return strings.Contains(s, advice) })
			if got != tt.want {
				t.Errorf("advice to shorten runs: %v, want %v: %q", got, tt.want, plan.Warnings)
			}
			walks := slices.ContainsFunc(plan.Warnings, func(s string) bool { return strings.Contains(s, "Walk on your running days instead") })
			if walks != tt.walks {
				t.Errorf("runs as walks: %v, want %v", walks, tt.walks)
			}
			for _, e := range plan.Exercises {
				if strings.Contains(e.ID, "pelvic-floor") && (strings.Contains(e.Why, "every day") || strings.Contains(e.Translations["de"].Why, "täglich")) {
					t.Errorf("%s asks for squeezes every day; the plan holds them in its sessions: %q", e.ID, e.Why)
				}
			}
		})
	}
}

// TestRedFlagsWhoToTell: the last red flag says whom to go back to, and
// never claims someone treats the person who did not say so (rule 1:
// seen false with a diagnosis means someone diagnosed it, not that
// someone treats it).
func TestRedFlagsWhoToTell(t *testing.T) {
	tests := []struct {
		name       string
		seen       bool
		conditions []planner.Condition
		want       string
	}{
		{"seen by a professional", true, nil, "stop and tell whoever is treating you"},
		{"seen, with a diagnosis", true, []planner.Condition{planner.GlutealTendinopathy}, "stop and tell whoever is treating you"},
		{"diagnosed, not said to be seen", false, []planner.Condition{planner.GlutealTendinopathy, planner.PiriformisSyndrome}, "stop and go back to whoever diagnosed it"},
		{"neither", false, nil, "stop and get it checked"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := planner.DefaultProfile()
			p.Seen, p.Conditions = tt.seen, tt.conditions
			for _, l := range []*locale.Language{locale.English, locale.German} {
				flags := planner.RedFlags(l, p)
				last := flags[len(flags)-1]
				if l == locale.English && !strings.HasSuffix(last, tt.want+".") {
					t.Errorf("%q, want it to end %q", last, tt.want)
				}
				if !tt.seen && (strings.Contains(last, "treating") || strings.Contains(last, "behandelnd")) {
					t.Errorf("%q claims someone treats a person who did not say so", last)
				}
			}
		})
	}
	// The persona the physiotherapist read: diagnosed, seen false; no
	// line of her plan claims a professional has seen it.
	i := slices.IndexFunc(personas, func(pc persona) bool { return pc.name == "tendinopathy-piriformis" })
	p := personas[i].profile
	p.Lang = planner.English
	plan, err := planner.Make(catalog.Default(), p)
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	plan.WriteText(&text, true)
	for _, bad := range []string{"a professional has seen it", "whoever is treating you"} {
		if strings.Contains(text.String(), bad) {
			t.Errorf("the plan of a person not said to be seen says %q", bad)
		}
	}
}

// TestStepBackEffortClaim checks that a step back claims a lighter effort
// exactly where it lowers one (rule 12): where its first weeks keep an
// exercise the last week before did at the higher effort.
func TestStepBackEffortClaim(t *testing.T) {
	for _, tc := range []struct {
		name    string
		weeks   int
		lighter bool
	}{
		// The office worker's lighter week 8 held the wall hold at the
		// hold's higher effort; the step back keeps it (the side-hip work
		// it keeps first) at light to moderate, so it is lighter.
		{"office-worker", 0, true},
		// The cyclist's lighter week 8 was all moderate: nothing to ease.
		{"desk-cyclist", 0, false},
		// A 6-week plan ends on a build week at the higher effort.
		{"desk-cyclist", 6, true},
	} {
		prev, next, _ := soreNext(t, tc.name, tc.weeks, true)
		claims := slices.ContainsFunc(next.Warnings, func(w string) bool {
			return strings.Contains(w, "lighter effort") || strings.Contains(w, "effort is lighter")
		})
		wasHard := map[string]bool{}
		for _, d := range prev.Weeks[len(prev.Weeks)-1].Days {
			for _, it := range d.Items {
				if d.Session == planner.ActivationSession && it.Effort != "" && !strings.HasPrefix(it.Effort, "moderate") &&
					!strings.HasPrefix(it.Effort, "effort: light to moderate") {
					wasHard[it.Exercise] = true
				}
			}
		}
		hard, eased := false, false
		for _, w := range next.Weeks[:2] {
			for _, d := range w.Days {
				for _, it := range d.Items {
					hard = hard || strings.Contains(it.Effort, "last 2–3 reps") || it.Effort == "strong but comfortable"
					eased = eased || wasHard[it.Exercise]
				}
			}
		}
		if eased != tc.lighter {
			t.Errorf("%s: keeps an exercise done at the higher effort before %v, want %v", tc.name, eased, tc.lighter)
		}
		if hard {
			t.Errorf("%s: the step back's first weeks ask for the higher effort", tc.name)
		}
		if claims != tc.lighter {
			t.Errorf("%s: claims a lighter effort %v, want %v; warnings:\n%s", tc.name, claims, tc.lighter, strings.Join(next.Warnings, "\n"))
		}
	}
}
