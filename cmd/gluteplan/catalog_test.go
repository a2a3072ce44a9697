package main

import (
	"strconv"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// TestTerminalTextEscaped: text printed to the terminal never carries a
// control character raw, whatever reached the printer (validation refuses
// them first; this is the second line of defence).
func TestTerminalTextEscaped(t *testing.T) {
	for in, want := range map[string]string{
		"Glute bridge":        "Glute bridge",
		"Red \x1b[31mbridge":  `Red \x1b[31mbridge`,
		"CR\rover":            `CR\rover`,
		"C1\u0085next":        `C1\u0085next`,
		"DEL\x7f":             `DEL\x7f`,
		"Мостик 😀":            "Мостик 😀",
		"two\nlines\tand tab": `two\nlines\tand tab`,
	} {
		if got := oneLine(in); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", in, got, want)
		}
		if got := wrap("  ", in); strings.ContainsFunc(strings.TrimSuffix(got, "\n"), isControl) {
			t.Errorf("wrap(%q) = %q holds a control character", in, got)
		}
	}
	var b strings.Builder
	e := catalog.Default().Exercises[0]
	e.Name, e.Why, e.Steps = "Evil\x1b]0;title\x07", "Why\rnot", []string{"a\x1b[2J", "b"}
	if err := showExercise(&b, e, catalog.Default(), locale.English); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsFunc(strings.ReplaceAll(b.String(), "\n", ""), isControl) {
		t.Errorf("catalog show printed a control character: %q", b.String())
	}
}

// TestDoseWords: catalog show says a dose as the plan and the PDF do,
// with the rest after it.
func TestDoseWords(t *testing.T) {
	for _, tc := range []struct {
		d    catalog.Dose
		want string
	}{
		{catalog.Dose{Sets: 2, Reps: 12, PerSide: true, RestSeconds: 30}, "2 × 12, each side, rest 30 s"},
		{catalog.Dose{Sets: 2, Reps: 10, HoldSeconds: 5}, "2 × 10, hold 5 s"},
		{catalog.Dose{Sets: 1, Seconds: 60, PerSide: true}, "60 s, each side"},
		{catalog.Dose{Sets: 3, Seconds: 120, RestSeconds: 120}, "3 × 2 min, rest 2 min"},
	} {
		if got := doseIn(locale.English, tc.d); got != tc.want {
			t.Errorf("doseIn(locale.English, %+v) = %q, want %q", tc.d, got, tc.want)
		}
	}
}

// TestFieldBounds: the flags read their ranges from the profile's struct
// tags; every field a flag names has them.
func TestFieldBounds(t *testing.T) {
	for field, want := range map[string]string{
		"weeks": "1 to 52", "minutes": "5 to 120", "sitting_hours": "0 to 18",
		"gym_sets": "0 to 40", "soreness": "0 to 10", "pain_days": "0 to 3650",
	} {
		if got := rangeWords(field); got != want {
			t.Errorf("%s: %q, want %q", field, got, want)
		}
	}
	if b := fieldBounds("name"); b.MaxLength != 80 || b.Pattern == nil {
		t.Errorf("name: %+v", b)
	}
	for _, f := range []string{"session_time", "work_hours"} {
		if fieldBounds(f).Pattern == nil {
			t.Errorf("%s has no pattern", f)
		}
	}
	for _, tc := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"4", 4, true}, {"52", 52, true}, {" 7 ", 7, true}, {"0", 0, false}, {"53", 0, false},
		{"011", 0, false}, {"0x10", 0, false}, {"1_0", 0, false}, {"1e1", 0, false},
		{"4.0", 0, false}, {"-1", 0, false}, {"+4", 0, false}, {"", 0, false}, {"٤", 0, false},
		{"99999999999999999999999", 0, false},
	} {
		got, err := decimalInt(tc.in, fieldBounds("weeks"))
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("decimalInt(%q) = %d, %v", tc.in, got, err)
		}
	}
}

// FuzzNumberFlag: a number flag's value is accepted only as plain decimal
// digits within the field's range, and then reads back as written.
func FuzzNumberFlag(f *testing.F) {
	for _, s := range []string{"4", "011", "0x10", "1_0", "1e1", "4.0", "-1", " 7 ", "٤", "99999999999999999999", "0", "7.5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b := fieldBounds("weeks")
		n, err := decimalInt(s, b)
		if err == nil {
			if strconv.Itoa(n) != strings.TrimSpace(s) || float64(n) < b.Min || float64(n) > b.Max {
				t.Errorf("%q read as %d", s, n)
			}
		}
		h := fieldBounds("sitting_hours")
		x, err := decimal(s, h)
		if err == nil && (x < h.Min || x > h.Max || strings.ContainsAny(s, "xXeE_+-")) {
			t.Errorf("%q read as %g", s, x)
		}
		v := &plainValue{whole: true, set: func(float64) {}}
		if v.Set(s) == nil {
			if _, err := strconv.Atoi(v.String()); err != nil || strings.HasPrefix(v.String(), "0") && v.String() != "0" {
				t.Errorf("flag value %q kept as %q", s, v.String())
			}
		}
	})
}
