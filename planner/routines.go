package planner

import (
	"slices"
	"strings"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// The sizes of a program (rules 7 and 13).
const (
	// MaxItems is the most items a session holds.
	MaxItems = 5
	// MaxActivation is the most activation exercises a block holds.
	MaxActivation = 4
	// MaxDistinct is the most different exercises a block holds, movement
	// breaks not counted.
	MaxDistinct = 8
	// maxTransitions is the most times a session moves between the floor
	// and standing or sitting (rule 14).
	maxTransitions = 2
	// strengthTarget is how many strengthening exercises a routine aims at
	// (rule 16): few enough to learn well, enough to cover the main glute
	// muscles.
	strengthTarget = 3
	// DeskSittingHours is the daily sitting from which movement breaks
	// are planned (rule 10), and desk work suits a person.
	DeskSittingHours = 4
)

// program is the routines of one block: one for each kind of session
// (rule 13), each in session order (rule 14).
type program struct {
	routines map[Session][]*catalog.Exercise
	// missing lists what the program should hold and cannot, as warnings
	// in the profile's language.
	missing []string
	// missingRelease is set when one of them speaks of release work.
	missingRelease bool
}

// distinct returns the ids of the block's exercises.
func (pg *program) distinct() map[string]bool {
	seen := map[string]bool{}
	for _, r := range pg.routines {
		for _, e := range r {
			seen[e.ID] = true
		}
	}
	return seen
}

// order arranges a session (rule 14): dynamic stretches, then activation,
// then static stretches and release; within each group, the arrangement
// that moves between the floor and up the fewest times. It returns the
// session and that number.
func order(items []*catalog.Exercise) ([]*catalog.Exercise, int) {
	var groups [3][]*catalog.Exercise
	for _, e := range items {
		g := 2
		switch e.Category {
		case catalog.DynamicStretch:
			g = 0
		case catalog.Activation:
			g = 1
		}
		groups[g] = append(groups[g], e)
	}
	var best []*catalog.Exercise
	bestN := -1
	// Each group goes up first or floor first: eight arrangements.
	for mask := range 8 {
		var seq []*catalog.Exercise
		for g := range 3 {
			floorFirst := mask&(1<<g) != 0
			for _, wantFloor := range []bool{floorFirst, !floorFirst} {
				for _, e := range groups[g] {
					if floorFlag(e) == wantFloor {
						seq = append(seq, e)
					}
				}
			}
		}
		if n := transitions(seq); bestN < 0 || n < bestN {
			best, bestN = seq, n
		}
	}
	return best, max(bestN, 0)
}

// transitions counts the moves between the floor and up in a session.
func transitions(seq []*catalog.Exercise) int {
	n := 0
	for i := 1; i < len(seq); i++ {
		if floorFlag(seq[i]) != floorFlag(seq[i-1]) {
			n++
		}
	}
	return n
}

// sound reports whether a session of these items keeps the session rules:
// at most 5 items (rule 7), no two stretches with the same main target,
// and at most two moves between the floor and up (rule 14).
func sound(items []*catalog.Exercise) bool {
	if len(items) > MaxItems {
		return false
	}
	// No two stretches with the same main target (rule 14), nor two
	// releases of the same muscle: one is enough.
	seen := map[catalog.Target]bool{}
	released := map[catalog.Target]bool{}
	for _, e := range items {
		switch {
		case stretch(e):
			if seen[e.Targets[0]] {
				return false
			}
			seen[e.Targets[0]] = true
		case e.Category == catalog.MyofascialRelease:
			if released[e.Targets[0]] {
				return false
			}
			released[e.Targets[0]] = true
		}
	}
	_, n := order(items)
	return n <= maxTransitions
}

// pools holds the entries a block may draw on, by category, in the order
// they are preferred.
type pools map[catalog.Category][]*catalog.Exercise

func boolRank(v bool) int {
	if v {
		return 1
	}
	return 0
}

// clone returns a copy of pg whose routines can be changed freely.
func (pg *program) clone() *program {
	out := &program{routines: map[Session][]*catalog.Exercise{}, missing: slices.Clone(pg.missing), missingRelease: pg.missingRelease}
	for k, rt := range pg.routines {
		out.routines[k] = slices.Clone(rt)
	}
	return out
}

// standingMove reports whether e is done standing and moves: no floor
// work, no hold (rule 18's primer before a run, a ride or a game).
func standingMove(e *catalog.Exercise) bool {
	return (e.Position == catalog.Standing || e.Position == catalog.SingleLegStanding) && !isometric(e)
}

// chains maps the id of each entry of c to a number for its progression
// chain: entries linked by progression, either way, share it.
func chains(c *catalog.Catalog) map[string]int {
	at := make(map[string]int, len(c.Exercises)) // an id's first entry
	for i, e := range c.Exercises {
		if _, ok := at[e.ID]; !ok {
			at[e.ID] = i
		}
	}
	parent := make([]int, len(c.Exercises))
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, e := range c.Exercises {
		if p, ok := at[e.Progression]; ok {
			parent[find(at[e.ID])] = find(p)
		}
	}
	for id, i := range at {
		at[id] = find(i) // the chain's number, in the map itself
	}
	return at
}

// startSteps returns, for each progression chain among entries, the step
// where a person of level l starts: past the steps of easier levels, but
// not past the last of them.
func startSteps(entries []*catalog.Exercise, l catalog.Level) []*catalog.Exercise {
	byID := make(map[string]*catalog.Exercise, len(entries))
	isNext := make(map[string]bool, len(entries))
	for _, e := range entries {
		byID[e.ID] = e
	}
	for _, e := range entries {
		if n, ok := byID[e.Progression]; ok && n.ID != e.ID {
			isNext[n.ID] = true
		}
	}
	var out []*catalog.Exercise
	var seen []*catalog.Exercise // the chain so far: a few steps
	for _, head := range entries {
		if isNext[head.ID] {
			continue
		}
		start := head
		seen = seen[:0]
		for e := head; e != nil && !slices.Contains(seen, e); e = byID[e.Progression] {
			seen = append(seen, e)
			if e.Level.Rank() < l.Rank() {
				start = e
			}
		}
		out = append(out, start)
	}
	return out
}

// dynOrder lists dynamic stretches in the order warm-ups prefer them:
// for people who sit a lot, hip-flexor work first; timed walks, which
// belong to movement breaks, last.
func dynOrder(list []*catalog.Exercise, p Profile) []*catalog.Exercise {
	out := slices.Clone(list)
	rank := func(e *catalog.Exercise) int {
		r := 1
		if p.SittingHours >= 4 && e.Targets[0] == catalog.HipFlexors {
			r = 0
		}
		if e.Dose.Seconds >= 60 {
			r = 2
		}
		return r
	}
	slices.SortStableFunc(out, func(x, y *catalog.Exercise) int { return rank(x) - rank(y) })
	return out
}

func filter(list []*catalog.Exercise, ok func(*catalog.Exercise) bool) []*catalog.Exercise {
	var out []*catalog.Exercise
	for _, e := range list {
		if ok(e) {
			out = append(out, e)
		}
	}
	return out
}

// pools returns the entries block bl may draw on, by category, in catalog
// order.
func (b *basis) pools(bl int) pools {
	ps := pools{}
	for i := range b.cat.Exercises {
		e := &b.cat.Exercises[i]
		if b.out[e.ID] != "" || b.blockOut(e, bl) != "" {
			continue
		}
		ps[e.Category] = append(ps[e.Category], e)
	}
	return ps
}

// sessionDays counts the days of each kind of session in the template.
func (b *basis) sessionDays() map[Session]int {
	n := map[Session]int{}
	for _, s := range b.tmpl {
		n[s.session]++
	}
	return n
}

// PelvicFloorWork reports whether e is a pelvic-floor exercise: the
// catalog marks one with "pelvic-floor" in its id (rule 9).
func PelvicFloorWork(e *catalog.Exercise) bool { return strings.Contains(e.ID, "pelvic-floor") }

// hingeDrill reports whether e is a hip-hinge pattern drill: a light
// standing drill with "hinge" in its id (rule 19).
func hingeDrill(e *catalog.Exercise) bool {
	return strings.Contains(e.ID, "hinge") && (e.Position == catalog.Standing) && e.GluteLoad <= 0.5 && !weighted(e)
}

// movement is what a strengthening or balance exercise trains: the
// variety a routine is chosen for (rules 13 and 16; docs "How exercises
// are chosen"). It is read from the catalog's own data, so a custom
// catalog's entries have one too.
type movement uint8

const (
	otherMove movement = iota
	// hipExtension straightens the hip lying down, on hands and knees or
	// standing still: bridges, hip thrusts, hip extensions, squeezes.
	hipExtension
	// squatMove bends hips and knees together on both feet: a squat, a
	// sit-to-stand (the quadriceps among its targets).
	squatMove
	// hingeMove takes the hips back on both feet, the knees nearly
	// straight: a Romanian deadlift (the hamstrings among its targets, the
	// quadriceps not).
	hingeMove
	// sideHip works the side of the hip (its main target gluteus medius
	// or minimus): clamshells, side steps, abduction, its holds.
	sideHip
	// singleLeg stands on one leg, which does the work: balance, a hip
	// hike, a step-up or step-down, a single-leg deadlift. Standing hip
	// abduction stands on one leg too, but the leg that moves does the
	// work: it is side-hip work.
	singleLeg
)

// movementOf says what entry e trains (see [movement]).
func movementOf(e *catalog.Exercise) movement {
	has := func(t catalog.Target) bool { return slices.Contains(e.Targets, t) }
	switch {
	case e.Category != catalog.Activation || PelvicFloorWork(e):
		return otherMove
	case e.Position == catalog.SingleLegStanding && !abduction(e):
		return singleLeg
	case abductor(e):
		return sideHip
	case e.Position == catalog.Standing && has(catalog.Quadriceps):
		return squatMove
	case e.Position == catalog.Standing && has(catalog.Hamstrings):
		return hingeMove
	case e.Targets[0] == catalog.GluteusMaximus:
		return hipExtension
	}
	return otherMove
}

// abduction reports whether e lifts a leg out to the side, as its id or
// English name says ("abduction", "abductor").
func abduction(e *catalog.Exercise) bool {
	return strings.Contains(e.ID, "abduct") || strings.Contains(strings.ToLower(e.Name), "abduct")
}

// deskWork reports whether e is activation work made for a desk: done
// sitting on a chair and desk-friendly, like a seated hip press or seated
// glute squeezes. It suits people who sit for long spells (rule 10), and
// holds for gluteal tendinopathy (rule 9); a pelvic-floor squeeze is
// anyone's.
func deskWork(e *catalog.Exercise) bool {
	return e.Category == catalog.Activation && e.Position == catalog.Seated && e.DeskFriendly && !PelvicFloorWork(e)
}

// movementWords names movement m for reasons, in say.
func movementWords(say *locale.Language, m movement) string {
	switch m {
	case hipExtension:
		return say.Say("hip extension, as in a bridge")
	case squatMove:
		return say.Say("a squat")
	case hingeMove:
		return say.Say("a hip hinge")
	case sideHip:
		return say.Say("the side of the hip")
	case singleLeg:
		return say.Say("standing on one leg")
	}
	return ""
}
