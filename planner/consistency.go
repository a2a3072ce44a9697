package planner

import (
	"fmt"
	"math"

	"github.com/gluteplan/gluteplan/catalog/document"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// CheckConsistency finds totals of a plan that disagree with the plan's
// own items: a day whose minutes or glute volume is not the sum of its
// items', a week whose volume is not the sum of its days', a week whose gym
// volume is not its gym days times the profile's gym sets. The planner
// never writes such a plan; a hand-edited one could, and printing it would
// draw a chart and a calendar that do not add up (or, with values like
// 1e308, that do not draw at all). Each finding names the place in data,
// the plan file's bytes.
func CheckConsistency(file string, data []byte, p *Plan) []document.Finding {
	var fs []document.Finding
	add := func(ptr, what string, got, want float64) {
		fs = append(fs, finding(file, data, ptr, fmt.Sprintf(
			"%s is %s, but %s: was the plan edited by hand? make it again with gluteplan plan",
			what, locale.Number(got), wantWords(want))))
	}
	for w, wk := range p.Weeks {
		var weekHSE float64
		gymDays := 0
		for d, day := range wk.Days {
			if day.Gym {
				gymDays++
			}
			var hse, mins float64
			for _, it := range day.Items {
				hse += it.PlanHSE
				mins += it.Minutes
			}
			at := fmt.Sprintf("/weeks/%d/days/%d", w, d)
			if !agree(day.PlanHSE, hse, len(day.Items)) {
				add(at+"/plan_hse", "the day's glute volume", day.PlanHSE, hse)
			}
			if !agree(day.Minutes, mins, len(day.Items)) {
				add(at+"/minutes", "the day's minutes", day.Minutes, mins)
			}
			weekHSE += day.PlanHSE
		}
		if !agree(wk.PlanHSE, weekHSE, len(wk.Days)) {
			add(fmt.Sprintf("/weeks/%d/plan_hse", w), "the week's glute volume", wk.PlanHSE, weekHSE)
		}
		own, gym, eased, again, before := ownVolume(p.Profile, wk)
		easing := wk.Phase == Deload || p.Profile.Soreness >= SettleSoreness || p.Continues != nil && p.Continues.Steer == SteerStepBack
		if !agree(wk.GymHSE, own, 0) && !(easing && (agree(wk.GymHSE, own-gym/2, 0) || agree(wk.GymHSE, eased, 0) || agree(wk.GymHSE, before, 0) ||
			wk.Phase == Deload && agree(wk.GymHSE, again, 0))) {
			fs = append(fs, finding(file, data, fmt.Sprintf("/weeks/%d/gym_hse", w), fmt.Sprintf(
				"the week's volume of your own training is %s, but its %s add up to %s: was the plan edited by hand? make it again with gluteplan plan",
				locale.Number(wk.GymHSE), locale.Count(gymDays, "activity day", "activity days"), locale.Number(own))))
		}
	}
	return fs
}

// ownVolume is the glute volume of the profile's activities on the days of
// week wk, the gym's part of it, and the volume eased as a week that asks
// for it counts it ([easedVolume]): a day the plan made a walk counts none
// (rule 9). A week that eases the person's training reports the eased
// volume, or (plans made before rides and runs were eased) the gym's part
// halved (rule 3), or (plans made before they were eased a third shorter)
// before: the gym at half and the rest at their kind's easy estimate; the
// lighter week of a step back's block, again.
func ownVolume(p Profile, wk Week) (all, gym, eased, again, before float64) {
	for _, d := range wk.Days {
		if a, ok := p.ActivityOn(d.Weekday); ok && (d.Activity == nil || *d.Activity != Walking) {
			all += float64(a.Sets())
			if a.Kind == Gym {
				gym += float64(a.Sets())
			}
			act := []Activity{{Kind: a.Kind, Days: []Weekday{d.Weekday}, GluteSets: a.GluteSets}}
			eased += easedVolume(act, false)
			again += easedVolume(act, true)
			if a.Kind == Gym {
				before += float64(a.Sets()) / 2
			} else {
				before += float64(min(a.Sets(), DefaultGluteSets(a.Kind)))
			}
		}
	}
	return all, gym, eased, again, before
}

// agree reports whether a total matches the sum of its n parts, allowing
// for the rounding of each part to three decimals (and minutes to one).
func agree(total, sum float64, n int) bool {
	tol := 0.051 * float64(n+1)
	return math.Abs(total-sum) <= tol
}

func wantWords(sum float64) string {
	return "its parts add up to " + locale.Number(sum)
}
