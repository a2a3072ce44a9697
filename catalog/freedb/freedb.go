// Package freedb converts entries of the open free-exercise-db dataset
// (github.com/yuhonas/free-exercise-db, text under the Unlicense) into
// gluteplan catalog entries.
//
// Everything the dataset says and gluteplan can use is mapped: category,
// level, equipment, targets, instructions (as steps), name, and where the
// entry comes from. What the dataset cannot say (the dose, the glute load,
// whether the position squeezes the outer hip, why the entry helps sore
// glutes, sometimes the position) is written as a placeholder that fails
// validation on purpose, and listed for review, so that nothing unknown
// reaches a plan by accident. Entries gluteplan cannot use at home
// (machines, barbells, partner drills, jumps, cardio, strongman, Olympic
// lifting) are left out with the reason. Images are never imported: the
// dataset's photos are not public domain.
package freedb

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/catalog/document"
)

// MaxBytes is the largest dataset file read: the whole dataset is about
// 1 MiB.
const MaxBytes = 32 << 20

// License is the licence of the dataset's text, written into every entry.
const License = "Unlicense (public domain)"

// Entry is one exercise of the dataset, as its JSON gives it.
type Entry struct {
	ID               string
	Name             string
	Force            string
	Level            string
	Mechanic         string
	Equipment        string
	PrimaryMuscles   []string
	SecondaryMuscles []string
	Instructions     []string
	Category         string
	Images           []string
}

// Read reads a dataset file: a JSON list of entries (a .json file; YAML
// and comments are read too). A value of the wrong kind is a finding at
// its place; fields gluteplan does not use are not checked.
func Read(file string, data []byte) ([]Entry, []document.Finding) {
	if len(data) > MaxBytes {
		return nil, []document.Finding{{File: file, Line: 1, Col: 1, Message: fmt.Sprintf(
			"the file is %d bytes, over the limit of %d for the dataset: is it the right file?", len(data), MaxBytes)}}
	}
	d, fs := document.Read("", file, data)
	if len(fs) > 0 {
		return nil, fs
	}
	list, ok := d.Value().([]any)
	if !ok {
		return nil, []document.Finding{d.Finding("", "not the free-exercise-db dataset: it is a list of exercises, [{\"id\": ..., \"name\": ...}, ...] (the file dist/exercises.json of the dataset)")}
	}
	var out []Entry
	var probs []document.Unplaced
	problem := func(pointer, msg string) {
		probs = append(probs, document.Unplaced{Pointer: pointer, Message: msg})
	}
	for i, v := range list {
		at := "/" + strconv.Itoa(i)
		m, ok := v.(map[string]any)
		if !ok {
			problem(at, fmt.Sprintf("entry %d is not an object ({...})", i+1))
			continue
		}
		var e Entry
		text := func(name string, dst *string, required bool) {
			switch x := m[name].(type) {
			case string:
				*dst = x
			case nil:
				if required {
					problem(at, fmt.Sprintf("entry %d has no %q", i+1, name))
				}
			default:
				problem(at+"/"+name, fmt.Sprintf("%q must be text or null", name))
			}
		}
		list := func(name string, dst *[]string) {
			switch x := m[name].(type) {
			case []any:
				for k, s := range x {
					str, ok := s.(string)
					if !ok {
						problem(fmt.Sprintf("%s/%s/%d", at, name, k), fmt.Sprintf("the items of %q must be text", name))
						continue
					}
					*dst = append(*dst, str)
				}
			case nil:
			default:
				problem(at+"/"+name, fmt.Sprintf("%q must be a list of texts", name))
			}
		}
		text("id", &e.ID, true)
		text("name", &e.Name, true)
		text("force", &e.Force, false)
		text("level", &e.Level, false)
		text("mechanic", &e.Mechanic, false)
		text("equipment", &e.Equipment, false)
		text("category", &e.Category, false)
		list("primaryMuscles", &e.PrimaryMuscles)
		list("secondaryMuscles", &e.SecondaryMuscles)
		list("instructions", &e.Instructions)
		list("images", &e.Images)
		out = append(out, e)
	}
	// Placed all at once: one pass over the file, however many there are.
	if fs := d.Place(probs); len(fs) > 0 {
		return nil, fs
	}
	return out, nil
}

// Imported is an entry converted, with what a reviewer must fill in.
type Imported struct {
	// From is the dataset entry's id.
	From string
	// Exercise holds what could be mapped. Fields named in Review are
	// written as placeholders, whatever Exercise holds for them.
	Exercise catalog.Exercise
	// Review names the fields to fill in, in the order of the entry.
	Review []string
}

// Left is an entry left out, and why.
type Left struct {
	From, Name, Reason string
}

// Result is the outcome of a conversion.
type Result struct {
	Imported []Imported
	Left     []Left
	// Notes say what is worth knowing about the dataset and leaves the
	// result sound: an id two of its entries share.
	Notes []string
}

// Fields that are always to review, and their placeholders: values that
// fail validation and say what to write.
const (
	reviewDose     = "dose"
	reviewLoad     = "glute_load"
	reviewHip      = "hip_compression"
	reviewPosition = "position"
	reviewWhy      = "why"
	reviewSteps    = "steps"
	reviewEquip    = "equipment"
)

var placeholders = map[string]string{
	reviewDose:     `"REVIEW: an object with sets, and reps or seconds"`,
	reviewLoad:     `"REVIEW: hard-set equivalents per set for the glutes, 0 to 2"`,
	reviewHip:      `"REVIEW: true if it squeezes the outer hip (lying on the side, crossing the legs, pulling the thigh across), else false"`,
	reviewPosition: `"REVIEW: standing, single_leg_standing, seated, floor_seated, supine, prone, side_lying, quadruped or kneeling"`,
	reviewWhy:      `""`,
	reviewEquip:    `"REVIEW: the dataset says other: list what it needs, [] for nothing"`,
}

// Convert maps dataset entries onto catalog entries, in the dataset's
// order; the same entries give the same result.
func Convert(entries []Entry) Result {
	var r Result
	ids := uniqueIDs{used: map[string]bool{}, next: map[string]int{}}
	seen := make(map[string]int, len(entries)) // dataset id: its entry, from 1
	for i, e := range entries {
		if j, ok := seen[e.ID]; ok && e.ID != "" {
			r.Notes = append(r.Notes, fmt.Sprintf("entries %d and %d of the dataset have the same id %s: each is imported under an id of its own; check that they are not one exercise twice", j, i+1, document.Quote(e.ID)))
		} else {
			seen[e.ID] = i + 1
		}
		if reason := unusable(e); reason != "" {
			r.Left = append(r.Left, Left{From: e.ID, Name: e.Name, Reason: reason})
			continue
		}
		targets := mapTargets(e)
		if len(targets) == 0 {
			r.Left = append(r.Left, Left{From: e.ID, Name: e.Name, Reason: "works none of the muscles gluteplan plans for (" + strings.Join(muscles(e), ", ") + ")"})
			continue
		}
		x := catalog.Exercise{
			ID:        ids.make(MakeID(e.Name, e.ID)),
			Name:      shorten(name(e), 80),
			Targets:   targets,
			Equipment: []catalog.Equipment{},
			Level:     mapLevel(e.Level),
			Source:    shorten("free-exercise-db (github.com/yuhonas/free-exercise-db), entry "+e.ID, 300),
			License:   License,
		}
		var review []string
		switch {
		case e.Equipment == "foam roll":
			x.Category = catalog.MyofascialRelease
			x.Equipment = []catalog.Equipment{catalog.FoamRoller}
		case e.Category == "stretching":
			x.Category = catalog.StaticStretch
		default:
			x.Category = catalog.Activation
		}
		if eq, ok := equipment[e.Equipment]; ok && eq != "" {
			if !slices.Contains(x.Equipment, eq) {
				x.Equipment = append(x.Equipment, eq)
			}
		}
		if e.Equipment == "other" {
			review = append(review, reviewEquip)
		}
		if pos, ok := guessPosition(e); ok {
			x.Position = pos
		} else {
			review = append(review, reviewPosition)
		}
		review = append(review, reviewDose)
		if x.Category == catalog.Activation {
			review = append(review, reviewLoad)
		}
		review = append(review, reviewHip)
		x.Steps = steps(e.Instructions)
		if len(x.Steps) < 2 {
			review = append(review, reviewSteps)
		}
		review = append(review, reviewWhy)
		r.Imported = append(r.Imported, Imported{From: e.ID, Exercise: x, Review: review})
	}
	return r
}

// unusable says why gluteplan cannot use e at home, or "".
func unusable(e Entry) string {
	switch e.Category {
	case "plyometrics":
		return "a jumping drill (plyometrics): too hard on sore glutes for a home program"
	case "cardio":
		return "a cardio exercise, not stretching, activation or release"
	case "strongman":
		return "a strongman event: needs heavy implements"
	case "olympic weightlifting":
		return "an Olympic lift: needs a barbell and coaching"
	}
	switch e.Equipment {
	case "machine":
		return "needs a machine"
	case "cable":
		return "needs a cable machine"
	case "barbell", "e-z curl bar":
		return "needs a barbell"
	case "medicine ball":
		return "needs a medicine ball, which gluteplan does not list"
	}
	if _, ok := equipment[e.Equipment]; !ok {
		return fmt.Sprintf("needs %q, which gluteplan does not list", e.Equipment)
	}
	text := strings.ToLower(e.Name + " " + strings.Join(e.Instructions, " "))
	if strings.Contains(text, "partner") {
		return "a partner drill: needs a second person"
	}
	return ""
}

// equipment maps the dataset's equipment onto gluteplan's; "" maps to
// nothing needed.
var equipment = map[string]catalog.Equipment{
	"":              "",
	"body only":     "",
	"other":         "",
	"bands":         catalog.ResistanceBand,
	"dumbbell":      catalog.Dumbbell,
	"kettlebells":   catalog.Kettlebell,
	"exercise ball": catalog.ExerciseBall,
	"foam roll":     catalog.FoamRoller,
}

// targetOf maps the dataset's muscles onto gluteplan's targets.
var targetOf = map[string]catalog.Target{
	"glutes":      catalog.GluteusMaximus,
	"abductors":   catalog.GluteusMedius,
	"adductors":   catalog.Adductors,
	"hamstrings":  catalog.Hamstrings,
	"quadriceps":  catalog.Quadriceps,
	"lower back":  catalog.LowerBack,
	"abdominals":  catalog.Core,
	"hip flexors": catalog.HipFlexors,
}

// name is the entry's name on one line, or its id when the name is empty.
func name(e Entry) string {
	if n := oneLine(e.Name); n != "" {
		return n
	}
	if n := oneLine(e.ID); n != "" {
		return n
	}
	return "Unnamed entry"
}

func mapTargets(e Entry) []catalog.Target {
	var out []catalog.Target
	for _, m := range slices.Concat(e.PrimaryMuscles, e.SecondaryMuscles) {
		if t, ok := targetOf[strings.ToLower(strings.TrimSpace(m))]; ok && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

func muscles(e Entry) []string {
	ms := slices.Concat(e.PrimaryMuscles, e.SecondaryMuscles)
	if len(ms) == 0 {
		return []string{"none named"}
	}
	return ms
}

func mapLevel(l string) catalog.Level {
	switch l {
	case "intermediate":
		return catalog.Intermediate
	case "expert":
		return catalog.Advanced
	}
	return catalog.Beginner
}

// guessPosition reads the position from the name and instructions when
// they name exactly one.
func guessPosition(e Entry) (catalog.Position, bool) {
	// Whole words only: "Kniestand" is no "stand".
	text := " " + strings.Join(strings.FieldsFunc(strings.ToLower(e.Name+" "+strings.Join(e.Instructions, " ")), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ") + " "
	clues := []struct {
		pos   catalog.Position
		words []string
	}{
		{catalog.SideLying, []string{"side lying", "lie on your side", "lying on your side"}},
		{catalog.Supine, []string{"lie on your back", "lying on your back", "supine", "lie flat on your back"}},
		{catalog.Prone, []string{"lie on your stomach", "lying on your stomach", "prone", "face down"}},
		{catalog.Quadruped, []string{"all fours", "hands and knees", "quadruped"}},
		{catalog.Kneeling, []string{"kneel", "kneeling", "half kneeling"}},
		{catalog.SingleLegStanding, []string{"single leg", "one leg", "one legged"}},
		{catalog.Seated, []string{"seated", "sit on a chair", "sit on a bench", "sitting on a chair"}},
		{catalog.FloorSeated, []string{"sit on the floor", "seated on the floor", "sitting on the floor"}},
		{catalog.Standing, []string{"standing", "stand"}},
	}
	var found []catalog.Position
	for _, c := range clues {
		for _, w := range c.words {
			if strings.Contains(text, " "+w+" ") {
				found = append(found, c.pos)
				break
			}
		}
	}
	// Seated on the floor says seated too; single-leg work says standing.
	if slices.Contains(found, catalog.FloorSeated) {
		found = slices.DeleteFunc(found, func(p catalog.Position) bool { return p == catalog.Seated })
	}
	if slices.Contains(found, catalog.SingleLegStanding) {
		found = slices.DeleteFunc(found, func(p catalog.Position) bool { return p == catalog.Standing })
	}
	if len(found) == 1 {
		return found[0], true
	}
	return "", false
}

// steps keeps the instructions that hold text, one step each; a single
// instruction of several sentences becomes a step per sentence.
func steps(in []string) []string {
	var out []string
	for _, s := range in {
		if s = oneLine(s); s != "" {
			out = append(out, s)
		}
	}
	if len(out) == 1 {
		var parts []string
		for _, p := range strings.SplitAfter(out[0], ". ") {
			if p = strings.TrimSpace(p); p != "" {
				parts = append(parts, p)
			}
		}
		if len(parts) > 1 {
			out = parts
		}
	}
	return out
}

// MakeID makes a gluteplan id from a name, as [document.SuggestID] does
// (letters written alike made one first, so the ligature "ﬁ" is "fi";
// lower-case ASCII words joined by hyphens, umlauts spelt out), at most
// 60 characters; from fallback when the name has no letter or digit to
// keep, and "entry" when neither has.
func MakeID(name, fallback string) string {
	for _, s := range []string{name, fallback} {
		id := document.SuggestID(s)
		if id == "" && idPattern.MatchString(s) {
			id = s // already an id
		}
		if len(id) > 60 {
			id = strings.TrimRight(id[:60], "-")
		}
		if id != "" {
			return id
		}
	}
	return "entry"
}

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// uniqueIDs hands out ids no entry of the import has yet: the id itself,
// or with -2, -3 ... after it. It remembers where each id's count got to,
// so that ten thousand entries of one name take linear time, not the
// square of it.
type uniqueIDs struct {
	used map[string]bool
	next map[string]int // the number to try next after id
}

func (u uniqueIDs) make(id string) string {
	out := id
	n := max(u.next[id], 2)
	for u.used[out] {
		out = fmt.Sprintf("%s-%d", id, n)
		n++
	}
	u.next[id] = n
	u.used[out] = true
	return out
}

func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

// Explain lists, in words, what a reviewer must fill in for each entry and
// which entries were left out and why. lines, when not nil, gives the line
// of each imported entry in the written file.
func (r Result) Explain(lines []int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s imported, %s left out.\n", count(len(r.Imported), "entry", "entries"), count(len(r.Left), "entry", "entries"))
	if len(r.Imported) > 0 {
		b.WriteString("\nTo fill in before the catalog validates (every REVIEW value and empty why):\n")
		for i, im := range r.Imported {
			where := ""
			if lines != nil {
				where = fmt.Sprintf(" (line %d)", lines[i])
			}
			fmt.Fprintf(&b, "  %s%s: %s\n", im.Exercise.ID, where, strings.Join(im.Review, ", "))
		}
	}
	if len(r.Left) > 0 {
		b.WriteString("\nLeft out:\n")
		for _, l := range r.Left {
			fmt.Fprintf(&b, "  %s (%s): %s\n", oneLine(l.Name), oneLine(l.From), l.Reason)
		}
	}
	if len(r.Notes) > 0 {
		b.WriteString("\nNotes:\n")
		for _, n := range r.Notes {
			fmt.Fprintf(&b, "  %s\n", n)
		}
	}
	b.WriteString("\nImages are not imported: the dataset's photos are not public domain.\n")
	return b.String()
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// oneLine keeps text from another file on one line of a comment or a
// terminal: control characters become spaces.
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// JSONCLines writes the result as a catalog file in JSON with comments: a
// comment at the top says where the entries come from and lists what to
// fill in per entry, with its line; placeholders fail validation until
// they are filled in. from names the dataset file in the comment. It also
// returns the line where each imported entry starts in the file, for
// [Result.Explain].
func (r Result) JSONCLines(from string) ([]byte, []int) {
	body, starts := r.body()
	header := func(lines []int) []byte {
		var b bytes.Buffer
		b.WriteString("// Imported by gluteplan catalog import from the free-exercise-db dataset (" + oneLine(from) + ").\n")
		b.WriteString("// Its text is public domain (Unlicense); its photos are not, so no image was imported.\n")
		b.WriteString("// Values starting \"REVIEW\" and empty \"why\" texts fail gluteplan validate on purpose:\n")
		b.WriteString("// fill them in, check every entry, then run gluteplan validate on this file.\n//\n")
		for _, l := range strings.Split(strings.TrimRight(r.Explain(lines), "\n"), "\n") {
			b.WriteString(strings.TrimRight("// "+l, " ") + "\n")
		}
		return b.Bytes()
	}
	n := bytes.Count(header(make([]int, len(r.Imported))), []byte("\n"))
	lines := make([]int, len(starts))
	for i, s := range starts {
		lines[i] = n + s
	}
	return append(header(lines), body...), lines
}

// body writes the catalog object and returns the line (from 1) where each
// entry starts within it.
func (r Result) body() ([]byte, []int) {
	var b bytes.Buffer
	b.WriteString("{\n  \"exercises\": [")
	var starts []int
	// Lines are counted as the buffer grows, not from its start for each
	// entry: that took time with the square of the entries.
	line, counted := 1, 0
	for i, im := range r.Imported {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n    {\n")
		line += bytes.Count(b.Bytes()[counted:], []byte("\n"))
		counted = b.Len()
		starts = append(starts, line)
		writeEntry(&b, im)
		b.WriteString("    }")
	}
	if len(r.Imported) > 0 {
		b.WriteString("\n  ")
	}
	b.WriteString("]\n}\n")
	return b.Bytes(), starts
}

func writeEntry(b *bytes.Buffer, im Imported) {
	x := im.Exercise
	review := func(f string) bool { return slices.Contains(im.Review, f) }
	var fields [][2]string
	add := func(name string, v any) {
		if p, ok := placeholders[name]; ok && review(name) {
			fields = append(fields, [2]string{name, p})
			return
		}
		fields = append(fields, [2]string{name, jsonValue(v)})
	}
	add("id", x.ID)
	add("name", x.Name)
	add("category", x.Category)
	add("targets", x.Targets)
	add("equipment", x.Equipment)
	add("level", x.Level)
	add("position", x.Position)
	add("dose", x.Dose)
	add("glute_load", x.GluteLoad)
	add("hip_compression", x.HipCompression)
	add("steps", x.Steps)
	add("why", x.Why)
	add("source", x.Source)
	add("license", x.License)
	for i, f := range fields {
		fmt.Fprintf(b, "      %q: %s", f[0], f[1])
		if i < len(fields)-1 {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
}

// jsonValue writes v for the output: lists of text one item a line, as a
// person edits them; short lists of names on one line.
func jsonValue(v any) string {
	quote := func(x any) string {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		enc.Encode(x)
		return strings.TrimSuffix(b.String(), "\n")
	}
	switch x := v.(type) {
	case []string:
		if len(x) == 0 {
			return quote(x)
		}
		items := make([]string, len(x))
		for i, s := range x {
			items[i] = quote(s)
		}
		return "[\n        " + strings.Join(items, ",\n        ") + "\n      ]"
	case []catalog.Target:
		items := make([]string, len(x))
		for i, s := range x {
			items[i] = quote(s)
		}
		return "[" + strings.Join(items, ", ") + "]"
	case []catalog.Equipment:
		items := make([]string, len(x))
		for i, s := range x {
			items[i] = quote(s)
		}
		return "[" + strings.Join(items, ", ") + "]"
	}
	return quote(v)
}
