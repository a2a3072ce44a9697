package pdf

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

// The test plans are built here rather than by the planner, so the PDF can
// be tested on its own, on plans shaped to stress the layout.

func loadExercises(t testing.TB) []catalog.Exercise {
	t.Helper()
	b, err := os.ReadFile("testdata/exercises.json")
	if err != nil {
		t.Fatal(err)
	}
	var c catalog.Catalog
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	// The default catalog's German for the same entries, so that the
	// layout tests in German hold German catalog text at its real length
	// (about a third longer than English).
	for i, e := range c.Exercises {
		if d, ok := catalog.Default().ByID(e.ID); ok && len(d.Translations) > 0 {
			c.Exercises[i].Translations = d.Translations
		}
	}
	return c.Exercises
}

type planSpec struct {
	weeks     int
	start     string
	name      string
	gymDays   []int // 0 = Monday
	gymSets   int
	cap       float64
	perDay    int // most items in a session
	breaks    int
	breakIDs  int // list this many break drills, whatever the catalog holds
	warnings  []string
	exercises []catalog.Exercise
}

// buildPlan makes a plan in the shape the planner gives: 4-week blocks with
// a deload in week 4, a primer on gym days, recovery the day after, and
// activation on Monday, Wednesday and Friday.
func buildPlan(s planSpec) *planner.Plan {
	start, err := time.Parse(time.DateOnly, s.start)
	if err != nil {
		panic(err)
	}
	if s.perDay == 0 {
		s.perDay = 4
	}
	byCat := map[catalog.Category][]catalog.Exercise{}
	for _, e := range s.exercises {
		byCat[e.Category] = append(byCat[e.Category], e)
	}
	isGym := map[int]bool{}
	for _, g := range s.gymDays {
		isGym[g] = true
	}
	p := &planner.Plan{
		Profile: planner.Profile{
			Weeks: s.weeks, Start: s.start, Minutes: 20, Level: catalog.Beginner,
			GymSets: s.gymSets, Name: s.name,
		},
		Start:     s.start,
		End:       start.AddDate(0, 0, 7*s.weeks-1).Format(time.DateOnly),
		Cap:       s.cap,
		Warnings:  s.warnings,
		Exercises: s.exercises,
	}
	if s.breaks > 0 {
		p.MovementBreaks.EveryMinutes = s.breaks
		for _, e := range s.exercises {
			if e.DeskFriendly && len(p.MovementBreaks.Exercises) < 3 {
				p.MovementBreaks.Exercises = append(p.MovementBreaks.Exercises, e.ID)
			}
		}
	}
	for i := range s.breakIDs {
		p.MovementBreaks.Exercises = append(p.MovementBreaks.Exercises, s.exercises[i%len(s.exercises)].ID)
	}
	rot := 0
	pick := func(c catalog.Category) catalog.Exercise {
		xs := byCat[c]
		if len(xs) == 0 {
			xs = s.exercises
		}
		rot++
		return xs[rot%len(xs)]
	}
	for w := 1; w <= s.weeks; w++ {
		wk := planner.Week{Week: w, Phase: planner.Build}
		deload := w%4 == 0
		if deload {
			wk.Phase = planner.Deload
		}
		step := (w - 1) % 4
		for i := 0; i < 7; i++ {
			date := start.AddDate(0, 0, 7*(w-1)+i)
			day := planner.Day{
				Date:    date.Format(time.DateOnly),
				Weekday: planner.Weekdays[i],
				Session: planner.RestDay,
				Gym:     isGym[i],
			}
			var cats []catalog.Category
			switch {
			case isGym[i]:
				day.Session = planner.PrimerSession
				cats = []catalog.Category{catalog.DynamicStretch, catalog.Activation}
			case isGym[(i+6)%7]:
				day.Session = planner.RecoverySession
				cats = []catalog.Category{catalog.MyofascialRelease, catalog.DynamicStretch, catalog.MyofascialRelease}
			case i == 0 || i == 2 || i == 4:
				day.Session = planner.ActivationSession
				cats = []catalog.Category{catalog.DynamicStretch, catalog.Activation, catalog.Activation, catalog.MyofascialRelease, catalog.Activation, catalog.DynamicStretch}
			}
			for _, c := range cats[:min(len(cats), s.perDay)] {
				e := pick(c)
				it := planner.Item{
					Exercise: e.ID, Name: e.Name, Category: e.Category,
					Sets: e.Dose.Sets, Reps: e.Dose.Reps, Seconds: e.Dose.Seconds,
					HoldSeconds: e.Dose.HoldSeconds, PerSide: e.Dose.PerSide, RestSeconds: e.Dose.RestSeconds,
					Why: "Planned for this session.",
				}
				if it.Reps > 0 && !deload {
					it.Reps += 2 * step
				}
				if deload && it.Sets > 1 {
					it.Sets--
				}
				if it.Sets > 0 && e.Dose.Sets == 2 && step == 2 && !deload {
					it.Sets = 3
				}
				it.PlanHSE = float64(it.Sets) * e.GluteLoad
				if e.Category == catalog.Activation && e.GluteLoad == 0 {
					it.PlanHSE = float64(it.Sets) * 0.5
				}
				it.Minutes = 3 + float64(it.Sets)
				day.Items = append(day.Items, it)
				day.Minutes += it.Minutes
				day.PlanHSE += it.PlanHSE
			}
			if day.Gym {
				wk.GymHSE += float64(s.gymSets)
			}
			wk.PlanHSE += day.PlanHSE
			wk.Days = append(wk.Days, day)
		}
		p.Weeks = append(p.Weeks, wk)
	}
	return p
}

// testPlans returns every plan the layout tests run over, by name.
func testPlans(t testing.TB) map[string]*planner.Plan {
	ex := loadExercises(t)
	warnings := []string{
		"Your soreness has lasted 12 days: get it checked by a physiotherapist or doctor before you push on.",
		"You train glutes at the gym on Tuesday and Thursday: the plan keeps those days to a short primer.",
	}
	plans := map[string]*planner.Plan{
		"1week": buildPlan(planSpec{weeks: 1, start: "2026-12-07", name: "Anna", cap: 10, exercises: ex}),
		"4weeks-gym": buildPlan(planSpec{weeks: 4, start: "2026-12-07", name: "Sam Lee", gymDays: []int{1, 3}, gymSets: 4, cap: 16,
			breaks: 45, warnings: warnings, exercises: ex}),
		"12weeks":     buildPlan(planSpec{weeks: 12, start: "2027-01-25", gymDays: []int{3}, gymSets: 6, cap: 16, breaks: 30, exercises: ex}),
		"52weeks":     buildPlan(planSpec{weeks: 52, start: "2026-12-07", name: "Jo", gymDays: []int{1, 4}, gymSets: 5, cap: 20, breaks: 45, warnings: warnings, exercises: ex}),
		"crowded":     crowdedPlan(ex),
		"russian":     buildPlan(planSpec{weeks: 4, start: "2026-03-02", name: "Анна Петрова", gymDays: []int{3}, gymSets: 6, cap: 16, breaks: 40, warnings: []string{"Болезненность держится 12 дней: покажитесь врачу или физиотерапевту."}, exercises: translate(ex, russian)}),
		"greek":       buildPlan(planSpec{weeks: 2, start: "2026-06-29", name: "Ελένη Παπαδοπούλου", cap: 10, exercises: translate(ex, greek)}),
		"nofont":      buildPlan(planSpec{weeks: 1, start: "2026-12-07", name: "山田 花子 😀", cap: 10, exercises: ex}),
		"nocap-nogym": buildPlan(planSpec{weeks: 3, start: "2026-02-23", exercises: ex}),
		// Bytes that PDF strings must escape: parentheses, backslash, and
		// UTF-16 units holding 0x0D or 0x28 (č is U+010D, Ш is U+0428).
		"escapes": buildPlan(planSpec{weeks: 1, start: "2026-12-07", name: `Čeněk Dvořák (Ondra) \ Шура`, cap: 10, exercises: ex}),
	}
	return plans
}

// crowdedPlan has six items on every session day with long names, long
// steps, a long unbroken word, and many warnings.
func crowdedPlan(ex []catalog.Exercise) *planner.Plan {
	long := make([]catalog.Exercise, len(ex))
	for i, e := range ex {
		n := e.Name + " with a very long descriptive name that goes on and on"
		e.Name = strings.TrimSpace(n[:min(80, len(n))])
		if i == 3 {
			e.Name = "Supercalifragilisticexpialidociousglutebridgewithbandandpauseattopposition"
		}
		e.Steps = append(e.Steps, strings.Repeat("Keep breathing slowly and evenly while you hold the position, and stop if anything pinches. ", 6))
		e.Cues = append(e.Cues, "Feel the work in the side of the hip, not the front of the thigh or the lower back.")
		if de, ok := e.Translations["de"]; ok {
			// The same in German, as long as German runs.
			n := de.Name + " mit einer sehr langen beschreibenden Bezeichnung, die immer weitergeht"
			de.Name = strings.TrimSpace(string([]rune(n)[:min(80, len([]rune(n)))]))
			if i == 3 {
				de.Name = "Gesäßmuskelbrückenhalteübungsvariantenbeschreibungsüberschriftsverlängerung"
			}
			de.Steps = append(append([]string{}, de.Steps...), strings.Repeat("Atmen Sie ruhig und gleichmäßig weiter, während Sie die Stellung halten, und hören Sie auf, wenn etwas zwickt. ", 6))
			de.Cues = append(append([]string{}, de.Cues...), "Spüren Sie die Arbeit seitlich an der Hüfte, nicht vorn am Oberschenkel oder im unteren Rücken.")
			e.Translations = map[string]catalog.Translation{"de": de}
		}
		long[i] = e
	}
	var warnings []string
	for i := 0; i < 9; i++ {
		warnings = append(warnings, "This is a long warning that the planner might give, to check that the overview wraps it over several lines and flows on to a second page when there are many of them.")
	}
	return buildPlan(planSpec{weeks: 4, start: "2026-12-28", name: strings.Repeat("Maximiliane-Alexandra ", 3) + "von Hohenzollern-Sigmaringen", gymDays: []int{2},
		gymSets: 8, cap: 10, perDay: 6, breaks: 30, warnings: warnings, exercises: long})
}

type translation struct {
	names map[string]string
	steps []string
	cue   string
	why   string
}

var russian = translation{
	names: map[string]string{
		"hip-circles":                    "Круговые движения бедром стоя",
		"leg-swings-front-back":          "Махи ногой вперёд-назад",
		"standing-hip-flexor-stretch":    "Растяжка сгибателей бедра стоя",
		"walk-break":                     "Перерыв на быструю ходьбу",
		"cat-cow":                        "Кошка-корова",
		"glute-bridge":                   "Ягодичный мостик",
		"glute-bridge-hold":              "Ягодичный мостик с удержанием",
		"clamshell":                      "Ракушка",
		"banded-lateral-walk":            "Боковые шаги с резинкой",
		"bird-dog":                       "Птица-собака",
		"standing-glute-squeeze":         "Сжатие ягодиц стоя",
		"side-plank-knees":               "Боковая планка с колен",
		"foam-roll-glutes":               "Прокатка ягодиц на ролике",
		"seated-ball-piriformis-release": "Расслабление грушевидной мышцы мячом сидя",
		"supine-figure-four-stretch":     "Растяжка «четвёрка» лёжа",
	},
	steps: []string{
		"Лягте на спину, согните колени, стопы поставьте на пол на ширине бёдер.",
		"Сожмите ягодицы и поднимите таз, пока тело не выстроится в линию от колен до плеч.",
		"Задержитесь наверху, затем медленно опуститесь.",
	},
	cue: "Работа ощущается в ягодицах, а не в пояснице.",
	why: "Упражнение будит ягодицы, которые «уснули» от долгого сидения, и снимает нагрузку с поясницы.",
}

var greek = translation{
	names: map[string]string{
		"hip-circles":                    "Κύκλοι ισχίου όρθιοι",
		"leg-swings-front-back":          "Αιωρήσεις ποδιού μπρος-πίσω",
		"standing-hip-flexor-stretch":    "Διάταση καμπτήρων ισχίου όρθιοι",
		"walk-break":                     "Διάλειμμα για γρήγορο περπάτημα",
		"cat-cow":                        "Γάτα-αγελάδα",
		"glute-bridge":                   "Γλουτιαία γέφυρα",
		"glute-bridge-hold":              "Γλουτιαία γέφυρα με κράτημα",
		"clamshell":                      "Όστρακο",
		"banded-lateral-walk":            "Πλάγια βήματα με λάστιχο",
		"bird-dog":                       "Πουλί-σκύλος",
		"standing-glute-squeeze":         "Σφίξιμο γλουτών όρθιοι",
		"side-plank-knees":               "Πλάγια σανίδα στα γόνατα",
		"foam-roll-glutes":               "Ρολάρισμα γλουτών με αφρώδη κύλινδρο",
		"seated-ball-piriformis-release": "Χαλάρωση απιοειδούς με μπάλα, καθιστοί",
		"supine-figure-four-stretch":     "Διάταση «τέσσερα» ύπτια",
	},
	steps: []string{
		"Ξαπλώστε ανάσκελα με λυγισμένα γόνατα και τα πέλματα στο πάτωμα.",
		"Σφίξτε τους γλουτούς και σηκώστε τη λεκάνη μέχρι το σώμα να σχηματίσει ευθεία γραμμή.",
		"Κρατήστε για λίγο και κατεβείτε αργά.",
	},
	cue: "Νιώστε τη δουλειά στους γλουτούς, όχι στη μέση.",
	why: "Ξυπνά τους γλουτούς που «κοιμήθηκαν» από το πολύ κάθισμα.",
}

func translate(ex []catalog.Exercise, tr translation) []catalog.Exercise {
	out := make([]catalog.Exercise, len(ex))
	for i, e := range ex {
		if n, ok := tr.names[e.ID]; ok {
			e.Name = n
		}
		e.Steps = tr.steps
		e.Cues = []string{tr.cue}
		e.Mistakes = nil
		e.Why = tr.why
		out[i] = e
	}
	return out
}
