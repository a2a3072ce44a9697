package document

import (
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
