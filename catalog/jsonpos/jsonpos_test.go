package jsonpos

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPosition(t *testing.T) {
	tests := []struct {
		name    string
		doc     string
		pointer string
		line    int
		col     int
	}{
		{"whole document", `  {"a": 1}`, "", 1, 3},
		{"member", `{"a": 1, "b": 2}`, "/b", 1, 15},
		{"member without spaces", `{"a":1,"b":2}`, "/b", 1, 12},
		{"nested object", "{\n  \"a\": {\n    \"b\": true\n  }\n}", "/a/b", 3, 10},
		{"array element", `[10, 20, 30]`, "/2", 1, 10},
		{"nested arrays", `[[1], [2, [3, 4]]]`, "/1/1/1", 1, 15},
		{"array of objects", "{\"x\": [\n {\"id\": \"a\"},\n {\"id\": \"b\"}\n]}", "/x/1/id", 3, 9},
		{"escaped quote in key", `{"a\"b": 1, "c": 2}`, "/a\"b", 1, 10},
		{"unicode escape in key", `{"caf\u00e9": [1, 2]}`, "/café/1", 1, 19},
		{"escaped strings before", `{"s": "x\"y\\", "t": 5}`, "/t", 1, 22},
		{"slash in key", `{"a/b": 1}`, "/a~1b", 1, 9},
		{"tilde in key", `{"a~b": 1}`, "/a~0b", 1, 9},
		{"tilde then one", `{"~1": 1, "/": 2}`, "/~01", 1, 8},
		{"empty key", `{"": 7}`, "/", 1, 6},
		{"crlf lines", "{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n}", "/b", 3, 8},
		{"lone cr", "{\r\"a\":\r1}", "/a", 3, 1},
		{"multi-byte before", `{"name": "Ягодичный мост", "x": 1}`, "/x", 1, 33},
		{"greek and emoji", "{\"n\": \"Γλουτοί 😀\",\n \"x\": [\"😀\", 2]}", "/x/1", 2, 13},
		{"tab is one column", "{\t\"a\":\t1}", "/a", 1, 8},
		{"digit key in object", `{"0": "zero"}`, "/0", 1, 7},
		// Unresolved pointers give the deepest existing value.
		{"missing member", `{"a": {"b": 1}}`, "/a/c", 1, 7},
		{"index past end", `{"a": [1]}`, "/a/5", 1, 7},
		{"dash index", `{"a": [1]}`, "/a/-", 1, 7},
		{"leading zero index", `[1, 2]`, "/01", 1, 1},
		{"into a scalar", `{"a": 1}`, "/a/b", 1, 7},
		{"missing at top", `{"a": 1}`, "/z", 1, 1},
		// A repeated key: the last one counts, as for encoding/json.
		{"repeated key", `{"a": {"b": 1}, "a": {"c": 2}}`, "/a", 1, 22},
		{"stale child of repeated key", `{"a": {"b": 1}, "a": {"c": 2}}`, "/a/b", 1, 22},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line, col, err := Position([]byte(tt.doc), tt.pointer)
			if err != nil {
				t.Fatalf("Position(%q): %v", tt.pointer, err)
			}
			if line != tt.line || col != tt.col {
				t.Errorf("Position(%q) = %d:%d, want %d:%d", tt.pointer, line, col, tt.line, tt.col)
			}
		})
	}
}

func TestPositionErrors(t *testing.T) {
	tests := []struct{ doc, pointer string }{
		{`{"a": 1}`, "a"},
		{`{"a": 1}`, "/a~2"},
		{`{"a": 1}`, "/a~"},
		{`{"a": 1`, "/a"},
		{`{"a": 1} x`, "/a"},
		{`{"a": 1}{}`, ""},
		{``, ""},
		{`[1, 2,,]`, "/0"},
		{`{"a": 1 /* open`, "/a"},
	}
	for _, tt := range tests {
		if l, c, err := Position([]byte(tt.doc), tt.pointer); err == nil {
			t.Errorf("Position(%q, %q) = %d:%d, want an error", tt.doc, tt.pointer, l, c)
		}
	}
}

func TestOffsetsKey(t *testing.T) {
	doc := `{"a": {"colour": "red"}, "b": [ {"x": 1} ]}`
	places, err := Offsets([]byte(doc), "/a/colour", "/b/0", "/b/0/x", "", "/nope")
	if err != nil {
		t.Fatal(err)
	}
	want := []Place{
		{Value: 17, Key: 7, Found: true},
		{Value: 32, Key: -1, Found: true},
		{Value: 38, Key: 33, Found: true},
		{Value: 0, Key: -1, Found: true},
		{Value: 0, Key: -1, Found: false},
	}
	for i := range want {
		if places[i] != want[i] {
			t.Errorf("place %d = %+v, want %+v", i, places[i], want[i])
		}
	}
}

func TestLineCol(t *testing.T) {
	data := []byte("ab\ncé😀d\r\nx\ry")
	tests := []struct {
		offset    int64
		line, col int
	}{
		{-5, 1, 1},
		{0, 1, 1},
		{2, 1, 3},
		{3, 2, 1},
		{4, 2, 2},  // é
		{6, 2, 3},  // 😀
		{10, 2, 4}, // d
		{11, 2, 5}, // \r
		{12, 2, 6}, // \n of CRLF
		{13, 3, 1},
		{15, 4, 1},
		{99, 4, 2},
	}
	for _, tt := range tests {
		line, col := LineCol(data, tt.offset)
		if line != tt.line || col != tt.col {
			t.Errorf("LineCol(%d) = %d:%d, want %d:%d", tt.offset, line, col, tt.line, tt.col)
		}
	}
}

func TestDuplicateKeys(t *testing.T) {
	// An object of many members, whose names DecodeDuplicates looks up in
	// a map: "k3" again after forty others.
	var many []string
	for i := range 40 {
		many = append(many, fmt.Sprintf(`"k%d": %d`, i, i))
	}
	doc := `{"a": 1, "b": [{"x": 1, "x": 2}], "a": 3, "c/d": {"~": 1, "~": 2}, "e": [0, {` + strings.Join(many, ", ") + `, "k3": 0, "k40": 1, "k40": 2}]}`
	want := []string{"/b/0/x", "/a", "/c~1d/~0", "/e/1/k3", "/e/1/k40"}
	got, err := DuplicateKeys([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("DuplicateKeys = %q, want %q", got, want)
	}
	d, serr := DecodeDocument([]byte(doc), 0)
	if serr != nil {
		t.Fatal(serr)
	}
	if strings.Join(d.Duplicates, " ") != strings.Join(want, " ") {
		t.Errorf("DecodeDocument found %q, want %q", d.Duplicates, want)
	}
	if a, _ := d.Value.(*Object).Get("a"); a != json.Number("3") {
		t.Errorf("the last value does not count: %v", d.Value)
	}
	if got, want := fmt.Sprint(d.Items), fmt.Sprintf("map[b:[%d] e:[%d %d]]", strings.Index(doc, `{"x"`), strings.Index(doc, "0, {"), strings.Index(doc, `{"k0"`)); got != want {
		t.Errorf("items at %s, want %s", got, want)
	}
}

func TestSplitJoin(t *testing.T) {
	for _, p := range []string{"", "/", "/a", "/a~0b/c~1d", "//x", "/0/-"} {
		toks, err := Split(p)
		if err != nil {
			t.Fatalf("Split(%q): %v", p, err)
		}
		if got := Join(toks); got != p {
			t.Errorf("Join(Split(%q)) = %q", p, got)
		}
	}
}

// TestDeepNesting checks that deep documents are walked without recursion.
func TestDeepNesting(t *testing.T) {
	const depth = 200000
	doc := strings.Repeat("[", depth) + "1" + strings.Repeat("]", depth)
	pointer := strings.Repeat("/0", depth)
	line, col, err := Position([]byte(doc), pointer)
	if err != nil {
		t.Fatal(err)
	}
	if line != 1 || col != depth+1 {
		t.Errorf("Position = %d:%d, want 1:%d", line, col, depth+1)
	}
	if _, _, err := Position([]byte(strings.Repeat("[", depth)), ""); err == nil {
		t.Error("unclosed arrays: want an error")
	}
}

func TestPoints(t *testing.T) {
	data := []byte("a\r\nbé\nc")
	got := Points(data, 7, 0, 4, 3, 100)
	want := []Point{{3, 1}, {1, 1}, {2, 2}, {2, 1}, {3, 2}}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Points[%d] = %v, want %v", i, got[i], want[i])
		}
	}
}

// slowPoint is the place of offset in data, counted character by
// character: what Points gave before it counted lines at once.
func slowPoint(data []byte, offset int64) Point {
	line, col, i := 1, 1, 0
	if len(data) >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf {
		i = 3
	}
	offset = min(offset, int64(len(data)))
	for int64(i) < offset {
		c := data[i]
		switch {
		case c == '\n':
			line, col = line+1, 1
			i++
		case c == '\r':
			if i+1 < len(data) && data[i+1] == '\n' {
				col++
			} else {
				line, col = line+1, 1
			}
			i++
		case c < utf8.RuneSelf:
			col++
			i++
		default:
			_, size := utf8.DecodeRune(data[i:])
			col++
			i += size
		}
	}
	return Point{line, col}
}

// TestPointsAsOneByOne: every offset of texts with line feeds, carriage
// returns, characters of several bytes and bytes that are not UTF-8 gets
// the place counting character by character gives, whether asked alone or
// with all the others.
func TestPointsAsOneByOne(t *testing.T) {
	for _, text := range []string{
		"", "a", "\n", "ab\ncd\n\nef", "a\r\nb\rc\n\r\nd", "é😀\nx€y\n", "\xef\xbb\xbf{\n \"a\": 1}",
		"a\xffb\xe2\x82\nc\xe2\x82\xac", "\xe2\x82", "x\r", "日本\r\n語\n", strings.Repeat("ab\tcé\n", 50),
	} {
		data := []byte(text)
		var offs []int64
		for o := int64(-1); o <= int64(len(data))+1; o++ {
			offs = append(offs, o)
		}
		all := Points(data, offs...)
		for i, o := range offs {
			want := slowPoint(data, o)
			if all[i] != want {
				t.Errorf("%q at %d: with the others %v, alone by character %v", text, o, all[i], want)
			}
			if one := Points(data, o)[0]; one != want {
				t.Errorf("%q at %d: alone %v, by character %v", text, o, one, want)
			}
		}
	}
}

// TestDecodeDocumentObjects: DecodeDocument reads objects as members in
// file order, a name given twice once, where it was first given, with the
// last value; Maps makes them the maps Decode gives.
func TestDecodeDocumentObjects(t *testing.T) {
	doc := `{"b": [{"c": 2}, [{"d": null}], ["x"]], "a": 1, "e": {}, "a": 3}`
	d, serr := DecodeDocument([]byte(doc), 0)
	if serr != nil {
		t.Fatal(serr)
	}
	top, ok := d.Value.(*Object)
	if !ok {
		t.Fatalf("top-level value %T, want *Object", d.Value)
	}
	var names []string
	for _, m := range top.Members {
		names = append(names, m.Name)
	}
	if got := strings.Join(names, " "); got != "b a e" {
		t.Errorf("members %q, want b a e", got)
	}
	if a, ok := top.Get("a"); !ok || a != json.Number("3") {
		t.Errorf(`Get("a") = %v, %v; want 3, true`, a, ok)
	}
	if _, ok := top.Get("z"); ok {
		t.Error(`Get("z") found a member`)
	}
	want, _ := Decode([]byte(doc))
	if got := Maps(d.Value); !reflect.DeepEqual(got, want) {
		t.Errorf("Maps = %#v\nDecode = %#v", got, want)
	}
	if e, _ := top.Get("e"); len(e.(*Object).Members) != 0 {
		t.Errorf("empty object read as %#v", e)
	}
}
