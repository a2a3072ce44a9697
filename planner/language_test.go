package planner_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// The planner writes its own sentences (each item's why, the warnings, why
// entries are left out, the pain rule, the red flags, how the log steered
// a continued plan, the referral) in the profile's language. The checker
// reads them by their English words, so the property tests check the
// rules on the plan made in English, and the tests here hold the plan in
// every other language to it: the same plan, word for word apart from the
// sentences.

// english returns p with English for the language of its plan: the
// checker reads the plan's sentences by their English words.
func english(p planner.Profile) planner.Profile {
	p.Lang = planner.English
	return p
}

// withLang returns p with lang for the language of its plan.
func withLang(p planner.Profile, lang planner.Lang) planner.Profile {
	p.Lang = lang
	return p
}

// sentences lists the fields of a plan the planner writes in the profile's
// language, in a fixed order.
func sentences(p *planner.Plan) []*string {
	var s []*string
	for wi := range p.Weeks {
		for di := range p.Weeks[wi].Days {
			for ii := range p.Weeks[wi].Days[di].Items {
				s = append(s, &p.Weeks[wi].Days[di].Items[ii].Why, &p.Weeks[wi].Days[di].Items[ii].Effort)
			}
		}
	}
	for i := range p.Warnings {
		s = append(s, &p.Warnings[i])
	}
	for i := range p.Excluded {
		s = append(s, &p.Excluded[i].Reason)
	}
	for i := range p.PainRule {
		s = append(s, &p.PainRule[i].Say)
	}
	for i := range p.RedFlags {
		s = append(s, &p.RedFlags[i])
	}
	if p.Continues != nil {
		s = append(s, &p.Continues.Why)
	}
	return s
}

// withoutSentences returns the JSON of a copy of p with every sentence and
// the profile's language blanked, and the sentences taken out.
func withoutSentences(p *planner.Plan) ([]byte, []string, error) {
	data, err := json.Marshal(p)
	if err != nil {
		return nil, nil, err
	}
	var c planner.Plan
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, nil, err
	}
	// Names are the entries' in the plan's language (the catalog's tests
	// hold the German ones); a plan in another language notes once the
	// entries that have no text in it, which an English plan has no need
	// to.
	for wi := range c.Weeks {
		for di := range c.Weeks[wi].Days {
			for ii := range c.Weeks[wi].Days[di].Items {
				c.Weeks[wi].Days[di].Items[ii].Name = ""
			}
		}
	}
	c.Warnings = slices.DeleteFunc(c.Warnings, untranslatedNote)
	var said []string
	for _, s := range sentences(&c) {
		said = append(said, *s)
		*s = ""
	}
	c.Profile.Lang = ""
	out, err := json.MarshalIndent(&c, "", " ")
	return out, said, err
}

// untranslatedNote reports whether w is the note on entries without text
// in the plan's language.
func untranslatedNote(w string) bool {
	for _, l := range locale.Languages {
		head, _, _ := strings.Cut(l.Sayf("These exercises of your catalog have no text in your language and print as written: %s.", "\x00"), "\x00")
		if strings.HasPrefix(w, head) {
			return true
		}
	}
	return false
}

// samePlan reports how plan, made in another language, differs from the
// plan made in English other than in its sentences: its weeks, days,
// items, doses, the number of warnings, excluded entries, pain bands and
// red flags, and what gluteplan next reads must be the same. Each sentence
// must be said in the other language: none may be the English word for
// word, and none may be empty where the English is not.
func samePlan(en, plan *planner.Plan) []string {
	a, enSaid, err1 := withoutSentences(en)
	b, said, err2 := withoutSentences(plan)
	if err1 != nil || err2 != nil {
		return []string{fmt.Sprintf("the plans do not marshal: %v %v", err1, err2)}
	}
	var bad []string
	if !bytes.Equal(a, b) {
		al, bl := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
		i := 0
		for i < len(al) && i < len(bl) && bytes.Equal(al[i], bl[i]) {
			i++
		}
		line := func(ls [][]byte) string {
			if i < len(ls) {
				return string(bytes.TrimSpace(ls[i]))
			}
			return "(the end)"
		}
		// The lines before say where in the plan it is.
		var before []string
		for _, l := range al[max(i-3, 0):i] {
			before = append(before, string(bytes.TrimSpace(l)))
		}
		bad = append(bad, fmt.Sprintf("the plan differs from the English beyond its sentences, at line %d of its JSON (after %q): %q in English, %q in %s",
			i+1, strings.Join(before, " "), line(al), line(bl), plan.Profile.Lang))
	}
	if len(said) != len(enSaid) {
		return append(bad, fmt.Sprintf("%d sentences, %d in English", len(said), len(enSaid)))
	}
	for i, s := range said {
		switch e := enSaid[i]; {
		case s == "" && e != "":
			bad = append(bad, fmt.Sprintf("empty where the English says %q", e))
		case s == e && e != "":
			// No sentence of the planner is the same words in German; a
			// translation that really is would be named here.
			bad = append(bad, fmt.Sprintf("in English in the %s plan: %q", plan.Profile.Lang, s))
		case jargon.MatchString(s):
			bad = append(bad, fmt.Sprintf("jargon (rule 12): %q", s))
		}
	}
	return bad
}

// languages are the languages other than English that each plan is made
// in too.
func languages() []planner.Lang {
	return slices.DeleteFunc(slices.Clone(planner.Langs), func(l planner.Lang) bool { return l == planner.English })
}

// languageCase makes the plan of p over cat in English and in each other
// language and compares them.
func languageCase(cat *catalog.Catalog, p planner.Profile) (bad []string) {
	defer func() {
		if x := recover(); x != nil {
			bad = append(bad, fmt.Sprintf("the planner panicked: %v", x))
		}
	}()
	en, err := planner.Make(cat, english(p))
	if err != nil {
		return []string{"no plan in English: " + err.Error()}
	}
	for _, l := range languages() {
		plan, err := planner.Make(cat, withLang(p, l))
		if err != nil {
			return []string{fmt.Sprintf("no plan in %s: %v", l, err)}
		}
		for _, b := range samePlan(en, plan) {
			bad = append(bad, string(l)+": "+b)
		}
	}
	return bad
}

// continueCase makes the first plan in English and in each other language,
// continues each in its language as gluteplan next does, and compares the
// continued plans: a plan in German continues as the plan in English does.
func continueCase(cat *catalog.Catalog, p1, p2 planner.Profile, steer planner.Steer) (bad []string) {
	defer func() {
		if x := recover(); x != nil {
			bad = append(bad, fmt.Sprintf("the planner panicked: %v", x))
		}
	}()
	next := func(l planner.Lang, why string) (*planner.Plan, error) {
		prev, err := planner.Make(cat, withLang(p1, l))
		if err != nil {
			return nil, err
		}
		return planner.Continue(cat, prev, withLang(p2, l), steer, why)
	}
	en, err := next(planner.English, "The log says so.")
	if err != nil {
		return []string{"no continued plan in English: " + err.Error()}
	}
	for _, l := range languages() {
		plan, err := next(l, "Das Protokoll sagt es so.")
		if err != nil {
			return []string{fmt.Sprintf("no continued plan in %s: %v", l, err)}
		}
		for _, b := range samePlan(en, plan) {
			bad = append(bad, string(l)+": "+b)
		}
	}
	return bad
}

// TestPropertyLanguages makes random profiles' plans, the personas' and
// continued plans in English and in German: the German plan is the English
// plan with its sentences in German. A failure prints the seed; rerun one
// case with -propseed=N -v.
func TestPropertyLanguages(t *testing.T) {
	if len(languages()) == 0 {
		t.Skip("the planner speaks English only")
	}
	n, nc := propCount(60, 400), propCount(20, 150)
	type langCase struct {
		seed int64
		desc string
		run  func() []string
	}
	var cases []langCase
	for i := range n {
		seed := int64(7_000_000 + i)
		r := rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15))
		cat := catalog.Default()
		desc := "default catalog"
		if r.IntN(4) == 0 {
			cat = subsetCatalog(r)
			desc = fmt.Sprintf("%d entries", len(cat.Exercises))
		}
		p := randomPlanProfile(r)
		cases = append(cases, langCase{seed, desc, func() []string { return languageCase(cat, p) }})
	}
	for i := range 8 * len(personas) {
		seed := int64(7_500_000 + i)
		r := rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15))
		pc := personas[i%len(personas)]
		p := pc.profile
		if i >= len(personas) {
			p.Start = time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(400)).Format("2006-01-02")
			p.Weeks = 1 + r.IntN(12)
			if p.BirthDate > p.Start {
				p.BirthDate = "" // a birth after the start is refused
			}
		}
		cases = append(cases, langCase{seed, "persona " + pc.name, func() []string { return languageCase(catalog.Default(), p) }})
	}
	for i := range nc {
		seed := int64(8_000_000 + i)
		cat, p1, p2, steer := randomContinuation(seed)
		cases = append(cases, langCase{seed, fmt.Sprintf("continued, steer %s", steer), func() []string { return continueCase(cat, p1, p2, steer) }})
	}
	if *propSeed >= 0 {
		cases = slices.DeleteFunc(cases, func(c langCase) bool { return c.seed != *propSeed })
		if len(cases) == 0 {
			t.Skipf("seed %d is not one of this test's", *propSeed)
		}
	}
	results := inParallel(len(cases), func(i int) []violation {
		var vs []violation
		for _, b := range cases[i].run() {
			vs = append(vs, violation{12, b})
		}
		return vs
	})
	failed := 0
	for i, vs := range results {
		if len(vs) == 0 {
			continue
		}
		failed++
		if failed <= 5 || *propSeed >= 0 {
			var msgs []string
			for _, v := range vs[:min(len(vs), 3)] {
				msgs = append(msgs, v.msg)
			}
			t.Errorf("seed %d (%s): %d differences, for example:\n  %s", cases[i].seed, cases[i].desc, len(vs), strings.Join(msgs, "\n  "))
		}
	}
	if failed > 0 {
		t.Errorf("%d of %d plans differ between the languages beyond their sentences", failed, len(cases))
	}
}

// TestLanguagesScreening refers in every language exactly as in English:
// the same symptoms, urgency and number of reasons, each said in the
// profile's language.
func TestLanguagesScreening(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 13))
	for i := range 500 {
		p := randomPlanProfile(r)
		p.Soreness = r.IntN(11)
		p.Symptoms = subsetOf(r, planner.Symptoms)
		en := planner.Screen(english(p))
		for _, l := range languages() {
			ref := planner.Screen(withLang(p, l))
			if (en == nil) != (ref == nil) {
				t.Fatalf("case %d: %s refers %v, English %v", i, l, ref != nil, en != nil)
			}
			if en == nil {
				continue
			}
			if ref.Urgent != en.Urgent || !slices.Equal(ref.Symptoms, en.Symptoms) || len(ref.Reasons) != len(en.Reasons) {
				t.Fatalf("case %d: %s refers otherwise than English: %+v, English %+v", i, l, ref, en)
			}
			if ref.Message == en.Message {
				t.Fatalf("case %d: the %s referral is in English: %q", i, l, ref.Message)
			}
			for j := range en.Reasons {
				if ref.Reasons[j] == en.Reasons[j] {
					t.Fatalf("case %d: a %s reason is in English: %q", i, l, ref.Reasons[j])
				}
			}
		}
	}
}

// TestGoldenGerman pins the JSON of a persona's plan in German: the plan of
// testdata/personas/office-worker.json with its sentences in German; run
// go test ./planner -update after an intended change, and read the diff.
func TestGoldenGerman(t *testing.T) {
	i := slices.IndexFunc(personas, func(pc persona) bool { return pc.name == "office-worker" })
	plan, err := planner.Make(catalog.Default(), withLang(personas[i].profile, planner.German))
	if err != nil {
		t.Fatal(err)
	}
	js, err := plan.JSON()
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "office-worker-de.json", js)
}
