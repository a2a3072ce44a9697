package catalog

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// entryYAML is one valid entry in YAML, as an item of "exercises:".
const entryYAML = `  - id: wall-sit-squeeze
    name: Wall sit with glute squeeze
    category: activation
    targets: [gluteus_maximus, gluteus_medius]
    equipment: [wall]
    level: beginner
    position: standing
    dose: {sets: 2.0, seconds: 20}
    glute_load: 0.4
    hip_compression: false
    steps:
      - Lean your back on a wall, knees a little bent.
      - Squeeze both buttocks and hold.
    why: >
      A steady hold that wakes up sleepy glutes.
`

func TestValidateYAML(t *testing.T) {
	tests := []struct {
		name, data string
		want       string
	}{
		{"valid, with the editor's schema line", "# yaml-language-server: $schema=./catalog.schema.json\nexercises:\n" + entryYAML, ""},
		{"byte order mark", "\xef\xbb\xbfexercises:\n" + entryYAML, ""},
		{"unknown value", "exercises:\n" + strings.Replace(entryYAML, "level: beginner", "level: expert", 1),
			"f.yaml:7:12: /exercises/0/level: unknown value \"expert\": use one of beginner, intermediate, advanced\n"},
		{"unknown property at its name", "exercises:\n" + strings.Replace(entryYAML, "    why:", "    colour: red\n    why:", 1),
			"f.yaml:15:5: /exercises/0/colour: unknown property \"colour\": remove it or check the spelling"},
		{"missing property at the entry", "exercises:\n" + strings.Replace(entryYAML, "    hip_compression: false\n", "", 1),
			"f.yaml:2:5: /exercises/0: missing property \"hip_compression\": add it\n"},
		{"yes is text", "exercises:\n" + strings.Replace(entryYAML, "hip_compression: false", "hip_compression: no", 1),
			"f.yaml:11:22: /exercises/0/hip_compression: must be true or false, not \"no\": write true or false\n"},
		{"not whole, in a flow mapping", "exercises:\n" + strings.Replace(entryYAML, "sets: 2.0", "sets: 2.5", 1),
			"f.yaml:9:18: /exercises/0/dose/sets: must be a whole number, not 2.5\n"},
		{"columns count characters", "exercises:\n" + strings.Replace(entryYAML, "targets: [gluteus_maximus, gluteus_medius]", `targets: ["😀é", gluteus_medius, glutes]`, 1),
			"f.yaml:5:15: /exercises/0/targets/0: unknown value \"😀é\": use one of gluteus_maximus, gluteus_medius, gluteus_minimus, piriformis, hip_flexors, hamstrings, adductors, quadriceps, lower_back, core\nf.yaml:5:37: /exercises/0/targets/2: unknown value \"glutes\""},
		{"repeated key", "exercises:\n" + strings.Replace(entryYAML, "    why:", "    level: beginner\n    why:", 1),
			"f.yaml:15:5: /exercises/0/level: property \"level\" is given twice in this object: keep one (only the last counts)\n"},
		{"tab", "exercises:\n\t- id: x\n", "f.yaml:2:1: /: invalid YAML: a tab: YAML indents with spaces only\n"},
		{"alias", "exercises:\n  - &e {id: a}\n  - *e\n", "f.yaml:3:5: /exercises/1: invalid YAML: aliases (*name) are not read here: write the value out in full\n"},
		{"unclosed bracket", "exercises: [\n", "f.yaml:1:12: /: invalid YAML:"},
		{"too deep", "exercises: " + strings.Repeat("[", 300), "f.yaml:1:"},
		{"empty", "", "f.yaml:1:1: /: the file is empty"},
		{"an id with an umlaut gets one to use", "exercises:\n" + strings.Replace(entryYAML, "id: wall-sit-squeeze", "id: hüftkreisen-stehend", 1),
			"f.yaml:2:9: /exercises/0/id: \"hüftkreisen-stehend\" is not a valid id: write it as \"hueftkreisen-stehend\" (lower-case letters and digits, words joined by single hyphens)\n"},
		{"an id with capitals", "exercises:\n" + strings.Replace(entryYAML, "id: wall-sit-squeeze", "id: Wall_Sit", 1),
			"f.yaml:2:9: /exercises/0/id: \"Wall_Sit\" is not a valid id: write it as \"wall-sit\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, fs := Validate("f.yaml", []byte(tt.data), Default())
			got := findingLines(fs)
			if tt.want == "" && got != "" || !strings.HasPrefix(got, tt.want) {
				t.Fatalf("Validate:\n%s\ngot:\n%s\nwant:\n%s", tt.data, got, tt.want)
			}
			if tt.want == "" && (c == nil || len(c.Exercises) != 1 || c.Exercises[0].Dose.Sets != 2 || c.Exercises[0].Why != "A steady hold that wakes up sleepy glutes.") {
				t.Fatalf("decoded %+v", c)
			}
		})
	}
}

// TestYAMLMatchesJSON checks that the default catalog written in YAML
// reads back as the same catalog, and that the same mistake is reported
// with the same pointer and message in both notations.
func TestYAMLMatchesJSON(t *testing.T) {
	def := Default()
	y, err := MarshalYAML(def)
	if err != nil {
		t.Fatal(err)
	}
	c, fs := Validate("d.yaml", y, nil)
	if len(fs) > 0 {
		t.Fatalf("default catalog in YAML: %v", fs[0])
	}
	a, _ := json.Marshal(def)
	b, _ := json.Marshal(c)
	if !bytes.Equal(a, b) {
		t.Fatal("the default catalog does not round-trip through YAML")
	}
	again, _ := MarshalYAML(c)
	if !bytes.Equal(y, again) {
		t.Error("YAML output differs between runs")
	}
	badJSON := bytes.Replace(defaultJSON, []byte(`"beginner"`), []byte(`"expert"`), 1)
	badYAML := bytes.Replace(y, []byte("level: beginner"), []byte("level: expert"), 1)
	_, fj := Validate("d.json", badJSON, nil)
	_, fy := Validate("d.yaml", badYAML, nil)
	if len(fj) != 1 || len(fy) != 1 || fj[0].Pointer != fy[0].Pointer || fj[0].Message != fy[0].Message {
		t.Fatalf("JSON %v, YAML %v", fj, fy)
	}
	line := strings.Split(string(badYAML), "\n")[fy[0].Line-1]
	if !strings.Contains(line, "level: expert") || []rune(line)[fy[0].Col-1] != 'e' {
		t.Errorf("YAML finding %v points at %q", fy[0], line)
	}
}

// FuzzValidateFormats runs Validate over JSON with comments and over YAML:
// no panic, findings with real places in file order, the same on every run.
func FuzzValidateFormats(f *testing.F) {
	y, _ := MarshalYAML(Default())
	f.Add(y, true)
	f.Add(y[:len(y)/3], true)
	f.Add([]byte("exercises:\n"+entryYAML), true)
	f.Add([]byte("exercises:\n\t- a\n"), true)
	f.Add([]byte("a: &x [1]\nb: *x\n"), true)
	f.Add([]byte("// c\n{\"exercises\": [ /* none */ ],}"), false)
	f.Add([]byte("\xef\xbb\xbf{\"exercises\": [{\"glute_load\": 0,75}]}"), false)
	f.Fuzz(func(t *testing.T, data []byte, yaml bool) {
		name := "f.jsonc"
		if yaml {
			name = "f.yaml"
		}
		c, fs := Validate(name, data, Default())
		if len(fs) == 0 && c == nil {
			t.Fatal("no findings and no catalog")
		}
		for i, x := range fs {
			if x.File != name || x.Line < 1 || x.Col < 1 || x.Message == "" {
				t.Fatalf("bad finding %+v", x)
			}
			if i > 0 && !yaml && (x.Line < fs[i-1].Line || x.Line == fs[i-1].Line && x.Col < fs[i-1].Col) {
				t.Fatalf("findings out of order: %v before %v", fs[i-1], x)
			}
		}
		_, again := Validate(name, data, Default())
		if findingLines(again) != findingLines(fs) {
			t.Fatalf("findings differ between runs:\n%s\nthen:\n%s", findingLines(fs), findingLines(again))
		}
	})
}
