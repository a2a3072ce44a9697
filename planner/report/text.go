package report

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// steerWords say in plain words how a block began: how the log of the
// block before steered it (README "the next block").
var steerWords = map[planner.Steer]string{
	planner.SteerProgress: locale.Key("moved on"),
	planner.SteerHold:     locale.Key("held steady"),
	planner.SteerRepeat:   locale.Key("repeated"),
	planner.SteerStepBack: locale.Key("stepped back"),
	planner.SteerNoLog:    locale.Key("no log"),
}

// Began says in plain words how block b began: how the log before it
// steered it, "start" for the chain's first block, "as planned" for a
// block that goes on within a plan.
func (r *Report) Began(b Block, say *locale.Language) string {
	switch {
	case b.Steer != "":
		if w := steerWords[b.Steer]; w != "" {
			return say.Say(w)
		}
		return string(b.Steer)
	case b.FirstWeek == r.Plans[0].FirstWeek:
		return say.Say("start")
	}
	return say.Say("as planned")
}

// SteerWords says in plain words how a plan began (see [Report.Began]).
func SteerWords(s planner.Steer, say *locale.Language) string {
	if w := steerWords[s]; w != "" {
		return say.Say(w)
	}
	return string(s)
}

// Say returns the report's language.
func (r *Report) Say() *locale.Language { return locale.In(string(r.Lang)) }

// Title says what the report covers: "Progress report, Mon 30 Nov 2026 –
// Sun 21 Feb 2027", with the person's name when the plan has one.
func (r *Report) Title(say *locale.Language) string {
	span := say.DateRange(mustDate(r.Start), mustDate(r.End))
	if r.Name != "" {
		return say.Sayf("Progress report for %s, %s", r.Name, span)
	}
	return say.Sayf("Progress report, %s", span)
}

// Subtitle says the weeks, blocks and the last day logged.
func (r *Report) Subtitle(say *locale.Language) string {
	first, last := r.Weeks[0].Week, r.Weeks[len(r.Weeks)-1].Week
	return say.Sayf("Weeks %d to %d, %s; logged up to %s.", first, last,
		say.Count(len(r.Blocks), "block", "blocks"), planner.LongDate(say, r.LastLogged))
}

// Text writes the report for the terminal or a .txt file, in its
// language: the sentences, when to see someone, a table of the blocks and
// of the weeks, the function scores and how each plan began.
func (r *Report) Text() string {
	say := r.Say()
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n%s\n", r.Title(say), r.Subtitle(say))

	fmt.Fprintf(&b, "\n%s\n", say.Say("What the numbers say"))
	for _, s := range r.Sentences {
		fmt.Fprintf(&b, "  • %s\n", s)
	}
	if len(r.SeeSomeone) > 0 {
		fmt.Fprintf(&b, "\n%s\n", say.Say("When to see someone"))
		for _, s := range r.SeeSomeone {
			fmt.Fprintf(&b, "  ! %s\n", s)
		}
	}

	fmt.Fprintf(&b, "\n%s\n", say.Say("Blocks"))
	cols, rows := r.BlockTable(say)
	table(&b, append([][]string{cols}, rows...))

	fmt.Fprintf(&b, "\n%s\n", say.Say("Weeks"))
	rows = [][]string{append([]string{say.Say("Week"), say.Say("Block"), say.Say("Dates")}, countColumns(say)...)}
	for _, w := range r.Weeks {
		dates := say.DayMonth(mustDate(w.Start)) + " – " + say.DayMonth(mustDate(w.End))
		rows = append(rows, append([]string{strconv.Itoa(w.Week), strconv.Itoa(w.Block), dates}, w.Cells(say, false)...))
	}
	table(&b, rows)

	if len(r.Tasks) > 0 {
		fmt.Fprintf(&b, "\n%s\n", say.Say("Function scores (0 = cannot do it, 10 = as well as before the pain)"))
		for _, t := range r.Tasks {
			fmt.Fprintf(&b, "  %s\n", t.Series(say))
		}
	}

	if len(r.Plans) > 1 || r.Plans[0].Steer != "" {
		fmt.Fprintf(&b, "\n%s\n", say.Say("How each plan began"))
		for _, p := range r.Plans {
			if p.Steer == "" {
				fmt.Fprintf(&b, "  %s: %s\n", say.Sayf("%s (week %d)", planner.LongDate(say, p.Start), p.FirstWeek), say.Say("a new plan"))
				continue
			}
			fmt.Fprintf(&b, "  %s: %s. %s\n", say.Sayf("%s (week %d)", planner.LongDate(say, p.Start), p.FirstWeek), SteerWords(p.Steer, say), p.Why)
		}
	}
	fmt.Fprintf(&b, "\n%s\n", say.Say("The warning signs on your plan still apply: if one appears, stop and see someone."))
	return b.String()
}

// BlockTable says the blocks as a table, in say: the column heads and a
// row for each block, as the text and the PDF print them.
func (r *Report) BlockTable(say *locale.Language) (cols []string, rows [][]string) {
	cols = append([]string{say.Say("Block"), say.Say("Weeks"), say.Say("Began")}, countColumns(say)...)
	for _, bl := range r.Blocks {
		rows = append(rows, append([]string{strconv.Itoa(bl.Block), WeekSpan(bl.FirstWeek, bl.LastWeek), r.Began(bl, say)},
			bl.Cells(say, true)...))
	}
	return cols, rows
}

// countColumns heads the columns of [Counts.Cells].
func countColumns(say *locale.Language) []string {
	return []string{say.Say("Sessions done"), say.Say("Not logged"), say.Say("Evenings scored"),
		say.Say("Average"), say.Say("Highest"), say.Say("At 6+"), say.Say("At 8+")}
}

// Cells says counts c for a table, in say: sessions done of those so far
// (with the share, when percent), sessions not logged, evenings scored of
// the days so far, the average and highest evening, the evenings at 6 or
// more and at 8 or more; "–" where there is nothing to count.
func (c Counts) Cells(say *locale.Language, percent bool) []string {
	const none = "–"
	done, notLogged := none, none
	if c.SessionsSoFar > 0 {
		done = say.Sayf("%s of %d", say.Number(c.SessionsDone), c.SessionsSoFar)
		if percent && c.DonePercent != nil {
			done += " (" + strconv.Itoa(*c.DonePercent) + "%)"
		}
		notLogged = strconv.Itoa(c.SessionsSoFar - c.SessionsLogged)
	}
	evenings, avg, high := none, none, none
	if c.Days > 0 {
		evenings = say.Sayf("%d of %d", c.Evenings, c.Days)
	}
	if c.Average != nil {
		avg, high = say.Number(*c.Average), strconv.Itoa(*c.Highest)
	}
	sore, stop := none, none
	if c.Average != nil {
		sore, stop = strconv.Itoa(c.SoreEvenings), strconv.Itoa(c.StopEvenings)
	}
	return []string{done, notLogged, evenings, avg, high, sore, stop}
}

// WeekSpan says a run of weeks: "1–4", or "5" for one.
func WeekSpan(a, b int) string {
	if a == b {
		return strconv.Itoa(a)
	}
	return strconv.Itoa(a) + "–" + strconv.Itoa(b)
}

// table writes rows in columns, each as wide as its widest cell, two
// spaces apart, indented by two.
func table(b *strings.Builder, rows [][]string) {
	var widths []int
	for _, row := range rows {
		for i, c := range row {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	for _, row := range rows {
		line := "  "
		for i, c := range row {
			line += c
			if i < len(row)-1 {
				line += strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c)+2)
			}
		}
		b.WriteString(line + "\n")
	}
}

// Series says a task's scores week by week, from its first score to its
// last, "–" for a week without one: "Climbing stairs, weeks 1–6: 3 3 4 – 5 6".
func (t Task) Series(say *locale.Language) string {
	first, last := t.Scores[0], t.Scores[len(t.Scores)-1]
	if first.Week == last.Week {
		return say.Sayf("%s, week %d: %d", t.Task, first.Week, last.Score)
	}
	var parts []string
	i := 0
	for w := first.Week; w <= last.Week; w++ {
		s := "–"
		for i < len(t.Scores) && t.Scores[i].Week == w {
			s = strconv.Itoa(t.Scores[i].Score)
			i++
		}
		parts = append(parts, s)
	}
	return say.Sayf("%s, weeks %s: %s", t.Task, WeekSpan(first.Week, last.Week), strings.Join(parts, " "))
}
