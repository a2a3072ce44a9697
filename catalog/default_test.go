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
	equipment    []Equipment
	noFloor      bool
	noKneeling   bool
	needsSupport bool
	level        Level
	conditions   []Condition
	// postpartum and caesarean are rule 9's: within a year after giving
	// birth, block 1 at beginner level; after a caesarean no loaded
	// entries in block 1.
	postpartum, caesarean bool
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
	if len(e.EquipmentAny) > 0 && !slices.ContainsFunc(e.EquipmentAny, func(q Equipment) bool { return slices.Contains(p.equipment, q) }) {
		return false
	}
	if p.noFloor && e.Position.Floor() || p.noKneeling && (e.Position == Kneeling || e.Position == Quadruped) {
		return false
	}
	if p.needsSupport && e.Position == SingleLegStanding && !slices.Contains(p.equipment, Wall) && !slices.Contains(p.equipment, Chair) {
		// needs_support: only holding a wall or chair.
		return false
	}
	level := p.level
	if p.postpartum {
		level = Beginner
	}
	if e.Level.Rank() > level.Rank() || p.caesarean && e.Loaded() {
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

// TestDefaultCatalogEntries pins what the default catalog must hold, entry
// by entry: version 2's entries, and version 3's additions (one for each
// item of equipment, the hinge drills, the warm-ups for before a run, a
// ride or a game, supported balance work, the pelvic-floor exercises).
func TestDefaultCatalogEntries(t *testing.T) {
	cat := Default()
	if n := len(cat.Exercises); n < 70 || n > 80 {
		t.Errorf("%d entries: the default catalog stays between 70 and 80", n)
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
		{"banded-glute-bridge", Activation, Supine, false},
		{"standing-banded-hip-abduction", Activation, SingleLegStanding, false},
		{"weighted-glute-bridge", Activation, Supine, false},
		{"goblet-squat", Activation, Standing, false},
		// The harder squat goblet-squat steps on to, with the same weight.
		{"weighted-split-squat", Activation, Standing, false},
		{"weighted-romanian-deadlift", Activation, Standing, false},
		{"step-down", Activation, SingleLegStanding, false},
		{"exercise-ball-bridge", Activation, Supine, false},
		{"ball-wall-squat", Activation, Standing, false},
		{"strap-hamstring-stretch", StaticStretch, Supine, false},
		{"strap-glute-stretch", StaticStretch, Supine, false},
		{"wall-hip-hinge", DynamicStretch, Standing, false},
		{"march-knee-drive", DynamicStretch, Standing, false},
		{"lateral-lunge-shift", DynamicStretch, Standing, false},
		{"reverse-lunge-reach", DynamicStretch, Standing, false},
		{"supported-single-leg-reach", Activation, SingleLegStanding, false},
		{"pelvic-floor-lying", Activation, Supine, false},
		{"pelvic-floor-seated", Activation, Seated, false},
		{"pelvic-floor-standing", Activation, Standing, false},
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
	if e, _ := cat.ByID("goblet-squat"); e.Progression != "weighted-split-squat" {
		t.Errorf("goblet-squat steps on to %q: want weighted-split-squat, a harder squat with the weight a person owns", e.Progression)
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

// TestSeatedFeetDown: in every seated default figure, a leg that is not
// crossed over the other has its foot on the floor, at its heel or its
// toes (twenty-second German reading: the seated ball release, leaning
// back on the ball, drew its feet in the air under a title that says
// "feet on the floor"). The floor is at 0 and a foot's points sit 2.5
// above it where they touch it.
func TestSeatedFeetDown(t *testing.T) {
	side := func(s *Side) Side {
		if s == nil {
			return Side{}
		}
		return *s
	}
	for _, e := range Default().Exercises {
		f := e.Figure
		if f == nil || f.Start.Base != Seated {
			continue
		}
		start, end := f.Solve()
		poses := []struct {
			name string
			pose Pose
			body Body
		}{{"start", f.Start, start}}
		if end != nil {
			poses = append(poses, struct {
				name string
				pose Pose
				body Body
			}{"end", *f.End, *end})
		}
		for _, p := range poses {
			near, far := side(p.pose.Near), side(p.pose.Far)
			if p.pose.Right != nil || p.pose.Left != nil {
				near, far = side(p.pose.Right), side(p.pose.Left)
			}
			for _, leg := range []struct {
				name  string
				limb  Limb
				angle Side
			}{{"near", p.body.Right, near}, {"far", p.body.Left, far}} {
				if leg.angle.Rotation != 0 || leg.angle.Abduction != 0 {
					continue // a crossed leg: its foot rests on the other knee
				}
				if low := min(leg.limb.Heel.Y, leg.limb.Toe.Y); low > 4 {
					t.Errorf("%s, %s pose: the %s foot is %.1f above the floor", e.ID, p.name, leg.name, low-2.5)
				}
			}
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

// routine is what "enough to build a routine" means in the tests below:
// the kinds of entry each routine of a plan needs, and how many of each to
// choose from. An activation routine has a warm-up (2 dynamic stretches),
// rule 16's three strengthening exercises, one of them for the hip
// abductors (rule 9 asks for one with tendinopathy; a balanced routine has
// one anyway), and a static stretch to end; a recovery routine has 2
// static stretches of different main targets (rule 14); a primer before
// an activity has 2 warm-ups done standing, dynamic and without holds
// (rule 18).
func routine(extra ...need) []need {
	strengthening := func(e Exercise) bool { return e.Strengthening() }
	return append([]need{
		{"a dynamic stretch", 2, category(DynamicStretch)},
		{"a strengthening entry", 3, strengthening},
		{"a strengthening entry for the hip abductors", 1, both(strengthening, abductor)},
		{"a static stretch", 2, category(StaticStretch)},
		{"a standing warm-up without holds", 2, standingWarmUp},
	}, extra...)
}

// standingWarmUp is an entry rule 18 allows in the primer before a run, a
// ride or a game: standing, dynamic, no isometric holds.
func standingWarmUp(e Exercise) bool {
	return e.Category == DynamicStretch && (e.Position == Standing || e.Position == SingleLegStanding) && !e.Isometric()
}

// TestDefaultCatalogServes pins that every limit and every condition the
// planner knows, and the kinds of entry rules 9, 18 and 19 find, are served
// by enough default entries to build each routine (see [routine]).
func TestDefaultCatalogServes(t *testing.T) {
	chairWall := []Equipment{Chair, Wall}
	isometricEntry := func(e Exercise) bool { return e.Isometric() }
	noCompression := func(e Exercise) bool { return !e.HipCompression }
	notSingleLeg := func(e Exercise) bool { return e.Position != SingleLegStanding }
	pelvicFloor := func(e Exercise) bool { return strings.Contains(e.ID, "pelvic-floor") }
	hinge := func(e Exercise) bool { return strings.Contains(e.ID, "hinge") }
	tests := []struct {
		name  string
		p     person
		needs []need
	}{
		{"no_floor", person{equipment: chairWall, noFloor: true, level: Beginner}, routine()},
		{"no_kneeling", person{equipment: chairWall, noKneeling: true, level: Beginner}, routine()},
		{"needs_support, with a chair and a wall", person{equipment: chairWall, needsSupport: true, level: Beginner}, routine()},
		{"needs_support, with nothing to hold", person{needsSupport: true, level: Beginner}, routine()},
		{"all three limits", person{equipment: chairWall, noFloor: true, noKneeling: true, needsSupport: true, level: Beginner}, routine()},
		{"gluteal_tendinopathy, later blocks", person{equipment: chairWall, level: Intermediate, conditions: []Condition{GlutealTendinopathy}}, routine()},
		{"gluteal_tendinopathy, block 1: beginner isometrics, no single-leg work",
			person{equipment: chairWall, level: Beginner, conditions: []Condition{GlutealTendinopathy}},
			[]need{
				{"a beginner isometric strengthening entry off one leg", 3, both(func(e Exercise) bool { return e.Strengthening() }, isometricEntry, notSingleLeg, noCompression)},
				{"an isometric one for the hip abductors", 2, both(abductor, isometricEntry, notSingleLeg)},
				{"a dynamic stretch", 2, category(DynamicStretch)},
				{"a static stretch", 2, category(StaticStretch)},
			}},
		{"gluteal_tendinopathy and no floor, block 1",
			person{equipment: chairWall, noFloor: true, level: Beginner, conditions: []Condition{GlutealTendinopathy}},
			[]need{{"an isometric one for the hip abductors", 2, both(abductor, isometricEntry, notSingleLeg)}}},
		{"piriformis_syndrome", person{equipment: chairWall, level: Beginner, conditions: []Condition{PiriformisSyndrome}},
			routine(need{"a piriformis stretch or release without crossing", 1, func(e Exercise) bool {
				return e.Targets[0] == Piriformis && (e.Category == StaticStretch || e.Category == MyofascialRelease) && !e.HipCompression
			}})},
		{"both conditions", person{equipment: chairWall, level: Beginner, conditions: []Condition{PiriformisSyndrome, GlutealTendinopathy}}, routine()},
		{"postpartum (block 1 at beginner level, whatever the level)",
			person{equipment: chairWall, level: Advanced, postpartum: true},
			routine(
				need{"a pelvic-floor exercise", 3, pelvicFloor},
				need{"a pelvic-floor exercise for the primer, standing", 1, both(pelvicFloor, func(e Exercise) bool { return e.Position == Standing })},
				need{"a pelvic-floor exercise for movement breaks", 1, both(pelvicFloor, func(e Exercise) bool { return e.DeskFriendly })},
			)},
		{"postpartum after a caesarean: nothing loaded", person{equipment: AllEquipment, level: Beginner, postpartum: true, caesarean: true}, routine()},
		{"postpartum and no floor", person{equipment: chairWall, noFloor: true, level: Beginner, postpartum: true},
			[]need{{"a pelvic-floor exercise off the floor", 2, pelvicFloor}}},
		{"a runner who needs support and owns nothing: the primer",
			person{needsSupport: true, level: Beginner},
			[]need{{"a standing warm-up without holds, off one leg", 3, both(standingWarmUp, notSingleLeg)}}},
		{"a gym-goer with no equipment: a hinge drill (rule 19)", person{level: Beginner},
			[]need{{"a hinge drill", 1, hinge}}},
		{"a gym-goer with a wall: the hinge drills", person{equipment: chairWall, level: Beginner},
			[]need{{"a hinge drill", 2, hinge}}},
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

// TestDefaultEquipmentUsed pins rule 17's side of the catalog: every item
// a person may list, but the mat, is needed by at least one default entry
// (in equipment or equipment_any) that a person owning it, at the entry's
// level, can be given; the mat is comfort and no entry needs it.
func TestDefaultEquipmentUsed(t *testing.T) {
	for _, q := range AllEquipment {
		var users []string
		for _, e := range Default().Exercises {
			if !slices.Contains(e.Equipment, q) && !slices.Contains(e.EquipmentAny, q) {
				continue
			}
			if q == Mat {
				t.Errorf("%s needs a mat: a mat is comfort, never needed", e.ID)
			}
			// Whoever owns the item and a chair and a wall: the other
			// items of equipment are listed too, as the entry needs them.
			owns := append([]Equipment{q, Chair, Wall}, e.Equipment...)
			if (person{equipment: owns, level: e.Level}).eligible(e) {
				users = append(users, e.ID)
			}
		}
		if q != Mat && len(users) == 0 {
			t.Errorf("%s: no default entry uses it: a person who owns one would never see it used", q)
		}
	}
	// A loop band is either band, a weight either weight: no default
	// entry asks for one of a pair alone.
	for _, e := range Default().Exercises {
		for _, pair := range [][]Equipment{{MiniBand, ResistanceBand}, {Dumbbell, Kettlebell}} {
			for _, q := range pair {
				if slices.Contains(e.Equipment, q) {
					t.Errorf("%s needs %s: either of %v works, so list them in equipment_any", e.ID, q, pair)
				}
			}
			if slices.ContainsFunc(e.EquipmentAny, func(q Equipment) bool { return slices.Contains(pair, q) }) && !(slices.Contains(e.EquipmentAny, pair[0]) && slices.Contains(e.EquipmentAny, pair[1])) {
				t.Errorf("%s: equipment_any %v names one of %v: name both", e.ID, e.EquipmentAny, pair)
			}
		}
	}
}

// TestPlannerFindsByID pins the kinds of entry the planner finds by a word
// in the id: hinge drills (rule 19) are light standing dynamic drills, and
// only they have "hinge" in the id; pelvic-floor exercises (rule 9) are
// gentle beginner work with no equipment and no glute load.
func TestPlannerFindsByID(t *testing.T) {
	for _, e := range Default().Exercises {
		if strings.Contains(e.ID, "hinge") && (e.Category != DynamicStretch || e.Position != Standing || e.GluteLoad != 0 || e.Level != Beginner) {
			t.Errorf("%s: a hinge drill is a beginner standing dynamic stretch with no load: %s, %s, %s, %v", e.ID, e.Category, e.Position, e.Level, e.GluteLoad)
		}
		if strings.Contains(e.ID, "pelvic-floor") && (e.Category != Activation || e.GluteLoad != 0 || e.Level != Beginner || len(e.Equipment)+len(e.EquipmentAny) > 0 || e.HipCompression || e.Isometric()) {
			t.Errorf("%s: a pelvic-floor exercise is a gentle beginner activation entry with no load or equipment", e.ID)
		}
	}
}

// TestPinnedAtWallClear: where a figure pins a cushion (a ball or roller)
// between a knee and a wall, nothing else of the body touches the wall:
// the thirty-sixth German reading saw the wall press's foot, shoulder and
// arm against the wall, and read the exercise as pushing with the foot
// and leaning on the wall. The wall stands a limb's half and the
// cushion's width beyond the knee, as the drawing puts it.
func TestPinnedAtWallClear(t *testing.T) {
	n := 0
	for _, e := range Default().Exercises {
		f := e.Figure
		if f == nil {
			continue
		}
		for _, w := range f.Props {
			if w.Kind != "wall" || !strings.HasSuffix(string(w.At), "_knee") {
				continue
			}
			size := 0.0
			for _, q := range f.Props {
				if q.At == w.At && q.Kind == "ball" {
					size = BallSize
				}
				if q.At == w.At && q.Kind == "roller" {
					size = RollerSize
				}
			}
			if size == 0 {
				continue
			}
			n++
			start, end := f.Solve()
			bodies := []Body{start}
			if end != nil {
				bodies = append(bodies, *end)
			}
			for _, b := range bodies {
				knee := b.Point(w.At)
				mid := b.Pelvis.Mid(b.Neck)
				dir := 1.0
				if knee.X < mid.X {
					dir = -1
				}
				wall := knee.X + dir*(LimbWidth/2+size)
				for _, m := range []Limb{b.Right, b.Left} {
					for name, p := range map[string]Vec{"shoulder": m.Shoulder, "elbow": m.Elbow, "hand": m.Hand, "hip": m.Hip, "heel": m.Heel, "toe": m.Toe, "ankle": m.Ankle} {
						if gap := dir * (wall - p.X); gap < LimbWidth/2+1 {
							t.Errorf("%s: the %s is %.1f cm from the wall, touching it", e.ID, name, gap-LimbWidth/2)
						}
					}
				}
				if gap := dir * (wall - mid.X); gap < TrunkWidth/2+1 {
					t.Errorf("%s: the trunk touches the wall", e.ID)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no figure pins a cushion between a knee and a wall")
	}
}
