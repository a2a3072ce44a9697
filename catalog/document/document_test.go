package document

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gluteplan/gluteplan/catalog/jsonpos"
	"github.com/gluteplan/gluteplan/schemas"
	"github.com/tailscale/hujson"
)

func findingLines(fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.String())
		b.WriteByte('\n')
	}
	return b.String()
}

func TestFindingString(t *testing.T) {
	f := Finding{File: "c.json", Line: 3, Col: 7, Pointer: "/exercises/0/id", Message: "bad"}
	if got, want := f.String(), "c.json:3:7: /exercises/0/id: bad"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	f.Pointer = ""
	if got, want := f.String(), "c.json:3:7: /: bad"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func TestReadOtherSchemas(t *testing.T) {
	if fs := checkDocument("profile", "p.json", []byte(`{"weeks": 4, "level": "beginner"}`)); len(fs) != 0 {
		t.Errorf("valid profile: %v", fs)
	}
	got := findingLines(checkDocument("profile", "p.json", []byte("{\"weeks\": 0,\n \"start\": \"2025/01/06\"}")))
	want := "p.json:1:11: /weeks: must be at least 1, not 0\n" +
		"p.json:2:11: /start: \"2025/01/06\" is not a valid date: write it as YYYY-MM-DD, or leave it empty\n"
	if got != want {
		t.Errorf("profile:\ngot:\n%s\nwant:\n%s", got, want)
	}
	if fs := checkDocument("plan", "plan.json", []byte(`{}`)); len(fs) == 0 {
		t.Error("empty plan: want findings")
	}
	if fs := checkDocument("recipe", "r.json", []byte(`{}`)); len(fs) != 1 {
		t.Errorf("unknown schema: %v", fs)
	}
}

// checkDocument checks that data is one well-formed document in the
// notation of its file name and that it matches the embedded JSON Schema
// called schemaName: [Read] for tests that want only the findings.
func checkDocument(schemaName, file string, data []byte) []Finding {
	_, fs := Read(schemaName, file, data)
	return fs
}

func TestFindingJSON(t *testing.T) {
	b, err := json.Marshal(Finding{File: "f", Line: 1, Col: 2, Pointer: "/a", Message: "m"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"file":"f","line":1,"col":2,"pointer":"/a","message":"m","severity":"problem"}`; got != want {
		t.Errorf("JSON = %s, want %s", got, want)
	}
}

func TestSuggestID(t *testing.T) {
	for in, want := range map[string]string{
		"Hip Circles":         "hip-circles",
		"hüftkreisen-stehend": "hueftkreisen-stehend",
		"Glute_Bridge":        "glute-bridge",
		"Clamshell":           "clamshell",
		"  --Straße 2--":      "strasse-2",
		"Élévation du bassin": "elevation-du-bassin",
		"glute-bridge":        "",
		"мост":                "",
		"мост-2":              "2",
		"":                    "",
	} {
		if got := SuggestID(in); got != want {
			t.Errorf("SuggestID(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzCheckAgreesWithHujson checks that jsonpos.Check accepts exactly
// what hujson reads, so a file is never refused with a message that
// cannot be explained, nor read when the check refused it.
func FuzzCheckAgreesWithHujson(f *testing.F) {
	for _, s := range []string{`{"a": 1,}`, "// x\n[1, /* y */ 2]", "{} // end", `{"a": "\ud83d\ude00"}`, `[1e5, -0.5, true]`, "{\"a\" /*\n*/ : 1}", `{"a": 0,75}`, "\xef\xbb\xbf{}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 0 && data[0] == 0xef || !utf8.Valid(data) || bytes.Count(data, []byte("[")) > 500 || bytes.Count(data, []byte("{")) > 500 {
			return
		}
		se := jsonpos.Check(data)
		_, err := hujson.Parse(append(bytes.Clone(data), '\n'))
		if se != nil && se.Kind == jsonpos.BadSurrogate && err == nil {
			return // refused on purpose: half a character cannot be read the same by every JSON package
		}
		if (se == nil) != (err == nil) {
			t.Fatalf("jsonpos.Check: %v, hujson: %v", se, err)
		}
	})
}

// TestSchemasCloseObjects checks what Decode relies on to read with
// json.Unmarshal: every object a schema describes refuses unknown members.
func TestSchemasCloseObjects(t *testing.T) {
	for _, name := range schemas.Names {
		s, err := compiled(name)
		if err != nil {
			t.Fatal(err)
		}
		var walk func(v any, at string)
		walk = func(v any, at string) {
			switch x := v.(type) {
			case map[string]any:
				if _, ok := x["properties"]; ok && x["additionalProperties"] != false {
					t.Errorf("%s schema, %s: an object that takes unknown members", name, at)
				}
				for k, e := range x {
					walk(e, at+"/"+k)
				}
			case []any:
				for i, e := range x {
					walk(e, fmt.Sprint(at, "/", i))
				}
			}
		}
		walk(s.raw, "")
	}
}

// TestMayHoldMore: the count of '[', ',' and ':' never says a document
// holds no more values than a limit when it does.
func TestMayHoldMore(t *testing.T) {
	for _, doc := range []string{
		`1`, `[]`, `[1,2,3]`, `{"a": [1, {"b": [], "c": {}}], "d": "x,y:[z"}`, "// c\n[1, 2, ]",
		`{"exercises": [{}, {}, {"id": "a"}]}`, `[[[[]]]]`, `{"a":{"b":{"c":1}}}`,
	} {
		_, _, values := jsonpos.Scan([]byte(doc), 0)
		for limit := 1; limit <= values+2; limit++ {
			if !mayHoldMore([]byte(doc), limit) && values > limit {
				t.Errorf("%s: %d values, but mayHoldMore says no more than %d", doc, values, limit)
			}
		}
		if mayHoldMore([]byte(doc), values+len(doc)) {
			t.Errorf("%s: mayHoldMore says more than %d", doc, values+len(doc))
		}
	}
}

// TestDecodeNumbers: Decode reads whole numbers written as decimals into
// integers, and names a number too large to be meant at its place, the
// same whether the value it fills starts empty (set from the document's
// value) or not (through encoding/json).
func TestDecodeNumbers(t *testing.T) {
	type target struct {
		F float64 `json:"f"`
		I int     `json:"i"`
		P *int    `json:"p"`
	}
	for _, c := range []struct{ doc, want string }{
		{`{"f": 4.0, "i": 1e1, "p": 30.0}`, "{F:4 I:10 P:30}"},
		{`{"f": -0.25, "i": -7}`, "{F:-0.25 I:-7 P:<nil>}"},
		{`{"f": 1e300}`, "f.json:1:7: /f: 1e300 is too large a number to be meant here: check it"},
		{`{"i": 9999999999999999}`, "f.json:1:7: /i: 9999999999999999 is too large a number to be meant here: check it"},
		{`{"p": -9007199254740993}`, "{F:0 I:0 P:-9007199254740993}"}, // reads as -2⁵³ when a float64
		{`{"p": -9007199254740994}`, "f.json:1:7: /p: -9007199254740994 is too large a number to be meant here: check it"},
	} {
		for _, start := range []target{{}, {F: 1}} {
			d, fs := Parse("", "f.json", []byte(c.doc))
			if d == nil {
				t.Fatal(fs)
			}
			got := start
			if fs := d.Decode(&got); len(fs) > 0 {
				if s := fs[0].String(); s != c.want {
					t.Errorf("%s from %+v: %s, want %s", c.doc, start, s, c.want)
				}
				continue
			}
			p := "<nil>"
			if got.P != nil {
				p = fmt.Sprint(*got.P)
			}
			if s := fmt.Sprintf("{F:%v I:%v P:%s}", got.F, got.I, p); s != c.want && start.F == 0 {
				t.Errorf("%s: %s, want %s", c.doc, s, c.want)
			}
		}
	}
}
