package jsonpos

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzPosition checks that Position never panics, and that on a valid
// document every pointer found by walking the decoded value resolves to a
// place where the same value starts.
func FuzzPosition(f *testing.F) {
	seeds := []struct{ doc, pointer string }{
		{`{"a": 1}`, "/a"},
		{`{"a": [1, {"b": "c"}]}`, "/a/1/b"},
		{"{\r\n \"é\": \"😀\",\r\n \"x\": [[], [[]]]\r\n}", "/x/1/0"},
		{`{"a\"b": {"c~d": {"e/f": null}}}`, "/a\"b/c~0d/e~1f"},
		{`{"a": 1, "a": {"b": 2}}`, "/a/b"},
		{`[[[[[[1]]]]]]`, "/0/0/0/0/0/0"},
		{`{"exercises": [{"id": "x", "dose": {"sets": 1, "reps": 2}}]}`, "/exercises/0/dose/reps"},
		{`"just a string"`, ""},
		{`{"a": 1,}`, "/a"},
		{`{"\u00e9\ud83d\ude00": true}`, "/é😀"},
		{"{\"a\": \"\xff\"}", "/a"},
		{`  7  `, "/0"},
	}
	for _, s := range seeds {
		f.Add([]byte(s.doc), s.pointer)
	}
	f.Fuzz(func(t *testing.T, data []byte, pointer string) {
		Position(data, pointer)
		DuplicateKeys(data)
		var doc any
		d := json.NewDecoder(bytes.NewReader(data))
		d.UseNumber()
		if err := d.Decode(&doc); err != nil || !json.Valid(data) {
			return
		}
		var pointers []string
		var values []any
		collect(doc, nil, &pointers, &values, 200)
		places, err := Offsets(data, pointers...)
		if err != nil {
			t.Fatalf("valid document: %v", err)
		}
		for i, p := range places {
			if !p.Found {
				t.Fatalf("%q: not found", pointers[i])
			}
			if p.Value < 0 || p.Value >= int64(len(data)) {
				t.Fatalf("%q: offset %d out of range", pointers[i], p.Value)
			}
			if p.Key >= 0 && data[p.Key] != '"' {
				t.Fatalf("%q: key offset %d is not at a quote", pointers[i], p.Key)
			}
			var got any
			vd := json.NewDecoder(bytes.NewReader(data[p.Value:]))
			vd.UseNumber()
			if err := vd.Decode(&got); err != nil {
				t.Fatalf("%q: no value at offset %d: %v", pointers[i], p.Value, err)
			}
			if !reflect.DeepEqual(got, values[i]) {
				t.Fatalf("%q: value at offset %d is %v, want %v", pointers[i], p.Value, got, values[i])
			}
			line, col, err := Position(data, pointers[i])
			if err != nil {
				t.Fatal(err)
			}
			if l, c := LineCol(data, p.Value); l != line || c != col || line < 1 || col < 1 {
				t.Fatalf("%q: Position %d:%d, LineCol %d:%d", pointers[i], line, col, l, c)
			}
		}
	})
}

// collect lists the pointers of v and its descendants with their values,
// at most limit of them.
func collect(v any, path []string, pointers *[]string, values *[]any, limit int) {
	type item struct {
		v    any
		path []string
	}
	queue := []item{{v, path}}
	for len(queue) > 0 && len(*pointers) < limit {
		it := queue[0]
		queue = queue[1:]
		*pointers = append(*pointers, Join(it.path))
		*values = append(*values, it.v)
		switch x := it.v.(type) {
		case map[string]any:
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				queue = append(queue, item{x[k], append(append([]string(nil), it.path...), k)})
			}
		case []any:
			for i, e := range x {
				queue = append(queue, item{e, append(append([]string(nil), it.path...), strconv.Itoa(i))})
			}
		}
	}
}

// FuzzDecode checks that Decode reads every standard JSON document as
// encoding/json's Decoder with UseNumber does, and refuses what Check
// refuses.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{`{"a": 1}`, `[1, -2.5e3, "x\u00e9\ud83d\ude00", true, false, null, {}, []]`, `{"a": 1, "a": {"b": 2}}`, `"\ud800"`, `{"a": [ ]}`, `1 2`, `{"a": "\n\t\\\/"}`} {
		f.Add([]byte(s))
	}
	f.Add([]byte(`{"a": [{"b": 1, "c": 2, "b": 3}, {"d": {"e": 1, "e": 2}}], "a": 1}`))
	f.Add([]byte(`{"x": [1, [2, 3], {"y": [4]}, "z"], "w": [], "x": [ 5 , 6 ]}`))
	f.Add([]byte(`{"k0":0,"k1":1,"k2":2,"k3":3,"k4":4,"k5":5,"k6":6,"k7":7,"k8":8,"k9":9,"k10":0,"k11":1,"k12":2,"k13":3,"k14":4,"k15":5,"k16":6,"k1":1,"k16":0}`))
	// More members than manyMembers: names given twice found in a map.
	var many []string
	for i := range manyMembers + 2 {
		many = append(many, fmt.Sprintf(`"k%d":%d`, i, i))
	}
	f.Add([]byte(`{` + strings.Join(many, ",") + `,"k1":1,"k33":0,"k33":[{"a":1,"a":2}]}`))
	// Texts read eight bytes at a time: a quote, a backslash, a control
	// character or a multi-byte character at each place of a word.
	for _, c := range []string{`\"`, `\\`, `\n`, "\t", "é", "\u00e9", "\x7f", "\xff"} {
		for at := range 10 {
			f.Add([]byte(`{"` + strings.Repeat("k", at) + c + `abcdefgh": "` + strings.Repeat("v", at) + c + `0123456789abcdef"}`))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := Decode(data)
		if se := Check(data); (se == nil) != (err == nil) {
			t.Fatalf("Check: %v, Decode: %v", se, err)
		}
		// With a limit on the number of values, DecodeDocument fails
		// where Scan does, and says what Scan says of comments.
		for _, limit := range []int{1, 3, 10} {
			dd, derr := DecodeDocument(data, limit)
			serr, extended, _ := Scan(data, limit)
			if !reflect.DeepEqual(derr, serr) {
				t.Fatalf("limit %d: DecodeDocument: %v, Scan: %v", limit, derr, serr)
			}
			if derr == nil && dd.Extended != extended {
				t.Fatalf("limit %d: DecodeDocument says extended %v, Scan %v", limit, dd.Extended, extended)
			}
		}
		if err != nil {
			return
		}
		// DecodeDocument gives the same value, the names given twice that
		// DuplicateKeys finds, and the places of the items of the top-level
		// lists that Offsets finds.
		doc, _ := DecodeDocument(data, 0)
		if !reflect.DeepEqual(Maps(doc.Value), got) {
			t.Fatalf("DecodeDocument: %#v\nDecode: %#v", doc.Value, got)
		}
		if utf8.Valid(data) {
			if vd, _ := DecodeValidDocument(data, 0); !reflect.DeepEqual(vd, doc) {
				t.Fatalf("DecodeValidDocument: %#v\nDecodeDocument: %#v", vd, doc)
			}
		}
		if want, _ := DuplicateKeys(data); !slices.Equal(doc.Duplicates, want) {
			t.Fatalf("DecodeDocument: %q\nDuplicateKeys: %q", doc.Duplicates, want)
		}
		if top, ok := got.(map[string]any); ok {
			for name, v := range top {
				list, ok := v.([]any)
				if !ok {
					continue
				}
				var ptrs []string
				for i := range list {
					ptrs = append(ptrs, Join([]string{name, strconv.Itoa(i)}))
				}
				places, _ := Offsets(data, ptrs...)
				var want []int64
				for _, p := range places {
					want = append(want, p.Value)
				}
				if !slices.Equal(doc.Items[name], want) {
					t.Fatalf("items of %q: DecodeDocument %v, Offsets %v", name, doc.Items[name], want)
				}
			}
		}
		if !json.Valid(data) {
			return
		}
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		var want any
		if dec.Decode(&want) != nil {
			return
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Decode: %#v\nencoding/json: %#v", got, want)
		}
	})
}
