package planner_test

import (
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

func TestReadProfile(t *testing.T) {
	tests := []struct {
		name, data string
		want       []string // finding lines, in order
	}{
		{"empty object keeps defaults", `{}`, nil},
		{"every field", `{"$schema": "./profile.schema.json", "weeks": 6, "start": "2026-12-07", "days": ["mon"], "minutes": 30,
			"equipment": ["foam_roller"], "level": "advanced", "sitting_hours": 7.5, "gym_days": ["tue"], "gym_sets": 8,
			"soreness": 3, "pain_days": 2, "conditions": ["piriformis_syndrome"], "symptoms": [], "name": "Ана"}`, nil},
		{"impossible date", "{\n  \"start\": \"2026-02-30\"\n}", []string{`p.json:2:12: /start: "2026-02-30" is not a real date: check the month and day`}},
		{"out of range", "{\"weeks\": 60}", []string{"p.json:1:11: /weeks:"}},
		{"unknown field", "{\"week\": 6}", []string{"p.json:1:2: /week: unknown property \"week\""}},
		{"syntax", "{\"weeks\": 6,}", []string{"p.json:1:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, fs := planner.ReadProfile("p.json", []byte(tt.data))
			if len(fs) != len(tt.want) {
				t.Fatalf("findings %v, want %d", fs, len(tt.want))
			}
			for i, f := range fs {
				if !strings.HasPrefix(f.String(), tt.want[i]) {
					t.Errorf("finding %q, want it to start %q", f, tt.want[i])
				}
			}
			if len(fs) == 0 && len(p.Check()) > 0 {
				t.Errorf("profile read without findings fails Check: %v", p.Check())
			}
		})
	}
	p, _ := planner.ReadProfile("p.json", []byte(`{"weeks": 6}`))
	if p.Weeks != 6 || p.Minutes != 20 || len(p.Days) != 3 {
		t.Errorf("defaults not kept: %+v", p)
	}
}

func TestReadPlanRoundTrip(t *testing.T) {
	plan, err := planner.Make(catalog.Default(), profile(func(p *planner.Profile) { p.Weeks = 5 }))
	if err != nil {
		t.Fatal(err)
	}
	data, _ := plan.JSON()
	back, fs := planner.ReadPlan("plan.json", data)
	if len(fs) > 0 {
		t.Fatalf("own plan does not read back: %v", fs)
	}
	again, _ := back.JSON()
	if string(again) != string(data) {
		t.Error("plan JSON does not round-trip")
	}
	// A profile or catalog handed to pdf is not a plan.
	for _, bad := range []string{`{"weeks": 4}`, string(catalog.DefaultJSON()), `[]`, `null`, ``} {
		if _, fs := planner.ReadPlan("x.json", []byte(bad)); len(fs) == 0 {
			t.Errorf("%.30q read as a plan", bad)
		}
	}
	// Dates that do not run on are caught.
	broken := strings.Replace(string(data), `"date": "2026-12-01"`, `"date": "2026-12-09"`, 1)
	if _, fs := planner.ReadPlan("x.json", []byte(broken)); len(fs) != 1 || !strings.Contains(fs[0].Message, "should be 2026-12-01") {
		t.Errorf("gap in dates: %v", fs)
	}
}

func FuzzReadProfile(f *testing.F) {
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"weeks": 6, "start": "2026-12-07", "days": ["mon", "wed"], "name": "Zoë"}`))
	f.Add([]byte(`{"start": "2026-02-30", "soreness": 1e308}`))
	f.Add([]byte(`[[[[[[[[[[`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, fs := planner.ReadProfile("f.json", data)
		if len(fs) > 0 {
			return
		}
		if probs := p.Check(); len(probs) > 0 {
			t.Fatalf("read without findings but Check says %v", probs)
		}
		if planner.Screen(p) != nil || p.Start == "" {
			return
		}
		plan, err := planner.Make(catalog.Default(), p)
		if err != nil {
			t.Fatalf("valid profile, no plan: %v", err)
		}
		if bad := violations(catalog.Default(), p, plan); len(bad) > 0 {
			t.Fatalf("profile %s breaks rules: %v", data, bad)
		}
	})
}

func FuzzReadPlan(f *testing.F) {
	plan, _ := planner.Make(catalog.Default(), profile(func(p *planner.Profile) { p.Weeks = 1 }))
	data, _ := plan.JSON()
	f.Add(data)
	f.Add([]byte(`{"weeks": []}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, fs := planner.ReadPlan("f.json", data)
		if len(fs) == 0 && p == nil {
			t.Fatal("no plan and no finding")
		}
	})
}
