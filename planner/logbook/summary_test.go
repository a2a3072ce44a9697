package logbook_test

import (
	"math"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
	"github.com/gluteplan/gluteplan/planner/logbook"
)

// week enters plan week w (1-based) the way the paper sheet does: seven
// evening scores (-1 for a blank) and the same done for every session.
func week(t *testing.T, plan *planner.Plan, l *logbook.Log, w int, scores [7]int, done logbook.Done) {
	t.Helper()
	for d, day := range plan.Weeks[w-1].Days {
		r := logbook.Record{Date: day.Date}
		if scores[d] >= 0 {
			r.Soreness = score(scores[d])
		}
		if day.Session != planner.RestDay {
			r.Done = done
		}
		if r.Soreness == nil && r.Done == "" {
			continue
		}
		if _, err := l.Enter(plan, r); err != nil {
			t.Fatal(err)
		}
	}
}

func TestSummarize(t *testing.T) {
	plan := makePlan(t, "2026-11-30", 4)
	l := logbook.New(plan)
	week(t, plan, l, 1, [7]int{2, 3, 1, 0, 2, 1, 1}, logbook.DoneAll)
	week(t, plan, l, 2, [7]int{6, 7, 8, -1, 3, -1, 4}, logbook.DoneNone)
	// One session of week 3 done in part: one exercise of its session.
	sess, _ := days(t, plan, 2)
	l.Enter(plan, logbook.Record{Date: sess.Date, Done: logbook.DoneSome, Exercises: []string{sess.Items[0].Exercise}})

	s := logbook.Summarize(plan, l)
	if len(s.Weeks) != 4 || s.Last != 2 {
		t.Fatalf("weeks %d, last %d: want 4 and index 2", len(s.Weeks), s.Last)
	}
	w1, w2, w3, w4 := s.Weeks[0], s.Weeks[1], s.Weeks[2], s.Weeks[3]
	sessions := 0
	for _, d := range plan.Weeks[0].Days {
		if d.Session != planner.RestDay {
			sessions++
		}
	}
	if w1.Sessions != sessions || w1.SessionsLogged != sessions || w1.SessionsDone != float64(sessions) {
		t.Errorf("week 1 sessions %d logged %d done %g, want all %d", w1.Sessions, w1.SessionsLogged, w1.SessionsDone, sessions)
	}
	if w1.Evenings != 7 || w1.SoreEvenings != 0 || w1.LowEvenings != 7 || math.Abs(w1.Average-10.0/7) > 1e-9 {
		t.Errorf("week 1 evenings %+v", w1)
	}
	if w2.Evenings != 5 || w2.SoreEvenings != 3 || w2.StopEvenings != 1 || w2.LowEvenings != 1 || w2.SessionsDone != 0 || w2.Average != 28.0/5 {
		t.Errorf("week 2 evenings %+v", w2)
	}
	ids := map[string]bool{}
	for _, it := range sess.Items {
		ids[it.Exercise] = true
	}
	if want := 1 / float64(len(ids)); w3.SessionsLogged != 1 || math.Abs(w3.SessionsDone-want) > 1e-9 || w3.Evenings != 0 {
		t.Errorf("week 3: logged %d done %g evenings %d, want 1, %g, 0", w3.SessionsLogged, w3.SessionsDone, w3.Evenings, want)
	}
	if w4.Logged || w4.Sessions == 0 {
		t.Errorf("week 4 %+v: want planned, not logged", w4)
	}
	// Week 3 has no evenings scored: no trend.
	if s.Trend != logbook.TrendUnknown {
		t.Errorf("trend %s, want unknown", s.Trend)
	}
}

// refer marks the rows of TestSteer that must refer.
const refer planner.Steer = "(refer)"

// TestSteer pins the rules of README "the next block", one row each.
func TestSteer(t *testing.T) {
	type wk struct {
		scores [7]int
		done   logbook.Done
	}
	blank := [7]int{-1, -1, -1, -1, -1, -1, -1}
	low := [7]int{1, 2, 0, 1, 2, 1, 0}
	tests := []struct {
		name  string
		weeks []wk
		want  planner.Steer
		trend logbook.Trend
	}{
		{"an empty log: no_log", nil, planner.SteerNoLog, logbook.TrendUnknown},
		{"an evening at 8 in the last week refers", []wk{{low, logbook.DoneAll}, {[7]int{1, 1, 8, 1, 1, 1, 1}, logbook.DoneAll}}, refer, logbook.Steady},
		{"two evenings at 6 or more step back", []wk{{[7]int{2, 2, 2, 2, 3, 3, 3}, logbook.DoneAll}, {[7]int{6, 1, 7, 1, 1, 1, 1}, logbook.DoneAll}}, planner.SteerStepBack, logbook.Steady},
		{"one evening at 6 in the last two weeks holds", []wk{{low, logbook.DoneAll}, {[7]int{6, 1, 0, 1, 1, 1, 1}, logbook.DoneAll}}, planner.SteerHold, logbook.Steady},
		{"sore evenings only in an earlier week do not step back", []wk{{[7]int{7, 7, 6, 5, 4, 3, 3}, logbook.DoneAll}, {low, logbook.DoneAll}, {low, logbook.DoneAll}}, planner.SteerHold, logbook.Falling},
		{"an early sore week long past progresses", []wk{{[7]int{6, 3, 3, 3, 3, 3, 3}, logbook.DoneAll}, {low, logbook.DoneAll}, {low, logbook.DoneAll}}, planner.SteerProgress, logbook.Falling},
		{"a rising trend steps back", []wk{{low, logbook.DoneAll}, {[7]int{3, 3, 4, 3, 2, 3, 4}, logbook.DoneAll}}, planner.SteerStepBack, logbook.Rising},
		{"a rise that ends at 3 or less is no rising trend", []wk{{[7]int{0, 0, 1, 0, 1, 0, 1}, logbook.DoneAll}, {[7]int{2, 2, 3, 1, 2, 2, 2}, logbook.DoneAll}}, planner.SteerProgress, logbook.Steady},
		{"a rise of less than a point is steady", []wk{{[7]int{2, 2, 2, 2, 2, 2, 2}, logbook.DoneAll}, {[7]int{3, 2, 3, 2, 3, 2, 3}, logbook.DoneAll}}, planner.SteerProgress, logbook.Steady},
		{"a rise read from few evenings still counts", []wk{{[7]int{0, -1, -1, -1, -1, -1, -1}, logbook.DoneAll}, {[7]int{5, 5, -1, -1, -1, -1, -1}, logbook.DoneAll}}, planner.SteerStepBack, logbook.Rising},
		{"fewer than half done repeats", []wk{{low, logbook.DoneNone}, {low, logbook.DoneNone}}, planner.SteerRepeat, logbook.Steady},
		{"fewer than half the evenings scored hold", []wk{{[7]int{1, -1, 1, -1, 1, -1, -1}, logbook.DoneAll}, {[7]int{1, -1, 1, -1, 1, -1, -1}, logbook.DoneAll}}, planner.SteerHold, logbook.Steady},
		{"done but evenings at 4-5 hold", []wk{{[7]int{4, 5, 4, 5, 4, 3, 4}, logbook.DoneAll}, {[7]int{4, 5, 4, 5, 4, 3, 4}, logbook.DoneAll}}, planner.SteerHold, logbook.Steady},
		{"low evenings but sessions not logged hold", []wk{{low, ""}, {low, ""}}, planner.SteerHold, logbook.Steady},
		{"sessions done but no evenings hold", []wk{{blank, logbook.DoneAll}, {blank, logbook.DoneAll}}, planner.SteerHold, logbook.TrendUnknown},
		{"a falling trend with everything done progresses", []wk{{[7]int{5, 4, 3, 3, 2, 3, 2}, logbook.DoneAll}, {low, logbook.DoneAll}}, planner.SteerProgress, logbook.Falling},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan := makePlan(t, "2026-11-30", 4)
			l := logbook.New(plan)
			for i, w := range tt.weeks {
				week(t, plan, l, i+1, w.scores, w.done)
			}
			s := logbook.Summarize(plan, l)
			if s.Trend != tt.trend {
				t.Errorf("trend %s, want %s", s.Trend, tt.trend)
			}
			got := logbook.Steer(s, locale.English)
			if tt.want == refer {
				if !got.Refer || got.Steer != planner.SteerStepBack {
					t.Errorf("got %+v, want a referral", got)
				}
			} else if got.Refer || got.Steer != tt.want {
				t.Errorf("steer %s, refer %v (%s), want %s", got.Steer, got.Refer, got.Reason, tt.want)
			}
			if got.Reason == "" {
				t.Error("no reason given")
			}
			if r, want := logbook.Rule(locale.English, got), stepRule[tt.name]; want != "" && r != want {
				// next --explain names the rule that fired, not every one.
				t.Errorf("rule %q, want %q", r, want)
			}
			// In German the log steers the same way, its reason in German.
			de := logbook.Steer(s, locale.German)
			if de.Steer != got.Steer || de.Refer != got.Refer || de.Reason == "" || de.Reason == got.Reason {
				t.Errorf("in German: %+v, in English %+v", de, got)
			}
		})
	}
}

// stepRule is the rule next --explain names for TestSteer's step backs:
// the one that fired.
var stepRule = map[string]string{
	"two evenings at 6 or more step back":        "a step back, because last week had two or more sore evenings",
	"a rising trend steps back":                  "a step back, because your evening soreness rose over the block",
	"a rise read from few evenings still counts": "a step back, because your evening soreness rose over the block",
}

// TestUnlogged: without a log, the next block goes on carefully, the reason
// in the plan's language.
func TestUnlogged(t *testing.T) {
	en, de := logbook.Unlogged(locale.English), logbook.Unlogged(locale.German)
	if en.Steer != planner.SteerNoLog || de.Steer != planner.SteerNoLog || en.Refer || de.Refer {
		t.Errorf("got %+v and %+v, want no_log", en, de)
	}
	if !strings.HasPrefix(en.Reason, "No log was given") || de.Reason == en.Reason || de.Reason == "" {
		t.Errorf("reasons %q and %q", en.Reason, de.Reason)
	}
}

// TestSteerBlock: the shares count the block the log ends in, not the
// blocks before it.
func TestSteerBlock(t *testing.T) {
	plan := makePlan(t, "2026-11-30", 6)
	l := logbook.New(plan)
	low := [7]int{1, 2, 0, 1, 2, 1, 0}
	for w := 1; w <= 4; w++ {
		week(t, plan, l, w, low, logbook.DoneNone)
	}
	week(t, plan, l, 5, low, logbook.DoneAll)
	week(t, plan, l, 6, low, logbook.DoneAll)
	if got := logbook.Steer(logbook.Summarize(plan, l), locale.English); got.Steer != planner.SteerProgress {
		t.Errorf("steer %s (%s), want progress: block 1's misses are behind", got.Steer, got.Reason)
	}
}

// TestSteerFunction: a function score down by 2 or more steps back, as
// rising soreness does; a smaller fall, or a rise, does not, and a falling
// score keeps a block from progressing (README "the next block").
func TestSteerFunction(t *testing.T) {
	low := [7]int{1, 2, 0, 1, 2, 1, 0}
	tests := []struct {
		name          string
		first, second int
		want          planner.Steer
	}{
		{"down by 2 steps back", 6, 4, planner.SteerStepBack},
		{"down by 1 progresses", 6, 5, planner.SteerProgress},
		{"up progresses", 4, 7, planner.SteerProgress},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan := makePlan(t, "2026-11-30", 4)
			l := logbook.New(plan)
			week(t, plan, l, 1, low, logbook.DoneAll)
			week(t, plan, l, 2, low, logbook.DoneAll)
			for i, score := range []int{tt.first, tt.second} {
				day := plan.Weeks[i].Days[6].Date
				if _, err := l.Enter(plan, logbook.Record{Date: day, Function: []logbook.FunctionScore{{Task: "Climbing stairs", Score: score}}}); err != nil {
					t.Fatal(err)
				}
			}
			got := logbook.Steer(logbook.Summarize(plan, l), locale.English)
			if got.Steer != tt.want {
				t.Errorf("steer %s (%s), want %s", got.Steer, got.Reason, tt.want)
			}
			if r := logbook.Rule(locale.English, got); tt.want == planner.SteerStepBack && r != "a step back, because your score for a task fell by 2 or more" {
				t.Errorf("rule %q, want the task's fall", r)
			}
			if tt.want == planner.SteerStepBack && !strings.Contains(got.Reason, "Climbing stairs") {
				t.Errorf("the reason %q does not name the task", got.Reason)
			}
		})
	}
}

// TestMornings: a morning 2 or more above the evening before counts that
// evening as sore (the pain rule's "worse the next morning"), a morning at
// 8 or more refers as an evening does, and a morning alone changes nothing
// else.
func TestMornings(t *testing.T) {
	tests := []struct {
		name             string
		evening, morning int // -1: not scored
		sore, worse, low int
		stop             int
	}{
		{"calm", 2, 2, 0, 0, 1, 0},
		{"one worse", 2, 3, 0, 0, 1, 0},
		{"two worse", 2, 4, 1, 1, 0, 0},
		{"sore anyway", 6, 9, 1, 0, 0, 1},
		{"better", 5, 1, 0, 0, 0, 0},
		{"morning alone", -1, 5, 0, 0, 0, 0},
		{"morning at 8", -1, 8, 0, 0, 0, 1},
		{"evening alone", 3, -1, 0, 0, 1, 0},
	}
	for _, tt := range tests {
		plan := makePlan(t, "2026-11-30", 1)
		l := logbook.New(plan)
		r := logbook.Record{Date: plan.Weeks[0].Days[0].Date}
		if tt.evening >= 0 {
			r.Soreness = score(tt.evening)
		}
		if tt.morning >= 0 {
			r.Morning = score(tt.morning)
		}
		if _, err := l.Enter(plan, r); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		w := logbook.Summarize(plan, l).Weeks[0]
		if w.SoreEvenings != tt.sore || w.WorseMornings != tt.worse || w.LowEvenings != tt.low || w.StopEvenings != tt.stop {
			t.Errorf("%s: sore %d worse %d low %d stop %d, want %d %d %d %d", tt.name,
				w.SoreEvenings, w.WorseMornings, w.LowEvenings, w.StopEvenings, tt.sore, tt.worse, tt.low, tt.stop)
		}
	}
}

// TestMorningSteers: two evenings whose mornings were worse step back and
// say why; a morning at 8 refers.
func TestMorningSteers(t *testing.T) {
	plan := makePlan(t, "2026-11-30", 1)
	l := logbook.New(plan)
	for d, m := range []int{4, 5} {
		if _, err := l.Enter(plan, logbook.Record{Date: plan.Weeks[0].Days[d].Date, Soreness: score(2), Morning: score(m)}); err != nil {
			t.Fatal(err)
		}
	}
	st := logbook.Steer(logbook.Summarize(plan, l), locale.English)
	if st.Steer != planner.SteerStepBack || !strings.Contains(st.Reason, "morning after") {
		t.Errorf("worse mornings: %s %q, want a step back that names the mornings", st.Steer, st.Reason)
	}
	if r := logbook.Rule(locale.English, st); !strings.Contains(r, "mornings worse than the evening before") {
		t.Errorf("rule %q does not name the mornings", r)
	}
	l.Enter(plan, logbook.Record{Date: plan.Weeks[0].Days[2].Date, Morning: score(8)})
	if st := logbook.Steer(logbook.Summarize(plan, l), locale.English); !st.Refer {
		t.Errorf("a morning at 8: %s %q, want a referral", st.Steer, st.Reason)
	}
	// Entering the morning alone keeps the evening.
	e := l.Entries[0]
	if e.Soreness == nil || *e.Soreness != 2 || e.Morning == nil || *e.Morning != 4 {
		t.Errorf("first entry %+v: want evening 2 and morning 4", e)
	}
	if _, err := l.Enter(plan, logbook.Record{Date: plan.Weeks[0].Days[0].Date, Morning: score(11)}); err == nil {
		t.Error("a morning of 11 was accepted")
	}
}

// TestSoreThroughout pins when a step back reads its block as sore
// throughout, its lighter week included (logbook.SoreThroughout): more
// than half of the scored evenings of the block, and of its lighter week,
// at 4 or more, with at least half of them scored.
func TestSoreThroughout(t *testing.T) {
	sore, calm, lighter4 := [7]int{5, 6, 6, 5, 6, 7, 6}, [7]int{2, 3, 1, 0, 2, 1, 1}, [7]int{4, 4, 3, 6, 2, 4, 6}
	blank := [7]int{-1, -1, -1, -1, -1, -1, -1}
	tests := []struct {
		name  string
		weeks int
		log   [][7]int
		steer planner.Steer
		want  bool
	}{
		{"every evening 5 to 7", 4, [][7]int{sore, sore, sore, sore}, planner.SteerStepBack, true},
		{"the lighter week mostly 4 or more", 4, [][7]int{sore, sore, sore, lighter4}, planner.SteerStepBack, true},
		{"only the last week sore", 4, [][7]int{calm, calm, calm, sore}, planner.SteerStepBack, false},
		{"the lighter week calm", 4, [][7]int{sore, sore, sore, calm}, planner.SteerHold, false},
		{"the build weeks calm, half the block", 4, [][7]int{calm, calm, sore, sore}, planner.SteerStepBack, false},
		{"no lighter week", 3, [][7]int{sore, sore, sore}, planner.SteerStepBack, false},
		{"the lighter week not logged", 5, [][7]int{sore, sore, sore, blank, sore}, planner.SteerStepBack, false},
		{"the lighter week barely scored", 4, [][7]int{sore, sore, sore, {6, 6, 6, -1, -1, -1, -1}}, planner.SteerStepBack, false},
		{"a later block goes on from the lighter week", 6, [][7]int{calm, calm, calm, sore, sore, sore}, planner.SteerStepBack, false},
		{"sore from the lighter week's block on", 6, [][7]int{sore, sore, sore, sore, sore, sore}, planner.SteerStepBack, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan := makePlan(t, "2026-11-30", tt.weeks)
			l := logbook.New(plan)
			for w, scores := range tt.log {
				week(t, plan, l, w+1, scores, logbook.DoneAll)
			}
			st := logbook.Steer(logbook.Summarize(plan, l), locale.English)
			if st.Steer != tt.steer || st.Throughout != tt.want {
				t.Fatalf("steer %s, throughout %v; want %s, %v (%s)", st.Steer, st.Throughout, tt.steer, tt.want, st.Reason)
			}
			if said := strings.Contains(st.Reason, "its lighter week too"); said != tt.want {
				t.Errorf("the reason says the lighter week was sore: %v, want %v: %q", said, tt.want, st.Reason)
			}
			if got := len(st.Options()) > 0; got != tt.want {
				t.Errorf("options for planner.Continue: %v, want %v", got, tt.want)
			}
		})
	}
}
