// Package calendar writes a plan as an iCalendar file (RFC 5545) that phone
// and desktop calendars import: an event for every session day with the
// routine and its doses, and, for people who sit a lot, movement-break
// reminders within their work hours on weekdays (README "calendar").
//
// The file is made with github.com/arran4/golang-ical, which folds lines at
// 75 octets, ends them with CRLF and escapes text; this package only says
// what the events are. Times are floating local times (no time zone): a
// session at 07:30 is at 07:30 wherever the phone is, which is what a
// person means by it, and the file needs no time-zone table.
//
// The same plan always gives the same bytes: event UIDs come from the
// plan's start date, the day and the kind of event, and DTSTAMP is the
// plan's start, never the clock. Importing an updated plan with the same
// start therefore replaces its events instead of doubling them, in
// calendars that honour UIDs.
package calendar

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
)

const (
	// ReminderMinutes is how long before a timed session its reminder
	// goes off: time to change and lay out a mat.
	ReminderMinutes = 10
	// BreakMinutes is the length of a movement-break event: one or two
	// desk-friendly drills or a short walk.
	BreakMinutes = 3
	// uidDomain ends every UID, as RFC 5545 suggests, so that gluteplan's
	// events never collide with other programs'.
	uidDomain = "@gluteplan.dev"
	// dateTime and date are the iCalendar forms of a floating local time
	// and of a date.
	dateTime = "20060102T150405"
	date     = "20060102"
)

// Bytes returns plan p as an iCalendar file.
func Bytes(p *planner.Plan) ([]byte, error) {
	start, err := planner.ParseDate(p.Start)
	if err != nil {
		return nil, fmt.Errorf("start: %v", err)
	}
	end, err := planner.ParseDate(p.End)
	if err != nil {
		return nil, fmt.Errorf("end: %v", err)
	}
	at, timed, err := clock(p.Profile.SessionTime)
	if err != nil {
		return nil, fmt.Errorf("session_time: %v", err)
	}
	c := calendarOf(p, start)
	stamp := start.UTC()
	for _, wk := range p.Weeks {
		for _, d := range wk.Days {
			if d.Session == planner.RestDay || len(d.Items) == 0 {
				continue
			}
			day, err := planner.ParseDate(d.Date)
			if err != nil {
				return nil, fmt.Errorf("week %d: %v", wk.Week, err)
			}
			sessionEvent(c, p, wk, d, uid(start, day, "session"), stamp, day, at, timed)
		}
	}
	if p.MovementBreaks.EveryMinutes > 0 && p.Profile.SittingHours >= 4 {
		if err := breakEvents(c, p, start, end, stamp); err != nil {
			return nil, err
		}
	}
	var buf bytes.Buffer
	if err := c.SerializeTo(&buf, ics.WithNewLineWindows); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func calendarOf(p *planner.Plan, start time.Time) *ics.Calendar {
	c := ics.NewCalendarFor("gluteplan")
	c.SetProductId("-//gluteplan//gluteplan//EN")
	c.SetCalscale("GREGORIAN")
	c.SetMethod(ics.MethodPublish)
	say := p.Profile.Language()
	name := say.Say("Glute plan")
	if p.Profile.Name != "" {
		name = say.Sayf("Glute plan for %s", p.Profile.Name)
	}
	c.SetXWRCalName(clean(name))
	c.SetXWRCalDesc(say.Sayf("%s from %s: sessions and movement breaks made by gluteplan",
		say.Count(len(p.Weeks), "week", "weeks"), planner.LongDate(say, p.Start)))
	return c
}

// uid names an event by the plan's start, the day and the kind of event,
// so that the same plan gives the same UIDs, and an updated plan with the
// same start replaces its events.
func uid(start, day time.Time, kind string) string {
	return start.Format(date) + "-" + day.Format(date) + "-" + kind + uidDomain
}

// sessionEvent adds the event of one session day: at the session time for
// the session's minutes with a reminder, or all day.
func sessionEvent(c *ics.Calendar, p *planner.Plan, wk planner.Week, d planner.Day, id string, stamp, day time.Time, at time.Duration, timed bool) {
	e := c.AddEvent(id)
	e.SetDtStampTime(stamp)
	say := p.Profile.Language()
	summary := summaryOf(say, d)
	minutes := int(math.Ceil(d.Minutes - 1e-9))
	if timed {
		begin := day.Add(at)
		e.SetProperty(ics.ComponentPropertyDtStart, begin.Format(dateTime))
		e.SetProperty(ics.ComponentPropertyDtEnd, begin.Add(time.Duration(max(minutes, 1))*time.Minute).Format(dateTime))
	} else {
		e.SetAllDayStartAt(day)
		e.SetAllDayEndAt(day.AddDate(0, 0, 1))
		// An all-day reminder of a short session should not block the day.
		e.SetProperty(ics.ComponentPropertyTransp, "TRANSPARENT")
	}
	e.SetSummary(clean(summary))
	e.SetDescription(clean(description(say, p, wk, d)))
	e.AddCategory("gluteplan")
	if timed {
		a := e.AddAlarm()
		a.SetAction(ics.ActionDisplay)
		a.SetTrigger(fmt.Sprintf("-PT%dM", ReminderMinutes))
		a.SetProperty(ics.ComponentPropertyDescription, clean(summary))
	}
}

// clean makes text safe for an iCalendar TEXT value, which the library
// escapes but does not filter: invalid UTF-8 becomes U+FFFD, line breaks
// become LF (escaped as \n), and other control characters, which RFC 5545
// forbids in text, become spaces. Plans read from files are clean already;
// this guards plans built in code.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\r':
			return '\n'
		case r == '\n' || r == '\t':
			return r
		case r < 0x20 || r == 0x7f:
			return ' '
		}
		return r
	}, s)
}

// summaryOf is the title of a session's event in say: the kind of session
// and its length, in the words of the terminal and the PDF; a primer names
// what it comes before as the person would: a run, a ride, the gym (rule
// 18).
func summaryOf(say *locale.Language, d planner.Day) string {
	what := planner.SessionName(say, d.Session, planner.SessionEvent)
	if k, ok := activity(d); ok && d.Session == planner.PrimerSession {
		what = say.Sayf("Glute warm-up before your %s", planner.ActivityNoun(say, k))
	}
	return what + ", " + say.Minutes(d.Minutes)
}

// activity is the kind of the person's own training on d, if any: a plan
// of version 2 knew only the gym.
func activity(d planner.Day) (planner.ActivityKind, bool) {
	switch {
	case d.Activity != nil:
		return *d.Activity, true
	case d.Gym:
		return planner.Gym, true
	}
	return "", false
}

// itemName names an item's exercise in the plan's language, from the
// plan's own entry where it has one.
func itemName(p *planner.Plan, it planner.Item) string {
	for _, e := range p.Exercises {
		if e.ID == it.Exercise {
			return p.ExerciseName(it.Exercise)
		}
	}
	if it.Name != "" {
		return it.Name
	}
	return it.Exercise
}

// holdsOn says an item is single-leg standing work for someone who needs
// support (rule 8): its line says to hold on.
func holdsOn(p *planner.Plan, it planner.Item) bool {
	for _, e := range p.Exercises {
		if e.ID == it.Exercise {
			return planner.HoldsOn(&e, p.Profile)
		}
	}
	return false
}

// tendonCheck is rule 9's limit on side pain during a hip-abductor hold
// with gluteal tendinopathy, for item it, or "".
func tendonCheck(say *locale.Language, p *planner.Plan, it planner.Item) string {
	for _, e := range p.Exercises {
		if e.ID == it.Exercise {
			return planner.TendonCheck(say, &e, p.Profile)
		}
	}
	return ""
}

// description is the text of a session's event in say: where the day
// stands in the plan, each exercise with its dose as the terminal prints
// it, and the pain-monitoring rule for the evening.
func description(say *locale.Language, p *planner.Plan, wk planner.Week, d planner.Day) string {
	var b strings.Builder
	phase := p.PhaseName(say, wk, true)
	routine := planner.SessionName(say, d.Session, planner.SessionRoutine)
	b.WriteString(say.Sayf("Week %d of %d (%s), %s, about %s.", wk.Week, p.Weeks[len(p.Weeks)-1].Week, phase, routine, say.Minutes(d.Minutes)) + "\n")
	if k, ok := activity(d); ok && d.Session == planner.PrimerSession {
		b.WriteString(say.Sayf("Do it before your %s.", planner.ActivityNoun(say, k)) + "\n")
	}
	if k, ok := activity(d); ok && d.Ease != "" {
		// The week eases the person's own training that day (rule 18):
		// the event says how, as the PDF's day box does.
		if s := planner.EaseWords(say, k, d.Ease); s != "" {
			b.WriteString(s + ".\n")
		}
	}
	b.WriteString("\n")
	for _, it := range d.Items {
		fmt.Fprintf(&b, "- %s: %s\n", itemName(p, it), say.Dose(it.Dose()))
		// How hard it should feel (rule 16), and to hold on (rule 8).
		if it.Effort != "" {
			fmt.Fprintf(&b, "  %s\n", it.Effort)
		}
		if holdsOn(p, it) {
			fmt.Fprintf(&b, "  %s\n", say.Say("Hold on to a wall or chair."))
		}
	}
	// Rule 9: the limit on side pain goes with the holds, once, naming
	// the exercises it is for: "beim Halten" alone could mean any hold of
	// the session (fourth German reading).
	var checks, names []string
	for _, it := range d.Items {
		check := tendonCheck(say, p, it)
		if check == "" {
			continue
		}
		i := slices.Index(checks, check)
		if i < 0 {
			checks, names = append(checks, check), append(names, "")
			i = len(checks) - 1
		} else {
			names[i] += ", "
		}
		names[i] += say.Sayf("“%s”", itemName(p, it))
	}
	for i, check := range checks {
		b.WriteString("\n" + say.Sayf("Pain limit with %s:", names[i]) + " " + check + "\n")
	}
	b.WriteString("\n" + say.Say("In the evening, score your glute soreness from 0 (none) to 10 (the worst imaginable):") + "\n")
	for _, band := range p.PainRule {
		fmt.Fprintf(&b, "%d–%d: %s\n", band.From, band.To, band.Say)
	}
	return strings.TrimRight(b.String(), "\n")
}

// breakEvents adds one weekly recurring event for each movement break
// within the work hours, Monday to Friday, from the first weekday of the
// plan to its end.
func breakEvents(c *ics.Calendar, p *planner.Plan, start, end time.Time, stamp time.Time) error {
	from, to, err := workHours(p.Profile.WorkHours)
	if err != nil {
		return fmt.Errorf("work_hours: %v", err)
	}
	every := time.Duration(p.MovementBreaks.EveryMinutes) * time.Minute
	first := start
	for first.Weekday() == time.Saturday || first.Weekday() == time.Sunday {
		first = first.AddDate(0, 0, 1)
	}
	// The alarm goes by the clock, not by how long the person has sat: it
	// says so. A drill done sitting is for when getting up is not
	// possible; the text never tells the person to get up for it (rule 10).
	var up, seated []string
	for _, id := range p.MovementBreaks.Exercises {
		if seatedDrill(p, id) {
			seated = append(seated, p.ExerciseName(id))
		} else {
			up = append(up, p.ExerciseName(id))
		}
	}
	say := p.Profile.Language()
	desc := say.Sayf("Time for a movement break: if you have been sitting for %d minutes, stand up and move for about %d minutes.", p.MovementBreaks.EveryMinutes, planner.BreakMinutes)
	if len(up) > 0 {
		desc += " " + say.Sayf("For example: %s.", say.OneOf(up))
	}
	if len(seated) > 0 {
		desc += " " + say.Sayf("If you cannot get up just then: %s.", say.OneOf(seated))
	}
	until := end.Add(24*time.Hour - time.Second).Format(dateTime)
	for t := from + every; t+BreakMinutes*time.Minute <= to; t += every {
		// A break after midnight belongs to the shift that began the day
		// before: it falls on Tuesday to Saturday.
		shift := int(t / (24 * time.Hour))
		day := first.AddDate(0, 0, shift)
		begin := day.Add(t - time.Duration(shift)*24*time.Hour)
		if begin.After(end.Add(24 * time.Hour)) {
			break
		}
		e := c.AddEvent(uid(start, day, "break-"+begin.Format("1504")))
		e.SetDtStampTime(stamp)
		e.SetProperty(ics.ComponentPropertyDtStart, begin.Format(dateTime))
		e.SetProperty(ics.ComponentPropertyDtEnd, begin.Add(BreakMinutes*time.Minute).Format(dateTime))
		e.AddRrule("FREQ=WEEKLY;BYDAY=" + byDay(shift) + ";UNTIL=" + until)
		e.SetSummary(say.Say("Movement break"))
		e.SetDescription(clean(desc))
		e.SetProperty(ics.ComponentPropertyTransp, "TRANSPARENT")
		e.AddCategory("gluteplan")
		a := e.AddAlarm()
		a.SetAction(ics.ActionDisplay)
		a.SetTrigger("PT0M")
		a.SetProperty(ics.ComponentPropertyDescription, say.Say("Movement break"))
	}
	return nil
}

// seatedDrill says the plan's exercise id is done sitting on a chair.
func seatedDrill(p *planner.Plan, id string) bool {
	for _, e := range p.Exercises {
		if e.ID == id {
			return e.Position == catalog.Seated
		}
	}
	return false
}

// byDay lists the weekdays of the breaks, Monday to Friday moved on by
// shift days.
func byDay(shift int) string {
	days := []string{"SU", "MO", "TU", "WE", "TH", "FR", "SA"}
	out := make([]string, 5)
	for i := range out {
		out[i] = days[(1+i+shift)%7]
	}
	return strings.Join(out, ",")
}

// clock reads an HH:MM time of day; empty means no time.
func clock(s string) (time.Duration, bool, error) {
	if s == "" {
		return 0, false, nil
	}
	t, err := time.Parse("15:04", s)
	if err != nil {
		return 0, false, fmt.Errorf("%q is not a time: write it as HH:MM, e.g. 07:30", s)
	}
	return time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute, true, nil
}

// workHours reads HH:MM-HH:MM. An end at or before the start is on the
// next day: a night shift.
func workHours(s string) (from, to time.Duration, err error) {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return 0, 0, fmt.Errorf("%q is not a span of hours: write it as HH:MM-HH:MM, e.g. 09:00-17:00", s)
	}
	from, _, err = clock(a)
	if err == nil {
		to, _, err = clock(b)
	}
	if err != nil || a == "" || b == "" {
		return 0, 0, fmt.Errorf("%q is not a span of hours: write it as HH:MM-HH:MM, e.g. 09:00-17:00", s)
	}
	if to <= from {
		to += 24 * time.Hour
	}
	return from, to, nil
}

// minutesText writes a session's minutes the way the terminal and the PDF
// do ("6.2"), so the same plan reads the same everywhere; the event itself
// lasts the minutes rounded up.
