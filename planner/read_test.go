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
		{"syntax", "{\"weeks\": 6,,}", []string{"p.json:1:13: /: invalid JSON"}},
		{"comments and a trailing comma", "// mine\n{\"weeks\": 6, /* six */\n\"minutes\": 30,}", nil},
		{"whole numbers written as decimals", `{"weeks": 6.0, "minutes": 3e1, "gym_sets": 10.00}`, nil},
		{"not whole", "{\n  \"weeks\": 4.5}", []string{"p.json:2:12: /weeks: must be a whole number, not 4.5"}},
		{"too large", "{\"sitting_hours\": 1e400}", []string{"p.json:1:19: /sitting_hours: must be at most 18, not 1e400"}},
		{"decimal comma", "{\"sitting_hours\": 7,5}", []string{"p.json:1:20: /: invalid JSON: a comma inside a number: use a point for decimals: 7.5"}},
		{"byte order mark", "\xef\xbb\xbf{\"weeks\": 60}", []string{"p.json:1:11: /weeks: must be at most 52, not 60"}},
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
	p, _ = planner.ReadProfile("p.json", []byte(`{"weeks": 6.0, "minutes": 3e1}`))
	if p.Weeks != 6 || p.Minutes != 30 {
		t.Errorf("whole numbers written as decimals: weeks %d, minutes %d, want 6 and 30", p.Weeks, p.Minutes)
	}
}

// TestReadProfileYAML reads profiles written in YAML: the same fields,
// findings at the line and column of the YAML file.
func TestReadProfileYAML(t *testing.T) {
	tests := []struct {
		name, data string
		want       []string
	}{
		{"every kind of value", "# yaml-language-server: $schema=./profile.schema.json\nweeks: 6\nstart: \"2026-12-07\"\ndays: [mon, wed]\nminutes: 30.0\nequipment:\n  - foam_roller\n  - chair\nsitting_hours: 7.5\nname: Zoë\n", nil},
		{"out of range", "weeks: 4\nminutes: 500\n", []string{"p.yaml:2:10: /minutes: must be at most 120, not 500"}},
		{"unknown field", "weeks: 4\nminute: 30\n", []string{`p.yaml:2:1: /minute: unknown property "minute": did you mean "minutes"?`}},
		{"impossible date", "start: 2026-02-30\n", []string{`p.yaml:1:8: /start: "2026-02-30" is not a real date`}},
		{"a number as the name", "name: 1234\n", []string{"p.yaml:1:7: /name: must be text, not 1234: put it in quotes"}},
		{"a tab", "weeks: 4\nequipment:\n\t- chair\n", []string{"p.yaml:3:1: /: invalid YAML: a tab: YAML indents with spaces only"}},
		{"repeated key", "weeks: 4\nweeks: 5\n", []string{`p.yaml:2:1: /weeks: property "weeks" is given twice`}},
		{"two documents", "weeks: 4\n---\nweeks: 5\n", []string{"p.yaml:3:"}},
		{"empty", "# nothing yet\n", []string{"p.yaml:1:1: /: the file is empty"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := planner.ReadProfile("p.yaml", []byte(tt.data))
			if len(fs) != len(tt.want) {
				t.Fatalf("findings %v, want %d", fs, len(tt.want))
			}
			for i, f := range fs {
				if !strings.HasPrefix(f.String(), tt.want[i]) {
					t.Errorf("finding %q, want it to start %q", f, tt.want[i])
				}
			}
		})
	}
	p, fs := planner.ReadProfile("p.yml", []byte("weeks: 6\nminutes: 3e1\ndays: [tue]\nsitting_hours: 7.5\n"))
	if len(fs) > 0 || p.Weeks != 6 || p.Minutes != 30 || len(p.Days) != 1 || p.SittingHours != 7.5 || p.Level != "beginner" {
		t.Errorf("YAML profile read as %+v, %v", p, fs)
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
	for _, bad := range []string{`{"weeks": 4}`, `{"exercises": []}`, `[]`, `null`, ``} {
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
	f.Add([]byte("// c\n{\"weeks\": 6.0, /* x */ \"days\": [\"mon\",],}"))
	f.Add([]byte(`{"weeks": 6, "start": "2026-12-07", "days": ["mon", "wed"], "name": "Zoë"}`))
	f.Add([]byte(`{"start": "2026-02-30", "soreness": 1e308}`))
	f.Add([]byte(`[[[[[[[[[[`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, fs := planner.ReadProfile("f.json", data)
		for _, f := range fs {
			if f.Line < 1 || f.Col < 1 || strings.Contains(f.Message, "Go struct") || strings.Contains(f.Message, "unmarshal") {
				t.Fatalf("bad finding %v", f)
			}
		}
		if len(fs) > 0 {
			return
		}
		if probs := p.Check(); len(probs) > 0 {
			t.Fatalf("read without findings but Check says %v", probs)
		}
		if planner.Screen(p) != nil || p.Start == "" {
			return
		}
		p = english(p) // the checker reads English sentences
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

// FuzzReadProfileYAML checks that no YAML profile, however broken, makes
// ReadProfile panic or hang, that findings have real places and words, and
// that a profile read without findings passes Check.
func FuzzReadProfileYAML(f *testing.F) {
	f.Add([]byte("weeks: 6\nminutes: 30.0\ndays: [mon, wed]\n"))
	f.Add([]byte("# yaml-language-server: $schema=./profile.schema.json\nequipment:\n  - chair\nname: \"Zoë\"\n"))
	f.Add([]byte("weeks: &w 4\nminutes: *w\n"))
	f.Add([]byte("weeks: 4\n---\nweeks: 5\n"))
	f.Add([]byte("a:\n\tb: 1\n"))
	f.Add([]byte("start: 2026-02-30\nsoreness: .inf\n"))
	f.Add([]byte("[[[[[[[[{{{{"))
	f.Add([]byte("weeks: 010\npain_days: 1_0\n"))
	f.Add([]byte("lang: DE\nequipment: [none]\nlimits: [none]\n"))
	f.Add([]byte("name: Wall\tsit\nsitting_hours: !!str 4\n"))
	f.Add([]byte("%YAML 1.2\n---\nweeks: 4\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, fs := planner.ReadProfile("f.yaml", data)
		for _, f := range fs {
			if f.Line < 1 || f.Col < 1 || f.Message == "" || strings.Contains(f.Message, "Go struct") {
				t.Fatalf("bad finding %v", f)
			}
		}
		if len(fs) == 0 && len(p.Check()) > 0 {
			t.Fatalf("read without findings but Check says %v", p.Check())
		}
	})
}

// TestReadProfileSameAsFlags checks that a profile file reads a language
// code and "none" as the flags do: "DE" is de, a list of just none is
// empty (issue 21, items 17 and 18).
func TestReadProfileSameAsFlags(t *testing.T) {
	for _, file := range []string{"p.json", "p.yaml"} {
		data := `{"lang": " DE", "equipment": ["none"], "limits": ["none"], "conditions": ["none"]}`
		p, fs := planner.ReadProfile(file, []byte(data))
		if len(fs) > 0 {
			t.Fatalf("%s: %v", file, fs)
		}
		if p.Lang != planner.German || len(p.Equipment) != 0 || p.Equipment == nil || len(p.Limits) != 0 || len(p.Conditions) != 0 {
			t.Errorf("%s: lang %q, equipment %v, limits %v, conditions %v", file, p.Lang, p.Equipment, p.Limits, p.Conditions)
		}
	}
	// none goes alone, as with the flag.
	if _, fs := planner.ReadProfile("p.json", []byte(`{"equipment": ["none", "chair"]}`)); len(fs) != 1 {
		t.Errorf("none with chair: %v", fs)
	}
	if _, fs := planner.ReadProfile("p.json", []byte(`{"lang": "fr"}`)); len(fs) != 1 {
		t.Errorf("fr: %v", fs)
	}
}
