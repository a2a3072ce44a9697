package catalog

import (
	"encoding/json"
	"github.com/gluteplan/gluteplan/catalog/document"
	"slices"
	"strings"
	"testing"
)

// stretch writes a valid static stretch with the given id, changed by kv
// pairs as [ex] does.
func stretch(id string, kv ...string) string {
	base := []string{
		"name", `"Knee toward the same shoulder"`,
		"category", `"static_stretch"`,
		"targets", `["piriformis"]`,
		"dose", `{"sets": 3, "seconds": 30, "per_side": true}`,
		"glute_load", `0`,
		"steps", `["Lie on your back.", "Draw one knee toward the shoulder on the same side and hold."]`,
	}
	return ex(id, append(base, kv...)...)
}

// TestSemanticV2 pins the version-2 checks of single entries: static
// stretches, and the note for a stretch that speaks of crossing the legs.
func TestSemanticV2(t *testing.T) {
	tests := []struct {
		name string
		data string
		want string
	}{
		{"static stretch", doc(stretch("a")), ""},
		{"static stretch with reps", doc(stretch("a", "dose", `{"sets": 2, "reps": 8}`)),
			"f.json:2:199: /exercises/0/dose/reps: a static stretch is a timed hold: give seconds (15 to 60) instead of reps, or make it a dynamic_stretch\n"},
		{"static stretch too short", doc(stretch("a", "dose", `{"sets": 2, "seconds": 10}`)),
			"f.json:2:202: /exercises/0/dose/seconds: a static stretch is held 15 to 60 seconds, not 10: give seconds between 15 and 60 (more sets for a longer stretch)\n"},
		{"static stretch too long", doc(stretch("a", "dose", `{"sets": 1, "seconds": 90}`)),
			"f.json:2:202: /exercises/0/dose/seconds: a static stretch is held 15 to 60 seconds, not 90: give seconds between 15 and 60 (more sets for a longer stretch)\n"},
		{"static stretch bounds are inclusive", doc(stretch("a", "dose", `{"sets": 1, "seconds": 15}`), stretch("b", "dose", `{"sets": 1, "seconds": 60}`)), ""},
		{"static stretch with a load", doc(stretch("a", "glute_load", `0.5`)),
			"f.json:2:239: /exercises/0/glute_load: a stretch is no training volume: set glute_load to 0\n"},
		{"figure four said uncrossed", doc(stretch("a", "name", `"Figure-four stretch"`)),
			"f.json:2:251: /exercises/0/hip_compression: note: the name speaks of crossing the legs or pulling the leg across the body (\"Figure-four\") while hip_compression is false: set it to true if the position squeezes the outer hip, so plans for outer-hip tendon pain leave it out\n"},
		{"ankle over knee said uncrossed", doc(stretch("a", "steps", `["Lie on your back.", "Rest one ankle on the opposite knee and hold."]`)),
			"f.json:2:261: /exercises/0/hip_compression: note: step 2 speaks of crossing the legs or pulling the leg across the body (\"ankle on the opposite knee\") while hip_compression is false: set it to true if the position squeezes the outer hip, so plans for outer-hip tendon pain leave it out\n"},
		{"thigh pulled across the body", doc(stretch("a", "category", `"dynamic_stretch"`, "dose", `{"sets": 1, "reps": 8}`, "cues", `["Pull the knee across your body."]`)),
			"f.json:2:240: /exercises/0/hip_compression: note: cue 1 speaks of crossing the legs or pulling the leg across the body (\"across your body\") while hip_compression is false: set it to true if the position squeezes the outer hip, so plans for outer-hip tendon pain leave it out\n"},
		{"crossed legs in German", doc(stretch("a", "steps", `["Leg dich auf den Rücken.", "Die Beine gekreuzt halten."]`)),
			"f.json:2:261: /exercises/0/hip_compression: note: step 2 speaks of crossing the legs or pulling the leg across the body (\"gekreuzt\") while hip_compression is false: set it to true if the position squeezes the outer hip, so plans for outer-hip tendon pain leave it out\n"},
		{"crossing said true", doc(stretch("a", "name", `"Figure-four stretch"`, "hip_compression", `true`)), ""},
		{"crossing warned against", doc(stretch("a", "cues", `["Keep the knee in line, not across your body.", "Do this without crossing your legs."]`)), ""},
		{"crossing in an activation drill", doc(ex("a", "steps", `["Sit down.", "Cross your legs."]`)), ""},
		{"arms crossed", doc(stretch("a", "cues", `["Cross your arms over your chest."]`)), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, fs := Validate("f.json", []byte(tt.data), nil)
			if got := findingLines(fs); got != tt.want {
				t.Errorf("Validate:\n%s\ngot:\n%s\nwant:\n%s", tt.data, got, tt.want)
			}
			if document.Problems(fs) == 0 && c == nil {
				t.Error("no problems but no catalog")
			}
		})
	}
}

// TestNotesLeaveTheFileValid checks that a note is counted apart, printed
// with "note: " and given the note severity in JSON.
func TestNotesLeaveTheFileValid(t *testing.T) {
	c, fs := Validate("f.json", []byte(doc(stretch("a", "name", `"Figure four"`))), nil)
	if c == nil || len(fs) != 1 || document.Problems(fs) != 0 || fs[0].Severity != document.Note {
		t.Fatalf("catalog %v, findings %v: want the catalog and one note", c, fs)
	}
	if !strings.Contains(fs[0].String(), "/exercises/0/hip_compression: note: the name") {
		t.Errorf("String() = %q", fs[0])
	}
	b, err := json.Marshal(fs[0])
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"severity":"note"`) {
		t.Errorf("JSON %s lacks the note severity", b)
	}
	var back document.Finding
	if err := json.Unmarshal(b, &back); err != nil || back != fs[0] {
		t.Errorf("round trip: %v, %+v", err, back)
	}
	if err := json.Unmarshal([]byte(`{"severity":"warning"}`), &back); err == nil {
		t.Error("unknown severity accepted")
	}
}

// layered validates files in order over layers, as the command line does
// with --catalog, and returns every finding and the merged catalog.
func layered(t *testing.T, withDefault bool, files ...[2]string) (string, *Catalog) {
	t.Helper()
	l := NewLayers(withDefault)
	var all []document.Finding
	for _, f := range files {
		c, fs := l.Validate(f[0], []byte(f[1]))
		all = append(all, fs...)
		if c != nil && document.Problems(fs) == 0 {
			l.Add(c)
		}
	}
	return findingLines(all), l.Catalog()
}

// disabling writes a catalog file that disables ids and holds entries.
func disabling(ids []string, entries ...string) string {
	q := make([]string, len(ids))
	for i, id := range ids {
		q[i] = `"` + id + `"`
	}
	return "{\"disable\": [" + strings.Join(q, ", ") + "],\n\"exercises\": [\n" + strings.Join(entries, ",\n") + "\n]}\n"
}

// TestLayers pins what a file checked over earlier catalogs says: the
// entries it replaces and where they were, the ids it disables, and
// progressions over the merged catalog.
func TestLayers(t *testing.T) {
	const replaces = "a.json:2:8: /exercises/0/id: note: replaces the entry \"glute-bridge\" of the default catalog\n"
	tests := []struct {
		name        string
		withDefault bool
		files       [][2]string
		want        string
	}{
		{"replaces a default entry", true,
			[][2]string{{"a.json", doc(ex("glute-bridge", "progression", `"glute-bridge-march"`))}},
			replaces},
		{"replaces across two custom files", true,
			[][2]string{
				{"a.json", doc(ex("glute-bridge", "progression", `"glute-bridge-march"`), ex("mine"))},
				{"b.json", doc(ex("x"), ex("mine", "level", `"intermediate"`))},
			},
			replaces + "b.json:3:8: /exercises/1/id: note: replaces the entry \"mine\" of a.json:3:1\n"},
		{"an identical copy replaces nothing worth a note", true,
			[][2]string{
				{"a.json", doc(ex("mine"))},
				{"b.json", doc(ex("mine"))},
			},
			""},
		{"no default catalog: nothing to replace", false,
			[][2]string{{"a.json", doc(ex("glute-bridge"))}},
			""},
		{"disable an entry", true,
			[][2]string{{"a.json", disabling([]string{"clamshell"}, ex("x"))}},
			""},
		{"disable an unknown id", true,
			[][2]string{{"a.json", disabling([]string{"clamshel", "zzz-qqq"}, ex("x"))}},
			"a.json:1:14: /disable/0: disable names \"clamshel\", which no earlier catalog has: did you mean \"clamshell\"?\n" +
				"a.json:1:26: /disable/1: disable names \"zzz-qqq\", which no earlier catalog has: use the id of an entry of the default catalog or of an earlier --catalog file (see gluteplan catalog list), or remove it\n"},
		{"disable without a default catalog", false,
			[][2]string{{"a.json", disabling([]string{"clamshell"}, ex("x"))}},
			"a.json:1:14: /disable/0: disable names \"clamshell\", which no earlier catalog has: use the id of an entry of the default catalog or of an earlier --catalog file (see gluteplan catalog list), or remove it\n"},
		{"disable an id of the same file", true,
			[][2]string{{"a.json", disabling([]string{"clamshell"}, ex("clamshell"))}},
			"a.json:1:14: /disable/0: \"clamshell\" is also an entry of this file (line 3): an entry with the same id already replaces the earlier one, so remove it from disable, or remove the entry\n" +
				"a.json:3:8: /exercises/0/id: note: replaces the entry \"clamshell\" of the default catalog\n"},
		{"disable an entry others progress into", true,
			[][2]string{{"a.json", disabling([]string{"single-leg-glute-bridge"}, ex("x"))}},
			"a.json:1:14: /disable/0: note: \"glute-bridge-march\" of the default catalog and \"exercise-ball-bridge\" of the default catalog progress to \"single-leg-glute-bridge\": plans will not progress past it\n"},
		{"progression into an entry this file disables", true,
			[][2]string{{"a.json", disabling([]string{"clamshell"}, ex("x", "progression", `"clamshell"`))}},
			"a.json:3:329: /exercises/0/progression: progression \"clamshell\" names an entry this file disables: name another variant, or remove it\n"},
		{"progression into an entry an earlier file disables", true,
			[][2]string{
				{"a.json", disabling([]string{"clamshell"})},
				{"b.json", doc(ex("x", "progression", `"clamshell"`))},
			},
			"b.json:2:329: /exercises/0/progression: progression \"clamshell\" names an entry disabled by a.json:1:14: name another variant, or remove it\n"},
		{"disable twice", true,
			[][2]string{
				{"a.json", disabling([]string{"clamshell"})},
				{"b.json", disabling([]string{"clamshell"})},
			},
			"b.json:1:14: /disable/0: note: \"clamshell\" is already disabled by a.json:1:14\n"},
		{"an entry added back after it was disabled", true,
			[][2]string{
				{"a.json", disabling([]string{"clamshell"})},
				{"b.json", doc(ex("clamshell", "progression", `"x"`), ex("x"))},
			},
			""},
		{"merged chain goes easier", true,
			[][2]string{{"a.json", doc(ex("hip-thrust-bench"))}},
			"a.json:2:8: /exercises/0/id: note: replaces the entry \"hip-thrust-bench\" of the default catalog\n" +
				"a.json:2:136: /exercises/0/level: level beginner is easier than \"single-leg-glute-bridge\" (intermediate, of the default catalog), which progresses to this entry: make this entry intermediate or harder, or give it an id of its own\n" +
				"a.json:2:136: /exercises/0/level: level beginner is easier than \"weighted-glute-bridge\" (intermediate, of the default catalog), which progresses to this entry: make this entry intermediate or harder, or give it an id of its own\n"},
		{"merged chain over two custom files", true,
			[][2]string{
				{"a.json", doc(ex("hard", "level", `"advanced"`, "progression", `"harder"`), ex("harder", "level", `"advanced"`))},
				{"b.json", doc(ex("harder", "level", `"intermediate"`))},
			},
			"b.json:2:8: /exercises/0/id: note: replaces the entry \"harder\" of a.json:3:1\n" +
				"b.json:2:126: /exercises/0/level: level intermediate is easier than \"hard\" (advanced, of a.json:2:1), which progresses to this entry: make this entry advanced or harder, or give it an id of its own\n"},
		{"merged chain disabled first", true,
			[][2]string{{"a.json", disabling([]string{"single-leg-glute-bridge", "weighted-glute-bridge"}, ex("hip-thrust-bench"))}},
			"a.json:1:14: /disable/0: note: \"glute-bridge-march\" of the default catalog and \"exercise-ball-bridge\" of the default catalog progress to \"single-leg-glute-bridge\": plans will not progress past it\n" +
				"a.json:3:8: /exercises/0/id: note: replaces the entry \"hip-thrust-bench\" of the default catalog\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := layered(t, tt.withDefault, tt.files...)
			if got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

// TestMergeDisable checks that disabled entries leave the merged catalog
// and that chains into them end before them.
func TestMergeDisable(t *testing.T) {
	base := &Catalog{Exercises: []Exercise{
		{ID: "a", Progression: "b"}, {ID: "b", Progression: "c"}, {ID: "c"},
	}}
	m := Merge(base, &Catalog{Disable: []string{"b"}})
	if got := ids(m); !slices.Equal(got, []string{"a", "c"}) {
		t.Errorf("ids = %v, want [a c]", got)
	}
	if e, _ := m.ByID("a"); e.Progression != "" {
		t.Errorf("a progresses to %q, a disabled entry", e.Progression)
	}
	if e, _ := base.ByID("a"); e.Progression != "b" {
		t.Error("Merge changed its base")
	}
	// A later layer adds b back: the chain holds again.
	m = Merge(base, &Catalog{Disable: []string{"b"}}, &Catalog{Exercises: []Exercise{{ID: "b"}}})
	if got := ids(m); !slices.Equal(got, []string{"a", "c", "b"}) {
		t.Errorf("ids = %v, want [a c b]", got)
	}
	if e, _ := m.ByID("a"); e.Progression != "b" {
		t.Errorf("a progresses to %q, want b", e.Progression)
	}
	// The merged catalog of layers leaves out what a file disables.
	_, merged := layered(t, true, [2]string{"a.json", disabling([]string{"clamshell", "foam-roll-glutes"})})
	if _, ok := merged.ByID("clamshell"); ok {
		t.Error("clamshell is still in the merged catalog")
	}
	if len(merged.Exercises) != len(Default().Exercises)-2 {
		t.Errorf("%d entries, want %d", len(merged.Exercises), len(Default().Exercises)-2)
	}
}

func ids(c *Catalog) []string {
	var out []string
	for _, e := range c.Exercises {
		out = append(out, e.ID)
	}
	return out
}

// TestSoundEntriesChecked checks that the semantic problems of entries
// without structural problems show in the same run as the structural
// problems of others, and that nothing is said about the broken entries
// beyond their structural problems.
func TestSoundEntriesChecked(t *testing.T) {
	data := doc(
		ex("a", "level", `"expert"`),
		ex("b", "progression", `"nowhere"`),
		ex("c", "progression", `"a"`),
		stretch("d", "dose", `{"sets": 1, "seconds": 5}`, "progression", `"b"`),
		ex("b"),
	)
	c, fs := Validate("f.json", []byte(data), nil)
	want := "f.json:2:121: /exercises/0/level: unknown value \"expert\": use one of beginner, intermediate, advanced\n" +
		"f.json:3:329: /exercises/1/progression: progression \"nowhere\" names no exercise in this file: use the id of an existing entry, or remove it\n" +
		"f.json:5:202: /exercises/3/dose/seconds: a static stretch is held 15 to 60 seconds, not 5: give seconds between 15 and 60 (more sets for a longer stretch)\n" +
		"f.json:6:8: /exercises/4/id: duplicate id \"b\": entry 2 (line 3) already has it: give each entry its own id\n"
	if got := findingLines(fs); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if c != nil {
		t.Error("a file with structural problems returned a catalog")
	}
	// A "disable" list with a structural problem is left out; entries are
	// still checked.
	data = "{\"disable\": [\"clamshel\", 3], \"exercises\": [\n" + ex("x", "progression", `"nowhere"`) + "\n]}"
	_, fs = Validate("f.json", []byte(data), Default())
	if n := len(fs); n != 2 || !strings.Contains(fs[0].Message, "must be text") || !strings.Contains(fs[1].Message, "nowhere") {
		t.Errorf("findings:\n%s", findingLines(fs))
	}
}

// TestCrossingTextWhere: crossingText names the text that speaks of
// crossing, in any letter case, looking in the name, the steps, the cues,
// then each translation's, and gives the phrase as written.
func TestCrossingTextWhere(t *testing.T) {
	plain := Exercise{Name: "Seated stretch", Steps: []string{"Sit tall.", "Breathe."}, Cues: []string{"Relax.", "Slowly."}}
	for _, c := range []struct {
		name         string
		edit         func(e *Exercise)
		where, match string
	}{
		{"none", func(e *Exercise) {}, "", ""},
		{"name", func(e *Exercise) { e.Name = "FIGURE-FOUR stretch" }, "the name", "FIGURE-FOUR"},
		{"step", func(e *Exercise) { e.Steps[1] = "Place your Ankle on the other knee." }, "step 2", "Ankle on the other knee"},
		{"cue", func(e *Exercise) { e.Cues[1] = "Pull the knee Across your body." }, "cue 2", "Across your body"},
		{"negated", func(e *Exercise) { e.Cues[0] = "Without crossing your legs." }, "", ""},
		{"translation cue", func(e *Exercise) {
			e.Translations = map[string]Translation{"de": {Name: "Dehnung", Steps: []string{"Sitzen.", "Atmen."}, Cues: []string{"Ruhig.", "Die Beine ÜBERKREUZT halten."}}}
		}, `"de" cue 2`, "ÜBERKREUZ"},
	} {
		e := plain
		e.Steps = slices.Clone(plain.Steps)
		e.Cues = slices.Clone(plain.Cues)
		c.edit(&e)
		where, phrase := crossingText(e)
		if where != c.where || phrase != c.match {
			t.Errorf("%s: got %q %q, want %q %q", c.name, where, phrase, c.where, c.match)
		}
	}
}

// TestCrossingWordsNeeded: each list of words a crossing pattern runs
// only with holds a word of every text the pattern matches, so looking
// for them first leaves out no match. The texts are every text of the
// default catalog (both languages) and phrases each pattern matches.
func TestCrossingWordsNeeded(t *testing.T) {
	texts := []string{
		"cross your legs", "crossing the ankles", "legs crossed", "knees  crossed",
		"place your ankle on the other knee", "rest the shin across the opposite thigh", "foot onto the other thigh",
		"figure four stretch", "figure-4", "figure 4", "across your body", "across the midline", "toward the opposite shoulder",
		"to your other shoulder", "pull the knee across", "pulling it gently across", "beine gekreuzt", "überkreuzen",
		"nicht überschlagen", "über das andere knie", "den knöchel auf das andere knie legen",
		"fuß über dem gegenüberliegenden oberschenkel", "fuß auf dem gegenüberliegenden knie", "quer über den körper", "über die körpermitte",
		"zur anderen schulter", "zur gegenüberliegenden schulter", "figur vier", "zahl 4", "vierer-dehnung",
	}
	for _, e := range Default().Exercises {
		texts = append(texts, e.Name)
		texts = append(texts, e.Steps...)
		texts = append(texts, e.Cues...)
		for _, tr := range e.Translations {
			texts = append(texts, tr.Name)
			texts = append(texts, tr.Steps...)
			texts = append(texts, tr.Cues...)
		}
	}
	matched := map[int]bool{}
	for _, text := range texts {
		lower := strings.ToLower(text)
		for k, p := range crossingPatterns {
			if !p.re.MatchString(lower) {
				continue
			}
			matched[k] = true
			if !holdsOneOfEach(lower, p.also) {
				t.Errorf("pattern %d (%q) matches %q, which lacks a word of %q", k, p.word, lower, p.also)
			}
		}
	}
	for k, p := range crossingPatterns {
		if !matched[k] {
			t.Errorf("pattern %d (%q) matched no text: add one it matches", k, p.word)
		}
	}
}

// TestFootOnKnee tells a foot on the other knee (a figure four) from the
// other crossing positions, in English and German, for the sheet's
// reason.
func TestFootOnKnee(t *testing.T) {
	for _, c := range []struct {
		step string
		want bool
	}{
		{"Place your right ankle over the opposite knee.", true},
		{"Lie in a figure four and hold.", true},
		{"Cross the ankle on that side over the opposite knee.", true},
		{"Legen Sie den Knöchel über das andere Knie.", true},
		{"Cross your legs at the knees.", false},
		{"Pull the knee across the body towards the opposite shoulder.", false},
		{"Ziehen Sie das Knie quer über den Körper.", false},
		{"Bring your knee to your chest.", false},
	} {
		e := Exercise{Name: "Test", Steps: []string{c.step}}
		if got := FootOnKnee(e); got != c.want {
			t.Errorf("%q: FootOnKnee %v, want %v", c.step, got, c.want)
		}
	}
}
