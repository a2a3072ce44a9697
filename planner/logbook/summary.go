package logbook

import (
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// The thresholds gluteplan next reads a log with (README rule 15 and "the
// next block"). The soreness bands themselves are the planner's
// pain-monitoring rule; this is the one place that says how many evenings
// and what share of sessions turn them into a decision.
const (
	// SoreEvenings is how many evenings at [planner.PainStepBack] or more
	// in the last week of a log make the next block step back.
	SoreEvenings = 2
	// RepeatBelow is the share of the block's sessions done, among those
	// logged, below which the next block repeats the last one.
	RepeatBelow = 0.5
	// ProgressFrom is the share of the block's planned sessions done, and
	// of its logged evenings at [planner.PainCarryOn] or less, from which
	// the next block may progress.
	ProgressFrom = 0.8
	// LoggedFrom is the share of the block's evenings that must be logged
	// for the log to earn progress; with fewer the next block holds, and
	// says why.
	LoggedFrom = 0.5
	// TrendRise is how far, in points, the last week's average evening
	// score must lie above the block's first week's, and TrendAbove the
	// score it must be above, for the trend to be rising. A point is the
	// smallest change a person can tell on a 0-10 scale.
	TrendRise, TrendAbove = 1.0, 3.0
	// FunctionDrop is how many points a function score must fall for the
	// next block to step back, as rising soreness does.
	FunctionDrop = 2
	// WorseMorning is how many points a morning must lie above the
	// evening before for that evening to count as sore: the pain rule's
	// "worse the next morning", the signal tendons give.
	WorseMorning = 2
	// SoreThroughout is the share of evenings above the pain rule's
	// carry-on band (4 or more, or a worse morning) that a block, and its
	// lighter week alone, must pass, with at least [LoggedFrom] of their
	// evenings scored, for the block to count as sore throughout: then
	// the lighter week itself was too much, and a step back starts below
	// it and says to book a check now.
	SoreThroughout = 0.5
)

// WeekSummary sums up one plan week of a log.
type WeekSummary struct {
	// Week and Block are the plan's numbers for the week.
	Week, Block int
	// Phase is the week's role in its block.
	Phase planner.Phase
	// Sessions is the number of session days planned.
	Sessions int
	// SessionsLogged is the number of session days whose log says what was done.
	SessionsLogged int
	// SessionsDone counts the sessions done: a session done in part counts
	// the share of its exercises done.
	SessionsDone float64
	// Evenings is the number of evenings with a soreness score.
	Evenings int
	// SoreEvenings counts the evenings at [planner.PainStepBack] or more,
	// and those whose next morning was [WorseMorning] points or more above
	// them (the signal tendons give).
	SoreEvenings int
	// WorseMornings counts the evenings of SoreEvenings that count for
	// their next morning alone.
	WorseMornings int
	// StopEvenings counts the evenings, or next mornings, at
	// [planner.PainStop] or more.
	StopEvenings int
	// LowEvenings counts the evenings at [planner.PainCarryOn] or less.
	LowEvenings int
	// UnsettledEvenings counts the evenings above [planner.PainCarryOn],
	// and those whose next morning was [WorseMorning] points or more above
	// them.
	UnsettledEvenings int
	// Average is the mean evening score, 0 when none was scored.
	Average float64
	// Logged says the week has at least one entry.
	Logged bool
}

// Trend is how the evening soreness moved from one week to the next.
type Trend string

// The trends.
const (
	TrendUnknown Trend = "unknown" // too few evenings scored to tell
	Rising       Trend = "rising"
	Steady       Trend = "steady"
	Falling      Trend = "falling"
)

// Summary sums up a log against its plan, week by week.
type Summary struct {
	// Weeks holds one summary per plan week, in order.
	Weeks []WeekSummary
	// Last is the index in Weeks of the last week with an entry, -1 when
	// the log is empty.
	Last int
	// Trend compares the average evening score of the last week logged
	// with the week before it.
	Trend Trend
	// Tasks sums up the function scores of each task the log scores, in
	// the order first scored: its first and last scores and their dates.
	Tasks []TaskSummary
}

// Summarize sums up log l, kept for plan p, per week of the plan. The log
// must have been read against p (see [Read]): entries on other days are
// not counted.
func Summarize(p *planner.Plan, l *Log) Summary {
	byDate := map[string]*Entry{}
	if l != nil {
		for i := range l.Entries {
			byDate[l.Entries[i].Date] = &l.Entries[i]
		}
	}
	s := Summary{Weeks: make([]WeekSummary, len(p.Weeks)), Last: -1, Trend: TrendUnknown}
	for w, wk := range p.Weeks {
		ws := &s.Weeks[w]
		ws.Week, ws.Block, ws.Phase = wk.Week, wk.Block, wk.Phase
		total := 0
		for d := range wk.Days {
			day := &wk.Days[d]
			if hasSession(day) {
				ws.Sessions++
			}
			e := byDate[day.Date]
			if e == nil || functionOnly(e) {
				// A week's function scores alone do not make it the last
				// week logged: an evening at 8 the week before must still
				// refer.
				continue
			}
			ws.Logged = true
			worse := e.Soreness != nil && e.Morning != nil && *e.Morning >= *e.Soreness+WorseMorning
			if e.Soreness != nil {
				v := *e.Soreness
				ws.Evenings++
				total += v
				switch {
				case v >= planner.PainStepBack:
					ws.SoreEvenings++
				case worse:
					ws.SoreEvenings++
					ws.WorseMornings++
				case v <= planner.PainCarryOn:
					ws.LowEvenings++
				}
				if v > planner.PainCarryOn || worse {
					ws.UnsettledEvenings++
				}
			}
			if e.Soreness != nil && *e.Soreness >= planner.PainStop || e.Morning != nil && *e.Morning >= planner.PainStop {
				ws.StopEvenings++
			}
			if !hasSession(day) || e.Done == "" {
				continue
			}
			ws.SessionsLogged++
			switch e.Done {
			case DoneAll:
				ws.SessionsDone++
			case DoneSome:
				ws.SessionsDone += float64(len(e.Exercises)) / float64(len(sessionIDs(day)))
			}
		}
		if ws.Evenings > 0 {
			ws.Average = float64(total) / float64(ws.Evenings)
		}
		if ws.Logged {
			s.Last = w
		}
	}
	s.Trend = trend(s.Weeks, s.Last)
	s.Tasks = summarizeTasks(p, l)
	return s
}

// trend compares the average evening of the last week logged with that
// of the first week of its block with evenings scored: rising when it is
// [TrendRise] or more above it and above [TrendAbove].
func trend(weeks []WeekSummary, last int) Trend {
	if last < 0 || weeks[last].Evenings == 0 {
		return TrendUnknown
	}
	first := -1
	for w := last - 1; w >= 0 && weeks[w].Block == weeks[last].Block; w-- {
		if weeks[w].Evenings > 0 {
			first = w
		}
	}
	if first < 0 {
		return TrendUnknown
	}
	switch diff := weeks[last].Average - weeks[first].Average; {
	case diff >= TrendRise && weeks[last].Average > TrendAbove:
		return Rising
	case diff <= -TrendRise:
		return Falling
	}
	return Steady
}

// Steering is what a log says about the next block: whether the person
// must be referred instead, how the block is steered, and why.
type Steering struct {
	// Refer is set when an evening of the last week logged was scored
	// [planner.PainStop] or more: no plan, get checked (README rule 1).
	Refer bool
	// Steer is how the next block responds; with Refer it is
	// [planner.SteerStepBack], for a caller that plans anyway.
	Steer planner.Steer
	// Reason says, for the person, what in the log led to it, in the
	// language Steer was given; it goes into the plan as its
	// [planner.Continued] why.
	Reason string
	// Throughout is set on a step back after a block sore throughout, its
	// lighter week included (see [SoreThroughout]).
	Throughout bool
	// Cause is which of the log's rules for a step back fired, so that
	// next --explain names that one rather than every rule there is.
	Cause Cause
}

// Cause is what in the log led to a step back (README "the next block").
type Cause int

const (
	// NoCause: the steer is not a step back.
	NoCause Cause = iota
	// SoreEveningsCause: two or more evenings of the last week at
	// [planner.PainStepBack] or more.
	SoreEveningsCause
	// WorseMorningsCause: as SoreEveningsCause, a morning worse than the
	// evening before among them.
	WorseMorningsCause
	// RisingCause: the evening soreness rose over the block.
	RisingCause
	// FunctionCause: a task's function score fell by [FunctionDrop] or
	// more.
	FunctionCause
)

// Options are what else the steering tells [planner.Continue].
func (s Steering) Options() []planner.ContinueOption {
	if s.Throughout {
		return []planner.ContinueOption{planner.SoreThroughout()}
	}
	return nil
}

// Unlogged is the steering of gluteplan next without a log, its reason in
// say.
func Unlogged(say *locale.Language) Steering {
	return Steering{Steer: planner.SteerNoLog, Reason: say.Say("No log was given: the next block goes on carefully, without harder exercises. " +
		"Logging your evenings and sessions (gluteplan log) lets it do more.")}
}

// Steer reads a summary the way gluteplan next does, trying the rules in
// the order of README "the next block", the first that matches winning:
// an evening at [planner.PainStop] or more in the last week logged
// refers; [SoreEvenings] sore evenings in it, a rising trend, or a
// function score down by [FunctionDrop] steps back; fewer than
// [RepeatBelow] of the block's logged sessions done repeats; at least
// [ProgressFrom] of its planned sessions done, [ProgressFrom] of its
// logged evenings at [planner.PainCarryOn] or less, none at
// [planner.PainStepBack] or more in the last two weeks, no function score
// falling and at least [LoggedFrom] of its evenings logged progresses.
// Anything else holds. An evening not logged is not a session not done.
// The reason is said in say, the language of the plan to come.
func Steer(s Summary, say *locale.Language) Steering {
	st := steer(s, say)
	if st.Steer == planner.SteerStepBack && !st.Refer {
		if bl, ok := s.soreThroughout(); ok {
			st.Throughout = true
			st.Reason += " " + say.Sayf("Most evenings of block %d were scored %d or more, its lighter week too.", bl, planner.PainCarryOn+1)
		}
	}
	return st
}

// steer is [Steer] before it reads a step back's block as a whole.
func steer(s Summary, say *locale.Language) Steering {
	if s.Last < 0 {
		return Steering{Steer: planner.SteerNoLog, Reason: say.Say("The log is empty: the next block continues carefully. Logging the evenings and the sessions done lets it do more.")}
	}
	last := s.Weeks[s.Last]
	if last.StopEvenings > 0 {
		return Steering{Refer: true, Steer: planner.SteerStepBack, Reason: say.Sayf("An evening or morning of week %d was scored %d or more: stop the exercises and get checked by a physical therapist or doctor before the next block.", last.Week, planner.PainStop)}
	}
	if last.SoreEvenings >= SoreEvenings && last.WorseMornings > 0 {
		return Steering{Steer: planner.SteerStepBack, Cause: WorseMorningsCause, Reason: say.Sayf("%d evenings of week %d were scored %d or more, or the morning after was %d points or more worse: the next block starts lighter, no higher than the last lighter week.",
			last.SoreEvenings, last.Week, planner.PainStepBack, WorseMorning)}
	}
	if last.SoreEvenings >= SoreEvenings {
		return Steering{Steer: planner.SteerStepBack, Cause: SoreEveningsCause, Reason: say.Sayf("%d evenings of week %d were scored %d or more: the next block starts lighter, no higher than the last lighter week.", last.SoreEvenings, last.Week, planner.PainStepBack)}
	}
	if s.Trend == Rising {
		return Steering{Steer: planner.SteerStepBack, Cause: RisingCause, Reason: say.Sayf("The evening soreness rose over block %d, to %s on average in week %d: the next block starts lighter, no higher than the last lighter week.", last.Block, say.Number(last.Average), last.Week)}
	}
	if task, from, to, ok := s.functionFall(); ok {
		return Steering{Steer: planner.SteerStepBack, Cause: FunctionCause, Reason: say.Sayf("Your score for %q fell from %d to %d: the next block starts lighter, no higher than the last lighter week.", task, from, to)}
	}
	var planned, logged, evenings, low, days, sore int
	var done float64
	for w := s.Last; w >= 0 && s.Weeks[w].Block == last.Block; w-- {
		ws := s.Weeks[w]
		planned += ws.Sessions
		logged += ws.SessionsLogged
		done += ws.SessionsDone
		evenings += ws.Evenings
		low += ws.LowEvenings
		days += 7
	}
	for w := max(0, s.Last-1); w <= s.Last; w++ {
		sore += s.Weeks[w].SoreEvenings
	}
	if logged > 0 && done < RepeatBelow*float64(logged) {
		return Steering{Steer: planner.SteerRepeat, Reason: say.Sayf("%s of the %d sessions logged in block %d were done: the next block repeats this one at the same level.", say.Number(done), logged, last.Block)}
	}
	if float64(evenings) < LoggedFrom*float64(days) {
		return Steering{Steer: planner.SteerHold, Reason: say.Sayf("Only %d of the %d evenings of block %d were scored: the next block holds its level. Scoring most evenings lets it move on.", evenings, days, last.Block)}
	}
	if planned > 0 && done >= ProgressFrom*float64(planned) && float64(low) >= ProgressFrom*float64(evenings) && sore == 0 {
		return Steering{Steer: planner.SteerProgress, Reason: say.Sayf("%s of the %d sessions of block %d were done and most evenings were %d or less: the next block moves on.", say.Number(done), planned, last.Block, planner.PainCarryOn)}
	}
	return Steering{Steer: planner.SteerHold, Reason: say.Say("The log shows neither a reason to step back nor enough done to move on: the next block holds its level, without harder exercises.")}
}

// Rule names, in say, the rule of the log that steered st, for next
// --explain: the threshold that fired in a few words, not every one
// that could have.
func Rule(say *locale.Language, st Steering) string {
	switch st.Steer {
	case planner.SteerStepBack:
		switch st.Cause {
		case WorseMorningsCause:
			return say.Say("a step back, because last week had two or more sore evenings, or mornings worse than the evening before")
		case RisingCause:
			return say.Say("a step back, because your evening soreness rose over the block")
		case FunctionCause:
			return say.Sayf("a step back, because your score for a task fell by %d or more", FunctionDrop)
		}
		return say.Say("a step back, because last week had two or more sore evenings")
	case planner.SteerRepeat:
		return say.Say("the block again, because fewer than half of its sessions were done")
	case planner.SteerProgress:
		return say.Say("a step on, because most sessions were done and the evenings were mostly 0 to 3")
	case planner.SteerHold:
		return say.Say("the same level without harder exercises, because the block was neither sore nor done enough to move on")
	}
	return say.Say("carefully on, as there is no log")
}

// soreThroughout reports whether the weeks from the block of the plan's
// last lighter week to the last week logged were sore throughout, the
// lighter week too (see [SoreThroughout]), and the lighter week's block.
// A plan without a lighter week, or whose last is not logged, is not.
func (s Summary) soreThroughout() (block int, ok bool) {
	d := -1
	for w := range s.Weeks {
		if s.Weeks[w].Phase == planner.Deload {
			d = w
		}
	}
	if d < 0 || d > s.Last {
		return 0, false
	}
	sore := func(from, to int) bool {
		scored, unsettled := 0, 0
		for w := from; w <= to; w++ {
			scored += s.Weeks[w].Evenings
			unsettled += s.Weeks[w].UnsettledEvenings
		}
		return float64(scored) >= LoggedFrom*float64(7*(to-from+1)) && float64(unsettled) > SoreThroughout*float64(scored)
	}
	first := d
	for first > 0 && s.Weeks[first-1].Block == s.Weeks[d].Block {
		first--
	}
	return s.Weeks[d].Block, sore(d, d) && sore(first, s.Last)
}

// functionFall reports the first function task whose score fell by
// [FunctionDrop] or more from its first score in the log to its last. Logs
// without function scores have none.
func (s Summary) functionFall() (task string, from, to int, ok bool) {
	for _, t := range s.Tasks {
		if t.First.Score-t.Last.Score >= FunctionDrop {
			return t.Task, t.First.Score, t.Last.Score, true
		}
	}
	return "", 0, 0, false
}
