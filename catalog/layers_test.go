package catalog

import (
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog/document"
)

// TestLayersPlaces: a later file's notes name where the entries and
// disable ids of an earlier file are, in JSON with comments and in YAML,
// at the line and column of the file as written.
func TestLayersPlaces(t *testing.T) {
	entry := func(id string) string {
		return strings.Replace(ex(id), `"name": "Glute bridge"`, `"name": "Bridge `+id+`"`, 1)
	}
	first := "// mine\n{\"disable\": [\"clamshell\",\n  \"bird-dog\"],\n \"exercises\": [\n" + entry("a") + ",\n   " + entry("b") + "]}\n"
	yaml := "disable:\n  - glute-bridge\nexercises:\n  - id: c\n    name: Bridge c\n    category: activation\n    targets: [gluteus_maximus]\n    equipment: []\n    level: beginner\n" +
		"    position: supine\n    dose: {sets: 2, reps: 10}\n    glute_load: 0.5\n    hip_compression: false\n    steps: [Lie down., Lift.]\n    why: Strong glutes.\n"
	l := NewLayers(true)
	for _, f := range []struct{ name, data string }{{"first.json", first}, {"second.yaml", yaml}} {
		c, fs := l.Validate(f.name, []byte(f.data))
		if c == nil || document.Problems(fs) > 0 {
			t.Fatalf("%s:\n%s", f.name, findingLines(fs))
		}
		l.Add(c)
	}
	last := doc(strings.Replace(entry("b"), `"level": "beginner"`, `"level": "intermediate"`, 1), entry("c"))
	_, fs := l.Validate("last.json", []byte(last))
	got := findingLines(fs)
	for _, want := range []string{`replaces the entry "b" of first.json:6:4`, `replaces the entry "c" of second.yaml:4:5`} {
		if !strings.Contains(got, want) {
			t.Errorf("no note %q in:\n%s", want, got)
		}
	}
	for id, want := range map[string]string{"clamshell": "first.json:2:14", "bird-dog": "first.json:3:3", "glute-bridge": "second.yaml:2:5"} {
		if l.disabled[id] != want {
			t.Errorf("%s disabled at %q, want %q", id, l.disabled[id], want)
		}
	}
}
