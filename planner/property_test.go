package planner_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

// Property tests: thousands of random profiles over the default catalog,
// and hundreds of random catalogs (property_test.go, subset_test.go), each
// plan run through every rule of the checker. A failure prints the rule,
// the seed and the profile as JSON; rerun one case with
//
//	go test ./planner -run TestPropertyRandomProfiles -propseed=N -v

var propSeed = flag.Int64("propseed", -1, "run only the property-test case with this seed, printing every violation")

// randomPlanProfile draws a valid profile that screening lets through,
// every field varied.
func randomPlanProfile(r *rand.Rand) planner.Profile {
	p := planner.DefaultProfile()
	// Most plans are short; long ones are slow and say little more.
	switch r.IntN(4) {
	case 0:
		p.Weeks = 1 + r.IntN(52)
	case 1:
		p.Weeks = 1 + r.IntN(12)
	default:
		p.Weeks = 1 + r.IntN(8)
	}
	p.Start = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(2000)).Format("2006-01-02")
	p.Days = subsetOf(r, allWeekdays)
	if len(p.Days) == 0 {
		p.Days = []planner.Weekday{allWeekdays[r.IntN(7)]}
	}
	p.Minutes = 5 + r.IntN(116)
	if r.IntN(3) == 0 {
		p.Minutes = 5 + r.IntN(16)
	}
	if r.IntN(3) > 0 {
		p.SessionTime = fmt.Sprintf("%02d:%02d", r.IntN(24), r.IntN(60))
	}
	switch r.IntN(4) {
	case 0:
		p.Equipment = []catalog.Equipment{}
	case 1:
		// the default: chair and wall
	default:
		p.Equipment = subsetOf(r, catalog.AllEquipment)
	}
	p.Limits = subsetOf(r, planner.Limits)
	if r.IntN(2) == 0 {
		p.Limits = []planner.Limit{}
	}
	p.Level = catalog.Levels[r.IntN(3)]
	p.SittingHours = float64(r.IntN(37)) / 2
	from := 6 + r.IntN(5)
	p.WorkHours = fmt.Sprintf("%02d:%02d-%02d:00", from, 15*r.IntN(4), from+4+r.IntN(8))
	p.GymDays = []planner.Weekday{}
	if r.IntN(2) == 0 {
		for _, d := range allWeekdays {
			if r.IntN(4) == 0 {
				p.GymDays = append(p.GymDays, d)
			}
		}
	}
	p.GymSets = r.IntN(41)
	if r.IntN(2) == 0 {
		p.GymSets = r.IntN(8)
	}
	p.Soreness = r.IntN(8)
	p.PainDays = r.IntN(20)
	p.Conditions = subsetOf(r, planner.Conditions)
	p.Name = []string{"", "Ana", "Jürgen Müller", "李雷"}[r.IntN(4)]
	p.Lang = planner.Langs[r.IntN(len(planner.Langs))]
	return p
}

// subsetOf picks each element with probability ½, in order.
func subsetOf[T any](r *rand.Rand, xs []T) []T {
	out := []T{}
	for _, x := range xs {
		if r.IntN(2) == 0 {
			out = append(out, x)
		}
	}
	return out
}

// propCase is one random case: the catalog, the profile, and a short
// description of where the catalog comes from.
type propCase struct {
	cat  *catalog.Catalog
	p    planner.Profile
	desc string
}

// ruleTally counts, for one rule, the plans that broke it and keeps the
// first few to print.
type ruleTally struct {
	plans    int
	examples []string
}

// runProperty draws n cases with gen, seeds base, base+1, …, plans each and
// runs it through every rule. It fails once per broken rule, with a count
// and the first examples, so the output stays readable when a planner
// breaks a rule on most plans.
func runProperty(t *testing.T, n int, base int64, gen func(r *rand.Rand) propCase) {
	t.Helper()
	seeds := make([]int64, n)
	for i := range seeds {
		seeds[i] = base + int64(i)
	}
	if *propSeed >= 0 {
		if *propSeed < base || *propSeed >= base+int64(n) {
			t.Skipf("seed %d is not one of this test's (%d–%d)", *propSeed, base, base+int64(n)-1)
		}
		seeds = []int64{*propSeed}
	}
	cases := make([]propCase, len(seeds))
	for i, seed := range seeds {
		cases[i] = gen(rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15)))
		if probs := cases[i].p.Check(); len(probs) > 0 {
			t.Fatalf("seed %d: the generator made an invalid profile: %v", seed, probs)
		}
	}
	results := inParallel(len(cases), func(i int) []violation { return planAndCheck(cases[i]) })
	book := tallyBook{}
	failedPlans := 0
	for i, vs := range results {
		if len(vs) > 0 {
			failedPlans++
		}
		pj, _ := json.Marshal(cases[i].p)
		book.add(t, seeds[i], cases[i].desc, "profile: "+string(pj), vs)
	}
	book.report(t, len(seeds), "plans")
	if failedPlans > 0 {
		t.Logf("%d of %d plans broke at least one rule; rerun one with -propseed=N -v", failedPlans, len(seeds))
	}
}

// inParallel runs check(0), …, check(n-1) on every core and returns the
// results in order, so the report reads the same however they ran.
func inParallel(n int, check func(i int) []violation) [][]violation {
	out := make([][]violation, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = check(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// tallyBook counts, rule by rule, the plans that broke it, and keeps the
// first two examples of each to print.
type tallyBook map[int]*ruleTally

// add records the violations of one plan; with -propseed it logs them all.
func (b tallyBook) add(t *testing.T, seed int64, desc, profiles string, vs []violation) {
	seen := map[int]bool{}
	for _, v := range vs {
		if *propSeed >= 0 {
			t.Log(v)
		}
		if seen[v.rule] {
			continue
		}
		seen[v.rule] = true
		tl := b[v.rule]
		if tl == nil {
			tl = &ruleTally{}
			b[v.rule] = tl
		}
		tl.plans++
		if len(tl.examples) < 2 {
			tl.examples = append(tl.examples, fmt.Sprintf("seed %d (%s): %s\n    %s", seed, desc, v, profiles))
		}
	}
}

// report fails once per broken rule, in rule order.
func (b tallyBook) report(t *testing.T, total int, what string) {
	t.Helper()
	rules := make([]int, 0, len(b))
	for k := range b {
		rules = append(rules, k)
	}
	sort.Ints(rules)
	for _, k := range rules {
		tl := b[k]
		t.Errorf("rule %d broken in %d of %d %s, for example:\n  %s", k, tl.plans, total, what, strings.Join(tl.examples, "\n  "))
	}
}

// TestPropertyContinue plans random profiles, continues each plan as
// gluteplan next does with a random steer from the log (and a profile the
// person may have changed: weeks, soreness, days), and checks the new plan
// with the plan before as its history: rules 2–15 hold across the
// boundary.
func TestPropertyContinue(t *testing.T) {
	n := 600
	if testing.Short() {
		n = 60
	}
	seeds := make([]int64, n)
	for i := range seeds {
		seeds[i] = 5_000_000 + int64(i)
	}
	if *propSeed >= 0 {
		if *propSeed < seeds[0] || *propSeed > seeds[n-1] {
			t.Skipf("seed %d is not one of this test's", *propSeed)
		}
		seeds = []int64{*propSeed}
	}
	results := inParallel(len(seeds), func(i int) []violation {
		return continueAndCheck(randomContinuation(seeds[i]))
	})
	book := tallyBook{}
	for i, seed := range seeds {
		cat, p1, p2, steer := randomContinuation(seed)
		vs := results[i]
		j1, _ := json.Marshal(p1)
		j2, _ := json.Marshal(p2)
		book.add(t, seed, fmt.Sprintf("steer %s, %d entries", steer, len(cat.Exercises)),
			"first profile: "+string(j1)+"\n    next profile: "+string(j2), vs)
	}
	book.report(t, len(seeds), "continued plans")
}

// randomContinuation draws a case for gluteplan next: a catalog, the
// profile of the first plan, the profile for the next (the person may
// change weeks, soreness and days), and how the log steers it.
func randomContinuation(seed int64) (*catalog.Catalog, planner.Profile, planner.Profile, planner.Steer) {
	steers := []planner.Steer{planner.SteerNoLog, planner.SteerProgress, planner.SteerRepeat, planner.SteerStepBack, planner.SteerHold}
	r := rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15))
	cat := catalog.Default()
	if r.IntN(3) == 0 {
		cat = subsetCatalog(r)
	}
	p1 := randomPlanProfile(r)
	p1.Weeks = 1 + r.IntN(12)
	p2 := p1
	p2.Weeks = 1 + r.IntN(12)
	p2.Soreness = r.IntN(8)
	if r.IntN(4) == 0 {
		p2.Days = subsetOf(r, allWeekdays)
		if len(p2.Days) == 0 {
			p2.Days = []planner.Weekday{planner.Sat}
		}
	}
	return cat, p1, p2, steers[r.IntN(len(steers))]
}

// continueAndCheck makes the first plan, continues it and checks the
// continued plan with the first as its history, both plans in English
// (see [english]).
func continueAndCheck(cat *catalog.Catalog, p1, p2 planner.Profile, steer planner.Steer) (vs []violation) {
	defer func() {
		if x := recover(); x != nil {
			vs = append(vs, violation{0, fmt.Sprintf("the planner panicked: %v", x)})
		}
	}()
	p1, p2 = english(p1), english(p2)
	prev, err := planner.Make(cat, p1)
	if err != nil {
		return []violation{{0, "no first plan: " + err.Error()}}
	}
	replan := func(q planner.Profile) (*planner.Plan, error) {
		return planner.Continue(cat, prev, q, steer, "the log says so")
	}
	plan, err := replan(p2)
	if err != nil {
		return []violation{{0, "no continued plan: " + err.Error()}}
	}
	return checkPlan(newCheckInput(cat, p2, plan, replan).continuing(prev, steer))
}

// planAndCheck plans one case in English (see [english]) and checks it; an
// error or a panic from the planner is a violation of rule 0 (a valid
// profile over a valid catalog gets a plan, with warnings where something
// cannot be met).
func planAndCheck(c propCase) (vs []violation) {
	defer func() {
		if x := recover(); x != nil {
			vs = append(vs, violation{0, fmt.Sprintf("the planner panicked: %v", x)})
		}
	}()
	c.p = english(c.p)
	plan, err := planner.Make(c.cat, c.p)
	if err != nil {
		return []violation{{0, "no plan: " + err.Error()}}
	}
	in := newCheckInput(c.cat, c.p, plan, func(q planner.Profile) (*planner.Plan, error) { return planner.Make(c.cat, q) })
	return checkPlan(in)
}

// TestPropertyRandomProfiles plans thousands of random profiles over the
// default catalog; every plan keeps every rule.
func TestPropertyRandomProfiles(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 300
	}
	runProperty(t, n, 1_000_000, func(r *rand.Rand) propCase {
		return propCase{catalog.Default(), randomPlanProfile(r), "default catalog"}
	})
}

// TestPropertyPersonas plans the people the README's examples speak of,
// each over many start dates and plan lengths.
func TestPropertyPersonas(t *testing.T) {
	personas := []func(*planner.Profile){
		func(p *planner.Profile) { p.SittingHours = 9; p.Soreness = 3 }, // office worker
		func(p *planner.Profile) {
			p.Conditions = []planner.Condition{planner.GlutealTendinopathy}
			p.Equipment = []catalog.Equipment{catalog.FoamRoller}
			p.Days = []planner.Weekday{planner.Tue, planner.Thu, planner.Sat}
			p.Soreness = 5
		},
		func(p *planner.Profile) {
			p.Conditions = []planner.Condition{planner.PiriformisSyndrome}
			p.Equipment = []catalog.Equipment{catalog.Chair, catalog.Wall, catalog.MassageBall}
			p.SittingHours = 8
		},
		func(p *planner.Profile) {
			p.GymDays = []planner.Weekday{planner.Tue, planner.Sat}
			p.GymSets = 8
			p.Level = catalog.Intermediate
			p.Days = []planner.Weekday{planner.Mon, planner.Tue, planner.Thu, planner.Sat}
		},
		func(p *planner.Profile) {
			p.Limits = []planner.Limit{planner.NoFloor, planner.NeedsSupport}
			p.Minutes = 15
		},
		func(p *planner.Profile) { p.Soreness = 7; p.GymDays = []planner.Weekday{planner.Sat} },
	}
	n := 60
	if testing.Short() {
		n = 12
	}
	runProperty(t, n*len(personas), 2_000_000, func(r *rand.Rand) propCase {
		p := planner.DefaultProfile()
		p.Start = time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(400)).Format("2006-01-02")
		p.Weeks = 1 + r.IntN(12)
		i := r.IntN(len(personas))
		personas[i](&p)
		return propCase{catalog.Default(), p, fmt.Sprintf("default catalog, persona %d", i+1)}
	})
}

// TestPropertyDeterministic plans random profiles twice and compares the
// JSON bytes (rule 11), here also through Plan.JSON, the bytes the tool
// writes.
func TestPropertyDeterministic(t *testing.T) {
	n := 200
	if testing.Short() {
		n = 30
	}
	r := rand.New(rand.NewPCG(11, 11))
	for i := range n {
		p := randomPlanProfile(r)
		a, errA := planner.Make(catalog.Default(), p)
		b, errB := planner.Make(catalog.Default(), p)
		if errA != nil || errB != nil {
			t.Fatalf("case %d: %v %v", i, errA, errB)
		}
		ja, err1 := a.JSON()
		jb, err2 := b.JSON()
		if err1 != nil || err2 != nil || string(ja) != string(jb) {
			pj, _ := json.Marshal(p)
			t.Fatalf("case %d: two plans of the same profile differ (%v %v); profile %s", i, err1, err2, pj)
		}
	}
}

// TestPropertyScreeningRefers checks rule 1 over random profiles: any
// symptom or a soreness of 8 or more refers, urgently exactly when
// bladder_bowel or saddle_numbness is among the symptoms.
func TestPropertyScreeningRefers(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 12))
	for i := range 2000 {
		p := randomPlanProfile(r)
		p.Soreness = r.IntN(11)
		p.Symptoms = []planner.Symptom{}
		if r.IntN(2) == 0 {
			p.Symptoms = subsetOf(r, planner.Symptoms)
		}
		ref := planner.Screen(p)
		want := len(p.Symptoms) > 0 || p.Soreness >= 8
		urgent := slices.Contains(p.Symptoms, planner.BladderBowel) || slices.Contains(p.Symptoms, planner.SaddleNumbness)
		if (ref != nil) != want || ref != nil && ref.Urgent != urgent {
			t.Fatalf("case %d: symptoms %v soreness %d: referral %+v, want referral %v urgent %v", i, p.Symptoms, p.Soreness, ref, want, urgent)
		}
	}
}
