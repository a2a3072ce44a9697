package planner_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func profile(mod func(*planner.Profile)) planner.Profile {
	p := planner.DefaultProfile()
	p.Start = "2026-11-30"
	if mod != nil {
		mod(&p)
	}
	return p
}

func days(ds ...planner.Weekday) []planner.Weekday { return ds }

func gear(qs ...catalog.Equipment) []catalog.Equipment { return qs }

// TestRules builds, for each rule of SPEC §4, plans for profiles chosen to
// stress it, checks every rule on them, and checks what the row pins.
func TestRules(t *testing.T) {
	cat := catalog.Default()
	tests := []struct {
		name  string
		mod   func(*planner.Profile)
		check func(t *testing.T, plan *planner.Plan)
	}{
		{"rule 2: gym alone reaches the cap", func(p *planner.Profile) {
			p.GymDays, p.GymSets = days("tue", "fri"), 8
		}, func(t *testing.T, plan *planner.Plan) {
			for _, wk := range plan.Weeks {
				if wk.PlanHSE != 0 || wk.GymHSE != 16 {
					t.Errorf("week %d: plan %v gym %v, want 0 and 16", wk.Week, wk.PlanHSE, wk.GymHSE)
				}
			}
			wantWarning(t, plan, "recovery cap")
		}},
		{"rule 2: gym counted against the cap", func(p *planner.Profile) {
			p.Level, p.GymDays, p.GymSets, p.Weeks = "advanced", days("sat"), 12, 8
		}, func(t *testing.T, plan *planner.Plan) {
			for _, wk := range plan.Weeks {
				if wk.PlanHSE+wk.GymHSE > 20 {
					t.Errorf("week %d: %v over the cap", wk.Week, wk.PlanHSE+wk.GymHSE)
				}
			}
		}},
		{"rule 3: 52 weeks of blocks", func(p *planner.Profile) {
			p.Weeks, p.Level, p.Days, p.Minutes = 52, "intermediate", days("mon", "wed", "fri", "sat"), 30
		}, func(t *testing.T, plan *planner.Plan) {
			if len(plan.Weeks) != 52 || plan.Weeks[51].Phase != planner.Deload {
				t.Errorf("want 52 weeks ending in a deload")
			}
			if plan.Weeks[2].PlanHSE <= plan.Weeks[0].PlanHSE {
				t.Errorf("weeks 1-3 do not rise: %v to %v", plan.Weeks[0].PlanHSE, plan.Weeks[2].PlanHSE)
			}
		}},
		{"rule 3: dose rises before the exercise changes", func(p *planner.Profile) {
			p.Weeks = 8
		}, func(t *testing.T, plan *planner.Plan) {
			first, later := doseOf(plan, 1, "clamshell"), doseOf(plan, 2, "clamshell")
			if first == 0 || later <= first {
				t.Errorf("clamshell reps week 1 %d, week 2 %d: want a rise", first, later)
			}
		}},
		{"rule 4: gym days back to back", func(p *planner.Profile) {
			p.GymDays, p.GymSets, p.Level, p.Days = days("tue", "wed"), 4, "advanced", days("mon", "tue", "wed", "thu", "fri", "sat", "sun")
		}, func(t *testing.T, plan *planner.Plan) {
			wantWarning(t, plan, "back to back")
			for _, d := range plan.Weeks[0].Days {
				if d.Weekday == "thu" && d.Session != planner.RecoverySession {
					t.Errorf("day after the gym is %s, want recovery", d.Session)
				}
				if d.Gym && d.Session != planner.PrimerSession {
					t.Errorf("gym day %s is %s, want primer", d.Weekday, d.Session)
				}
			}
		}},
		{"rule 4: one available day", func(p *planner.Profile) {
			p.Days = days("sun")
		}, func(t *testing.T, plan *planner.Plan) {
			for _, wk := range plan.Weeks {
				n := 0
				for _, d := range wk.Days {
					if d.Session != planner.RestDay {
						n++
					}
				}
				if n != 1 {
					t.Errorf("week %d has %d sessions, want 1", wk.Week, n)
				}
			}
		}},
		{"rule 5: soreness 9", func(p *planner.Profile) { p.Soreness = 9 }, func(t *testing.T, plan *planner.Plan) {
			for _, d := range plan.Weeks[0].Days {
				if d.PlanHSE > 1 {
					t.Errorf("%s: %v HSE with soreness 9", d.Date, d.PlanHSE)
				}
			}
			wantWarning(t, plan, "very sore")
		}},
		{"rule 6: no equipment", func(p *planner.Profile) { p.Equipment = gear() }, func(t *testing.T, plan *planner.Plan) {
			wantWarning(t, plan, "foam roller")
		}},
		{"rule 7: 5-minute sessions", func(p *planner.Profile) {
			p.Minutes, p.Equipment = 5, gear("foam_roller")
		}, func(t *testing.T, plan *planner.Plan) {
			for _, wk := range plan.Weeks {
				for _, d := range wk.Days {
					if d.Minutes > 5 {
						t.Errorf("%s: %v minutes", d.Date, d.Minutes)
					}
				}
			}
		}},
		{"rule 7: two hours, six items at most", func(p *planner.Profile) {
			p.Minutes, p.Level, p.Equipment = 120, "advanced", gear("foam_roller", "massage_ball", "resistance_band", "chair", "wall", "step", "bench")
		}, nil},
		{"rule 9: both conditions", func(p *planner.Profile) {
			p.Conditions = []catalog.Condition{"gluteal_tendinopathy", "piriformis_syndrome"}
			p.Equipment = gear("massage_ball", "foam_roller", "chair", "wall")
		}, func(t *testing.T, plan *planner.Plan) {
			if plan.MovementBreaks.EveryMinutes != 30 {
				t.Errorf("breaks every %d minutes, want 30", plan.MovementBreaks.EveryMinutes)
			}
			wantWarning(t, plan, "pillow")
		}},
		{"rule 10: desk worker", func(p *planner.Profile) { p.SittingHours = 9 }, func(t *testing.T, plan *planner.Plan) {
			if plan.MovementBreaks.EveryMinutes != 30 || len(plan.MovementBreaks.Exercises) == 0 {
				t.Errorf("breaks %+v, want every 30 minutes with drills", plan.MovementBreaks)
			}
		}},
		{"rule 1: pain for weeks", func(p *planner.Profile) { p.PainDays = 21 }, func(t *testing.T, plan *planner.Plan) {
			if !strings.HasPrefix(plan.Warnings[0], "Get it checked") {
				t.Errorf("first warning %q", plan.Warnings[0])
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := profile(tt.mod)
			plan, err := planner.Make(cat, p)
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range violations(cat, p, plan) {
				t.Error(v)
			}
			if tt.check != nil {
				tt.check(t, plan)
			}
		})
	}
}

func wantWarning(t *testing.T, plan *planner.Plan, words string) {
	t.Helper()
	if !slices.ContainsFunc(plan.Warnings, func(w string) bool { return strings.Contains(w, words) }) {
		t.Errorf("no warning about %q in %q", words, plan.Warnings)
	}
}

func doseOf(plan *planner.Plan, week int, id string) int {
	for _, d := range plan.Weeks[week-1].Days {
		for _, it := range d.Items {
			if it.Exercise == id {
				return it.Reps
			}
		}
	}
	return 0
}

func TestScreen(t *testing.T) {
	tests := []struct {
		symptoms []planner.Symptom
		urgent   bool
		refer    bool
	}{
		{nil, false, false},
		{[]planner.Symptom{"numbness"}, false, true},
		{[]planner.Symptom{"tingling", "severe_pain"}, false, true},
		{[]planner.Symptom{"leg_weakness"}, false, true},
		{[]planner.Symptom{"pain_below_knee"}, false, true},
		{[]planner.Symptom{"bladder_bowel"}, true, true},
		{[]planner.Symptom{"numbness", "bladder_bowel"}, true, true},
	}
	for _, tt := range tests {
		p := profile(func(p *planner.Profile) { p.Symptoms = tt.symptoms })
		r := planner.Screen(p)
		if (r != nil) != tt.refer || (r != nil && r.Urgent != tt.urgent) {
			t.Errorf("%v: referral %+v", tt.symptoms, r)
			continue
		}
		if r != nil {
			if _, err := planner.Make(catalog.Default(), p); err == nil {
				t.Errorf("%v: Make made a plan", tt.symptoms)
			}
		}
	}
}

func TestProfileCheck(t *testing.T) {
	tests := []struct {
		name string
		mod  func(*planner.Profile)
		want string
	}{
		{"weeks", func(p *planner.Profile) { p.Weeks = 53 }, "weeks: 53 is out of range: use 1 to 52"},
		{"start", func(p *planner.Profile) { p.Start = "2026-02-30" }, `start: "2026-02-30" is not a real date`},
		{"days", func(p *planner.Profile) { p.Days = nil }, "days: no day available"},
		{"weekday", func(p *planner.Profile) { p.Days = days("mon", "funday") }, `days: "funday" is not allowed: use mon, tue`},
		{"minutes", func(p *planner.Profile) { p.Minutes = 4 }, "minutes: 4 is out of range: use 5 to 120"},
		{"level", func(p *planner.Profile) { p.Level = "pro" }, `level: "pro" is not a level`},
		{"twice", func(p *planner.Profile) { p.GymDays = days("mon", "mon") }, `gym_days: "mon" is listed twice`},
	}
	for _, tt := range tests {
		probs := profile(tt.mod).Check()
		if len(probs) != 1 || !strings.HasPrefix(probs[0], tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, probs, tt.want)
		}
	}
	if probs := profile(nil).Check(); len(probs) > 0 {
		t.Errorf("default profile: %q", probs)
	}
}

func TestNextMonday(t *testing.T) {
	for in, want := range map[string]string{
		"2026-11-25": "2026-11-30", // Wednesday
		"2026-11-30": "2026-12-07", // a Monday gives the next one
		"2026-12-06": "2026-12-07", // Sunday
		"2026-12-31": "2027-01-04",
	} {
		d, _ := planner.ParseDate(in)
		if got := planner.NextMonday(d); got != want {
			t.Errorf("NextMonday(%s) = %s, want %s", in, got, want)
		}
	}
}

func TestItemTenths(t *testing.T) {
	tests := []struct {
		sets, reps, secs, hold, rest int
		perSide                      bool
		want                         int
	}{
		{2, 10, 0, 0, 30, false, 19},      // 2×40 s + 30 s = 110 s
		{1, 10, 0, 5, 0, true, 30},        // 10×9 s ×2 = 180 s
		{1, 0, 60, 0, 0, true, 20},        // 120 s
		{3, 0, 30, 0, 20, false, 22},      // 90 + 40 = 130 s → 2.2 min rounded up
		{1, 1, 0, 0, 0, false, 1},         // 4 s rounds up to a tenth
		{10, 50, 0, 60, 180, true, 10937}, // the largest dose: 65,620 s
	}
	for _, tt := range tests {
		if got := planner.ItemTenths(tt.sets, tt.reps, tt.secs, tt.hold, tt.rest, tt.perSide); got != tt.want {
			t.Errorf("ItemTenths%v = %d, want %d", tt, got, tt.want)
		}
	}
}

// TestGolden pins the text and JSON of representative plans; run
// go test ./planner -update after an intended change, and read the diff.
func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		mod  func(*planner.Profile)
	}{
		{"beginner", func(p *planner.Profile) { p.Name = "Ana" }},
		{"desk-worker", func(p *planner.Profile) {
			p.Name, p.SittingHours, p.Equipment = "Sam", 9, gear("foam_roller", "massage_ball", "chair")
			p.Conditions = []catalog.Condition{"piriformis_syndrome"}
		}},
		{"lifter", func(p *planner.Profile) {
			p.Name, p.Level, p.Weeks = "Jo", "advanced", 6
			p.Days, p.GymDays, p.GymSets = days("mon", "tue", "thu", "sat"), days("tue", "fri"), 6
			p.Equipment, p.Soreness = gear("foam_roller", "resistance_band", "bench", "step"), 5
		}},
		{"tendinopathy", func(p *planner.Profile) {
			p.Name, p.Conditions, p.Equipment = "Lee", []catalog.Condition{"gluteal_tendinopathy"}, gear("wall", "chair", "massage_ball")
			p.PainDays = 14
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan, err := planner.Make(catalog.Default(), profile(tt.mod))
			if err != nil {
				t.Fatal(err)
			}
			var text bytes.Buffer
			if err := plan.WriteText(&text, true); err != nil {
				t.Fatal(err)
			}
			js, err := plan.JSON()
			if err != nil {
				t.Fatal(err)
			}
			golden(t, tt.name+".txt", text.Bytes())
			golden(t, tt.name+".json", js)
		})
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./planner -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test ./planner -update and read the diff", path)
	}
}
