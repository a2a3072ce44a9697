package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCatalogReadOnce checks that plan, next, pdf and sheet read and
// validate each --catalog file once per run, the images of its entries
// included (issue 19: plan validated each file a second time to find
// "image" fields).
func TestCatalogReadOnce(t *testing.T) {
	dir := t.TempDir()
	cat := filepath.Join(dir, "mine.json")
	if err := os.WriteFile(cat, []byte(`{"exercises": []}`), 0o644); err != nil {
		t.Fatal(err)
	}
	reads := map[string]int{}
	defer func(f func(string)) { inputRead = f }(inputRead)
	inputRead = func(path string) { reads[path]++ }
	plan := filepath.Join(dir, "plan.json")
	runs := [][]string{
		{"plan", "--start", "2026-12-07", "--catalog", cat, "-o", plan, "-o", filepath.Join(dir, "plan.pdf")},
		{"next", plan, "--catalog", cat, "-o", filepath.Join(dir, "next.pdf")},
		{"pdf", plan, "--catalog", cat, "-o", filepath.Join(dir, "again.pdf")},
		{"catalog", "sheet", "--catalog", cat, "-o", filepath.Join(dir, "sheet.pdf")},
	}
	for _, args := range runs {
		clear(reads)
		var stdout, stderr bytes.Buffer
		if code := run(append([]string{"gluteplan"}, args...), &stdout, &stderr); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr.String())
		}
		if reads[cat] != 1 {
			t.Errorf("%v: read %s %d times, want once", args[0], cat, reads[cat])
		}
	}
}

// hostile is a key, a value and part of a file name that would take over
// a terminal printed raw: set its title, clear the screen, and forge a
// line of output of its own.
const hostile = "\x1b]0;PWNED\x07\x1b[2J\nfake.json:1:1: forged"

// TestHostileInput feeds every message path of the readers a hostile key
// or value and a hostile file name: nothing reaches the terminal raw (no
// escape character, no line that the input began), whatever the command.
func TestHostileInput(t *testing.T) {
	dir := t.TempDir()
	key, _ := json.Marshal(hostile)
	file := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	var stdout, stderr bytes.Buffer
	plan := filepath.Join(dir, "plan.json")
	if code := run([]string{"gluteplan", "plan", "--start", "2026-12-07", "-o", plan}, &stdout, &stderr); code != 0 {
		t.Fatal(stderr.String())
	}
	planData, _ := os.ReadFile(plan)
	name := "evil" + hostile + ".json"
	yname := "evil" + hostile + ".yaml"
	cases := []struct {
		what string
		args []string
	}{
		{"a catalog's unknown key", []string{"validate", file(name, `{"exercises": [], `+string(key)+`: 1}`)}},
		{"a catalog's value", []string{"validate", file(name, `{"exercises": [{"id": `+string(key)+`, "level": `+string(key)+`}]}`)}},
		{"a catalog's key given twice", []string{"validate", file(name, `{"exercises": [], `+string(key)+`: 1, `+string(key)+`: 2}`)}},
		{"a catalog's disable list", []string{"validate", file(name, `{"disable": [`+string(key)+`], "exercises": []}`)}},
		{"a duplicate id of broken entries", []string{"validate", file(name, `{"exercises": [{"id": `+string(key)+`}, {"id": `+string(key)+`}]}`)}},
		{"a syntax error", []string{"validate", file(name, `{"exercises": [}`)}},
		{"a YAML catalog's key", []string{"validate", file(yname, "exercises: []\n"+string(key)+": 1\n")}},
		{"a YAML catalog's value", []string{"validate", file(yname, "exercises:\n  - id: "+string(key)+"\n")}},
		{"a missing file", []string{"validate", filepath.Join(dir, "missing"+hostile+".json")}},
		{"a profile's key", []string{"plan", "--profile", file(name, `{`+string(key)+`: 1}`)}},
		{"a YAML profile's value", []string{"plan", "--profile", file(yname, "level: "+string(key)+"\n")}},
		{"a plan's key", []string{"pdf", file(name, strings.Replace(string(planData), "{", "{"+string(key)+": 1, ", 1)), "-o", filepath.Join(dir, "p.pdf")}},
		{"a log's key", []string{"next", plan, "--log", file(name, `{"plan": {}, "entries": [], `+string(key)+`: 1}`)}},
		{"a flag's value", []string{"plan", "--level", hostile}},
		{"a flag's name", []string{"plan", "--" + hostile}},
		{"a choice flag", []string{"validate", "--format", hostile, "x.json"}},
		{"an output name", []string{"plan", "-o", filepath.Join(dir, "out"+hostile+".txt")}},
		{"a dataset's value", []string{"catalog", "import", "--from", "free-exercise-db", file(name, `[{"id": "a", "name": 3, `+string(key)+`: 1}]`), "-o", filepath.Join(dir, "i.json")}},
	}
	for _, c := range cases {
		stdout.Reset()
		stderr.Reset()
		if code := run(append([]string{"gluteplan"}, c.args...), &stdout, &stderr); code == 0 {
			t.Errorf("%s: exit 0", c.what)
		}
		out := stdout.String() + stderr.String()
		if out == "" {
			t.Errorf("%s: no message", c.what)
		}
		if strings.ContainsAny(out, "\x1b\x07") {
			t.Errorf("%s: an escape reaches the terminal:\n%q", c.what, out)
		}
		for _, l := range strings.Split(out, "\n") {
			if strings.HasPrefix(l, "fake.json") {
				t.Errorf("%s: a forged line:\n%s", c.what, out)
			}
		}
	}
}
