package catalog

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// person is what rules 8 and 9 of the README ask of an entry for one
// person: the equipment they own, their limits, conditions and level.
type person struct {
	equipment  []Equipment
	noFloor    bool
	noKneeling bool
	level      Level
	conditions []Condition
}

// eligible says whether p may be given e under rules 8 and 9 (the
// exclusions; block 1's extra limits for tendinopathy are checked by the
// needs below).
func (p person) eligible(e Exercise) bool {
	for _, q := range e.Equipment {
		if !slices.Contains(p.equipment, q) {
			return false
		}
	}
	if p.noFloor && e.Position.Floor() || p.noKneeling && (e.Position == Kneeling || e.Position == Quadruped) {
		return false
	}
	if e.Position == SingleLegStanding && !slices.Contains(p.equipment, Wall) && !slices.Contains(p.equipment, Chair) {
		// needs_support: only holding a wall or chair; every person of
		// the table below owns one, so this only guards the table.
		return false
	}
	if e.Level.Rank() > p.level.Rank() {
		return false
	}
	for _, c := range p.conditions {
		if slices.Contains(e.Contraindications, c) || c == GlutealTendinopathy && e.HipCompression {
			return false
		}
	}
	return true
}

// need is a kind of entry a program for a person must be able to hold.
type need struct {
	what string
	min  int
	ok   func(Exercise) bool
}

func category(c Category) func(Exercise) bool {
	return func(e Exercise) bool { return e.Category == c }
}

func upright(e Exercise) bool {
	return e.Position == Standing || e.Position == SingleLegStanding || e.Position == Seated
}

func abductor(e Exercise) bool {
	return e.Category == Activation && (e.Targets[0] == GluteusMedius || e.Targets[0] == GluteusMinimus)
}

// isometric is the README's term: timed, or a hold of 10 s or more a rep.
func isometric(e Exercise) bool { return e.Dose.Seconds > 0 || e.Dose.HoldSeconds >= 10 }

func both(fs ...func(Exercise) bool) func(Exercise) bool {
	return func(e Exercise) bool {
		for _, f := range fs {
			if !f(e) {
				return false
			}
		}
		return true
	}
}

// TestDefaultCatalogCoverage pins that the default catalog holds, for each
// kind of person the planner serves, an eligible entry of every kind their
// program needs: the planner cannot plan what the catalog lacks.
func TestDefaultCatalogCoverage(t *testing.T) {
	chairWall := []Equipment{Chair, Wall}
	dynamic, static, release := category(DynamicStretch), category(StaticStretch), category(MyofascialRelease)
	activation := category(Activation)
	piriformis := func(e Exercise) bool {
		return e.Targets[0] == Piriformis && (e.Category == StaticStretch || e.Category == MyofascialRelease) && !e.HipCompression
	}
	piriformisHold := func(e Exercise) bool {
		// Rule 9: a piriformis stretch is 2 to 4 holds of 20 to 30 s a side.
		return e.Category != StaticStretch || e.Dose.Sets >= 2 && e.Dose.Sets <= 4 && e.Dose.Seconds >= 20 && e.Dose.Seconds <= 30 && e.Dose.PerSide
	}
	tests := []struct {
		name  string
		p     person
		needs []need
	}{
		{"older beginner: no floor, no kneeling, needs support, chair and wall",
			person{equipment: chairWall, noFloor: true, noKneeling: true, level: Beginner},
			[]need{
				{"a standing or seated dynamic stretch", 2, both(dynamic, upright)},
				{"a standing or seated activation drill", 3, both(activation, upright)},
				{"a standing or seated hip-abductor drill", 1, both(abductor, upright)},
				{"a standing or seated static stretch", 2, both(static, upright)},
			}},
		{"older beginner who buys a massage ball",
			person{equipment: []Equipment{Chair, Wall, MassageBall}, noFloor: true, noKneeling: true, level: Beginner},
			[]need{
				{"a release against a wall", 1, both(release, func(e Exercise) bool { return e.Position == Standing && slices.Contains(e.Equipment, Wall) })},
			}},
		{"gluteal tendinopathy, no equipment at all",
			person{level: Beginner, conditions: []Condition{GlutealTendinopathy}},
			[]need{
				{"a beginner isometric hip-abductor drill with no equipment", 1, both(abductor, isometric, func(e Exercise) bool { return len(e.Equipment) == 0 })},
				{"a dynamic stretch", 2, dynamic},
				{"a static stretch", 2, static},
			}},
		{"gluteal tendinopathy, no floor, chair and wall",
			person{equipment: chairWall, noFloor: true, level: Beginner, conditions: []Condition{GlutealTendinopathy}},
			[]need{
				{"a beginner isometric hip-abductor drill off the floor", 2, both(abductor, isometric, upright)},
				{"a static stretch off the floor", 1, both(static, upright)},
			}},
		{"gluteal tendinopathy with a foam roller",
			person{equipment: []Equipment{FoamRoller}, level: Advanced, conditions: []Condition{GlutealTendinopathy}},
			[]need{{"a glute release without crossing", 1, both(release, func(e Exercise) bool { return e.Targets[0] == GluteusMaximus })}}},
		{"gluteal tendinopathy with a massage ball and a chair",
			person{equipment: []Equipment{MassageBall, Chair}, level: Beginner, conditions: []Condition{GlutealTendinopathy}},
			[]need{{"a deep buttock release without crossing", 1, release}}},
		{"piriformis syndrome, no equipment",
			person{level: Beginner, conditions: []Condition{PiriformisSyndrome}},
			[]need{{"a piriformis stretch without crossing, 2-4 holds of 20-30 s a side", 1, both(piriformis, piriformisHold)}}},
		{"piriformis syndrome and tendinopathy, no floor, chair, wall and massage ball",
			person{equipment: []Equipment{Chair, Wall, MassageBall}, noFloor: true, level: Beginner, conditions: []Condition{PiriformisSyndrome, GlutealTendinopathy}},
			[]need{
				{"a piriformis stretch or release without crossing", 1, piriformis},
				{"a hip-abductor drill", 1, abductor},
			}},
		{"cannot kneel: a hip-flexor stretch for people who sit all day",
			person{equipment: chairWall, noKneeling: true, level: Beginner},
			[]need{{"a hip-flexor static stretch", 1, both(static, func(e Exercise) bool { return e.Targets[0] == HipFlexors })}}},
		{"desk worker with both conditions: movement-break drills",
			person{equipment: chairWall, level: Beginner, conditions: []Condition{PiriformisSyndrome, GlutealTendinopathy}},
			[]need{{"a desk-friendly drill", 3, func(e Exercise) bool { return e.DeskFriendly }}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, n := range tt.needs {
				var found []string
				for _, e := range Default().Exercises {
					if tt.p.eligible(e) && n.ok(e) {
						found = append(found, e.ID)
					}
				}
				if len(found) < n.min {
					t.Errorf("%s: %d eligible (%v), want at least %d", n.what, len(found), found, n.min)
				}
			}
		})
	}
}

// TestDefaultCatalogEntries pins what the version-2 default catalog must
// hold, entry by entry.
func TestDefaultCatalogEntries(t *testing.T) {
	cat := Default()
	if n := len(cat.Exercises); n < 45 || n > 55 {
		t.Errorf("%d entries: the default catalog stays between 45 and 55", n)
	}
	want := []struct {
		id             string
		category       Category
		position       Position
		hipCompression bool
	}{
		{"supine-figure-four-hold", StaticStretch, Supine, true},
		{"seated-figure-four-hold", StaticStretch, Seated, true},
		{"knee-to-chest-piriformis-hold", StaticStretch, Supine, false},
		{"half-kneeling-hip-flexor-hold", StaticStretch, Kneeling, false},
		{"standing-hip-flexor-hold", StaticStretch, Standing, false},
		{"seated-hamstring-hold", StaticStretch, Seated, false},
		{"supine-isometric-hip-abduction", Activation, Supine, false},
		{"isometric-wall-hip-abduction", Activation, Standing, false},
		{"foam-roll-glutes-uncrossed", MyofascialRelease, FloorSeated, false},
		{"ball-glute-release-uncrossed", MyofascialRelease, Seated, false},
		{"wall-ball-glute-release", MyofascialRelease, Standing, false},
		{"foam-roll-glutes", MyofascialRelease, FloorSeated, true},
		{"seated-ball-piriformis-release", MyofascialRelease, Seated, true},
		{"clamshell", Activation, SideLying, true},
		{"leg-swings-side", DynamicStretch, SingleLegStanding, true},
		{"hip-circles", DynamicStretch, SingleLegStanding, false},
		{"walk-break", DynamicStretch, Standing, false},
	}
	for _, w := range want {
		e, ok := cat.ByID(w.id)
		if !ok {
			t.Errorf("%s: missing", w.id)
			continue
		}
		if e.Category != w.category || e.Position != w.position || e.HipCompression != w.hipCompression {
			t.Errorf("%s: %s, %s, hip_compression %v; want %s, %s, %v", w.id, e.Category, e.Position, e.HipCompression, w.category, w.position, w.hipCompression)
		}
	}
	if e, _ := cat.ByID("supine-isometric-hip-abduction"); e.Level != Beginner || e.Targets[0] != GluteusMedius || len(e.Equipment) != 0 || !isometric(e) {
		t.Errorf("supine-isometric-hip-abduction: %+v: want a beginner isometric for the gluteus medius with no equipment", e)
	}
	if e, _ := cat.ByID("seated-ball-piriformis-release"); e.Dose.Seconds != 60 || !e.Dose.PerSide {
		t.Errorf("seated-ball-piriformis-release: %+v: the article's release is about a minute per side", e.Dose)
	}
	for _, e := range cat.Exercises {
		text := strings.ToLower(strings.Join(e.Steps, " "))
		if e.Position == SingleLegStanding && !strings.Contains(text, "wall") && !strings.Contains(text, "chair") {
			t.Errorf("%s: single-leg standing, but its steps do not say to hold a wall or chair", e.ID)
		}
		if where, phrase := crossingText(e); phrase != "" && !e.HipCompression {
			t.Errorf("%s: %s speaks of crossing (%q) but hip_compression is false", e.ID, where, phrase)
		}
		if e.Category == StaticStretch && (e.GluteLoad != 0 || e.Dose.Seconds < 15 || e.Dose.Seconds > 60) {
			t.Errorf("%s: a static stretch is a hold of 15-60 s with no glute load: %+v, load %v", e.ID, e.Dose, e.GluteLoad)
		}
		if slices.Contains(e.Contraindications, GlutealTendinopathy) && !e.HipCompression {
			t.Errorf("%s: contraindicated for tendinopathy but hip_compression false: say why, or set it", e.ID)
		}
	}
}

// TestCrossingTextOnDefaultEntries checks the crossing patterns against the
// catalog's own words: every entry that crosses is found.
func TestCrossingTextOnDefaultEntries(t *testing.T) {
	for _, id := range []string{"supine-figure-four-hold", "seated-figure-four-hold", "supine-figure-four-stretch",
		"seated-figure-four-stretch", "foam-roll-glutes", "seated-ball-piriformis-release"} {
		e, _ := Default().ByID(id)
		if _, phrase := crossingText(e); phrase == "" {
			t.Errorf("%s: crossing not found in its text", id)
		}
	}
	for _, id := range []string{"knee-to-chest-piriformis-hold", "knee-to-chest-rock", "foam-roll-glutes-uncrossed", "ball-glute-release-uncrossed"} {
		e, _ := Default().ByID(id)
		if where, phrase := crossingText(e); phrase != "" {
			t.Errorf("%s: %s read as crossing: %q", id, where, phrase)
		}
	}
}

// TestDefaultFigures checks that every default entry is drawn: a person
// at the fridge sees what each exercise looks like.
func TestDefaultFigures(t *testing.T) {
	for _, e := range Default().Exercises {
		if e.Figure == nil {
			t.Errorf("%s has no figure", e.ID)
		}
	}
}

// TestDefaultDoses pins the doses of the default catalog (rule 16, and the
// README's table of doses): every activation entry has a dose_max within
// 15 reps and 45 s holds, and every strengthening entry can reach a dose
// that works between its dose and its dose_max (validation notes any that
// cannot; TestDefaultCatalogValid fails on any note).
func TestDefaultDoses(t *testing.T) {
	for _, e := range Default().Exercises {
		if e.Category != Activation {
			continue
		}
		m := e.DoseMax
		if m == nil {
			t.Errorf("%s: an activation entry without dose_max", e.ID)
			continue
		}
		if m.Reps > CeilingReps || m.HoldSeconds > CeilingHoldSeconds || e.Isometric() && m.Seconds > CeilingHoldSeconds {
			t.Errorf("%s: dose_max %+v goes past 15 reps or 45 s holds", e.ID, *m)
		}
		if m.Sets > CeilingSets {
			t.Errorf("%s: dose_max has %d sets: the default catalog stops at %d, and cuts exercises before sets", e.ID, m.Sets, CeilingSets)
		}
		if _, note := workingDoseNote(e, func(...string) string { return "" }); note {
			t.Errorf("%s: its doses never work (rule 16): %+v to %+v", e.ID, e.Dose, *m)
		}
		if e.Strengthening() && e.Dose.Sets < WorkingSets {
			t.Errorf("%s: starts at %d set: a strengthening entry starts at a dose that works", e.ID, e.Dose.Sets)
		}
	}
}

// TestGluteLoadAnchors pins the default catalog's glute_load to the
// anchors of the README's table: one set at the starting dose as a share of
// a hard set, for a person of the entry's level.
func TestGluteLoadAnchors(t *testing.T) {
	anchors := map[string]float64{
		"glute-bridge":                 0.3,  // a body-weight glute bridge
		"clamshell":                    0.3,  // a clamshell
		"banded-lateral-walk":          0.3,  // a side step
		"quadruped-hip-extension":      0.25, // quadruped hip extension
		"bird-dog":                     0.2,  // a bird dog
		"chair-sit-to-stand":           0.2,  // a sit-to-stand
		"glute-bridge-hold":            0.1,  // one 30-second hold at moderate effort
		"isometric-wall-hip-abduction": 0.2,  // a set of three 20-second holds
		"single-leg-balance":           0,    // balance work
	}
	cat := Default()
	for id, want := range anchors {
		e, ok := cat.ByID(id)
		if !ok {
			t.Errorf("%s: missing", id)
			continue
		}
		if e.GluteLoad != want {
			t.Errorf("%s: glute_load %v, the anchor says %v", id, e.GluteLoad, want)
		}
	}
	for _, e := range cat.Exercises {
		if e.Category != Activation && e.GluteLoad != 0 {
			t.Errorf("%s: a %s carries no glute load, not %v", e.ID, e.Category, e.GluteLoad)
		}
	}
}

// TestCalibration checks the arithmetic behind rule 16's calibration case:
// a beginner with no activities, 3 session days, 20 minutes and soreness 0
// does in week 3 at least 3 strengthening exercises at 2 to 3 sets each,
// under the beginner ceiling of 10 hard sets a week. With every beginner
// strengthening entry at a glute_load of at most 0.35, three of them at 2
// sets on 3 days are at most 6.3 hard sets in week 1, and two rises of 15%
// bring week 3 to at most 8.3: under 10. The default person (chair and
// wall) must have enough such entries to choose from, off the floor too.
func TestCalibration(t *testing.T) {
	const (
		maxBeginnerLoad = 0.35
		exercises       = 3
		sets            = 2
		days            = 3
		rise            = 1.15
		ceiling         = 10
	)
	week1 := exercises * sets * days * maxBeginnerLoad
	if week3 := week1 * rise * rise; week3 >= ceiling {
		t.Fatalf("week 3 could reach %.2f hard sets, not under %d", week3, ceiling)
	}
	p := person{equipment: []Equipment{Chair, Wall}, level: Beginner}
	var all, upright []string
	for _, e := range Default().Exercises {
		if !e.Strengthening() || e.Level != Beginner {
			continue
		}
		if e.GluteLoad > maxBeginnerLoad {
			t.Errorf("%s: glute_load %v, above the %v that keeps the calibration case under the ceiling", e.ID, e.GluteLoad, maxBeginnerLoad)
		}
		if !p.eligible(e) {
			continue
		}
		all = append(all, e.ID)
		if !e.Position.Floor() {
			upright = append(upright, e.ID)
		}
	}
	if len(all) < 2*exercises || len(upright) < exercises {
		t.Errorf("the default beginner has %d strengthening entries (%v), %d off the floor (%v): want at least %d and %d", len(all), all, len(upright), upright, 2*exercises, exercises)
	}
}

// fearWords are the claims rule 12 keeps out of everything a person
// reads, the catalog's text included: glutes do not switch off.
var fearWords = regexp.MustCompile(`(?i)(gluteal amnesia|dead butt|switch(es|ed|ing)?\s+(\w+\s+){0,2}(on|off)\b|sleepy glutes|gone to sleep)`)

// TestNoFearWords checks the default catalog's text for rule 12's words.
func TestNoFearWords(t *testing.T) {
	for _, e := range Default().Exercises {
		texts := append(append(append([]string{e.Name, e.Why}, e.Steps...), e.Cues...), e.Mistakes...)
		for _, tr := range e.Translations {
			texts = append(append(append(texts, tr.Name, tr.Why), tr.Steps...), tr.Cues...)
		}
		for _, s := range texts {
			if m := fearWords.FindString(s); m != "" {
				t.Errorf("%s: %q in %q: say what the exercise does, not that the glutes are off", e.ID, m, s)
			}
		}
	}
}
