package planner_test

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

// This file checks plans against SPEC §4 from the outside: it reads only
// the plan, the profile and the catalog, and recomputes every number with
// code of its own rather than the planner's.

const tol = 1e-6

var weekdays = []planner.Weekday{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}

func capFor(l catalog.Level) float64 {
	return map[catalog.Level]float64{"beginner": 10, "intermediate": 16, "advanced": 20}[l]
}

func lookup(cat *catalog.Catalog) map[string]catalog.Exercise {
	m := map[string]catalog.Exercise{}
	for _, e := range cat.Exercises {
		m[e.ID] = e
	}
	return m
}

// violations lists every way plan breaks a rule of SPEC §4 for profile p
// and catalog cat.
func violations(cat *catalog.Catalog, p planner.Profile, plan *planner.Plan) []string {
	var bad []string
	fail := func(format string, args ...any) { bad = append(bad, fmt.Sprintf(format, args...)) }
	byID := lookup(cat)
	has := func(c catalog.Condition) bool { return slices.Contains(p.Conditions, c) }
	owns := func(q catalog.Equipment) bool { return slices.Contains(p.Equipment, q) }
	warned := func(words ...string) bool {
		for _, w := range plan.Warnings {
			ok := true
			for _, word := range words {
				ok = ok && strings.Contains(strings.ToLower(w), word)
			}
			if ok {
				return true
			}
		}
		return false
	}
	cap := capFor(p.Level)
	if plan.Cap != cap {
		fail("recovery cap %v, want %v", plan.Cap, cap)
	}
	if len(plan.Weeks) != p.Weeks {
		fail("%d weeks, want %d", len(plan.Weeks), p.Weeks)
	}
	start, _ := time.Parse("2006-01-02", p.Start)
	if plan.Start != p.Start {
		fail("start %s, want %s", plan.Start, p.Start)
	}

	// Which entries could a release need: is there any release the person can do?
	eligible := func(e catalog.Exercise) bool {
		for _, q := range e.Equipment {
			if !owns(q) {
				return false
			}
		}
		for _, c := range e.Contraindications {
			if has(c) {
				return false
			}
		}
		if has(catalog.GlutealTendinopathy) && e.Position == catalog.SideLying {
			return false
		}
		// Stretching and release that would carry volume are left out.
		if e.Category != catalog.Activation && e.GluteLoad > 0 {
			return false
		}
		return e.Level.Rank() <= p.Level.Rank()
	}
	// canRelease reports whether week w could hold release work, and
	// piriformis release work.
	canRelease := func(w int) (release, piriformis bool) {
		for _, e := range cat.Exercises {
			if e.Category != catalog.MyofascialRelease || !eligible(e) ||
				has(catalog.GlutealTendinopathy) && e.Position == catalog.SingleLegStanding && w <= 2 {
				continue
			}
			release = true
			if slices.Contains(e.Targets, catalog.Piriformis) {
				piriformis = true
			}
		}
		return release, piriformis
	}

	type dayInfo struct {
		hard, gym bool
		where     string
	}
	var all []dayInfo
	used := map[string]bool{}
	for wi, wk := range plan.Weeks {
		w := wi + 1
		if wk.Week != w {
			fail("week %d numbered %d", w, wk.Week)
		}
		wantPhase := planner.Build
		if w%4 == 0 {
			wantPhase = planner.Deload
		}
		if wk.Phase != wantPhase {
			fail("week %d phase %s, want %s", w, wk.Phase, wantPhase)
		}
		if len(wk.Days) != 7 {
			fail("week %d has %d days", w, len(wk.Days))
			continue
		}
		var planHSE, gymHSE float64
		kinds := map[catalog.Category]bool{}
		piriformis := false
		for di, day := range wk.Days {
			where := fmt.Sprintf("week %d %s", w, day.Date)
			date := start.AddDate(0, 0, 7*wi+di)
			if day.Date != date.Format("2006-01-02") {
				fail("%s: date should be %s", where, date.Format("2006-01-02"))
			}
			wd := weekdays[(int(date.Weekday())+6)%7]
			if day.Weekday != wd {
				fail("%s: weekday %s, want %s", where, day.Weekday, wd)
			}
			gym := slices.Contains(p.GymDays, wd)
			prevGym := slices.Contains(p.GymDays, weekdays[(int(date.Weekday())+5)%7])
			avail := slices.Contains(p.Days, wd)
			if day.Gym != gym {
				fail("%s: gym %v, want %v", where, day.Gym, gym)
			}
			if gym {
				gymHSE += float64(p.GymSets)
			}
			if !avail && (day.Session != planner.RestDay || len(day.Items) > 0) {
				fail("%s: session %s on a day that is not available", where, day.Session)
			}
			if day.Session == planner.RestDay && len(day.Items) > 0 {
				fail("%s: rest day with items", where)
			}
			if len(day.Items) > 6 {
				fail("%s: %d items", where, len(day.Items))
			}
			var mins, hse float64
			for _, it := range day.Items {
				e, ok := byID[it.Exercise]
				if !ok {
					fail("%s: unknown exercise %s", where, it.Exercise)
					continue
				}
				used[it.Exercise] = true
				kinds[e.Category] = true
				if e.Category == catalog.MyofascialRelease && slices.Contains(e.Targets, catalog.Piriformis) {
					piriformis = true
				}
				work := float64(it.Seconds)
				if it.Reps > 0 {
					work = float64(it.Reps * (4 + it.HoldSeconds))
				}
				if it.PerSide {
					work *= 2
				}
				need := (float64(it.Sets)*work + float64(max(it.Sets-1, 0)*it.RestSeconds)) / 60
				if it.Minutes+tol < need {
					fail("%s: %s takes %.2f min, says %.1f", where, it.Exercise, need, it.Minutes)
				}
				if it.Sets < 1 || (it.Reps > 0) == (it.Seconds > 0) || it.PerSide != e.Dose.PerSide {
					fail("%s: %s has a malformed dose", where, it.Exercise)
				}
				if math.Abs(it.PlanHSE-float64(it.Sets)*e.GluteLoad) > 1e-3 {
					fail("%s: %s plan_hse %v, want %v", where, it.Exercise, it.PlanHSE, float64(it.Sets)*e.GluteLoad)
				}
				mins += it.Minutes
				hse += it.PlanHSE
				// Rule 8: equipment; rule 9: conditions; level.
				for _, q := range e.Equipment {
					if !owns(q) {
						fail("%s: %s needs %s", where, e.ID, q)
					}
				}
				for _, c := range e.Contraindications {
					if has(c) {
						fail("%s: %s is contraindicated for %s", where, e.ID, c)
					}
				}
				if has(catalog.GlutealTendinopathy) && e.Position == catalog.SideLying {
					fail("%s: %s is side-lying with tendinopathy", where, e.ID)
				}
				if has(catalog.GlutealTendinopathy) && e.Position == catalog.SingleLegStanding && w <= 2 {
					fail("%s: %s is single-leg standing in week %d with tendinopathy", where, e.ID, w)
				}
				if e.Level.Rank() > p.Level.Rank() {
					fail("%s: %s is %s for a %s", where, e.ID, e.Level, p.Level)
				}
				if e.Category != catalog.Activation && e.GluteLoad > 0 {
					fail("%s: %s is a %s that carries volume", where, e.ID, e.Category)
				}
				if strings.TrimSpace(it.Why) == "" {
					fail("%s: %s has no why", where, e.ID)
				}
				// Rule 4: the day after a gym day holds release and mobility only.
				if prevGym && !gym && e.Category == catalog.Activation {
					fail("%s: activation the day after a gym day", where)
				}
			}
			if math.Abs(mins-day.Minutes) > 0.05+tol {
				fail("%s: minutes %v, items sum to %v", where, day.Minutes, mins)
			}
			if day.Minutes > float64(p.Minutes)+tol {
				fail("%s: %v minutes, limit %d", where, day.Minutes, p.Minutes)
			}
			if math.Abs(hse-day.PlanHSE) > 1e-3 {
				fail("%s: plan_hse %v, items sum to %v", where, day.PlanHSE, hse)
			}
			if prevGym && !gym && day.PlanHSE > tol {
				fail("%s: %v HSE the day after a gym day", where, day.PlanHSE)
			}
			if gym && day.PlanHSE > 1.5+tol {
				fail("%s: primer of %v HSE on a gym day", where, day.PlanHSE)
			}
			if gym && avail && day.Session != planner.PrimerSession {
				fail("%s: gym day session %s, want primer", where, day.Session)
			}
			// Rule 5: soreness.
			if w == 1 && p.Soreness >= 7 && day.PlanHSE > 1+tol {
				fail("%s: %v HSE in week 1 with soreness %d", where, day.PlanHSE, p.Soreness)
			}
			planHSE += day.PlanHSE
			all = append(all, dayInfo{hard: gym || day.PlanHSE > 3+tol, gym: gym, where: where})
		}
		if math.Abs(planHSE-wk.PlanHSE) > 1e-3 || math.Abs(gymHSE-wk.GymHSE) > tol {
			fail("week %d: totals %v+%v, days sum to %v+%v", w, wk.PlanHSE, wk.GymHSE, planHSE, gymHSE)
		}
		// Rule 2: the cap, unless the gym alone reaches it and the plan adds nothing.
		if wk.PlanHSE+wk.GymHSE > cap+tol && wk.PlanHSE > tol {
			fail("week %d: %v + %v HSE over the cap %v", w, wk.PlanHSE, wk.GymHSE, cap)
		}
		if wk.GymHSE >= cap && wk.GymHSE > 0 && !warned("cap") {
			fail("week %d: gym reaches the cap without a warning", w)
		}
		// Rule 3: rise and deload.
		if w > 1 {
			prev := plan.Weeks[wi-1].PlanHSE
			if w%4 == 0 {
				if wk.PlanHSE < 0.5*prev-1e-3 || wk.PlanHSE > 0.7*prev+1e-3 {
					fail("week %d: deload %v is not 50-70%% of %v", w, wk.PlanHSE, prev)
				}
			} else if wk.PlanHSE > 1.15*prev+1e-3 {
				fail("week %d: %v rises more than 15%% over %v", w, wk.PlanHSE, prev)
			}
		}
		// Rule 6: all three kinds every week.
		if !kinds[catalog.DynamicStretch] && !warned("no dynamic stretch") {
			fail("week %d: no dynamic stretch and no warning", w)
		}
		if !kinds[catalog.Activation] && !warned("activation") {
			fail("week %d: no activation and no warning", w)
		}
		canRel, canPiri := canRelease(w)
		if canRel && !kinds[catalog.MyofascialRelease] {
			fail("week %d: no release", w)
		}
		if has(catalog.PiriformisSyndrome) && canPiri && !piriformis {
			fail("week %d: no piriformis release", w)
		}
	}
	if len(plan.Weeks) > 0 && p.Soreness >= 7 {
		for _, d := range all[:7] {
			if d.hard && !d.gym {
				fail("%s: hard day in week 1 with soreness %d", d.where, p.Soreness)
			}
		}
	}
	// Rule 4: no two hard days in a row, unless both are the person's gym days.
	for i := 1; i < len(all); i++ {
		if all[i].hard && all[i-1].hard && !(all[i].gym && all[i-1].gym) {
			fail("%s: hard day after a hard day", all[i].where)
		}
		if all[i].gym && all[i-1].gym && !warned("back to back") {
			fail("%s: back-to-back gym days without a warning", all[i].where)
		}
	}
	if rel, _ := canRelease(3); !rel && !warned("foam roller") {
		fail("no release work possible and no warning about what to buy")
	}
	// Rule 9: condition warnings and breaks.
	if has(catalog.GlutealTendinopathy) && !(warned("sleep") && warned("cross") && warned("hip")) {
		fail("tendinopathy warnings missing")
	}
	// Rule 10: movement breaks.
	mb := plan.MovementBreaks
	switch {
	case has(catalog.PiriformisSyndrome) && mb.EveryMinutes != 30:
		fail("piriformis syndrome: breaks every %d minutes, want 30", mb.EveryMinutes)
	case p.SittingHours >= 4 && (mb.EveryMinutes < 30 || mb.EveryMinutes > 60):
		fail("sitting %v h: breaks every %d minutes", p.SittingHours, mb.EveryMinutes)
	case p.SittingHours >= 8 && mb.EveryMinutes != 30:
		fail("sitting %v h: breaks every %d minutes, want 30", p.SittingHours, mb.EveryMinutes)
	case p.SittingHours < 4 && !has(catalog.PiriformisSyndrome) && mb.EveryMinutes != 0:
		fail("sitting %v h: breaks every %d minutes, want none", p.SittingHours, mb.EveryMinutes)
	}
	for _, id := range mb.Exercises {
		e, ok := byID[id]
		if !ok || !e.DeskFriendly || !eligible(e) {
			fail("movement break %s is not a desk-friendly entry the person can do", id)
		}
		used[id] = true
	}
	// Rule 1: long-lasting pain comes first.
	if p.PainDays > 10 && (len(plan.Warnings) == 0 || !strings.Contains(plan.Warnings[0], "checked")) {
		fail("pain for %d days: the first warning should say to get it checked", p.PainDays)
	}
	// Rule 12: everything explained.
	excluded := map[string]bool{}
	for _, x := range plan.Excluded {
		if strings.TrimSpace(x.Reason) == "" {
			fail("excluded %s has no reason", x.Exercise)
		}
		if used[x.Exercise] {
			fail("%s is both used and excluded", x.Exercise)
		}
		excluded[x.Exercise] = true
	}
	for _, e := range cat.Exercises {
		if !used[e.ID] && !excluded[e.ID] {
			fail("%s is neither used nor excluded", e.ID)
		}
	}
	return bad
}

// randomProfile draws a valid profile.
func randomProfile(r *rand.Rand) planner.Profile {
	p := planner.DefaultProfile()
	p.Weeks = 1 + r.IntN(52)
	if r.IntN(3) == 0 {
		p.Weeks = 1 + r.IntN(12)
	}
	p.Start = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(800)).Format("2006-01-02")
	subset := func(n int) []int {
		var out []int
		for i := range n {
			if r.IntN(2) == 0 {
				out = append(out, i)
			}
		}
		return out
	}
	p.Days = nil
	for _, i := range subset(7) {
		p.Days = append(p.Days, weekdays[i])
	}
	if len(p.Days) == 0 {
		p.Days = []planner.Weekday{weekdays[r.IntN(7)]}
	}
	p.Minutes = 5 + r.IntN(116)
	if r.IntN(3) == 0 {
		p.Minutes = 5 + r.IntN(15)
	}
	p.Equipment = []catalog.Equipment{}
	for _, i := range subset(len(catalog.AllEquipment)) {
		p.Equipment = append(p.Equipment, catalog.AllEquipment[i])
	}
	p.Level = catalog.Levels[r.IntN(3)]
	p.SittingHours = float64(r.IntN(37)) / 2
	p.GymDays = []planner.Weekday{}
	if r.IntN(2) == 0 {
		for _, i := range subset(7) {
			if r.IntN(2) == 0 {
				p.GymDays = append(p.GymDays, weekdays[i])
			}
		}
	}
	p.GymSets = r.IntN(41)
	if r.IntN(2) == 0 {
		p.GymSets = r.IntN(6)
	}
	p.Soreness = r.IntN(11)
	p.PainDays = r.IntN(30)
	p.Conditions = []catalog.Condition{}
	for _, i := range subset(2) {
		p.Conditions = append(p.Conditions, catalog.Conditions[i])
	}
	p.Name = "Test"
	return p
}

func TestRandomProfilesKeepEveryRule(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 300
	}
	cat := catalog.Default()
	r := rand.New(rand.NewPCG(1, 2))
	failed := 0
	for i := range n {
		p := randomProfile(r)
		plan, err := planner.Make(cat, p)
		if err != nil {
			t.Fatalf("profile %d %+v: %v", i, p, err)
		}
		bad := violations(cat, p, plan)
		// The default catalog has a stretch for everyone.
		for _, w := range plan.Warnings {
			if strings.Contains(w, "no dynamic stretch") {
				bad = append(bad, "default catalog: "+w)
			}
		}
		if p.Soreness >= 4 && p.Soreness < 7 && len(plan.Weeks) > 0 {
			q := p
			q.Soreness = 0
			free, err := planner.Make(cat, q)
			if err != nil {
				t.Fatal(err)
			}
			if plan.Weeks[0].PlanHSE > 0.7*free.Weeks[0].PlanHSE+1e-3 {
				bad = append(bad, fmt.Sprintf("soreness %d: week 1 %v is over 70%% of %v", p.Soreness, plan.Weeks[0].PlanHSE, free.Weeks[0].PlanHSE))
			}
		}
		if len(bad) > 0 {
			failed++
			if failed <= 5 {
				t.Errorf("profile %d %+v:\n  %s", i, p, strings.Join(bad[:min(len(bad), 8)], "\n  "))
			}
		}
	}
	if failed > 0 {
		t.Errorf("%d of %d profiles broke a rule", failed, n)
	}
}

func TestDeterministic(t *testing.T) {
	cat := catalog.Default()
	r := rand.New(rand.NewPCG(3, 4))
	for range 50 {
		p := randomProfile(r)
		a, _ := planner.Make(cat, p)
		b, _ := planner.Make(cat, p)
		ja, _ := a.JSON()
		jb, _ := b.JSON()
		if !bytes.Equal(ja, jb) {
			t.Fatalf("two plans for %+v differ", p)
		}
	}
}
