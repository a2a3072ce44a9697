package planner

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gluteplan/gluteplan/planner/format"
)

// JSON returns the plan as indented JSON (SPEC §6), ending in a newline.
func (p *Plan) JSON() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(p); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// DoseText says an item's dose in plain words: "3 × 12", "2 × 10, hold
// 5 s, each side", "60 s each side", "2 × 30 s".
func DoseText(it Item) string {
	return format.Dose(it.Sets, it.Reps, it.Seconds, it.HoldSeconds, it.PerSide)
}

// LongDate writes a YYYY-MM-DD date as "Mon 7 Dec 2026"; other text comes
// back as it is.
func LongDate(date string) string {
	t, err := time.Parse(DateLayout, date)
	if err != nil {
		return date
	}
	return t.Format("Mon 2 Jan 2006")
}

// WriteText writes the plan for the terminal: warnings first, the movement
// breaks, then each week as its sessions, the days that hold the same
// session written once, and last the pain-monitoring rule and the red
// flags. With explain, each item says why it is there and the left-out
// entries why they are left out.
func (p *Plan) WriteText(w io.Writer, explain bool) error {
	bw := bufio.NewWriter(w)
	pr := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }

	pr("Glute plan: %d %s, %s to %s\n", len(p.Weeks), plural(len(p.Weeks), "week", "weeks"), LongDate(p.Start), LongDate(p.End))
	who := ""
	if p.Profile.Name != "" {
		who = "for " + p.Profile.Name + " · "
	}
	pr("%slevel %s · sessions on %s · up to %d min · at most %s hard sets a week for the glutes\n",
		who, p.Profile.Level, join(p.Profile.Days), p.Profile.Minutes, num(p.Cap))
	if len(p.Profile.GymDays) > 0 {
		pr("gym on %s, %d hard glute sets each\n", join(p.Profile.GymDays), p.Profile.GymSets)
	}
	if c := p.Continues; c != nil {
		pr("\n")
		wrap(bw, "", "", fmt.Sprintf("Continues your plan of %s to %s. %s", LongDate(c.From), LongDate(c.To), c.Why))
	}
	if len(p.Warnings) > 0 {
		pr("\nRead first:\n")
		for _, w := range p.Warnings {
			wrap(bw, "  ! ", "    ", w)
		}
	}
	if mb := p.MovementBreaks; mb.EveryMinutes > 0 {
		names := make([]string, len(mb.Exercises))
		for i, id := range mb.Exercises {
			names[i] = p.exerciseName(id)
		}
		pr("\n")
		wrap(bw, "", "  ", fmt.Sprintf("Movement breaks: every %d minutes of sitting, get up for one of: %s.", mb.EveryMinutes, strings.Join(names, ", ")))
	}
	nameWidth := 0
	for _, wk := range p.Weeks {
		for _, d := range wk.Days {
			for _, it := range d.Items {
				nameWidth = max(nameWidth, utf8.RuneCountInString(it.Name))
			}
		}
	}
	nameWidth = min(nameWidth, 40)
	for _, wk := range p.Weeks {
		phase := "build"
		if wk.Phase == Deload {
			phase = "lighter week"
		}
		pr("\nWeek %d · %s · %s of %s hard sets (plan %s + gym %s)\n", wk.Week, phase,
			num(wk.PlanHSE+wk.GymHSE), num(wk.Cap), num(wk.PlanHSE), num(wk.GymHSE))
		for _, g := range sessionGroups(wk.Days) {
			d := wk.Days[g[0]]
			label := string(d.Session)
			switch {
			case d.Gym && d.Session == PrimerSession:
				label = "gym day: primer before training"
			case d.Gym:
				label = "gym day"
			}
			var days []string
			for _, i := range g {
				days = append(days, shortDate(wk.Days[i].Date))
			}
			pr("  %s · %s · %s min\n", strings.Join(days, ", "), label, num(d.Minutes))
			for _, it := range d.Items {
				pr("    [ ] %s  %s\n", pad(it.Name, nameWidth), DoseText(it))
				if explain {
					wrap(bw, "          why: ", "               ", it.Why)
				}
			}
		}
	}
	pr("\nEach evening, score your glute soreness from 0 (none) to 10 (the worst imaginable):\n")
	for _, b := range p.PainRule {
		wrap(bw, fmt.Sprintf("  %-6s ", bandText(b)), "         ", b.Say)
	}
	pr("\nStop and see someone:\n")
	for _, f := range p.RedFlags {
		wrap(bw, "  - ", "    ", f)
	}
	if explain && len(p.Excluded) > 0 {
		pr("\nLeft out of the catalog (%d):\n", len(p.Excluded))
		for _, x := range p.Excluded {
			wrap(bw, "  "+x.Exercise+": ", "      ", x.Reason)
		}
	}
	return bw.Flush()
}

// bandText writes a band of the pain rule as "0–3" or "8–10".
func bandText(b PainBand) string {
	if b.From == b.To {
		return fmt.Sprint(b.From)
	}
	return fmt.Sprintf("%d–%d", b.From, b.To)
}

// sessionGroups groups the days of a week that hold a session by the
// session they hold, in the order of their first day; rest days and gym
// days without a session are left out.
func sessionGroups(days []Day) [][]int {
	var groups [][]int
	key := func(d Day) string {
		var b strings.Builder
		fmt.Fprint(&b, d.Session, d.Gym)
		for _, it := range d.Items {
			fmt.Fprint(&b, "|", it.Exercise, DoseText(it), it.Why)
		}
		return b.String()
	}
next:
	for i, d := range days {
		if d.Session == RestDay {
			continue
		}
		for gi, g := range groups {
			if key(days[g[0]]) == key(d) {
				groups[gi] = append(groups[gi], i)
				continue next
			}
		}
		groups = append(groups, []int{i})
	}
	return groups
}

func (p *Plan) exerciseName(id string) string {
	for _, e := range p.Exercises {
		if e.ID == id {
			return e.Name
		}
	}
	return id
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func shortDate(date string) string {
	t, err := time.Parse(DateLayout, date)
	if err != nil {
		return date
	}
	return t.Format("Mon 02 Jan")
}

// pad pads or cuts s to n characters.
func pad(s string, n int) string {
	c := utf8.RuneCountInString(s)
	if c > n {
		r := []rune(s)
		return string(r[:n-1]) + "…"
	}
	return s + strings.Repeat(" ", n-c)
}

// wrap writes text wrapped at 80 columns, the first line after first and
// the others after rest.
func wrap(w io.Writer, first, rest, text string) {
	const width = 80
	line := first
	n := utf8.RuneCountInString(first)
	fresh := true
	for _, word := range strings.Fields(text) {
		wl := utf8.RuneCountInString(word)
		if !fresh && n+1+wl > width {
			fmt.Fprintln(w, line)
			line, n, fresh = rest, utf8.RuneCountInString(rest), true
		}
		if !fresh {
			line += " "
			n++
		}
		line += word
		n += wl
		fresh = false
	}
	fmt.Fprintln(w, line)
}
