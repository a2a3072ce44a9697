package locale

import (
	"math"
	"testing"
	"time"

	"github.com/gluteplan/gluteplan/catalog"
)

func TestNumber(t *testing.T) {
	for _, tc := range []struct {
		in   float64
		want string
	}{
		{0, "0"},
		{10, "10"},
		{6.5, "6.5"},
		{5.95, "6"}, // the terminal once said 5.95 where the PDF said 6
		{5.94, "5.9"},
		{0.25, "0.3"},
		{0.04, "0"},
		{-0.04, "0"},
		{1e-13, "0"},
		{1.7e308, "1.7e+308"},
		{999999.96, "1000000"},
		{-2.5, "-2.5"},
		{math.Inf(1), "?"},
		{math.Inf(-1), "?"},
		{math.NaN(), "?"},
	} {
		if got := Number(tc.in); got != tc.want {
			t.Errorf("Number(%g) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestAbout: a week's volume for the person reads in whole numbers
// (issue 22), the exact number kept for --explain and the JSON.
func TestAbout(t *testing.T) {
	for _, tc := range []struct {
		in     float64
		en, de string
	}{
		{0, "0", "0"},
		{10, "about 10", "etwa 10"},
		{10.02, "about 10", "etwa 10"},
		{0.03, "less than 1", "weniger als 1"},
		{3.1, "about 3", "etwa 3"},
		{17.4, "about 17", "etwa 17"},
		{10.5, "about 11", "etwa 11"},
		{0.3, "less than 1", "weniger als 1"},
		{0.5, "about 1", "etwa 1"},
		{math.Inf(1), "?", "?"},
	} {
		if got := English.About(tc.in); got != tc.en {
			t.Errorf("About(%g) = %q, want %q", tc.in, got, tc.en)
		}
		if got := German.About(tc.in); got != tc.de {
			t.Errorf("German About(%g) = %q, want %q", tc.in, got, tc.de)
		}
	}
}

func TestDose(t *testing.T) {
	for _, tc := range []struct {
		name                   string
		sets, reps, secs, hold int
		perSide                bool
		want                   string
	}{
		{"reps", 3, 12, 0, 0, false, "3 × 12"},
		{"one set of reps says the set", 1, 8, 0, 0, true, "1 × 8, each side"},
		{"hold then side", 2, 10, 0, 5, true, "2 × 10, hold 5 s, each side"},
		{"timed, one set", 1, 0, 60, 0, true, "60 s, each side"},
		{"timed, sets", 2, 0, 30, 0, false, "2 × 30 s"},
		{"timed, whole minutes", 1, 0, 180, 0, false, "3 min"},
		{"hold ignored on timed work", 2, 0, 30, 5, false, "2 × 30 s"},
		{"reps win over seconds", 2, 10, 30, 0, false, "2 × 10"},
		{"no work given", 2, 0, 0, 0, false, "2 sets"},
		{"zero sets read as one", 0, 10, 0, 0, false, "1 × 10"},
		{"one set, no work", 1, 0, 0, 0, false, "1 set"},
	} {
		if got := English.Dose(catalog.Dose{Sets: tc.sets, Reps: tc.reps, Seconds: tc.secs, HoldSeconds: tc.hold, PerSide: tc.perSide}); got != tc.want {
			t.Errorf("%s: Dose = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestMinutesSecondsCount(t *testing.T) {
	for in, want := range map[float64]string{0: "0 min", 0.2: "1 min", 17.6: "18 min", math.NaN(): "? min", math.Inf(1): "? min"} {
		if got := English.Minutes(in); got != want {
			t.Errorf("Minutes(%g) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[int]string{45: "45 s", 90: "90 s", 120: "2 min", 150: "150 s"} {
		if got := English.Seconds(in); got != want {
			t.Errorf("English.Seconds(%d) = %q, want %q", in, got, want)
		}
	}
	if got := Count(1, "week", "weeks") + ", " + Count(0, "week", "weeks") + ", " + Count(52, "week", "weeks"); got != "1 week, 0 weeks, 52 weeks" {
		t.Errorf("Count: %q", got)
	}
}

func TestDates(t *testing.T) {
	a := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	b := time.Date(2026, 12, 13, 0, 0, 0, 0, time.UTC)
	c := time.Date(2027, 1, 3, 0, 0, 0, 0, time.UTC)
	for got, want := range map[string]string{
		English.DayMonth(a):     "7 Dec",
		English.Date(a):         "7 Dec 2026",
		English.LongDate(a):     "Mon 7 Dec 2026",
		English.WeekdayLong(b):  "Sunday",
		English.DateRange(a, b): "Mon 7 Dec – Sun 13 Dec 2026",
		English.DateRange(a, c): "Mon 7 Dec 2026 – Sun 3 Jan 2027",
	} {
		if got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}

// TestLasted: how long soreness has lasted, in the unit a person counts
// in (issue 18: nobody counts 120 days); German after "bestehen", with
// "seit".
func TestLasted(t *testing.T) {
	for _, c := range []struct {
		l    *Language
		days int
		want string
	}{
		{English, 7, "7 days"},
		{English, 27, "27 days"},
		{English, 28, "about 4 weeks"},
		{English, 59, "about 8 weeks"},
		{English, 60, "about 2 months"},
		{English, 120, "about 4 months"},
		{English, 729, "about 24 months"},
		{English, 3650, "about 10 years"},
		{German, 21, "seit 21 Tagen"},
		{German, 40, "seit etwa 6 Wochen"},
		{German, 120, "seit etwa 4 Monaten"},
	} {
		if got := c.l.Lasted(c.days); got != c.want {
			t.Errorf("%s: Lasted(%d) = %q, want %q", c.l.Code, c.days, got, c.want)
		}
	}
}

func TestOneOf(t *testing.T) {
	for _, c := range []struct {
		l     *Language
		names []string
		want  string
	}{
		{English, []string{"Brisk walk"}, "“Brisk walk”"},
		{English, []string{"A", "B", "C"}, "“A”, “B” or “C”"},
		{German, []string{"Zügiges Gehen", "Beinpendeln"}, "„Zügiges Gehen“ oder „Beinpendeln“"},
		{English, nil, ""},
	} {
		if got := c.l.OneOf(c.names); got != c.want {
			t.Errorf("%s: OneOf(%q) = %q, want %q", c.l.Code, c.names, got, c.want)
		}
	}
}
