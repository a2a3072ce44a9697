package pdf

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/format"
)

// maxWeeks is the longest plan the overview calendar is laid out for: a
// profile's weeks are 1 to 52 (gluteplan help profile).
const maxWeeks = 52

// model is a plan made ready to print: dates parsed, doses in words, and
// every string cleaned for the embedded fonts. Rendering reads only this.
type model struct {
	say        *format.Language // the labels' language
	name       string
	start, end time.Time
	cap        float64
	summary    string
	weeks      []weekView
	breakEvery int
	breakNames []string
	breakMore  int // drills listed beyond breakNames
	warnings   []string
	redFlags   []string // when to stop and see someone (rule 1)
	painRule   string   // the pain-monitoring rule, one line (rule 15)
	exercises  []exerciseView
	missing    bool // some rune could not be printed and shows as '?'
}

type weekView struct {
	n       int
	deload  bool
	phase   string
	planHSE float64
	gymHSE  float64
	days    []dayView
}

type dayView struct {
	date    time.Time
	session planner.Session
	gym     bool
	minutes float64
	items   []itemView
}

type itemView struct {
	name string
	dose string
	id   string // the exercise's id, for its figure
}

type exerciseView struct {
	name     string
	category catalog.Category
	dose     string // the dose the plan uses, or the catalog's when unused
	rest     int
	steps    []string
	cues     []string
	mistakes []string
	why      string
	id       string
	figure   *catalog.Figure // drawn in the guide when the entry has one
	image    []byte          // a custom entry's PNG or JPEG, printed when it has no figure
	origin   string          // where the entry comes from and its licence, when given
}

// newModel checks that p can be printed and prepares it, with its labels
// in say.
func newModel(p *planner.Plan, say *format.Language) (*model, error) {
	if p == nil {
		return nil, fmt.Errorf("pdf: no plan to print")
	}
	if len(p.Weeks) == 0 {
		return nil, fmt.Errorf("pdf: the plan has no weeks")
	}
	if len(p.Weeks) > maxWeeks {
		return nil, fmt.Errorf("pdf: the plan has %d weeks; at most %d can be printed", len(p.Weeks), maxWeeks)
	}
	c, err := newCleaner()
	if err != nil {
		return nil, fmt.Errorf("pdf: embedded font: %w", err)
	}
	m := &model{say: say, cap: volume(p.Cap), name: c.clean(p.Profile.Name)}

	byID := map[string]catalog.Exercise{}
	for _, e := range p.Exercises {
		if _, dup := byID[e.ID]; !dup {
			byID[e.ID] = e
		}
	}
	nameOf := func(id, name string) string {
		if name == "" {
			name = byID[id].Name
		}
		if name == "" {
			name = id
		}
		return c.clean(name)
	}

	// doses[id] lists the distinct doses an exercise is planned with, in order.
	doses := map[string][]string{}
	for wi, w := range p.Weeks {
		if len(w.Days) != 7 {
			return nil, fmt.Errorf("pdf: week %d has %d days, want 7", wi+1, len(w.Days))
		}
		wv := weekView{
			n:       w.Week,
			deload:  w.Phase == planner.Deload,
			phase:   c.clean(string(w.Phase)),
			planHSE: volume(w.PlanHSE),
			gymHSE:  volume(w.GymHSE),
		}
		if wv.n <= 0 || wv.n > maxWeekNumber {
			wv.n = wi + 1
		}
		if wv.phase == "" {
			wv.phase = string(planner.Build)
		}
		for di, d := range w.Days {
			t, err := parseDate(d.Date)
			if err != nil {
				return nil, fmt.Errorf("pdf: week %d, day %d: date %q is not YYYY-MM-DD", wi+1, di+1, d.Date)
			}
			dv := dayView{date: t, session: d.Session, gym: d.Gym, minutes: volume(d.Minutes)}
			for _, it := range d.Items {
				ds := itemDose(say, it)
				dv.items = append(dv.items, itemView{name: nameOf(it.Exercise, it.Name), dose: ds, id: it.Exercise})
				if !contains(doses[it.Exercise], ds) {
					doses[it.Exercise] = append(doses[it.Exercise], ds)
				}
			}
			wv.days = append(wv.days, dv)
		}
		m.weeks = append(m.weeks, wv)
	}
	m.start = m.weeks[0].days[0].date
	m.end = m.weeks[len(m.weeks)-1].days[6].date
	if m.end.Before(m.start) {
		return nil, fmt.Errorf("pdf: the plan ends (%s) before it starts (%s)", m.end.Format(time.DateOnly), m.start.Format(time.DateOnly))
	}

	if p.MovementBreaks.EveryMinutes > 0 {
		m.breakEvery = p.MovementBreaks.EveryMinutes
		// The schema allows 3 drills; a plan made by other means may list
		// thousands, which would run off the page: name the first few.
		for i, id := range p.MovementBreaks.Exercises {
			if i == maxBreakNames {
				m.breakMore = len(p.MovementBreaks.Exercises) - i
				break
			}
			m.breakNames = append(m.breakNames, nameOf(id, ""))
		}
	}
	m.warnings = c.cleanAll(p.Warnings)
	if cont := p.Continues; cont != nil {
		// A plan of gluteplan next says first how the log steered it.
		from, to := cont.From, cont.To
		if t, err := parseDate(from); err == nil {
			from = say.LongDate(t)
		}
		if t, err := parseDate(to); err == nil {
			to = say.LongDate(t)
		}
		m.warnings = append([]string{c.clean(say.Sayf("This block continues your plan of %s to %s.", from, to) + " " + cont.Why)}, m.warnings...)
	}
	m.redFlags = c.cleanAll(p.RedFlags)
	rule := p.PainRule
	if say != p.Profile.Language() {
		// Labels in another language than the plan's: the red flags and
		// the pain rule, the same in every plan, follow the labels.
		m.redFlags, rule = planner.RedFlags(say, p.Profile), planner.PainRule(say)
	}
	if len(m.redFlags) == 0 {
		// A plan file from an older tool: the plan's own list is the
		// same as the planner's.
		m.redFlags = planner.RedFlags(say, p.Profile)
	}
	if len(rule) == 0 {
		rule = planner.PainRule(say)
	}
	var bands []string
	for _, b := range rule {
		bands = append(bands, fmt.Sprintf("%d–%d: %s", b.From, b.To, b.Say))
	}
	m.painRule = c.clean(strings.Join(bands, " "))

	for _, e := range p.Exercises {
		ev := exerciseView{
			name:     nameOf(e.ID, e.Name),
			category: e.Category,
			rest:     e.Dose.RestSeconds,
			steps:    c.cleanAll(e.Steps),
			cues:     c.cleanAll(e.Cues),
			mistakes: c.cleanAll(e.Mistakes),
			why:      c.clean(e.Why),
			id:       e.ID,
			figure:   e.Figure,
			origin:   c.clean(origin(say, e)),
		}
		switch ds := doses[e.ID]; len(ds) {
		case 0:
			ev.dose = catalogDose(say, e.Dose)
		case 1:
			ev.dose = ds[0]
		default:
			ev.dose = say.Sayf("%s, building to %s", ds[0], ds[len(ds)-1])
		}
		m.exercises = append(m.exercises, ev)
	}

	m.summary = c.clean(summary(say, p))
	m.missing = c.missing
	return m, nil
}

// Bounds on the numbers the renderer draws. The plan schema keeps a plan
// file well inside them (a week holds at most 20 hard sets of the plan and
// 280 of the gym; weeks are numbered up to 9999); the renderer is a
// library too, so it checks again: a number that is not finite, negative,
// or absurd never reaches the page, where it made the chart's scale
// infinite and wrote "NaN" into the drawing operators.
const (
	maxVolume     = 1000
	maxWeekNumber = 9999
	maxBreakNames = 10
)

// volume is x made safe to draw: 0 for NaN, infinities and negatives,
// at most maxVolume.
func volume(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 0) {
		return 0
	}
	return min(x, maxVolume)
}

// summary is the one-line account of the person's set-up under the title.
func summary(say *format.Language, p *planner.Plan) string {
	s := say.Count(len(p.Weeks), "week", "weeks")
	if lv := p.Profile.Level; lv != "" {
		if w := levelWords[lv]; w != "" {
			s += " · " + say.Say(w)
		} else {
			s += " · " + say.Sayf("%s level", lv)
		}
	}
	if p.Profile.Minutes > 0 {
		s += " · " + say.Sayf("sessions up to %d min", p.Profile.Minutes)
	}
	if p.Cap > 0 {
		s += " · " + say.Sayf("at most %s hard sets a week for the glutes", say.Number(p.Cap))
	}
	return s
}

// levelWords say a person's level in the summary.
var levelWords = map[catalog.Level]string{
	catalog.Beginner:     format.Key("beginner level"),
	catalog.Intermediate: format.Key("intermediate level"),
	catalog.Advanced:     format.Key("advanced level"),
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// origin says where an entry comes from and under what licence, for the
// guide: "Source: …. Licence: …", or "" when the catalog says neither.
func origin(say *format.Language, e catalog.Exercise) string {
	var parts []string
	if e.Source != "" {
		parts = append(parts, say.Sayf("Source: %s.", e.Source))
	}
	if e.License != "" {
		parts = append(parts, say.Sayf("Licence: %s.", e.License))
	}
	return strings.Join(parts, " ")
}
