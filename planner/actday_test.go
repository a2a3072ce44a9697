package planner_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

// TestEasedActivityDays checks that a day of the person's own training
// says how the week eases it (a physiotherapist's reading, X2): in the
// lighter weeks of a plan, eased; in a step back's block after a sore log,
// eased in every week and eased further in its lighter week; as usual in
// the other weeks of a plan. The day's words say what the notes say
// (rule 18), and the terminal prints them under a session before it.
func TestEasedActivityDays(t *testing.T) {
	for _, name := range []string{"desk-cyclist", "warehouse-lifter", "runner-after-birth"} {
		t.Run(name, func(t *testing.T) {
			prev, next := loggedNext(t, name, planner.English, true)
			check := func(what string, p *planner.Plan, want func(w planner.Week) planner.Ease) {
				t.Helper()
				days := 0
				for _, w := range p.Weeks {
					for _, d := range w.Days {
						if d.Activity == nil {
							if d.Ease != "" {
								t.Errorf("%s: week %d, %s: ease %q on a day without training", what, w.Week, d.Date, d.Ease)
							}
							continue
						}
						days++
						if got := d.Ease; got != want(w) {
							t.Errorf("%s: week %d, %s (%s): ease %q, want %q", what, w.Week, d.Date, *d.Activity, got, want(w))
						}
					}
				}
				if days == 0 {
					t.Fatalf("%s: no day of own training", what)
				}
			}
			check("plan", prev, func(w planner.Week) planner.Ease {
				if w.Phase == planner.Deload {
					return planner.Eased
				}
				return ""
			})
			check("step back", next, func(w planner.Week) planner.Ease {
				if w.Phase == planner.Deload {
					return planner.EasedFurther
				}
				return planner.Eased
			})
		})
	}
}

// TestEaseWords pins the few words of an eased day in both languages,
// in the words of the notes on page 1 (rule 18).
func TestEaseWords(t *testing.T) {
	for _, c := range []struct {
		lang planner.Lang
		kind planner.ActivityKind
		ease planner.Ease
		want string
	}{
		{planner.English, planner.Gym, planner.Eased, "Gym: about half your usual glute sets"},
		{planner.English, planner.Gym, planner.EasedFurther, "Gym: about a quarter of your usual glute sets"},
		{planner.English, planner.Running, planner.Eased, "Run: easy, about a third shorter, no hills, intervals or sprints"},
		{planner.English, planner.Cycling, planner.EasedFurther, "Ride: easy, about a third of its usual length, no hills, intervals or sprints"},
		{planner.English, planner.Running, "", ""},
		{planner.German, planner.Gym, planner.Eased, "Studio: etwa die Hälfte Ihrer üblichen Gesäßsätze"},
		{planner.German, planner.Running, planner.Eased, "Lauf: locker, etwa ein Drittel kürzer, ohne Steigungen, Intervalle und Sprints"},
	} {
		say := planner.Profile{Lang: c.lang}.Language()
		if got := planner.EaseWords(say, c.kind, c.ease); got != c.want {
			t.Errorf("%s %s %q: %q, want %q", c.lang, c.kind, c.ease, got, c.want)
		}
	}
}

// TestEasedPrimerText checks that the terminal says how to ease the
// training a warm-up comes before, in a week that eases it: the lifter
// with his gym days among his days has a warm-up before each.
func TestEasedPrimerText(t *testing.T) {
	i := slices.IndexFunc(personas, func(pc persona) bool { return pc.name == "warehouse-lifter" })
	p := personas[i].profile
	p.Start, p.Weeks = "2026-12-07", 4
	p.Days = append(slices.Clone(p.Days), p.GymDays...)
	plan, err := planner.Make(catalog.Default(), p)
	if err != nil {
		t.Fatal(err)
	}
	primers := 0
	for _, d := range plan.Weeks[3].Days {
		if d.Session == planner.PrimerSession {
			primers++
			if d.Ease != planner.Eased {
				t.Errorf("week 4, %s: a warm-up before the gym with ease %q, want eased", d.Date, d.Ease)
			}
		}
	}
	if primers == 0 {
		t.Fatal("week 4 holds no warm-up before the gym")
	}
	var b strings.Builder
	if err := plan.WriteText(&b, false); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), "Gym: about half your usual glute sets."); n != 1 {
		t.Errorf("the text says how to ease the gym %d times, want once (week 4):\n%s", n, b.String())
	}
}
