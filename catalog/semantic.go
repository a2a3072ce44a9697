package catalog

import (
	"fmt"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unsafe"

	"github.com/gluteplan/gluteplan/catalog/document"
	"github.com/gluteplan/gluteplan/catalog/jsonpos"
)

// fileEntries is what the semantic checks see of a catalog file: its
// structurally sound entries, where each is in the file, and the ids of the
// entries left out because they have structural problems (checks that
// involve them wait for the next round).
type fileEntries struct {
	c *Catalog
	// at is the position in the file of each entry of c.
	at        []int
	unchecked map[string]bool
	// ids lists the readable id of every entry, sound or not, in file
	// order, so that a repeated id is found in the same round.
	ids []idAt
}

// idAt is an entry's id and its position in the file.
type idAt struct {
	id string
	at int
}

// wholeFile is a file whose entries are all sound.
func wholeFile(c *Catalog) fileEntries {
	f := fileEntries{c: c, at: make([]int, len(c.Exercises)), ids: make([]idAt, len(c.Exercises))}
	for i, e := range c.Exercises {
		f.at[i] = i
		f.ids[i] = idAt{e.ID, i}
	}
	return f
}

// soundEntryProblems runs the semantic checks over the entries of the
// catalog document value (decoded with numbers kept as written) that have no
// structural problem among fs, so that their problems show in the same run
// as the structural ones of other entries. file names the catalog file, for
// the images beside it.
func (l *Layers) soundEntryProblems(file string, value any, fs []document.Finding) []problem {
	doc, ok := value.(map[string]any)
	if !ok {
		return nil
	}
	list, ok := doc["exercises"].([]any)
	if !ok {
		return nil
	}
	broken := map[int]bool{}
	disableBroken := false
	for _, f := range fs {
		toks, err := jsonpos.Split(f.Pointer)
		if err != nil || len(toks) == 0 {
			continue
		}
		switch toks[0] {
		case "exercises":
			if len(toks) == 1 {
				return nil
			}
			if i, err := strconv.Atoi(toks[1]); err == nil {
				broken[i] = true
			}
		case "disable":
			disableBroken = true
		}
	}
	f := fileEntries{c: &Catalog{}, unchecked: map[string]bool{}}
	if d, ok := doc["disable"].([]any); ok && !disableBroken {
		for _, v := range d {
			if s, ok := v.(string); ok {
				f.c.Disable = append(f.c.Disable, s)
			}
		}
	}
	for i, v := range list {
		var e Exercise
		sound := !broken[i]
		if sound {
			sound = document.DecodeValue(v, &e) == nil
		}
		if !sound {
			if m, ok := v.(map[string]any); ok {
				if id, ok := m["id"].(string); ok {
					f.unchecked[id] = true
					f.ids = append(f.ids, idAt{id, i})
				}
			}
			continue
		}
		f.c.Exercises = append(f.c.Exercises, e)
		f.at = append(f.at, i)
		f.ids = append(f.ids, idAt{e.ID, i})
	}
	probs, _ := l.semanticProblems(f)
	return append(probs, figureProblems(file, f)...)
}

// mergeFindings merges two lists of findings, each in file order, into one
// in file order.
func mergeFindings(a, b []document.Finding) []document.Finding {
	out := append(a[:len(a):len(a)], b...)
	slices.SortStableFunc(out, func(x, y document.Finding) int {
		if x.Line != y.Line {
			return x.Line - y.Line
		}
		return x.Col - y.Col
	})
	return out
}

// semanticProblems finds what the schema cannot: problems between entries,
// between this file and the layers it goes over, and between fields of one
// entry; and the notes. It returns them with the layers' catalog merged
// with f's, which it reads them over.
func (l *Layers) semanticProblems(f fileEntries) ([]problem, *Catalog) {
	c := f.c
	var probs []problem
	ptr := func(i int, rest ...string) string {
		return jsonpos.Join(append([]string{"exercises", strconv.Itoa(f.at[i])}, rest...))
	}
	idPtr := func(at int) string { return jsonpos.Join([]string{"exercises", strconv.Itoa(at), "id"}) }
	firstAt := make(map[string]int, len(f.ids))
	for _, x := range f.ids {
		if j, ok := firstAt[x.id]; ok {
			probs = append(probs, problem{
				pointer: idPtr(x.at),
				message: fmt.Sprintf("duplicate id %s: entry %d (line %%d) already has it: give each entry its own id", document.Quote(x.id), j+1),
				ref:     idPtr(j),
			})
			continue
		}
		firstAt[x.id] = x.at
	}
	// first is the first sound entry of each id, by its index in c.
	first := make(map[string]int, len(c.Exercises))
	for i, e := range c.Exercises {
		if _, ok := first[e.ID]; !ok {
			first[e.ID] = i
		}
	}
	base := l.merged
	inBase := make(map[string]Exercise, len(base.Exercises))
	for _, e := range base.Exercises {
		inBase[e.ID] = e
	}
	probs = append(probs, l.disableProblems(c, first, inBase)...)
	merged := Merge(base, c)
	// Where each id is in merged: an index, not a copy of each entry.
	byID := make(map[string]int, len(merged.Exercises))
	for i, e := range merged.Exercises {
		byID[e.ID] = i
	}
	for i, e := range c.Exercises {
		at := func(rest ...string) string { return ptr(i, rest...) }
		// An identical copy (a catalog list --format json round trip)
		// replaces nothing worth a note.
		if old, ok := inBase[e.ID]; ok && first[e.ID] == i && !reflect.DeepEqual(old, e) {
			probs = append(probs, problem{pointer: at("id"), note: true,
				message: fmt.Sprintf("replaces the entry %q of %s", e.ID, l.origin(e.ID))})
		}
		probs = append(probs, entryProblems(e, at)...)
		if e.Progression == "" {
			continue
		}
		if e.Progression == e.ID {
			probs = append(probs, problem{pointer: at("progression"),
				message: fmt.Sprintf("progression %q is this entry itself: name a harder variant, or remove it", e.Progression)})
			continue
		}
		k, ok := byID[e.Progression]
		if !ok {
			if f.unchecked[e.Progression] {
				continue
			}
			probs = append(probs, problem{pointer: at("progression"), message: l.missingProgression(e.Progression, c, merged)})
			continue
		}
		next := &merged.Exercises[k]
		if r, n := e.Level.Rank(), next.Level.Rank(); n < r {
			probs = append(probs, problem{pointer: at("progression"), message: fmt.Sprintf(
				"progression goes to an easier level: %q is %s, this entry is %s: name a variant of the same or a harder level",
				next.ID, next.Level, e.Level)})
		}
	}
	probs = append(probs, l.easierThanItsSource(c, first, merged, ptr)...)
	probs = append(probs, loopProblems(c, merged, ptr)...)
	return probs, merged
}

// missingProgression says why a progression names no entry, and what to do.
func (l *Layers) missingProgression(id string, c, merged *Catalog) string {
	switch {
	case slices.Contains(c.Disable, id):
		return fmt.Sprintf("progression %q names an entry this file disables: name another variant, or remove it", id)
	case l.disabled[id] != "":
		return fmt.Sprintf("progression %q names an entry disabled by %s: name another variant, or remove it", id, l.disabled[id])
	}
	msg := fmt.Sprintf("progression %q names no exercise in this file", id)
	if len(l.merged.Exercises) > 0 {
		msg = fmt.Sprintf("progression %q names no exercise in this file or the catalog it adds to", id)
	}
	if s := merged.Suggest(id); s != "" {
		return msg + fmt.Sprintf(": did you mean %q?", s)
	}
	return msg + ": use the id of an existing entry, or remove it"
}

// disableProblems checks the file's "disable" list: each id names an entry
// of the layers (not one of this file), and the earlier entries that
// progress into it are named in a note, since their chains now end before
// it.
func (l *Layers) disableProblems(c *Catalog, defined map[string]int, inBase map[string]Exercise) []problem {
	var probs []problem
	dropped := make(map[string]bool, len(c.Disable))
	for _, id := range c.Disable {
		dropped[id] = true
	}
	// Which earlier entries progress into each disabled id, in catalog
	// order: one pass, however long the list.
	into := map[string][]string{}
	for _, e := range l.merged.Exercises {
		if !dropped[e.Progression] || dropped[e.ID] {
			continue
		}
		if _, redefined := defined[e.ID]; !redefined {
			into[e.Progression] = append(into[e.Progression], fmt.Sprintf("%q of %s", e.ID, l.origin(e.ID)))
		}
	}
	for k, id := range c.Disable {
		at := jsonpos.Join([]string{"disable", strconv.Itoa(k)})
		if i, ok := defined[id]; ok {
			probs = append(probs, problem{pointer: at, message: fmt.Sprintf(
				"%s is also an entry of this file (line %%d): an entry with the same id already replaces the earlier one, so remove it from disable, or remove the entry",
				document.Quote(id)), ref: jsonpos.Join([]string{"exercises", strconv.Itoa(i), "id"})})
			continue
		}
		if _, ok := inBase[id]; !ok {
			if where := l.disabled[id]; where != "" {
				probs = append(probs, problem{pointer: at, note: true,
					message: fmt.Sprintf("%s is already disabled by %s", document.Quote(id), where)})
				continue
			}
			msg := fmt.Sprintf("disable names %s, which no earlier catalog has", document.Quote(id))
			if s := l.merged.Suggest(id); s != "" {
				msg += fmt.Sprintf(": did you mean %s?", document.Quote(s))
			} else {
				msg += ": use the id of an entry of the default catalog or of an earlier --catalog file (see gluteplan catalog list), or remove it"
			}
			probs = append(probs, problem{pointer: at, message: msg})
			continue
		}
		if from := into[id]; len(from) > 0 {
			verb := "progresses"
			if len(from) > 1 {
				verb = "progress"
			}
			probs = append(probs, problem{pointer: at, note: true, message: fmt.Sprintf(
				"%s %s to %q: plans will not progress past it", strings.Join(from, " and "), verb, id)})
		}
	}
	return probs
}

// easierThanItsSource finds entries of c redefined at an easier level than
// an earlier entry that progresses into them: a progression must go no
// easier over the merged catalog, not only within one file.
func (l *Layers) easierThanItsSource(c *Catalog, defined map[string]int, merged *Catalog, ptr func(int, ...string) string) []problem {
	var probs []problem
	for _, src := range merged.Exercises {
		if _, own := defined[src.ID]; own || src.Progression == "" {
			continue
		}
		i, ok := defined[src.Progression]
		if !ok {
			continue
		}
		e := c.Exercises[i]
		if e.Level.Rank() < src.Level.Rank() {
			probs = append(probs, problem{pointer: ptr(i, "level"), message: fmt.Sprintf(
				"level %s is easier than %q (%s, of %s), which progresses to this entry: make this entry %s or harder, or give it an id of its own",
				e.Level, src.ID, src.Level, l.origin(src.ID), src.Level)})
		}
	}
	return probs
}

// entryProblems checks the fields of one entry against each other.
func entryProblems(e Exercise, at func(...string) string) []problem {
	var probs []problem
	add := func(p problem) { probs = append(probs, p) }
	switch e.Category {
	case MyofascialRelease:
		if e.Dose.Reps > 0 {
			add(problem{pointer: at("dose", "reps"), message: "release work is timed: give seconds instead of reps"})
		}
		if e.GluteLoad > 0 {
			add(problem{pointer: at("glute_load"),
				message: "release work is no training volume: set glute_load to 0 (plans leave out release work with a load)"})
		}
	case StaticStretch:
		// README rule 14 and the piriformis protocol of rule 9 rely on
		// static stretches being holds of 15 to 60 seconds.
		if e.Dose.Reps > 0 {
			add(problem{pointer: at("dose", "reps"),
				message: "a static stretch is a timed hold: give seconds (15 to 60) instead of reps, or make it a dynamic_stretch"})
		}
		if s := e.Dose.Seconds; s > 0 && (s < 15 || s > 60) {
			add(problem{pointer: at("dose", "seconds"),
				message: fmt.Sprintf("a static stretch is held 15 to 60 seconds, not %d: give seconds between 15 and 60 (more sets for a longer stretch)", s)})
		}
		if e.GluteLoad > 0 {
			add(problem{pointer: at("glute_load"),
				message: "a stretch is no training volume: set glute_load to 0"})
		}
	}
	if e.DeskFriendly && !slices.Contains([]Position{Standing, SingleLegStanding, Seated}, e.Position) {
		add(problem{pointer: at("desk_friendly"),
			message: fmt.Sprintf("a %s exercise is not done beside a desk in office clothes: set desk_friendly to false, or describe a standing or seated variant",
				strings.ReplaceAll(string(e.Position), "_", " "))})
	}
	if e.Dose.Seconds > 0 && e.Dose.HoldSeconds > 0 {
		add(problem{pointer: at("dose", "hold_seconds"),
			message: "hold_seconds only applies to reps: remove it, or give reps instead of seconds"})
	}
	probs = append(probs, doseMaxProblems(e, at)...)
	probs = append(probs, equipmentAnyProblems(e, at)...)
	if p, ok := workingDoseNote(e, at); ok {
		add(p)
	}
	probs = append(probs, translationNotes(e, at)...)
	if (e.Category == DynamicStretch || e.Category == StaticStretch) && !e.HipCompression {
		if where, phrase := crossingText(e); phrase != "" {
			add(problem{pointer: at("hip_compression"), note: true, message: fmt.Sprintf(
				"%s speaks of crossing the legs or pulling the leg across the body (%q) while hip_compression is false: set it to true if the position squeezes the outer hip, so plans for outer-hip tendon pain leave it out",
				where, phrase)})
		}
	}
	return probs
}

// doseMaxProblems checks dose_max against the starting dose: the same
// kind of dose (reps or seconds), the same per_side, and no field below
// the starting dose's. A field dose_max leaves out is pointed at through
// dose_max itself.
func doseMaxProblems(e Exercise, at func(...string) string) []problem {
	m, d := e.DoseMax, e.Dose
	if m == nil {
		return nil
	}
	var probs []problem
	add := func(ptr, format string, args ...any) {
		probs = append(probs, problem{pointer: ptr, message: fmt.Sprintf(format, args...)})
	}
	if m.Sets < d.Sets {
		add(at("dose_max", "sets"), "sets %d is below the starting dose's %d: a ceiling is at least the starting dose: give %d or more, or lower dose/sets", m.Sets, d.Sets, d.Sets)
	}
	switch {
	case d.Reps > 0 && m.Seconds > 0:
		add(at("dose_max", "seconds"), "dose_max is timed (seconds) but the starting dose counts reps: a ceiling counts the same thing as the dose: give dose_max reps (at least %d) instead of seconds", d.Reps)
	case d.Seconds > 0 && m.Reps > 0:
		add(at("dose_max", "reps"), "dose_max counts reps but the starting dose is timed (seconds): a ceiling counts the same thing as the dose: give dose_max seconds (at least %d) instead of reps", d.Seconds)
	default:
		fields := []struct {
			name       string
			max, start int
			unit       string
		}{
			{"reps", m.Reps, d.Reps, ""},
			{"seconds", m.Seconds, d.Seconds, " s"},
			{"hold_seconds", m.HoldSeconds, d.HoldSeconds, " s"},
		}
		for _, f := range fields {
			if f.max >= f.start {
				continue
			}
			if f.max == 0 {
				add(at("dose_max"), "dose_max has no %s, and the starting dose has %s %d%s: a ceiling is at least the starting dose: give dose_max %s of %d or more",
					f.name, f.name, f.start, f.unit, f.name, f.start)
				continue
			}
			add(at("dose_max", f.name), "%s %d%s is below the starting dose's %d%s: a ceiling is at least the starting dose: give %d or more, or lower dose/%s",
				f.name, f.max, f.unit, f.start, f.unit, f.start, f.name)
		}
		if m.RestSeconds > 0 && m.RestSeconds < d.RestSeconds {
			add(at("dose_max", "rest_seconds"), "rest_seconds %d s is below the starting dose's %d s: harder sets need at least as much rest: give %d or more, or leave it out",
				m.RestSeconds, d.RestSeconds, d.RestSeconds)
		}
	}
	if m.PerSide != d.PerSide {
		if m.PerSide {
			add(at("dose_max", "per_side"), "per_side is true here but not in the starting dose: a ceiling is of the same exercise: make both the same")
		} else {
			add(at("dose_max"), "dose_max is not per_side but the starting dose is: a ceiling is of the same exercise: give dose_max \"per_side\": true")
		}
	}
	if m.Seconds > 0 && m.HoldSeconds > 0 {
		add(at("dose_max", "hold_seconds"), "hold_seconds only applies to reps: remove it, or give reps instead of seconds")
	}
	return probs
}

// equipmentAnyProblems checks equipment_any against equipment: an item of
// both lists is needed anyway, so the choice between them means nothing.
// The schema asks for two items or more and knows the items.
func equipmentAnyProblems(e Exercise, at func(...string) string) []problem {
	var probs []problem
	for k, q := range e.EquipmentAny {
		if slices.Contains(e.Equipment, q) {
			probs = append(probs, problem{pointer: at("equipment_any", strconv.Itoa(k)), message: fmt.Sprintf(
				"%q is also in equipment, which always needs it: remove it from equipment_any, or from equipment if any one of equipment_any will do", q)})
		}
	}
	return probs
}

// workingDoseNote notes a strengthening entry whose doses, from its
// starting dose to its ceiling ([Exercise.Ceiling]), can never meet rule
// 16's doses that work, field by field: at least 2 sets; 8 to 15 reps a
// set (6 to 15 for an entry with a weight or on one leg); or, for an isometric
// entry, 1 to 6 holds a set of 20 to 45 s. A note, not a problem: the
// planner can still use the entry, with the warning rule 16 asks for.
func workingDoseNote(e Exercise, at func(...string) string) (problem, bool) {
	if !e.Strengthening() {
		return problem{}, false
	}
	d, c := e.Dose, e.Ceiling()
	// meets says whether the range lo..hi reaches into min..max. A
	// ceiling below the dose is a problem of its own: read it as the dose.
	meets := func(lo, hi, min, max int) bool { return hi >= min && lo <= max }
	c.Sets, c.Reps, c.Seconds, c.HoldSeconds = max(c.Sets, d.Sets), max(c.Reps, d.Reps), max(c.Seconds, d.Seconds), max(c.HoldSeconds, d.HoldSeconds)
	span := func(lo, hi int, unit string) string {
		if lo == hi {
			return fmt.Sprintf("%d%s", lo, unit)
		}
		return fmt.Sprintf("%d to %d%s", lo, hi, unit)
	}
	var why []string
	if c.Sets < WorkingSets {
		why = append(why, fmt.Sprintf("it never has more than %d set: give dose_max sets %d or more", c.Sets, WorkingSets))
	}
	switch {
	case e.Isometric() && d.Seconds > 0:
		if !meets(d.Seconds, c.Seconds, WorkingHoldMin, WorkingHoldMax) {
			why = append(why, fmt.Sprintf("its holds last %s, and a working hold lasts %d to %d s: bring dose or dose_max seconds into that range",
				span(d.Seconds, c.Seconds, " s"), WorkingHoldMin, WorkingHoldMax))
		}
	case e.Isometric():
		if !meets(d.Reps, c.Reps, 1, WorkingHoldsMax) {
			why = append(why, fmt.Sprintf("it holds %s times a set, and an isometric set is 1 to %d holds: give fewer reps, each held longer",
				span(d.Reps, c.Reps, ""), WorkingHoldsMax))
		}
		if !meets(d.HoldSeconds, c.HoldSeconds, WorkingHoldMin, WorkingHoldMax) {
			why = append(why, fmt.Sprintf("its holds last %s, and a working hold lasts %d to %d s: give dose_max hold_seconds of %d or more",
				span(d.HoldSeconds, c.HoldSeconds, " s"), WorkingHoldMin, WorkingHoldMax, WorkingHoldMin))
		}
	default:
		lo, kind := WorkingRepsMin, ""
		if e.Weighted() || e.SingleLeg() {
			lo, kind = WorkingRepsLoaded, " (an entry with a weight or on one leg)"
		}
		if !meets(d.Reps, c.Reps, lo, WorkingRepsMax) {
			why = append(why, fmt.Sprintf("it has %s reps a set, and a working set%s has %d to %d: bring dose or dose_max reps into that range",
				span(d.Reps, c.Reps, ""), kind, lo, WorkingRepsMax))
		}
	}
	if len(why) == 0 {
		return problem{}, false
	}
	where, ceiling := at("dose_max"), "dose_max"
	if e.DoseMax == nil {
		where = at("dose")
		ceiling = fmt.Sprintf("the default ceiling (no dose_max: %d sets and %g times the starting work a set, within %d reps and %d s holds)",
			CeilingSets, CeilingWork, CeilingReps, CeilingHoldSeconds)
	}
	return problem{pointer: where, note: true, message: fmt.Sprintf(
		"between its dose and %s this strengthening entry never reaches a dose that works (rule 16): %s",
		ceiling, strings.Join(why, "; "))}, true
}

// Languages lists the codes of the languages gluteplan speaks: a plan is
// made in one of them, and prints an entry's translation into it. The list
// repeats the codes of the planner's languages (package planner/locale),
// which the catalog cannot import, as data flows from the catalog to the
// planner and never back; a test of this package pins that the two agree.
var Languages = []string{"en", "de"}

// translationNotes notes what in an entry's translations a plan would
// never print, or print differently from the entry: a language gluteplan
// does not speak, and steps that are not the entry's steps one for one.
// The schema checks each translation's fields.
func translationNotes(e Exercise, at func(...string) string) []problem {
	var probs []problem
	for _, code := range slices.Sorted(maps.Keys(e.Translations)) {
		t := e.Translations[code]
		if !slices.Contains(Languages, code) {
			probs = append(probs, problem{pointer: at("translations", code), key: true, note: true, message: fmt.Sprintf(
				"gluteplan does not speak %q (it speaks %s), so no plan prints this translation: check the code, or keep it for a later version",
				code, strings.Join(Languages, " and "))})
		}
		if len(t.Steps) != len(e.Steps) {
			probs = append(probs, problem{pointer: at("translations", code, "steps"), note: true, message: fmt.Sprintf(
				"the %q translation has %d steps and the entry %d: translate the steps one for one, so a person does the same in either language",
				code, len(t.Steps), len(e.Steps))})
		}
	}
	return probs
}

// crossingPatterns find, in lower-case text, the positions that squeeze the
// outer hip: legs crossed, an ankle over the other knee, a figure four, the
// thigh pulled across the body. A few German phrases are there too, as
// coaches write catalogs in their own language. Each pattern runs only on
// text that holds its word and, of each list in also, at least one word
// (each a word the pattern cannot match without): most text holds none,
// and a substring search costs far less than a regular expression
// (validation stays linear and quick on large files).
var crossingPatterns = []struct {
	word string
	also [][]string
	re   *regexp.Regexp
}{
	{"cross", [][]string{{"leg", "ankle", "knee", "thigh", "shin", "foot", "feet"}},
		regexp.MustCompile(`\bcross(es|ed|ing)?\b[^.;:,]{0,20}\b(legs?|ankles?|knees?|thighs?|shins?|foot|feet)\b`)},
	{"crossed", [][]string{{"leg", "ankle", "knee"}}, regexp.MustCompile(`\b(legs?|ankles?|knees?)\s+crossed\b`)},
	{"other", [][]string{{"ankle", "foot", "shin"}, {"knee", "thigh"}},
		regexp.MustCompile(`\b(ankle|foot|shin)\b[^.;:]{0,30}\b(over|on|across|onto)\b[^.;:]{0,20}\bother\s+(knee|thigh)\b`)},
	{"opposite", [][]string{{"ankle", "foot", "shin"}, {"knee", "thigh"}},
		regexp.MustCompile(`\b(ankle|foot|shin)\b[^.;:]{0,30}\b(over|on|across|onto)\b[^.;:]{0,20}\bopposite\s+(knee|thigh)\b`)},
	{"figure", [][]string{{"four", "4"}}, regexp.MustCompile(`\bfigure[- ]?(four|4)\b`)},
	{"across", [][]string{{"body", "chest", "midline"}}, regexp.MustCompile(`\bacross\s+(the|your)\s+(body|chest|midline)\b`)},
	{"shoulder", [][]string{{"opposite", "other"}}, regexp.MustCompile(`\b(opposite|other)\s+shoulder\b`)},
	{"across", [][]string{{"pull"}}, regexp.MustCompile(`\bpull\w*\b[^.;:]{0,30}\bacross\b`)},
	// German: crossed or crossing legs (not "Kreuz" alone, the lower
	// back), an ankle on the other knee, across the body, a figure four.
	{"kreuz", nil, regexp.MustCompile(`(gekreuzt|überkreuz|kreuzen|kreuzt)`)},
	{"über", nil, regexp.MustCompile(`(überschlag|über das andere knie)`)},
	{"ander", [][]string{{"knöchel", "fuß", "fuss", "unterschenkel", "schienbein"}, {"knie", "oberschenkel"}},
		regexp.MustCompile(`(knöchel|fuß|fuss|unterschenkel|schienbein)[^.;:]{0,40}\b(über|auf)\s+(das|dem|den)\s+andere[nm]?\s+(knie|oberschenkel)`)},
	{"gegenüber", [][]string{{"knöchel", "fuß", "fuss", "unterschenkel", "schienbein"}, {"knie", "oberschenkel"}},
		regexp.MustCompile(`(knöchel|fuß|fuss|unterschenkel|schienbein)[^.;:]{0,40}\b(über|auf)\s+(das|dem|den)\s+gegenüberliegende[nm]?\s+(knie|oberschenkel)`)},
	{"körper", [][]string{{"über"}}, regexp.MustCompile(`(quer\s+)?über\s+(den|deinen|ihren|die)\s+(körper|körpermitte)`)},
	{"schulter", [][]string{{"zur"}}, regexp.MustCompile(`zur\s+(gegenüberliegenden|anderen)\s+schulter`)},
	{"vier", nil, regexp.MustCompile(`((figur|zahl|ziffer)\s*(vier|4)\b|\bvierer)`)},
}

// holdsOneOfEach reports whether s holds at least one word of each list.
func holdsOneOfEach(s string, lists [][]string) bool {
	for _, words := range lists {
		if !slices.ContainsFunc(words, func(w string) bool { return strings.Contains(s, w) }) {
			return false
		}
	}
	return true
}

// negation, just before a phrase, says the text warns against the position
// rather than asks for it ("not across your body", "without crossing",
// "ohne die Beine zu kreuzen").
var negation = regexp.MustCompile(`\b(without|not|no|never|don't|do not|avoid|avoiding|instead of|ohne|nicht|kein|keine)\s+([\p{L}']+\s+){0,3}$`)

// crossingText returns where in e's name, steps or cues a crossing position
// is described, and the phrase, or "" when none is.
func crossingText(e Exercise) (where, phrase string) {
	var buf []byte
	// find returns the crossing phrase s holds, or "". Most texts are
	// ASCII: they are lowered into buf, not into a new string each.
	find := func(s string) string {
		lower := ""
		if isASCII(s) {
			buf = append(buf[:0], s...)
			for i, c := range buf {
				if 'A' <= c && c <= 'Z' {
					buf[i] = c + 'a' - 'A'
				}
			}
			lower = unsafe.String(unsafe.SliceData(buf), len(buf)) // used only within find
		} else {
			lower = strings.ToLower(s)
		}
		for _, p := range crossingPatterns {
			if !strings.Contains(lower, p.word) || !holdsOneOfEach(lower, p.also) {
				continue
			}
			for _, m := range p.re.FindAllStringIndex(lower, -1) {
				if negation.MatchString(lower[:m[0]]) {
					continue
				}
				return s[m[0]:m[1]]
			}
		}
		return ""
	}
	// texts looks through a name, steps and cues in order, each named
	// with prefix ("" for the entry's own, `"de" ` for a translation's).
	texts := func(prefix, name string, steps, cues []string) (string, string) {
		if p := find(name); p != "" {
			if prefix == "" {
				return "the name", p
			}
			return "the " + prefix + "name", p
		}
		for i, s := range steps {
			if p := find(s); p != "" {
				return fmt.Sprintf("%sstep %d", prefix, i+1), p
			}
		}
		for i, s := range cues {
			if p := find(s); p != "" {
				return fmt.Sprintf("%scue %d", prefix, i+1), p
			}
		}
		return "", ""
	}
	if where, phrase := texts("", e.Name, e.Steps, e.Cues); phrase != "" {
		return where, phrase
	}
	for _, code := range slices.Sorted(maps.Keys(e.Translations)) {
		t := e.Translations[code]
		if where, phrase := texts(fmt.Sprintf("%q ", code), t.Name, t.Steps, t.Cues); phrase != "" {
			return where, phrase
		}
	}
	return "", ""
}

// Crosses reports whether e's name, steps or cues, in any language, ask
// for a crossing position: legs crossed, an ankle over the other knee, a
// figure four, the thigh pulled across the body (the words validation
// reads to note a missing hip_compression).
func Crosses(e Exercise) bool {
	_, phrase := crossingText(e)
	return phrase != ""
}

// FootOnKnee reports whether the crossing position e asks for (see
// [Crosses]) is a foot or ankle on the other knee, a figure four, rather
// than legs crossed or a thigh pulled across the body: the catalog sheet
// gives it its own reason (twenty-third German reading: in a figure four
// only the lower leg crosses the middle).
func FootOnKnee(e Exercise) bool {
	_, phrase := crossingText(e)
	return footWords.MatchString(strings.ToLower(phrase))
}

// footWords are the words of a crossing phrase that put a foot, an ankle
// or a shin on the other leg, or name a figure four.
var footWords = regexp.MustCompile(`ankle|foot|shin|figure|knöchel|fuß|fuss|unterschenkel|schienbein|über das andere knie|figur|zahl|ziffer|vierer`)

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// loopProblems reports each chain of progressions that comes back to where
// it started and passes through an entry of c, once, at the first such
// entry in the file. Entries that progress to themselves are reported
// apart.
func loopProblems(c, merged *Catalog, ptr func(int, ...string) string) []problem {
	next := make(map[string]string, len(merged.Exercises))
	for _, e := range merged.Exercises {
		if e.Progression != "" && e.Progression != e.ID {
			next[e.ID] = e.Progression
		}
	}
	inFile := make(map[string]int, len(c.Exercises))
	for i, e := range c.Exercises {
		if _, ok := inFile[e.ID]; !ok {
			inFile[e.ID] = i
		}
	}
	const (
		unseen = iota
		onPath
		done
	)
	state := make(map[string]int, len(merged.Exercises))
	var probs []problem
	for _, e := range merged.Exercises {
		if state[e.ID] != unseen {
			continue
		}
		var path []string
		id := e.ID
		for id != "" && state[id] == unseen {
			state[id] = onPath
			path = append(path, id)
			id = next[id]
		}
		if id != "" && state[id] == onPath {
			// path from id onward is a loop.
			start := 0
			for path[start] != id {
				start++
			}
			loop := path[start:]
			firstIdx, firstID := -1, ""
			for _, l := range loop {
				if i, ok := inFile[l]; ok && (firstIdx < 0 || i < firstIdx) {
					firstIdx, firstID = i, l
				}
			}
			if firstIdx >= 0 {
				// Show the loop from the entry reported.
				k := 0
				for loop[k] != firstID {
					k++
				}
				shown := append(append([]string{}, loop[k:]...), loop[:k]...)
				shown = append(shown, firstID)
				probs = append(probs, problem{pointer: ptr(firstIdx, "progression"), message: fmt.Sprintf(
					"progressions loop: %s: end the chain at the hardest variant", strings.Join(shown, " → "))})
			}
		}
		for _, p := range path {
			state[p] = done
		}
	}
	return probs
}
