package planner_test

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/logbook"
)

// calmNext plans the persona name in English from 2026-12-07, logs every
// week as calmWeek with every session done, and continues it as
// gluteplan next does with that log.
func calmNext(t *testing.T, name string) (prev, next *planner.Plan) {
	t.Helper()
	i := slices.IndexFunc(personas, func(pc persona) bool { return pc.name == name })
	if i < 0 {
		t.Fatalf("no persona %s", name)
	}
	p := personas[i].profile
	p.Start, p.Lang = "2026-12-07", planner.English
	cat := catalog.Default()
	prev, err := planner.Make(cat, p)
	if err != nil {
		t.Fatal(err)
	}
	lg := logbook.New(prev)
	for _, w := range prev.Weeks {
		for d, day := range w.Days {
			rec := logbook.Record{Date: day.Date, Soreness: &calmWeek[d]}
			if day.Session != planner.RestDay {
				rec.Done = logbook.DoneAll
			}
			if _, err := lg.Enter(prev, rec); err != nil {
				t.Fatal(err)
			}
		}
	}
	st := logbook.Steer(logbook.Summarize(prev, lg), prev.Profile.Language())
	next, err = planner.Continue(cat, prev, prev.Profile, st.Steer, st.Reason, st.Options()...)
	if err != nil {
		t.Fatal(err)
	}
	return prev, next
}

// squeezedLine is the note on an exercise a block leaves out of its
// strengthening sessions for their minutes.
var squeezedLine = regexp.MustCompile(`^From week ([0-9]+), (.+?) is left out of your strengthening sessions: as the strengthening work builds, they take ([0-9]+) min by week ([0-9]+), which leaves too little of your ([0-9]+) minutes for its ([0-9]+) min\.$`)

// TestSqueezedSaysMinutes: an exercise left out of the strengthening
// sessions for the minutes says so with the minutes the sessions come
// to, and they are true: the week it names holds a session that long,
// too long to take the exercise beside it (rule 12: the true reason, not
// the minutes where the sessions have room). The office worker's
// stretch, after a good block, is the case the physiotherapist read.
func TestSqueezedSaysMinutes(t *testing.T) {
	_, next := calmNext(t, "office-worker")
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
