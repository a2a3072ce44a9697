package planner

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// JSON returns the plan as indented JSON (gluteplan schema plan), ending
// in a newline.
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

// LongDate writes a YYYY-MM-DD date in say as "Mon 7 Dec 2026"; other
// text comes back as it is.
func LongDate(say *locale.Language, date string) string {
	t, err := time.Parse(DateLayout, date)
	if err != nil {
		return date
	}
	return say.LongDate(t)
}

// shortDate writes a YYYY-MM-DD date in say as "Mon 7 Dec".
func shortDate(say *locale.Language, date string) string {
	t, err := time.Parse(DateLayout, date)
	if err != nil {
		return date
	}
	return say.ShortDate(t)
}

// DayNames says weekdays in say: "Mon, Wed, Fri".
func DayNames(say *locale.Language, days []Weekday) string {
	names := make([]string, len(days))
	for i, d := range days {
		names[i] = string(d)
		if day, ok := d.dayOfWeek(); ok {
			names[i] = say.Day(day)
		}
	}
	return strings.Join(names, ", ")
}

// WriteText writes the plan for the terminal, its labels and dates in the
// profile's language: warnings first, the movement breaks, then each week
// as its sessions, the days that hold the same session written once, and
// last the pain-monitoring rule and the red flags. With explain, each item
// says why it is there and the left-out entries why they are left out.
func (p *Plan) WriteText(w io.Writer, explain bool) error {
	bw := bufio.NewWriter(w)
	say := p.Profile.Language()
	// line writes a line, blank an empty one.
	line := func(s string) { bw.WriteString(s + "\n") }
	blank := func() { bw.WriteString("\n") }

	// Every line fits 80 columns (eighth German reading): the header
	// breaks at its " · ", the rest wraps.
	wrap(bw, "", "  ", say.Sayf("Glute plan: %s, %s to %s", say.Count(len(p.Weeks), "week", "weeks"), LongDate(say, p.Start), LongDate(say, p.End)))
	var head []string
	if p.Profile.Name != "" {
		head = append(head, say.Sayf("for %s", p.Profile.Name))
	}
	head = append(head, strings.Split(say.Sayf("level %s · sessions on %s · up to %d min · %s",
		LevelName(say, p.Profile.Level), DayNames(say, p.Profile.Days), p.Profile.Minutes, p.CapWords(say)), " · ")...)
	wrapParts(bw, "", "", head)
	for _, a := range p.Profile.AllActivities() {
		if p.asWalks(a) {
			wrap(bw, "", "  ", say.Sayf("%s on %s, planned as walks for now", capitalise(activityPlural(say, a.Kind)), DayNames(say, a.Days)))
			continue
		}
		if a.Sets() == 0 {
			// A walk adds no glute work (rule 18): no "0 hard glute sets".
			wrap(bw, "", "  ", say.Sayf("%s on %s", capitalise(activityPlural(say, a.Kind)), DayNames(say, a.Days)))
			continue
		}
		if !explain {
			// The number of hard sets is the planner's estimate: for a
			// professional, in --explain and the JSON (issue 22).
			wrap(bw, "", "  ", say.Sayf("%s on %s", capitalise(activityPlural(say, a.Kind)), DayNames(say, a.Days)))
			continue
		}
		wrap(bw, "", "  ", say.Sayf("%s on %s, counted as %s each", capitalise(activityPlural(say, a.Kind)), DayNames(say, a.Days), say.Count(a.Sets(), "hard glute set", "hard glute sets")))
	}
	// How to read a dose and what a hard set is, as the PDF says them
	// (seventh to ninth German readings: the terminal used both words
	// without saying what they mean).
	blank()
	wrap(bw, "", "", DoseKey(say, p.KeyDose()))
	hard := HardSetWords(say)
	if p.Cap > 0 {
		hard += " " + say.Say("The most in a week is a limit, not a target: do no more than the plan gives.")
	}
	wrap(bw, "", "", say.Sayf("Counting hard sets: %s", hard))
	if c := p.Continues; c != nil {
		blank()
		wrap(bw, "", "", say.Sayf("Continues your plan of %s to %s.", LongDate(say, c.From), LongDate(say, c.To))+" "+c.Why)
	}
	if len(p.Warnings) > 0 {
		blank()
		line(say.Say("Read first:"))
		for _, w := range p.Warnings {
			wrap(bw, "  ! ", "    ", w)
		}
	}
	if mb := p.MovementBreaks; mb.EveryMinutes > 0 {
		blank()
		line(say.Say("Movement breaks:"))
		wrap(bw, "  ", "  ", p.breakWords(say))
	}
	// Rule 9: the limit on side pain during the tendon holds, once, under
	// a heading of its own as on the PDF's program page: a safety rule,
	// not a reason (fourth German reading).
	checks := p.tendonChecks(say)
	for _, c := range checks {
		blank()
		wrap(bw, "", "", say.Sayf("Pain limit with %s:", say.AllOf(c.names)))
		wrap(bw, "  ", "  ", c.text)
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
	for wi, wk := range p.Weeks {
		phase := p.PhaseName(say, wk, false)
		blank()
		// A week's heading breaks at its " · " (all lines fit 80 columns).
		weekLine := func(s string) { wrapParts(bw, "", "  ", strings.Split(s, " · ")) }
		switch {
		case !explain && wk.GymHSE == 0:
			// For the person, whole numbers (issue 22); the exact ones
			// are in --explain and the JSON.
			weekLine(say.Sayf("Week %d · %s · %s", wk.Week, phase, say.Sayf("%s of %s hard sets", say.About(wk.PlanHSE), say.Number(wk.Cap))))
		case !explain:
			weekLine(say.Sayf("Week %d · %s · %s", wk.Week, phase, say.Sayf("%s of %s hard sets, %s", say.About(wk.PlanHSE+wk.GymHSE), say.Number(wk.Cap),
				OwnShare(say, wk.GymHSE, p.activityKinds()))))
		case wk.GymHSE == 0:
			// Walks add nothing to count: no "+ walks 0".
			weekLine(say.Sayf("Week %d · %s · %s of %s hard sets", wk.Week, phase, say.Number(wk.PlanHSE), say.Number(wk.Cap)))
		default:
			weekLine(say.Sayf("Week %d · %s · %s of %s hard sets (plan %s + %s %s)", wk.Week, phase,
				say.Number(wk.PlanHSE+wk.GymHSE), say.Number(wk.Cap), say.Number(wk.PlanHSE), OwnTraining(say, Profile{Activities: p.Activities()}), say.Number(wk.GymHSE)))
		}
		for _, g := range sessionGroups(wk.Days) {
			d := wk.Days[g[0]]
			label := SessionName(say, d.Session, SessionLabel)
			if d.Activity != nil && d.Session == PrimerSession {
				label = say.Sayf("warm-up before your %s", activityNoun(say, *d.Activity))
			}
			if k := p.dayAfter(wi, g); k != "" && d.Session == RecoverySession {
				// Why it holds no strengthening (rule 4), where the day
				// says it (a physiotherapist missed the reason).
				label = say.Sayf("recovery, the day after your %s", activityNoun(say, k))
			}
			var days []string
			for _, i := range g {
				days = append(days, shortDate(say, wk.Days[i].Date))
			}
			wrapParts(bw, "  ", "    ", []string{strings.Join(days, ", "), label, say.Minutes(d.Minutes)})
			if d.Activity != nil && d.Ease != "" {
				// The week eases the training the session comes before
				// (rule 18): the day says how, as the notes do.
				wrap(bw, "    ", "    ", EaseWords(say, *d.Activity, d.Ease)+".")
			}
			for _, it := range d.Items {
				if utf8.RuneCountInString(it.Name) > nameWidth {
					// A long name is written whole, its dose under it.
					bw.WriteString("    [ ] " + it.Name + "\n" + strings.Repeat(" ", 8+nameWidth) + "  " + say.Dose(it.Dose()) + "\n")
				} else {
					bw.WriteString("    [ ] " + pad(it.Name, nameWidth) + "  " + say.Dose(it.Dose()) + "\n")
				}
				if e := p.exercise(it.Exercise); !explain && e != nil && holdsOn(e, p.Profile) {
					// Rule 8: on every page that doses it; --explain has it
					// in the item's why.
					wrap(bw, strings.Repeat(" ", 10+nameWidth), strings.Repeat(" ", 10+nameWidth), say.Say("Hold on to a wall or chair."))
				}
				if it.Effort != "" {
					// How hard it should feel (rule 16), under the dose.
					wrap(bw, strings.Repeat(" ", 10+nameWidth), strings.Repeat(" ", 10+nameWidth), it.Effort)
				}
				if reason := withoutChecks(it.Why, checks); explain && reason != "" {
					why := say.Say("why:")
					wrap(bw, "          "+why+" ", strings.Repeat(" ", 11+utf8.RuneCountInString(why)), reason)
				}
			}
		}
		if name := p.dailyRound(wk); name != "" {
			// The pelvic-floor exercise asks for a round every day (rule
			// 9); the week pages name it on each day without a session,
			// the terminal once a week (English physio reading 13).
			wrap(bw, "  ", "    ", say.Sayf("Days without a session: one round of “%s”.", name))
		}
	}
	if len(p.Weeks) > 0 {
		// What follows the plan, as its last week page says.
		blank()
		wrap(bw, "", "", p.AfterWords(say))
	}
	blank()
	wrap(bw, "", "", say.Say("Each evening, score your glute soreness from 0 (none) to 10 (the worst imaginable), and write it down with the date:"))
	for _, b := range p.PainRule {
		wrap(bw, fmt.Sprintf("  %-6s ", bandText(b)), "         ", b.Say)
	}
	// What page 1 and the program pages of the PDF say beside the scale
	// (thirty-eighth German reading: the terminal left them out).
	blank()
	wrap(bw, "", "", say.Say("Muscle soreness after exercise, an even ache in the muscles you worked, is harmless and usually peaks one to three days later; "+
		"it counts in your evening score. Easing off is never a failure."))
	wrap(bw, "", "", say.Say("Missed a session? Go on with the next one as planned; never do two on one day."))
	blank()
	line(say.Say("Stop and see someone:"))
	for _, f := range p.RedFlags {
		wrap(bw, "  - ", "    ", f)
	}
	if explain && len(p.Excluded) > 0 {
		blank()
		n := 0
		for _, x := range p.Excluded {
			n += len(x.Exercises)
		}
		line(say.Sayf("Catalog entries not in this plan (%d), by reason:", n))
		for _, x := range p.Excluded {
			wrap(bw, "  - ", "    ", x.Reason+":")
			names := make([]string, len(x.Exercises))
			for i, id := range x.Exercises {
				names[i] = id
				if n := p.excludedNames[id]; n != "" {
					names[i] = n
				}
			}
			// Names may hold commas ("Leg swings, side to side").
			wrap(bw, "      ", "      ", strings.Join(names, "; "))
		}
	}
	return bw.Flush()
}

// dailyRound names the week's pelvic-floor exercise when the week has a
// day without a session to do its daily round on, or "" (rule 9).
func (p *Plan) dailyRound(wk Week) string {
	for _, d := range wk.Days {
		if len(d.Items) == 0 {
			_, name := p.DailyRound(wk)
			return name
		}
	}
	return ""
}

// DailyRound is the id and name of week wk's pelvic-floor exercise, whose
// steps ask for a round every day, the days without a session too (rule
// 9), or "" when the week holds none: the terminal and the week pages
// name it.
func (p *Plan) DailyRound(wk Week) (id, name string) {
	for _, d := range wk.Days {
		for _, it := range d.Items {
			if e := p.exercise(it.Exercise); e != nil && PelvicFloorWork(e) {
				return it.Exercise, it.Name
			}
		}
	}
	return "", ""
}

// CapWords says the most hard sets a week may hold: one number, or the
// first block's and then the rest's where they differ (rule 2: the first
// block with gluteal tendinopathy keeps the beginner's ceiling).
func (p *Plan) CapWords(say *locale.Language) string {
	first, later := p.Cap, p.Cap
	if len(p.Weeks) > 0 {
		first, later = p.Weeks[0].Cap, p.Weeks[len(p.Weeks)-1].Cap
	}
	if first != later {
		return say.Sayf("at most %s hard sets a week for the glutes, %s from week %d", say.Number(first), say.Number(later), p.firstWeekAtCap(later))
	}
	return say.Sayf("at most %s hard sets a week for the glutes", say.Number(first))
}

// firstWeekAtCap is the number of the first week whose cap is c.
func (p *Plan) firstWeekAtCap(c float64) int {
	for _, w := range p.Weeks {
		if w.Cap == c {
			return w.Week
		}
	}
	return 0
}

// asWalks reports whether the plan holds every day of activity a as a
// walk: runs within 12 weeks of giving birth (rule 9).
func (p *Plan) asWalks(a Activity) bool {
	if a.Kind == Walking {
		return false
	}
	seen := false
	for _, w := range p.Weeks {
		for _, d := range w.Days {
			if slices.Contains(a.Days, d.Weekday) {
				if d.Activity == nil || *d.Activity != Walking {
					return false
				}
				seen = true
			}
		}
	}
	return seen
}

// Activities are the person's activities as the plan holds them: runs it
// plans as walks are walks (rule 9).
func (p *Plan) Activities() []Activity {
	var out []Activity
	for _, a := range p.Profile.AllActivities() {
		if p.asWalks(a) {
			zero := 0
			a = Activity{Kind: Walking, Days: a.Days, GluteSets: &zero}
		}
		out = append(out, a)
	}
	return out
}

// OwnTraining names the person's own training as they would (rule 18):
// "gym", "runs", "rides", or "your training" for more than one kind.
func OwnTraining(say *locale.Language, p Profile) string {
	kinds := map[ActivityKind]bool{}
	var kind ActivityKind
	for _, a := range p.AllActivities() {
		kinds[a.Kind], kind = true, a.Kind
	}
	switch {
	case len(kinds) != 1:
		return say.Say("your training")
	case kind == Gym:
		return say.Say("gym")
	}
	return activityPlural(say, kind)
}

// activityKinds lists the kinds of the person's own training that count
// glute sets, as the plan holds them (runs it plans as walks count none).
func (p *Plan) activityKinds() []ActivityKind {
	var kinds []ActivityKind
	for _, a := range p.Activities() {
		if a.Sets() > 0 && !slices.Contains(kinds, a.Kind) {
			kinds = append(kinds, a.Kind)
		}
	}
	return kinds
}

// OwnShare says, for the person, how much of a week's hard sets their own
// training of kinds does, in whole numbers: "6 on your rides",
// "8 at the gym" (rule 18: named as they would). The terminal
// and the PDF say it the same way.
func OwnShare(say *locale.Language, own float64, kinds []ActivityKind) string {
	kinds = slices.DeleteFunc(slices.Clone(kinds), func(k ActivityKind) bool { return k == Walking }) // a walk counts none
	where := say.Say("in your own training")
	if len(kinds) == 1 {
		switch kinds[0] {
		case Gym:
			where = say.Say("at the gym")
		case Running:
			where = say.Say("on your runs")
		case Cycling:
			where = say.Say("on your rides")
		case TeamSport:
			where = say.Say("in your games")
		}
	}
	return say.About(own) + " " + where
}

// capitalise writes s with its first letter in upper case.
func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return strings.ToUpper(string(r)) + s[n:]
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
		fmt.Fprint(&b, d.Session, d.Gym, d.Ease)
		for _, it := range d.Items {
			fmt.Fprint(&b, "|", it.Exercise, locale.English.Dose(it.Dose()), it.Why)
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

// breakWords says in say what to do in a movement break, as the PDF and
// the calendar say it: the drills done standing up by name, and one done
// sitting only for when getting up is not possible (rule 10).
func (p *Plan) breakWords(say *locale.Language) string {
	mb := p.MovementBreaks
	var up, seated []string
	for _, id := range mb.Exercises {
		if e := p.exercise(id); e != nil && e.Position == catalog.Seated {
			seated = append(seated, p.ExerciseName(id))
		} else {
			up = append(up, p.ExerciseName(id))
		}
	}
	if len(up) == 0 {
		up, seated = seated, nil
	}
	if len(up) == 0 {
		return say.Sayf("Every %d minutes of sitting: stand up and move for about %d minutes.", mb.EveryMinutes, BreakMinutes)
	}
	s := say.Sayf("Every %d minutes of sitting, take a short break of about %d minutes: %s.", mb.EveryMinutes, BreakMinutes, say.OneOf(up))
	if len(seated) > 0 {
		s += " " + say.Sayf("If you cannot get up just then: %s.", say.OneOf(seated))
	}
	return s
}

// exercise is the plan's entry id, or nil.
func (p *Plan) exercise(id string) *catalog.Exercise {
	for i := range p.Exercises {
		if p.Exercises[i].ID == id {
			return &p.Exercises[i]
		}
	}
	return nil
}

// tendonCheck is one limit on side pain (rule 9) and the names of the
// planned exercises it goes with.
type tendonCheck struct {
	names []string
	text  string
}

// tendonChecks are the limits on side pain of the plan's items, in say,
// each with the exercises it goes with, in the order they first appear.
func (p *Plan) tendonChecks(say *locale.Language) []tendonCheck {
	var out []tendonCheck
	seen := map[string]bool{}
	for _, wk := range p.Weeks {
		for _, d := range wk.Days {
			for _, it := range d.Items {
				e := p.exercise(it.Exercise)
				if e == nil || seen[it.Exercise] {
					continue
				}
				seen[it.Exercise] = true
				text := TendonCheck(say, e, p.Profile)
				if text == "" {
					continue
				}
				i := slices.IndexFunc(out, func(c tendonCheck) bool { return c.text == text })
				if i < 0 {
					out = append(out, tendonCheck{text: text})
					i = len(out) - 1
				}
				out[i].names = append(out[i].names, p.ExerciseName(it.Exercise))
			}
		}
	}
	return out
}

// withoutChecks is an item's reason without the limits on side pain, which
// the terminal says once under their own heading.
func withoutChecks(why string, checks []tendonCheck) string {
	for _, c := range checks {
		why = strings.Replace(why, c.text, "", 1)
	}
	return strings.Join(strings.Fields(why), " ")
}

// ExerciseName is the name of the plan's exercise id in the plan's
// language: its translation's, or the name as written.
func (p *Plan) ExerciseName(id string) string {
	for _, e := range p.Exercises {
		if e.ID == id {
			return e.NameIn(string(p.Profile.Lang))
		}
	}
	return id
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

// Fields splits text into the words a terminal line may break between:
// at spaces, but a dash stays at the end of the line before it, never at
// the head of a line (fourth German reading: "… durch den Raum –").
func Fields(text string) []string {
	var out []string
	for _, w := range strings.Fields(text) {
		if (w == "–" || w == "—") && len(out) > 0 {
			out[len(out)-1] += " " + w
			continue
		}
		out = append(out, w)
	}
	return out
}

// wrap writes text wrapped at 80 columns, the first line after first and
// the others after rest.
func wrap(w io.Writer, first, rest, text string) {
	const width = 80
	line := first
	n := utf8.RuneCountInString(first)
	fresh := true
	for _, word := range Fields(text) {
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

// KeyDose is the dose the reading key explains: the plan's first of sets
// of repetitions held on each side, so the reader meets her own numbers;
// a made-up one when the plan has none.
func (p *Plan) KeyDose() catalog.Dose {
	for _, w := range p.Weeks {
		for _, d := range w.Days {
			for _, it := range d.Items {
				if dz := it.Dose(); dz.Sets >= 2 && dz.Reps >= 2 && dz.HoldSeconds >= 2 && dz.PerSide {
					dz.RestSeconds = 0
					return dz
				}
			}
		}
	}
	return catalog.Dose{Sets: 2, Reps: 3, HoldSeconds: 20, PerSide: true}
}

// DoseKey explains the dose notation on dose k, in say: the PDF's program
// page and the terminal say it alike.
func DoseKey(say *locale.Language, k catalog.Dose) string {
	return say.Sayf("How to read a dose: “%s” means %d sets of %d repetitions; hold each repetition for %d seconds, on one side and then the other.", say.Dose(k), k.Sets, k.Reps, k.HoldSeconds)
}

// HardSetWords say how the plan counts hard sets: each exercise's work
// (sets, repetitions, holds) weighted by its glute load (README "units"),
// never the effort of the week. German readers found the words of the
// effort lines here at odds with weeks 1 and 2, which keep their count
// while the effort rises; an English reader, "not how hard you push"
// beside a definition by effort.
func HardSetWords(say *locale.Language) string {
	return say.Say("The plan measures your glutes' work in hard sets. One hard set is about one set that leaves you able to do only 2–3 more repetitions; easier exercises count as part of one, by their sets, repetitions and seconds of holding. The plan has done the counting for you.")
}

// wrapParts writes parts joined by " · ", as many to a line as fit in 80
// columns, a line that goes on ending in " ·"; the lines after the first
// start with rest. A part too long for a line on its own is wrapped.
func wrapParts(w io.Writer, first, rest string, parts []string) {
	const width = 80
	line := first
	n := utf8.RuneCountInString(first)
	fresh := true
	for i, part := range parts {
		pl := utf8.RuneCountInString(part)
		need := n + 3 + pl
		if i < len(parts)-1 {
			need += 2 // the " ·" of a line that goes on
		}
		if !fresh && need > width {
			fmt.Fprintln(w, line+" ·")
			line, n, fresh = rest, utf8.RuneCountInString(rest), true
		}
		if !fresh {
			line += " · "
			n += 3
		}
		if fresh && n+pl > width {
			// Too long for a line of its own: wrapped, and the next part
			// starts a line.
			var b strings.Builder
			wrap(&b, line, rest, part)
			s := strings.TrimSuffix(b.String(), "\n")
			i := strings.LastIndex(s, "\n")
			fmt.Fprint(w, s[:i+1])
			line, n = s[i+1:], utf8.RuneCountInString(s[i+1:])
			fresh = false
			continue
		}
		line += part
		n += pl
		fresh = false
	}
	fmt.Fprintln(w, line)
}

// dayAfter returns the kind of the person's own training on the day
// before each of the days at indexes days of week wi, where they all
// follow one of the same kind ([Plan.TrainingBefore]), or "".
func (p *Plan) dayAfter(wi int, days []int) ActivityKind {
	var kind ActivityKind
	for _, i := range days {
		k := p.TrainingBefore(wi, i)
		if k == "" || kind != "" && k != kind {
			return ""
		}
		kind = k
	}
	return kind
}

// TrainingBefore returns the kind of the person's own training (a walk
// apart) on the day before day di of week wi, the week before's last day
// for a week's first, or "": a recovery day after it says why it holds no
// strengthening (rule 4), in the terminal and on the week page.
func (p *Plan) TrainingBefore(wi, di int) ActivityKind {
	var prev *Day
	switch {
	case di > 0:
		prev = &p.Weeks[wi].Days[di-1]
	case wi > 0 && len(p.Weeks[wi-1].Days) == 7:
		prev = &p.Weeks[wi-1].Days[6]
	}
	if prev == nil || prev.Activity == nil || *prev.Activity == Walking {
		return ""
	}
	return *prev.Activity
}

// AfterWords says what follows the plan's last week: not a stop, but the
// doses of its last build week, from the day after the plan, until the
// next block, which the person's practice agrees with them (a
// professional has seen it) or gluteplan next makes from the evening
// scores (German readers found "a block from your log" meant nothing to a
// patient, and read "until then" before the lighter week as that week's
// doses: the date says when).
func (p *Plan) AfterWords(say *locale.Language) string {
	last := 0
	for _, w := range p.Weeks {
		if w.Phase != Deload {
			last = w.Week
		}
	}
	if last == 0 && len(p.Weeks) > 0 {
		last = p.Weeks[len(p.Weeks)-1].Week
	}
	from := ""
	if n := len(p.Weeks); n > 0 && len(p.Weeks[n-1].Days) == 7 {
		if t, err := ParseDate(p.Weeks[n-1].Days[6].Date); err == nil {
			from = say.LongDate(t.AddDate(0, 0, 1))
		}
	}
	if p.Profile.WasSeen() {
		return say.Sayf("This is the last week of your plan. Do not simply stop afterwards: from %s until your next appointment, "+
			"carry on with week %d's doses, and take this plan, with your evening scores, to that appointment to agree how to go on.", from, last)
	}
	return say.Sayf("This is the last week of your plan. Do not simply stop afterwards: from %s, carry on with week %d's doses "+
		"until you make the next block, which goes on from your evening scores.", from, last)
}
