package pdf

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// maxWeeks is the longest plan the overview calendar is laid out for: a
// profile's weeks are 1 to 52 (gluteplan help profile).
const maxWeeks = 52

// model is a plan made ready to print: dates parsed, doses in words, and
// every string cleaned for the embedded fonts. Rendering reads only this.
type model struct {
	say        *locale.Language // the labels' language
	lang       string           // its code, for the catalog's text ("en", "de")
	name       string
	start, end time.Time
	cap        float64
	summary    string
	weeks      []weekView
	// afterWords says what follows the last week (planner.Plan.AfterWords).
	afterWords string
	breakEvery int
	breakNames []string
	// breakSeated says which of breakNames are done sitting: the text
	// never tells the person to get up for them (rule 10).
	breakSeated []bool
	breakMore   int      // drills listed beyond breakNames
	breakIDs    []string // the ids of breakNames, for the guide's page
	warnings    []string
	redFlags    []string   // when to stop and see someone (rule 1)
	painRule    []painBand // the pain-monitoring rule (rule 15)
	exercises   []exerciseView
	missing     bool // some rune could not be printed and shows as '?'
	// kinds lists the kinds of the person's own training on the plan's
	// days, in the order of their first day (rule 18).
	kinds []planner.ActivityKind
	// keyDose is the dose the reading key explains: the plan's first of
	// sets of repetitions held on each side, so the reader meets her own
	// numbers; a made-up one when the plan has none.
	keyDose catalog.Dose
}

// painBand is one band of the pain-monitoring rule: "6–7" and what to do.
type painBand struct {
	label, say string
}

type weekView struct {
	n       int
	deload  bool
	phase   string
	planHSE float64
	gymHSE  float64
	// cap is the week's safe ceiling: a first block with gluteal
	// tendinopathy keeps a lower one (rule 2).
	cap float64
	// effortUp names the exercises by whose effort alone the
	// week builds: as many points as the week before (see
	// planner.Plan.EffortRisesIn); nil when it does not.
	effortUp []string
	// news names the exercises a new block brings, quoted, or nil; gone
	// those it leaves out.
	news, gone []string
	// reordered: a session of the new block keeps exercises of the last
	// one in another order.
	reordered bool
	// last marks the plan's last week.
	last bool
	days []dayView
}

type dayView struct {
	date    time.Time
	week    int // the number of its week
	session planner.Session
	gym     bool                 // a day of the person's own training (any kind)
	kind    planner.ActivityKind // which; "" on other days
	// ease says how the week asks to ease that training (rule 18), ""
	// when it is done as usual.
	ease    planner.Ease
	minutes float64
	items   []itemView
	// daily names an exercise to do a round of on a day without a
	// session (the week's pelvic-floor work), or "".
	daily string
	// after is the person's own training (a walk apart) of the day
	// before, or "": a recovery day says it follows it (rule 4).
	after planner.ActivityKind
}

type itemView struct {
	name   string
	dose   string
	id     string // the exercise's id, for its figure
	effort string // how hard it should feel (rule 16), or ""
	// weekEffort is effort in the few words of a week page's day.
	weekEffort string
	hold       bool // hold on to a wall or chair (rule 8)
	// check says the item has rule 9's limit on side pain during the
	// holds (the tendon holds of gluteal tendinopathy).
	check bool
}

type exerciseView struct {
	name     string
	category catalog.Category
	dose     string // the dose the plan uses, or the catalog's when unused
	rest     int    // the rest between sets, when there are two sets or more
	hold     bool   // hold on to a wall or chair (rule 8)
	steps    []string
	cues     []string
	mistakes []string
	why      string
	id       string
	figure   *catalog.Figure // drawn in the guide when the entry has one
	image    []byte          // a custom entry's PNG or JPEG, printed when it has no figure
	origin   string          // where the entry comes from and its licence, when given
	// check is rule 9's limit on side pain during the holds, for the
	// hip-abductor holds of a person with gluteal tendinopathy; else "".
	check string
	// breakOnly says the plan has the entry only as a movement break,
	// in no session: the guide names it so, not by its category.
	breakOnly bool
}

// newModel checks that p can be printed and prepares it, with its labels
// in say.
func newModel(p *planner.Plan, say *locale.Language) (*model, error) {
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
	m := &model{say: say, lang: say.Code, cap: volume(p.Cap), name: c.clean(p.Profile.Name)}

	// The catalog's text is in the language of the labels: each entry's
	// translation, or the entry as written (a custom entry without one).
	byID := map[string]catalog.Exercise{}
	for _, e := range p.Exercises {
		if _, dup := byID[e.ID]; !dup {
			byID[e.ID] = e.In(m.lang)
		}
	}
	nameOf := func(id, name string) string {
		if e, ok := byID[id]; ok && e.Name != "" {
			name = e.Name
		}
		if name == "" {
			name = id
		}
		return c.clean(name)
	}
	// Rule 8: single-leg standing work with needs_support is done holding
	// on, and every page that doses it says so.
	holdsOn := func(id string) bool {
		e, ok := byID[id]
		return ok && planner.HoldsOn(&e, p.Profile)
	}
	planSay := p.Profile.Language()

	// planned[id] lists an exercise's items in the order of the plan, for
	// the guide's dose line: the first dose, building to the highest.
	planned := map[string][]planner.Item{}
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
			cap:     volume(w.Cap),
		}
		for _, id := range p.EffortRisesIn(w) {
			wv.effortUp = append(wv.effortUp, nameOf(id, ""))
		}
		if wi > 0 && w.Block != p.Weeks[wi-1].Block {
			// A new block's new exercises, named where the person meets
			// them (German readers missed the new warm-up of week 5).
			wv.news = newExercises(p.Weeks[wi-1], w, say, nameOf)
			wv.gone = newExercises(w, p.Weeks[wi-1], say, nameOf)
			wv.reordered = reordered(p.Weeks[wi-1], w)
		}
		if wv.cap == 0 {
			wv.cap = m.cap
		}
		if wv.n <= 0 || wv.n > maxWeekNumber {
			wv.n = wi + 1
		}
		switch w.Phase {
		case planner.Build, planner.Deload, "":
			wv.phase = c.clean(p.PhaseName(say, w, false))
		}
		for di, d := range w.Days {
			t, err := parseDate(d.Date)
			if err != nil {
				return nil, fmt.Errorf("pdf: week %d, day %d: date %q is not YYYY-MM-DD", wi+1, di+1, d.Date)
			}
			dv := dayView{date: t, week: wv.n, session: d.Session, gym: d.Gym || d.Activity != nil, minutes: volume(d.Minutes)}
			if k := p.TrainingBefore(wi, di); slices.Contains(planner.ActivityKinds, k) {
				dv.after = k
			}
			if dv.gym {
				// A plan of version 2 knew only the gym.
				dv.kind = planner.Gym
				if d.Activity != nil && slices.Contains(planner.ActivityKinds, *d.Activity) {
					dv.kind = *d.Activity
				}
				if d.Ease == planner.Eased || d.Ease == planner.EasedFurther {
					dv.ease = d.Ease
				}
				if !slices.Contains(m.kinds, dv.kind) {
					m.kinds = append(m.kinds, dv.kind)
				}
			}
			for _, it := range d.Items {
				dv.items = append(dv.items, itemView{
					name:       nameOf(it.Exercise, it.Name),
					dose:       say.Dose(it.Dose()),
					id:         it.Exercise,
					effort:     c.clean(effortIn(planSay, say, it.Effort)),
					weekEffort: c.clean(weekEffortIn(planSay, say, it.Effort)),
					hold:       holdsOn(it.Exercise),
				})
				planned[it.Exercise] = append(planned[it.Exercise], it)
				if dz := it.Dose(); m.keyDose.Sets == 0 && dz.Sets >= 2 && dz.Reps >= 2 && dz.HoldSeconds >= 2 && dz.PerSide {
					m.keyDose = dz
				}
			}
			wv.days = append(wv.days, dv)
		}
		// The week's pelvic-floor exercise, whose steps ask for a round
		// every day: the days without a session name it (rule 9; a
		// physiotherapist found "nothing extra from the plan" against it).
		daily := ""
		if id, name := p.DailyRound(w); id != "" {
			daily = nameOf(id, name)
		}
		for i := range wv.days {
			if len(wv.days[i].items) == 0 {
				wv.days[i].daily = daily
			}
		}
		m.weeks = append(m.weeks, wv)
	}
	if n := len(m.weeks); n > 0 {
		m.weeks[n-1].last = true
		m.afterWords = c.clean(p.AfterWords(say))
	}
	if m.keyDose.Sets == 0 {
		m.keyDose = catalog.Dose{Sets: 2, Reps: 3, HoldSeconds: 20, PerSide: true}
	}
	m.keyDose.RestSeconds = 0
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
			e, ok := byID[id]
			m.breakNames = append(m.breakNames, nameOf(id, ""))
			m.breakIDs = append(m.breakIDs, id)
			m.breakSeated = append(m.breakSeated, ok && e.Position == catalog.Seated)
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
	for _, b := range rule {
		m.painRule = append(m.painRule, painBand{label: fmt.Sprintf("%d–%d", b.From, b.To), say: c.clean(b.Say)})
	}

	for _, e := range p.Exercises {
		t := e.In(m.lang)
		ev := exerciseView{
			name:     nameOf(e.ID, e.Name),
			category: e.Category,
			steps:    c.cleanAll(t.Steps),
			cues:     c.cleanAll(t.Cues),
			mistakes: c.cleanAll(t.Mistakes),
			why:      c.clean(t.Why),
			id:       e.ID,
			hold:     holdsOn(e.ID),
			figure:   e.Figure,
			origin:   c.clean(origin(say, e)),
			check:    c.clean(planner.TendonCheck(say, &e, p.Profile)),
		}
		ev.breakOnly = len(planned[e.ID]) == 0 && slices.Contains(p.MovementBreaks.Exercises, e.ID)
		ev.dose, ev.rest = guideDose(say, e, planned[e.ID])
		m.exercises = append(m.exercises, ev)
	}

	// The week pages point to the limit on side pain of rule 9 where an
	// item has one (ninth German reading).
	checked := map[string]bool{}
	for _, e := range m.exercises {
		checked[e.id] = e.check != ""
	}
	for wi := range m.weeks {
		for di := range m.weeks[wi].days {
			for ii := range m.weeks[wi].days[di].items {
				it := &m.weeks[wi].days[di].items[ii]
				it.check = checked[it.id]
			}
		}
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
func summary(say *locale.Language, p *planner.Plan) string {
	s := say.Count(len(p.Weeks), "week", "weeks")
	if lv := p.Profile.Level; lv != "" {
		s += " · " + say.Sayf("%s level", planner.LevelName(say, lv))
	}
	if p.Profile.Minutes > 0 {
		s += " · " + say.Sayf("sessions up to %d min", p.Profile.Minutes)
	}
	if p.Cap > 0 {
		s += " · " + p.CapWords(say)
	}
	return s
}

// guideDose is the guide's dose line for e (help topic pdf): the first dose the
// plan gives it, "building to" the highest, never to a lighter week's
// (the week pages give each day's); the catalog's starting dose when the
// plan does not use it. rest is the rest between sets, 0 unless some dose
// has two sets or more.
func guideDose(say *locale.Language, e catalog.Exercise, items []planner.Item) (dose string, rest int) {
	if len(items) == 0 {
		if e.Dose.Sets >= 2 {
			rest = e.Dose.RestSeconds
		}
		return say.Dose(e.Dose), rest
	}
	first, top := items[0], items[0]
	sets := 0
	for _, it := range items {
		if work(it) >= work(top) {
			top = it // the later of two alike: where the build got to
		}
		sets = max(sets, it.Sets)
	}
	if sets >= 2 {
		rest = top.RestSeconds
		if rest == 0 {
			for _, it := range items {
				rest = max(rest, it.RestSeconds)
			}
		}
	}
	from, to := say.Dose(first.Dose()), say.Dose(top.Dose())
	if from == to {
		return from, rest
	}
	return say.Sayf("%s, building to %s", from, to), rest
}

// work is how much an item asks of a session, to find its highest dose:
// its sets times the work of a set (reps with their holds, or seconds).
func work(it planner.Item) float64 {
	per := float64(it.Seconds)
	if it.Reps > 0 {
		per = float64(it.Reps) * (4 + float64(it.HoldSeconds))
	}
	return float64(max(it.Sets, 1)) * max(per, 1)
}

// efforts are the planner's words for how hard a strengthening item should
// feel (rule 16); effortIn says one of them in the labels' language.
var efforts = []string{
	locale.Key("effort: light to moderate, about 3 to 5 out of 10"),
	locale.Key("effort: strong but comfortable, about 6 to 7 out of 10"),
	locale.Key("strong but comfortable"),
	locale.Key("moderate: you could do 4–5 more"),
	locale.Key("the last 2–3 reps feel hard"),
}

// effortIn says effort, written in the plan's language planSay, in say:
// the planner's own words change language with the labels; other words
// print as the plan has them.
func effortIn(planSay, say *locale.Language, effort string) string {
	if effort == "" || planSay == say {
		return effort
	}
	for _, k := range efforts {
		if planSay.Say(k) == effort {
			return say.Say(k)
		}
	}
	return effort
}

// weekEfforts are the planner's efforts in the few words a day of a week
// page has room for: the number out of 10 where the effort has one, and
// without the hint on making it harder, which the program page and the
// terminal give.
var weekEfforts = map[string]string{
	efforts[0]: locale.Key("effort 3–5 of 10"),
	efforts[1]: locale.Key("effort 6–7 of 10"),
	efforts[2]: locale.Key("effort 6–7 of 10"),
	efforts[3]: locale.Key("moderate: 4–5 more possible"),
	efforts[4]: locale.Key("the last 2–3 feel hard"),
}

// weekEffortIn says effort, written in the plan's language planSay, in
// say in the words of weekEfforts; other words print as the plan has
// them.
func weekEffortIn(planSay, say *locale.Language, effort string) string {
	for _, k := range efforts {
		if w := planSay.Say(k); effort == w || strings.HasPrefix(effort, w+"; ") {
			return say.Say(weekEfforts[k])
		}
	}
	return effort
}

// origin says where an entry comes from and under what licence, for the
// guide: "Source: …. Licence: …", or "" when the catalog says neither.
func origin(say *locale.Language, e catalog.Exercise) string {
	var parts []string
	if e.Source != "" {
		parts = append(parts, say.Sayf("Source: %s.", e.Source))
	}
	if e.License != "" {
		parts = append(parts, say.Sayf("Licence: %s.", e.License))
	}
	return strings.Join(parts, " ")
}

// reordered reports whether a session of week w does the exercises it
// keeps from the same kind of session in week before in another order
// (twenty-first German reading: block 2 swapped two pairs unsaid, and
// whoever trains from memory would not notice). A new warm-up that
// stands where a floor one was can reorder a routine: rule 14 keeps the
// moves between the floor and up few, not the order of the last block.
func reordered(before, w planner.Week) bool {
	first := func(wk planner.Week) map[planner.Session][]string {
		out := map[planner.Session][]string{}
		for _, d := range wk.Days {
			if _, ok := out[d.Session]; ok || len(d.Items) == 0 {
				continue
			}
			for _, it := range d.Items {
				out[d.Session] = append(out[d.Session], it.Exercise)
			}
		}
		return out
	}
	was := first(before)
	for session, ids := range first(w) {
		kept := map[string]bool{}
		for _, id := range ids {
			kept[id] = true
		}
		var old []string
		for _, id := range was[session] {
			if kept[id] {
				old = append(old, id)
			}
		}
		var now []string
		for _, id := range ids {
			if slices.Contains(old, id) {
				now = append(now, id)
			}
		}
		if !slices.Equal(old, now) {
			return true
		}
	}
	return false
}

// newExercises names, quoted in say, the exercises of week w that week
// before did not hold, in their order of appearance; name gives an
// exercise's name as the pages print it. With the weeks swapped, it names
// those left out.
func newExercises(before, w planner.Week, say *locale.Language, name func(id, name string) string) []string {
	had := map[string]bool{}
	for _, d := range before.Days {
		for _, it := range d.Items {
			had[it.Exercise] = true
		}
	}
	var out []string
	for _, d := range w.Days {
		for _, it := range d.Items {
			if !had[it.Exercise] {
				had[it.Exercise] = true
				out = append(out, say.Sayf("“%s”", name(it.Exercise, it.Name)))
			}
		}
	}
	return out
}

// release reports whether the plan holds release work (rule 6): the
// recovery days' words name it only then.
func (m *model) release() bool {
	for _, e := range m.exercises {
		if e.category == catalog.MyofascialRelease {
			return true
		}
	}
	return false
}
