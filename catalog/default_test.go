package catalog

import (
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
