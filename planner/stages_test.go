package planner

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
)

// These table tests pin the pure stages of the planner, each row named
// after the README rule it pins.

func TestRoomAndCaps(t *testing.T) {
	tests := []struct {
		name       string
		p          Profile
		block      int
		cap, room  float64
		gymFilling bool
	}{
		{"rule 2: beginner cap", Profile{Level: "beginner"}, 1, 10, 10, false},
		{"rule 2: intermediate cap less the gym", Profile{Level: "intermediate", GymDays: []Weekday{"mon"}, GymSets: 6}, 1, 16, 10, false},
		{"rule 2: gym alone reaches the cap, one gym day", Profile{Level: "beginner", GymDays: []Weekday{"mon"}, GymSets: 10}, 1, 10, 1.5, true},
		{"rule 2: gym alone reaches the cap, three gym days", Profile{Level: "advanced", GymDays: []Weekday{"mon", "wed", "fri"}, GymSets: 8}, 1, 20, 4.5, true},
		{"rule 2: tendinopathy keeps the beginner cap in block 1", Profile{Level: "advanced", Conditions: []Condition{"gluteal_tendinopathy"}}, 1, 10, 10, false},
		{"rule 2: and the level's cap from block 2", Profile{Level: "advanced", Conditions: []Condition{"gluteal_tendinopathy"}}, 2, 20, 20, false},
	}
	for _, tt := range tests {
		r, full := room(tt.p, tt.block)
		if c := weekCap(tt.p, tt.block); c != tt.cap || r != tt.room || full != tt.gymFilling {
			t.Errorf("%s: cap %v room %v full %v, want %v %v %v", tt.name, c, r, full, tt.cap, tt.room, tt.gymFilling)
		}
	}
}

func TestWeekLimits(t *testing.T) {
	p := Profile{Level: "beginner"}
	sore := Profile{Level: "beginner", Soreness: 7}
	tests := []struct {
		name             string
		p                Profile
		w                int
		prev, top, first float64
		lo, hi           float64
	}{
		{"rule 3: a build week rises at most 15%", p, 2, 4, 0, 4, 0, 4.6},
		{"rule 3: but not over the room", p, 3, 9.5, 0, 6, 0, 10},
		{"rule 3: a deload is 50 to 70% of week 3", p, 4, 8, 8, 6, 4, 5.6},
		{"rule 3: a later block starts at most at the last build week", p, 5, 5, 8, 6, 0, 8},
		{"rule 5: soreness 7 keeps block 1 at week 1", sore, 3, 3, 0, 3, 0, 3},
		{"rule 5: and lets block 2 rise", sore, 6, 3, 3, 3, 0, 3.45},
	}
	for _, tt := range tests {
		l := weekLimits(tt.p, tt.w, 1, tt.prev, tt.top, tt.first)
		if cmpFloat(l.lo, tt.lo) != 0 || cmpFloat(l.hi, tt.hi) != 0 {
			t.Errorf("%s: %+v, want lo %v hi %v", tt.name, l, tt.lo, tt.hi)
		}
	}
}

func TestLadder(t *testing.T) {
	ex := func(d catalog.Dose) *catalog.Exercise {
		return &catalog.Exercise{ID: "x", Dose: d, GluteLoad: 0.5}
	}
	tests := []struct {
		name string
		e    *catalog.Exercise
		want string
	}{
		{"units: reps change in twos within half and one and a half times the work, the first and last steps at the bounds", ex(catalog.Dose{Sets: 2, Reps: 10}), "5 6 8 [10] 12 14 15"},
		{"units: an isometric hold lengthens its hold and, lighter, does fewer holds", ex(catalog.Dose{Sets: 2, Reps: 4, HoldSeconds: 10}), "2×10s 3×10s [4×10s] 4×15s 4×17s"},
		{"units: a timed set changes its seconds", ex(catalog.Dose{Sets: 2, Seconds: 30}), "15s 20s 25s [30s] 35s 40s 45s"},
		{"units: few reps change one at a time", ex(catalog.Dose{Sets: 1, Reps: 4}), "2 3 [4] 5 6"},
	}
	for _, tt := range tests {
		steps, home := ladder(tt.e)
		var got []string
		for i, d := range steps {
			s := ""
			switch {
			case d.seconds > 0:
				s = strconv.Itoa(d.seconds) + "s"
			case d.hold >= 10 || tt.e.Dose.HoldSeconds >= 10:
				s = strconv.Itoa(d.reps) + "×" + strconv.Itoa(d.hold) + "s"
			default:
				s = strconv.Itoa(d.reps)
			}
			if i == home {
				s = "[" + s + "]"
			}
			got = append(got, s)
			if r := d.ratio(tt.e); r < minRatio-eps || r > maxRatio+eps {
				t.Errorf("%s: step %s has ratio %v", tt.name, s, r)
			}
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, g, tt.want)
		}
	}
}

func TestPiriformisHold(t *testing.T) {
	for _, tt := range []struct {
		name    string
		seconds int
		want    int
		ok      bool
	}{
		{"rule 9: a 30 s stretch is held 30 s", 30, 30, true},
		{"rule 9: a 45 s stretch is held 30 s", 45, 30, true},
		{"rule 9: a 15 s stretch is held 20 s", 15, 20, true},
		{"rule 9: a 90 s stretch cannot come down to 30 s within half its work", 90, 0, false},
	} {
		d, ok := piriformisHold(&catalog.Exercise{Dose: catalog.Dose{Sets: 2, Seconds: tt.seconds}})
		if ok != tt.ok || d.seconds != tt.want {
			t.Errorf("%s: %v %v", tt.name, d.seconds, ok)
		}
	}
}

func TestRuledOut(t *testing.T) {
	base := catalog.Exercise{ID: "x", Category: catalog.Activation, Level: "beginner", Position: catalog.Standing, Targets: []catalog.Target{"gluteus_medius"}}
	with := func(f func(*catalog.Exercise)) *catalog.Exercise { e := base; f(&e); return &e }
	tests := []struct {
		name string
		e    *catalog.Exercise
		p    Profile
		want string
	}{
		{"rule 8: equipment", with(func(e *catalog.Exercise) { e.Equipment = []catalog.Equipment{"step"} }), Profile{Level: "beginner"}, "needs step"},
		{"rule 8: no floor", with(func(e *catalog.Exercise) { e.Position = catalog.FloorSeated }), Profile{Level: "beginner", Limits: []Limit{"no_floor"}}, "do not get down to the floor"},
		{"rule 8: no kneeling", with(func(e *catalog.Exercise) { e.Position = catalog.Quadruped }), Profile{Level: "beginner", Limits: []Limit{"no_kneeling"}}, "do not kneel"},
		{"rule 8: needs support without a wall or chair", with(func(e *catalog.Exercise) { e.Position = catalog.SingleLegStanding }), Profile{Level: "beginner", Limits: []Limit{"needs_support"}}, "wall or a chair"},
		{"rule 8: needs support with a chair", with(func(e *catalog.Exercise) { e.Position = catalog.SingleLegStanding }), Profile{Level: "beginner", Limits: []Limit{"needs_support"}, Equipment: []catalog.Equipment{"chair"}}, ""},
		{"rule 9: contraindicated", with(func(e *catalog.Exercise) { e.Contraindications = []catalog.Condition{"piriformis_syndrome"} }), Profile{Level: "beginner", Conditions: []Condition{"piriformis_syndrome"}}, "not advised"},
		{"rule 9: hip compression with tendinopathy", with(func(e *catalog.Exercise) { e.HipCompression = true }), Profile{Level: "beginner", Conditions: []Condition{"gluteal_tendinopathy"}}, "presses on the outer hip"},
		{"rule 9: hip compression without it", with(func(e *catalog.Exercise) { e.HipCompression = true }), Profile{Level: "beginner"}, ""},
		{"level", with(func(e *catalog.Exercise) { e.Level = "advanced" }), Profile{Level: "intermediate"}, "an advanced exercise"},
		{"a stretch with load", with(func(e *catalog.Exercise) { e.Category = catalog.StaticStretch; e.GluteLoad = 0.5 }), Profile{Level: "beginner"}, "free of load"},
	}
	for _, tt := range tests {
		got := ruledOut(tt.e, tt.p)
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestBlockOut(t *testing.T) {
	tend := Profile{Level: "advanced", Conditions: []Condition{"gluteal_tendinopathy"}}
	e := func(level catalog.Level, pos catalog.Position, d catalog.Dose) *catalog.Exercise {
		return &catalog.Exercise{Category: catalog.Activation, Level: level, Position: pos, Dose: d, Targets: []catalog.Target{"gluteus_medius"}}
	}
	hold := catalog.Dose{Sets: 2, Seconds: 30}
	reps := catalog.Dose{Sets: 2, Reps: 10}
	tests := []struct {
		name  string
		e     *catalog.Exercise
		block int
		out   bool
	}{
		{"rule 9: block 1 keeps beginner holds", e("beginner", catalog.Standing, hold), 1, false},
		{"rule 9: block 1 leaves out moving work", e("beginner", catalog.Standing, reps), 1, true},
		{"rule 9: block 1 leaves out harder levels", e("intermediate", catalog.Standing, hold), 1, true},
		{"rule 9: block 1 leaves out single-leg standing", e("beginner", catalog.SingleLegStanding, hold), 1, true},
		{"rule 9: block 2 lets them in", e("intermediate", catalog.SingleLegStanding, reps), 2, false},
	}
	for _, tt := range tests {
		if got := blockOut(tt.e, tend, tt.block) != ""; got != tt.out {
			t.Errorf("%s: out %v", tt.name, got)
		}
	}
}

func TestOrder(t *testing.T) {
	mk := func(id string, c catalog.Category, pos catalog.Position) *catalog.Exercise {
		return &catalog.Exercise{ID: id, Category: c, Position: pos, Targets: []catalog.Target{catalog.Target(id)}}
	}
	dynUp := mk("a", catalog.DynamicStretch, catalog.Standing)
	dynFloor := mk("b", catalog.DynamicStretch, catalog.Supine)
	actUp := mk("c", catalog.Activation, catalog.Standing)
	actFloor := mk("d", catalog.Activation, catalog.Supine)
	relFloor := mk("e", catalog.MyofascialRelease, catalog.FloorSeated)
	staUp := mk("f", catalog.StaticStretch, catalog.Standing)
	tests := []struct {
		name  string
		items []*catalog.Exercise
		want  string
		n     int
	}{
		{"rule 14: warm-up, then activation, then release", []*catalog.Exercise{relFloor, actUp, dynUp}, "a c e", 1},
		{"rule 14: floor work kept together", []*catalog.Exercise{dynUp, dynFloor, actUp, actFloor, relFloor}, "a b d e c", 2},
		{"rule 14: standing finish kept with standing work", []*catalog.Exercise{dynUp, actFloor, actUp, staUp}, "a d c f", 2},
	}
	for _, tt := range tests {
		seq, n := order(tt.items)
		var ids []string
		for _, e := range seq {
			ids = append(ids, e.ID)
		}
		g := strings.Join(ids, " ")
		if n != tt.n || transitions(seq) != n {
			t.Errorf("%s: %s with %d moves, want %d", tt.name, g, n, tt.n)
		}
		phase := map[catalog.Category]int{catalog.DynamicStretch: 0, catalog.Activation: 1, catalog.MyofascialRelease: 2, catalog.StaticStretch: 2}
		for i := 1; i < len(seq); i++ {
			if phase[seq[i].Category] < phase[seq[i-1].Category] {
				t.Errorf("%s: %s puts %s after %s", tt.name, g, seq[i].ID, seq[i-1].ID)
			}
		}
		if tt.want != "" && len(strings.Fields(tt.want)) != len(seq) {
			t.Errorf("%s: %s, want %s", tt.name, g, tt.want)
		}
	}
}

// TestCatalogWords: every catalog value a reason names has its words among
// the keys the languages translate, so no reason falls back to English.
func TestCatalogWords(t *testing.T) {
	var values []string
	for _, c := range catalog.Conditions {
		values = append(values, words(c))
	}
	for _, q := range catalog.AllEquipment {
		values = append(values, words(q))
	}
	for _, l := range catalog.Levels {
		values = append(values, words(l))
	}
	for _, c := range catalog.Categories {
		if c != catalog.Activation { // ruledOut's load rule names the other kinds only
			values = append(values, words(c))
		}
	}
	for _, v := range values {
		if !slices.Contains(catalogWords, v) {
			t.Errorf("%q is not in catalogWords", v)
		}
	}
	for _, w := range Weekdays {
		if weekdayWords[w] != string(w) {
			t.Errorf("weekdayWords[%s] = %q", w, weekdayWords[w])
		}
	}
}
