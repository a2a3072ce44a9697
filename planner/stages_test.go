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

// testBasis is the basis of a run of profile p from an empty catalog,
// starting on Monday 7 December 2026.
func testBasis(p Profile) *basis {
	start, _ := ParseDate("2026-12-07")
	return newBasis(&catalog.Catalog{}, p, start, nil)
}

func sets(n int) *int { return &n }

func TestRoomAndCaps(t *testing.T) {
	tests := []struct {
		name      string
		p         Profile
		block     int
		cap, room float64
		full      bool
	}{
		{"rule 2: beginner cap", Profile{Level: "beginner"}, 1, 10, 10, false},
		{"rule 2: intermediate cap less the gym", Profile{Level: "intermediate", GymDays: []Weekday{"mon"}, GymSets: 6}, 1, 16, 10, false},
		{"rule 2: gym alone reaches the cap, one gym day", Profile{Level: "beginner", GymDays: []Weekday{"mon"}, GymSets: 10}, 1, 10, 1.5, true},
		{"rule 2: gym alone reaches the cap, three gym days", Profile{Level: "advanced", GymDays: []Weekday{"mon", "wed", "fri"}, GymSets: 8}, 1, 20, 4.5, true},
		{"rule 2: less than 1.5 a day left fills it", Profile{Level: "intermediate", GymDays: []Weekday{"mon", "wed", "fri"}, GymSets: 5}, 1, 16, 4.5, true},
		{"rule 2: 1.5 a day left does not", Profile{Level: "intermediate", GymDays: []Weekday{"mon", "wed"}, GymSets: 6}, 1, 16, 4, false},
		{"rule 18: activities count their glute sets", Profile{Level: "beginner", Activities: []Activity{{Kind: Running, Days: []Weekday{"tue", "sat"}}}}, 1, 10, 4, false},
		{"rule 18: and the sets the person gives", Profile{Level: "beginner", Activities: []Activity{{Kind: Cycling, Days: []Weekday{"sun"}, GluteSets: sets(5)}}}, 1, 10, 5, false},
		{"rule 18: walking counts none", Profile{Level: "beginner", Activities: []Activity{{Kind: Walking, Days: []Weekday{"mon", "tue", "wed"}}}}, 1, 10, 10, false},
		{"rule 2: tendinopathy keeps the beginner cap in block 1", Profile{Level: "advanced", Conditions: []Condition{"gluteal_tendinopathy"}}, 1, 10, 10, false},
		{"rule 2: and the level's cap from block 2", Profile{Level: "advanced", Conditions: []Condition{"gluteal_tendinopathy"}}, 2, 20, 20, false},
	}
	for _, tt := range tests {
		b := testBasis(tt.p)
		r, full := b.room(tt.block)
		if c := b.weekCap(tt.block); c != tt.cap || r != tt.room || full != tt.full {
			t.Errorf("%s: cap %v room %v full %v, want %v %v %v", tt.name, c, r, full, tt.cap, tt.room, tt.full)
		}
	}
}

func TestTemplate(t *testing.T) {
	run := func(kind ActivityKind, n int) []Activity {
		return []Activity{{Kind: kind, Days: []Weekday{"tue"}, GluteSets: sets(n)}}
	}
	tests := []struct {
		name       string
		acts       []Activity
		tue, wed   Session
		hardTuesay bool
	}{
		{"rule 4: a primer on an activity day the person has, recovery the day after a hard one", run(Running, 3), PrimerSession, RecoverySession, true},
		{"rule 4: an activity of fewer than 3 glute sets is no hard day", run(Cycling, 2), PrimerSession, ActivationSession, false},
		{"rule 18: a walk is no training: its day holds its session", run(Walking, 0), ActivationSession, ActivationSession, false},
	}
	for _, tt := range tests {
		p := Profile{Level: "beginner", Days: []Weekday{"mon", "tue", "wed"}, Activities: tt.acts}
		tmpl := testBasis(p).tmpl // day 0 is Monday 7 December
		if tmpl[1].session != tt.tue || tmpl[2].session != tt.wed || tmpl[1].hardActivity() != tt.hardTuesay {
			t.Errorf("%s: tue %s (hard %v), wed %s; want %s (%v), %s", tt.name, tmpl[1].session, tmpl[1].hardActivity(), tmpl[2].session, tt.tue, tt.hardTuesay, tt.wed)
		}
	}
}

func TestLadder(t *testing.T) {
	ex := func(d catalog.Dose, top *catalog.Dose) *catalog.Exercise {
		return &catalog.Exercise{ID: "x", Dose: d, DoseMax: top, GluteLoad: 0.5}
	}
	tests := []struct {
		name string
		e    *catalog.Exercise
		want string
	}{
		{"units: reps change in twos from half the starting work to dose_max", ex(catalog.Dose{Sets: 2, Reps: 10}, &catalog.Dose{Sets: 3, Reps: 15}), "6 8 [10] 12 14 15"},
		{"units: without dose_max, 1.5 times the starting work", ex(catalog.Dose{Sets: 2, Reps: 8}, nil), "4 6 [8] 10 12"},
		{"units: and never past 15 reps", ex(catalog.Dose{Sets: 2, Reps: 12}, nil), "6 8 10 [12] 14 15"},
		{"units: an isometric hold lengthens its hold, then adds holds; lighter, fewer holds", ex(catalog.Dose{Sets: 2, Reps: 3, HoldSeconds: 20}, &catalog.Dose{Sets: 3, Reps: 5, HoldSeconds: 30}), "2×15s 2×20s [3×20s] 3×25s 3×30s 4×30s 5×30s"},
		{"units: a timed set changes its seconds", ex(catalog.Dose{Sets: 2, Seconds: 30}, &catalog.Dose{Sets: 3, Seconds: 45}), "15s 20s 25s [30s] 35s 40s 45s"},
		{"units: without dose_max a hold stops at 45 s", ex(catalog.Dose{Sets: 2, Seconds: 40}, nil), "20s 25s 30s 35s [40s] 45s"},
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
			if r := d.ratio(tt.e); r < minRatio-eps {
				t.Errorf("%s: step %s has ratio %v", tt.name, s, r)
			}
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, g, tt.want)
		}
	}
}

func TestDoseFits(t *testing.T) {
	reps := &catalog.Exercise{Dose: catalog.Dose{Sets: 2, Reps: 10}}
	weighted := &catalog.Exercise{Dose: catalog.Dose{Sets: 2, Reps: 8}, EquipmentAny: []catalog.Equipment{"dumbbell", "kettlebell"}}
	oneLeg := &catalog.Exercise{Dose: catalog.Dose{Sets: 2, Reps: 8}, Position: catalog.SingleLegStanding}
	hold := &catalog.Exercise{Dose: catalog.Dose{Sets: 2, Reps: 3, HoldSeconds: 20}}
	tests := []struct {
		name  string
		e     *catalog.Exercise
		d     perSet
		short bool
		want  bool
	}{
		{"rule 16: 8 reps", reps, perSet{reps: 8}, false, true},
		{"rule 16: 15 reps", reps, perSet{reps: 15}, false, true},
		{"rule 16: not 7", reps, perSet{reps: 7}, false, false},
		{"rule 16: not 16", reps, perSet{reps: 16}, false, false},
		{"rule 16: 6 with a weight", weighted, perSet{reps: 6}, false, true},
		{"rule 16: 6 on one leg", oneLeg, perSet{reps: 6}, false, true},
		{"rule 16: not 5 even so", oneLeg, perSet{reps: 5}, false, false},
		{"rule 16: holds of 20 s", hold, perSet{reps: 3, hold: 20}, false, true},
		{"rule 16: not of 15 s", hold, perSet{reps: 3, hold: 15}, false, false},
		{"rule 16: but 10 s in the first tendinopathy week", hold, perSet{reps: 3, hold: 10}, true, true},
		{"rule 16: not 7 holds a set", hold, perSet{reps: 7, hold: 20}, false, false},
		{"rule 16: a timed hold of 45 s", hold, perSet{seconds: 45}, false, true},
		{"rule 16: not of 50 s", hold, perSet{seconds: 50}, false, false},
	}
	for _, tt := range tests {
		if got := doseFits(tt.e, tt.d, tt.short); got != tt.want {
			t.Errorf("%s: %v", tt.name, got)
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
		return &catalog.Exercise{Category: catalog.Activation, Level: level, Position: pos, Dose: d, GluteLoad: 0.2, Targets: []catalog.Target{"gluteus_medius"}}
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
		if got := testBasis(tend).blockOut(tt.e, tt.block) != ""; got != tt.out {
			t.Errorf("%s: out %v", tt.name, got)
		}
	}
}

func TestBlockOutAfterBirth(t *testing.T) {
	entry := func(id string, c catalog.Category, level catalog.Level, load float64, d catalog.Dose, eq ...catalog.Equipment) *catalog.Exercise {
		return &catalog.Exercise{ID: id, Name: id, Category: c, Level: level, GluteLoad: load, Dose: d, Equipment: eq, Targets: []catalog.Target{"gluteus_maximus"}}
	}
	bridge := entry("glute-bridge", catalog.Activation, "beginner", 0.3, catalog.Dose{Sets: 2, Reps: 10})
	hold := entry("bridge-hold", catalog.Activation, "beginner", 0.1, catalog.Dose{Sets: 2, Seconds: 30})
	floor := entry("pelvic-floor-lift", catalog.Activation, "beginner", 0, catalog.Dose{Sets: 2, Reps: 8, HoldSeconds: 5})
	skips := entry("skips", catalog.DynamicStretch, "beginner", 0, catalog.Dose{Sets: 1, Reps: 10})
	thrust := entry("hip-thrust", catalog.Activation, "beginner", 1, catalog.Dose{Sets: 2, Reps: 8}, "bench")
	harder := entry("step-down", catalog.Activation, "intermediate", 0.3, catalog.Dose{Sets: 2, Reps: 8})
	pp := func(birth string, caesarean bool) Profile {
		return Profile{Level: "advanced", Conditions: []Condition{"postpartum"}, BirthDate: birth, Caesarean: caesarean}
	}
	tests := []struct {
		name  string
		p     Profile
		e     *catalog.Exercise
		block int
		out   bool
	}{
		{"rule 9: under 6 weeks, no moving strength work", pp("2026-11-16", false), bridge, 1, true},
		{"rule 9: under 6 weeks, light holds", pp("2026-11-16", false), hold, 1, false},
		{"rule 9: under 6 weeks, pelvic-floor work", pp("2026-11-16", false), floor, 1, false},
		{"rule 9: under 12 weeks, no jumping", pp("2026-10-12", false), skips, 1, true},
		{"rule 9: nor without a birth date", pp("", false), skips, 1, true},
		{"rule 9: after 12 weeks, jumping may come back", pp("2026-05-04", false), skips, 2, false},
		{"rule 9: the first block keeps to beginner entries", pp("2026-05-04", false), harder, 1, true},
		{"rule 9: the second block need not", pp("2026-05-04", false), harder, 2, false},
		{"rule 9: after a caesarean, no bench or weight in the first block", pp("2026-05-04", true), thrust, 1, true},
		{"rule 9: without one, a bench is fine", pp("2026-05-04", false), thrust, 1, false},
	}
	for _, tt := range tests {
		if got := testBasis(tt.p).blockOut(tt.e, tt.block); (got != "") != tt.out {
			t.Errorf("%s: %q", tt.name, got)
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
		day, _ := w.dayOfWeek()
		if weekdayWords[w] != day.String() {
			t.Errorf("weekdayWords[%s] = %q", w, weekdayWords[w])
		}
	}
}
