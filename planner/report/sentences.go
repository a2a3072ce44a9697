package report

import (
	"math"
	"slices"
	"strings"

	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
	"github.com/gluteplan/gluteplan/planner/logbook"
)

// The rules the sentences follow (README "the progress report"). They
// say only what the numbers say: averages and counts of what was logged,
// never "better" or "worse" of their own accord.
const (
	// ScarceShare is the share of a block's evenings so far below which
	// a sentence says how few were scored: an average of a handful of
	// evenings is no block's average.
	ScarceShare = 0.5
	// TrendWeeks is how many weeks back the last week's soreness is
	// compared, for "not improving over 2 weeks or more".
	TrendWeeks = 2
	// TrendEvenings is the fewest evenings scored in a week for its
	// average to be compared: one or two scores are noise.
	TrendEvenings = 3
	// ChartTasks is the most tasks the report draws and speaks of: the
	// ones scored last, as a log scores at most [logbook.MaxTasks].
	ChartTasks = logbook.MaxTasks
)

// sentences says what the numbers of r say, in say: the soreness of the
// first and last blocks scored, the sessions done in the first and last
// blocks logged, each task's first and last scores; and, apart, when the
// numbers call for seeing someone (README rules 1 and 15): an evening at
// 8 or more, or soreness above 3 that has not come down over 2 weeks or
// more.
func sentences(r *Report, say *locale.Language) (out, see []string) {
	out = append(out, soreness(r, say)...)
	out = append(out, sessions(r, say)...)
	out = append(out, tasks(r, say)...)
	see = append(see, stop(r, say)...)
	see = append(see, notImproving(r, say)...)
	if see == nil {
		see = []string{}
	}
	return out, see
}

// firstAndLast returns the first and last blocks that keep, one block
// when only one does, none when none does.
func firstAndLast(bs []Block, keep func(*Block) bool) []*Block {
	var out []*Block
	for i := range bs {
		if keep(&bs[i]) {
			out = append(out, &bs[i])
		}
	}
	if len(out) > 2 {
		out = []*Block{out[0], out[len(out)-1]}
	}
	return out
}

func soreness(r *Report, say *locale.Language) []string {
	bs := firstAndLast(r.Blocks, func(b *Block) bool { return b.Evenings > 0 })
	var out []string
	switch len(bs) {
	case 0:
		return []string{say.Say("No evening soreness was scored.")}
	case 1:
		out = append(out, say.Sayf("Evening soreness averaged %s in block %d.", say.Number(*bs[0].Average), bs[0].Block))
	default:
		out = append(out, say.Sayf("Evening soreness averaged %s in block %d and %s in block %d.",
			say.Number(*bs[0].Average), bs[0].Block, say.Number(*bs[1].Average), bs[1].Block))
	}
	for _, b := range bs {
		if float64(b.Evenings) >= ScarceShare*float64(b.Days) {
			continue
		}
		if b.Days < 7*(b.LastWeek-b.FirstWeek+1) {
			out = append(out, say.Sayf("Only %d of the %d evenings so far in block %d were scored.", b.Evenings, b.Days, b.Block))
		} else {
			out = append(out, say.Sayf("Only %d of the %d evenings in block %d were scored.", b.Evenings, b.Days, b.Block))
		}
	}
	return out
}

func sessions(r *Report, say *locale.Language) []string {
	bs := firstAndLast(r.Blocks, func(b *Block) bool { return b.SessionsLogged > 0 && b.SessionsSoFar > 0 })
	var out []string
	switch len(bs) {
	case 0:
		return []string{say.Say("The logs do not say which sessions were done.")}
	case 1:
		out = append(out, say.Sayf("%s of %d sessions done in block %d.", say.Number(bs[0].SessionsDone), bs[0].SessionsSoFar, bs[0].Block))
	default:
		out = append(out, say.Sayf("%s of %d sessions done in block %d, and %s of %d in block %d.",
			say.Number(bs[0].SessionsDone), bs[0].SessionsSoFar, bs[0].Block,
			say.Number(bs[1].SessionsDone), bs[1].SessionsSoFar, bs[1].Block))
	}
	for _, b := range bs {
		switch n := b.SessionsSoFar - b.SessionsLogged; {
		case n == 1:
			out = append(out, say.Sayf("In block %d, 1 session was not logged.", b.Block))
		case n > 1:
			out = append(out, say.Sayf("In block %d, %d sessions were not logged.", b.Block, n))
		}
	}
	return out
}

// Charted returns the tasks the report draws and speaks of: at most
// [ChartTasks], the ones scored last, in the order first scored.
func (r *Report) Charted() []Task {
	if len(r.Tasks) <= ChartTasks {
		return r.Tasks
	}
	idx := make([]int, len(r.Tasks))
	for i := range idx {
		idx[i] = i
	}
	lastDate := func(i int) string { s := r.Tasks[i].Scores; return s[len(s)-1].Date }
	slices.SortStableFunc(idx, func(a, b int) int { return strings.Compare(lastDate(b), lastDate(a)) })
	idx = idx[:ChartTasks]
	slices.Sort(idx)
	out := make([]Task, len(idx))
	for i, k := range idx {
		out[i] = r.Tasks[k]
	}
	return out
}

func tasks(r *Report, say *locale.Language) []string {
	var out []string
	charted := r.Charted()
	for _, t := range charted {
		first, last := t.Scores[0], t.Scores[len(t.Scores)-1]
		switch {
		case len(t.Scores) == 1:
			out = append(out, say.Sayf("“%s” was scored once: %d in week %d.", t.Task, first.Score, first.Week))
		case first.Score == last.Score:
			out = append(out, say.Sayf("“%s” stayed at %d from week %d to week %d.", t.Task, first.Score, first.Week, last.Week))
		default:
			out = append(out, say.Sayf("“%s” went from %d in week %d to %d in week %d.", t.Task, first.Score, first.Week, last.Score, last.Week))
		}
	}
	if len(charted) < len(r.Tasks) {
		var others []string
		for _, t := range r.Tasks {
			if !slices.ContainsFunc(charted, func(c Task) bool { return c.Task == t.Task }) {
				others = append(others, say.Sayf("“%s”", t.Task))
			}
		}
		out = append(out, say.Sayf("Also scored, in earlier weeks: %s.", strings.Join(others, ", ")))
	}
	return out
}

// stop says to get checked after any evening at [planner.PainStop] or
// more, as the pain rule does (README rules 1 and 15).
func stop(r *Report, say *locale.Language) []string {
	var n int
	var lastDate string
	for _, e := range r.Evenings {
		if e.Score >= planner.PainStop {
			n++
			lastDate = e.Date
		}
	}
	switch {
	case n == 1:
		return []string{say.Sayf("An evening was scored %d or more (%s): the pain rule says to stop the exercises and get checked by a physical therapist or doctor. If you have not been checked since, do so before going on.",
			planner.PainStop, planner.LongDate(say, lastDate))}
	case n > 1:
		return []string{say.Sayf("%d evenings were scored %d or more, the last on %s: the pain rule says to stop the exercises and get checked by a physical therapist or doctor. If you have not been checked since, do so before going on.",
			n, planner.PainStop, planner.LongDate(say, lastDate))}
	}
	return nil
}

// notImproving says to get it checked when the soreness of the last week
// with enough evenings scored ([TrendEvenings]) is above
// [logbook.TrendAbove] (the pain rule's "carry on", README rule 15) and no
// lower than [TrendWeeks] or more weeks before (README rule 1: "not
// improving"); a rise of [logbook.TrendRise] or more is said as a rise.
// The averages compared are the ones printed.
func notImproving(r *Report, say *locale.Language) []string {
	var weeks []*Week
	for i := range r.Weeks {
		if r.Weeks[i].Evenings >= TrendEvenings {
			weeks = append(weeks, &r.Weeks[i])
		}
	}
	if len(weeks) < 2 {
		return nil
	}
	last := weeks[len(weeks)-1]
	var before *Week
	for i := len(weeks) - 2; i >= 0; i-- {
		if weeks[i].Week <= last.Week-TrendWeeks {
			before = weeks[i]
			break
		}
	}
	if before == nil {
		return nil
	}
	a, b := *before.Average, *last.Average
	// In tenths, as printed: 4.1 + 1 is 5.1 however floats add.
	ta, tb := int(math.Round(a*10)), int(math.Round(b*10))
	switch {
	case tb <= int(math.Round(logbook.TrendAbove*10)):
	case tb >= ta+int(math.Round(logbook.TrendRise*10)):
		return []string{say.Sayf("Evening soreness rose from %s in week %d to %s in week %d: get it checked by a physical therapist or doctor.",
			say.Number(a), before.Week, say.Number(b), last.Week)}
	case tb >= ta:
		return []string{say.Sayf("Evening soreness has not come down over %d weeks (%s in week %d, %s in week %d): get it checked by a physical therapist or doctor.",
			last.Week-before.Week, say.Number(a), before.Week, say.Number(b), last.Week)}
	}
	return nil
}
