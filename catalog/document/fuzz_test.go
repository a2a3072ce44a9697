package document

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/schemas"
)

// FuzzRead reads any bytes as every kind of file, in JSON and in YAML: no
// panic; findings at real places, at most MaxFindings of them and one that
// counts the rest; every line of them printable as it is (no control
// character reaches a terminal); a document with no finding decodes.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		`{"exercises": []}`, `{"weeks": 4, "lang": "DE"}`, "// c\n{\"a\": 1,}", `{"a": 1, "a": 2}`,
		"{\"\\u001b]0;x\\u0007\": 1}", `{"exercises": [1, 1, 1]}`, `[{"id": "a"}]`,
		"weeks: 010\n", "w: !!str 1\n", "name: Wall\tsit\n", "%YAML 1.2\n---\nweeks: 4\n", "a: \"x\ty\"\n",
		"a:\n  - !!null\n", "a: &x 1\nb: *x\n", "<<: {a: 1}\n", "- - - [1, {a: [2]}]\n", "a: |\n  x\n  y\n",
		"\xef\xbb\xbfweeks: 4\n", "weeks: 0x10\nminutes: 1_0\n", "a: 1\n---\nb: 2\n",
	} {
		f.Add([]byte(s), uint8(0))
	}
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		names := append([]string{""}, schemas.Names...)
		schema := names[int(which)%len(names)]
		file := "f.json"
		if which&0x80 != 0 {
			file = "f.yaml"
		}
		d, fs := Read(schema, file, data)
		if d == nil && len(fs) == 0 {
			t.Fatal("no document and no finding")
		}
		if d != nil {
			// What the one pass over the file as written read is what
			// reading its standard JSON reads.
			if v, err := decodeValue(d.std); err != nil || !reflect.DeepEqual(v, d.Value()) {
				t.Fatalf("the standard JSON reads differently: %v", err)
			}
		}
		if len(fs) > MaxFindings+1 {
			t.Fatalf("%d findings", len(fs))
		}
		for i, x := range fs {
			if x.Omitted > 0 && i != len(fs)-1 {
				t.Fatalf("the count of the rest is not last: %v", fs)
			}
			if x.File != file || x.Line < 1 || x.Col < 1 || x.Message == "" && x.Omitted == 0 {
				t.Fatalf("bad finding %+v", x)
			}
			if s := x.String(); strings.ContainsAny(s, "\x00\x1b\x07\n\r\u2028\u202e") {
				t.Fatalf("a control character reaches the terminal: %q", s)
			}
		}
		if len(fs) == 0 && d != nil {
			var v any
			if fs := d.Decode(&v); len(fs) > 0 && schema != "" {
				t.Fatalf("a valid document does not decode: %v", fs)
			}
		}
	})
}

// FuzzYAMLInParts checks that reading a YAML file's block lists in parts
// gives what reading it whole gives: the same document and the same
// findings for a file the reader can read, and a refusal (perhaps for
// another of its mistakes first) for one it cannot.
func FuzzYAMLInParts(f *testing.F) {
	for _, s := range []string{
		"exercises:\n  - id: a\n    steps:\n      - x\n      - y\n  - id: b\n",
		"exercises:\n- id: a\n- id: b\n  name: c\ndisable:\n- a\n",
		"a:\n  b:\n    - 1\n    - 2\n  c: 3\n",
		"a:\n  - |\n    text\n    - not an item\n  - b\n",
		"a:\n  - x\n  # c\n  - y\nb: 1\n",
		"a:\n  - - 1\n    - 2\n  - 3\n",
		"- a\n- b\n", "a:\n- b: 1\n  c:\n  - 2\n  - 3\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		read := func(n int) (string, string) {
			defer func(old int) { splitBytes = old }(splitBytes)
			splitBytes = n
			d, fs := Read("catalog", "f.yaml", data)
			// The same lines; a column may differ where the parser places
			// a null item (-) or an empty one by its comment.
			var b strings.Builder
			for _, f := range fs {
				fmt.Fprintf(&b, "%d: %s: %s\n", f.Line, f.Pointer, f.Message)
			}
			if d == nil {
				return "", b.String()
			}
			return string(d.std), b.String()
		}
		std, fs := read(1 << 30)
		partStd, partFs := read(8)
		if std == "" && partStd == "" && fs != "" && partFs != "" {
			return // refused both ways
		}
		if std != partStd || fs != partFs {
			t.Fatalf("in parts:\n%s\n%s\nwhole:\n%s\n%s", partStd, partFs, std, fs)
		}
	})
}
