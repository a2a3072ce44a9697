package planner

import "testing"

// TestMovesLost pins the order a step back leaves exercises out in (README
// "the next block"): from a movement with two first, then any movement
// but the side of the hip, the side of the hip last.
func TestMovesLost(t *testing.T) {
	set := func(ms ...movement) (out [singleLeg + 1]bool) {
		for _, m := range ms {
			out[m] = true
		}
		return out
	}
	office := set(squatMove, hipExtension, sideHip)
	tests := []struct {
		name       string
		had        [singleLeg + 1]bool
		keep, drop [singleLeg + 1]bool // keep costs less than drop
	}{
		{"a movement with two before a movement", set(hipExtension, sideHip),
			set(hipExtension, sideHip), set(hipExtension)},
		{"a squat before the side of the hip", office,
			set(hipExtension, sideHip), set(squatMove, hipExtension)},
		{"hip extension before the side of the hip", office,
			set(squatMove, sideHip), set(squatMove, hipExtension)},
		{"one movement left: the side of the hip", office,
			set(sideHip), set(hipExtension)},
		{"balance before the side of the hip", set(singleLeg, sideHip, hipExtension),
			set(sideHip, hipExtension), set(singleLeg, hipExtension)},
		{"two movements lost cost more than one", office,
			set(hipExtension), set()},
	}
	for _, tt := range tests {
		if a, b := movesLost(tt.had, tt.keep, false), movesLost(tt.had, tt.drop, false); a >= b {
			t.Errorf("%s: keeping %v costs %d, not less than keeping %v (%d)", tt.name, tt.keep, a, tt.drop, b)
		}
	}
	// Any one movement lost costs more than the role ranks of ten
	// exercises left out (each 1 + [role], at most 3).
	if movesLost(office, set(squatMove, sideHip), false) <= 10*3 {
		t.Error("a lost movement costs no more than the roles")
	}
	// For a person who runs, plays or needs support on one leg, work on
	// one leg weighs as the side of the hip, above hip extension.
	runner := set(singleLeg, sideHip, hipExtension)
	if a, b := movesLost(runner, set(sideHip, hipExtension), true), movesLost(runner, set(singleLeg, hipExtension), true); a != b {
		t.Errorf("runner: losing one-leg work costs %d, the side of the hip %d", a, b)
	}
	if a, b := movesLost(runner, set(singleLeg, sideHip), true), movesLost(runner, set(sideHip, hipExtension), true); a >= b {
		t.Errorf("runner: losing hip extension costs %d, not less than one-leg work's %d", a, b)
	}
}
