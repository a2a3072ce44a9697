package planner

import (
	"slices"
	"strings"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner/format"
)

// why says in plain words why exercise e is in a session of kind s in week
// w (rule 12), and what changed since the week before.
func (pl *planning) why(e *catalog.Exercise, c *course, s slot, w int) string {
	say := pl.say
	var why string
	switch e.Category {
	case catalog.DynamicStretch:
		switch {
		case s.session == RecoverySession:
			why = say.Say("Keeps the hips moving the day after your gym session.")
		case s.session == PrimerSession:
			why = say.Say("Warm-up before your gym session.")
		case e.Targets[0] == catalog.HipFlexors && pl.p.SittingHours >= 4:
			why = say.Say("Warm-up that opens the front of the hip, which long sitting tightens, so the glutes can work fully.")
		default:
			why = say.Say("Warm-up: gets the hips moving before the strengthening work.")
		}
	case catalog.StaticStretch:
		if piriformisWork(e) && pl.p.Has(PiriformisSyndrome) {
			why = say.Say("Eases the deep buttock muscle that piriformis syndrome tightens; hold it gently, never into pain.")
		} else {
			why = say.Say("A held stretch to finish, while the muscles are warm.")
		}
	case catalog.MyofascialRelease:
		if piriformisWork(e) && pl.p.Has(PiriformisSyndrome) {
			why = say.Say("Eases the deep buttock muscle that piriformis syndrome tightens.")
		} else {
			why = say.Say("Eases tension in tight spots of the glutes and hips.")
		}
	case catalog.Activation:
		switch {
		case s.session == PrimerSession:
			why = say.Say("Wakes up the glutes before your gym session, with little load.")
		case e.GluteLoad == 0:
			why = say.Say("Keeps the glutes working without adding load while they recover.")
		case pl.p.Has(GlutealTendinopathy) && abductor(e) && isometric(e):
			why = say.Say("Strengthens the side of the hip with a hold, without movement: holds calm sore hip tendons.")
		case abductor(e):
			why = say.Say("Strengthens the side of the hip, which steadies the pelvis when you stand and walk.")
		default:
			why = say.Say("Strengthens the glutes so they share the work again.")
		}
		if from := pl.progress[e.ID]; from != "" && weekInBlock(w) == 1 {
			why += " " + say.Sayf("A step on from %s, which you did at its highest dose.", pl.name(from))
		}
		if c != nil && w > 1 {
			why += " " + changeWords(say, c, w)
		}
	}
	if holdsOn(e, pl.p) {
		why += " " + say.Say("Hold on to a wall or chair.")
	}
	return strings.TrimSpace(why)
}

// changeWords says in say what changed in a course from the week before.
func changeWords(say *format.Language, c *course, w int) string {
	if isDeload(w) {
		return say.Say("A lighter week on purpose, so the glutes catch up.")
	}
	switch c.changed {
	case setsChanged:
		return say.Say("This week: a change in sets.")
	case doseChanged:
		if c.dose().seconds > 0 {
			return say.Say("This week: each set a little longer.")
		}
		if c.dose().hold >= 10 {
			return say.Say("This week: each hold a little longer.")
		}
		return say.Say("This week: a few more repetitions a set.")
	}
	if c.fresh {
		return ""
	}
	return say.Say("Same as last week.")
}

func (pl *planning) name(id string) string {
	if e, ok := pl.byID(id); ok {
		return e.Name
	}
	return id
}

// explain finishes the plan (rule 12): the warnings in order of
// importance, the entries used, why each other entry is left out, and what
// gluteplan next needs.
func (pl *planning) explain() {
	p, say := pl.p, pl.say
	var first []string
	if p.PainDays >= 7 {
		first = append(first, say.Sayf("Get it checked if it is not improving: your soreness has lasted %d days. "+
			"Soreness that has not eased after a week or so deserves a visit to a physical therapist or doctor. "+
			"This plan is gentle, but it does not replace that check.", p.PainDays))
	}
	switch {
	case p.Soreness >= SettleSoreness:
		s := say.Sayf("Your glutes are very sore today (%d of 10), so the first block stays at the level of week 1, with no day above a light session. "+
			"If it is not clearly better within a week, get it checked by a physical therapist or doctor.", p.Soreness)
		if len(p.GymDays) > 0 {
			s += " " + say.Say("Meanwhile, do about half your usual glute sets at the gym.")
		}
		first = append(first, s)
	case p.Soreness >= SoreFrom:
		first = append(first, say.Sayf("Your glutes are sore today (%d of 10), so week 1 holds at most 70%% of its usual work.", p.Soreness))
	}
	if _, full := room(p, 1); full {
		first = append(first, say.Sayf("Your gym sessions alone reach what your glutes recover from in a week (%s of %s hard sets), "+
			"so the plan adds only light work. Cut your gym glute sets if you can: training the glutes more often than they recover "+
			"is a common cause of soreness that does not go away.", say.Number(gymWeek(p)), say.Number(RecoveryCap(p.Level))))
	}
	if w := backToBackGym(say, pl.tmpl); w != "" {
		first = append(first, w)
	}
	if p.Has(GlutealTendinopathy) {
		first = append(first,
			say.Say("Gluteal tendinopathy: do not sleep on the sore side; lying on the other side, put a pillow between your knees."),
			say.Say("Gluteal tendinopathy: avoid crossing your legs when you sit, and stretches that pull the thigh across the body; both press on the tendons."),
			say.Say("Gluteal tendinopathy: stand evenly on both feet rather than hanging on one hip."))
	}
	if p.Has(PiriformisSyndrome) {
		first = append(first, say.Say("Piriformis syndrome: break up long sitting, and take stairs slowly, one at a time if they bring the pain on, until it settles."))
	}
	if len(p.GymDays) > 0 && slices.ContainsFunc(pl.plan.Weeks, func(w Week) bool { return w.Phase == Deload }) {
		first = append(first, say.Sayf("In the lighter weeks (%s), do about half your usual glute sets at the gym too.", pl.weekList(func(w Week) bool {
			return w.Phase == Deload
		})))
	}
	releaseSaid := pl.releaseSaid
	if !pl.hasRelease() {
		if !p.Owns(catalog.FoamRoller) && !p.Owns(catalog.MassageBall) {
			first = append(first, say.Say("You have no foam roller or massage ball, so the plan holds no release work. "+
				"A massage ball is cheap and eases a tight piriformis and glutes; a foam roller covers the larger muscles. Either is worth buying."))
			releaseSaid = true
		}
	}
	if d := pl.sessionDays(); d[ActivationSession] == 0 && (d[PrimerSession] > 0 || d[RecoverySession] > 0) {
		first = append(first, say.Say("Every day you have is a gym day or the day after one, so the plan holds no strengthening session of its own: your gym sessions do that work."))
	}
	pl.plan.Warnings = append(append([]string{}, first...), pl.warnings...)
	if weeks := pl.weeksWithout(catalog.MyofascialRelease); weeks != "" && !releaseSaid {
		// Rule 6: say so whenever a week holds no release work, unless a
		// warning already speaks of release work.
		pl.plan.Warnings = append(pl.plan.Warnings, say.Sayf("Some weeks hold no release work (%s): no release exercise of the catalog "+
			"suits you in them. A custom catalog can add one.", weeks))
	}

	used := map[string]bool{}
	for _, w := range pl.plan.Weeks {
		for _, d := range w.Days {
			for _, it := range d.Items {
				used[it.Exercise] = true
			}
		}
	}
	for _, id := range pl.plan.MovementBreaks.Exercises {
		used[id] = true
	}
	group := map[string]int{} // reason → its place in Excluded
	for i := range pl.cat.Exercises {
		e := &pl.cat.Exercises[i]
		if used[e.ID] {
			pl.plan.Exercises = append(pl.plan.Exercises, *e)
			continue
		}
		r := pl.unused(e)
		g, ok := group[r]
		if !ok {
			g = len(pl.plan.Excluded)
			group[r] = g
			pl.plan.Excluded = append(pl.plan.Excluded, Excluded{Reason: r})
		}
		pl.plan.Excluded[g].Exercises = append(pl.plan.Excluded[g].Exercises, e.ID)
	}
	pl.next()
}

// easierStep returns the loaded entry whose progression is id, or nil; the
// first call indexes the catalog, so explaining stays linear in its size.
func (pl *planning) easierStep(id string) *catalog.Exercise {
	if pl.easier == nil {
		pl.easier = map[string]*catalog.Exercise{}
		for i := range pl.cat.Exercises {
			if x := &pl.cat.Exercises[i]; loaded(x) && pl.easier[x.Progression] == nil {
				pl.easier[x.Progression] = x
			}
		}
	}
	return pl.easier[id]
}

// unused says why an entry is not in the plan.
func (pl *planning) unused(e *catalog.Exercise) string {
	if r := pl.out[e.ID]; r != "" {
		return r
	}
	if r := blockOut(e, pl.p, blockOf(pl.p.Weeks)); r != "" {
		return r
	}
	if r := blockOut(e, pl.p, 1); r != "" && pl.p.Weeks <= BlockWeeks {
		return pl.say.Sayf("%s, and this plan is one block long", r)
	}
	if x := pl.easierStep(e.ID); x != nil {
		return pl.say.Sayf("the next step after %s: it follows once that has been done at its highest dose for a whole block", x.Name)
	}
	return pl.say.Say("not needed: the program keeps to a few exercises so each can be learnt well, and others of its kind were chosen")
}

func (pl *planning) hasRelease() bool {
	for _, w := range pl.plan.Weeks {
		for _, d := range w.Days {
			for _, it := range d.Items {
				if it.Category == catalog.MyofascialRelease {
					return true
				}
			}
		}
	}
	return false
}

// weeksWithout lists the weeks that hold no item of category c.
func (pl *planning) weeksWithout(c catalog.Category) string {
	return pl.weekList(func(w Week) bool {
		return !slices.ContainsFunc(w.Days, func(d Day) bool {
			return slices.ContainsFunc(d.Items, func(it Item) bool { return it.Category == c })
		})
	})
}

// weekList names the plan's weeks that pass ok: "week 4, week 8".
func (pl *planning) weekList(ok func(Week) bool) string {
	var s []string
	for _, w := range pl.plan.Weeks {
		if ok(w) {
			s = append(s, pl.say.Sayf("week %d", w.Week))
		}
	}
	return strings.Join(s, ", ")
}

// next records what gluteplan next needs to continue the plan.
func (pl *planning) next() {
	ws := pl.plan.Weeks
	last := ws[len(ws)-1]
	n := Next{Week: last.Week, Block: last.Block, BuildHSE: pl.top, DeloadHSE: ws[0].PlanHSE, Exercises: []Progress{}}
	if pl.cont != nil {
		n.DeloadHSE = pl.lastDeload
	}
	for _, w := range ws {
		if w.Phase == Deload {
			n.DeloadHSE = w.PlanHSE
		}
	}
	if last.Phase == Build && weekInBlock(last.Week) < 3 {
		n.BuildHSE = last.PlanHSE
	}
	for _, c := range pl.courses {
		sets := 0
		for _, s := range c.sets {
			sets = max(sets, s)
		}
		d := c.dose()
		n.Exercises = append(n.Exercises, Progress{Exercise: c.e.ID, Sets: sets, Reps: d.reps, Seconds: d.seconds, HoldSeconds: d.hold, AtCeiling: c.atCeiling()})
	}
	pl.plan.Next = n
}
