package planner_test

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/logbook"
)

// The weeks the physiotherapist's review logged: evenings of 5 to 7 (a
// sore week), or of 0 to 3 (a calm one), every session done.
var (
	soreWeek = []int{5, 6, 6, 5, 6, 7, 6}
	calmWeek = []int{2, 3, 1, 0, 2, 1, 1}
)

// steerLogged logs every day of prev, the k-th week's evenings as
// evenings(k) with every session done, and returns the log's steer, as
// gluteplan next reads it.
func steerLogged(t *testing.T, prev *planner.Plan, evenings func(k int) []int) logbook.Steering {
	t.Helper()
	lg := logbook.New(prev)
	for k, w := range prev.Weeks {
		scores := evenings(k)
		for d, day := range w.Days {
			rec := logbook.Record{Date: day.Date, Soreness: &scores[d]}
			if day.Session != planner.RestDay {
				rec.Done = logbook.DoneAll
			}
			if _, err := lg.Enter(prev, rec); err != nil {
				t.Fatal(err)
			}
		}
	}
	return logbook.Steer(logbook.Summarize(prev, lg), prev.Profile.Language())
}

// soreNext plans the persona name in English from 2026-12-07 (over weeks
// weeks, unless 0), logs each of its weeks as soreWeek (throughout) or
// only its last (else calmWeek), and continues it as gluteplan next does
// with that log. It fails the test unless the log steps back.
func soreNext(t *testing.T, name string, weeks int, throughout bool) (prev, next *planner.Plan, st logbook.Steering) {
	t.Helper()
	i := slices.IndexFunc(personas, func(pc persona) bool { return pc.name == name })
	if i < 0 {
		t.Fatalf("no persona %s", name)
	}
	p := personas[i].profile
	p.Start, p.Lang = "2026-12-07", planner.English
	if weeks > 0 {
		p.Weeks = weeks
	}
	cat := catalog.Default()
	prev, err := planner.Make(cat, p)
	if err != nil {
		t.Fatal(err)
	}
	st = steerLogged(t, prev, func(k int) []int {
		if throughout || k == len(prev.Weeks)-1 {
			return soreWeek
		}
		return calmWeek
	})
	if st.Steer != planner.SteerStepBack {
		t.Fatalf("the log steered %s, want step_back", st.Steer)
	}
	q := prev.Profile
	q.Soreness, q.PainDays = 0, 0
	next, err = planner.Continue(cat, prev, q, st.Steer, st.Reason, st.Options()...)
	if err != nil {
		t.Fatal(err)
	}
	return prev, next, st
}

// activationOf lists the activation exercises of the weeks of plan in
// block bl.
func activationOf(plan *planner.Plan, bl int) map[string]bool {
	out := map[string]bool{}
	for _, x := range items(plan) {
		if x.week.Block == bl && x.item.Category == catalog.Activation && x.day.Session == planner.ActivationSession {
			out[x.item.Exercise] = true
		}
	}
	return out
}

// TestStepBack pins what the block after a sore log holds (README "the
// next block"), for the personas the physiotherapist's review read, logged
// as she read them (every evening 5 to 7: sore throughout) and with only
// the last week sore, and for plans that end in the middle of a block.
func TestStepBack(t *testing.T) {
	tests := []struct {
		name       string
		weeks      int
		throughout bool
		// oneSet lists the strengthening exercises the held weeks may
		// leave at one set a session; left, those the block leaves out.
		oneSet, left []string
		// above: the tendon holds take the first week above the last
		// lighter week.
		above bool
	}{
		// The lighter weeks keep two sets of fewer reps or shorter holds
		// (rule 16): the step back after them keeps every exercise at two
		// sets, one change from them (README "the next block").
		{name: "office-worker"},
		// Below the lighter week there is room for two of her three
		// exercises: the step back keeps the side-hip hold, the best
		// tolerated in a flare, and one of the squat and the hip
		// extension (the physiotherapist's C3).
		{name: "office-worker", throughout: true, left: []string{"chair-sit-to-stand"}},
		{name: "warehouse-lifter"},
		{name: "warehouse-lifter", throughout: true, oneSet: []string{"goblet-squat", "seated-isometric-hip-abduction", "weighted-romanian-deadlift"}, left: []string{"weighted-split-squat"}},
		// The lighter week keeps 2 × 3 holds of 30 s and the bridge hold
		// beside them; the step back from it keeps both, and, below it
		// after a block sore throughout, the holds at the lighter effort:
		// no room is left for the bridge hold (rule 9 before rule 16's
		// other work).
		{name: "tendinopathy-piriformis"},
		{name: "tendinopathy-piriformis", throughout: true, left: []string{"glute-bridge-hold"}},
		{name: "runner-after-birth"},
		// The lighter week keeps the bridge at two sets: the step back
		// below it has room for one of the bridge and the side-hip
		// exercise at two sets, and keeps the side-hip one (the
		// physiotherapist's C3 and M4).
		{name: "runner-after-birth", throughout: true, left: []string{"banded-glute-bridge"}},
		{name: "tendinopathy-piriformis", weeks: 6, left: []string{"glute-bridge-hold"}, above: true},
		{name: "tendinopathy-piriformis", weeks: 6, throughout: true, left: []string{"glute-bridge-hold"}, above: true},
		{name: "office-worker", weeks: 6},
		// The cyclist's lighter week 8 holds all three at two sets: the
		// step back keeps them, at two sets (week 11 too:
		// TestBuildKeepsSets).
		{name: "desk-cyclist", throughout: true},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s-%d-%v", tt.name, tt.weeks, tt.throughout), func(t *testing.T) {
			prev, next, st := soreNext(t, tt.name, tt.weeks, tt.throughout)
			cat := catalog.Default()
			flat := next.Weeks[1].Week // the weeks that hold level
			tendinopathy := slices.Contains(next.Profile.Conditions, planner.GlutealTendinopathy)
			// The tendon holds of the plan's last week, per session.
			was, built := map[string][2]int{}, map[string][2]int{}
			for _, d := range prev.Weeks[len(prev.Weeks)-1].Days {
				for _, it := range d.Items {
					was[it.Exercise] = [2]int{it.Sets * it.Reps, it.HoldSeconds}
				}
			}
			for _, w := range prev.Weeks {
				if w.Phase != planner.Build {
					continue
				}
				for _, d := range w.Days {
					for _, it := range d.Items {
						built[it.Exercise] = [2]int{it.Sets * it.Reps, it.HoldSeconds}
					}
				}
			}
			for _, x := range items(next) {
				e, _ := cat.ByID(x.item.Exercise)
				if x.week.Week > flat || x.week.Phase != planner.Build || x.day.Session != planner.ActivationSession || x.item.Category != catalog.Activation || e.GluteLoad == 0 {
					continue
				}
				// The lighter effort: fewer reps at the effort of a build
				// would mean a heavier weight.
				want := "you could do 4–5 more"
				if e.Isometric() {
					want = "about 3 to 5 out of 10"
				}
				if !strings.Contains(x.item.Effort, want) {
					t.Errorf("week %d %s: %s's effort is %q, want %q", x.week.Week, x.day.Weekday, x.item.Exercise, x.item.Effort, want)
				}
				// Two sets a session, with fewer reps or shorter holds or
				// fewer exercises, rather than one (rule 16).
				if x.item.Sets < 2 && !slices.Contains(tt.oneSet, x.item.Exercise) {
					t.Errorf("week %d %s: %s has %d set", x.week.Week, x.day.Weekday, x.item.Exercise, x.item.Sets)
				}
				// The tendon holds keep their length of 30 s or more and
				// their number (rule 9): the step back lowers the effort.
				if w, ok := was[x.item.Exercise]; tendinopathy && tendonHoldEntry(&e) && ok {
					holds := x.item.Sets * x.item.Reps
					if x.item.HoldSeconds < min(30, w[1]) || holds < min(w[0], 5) {
						t.Errorf("week %d %s: %s holds %d × %d s a session, after %d × %d s", x.week.Week, x.day.Weekday, x.item.Exercise, holds, x.item.HoldSeconds, w[0], w[1])
					}
					// A useful dose: where the last build week held 5 holds
					// of 30 s or more, so does the step back (rule 9; the
					// lighter week before it keeps them by shorter holds).
					if b := built[x.item.Exercise]; b[0] >= 5 && b[1] >= 30 && (holds < 5 || x.item.HoldSeconds < 30) {
						t.Errorf("week %d %s: %s holds %d × %d s a session, after %d × %d s in the last build week", x.week.Week, x.day.Weekday, x.item.Exercise, holds, x.item.HoldSeconds, b[0], b[1])
					}
				}
			}
			// No new exercises: the step back keeps to the block before's,
			// less those it leaves out.
			before := map[string]bool{}
			for bl := prev.Weeks[len(prev.Weeks)-1].Block; bl <= next.Weeks[0].Block; bl++ {
				for id := range activationOf(prev, bl) {
					before[id] = true
				}
			}
			now := activationOf(next, next.Weeks[0].Block)
			for id := range now {
				if !before[id] {
					t.Errorf("%s is new in the step back's block %d; the block before held %v", id, next.Weeks[0].Block, before)
				}
			}
			for id := range before {
				if !now[id] != slices.Contains(tt.left, id) && prev.Weeks[len(prev.Weeks)-1].Block == blockOfWeek(prev.Weeks[len(prev.Weeks)-1].Week) {
					t.Errorf("%s: left out %v, want %v", id, !now[id], slices.Contains(tt.left, id))
				}
			}
			// The side of the hip stays: where the block before trained
			// it, the step back keeps an exercise for it (README "the next
			// block": a flare tolerates side-hip work best).
			side := func(ids map[string]bool) bool {
				for id := range ids {
					if e, ok := cat.ByID(id); ok && e.GluteLoad > 0 && (e.Targets[0] == catalog.GluteusMedius || e.Targets[0] == catalog.GluteusMinimus) {
						return true
					}
				}
				return false
			}
			if side(before) && !side(now) {
				t.Errorf("the step back leaves out every side-hip exercise of %v; it keeps %v", before, now)
			}
			// What the text says is what the block does: its first week
			// holds no more than the last lighter week (below it after a
			// block sore throughout, where the tendon holds leave room),
			// and a block sore throughout asks for a check now.
			// The tendon holds alone may take it a little above, at the
			// light effort, with the rest left out, and it says so (rule 9:
			// in a flare the holds stay and the effort comes down).
			lighter := prev.Next.DeloadHSE
			above := next.Weeks[0].PlanHSE > lighter+1e-9
			if above != tt.above {
				t.Errorf("week %d holds %.2f against the last lighter week's %.2f: above %v, want %v", next.Weeks[0].Week, next.Weeks[0].PlanHSE, lighter, above, tt.above)
			}
			if above {
				for _, x := range items(next) {
					if e, _ := cat.ByID(x.item.Exercise); x.week.Week == next.Weeks[0].Week && e.GluteLoad > 0 && !tendonHoldEntry(&e) {
						t.Errorf("week %d holds %s beside the tendon holds that take it above the lighter week", x.week.Week, e.ID)
					}
				}
			}
			if st.Throughout != tt.throughout {
				t.Errorf("the log reads sore throughout: %v, want %v", st.Throughout, tt.throughout)
			}
			switch {
			case above:
				wantWarning(t, next, "the holds for the side of the hip stay as many and at least 30 s long, at a lighter effort, which takes its work a little above your last lighter week")
			case !tt.throughout:
				wantWarning(t, next, "starts no higher than in your last lighter week")
				wantWarning(t, next, "If the soreness does not settle within a week or two, get it checked")
			case next.Weeks[0].PlanHSE < lighter-0.02:
				wantWarning(t, next, "please book a check with a physical therapist or doctor now")
				wantWarning(t, next, "starts below your last lighter week")
			default:
				wantWarning(t, next, "please book a check with a physical therapist or doctor now")
				wantWarning(t, next, "starts no higher than in your last lighter week")
			}
			// A block that asks for a check now does not also say to give
			// it 8–12 weeks (the physiotherapist's N4): the two pull apart.
			// A step back after a sore last week only still may.
			for _, s := range next.Warnings {
				if strings.HasPrefix(s, "Give it time") && slices.ContainsFunc(next.Warnings, func(w string) bool { return strings.Contains(w, "book a check") && strings.Contains(w, " now.") }) {
					t.Errorf("the block asks for a check now and says %q", s)
				}
			}
			// The one set left is said once, in plain words, not one rule
			// a line.
			oneSet := 0
			for _, s := range next.Warnings {
				if m := weeksSaid.FindStringSubmatch(s); m != nil && !slices.ContainsFunc(regexp.MustCompile(`[0-9]+`).FindAllString(m[1], -1), func(n string) bool {
					w, _ := strconv.Atoi(n)
					return blockOfWeek(w) == next.Weeks[0].Block
				}) {
					continue // of a later block, which the log does not steer
				}
				// The one-set lines; a week that cannot rise names the
				// weekly rise (rule 3) as any plan does.
				if strings.Contains(s, "15%") || strings.Contains(s, "rather than two") {
					t.Errorf("a warning in rule talk: %q", s)
				}
				if strings.Contains(s, "one set") && !strings.Contains(s, "leaves out") && !strings.Contains(s, "left out") {
					oneSet++
				}
			}
			if want := min(1, len(tt.oneSet)); oneSet > want {
				t.Errorf("%d warnings speak of one set, want %d: %q", oneSet, want, next.Warnings)
			}
			oneSetSaysDoses(t, next)
			// The week's count of the person's own training says what the
			// step back advises: half the gym's glute sets, a run or a ride
			// without its hardest part at the easy estimate and a third
			// shorter (issue 22; the physiotherapist's M4); its lighter
			// week half that again, lighter than the weeks before it
			// (rule 3; her warehouse N3).
			var totals []float64
			for _, w := range next.Weeks {
				if w.Block != next.Weeks[0].Block {
					continue
				}
				want := 0.0
				for _, d := range w.Days {
					a, ok := next.Profile.ActivityOn(d.Weekday)
					if !ok || d.Activity == nil || *d.Activity == planner.Walking {
						continue
					}
					if a.Kind == planner.Gym {
						want += float64(a.Sets()) / 2
					} else {
						want += float64(min(a.Sets(), planner.DefaultGluteSets(a.Kind))) * 2 / 3
					}
				}
				if w.Phase == planner.Deload {
					want /= 2
					for i, t0 := range totals {
						if w.PlanHSE+w.GymHSE >= t0 {
							t.Errorf("lighter week %d holds %.2f, no less than week %d's %.2f", w.Week, w.PlanHSE+w.GymHSE, next.Weeks[i].Week, t0)
						}
					}
				}
				totals = append(totals, w.PlanHSE+w.GymHSE)
				if math.Abs(w.GymHSE-want) > 1e-9 {
					t.Errorf("week %d counts %v for the person's own training, want %v as the step back advises", w.Week, w.GymHSE, want)
				}
			}
			// The advice on the person's own training is said once for the
			// step back's block, its lighter week included: the lighter
			// weeks' advice names only weeks of later blocks.
			advice := 0
			for _, s := range next.Warnings {
				if !strings.Contains(s, "usual glute sets at the gym") && !strings.Contains(s, "leave out the hills") {
					continue
				}
				if strings.HasPrefix(s, "In the lighter week of this block") {
					continue // its lighter week, eased further
				}
				if !strings.HasPrefix(s, "In the lighter weeks") {
					advice++
					continue
				}
				for _, n := range regexp.MustCompile(`week ([0-9]+)`).FindAllStringSubmatch(s, -1) {
					if w, _ := strconv.Atoi(n[1]); blockOfWeek(w) == next.Weeks[0].Block {
						t.Errorf("%q repeats the step back's advice for week %d", s, w)
					}
				}
			}
			if len(next.Profile.AllActivities()) > 0 && advice != 1 {
				t.Errorf("%d warnings advise on the person's training for the step back, want 1: %q", advice, next.Warnings)
			}
		})
	}
}

// tendonHoldEntry reports whether e is an isometric hip-abductor hold with
// a glute load, the tendon loading of rule 9.
func tendonHoldEntry(e *catalog.Exercise) bool {
	return e.Category == catalog.Activation && e.GluteLoad > 0 && e.Isometric() && len(e.Targets) > 0 &&
		(e.Targets[0] == catalog.GluteusMedius || e.Targets[0] == catalog.GluteusMinimus)
}

// oneSetLine is a note on an exercise at one set in some of its
// sessions, a step back's or another limit's: the weeks, the exercise,
// and the days at one set or "" for every session.
var oneSetLine = regexp.MustCompile(`^In weeks? ([0-9, and]+), (.+?) has (?:one set a session(?: rather than two)?|1 set on (.+?) and [0-9]+ sets on .+?): `)

// oneSetSaysDoses checks that what the step back's notes say of one set
// is what the doses hold (rule 12): a note that says one set a session
// names an exercise at one set in every session of those weeks, and one
// that names days names those at one set, the others holding more.
func oneSetSaysDoses(t *testing.T, plan *planner.Plan) {
	t.Helper()
	for _, s := range plan.Warnings {
		m := oneSetLine.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		weeks := regexp.MustCompile(`[0-9]+`).FindAllString(m[1], -1)
		found := false
		for _, x := range items(plan) {
			if x.item.Name != m[2] || x.day.Session != planner.ActivationSession || !slices.Contains(weeks, strconv.Itoa(x.week.Week)) {
				continue
			}
			found = true
			day := map[planner.Weekday]string{planner.Mon: "Monday", planner.Tue: "Tuesday", planner.Wed: "Wednesday", planner.Thu: "Thursday",
				planner.Fri: "Friday", planner.Sat: "Saturday", planner.Sun: "Sunday"}[x.day.Weekday]
			named := m[3] == "" || strings.Contains(m[3], day)
			if named != (x.item.Sets == 1) {
				t.Errorf("%q, but week %d %s holds %s at %d sets", s, x.week.Week, day, m[2], x.item.Sets)
			}
		}
		if !found {
			t.Errorf("%q names no exercise of those weeks", s)
		}
	}
}

// TestStepBackFromLighterWeek continues, after a block sore throughout, a
// 5-minute plan whose lighter week leaves an exercise of its block out of
// its only session (case 7000057 of TestPropertyContinueSoreThroughout).
// The step back starts from the lighter week's exercises (README "the
// next block"): it brings back none the lighter week left out, as new at
// its starting dose, and starts below that week's level, at most at
// [planner.SoreShare] of it.
func TestStepBackFromLighterWeek(t *testing.T) {
	const seed = 7_000_057
	cat, p1, p2, _ := randomContinuation(seed)
	p1, p2 = english(p1), english(p2)
	p2.Weeks = min(p2.Weeks, planner.BlockWeeks)
	prev, err := planner.Make(cat, p1)
	if err != nil {
		t.Fatal(err)
	}
	st := soreLog(seed, prev)
	if st.Steer != planner.SteerStepBack || !st.Throughout {
		t.Fatalf("the log steered %s (throughout %v), want a step back after a block sore throughout", st.Steer, st.Throughout)
	}
	lw, ok := lastOf(prev, planner.Deload)
	if !ok {
		t.Fatal("the plan has no lighter week")
	}
	kept := sessionSets(lw)
	// The case as found: the lighter week leaves out an exercise that
	// the week before held.
	before := sessionSets(prev.Weeks[slices.IndexFunc(prev.Weeks, func(w planner.Week) bool { return w.Week == lw.Week })-1])
	if !slices.ContainsFunc(sortedKeys(before), func(id string) bool { return kept[id] == nil }) {
		t.Fatalf("the lighter week %d leaves nothing out (%v, the week before %v): the case proves nothing", lw.Week, kept, before)
	}
	next, err := planner.Continue(cat, prev, p2, st.Steer, st.Reason, st.Options()...)
	if err != nil {
		t.Fatal(err)
	}
	first := next.Weeks[0]
	for id := range sessionSets(first) {
		if kept[id] == nil {
			t.Errorf("week %d holds %s, which the lighter week %d left out", first.Week, id, lw.Week)
		}
	}
	if level := prev.Next.DeloadHSE; first.PlanHSE > planner.SoreShare*level+hseTol {
		t.Errorf("week %d starts at %.2f, above %.0f%% of the lighter week's %.2f", first.Week, first.PlanHSE, 100*planner.SoreShare, level)
	}
	if vs := soreThroughout(seed); len(vs) > 0 {
		t.Errorf("the continued plan breaks rules: %v", vs)
	}
}

// lastOf is plan's last week of phase ph.
func lastOf(plan *planner.Plan, ph planner.Phase) (planner.Week, bool) {
	for i := len(plan.Weeks) - 1; i >= 0; i-- {
		if plan.Weeks[i].Phase == ph {
			return plan.Weeks[i], true
		}
	}
	return planner.Week{}, false
}

// TestBuildKeepsSets checks that no build week takes a set off a
// strengthening exercise the week before gave two or more (rule 16: build
// weeks give two sets; rule 12: no untrue reason for one), in the persona
// plans and the blocks that step back after them: the cyclist's week 11
// once cut his band abduction to one set to give the others more reps
// (the physiotherapist's M1).
func TestBuildKeepsSets(t *testing.T) {
	for _, pc := range personas {
		for _, throughout := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s-%v", pc.name, throughout), func(t *testing.T) {
				prev, next, _ := soreNext(t, pc.name, 0, throughout)
				for _, plan := range []*planner.Plan{prev, next} {
					for i := 1; i < len(plan.Weeks); i++ {
						w := plan.Weeks[i]
						if w.Phase != planner.Build || w.Block != plan.Weeks[i-1].Block {
							continue
						}
						before, now := sessionSets(plan.Weeks[i-1]), sessionSets(w)
						for _, id := range sortedKeys(now) {
							for d, s := range now[id] {
								if was := before[id][d]; was >= 2 && s < 2 {
									t.Errorf("week %d %s: %s has %d set after %d in week %d", w.Week, d, id, s, was, w.Week-1)
								}
							}
						}
					}
				}
			})
		}
	}
}
