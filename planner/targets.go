package planner

import (
	"math"

	"github.com/gluteplan/gluteplan/catalog"
)

// The numbers of the load rules (README rules 2 to 5); the README explains
// where each comes from.
const (
	// WeeklyRise is the most a week's plan volume may rise over the week
	// before within a block (rule 3): weeklyRisePercent more.
	WeeklyRise        = 1 + weeklyRisePercent/100.0
	weeklyRisePercent = 15
	// DeloadLow and DeloadHigh bound a deload week as shares of week 3 of
	// its block (rule 3).
	DeloadLow, DeloadHigh = 0.5, 0.7
	// BlockWeeks is the length of a block: three weeks that rise, then a
	// deload (rule 3).
	BlockWeeks = 4
	// HardDayHSE is the plan volume above which a day counts as hard (rule 4).
	HardDayHSE = 3.0
	// HardActivitySets is the fewest hard glute sets that make an activity
	// a hard one (rule 4).
	HardActivitySets = 3.0
	// PrimerMaxHSE is the most volume a primer before a gym session may
	// hold (rule 4), and what each gym day allows when the gym alone fills
	// the cap (rule 2).
	PrimerMaxHSE = 1.5
	// SoreDayMaxHSE bounds every day of the first block at soreness 7 (rule 5).
	SoreDayMaxHSE = 1.0
	// SoreShare bounds week 1 at soreness 4 to 6, as a share of the week at
	// soreness 0 (rule 5).
	SoreShare = 0.7
	// SettleSoreness is the soreness at which the first block settles (rule 5).
	SettleSoreness = 7
	// SoreFrom is the lowest soreness at which week 1 is cut (rule 5).
	SoreFrom = 4

	// startShare is the share of the weekly room (cap minus gym) that week
	// 1 fills: room to rise for two weeks and stay under the cap.
	startShare = 0.6
	// hardDayMaxHSE bounds the volume of a hard home session.
	hardDayMaxHSE = 6.0
	eps           = 1e-9
)

// RecoveryCap returns the weekly glute volume, in hard-set equivalents,
// that a person of level l recovers from (rule 2).
func RecoveryCap(l catalog.Level) float64 {
	switch l {
	case catalog.Intermediate:
		return 16
	case catalog.Advanced:
		return 20
	}
	return 10
}

// weekCap is the cap of the weeks of block bl: with gluteal tendinopathy
// (rule 2), and after giving birth (rule 9), the first block uses the
// beginner cap whatever the level.
func (b *basis) weekCap(bl int) float64 {
	if b.firstBlock(GlutealTendinopathy, bl) || b.firstBlock(Postpartum, bl) {
		return RecoveryCap(catalog.Beginner)
	}
	return RecoveryCap(b.p.Level)
}

// gymWeek is the glute volume of the activities acts in a week (rules 2
// and 18).
func gymWeek(acts []Activity) float64 {
	t := 0
	for _, a := range acts {
		t += a.Sets() * len(a.Days)
	}
	return float64(t)
}

// loadDays counts the days of the activities acts that hold glute sets.
func loadDays(acts []Activity) int {
	n := 0
	for _, a := range acts {
		if a.Sets() > 0 {
			n += len(a.Days)
		}
	}
	return n
}

// room is the most plan volume a week of block b may hold (rule 2): the
// cap less the activities' volume. When the activities leave less than 1.5
// for each of their days (they fill the cap), 1.5 for each such day and at
// least 1.5 in all, for primers and the holds that gluteal tendinopathy
// asks for.
func (b *basis) room(bl int) (hse float64, full bool) {
	c, g, n := b.weekCap(bl), gymWeek(b.activities), float64(loadDays(b.activities))
	if g > 0 && c-g < PrimerMaxHSE*n {
		return math.Max(PrimerMaxHSE, PrimerMaxHSE*n), true
	}
	return c - g, false
}

// limits is the range a week's plan volume must land in.
type limits struct{ lo, hi float64 }

// firstTarget is the plan volume week 1 of a new plan aims at: a share of
// the room, so the block has room to rise (rule 3).
func (b *basis) firstTarget() float64 {
	r, _ := b.room(1)
	return startShare * r
}

// blockOf returns the block of week w, both counted from 1.
func blockOf(w int) int { return (w-1)/BlockWeeks + 1 }

// weekInBlock returns the place of week w in its block, 1 to 4.
func weekInBlock(w int) int { return (w-1)%BlockWeeks + 1 }

// isDeload reports whether week w is a lighter week: the fourth of its
// block (so a last block shorter than four weeks has none).
func isDeload(w int) bool { return weekInBlock(w) == BlockWeeks }
