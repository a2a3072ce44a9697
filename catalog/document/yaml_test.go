package document

import (
	"fmt"
	"strings"
	"testing"
)

// TestYAMLRules pins how YAML values are read (README "limits"): numbers
// as the flags read them, no tags, a tab in a value kept so that it gets
// the control-character finding, a %YAML line before ---, and our own
// words for what the parser misreads.
func TestYAMLRules(t *testing.T) {
	tests := []struct {
		name, schema, data string
		want               string // the findings, or the value as JSON when there are none
	}{
		{"a zero in front is refused as the flags refuse it", "profile", "weeks: 010\n",
			`p.yaml:1:8: /weeks: "010" starts with a zero: write the number without it (YAML readers differ on what it means: 010 is 8 to some and 10 to others)`},
		{"a negative number with a zero in front", "", "w: -07\n", `p.yaml:1:4: /w: "-07" starts with a zero`},
		{"a decimal with a zero in front", "", "w: 012.5\n", `p.yaml:1:4: /w: "012.5" starts with a zero`},
		{"hexadecimal", "", "w: 0x10\n", `p.yaml:1:4: /w: "0x10" is not a number in plain digits`},
		{"octal", "", "w: 0o10\n", `p.yaml:1:4: /w: "0o10" is not a number in plain digits`},
		{"underscores", "profile", "pain_days: 1_0\n", `p.yaml:1:12: /pain_days: "1_0" is not a number in plain digits`},
		{"plain numbers", "", "a: 0\nb: 0.5\nc: -2\nd: 1e3\ne: +4\nf: .5\n", `{"a":0,"b":0.5,"c":-2,"d":1e3,"e":4,"f":0.5}`},
		{"a tag", "profile", "sitting_hours: !!str 4\n", `p.yaml:1:16: /: invalid YAML: tags such as "!!str" are not read here`},
		{"!!null in a list", "", "a:\n  - !!null\n  - 1\n", `p.yaml:2:5: /: invalid YAML: tags such as "!!null" are not read here`},
		{"a tab in a plain value", "profile", "name: Wall\tsit\n", `p.yaml:1:7: /name: "Wall\tsit" is not a valid text line: it holds a control character`},
		{"a tab inside quotes", "", "a: \"x\ty\"\nb: 1\n", `p.yaml:1:6: /: invalid YAML: a tab inside quotes: write a space instead`},
		{"%YAML 1.2, ---, one document", "profile", "%YAML 1.2\n---\nweeks: 4\n", `{"weeks":4}`},
		{"a key of 9 MB", "", "a: 1\n" + strings.Repeat("k", 9<<20) + ": 1\n", `p.yaml:2:1: /: invalid YAML: a line of more than 64 KiB`},
		{"two documents", "", "a: 1\n---\nb: 2\n", `p.yaml:3:2: /: invalid YAML: a second document (after ---)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, fs := Read(tt.schema, "p.yaml", []byte(tt.data))
			got := findingLines(fs)
			if len(fs) == 0 {
				got = string(d.std)
			}
			if !strings.HasPrefix(got, tt.want) {
				t.Errorf("got:\n%s\nwant it to start with:\n%s", got, tt.want)
			}
		})
	}
}

// TestYAMLManyKeys checks that a mapping of many members is refused at
// the first member over the limit, quickly: the parser's time grows with
// the square of a mapping's members.
func TestYAMLManyKeys(t *testing.T) {
	var b strings.Builder
	for i := range 100000 {
		b.WriteString("k")
		b.WriteString(strings.Repeat("x", i%7))
		b.WriteString(": 1\n")
	}
	_, fs := Read("profile", "p.yaml", []byte(b.String()))
	if len(fs) != 1 || fs[0].Line != MaxYAMLKeys+1 || !strings.Contains(fs[0].Message, "more than 1,000 members") {
		t.Fatalf("findings: %v", fs)
	}
	// Items of a list are mappings of their own.
	b.Reset()
	b.WriteString("exercises:\n")
	for range 5000 {
		b.WriteString("  - id: a\n    name: b\n")
	}
	if _, fs := Read("", "c.yaml", []byte(b.String())); len(fs) != 0 {
		t.Fatalf("a list of 5,000 small mappings: %v", fs)
	}
}

// TestYAMLInParts checks that a large YAML file read in parts gives the
// document and the findings, at the same lines and columns, that reading
// it whole gives.
func TestYAMLInParts(t *testing.T) {
	var b strings.Builder
	b.WriteString("# a large catalog\n$schema: ./catalog.schema.json\nexercises:\n")
	for i := range 600 {
		fmt.Fprintf(&b, "  - id: e%d\n    name: \"Entry %d\"\n    targets: [gluteus_maximus]\n    steps:\n      - One.\n      - |\n        Two,\n        three.\n    # a comment\n\n", i, i)
		if i == 500 {
			b.WriteString("    level: 010\n")
		}
	}
	b.WriteString("disable:\n- a\n- b\n")
	data := []byte(b.String())
	const part = 16 << 10
	if len(data) < 4*part {
		t.Fatalf("only %d bytes", len(data))
	}
	read := func(split int) (string, string) {
		defer func(n int) { splitBytes = n }(splitBytes)
		splitBytes = split
		d, fs := Read("catalog", "c.yaml", data)
		if d == nil {
			return "", findingLines(fs)
		}
		return string(d.std), findingLines(fs)
	}
	part0 := splitBytes
	splitBytes = part
	_, lists := splitYAML(data)
	splitBytes = part0
	if len(lists) != 1 || len(lists[0].parts) < 4 {
		t.Fatalf("the list is not read in parts: %d lists", len(lists))
	}
	std, fs := read(1 << 30)
	partStd, partFs := read(part)
	if fs == "" || !strings.Contains(fs, "/exercises/500/level") {
		t.Fatalf("whole: %s", fs)
	}
	if partStd != std || partFs != fs {
		t.Errorf("in parts:\n%.300s\n%s\nwhole:\n%.300s\n%s", partStd, partFs, std, fs)
	}
	// A list inside one large entry is read in parts too.
	deep := "exercises:\n  - id: a\n    steps:\n" + strings.Repeat("      - A step.\n", 3000) + "    level: 010\n  - id: b\n"
	splitBytes = part
	_, lists = splitYAML([]byte(deep))
	splitBytes = part0
	if len(lists) != 1 || lists[0].keyLine != 3 {
		t.Fatalf("the steps are not read in parts: %d lists", len(lists))
	}
	data, data0 := []byte(deep), data
	std, fs = read(1 << 30)
	partStd, partFs = read(part)
	if partStd != std || partFs != fs || !strings.Contains(fs, "c.yaml:3004:12: /exercises/0/level") {
		t.Errorf("in parts:\n%.300s\n%s\nwhole:\n%.300s\n%s", partStd, partFs, std, fs)
	}
	data = data0
	// And a sound one: the same document, value for value.
	data = []byte(strings.Replace(string(data), "    level: 010\n", "", 1))
	std, fs = read(1 << 30)
	partStd, partFs = read(part)
	if partStd != std || partFs != fs || !strings.Contains(std, `"id":"e599"`) {
		t.Errorf("in parts:\n%.300s\n%s\nwhole:\n%.300s\n%s", partStd, partFs, std, fs)
	}
}
