package planner

import "github.com/gluteplan/gluteplan/planner/format"

// The words for a person's activities, for the views of a plan (the PDF,
// the calendar): the same words the terminal and the planner's sentences
// use, so a run is "a run" everywhere (rule 18).

// ActivityNoun names one session of activity k as the person would, in
// say: "run", "ride", "game", "walk"; "gym session" only for the gym.
func ActivityNoun(say *format.Language, k ActivityKind) string { return activityNoun(say, k) }

// ActivityPlural names the sessions of activity k in say: "runs",
// "rides", "games", "walks", "gym sessions".
func ActivityPlural(say *format.Language, k ActivityKind) string { return activityPlural(say, k) }
