package catalog

import (
	"fmt"
	"github.com/gluteplan/gluteplan/catalog/document"
	"strings"
	"testing"
)

// ex writes one catalog entry on one line: a valid activation drill with
// the given id, with fields changed by kv pairs (name, raw JSON value; an
// empty value removes the field, a new name is added at the end).
func ex(id string, kv ...string) string {
	fields := [][2]string{
		{"id", fmt.Sprintf("%q", id)},
		{"name", `"Glute bridge"`},
		{"category", `"activation"`},
		{"targets", `["gluteus_maximus"]`},
		{"equipment", `[]`},
		{"level", `"beginner"`},
		{"position", `"supine"`},
		{"dose", `{"sets": 2, "reps": 10}`},
		{"glute_load", `0.5`},
		{"hip_compression", `false`},
		{"steps", `["Lie on your back.", "Lift the hips."]`},
		{"why", `"Wakes up the glutes."`},
	}
next:
	for i := 0; i+1 < len(kv); i += 2 {
		for j := range fields {
			if fields[j][0] == kv[i] {
				fields[j][1] = kv[i+1]
				continue next
			}
		}
		fields = append(fields, [2]string{kv[i], kv[i+1]})
	}
	var parts []string
	for _, f := range fields {
		if f[1] != "" {
			parts = append(parts, fmt.Sprintf("%q: %s", f[0], f[1]))
		}
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// doc makes a catalog file with one entry per line: entry i is on line i+2.
func doc(entries ...string) string {
	return "{\"exercises\": [\n" + strings.Join(entries, ",\n") + "\n]}\n"
}

func findingLines(fs []document.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.String())
		b.WriteByte('\n')
	}
	return b.String()
}

func TestValidate(t *testing.T) {
	base := &Catalog{Exercises: []Exercise{
		{ID: "base-easy", Level: Beginner, Progression: "base-hard"},
		{ID: "base-hard", Level: Advanced},
	}}
	tests := []struct {
		name string
		data string
		want string
	}{
		{"valid", doc(ex("a"), ex("b", "progression", `"base-easy"`)), ""},
		{"whole numbers written as decimals", doc(ex("a", "dose", `{"sets": 2.0, "reps": 1e1}`)), ""},
		{"empty file", "  \n", `f.json:1:1: /: the file is empty: a catalog is a JSON object, {"exercises": [...]} (gluteplan init --custom-catalog writes a starting file)` + "\n"},
		{"byte order mark", "\xef\xbb\xbf{\"exercises\": 1}", "f.json:1:15: /exercises: must be a list ([...]), not 1\n"},
		{"invalid UTF-8", "{\"exercises\": [\n{\"id\": \"\xff\"}]}", "f.json:2:9: /: invalid UTF-8 (byte 0xff): save the file as UTF-8\n"},
		{"trailing comma", "{\"exercises\": 1,\n}", "f.json:1:15: /exercises: must be a list ([...]), not 1\n"},
		{"comments", "// mine\n{/* list: */ \"exercises\": 1}", "f.json:2:27: /exercises: must be a list ([...]), not 1\n"},
		{"decimal comma", "{\"exercises\": [{\"glute_load\": 0,75}]}", "f.json:1:32: /: invalid JSON: a comma inside a number: use a point for decimals: 0.75\n"},
		{"hash comment", "# mine\n{}", "f.json:1:1: /: invalid JSON: unexpected '#': comments in JSON start with // (in a YAML file, .yaml, they start with #)\n"},
		{"unclosed comment", "{} /* end", "f.json:1:4: /: invalid JSON: this /* comment is not closed: end it with */\n"},
		{"missing comma", "{\"exercises\": [\n{\"id\": \"a\"\n \"name\": \"b\"}]}", "f.json:3:2: /: invalid JSON: unexpected '\"' after a value: check for a missing comma before it, or a missing quote\n"},
		{"missing colon", `{"exercises" []}`, "f.json:1:14: /: invalid JSON: unexpected '[' after a property name: put ':' between the name and its value\n"},
		{"single quotes", `{'exercises': []}`, "f.json:1:2: /: invalid JSON: property names need double quotes (\"), not single quotes\n"},
		{"unquoted text", `{"exercises": [{"id": bridge}]}`, "f.json:1:23: /: invalid JSON: unexpected 'b': put text in double quotes; true, false and null are lower-case\n"},
		{"line break in text", "{\"exercises\": [{\"id\": \"a\nb\"}]}", "f.json:1:25: /: invalid JSON: a line break inside text: close the quote before the end of the line, or write \\n\n"},
		{"bad escape", `{"exercises": [{"id": "a\x"}]}`, "f.json:1:26: /: invalid JSON: unknown escape \\x in text: write \\\\ for a backslash\n"},
		{"misspelled literal", `{"exercises": [{"desk_friendly": ture}]}`, "f.json:1:35: /: invalid JSON: unexpected 'u': check the spelling of true, false or null (lower-case)\n"},
		{"bad number", `{"exercises": [{"glute_load": .5}]}`, "f.json:1:31: /: invalid JSON: unexpected '.' where a value should start\n"},
		{"leading zero", `{"exercises": [{"glute_load": 05}]}`, "f.json:1:32: /: invalid JSON: unexpected '5' after a value: check for a missing comma before it, or a missing quote\n"},
		{"ends early", "{\"exercises\": [\n{\"id\": \"a\"}\n", "f.json:2:12: /: invalid JSON: the file ends too early: check for a missing '}' or ']', or a text without its closing quote\n"},
		{"data after the end", "{\"exercises\": []}}", "f.json:1:18: /: invalid JSON: unexpected '}' after the end of the document: remove it (one '}' or ']' too many?)\n"},
		{"too deep", strings.Repeat("[", 100000), "f.json:1:10001: /: invalid JSON: nested more than 10000 levels deep: is it the right file?\n"},
		{"top-level array", `[]`, "f.json:1:1: /: must be an object ({...}), not a list\n"},
		{"null", `null`, "f.json:1:1: /: must be an object ({...}), not null\n"},
		{"no exercises", `{}`, "f.json:1:1: /: missing property \"exercises\": add it\n"},
		{"missing property", doc(ex("a", "why", "")), "f.json:2:1: /exercises/0: missing property \"why\": add it\n"},
		{"unknown property", doc(ex("a", "colour", `"red"`)), "f.json:2:314: /exercises/0/colour: unknown property \"colour\": remove it or check the spelling (allowed: id, name, category, targets, equipment, equipment_any, level, position, dose, dose_max, glute_load, hip_compression, desk_friendly, progression, contraindications, steps, cues, mistakes, why, figure, image, source, license, translations)\n"},
		{"wrong type", doc(ex("a", "dose", `{"sets": "2", "reps": 10}`)), "f.json:2:172: /exercises/0/dose/sets: must be a whole number, not \"2\"\n"},
		{"not whole", doc(ex("a", "dose", `{"sets": 2.5, "reps": 10}`)), "f.json:2:172: /exercises/0/dose/sets: must be a whole number, not 2.5\n"},
		{"enum", doc(ex("a", "level", `"expert"`)), "f.json:2:121: /exercises/0/level: unknown value \"expert\": use one of beginner, intermediate, advanced\n"},
		{"enum in list", doc(ex("a", "targets", `["glutes"]`)), "f.json:2:75: /exercises/0/targets/0: unknown value \"glutes\": use one of gluteus_maximus, gluteus_medius, gluteus_minimus, piriformis, hip_flexors, hamstrings, adductors, quadriceps, lower_back, core\n"},
		{"below range", doc(ex("a", "dose", `{"sets": 0, "reps": 10}`)), "f.json:2:172: /exercises/0/dose/sets: must be at least 1, not 0\n"},
		{"above range", doc(ex("a", "glute_load", `2.5`)), "f.json:2:202: /exercises/0/glute_load: must be at most 2, not 2.5\n"},
		{"pattern", doc(ex("Glute_Bridge")), "f.json:2:8: /exercises/0/id: \"Glute_Bridge\" is not a valid id: write it as \"glute-bridge\" (lower-case letters and digits, words joined by single hyphens)\n"},
		{"id with capitals", doc(ex("Hip Circles")), "f.json:2:8: /exercises/0/id: \"Hip Circles\" is not a valid id: write it as \"hip-circles\" (lower-case letters and digits, words joined by single hyphens)\n"},
		{"id with umlauts", doc(ex("hüftkreisen-stehend")), "f.json:2:8: /exercises/0/id: \"hüftkreisen-stehend\" is not a valid id: write it as \"hueftkreisen-stehend\" (lower-case letters and digits, words joined by single hyphens)\n"},
		{"id with no letter to keep", doc(ex("мост")), "f.json:2:8: /exercises/0/id: \"мост\" is not a valid id: use lower-case letters and digits, words joined by single hyphens, like \"glute-bridge\"\n"},
		{"too long", doc(ex("a", "name", `"`+strings.Repeat("я", 81)+`"`)), "f.json:2:21: /exercises/0/name: is 81 characters long: shorten it to at most 80\n"},
		{"empty text", doc(ex("a", "why", `""`)), "f.json:2:290: /exercises/0/why: must not be empty: write some text\n"},
		{"too few steps", doc(ex("a", "steps", `["Lift."]`)), "f.json:2:242: /exercises/0/steps: must list at least 2 items, not 1\n"},
		{"repeated target", doc(ex("a", "targets", `["core", "core"]`)), "f.json:2:83: /exercises/0/targets/1: \"core\" is already item 0 of this list: remove it\n"},
		{"dose with both", doc(ex("a", "dose", `{"sets": 2, "reps": 10, "seconds": 30}`)), "f.json:2:163: /exercises/0/dose: give reps or seconds, not both\n"},
		{"dose with neither", doc(ex("a", "dose", `{"sets": 2}`)), "f.json:2:163: /exercises/0/dose: give reps or seconds\n"},
		{"duplicate id", doc(ex("a"), ex("b"), ex("a")), "f.json:4:8: /exercises/2/id: duplicate id \"a\": entry 1 (line 2) already has it: give each entry its own id\n"},
		{"unknown progression", doc(ex("a", "progression", `"nowhere"`)), "f.json:2:329: /exercises/0/progression: progression \"nowhere\" names no exercise in this file or the catalog it adds to: use the id of an existing entry, or remove it\n"},
		{"progression typo", doc(ex("a", "progression", `"base-hrad"`)), "f.json:2:329: /exercises/0/progression: progression \"base-hrad\" names no exercise in this file or the catalog it adds to: did you mean \"base-hard\"?\n"},
		{"progression to itself", doc(ex("a", "progression", `"a"`)), "f.json:2:329: /exercises/0/progression: progression \"a\" is this entry itself: name a harder variant, or remove it\n"},
		{"progression loop", doc(ex("a", "progression", `"b"`), ex("b", "progression", `"c"`), ex("c", "progression", `"a"`)), "f.json:2:329: /exercises/0/progression: progressions loop: a → b → c → a: end the chain at the hardest variant\n"},
		{"loop through the base", doc(ex("base-hard", "level", `"advanced"`, "progression", `"x"`), ex("x", "level", `"advanced"`, "progression", `"base-easy"`)), "f.json:2:8: /exercises/0/id: note: replaces the entry \"base-hard\" of the catalog it adds to\nf.json:2:337: /exercises/0/progression: progressions loop: base-hard → x → base-easy → base-hard: end the chain at the hardest variant\nf.json:3:329: /exercises/1/progression: progression goes to an easier level: \"base-easy\" is beginner, this entry is advanced: name a variant of the same or a harder level\n"},
		{"progression to an easier level", doc(ex("a", "level", `"intermediate"`, "progression", `"base-easy"`)), "f.json:2:333: /exercises/0/progression: progression goes to an easier level: \"base-easy\" is beginner, this entry is intermediate: name a variant of the same or a harder level\n"},
		{"release with reps", doc(ex("a", "category", `"myofascial_release"`, "glute_load", `0`)), "f.json:2:191: /exercises/0/dose/reps: release work is timed: give seconds instead of reps\n"},
		{"release with a load", doc(ex("a", "category", `"myofascial_release"`, "dose", `{"sets": 1, "seconds": 60}`)), "f.json:2:213: /exercises/0/glute_load: release work is no training volume: set glute_load to 0 (plans leave out release work with a load)\n"},
		{"desk-friendly on the floor", doc(ex("a", "desk_friendly", `true`)), "f.json:2:331: /exercises/0/desk_friendly: a supine exercise is not done beside a desk in office clothes: set desk_friendly to false, or describe a standing or seated variant\n"},
		{"hold with seconds", doc(ex("a", "dose", `{"sets": 2, "seconds": 30, "hold_seconds": 5}`)), "f.json:2:206: /exercises/0/dose/hold_seconds: hold_seconds only applies to reps: remove it, or give reps instead of seconds\n"},
		{"several, in file order", doc(ex("a", "level", `"expert"`, "colour", `1`), ex("a", "dose", `{"sets": 11, "reps": 10}`)), "f.json:2:121: /exercises/0/level: unknown value \"expert\": use one of beginner, intermediate, advanced\nf.json:2:312: /exercises/0/colour: unknown property \"colour\": remove it or check the spelling (allowed: id, name, category, targets, equipment, equipment_any, level, position, dose, dose_max, glute_load, hip_compression, desk_friendly, progression, contraindications, steps, cues, mistakes, why, figure, image, source, license, translations)\nf.json:3:8: /exercises/1/id: duplicate id \"a\": entry 1 (line 2) already has it: give each entry its own id\nf.json:3:172: /exercises/1/dose/sets: must be at most 5, not 11\n"},
		{"unicode columns", doc(ex("a", "name", `"Ягодичный мост 😀"`, "level", `"x"`)), "f.json:2:125: /exercises/0/level: unknown value \"x\": use one of beginner, intermediate, advanced\n"},
		{"crlf", strings.ReplaceAll(doc(ex("a"), ex("b", "level", `"x"`)), "\n", "\r\n"), "f.json:3:121: /exercises/1/level: unknown value \"x\": use one of beginner, intermediate, advanced\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Validate("f.json", []byte(tt.data), base)
			if got := findingLines(fs); got != tt.want {
				t.Errorf("Validate:\n%s\ngot:\n%s\nwant:\n%s", tt.data, got, tt.want)
			}
		})
	}
}

func TestRepeatedProperty(t *testing.T) {
	data := "{\"exercises\": [\n" + strings.Replace(ex("a"), `"name"`, `"id": "b", "name"`, 1) + "\n]}"
	_, fs := Validate("f.json", []byte(data), nil)
	want := "f.json:2:13: /exercises/0/id: property \"id\" is given twice in this object: keep one (only the last counts)\n"
	if got := findingLines(fs); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestValidateReturnsCatalog(t *testing.T) {
	c, fs := Validate("f.json", []byte(doc(ex("a"), ex("b", "dose", `{"sets": 1, "seconds": 30, "per_side": true}`))), nil)
	if len(fs) != 0 {
		t.Fatalf("findings: %v", fs)
	}
	if len(c.Exercises) != 2 || c.Exercises[1].Dose.Seconds != 30 || !c.Exercises[1].Dose.PerSide {
		t.Errorf("decoded %+v", c)
	}
	c, fs = Validate("f.json", []byte(doc(ex("a", "progression", `"zzz"`))), nil)
	if c == nil || len(fs) != 1 {
		t.Errorf("semantic problem: catalog %v, findings %v; want the catalog and 1 finding", c, fs)
	}
	c, _ = Validate("f.json", []byte(doc(ex("a", "level", `"x"`))), nil)
	if c != nil {
		t.Errorf("schema problem: want no catalog, got %v", c)
	}
}

func TestValidateTooLarge(t *testing.T) {
	data := make([]byte, MaxCatalogBytes+1)
	_, fs := Validate("big.json", data, nil)
	if len(fs) != 1 || !strings.Contains(fs[0].Message, "over the limit") {
		t.Errorf("findings = %v, want one about the size", fs)
	}
}

// TestDefaultCatalogValid keeps the embedded catalog valid: the binary
// decodes it at startup without checking.
func TestDefaultCatalogValid(t *testing.T) {
	c, fs := Validate("default.json", defaultJSON, nil)
	for _, f := range fs {
		t.Error(f)
	}
	if c == nil || len(c.Exercises) == 0 {
		t.Fatal("default catalog: no exercises")
	}
	if len(Default().Exercises) != len(c.Exercises) {
		t.Errorf("Default() has %d exercises, Validate decoded %d", len(Default().Exercises), len(c.Exercises))
	}
}

// TestFindingsAreStable runs a file with many problems in one object
// several times: the validator visits properties in map order, the
// findings must not change.
func TestFindingsAreStable(t *testing.T) {
	data := []byte(doc(`{"id": "X", "nmae": 1, "colour": 2, "level": "x", "position": "y", "dose": {"sets": 0}}`))
	first := findingLines(checkDocument("catalog", "f.json", data))
	for range 20 {
		if got := findingLines(checkDocument("catalog", "f.json", data)); got != first {
			t.Fatalf("findings changed between runs:\n%s\nthen:\n%s", first, got)
		}
	}
}

func TestSuggest(t *testing.T) {
	c := &Catalog{Exercises: []Exercise{{ID: "glute-bridge"}, {ID: "clamshell"}}}
	for id, want := range map[string]string{"glute-brige": "glute-bridge", "clamshel": "clamshell", "walk": ""} {
		if got := c.Suggest(id); got != want {
			t.Errorf("Suggest(%q) = %q, want %q", id, got, want)
		}
	}
}

// checkDocument is [document.Read] for tests that want only the findings.
func checkDocument(schemaName, file string, data []byte) []document.Finding {
	_, fs := document.Read(schemaName, file, data)
	return fs
}

// Validate is [Layers.Validate] over base, for tests (the commands check
// their files over [Layers]): base is the catalog the file will be merged
// over (the default catalog for a custom file) and may be nil. Tests of
// the package's external test files and of the fuzz targets call it as
// catalog.Validate; other packages use [NewLayers].
func Validate(file string, data []byte, base *Catalog) (*Catalog, []document.Finding) {
	return layersOver(base).Validate(file, data)
}

// layersOver returns layers that hold base, for [Validate]: the default
// catalog is named as such; another base is "the catalog it adds to".
func layersOver(base *Catalog) *Layers {
	switch base {
	case nil:
		return NewLayers(false)
	case Default():
		return NewLayers(true)
	}
	return &Layers{merged: base, from: map[string]string{}, disabled: map[string]string{}}
}
