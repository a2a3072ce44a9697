package document

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/gluteplan/gluteplan/catalog/jsonpos"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
)

// Checking a large document piece by piece.
//
// The validator keeps every error it finds until it returns: a file of a
// million wrong values (a catalog "exercises": [1, 1, 1, ...]) cost
// gigabytes. So a document of more than pieceValues values is checked in
// pieces of at most that many: a container too large to check whole is
// checked against its own schema with the schemas of its members and
// items left out (its type, its required and unknown members, its number
// of items), then its members one by one and its items in groups, each
// against the part of the schema that describes it. The findings are the
// same as checking the whole at once; each piece's errors become problems
// (at most maxKept of them, the rest counted) before the next piece is
// checked.

// pieceValues is the most values the validator sees at once.
var pieceValues = 20000 // a variable for tests

// maxKept is how many problems a check keeps in full; the rest are
// counted. [Document.Place] shows at most [MaxFindings] of them.
const maxKept = 1000

// pieces checks v, the part of the document at path that the schema at
// ptr (a JSON pointer into the schema) describes, and adds what is wrong
// to x.
func (s *compiledSchema) pieces(v any, ptr string, path []string, x *explainer) {
	if size(v, pieceValues+1) <= pieceValues {
		s.check(s.part("whole", ptr), v, path, -1, x)
		return
	}
	ptr, node := s.resolve(ptr)
	shallow := s.part("shallow", ptr)
	if node == nil || shallow == nil {
		s.check(s.part("whole", ptr), v, path, -1, x)
		return
	}
	if !s.check(shallow, v, path, -1, x) {
		return // of the wrong type: its members and items mean nothing
	}
	switch v := v.(type) {
	case map[string]any:
		props, _ := node["properties"].(map[string]any)
		_, more := node["additionalProperties"].(map[string]any)
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			child := ""
			switch {
			case props[k] != nil:
				child = ptr + "/properties/" + jsonpos.Join([]string{k})[1:]
			case more:
				child = ptr + "/additionalProperties"
			default:
				continue // unknown: the shallow check said so
			}
			s.pieces(v[k], child, append(path[:len(path):len(path)], k), x)
		}
	case []any:
		if _, ok := node["items"].(map[string]any); !ok {
			return
		}
		items := ptr + "/items"
		group := s.part("group", items)
		for i := 0; i < len(v); {
			if size(v[i], pieceValues+1) > pieceValues {
				s.pieces(v[i], items, append(path[:len(path):len(path)], fmt.Sprint(i)), x)
				i++
				continue
			}
			// A group of whole items, of at most pieceValues values.
			j, n := i, 0
			for j < len(v) {
				m := size(v[j], pieceValues+1)
				if m > pieceValues || n+m > pieceValues {
					break
				}
				n += m
				j++
			}
			s.check(group, v[i:j], path, i, x)
			i = j
		}
	}
}

// check validates v, at path in the document, against sch and explains
// its errors; first is the index of v's first item in the array at path
// when v is a group of its items, else -1. It reports whether v is at
// least of the right type.
func (s *compiledSchema) check(sch *jsonschema.Schema, v any, path []string, first int, x *explainer) bool {
	if sch == nil {
		return true
	}
	err := sch.Validate(v)
	if err == nil {
		return true
	}
	var verr *jsonschema.ValidationError
	if !errors.As(err, &verr) {
		x.probs = append(x.probs, Unplaced{Message: err.Error()})
		return false
	}
	x.base, x.first = path, first
	x.walk(verr)
	x.base, x.first = nil, -1
	return !wrongType(verr)
}

// wrongType reports whether e says the value it was given is of the wrong
// type.
func wrongType(e *jsonschema.ValidationError) bool {
	if _, ok := e.ErrorKind.(*kind.Type); ok && len(e.InstanceLocation) == 0 {
		return true
	}
	for _, c := range e.Causes {
		if wrongType(c) {
			return true
		}
	}
	return false
}

// resolve follows $ref from the schema at ptr to the schema that says
// what a value is, and returns its pointer and content; nil when it is not
// a plain object schema.
func (s *compiledSchema) resolve(ptr string) (string, map[string]any) {
	for range 32 {
		node, ok := lookup(s.raw, ptr).(map[string]any)
		if !ok {
			return ptr, nil
		}
		ref, ok := node["$ref"].(string)
		if !ok {
			return ptr, node
		}
		if !strings.HasPrefix(ref, "#") || len(node) > 1 && !onlyNotes(node) {
			return ptr, nil
		}
		ptr = ref[1:]
	}
	return ptr, nil
}

// onlyNotes reports whether node holds nothing but $ref and words for
// people (description, title).
func onlyNotes(node map[string]any) bool {
	for k := range node {
		switch k {
		case "$ref", "description", "title", "$comment", "$schema", "$id", "$defs":
		default:
			return false
		}
	}
	return true
}

// part returns, compiled once, the schema at ptr checked whole ("whole"),
// without the schemas of its members and items ("shallow"), or as the
// items of a group ("group"); nil when it cannot be made.
func (s *compiledSchema) part(how, ptr string) *jsonschema.Schema {
	if how == "whole" && ptr == "" {
		return s.schema
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	key := how + " " + ptr
	if sch, ok := s.parts[key]; ok {
		return sch
	}
	var sch *jsonschema.Schema
	switch how {
	case "whole":
		sch, _ = s.compiler.Compile(s.id + "#" + ptr)
	case "shallow":
		sch = s.compileShallow(ptr)
	case "group":
		url := fmt.Sprintf("%s-group-%d.json", strings.TrimSuffix(s.id, ".json"), len(s.parts))
		if s.compiler.AddResource(url, map[string]any{"items": map[string]any{"$ref": s.id + "#" + ptr}}) == nil {
			sch, _ = s.compiler.Compile(url)
		}
	}
	s.parts[key] = sch
	return sch
}

// compileShallow compiles the schema at ptr with the schemas of its
// members and items left out: what it says of the value itself.
func (s *compiledSchema) compileShallow(ptr string) *jsonschema.Schema {
	node, ok := lookup(s.raw, ptr).(map[string]any)
	if !ok {
		return nil
	}
	out := make(map[string]any, len(node))
	for k, v := range node {
		switch k {
		case "properties", "patternProperties":
			m, _ := v.(map[string]any)
			any := make(map[string]any, len(m))
			for name := range m {
				any[name] = true
			}
			out[k] = any
		case "additionalProperties":
			if b, ok := v.(bool); ok {
				out[k] = b
			} else {
				out[k] = true
			}
		case "items", "prefixItems", "contains", "$defs", "description", "title":
		default:
			out[k] = v
		}
	}
	if holdsRef(out) {
		return nil
	}
	url := fmt.Sprintf("%s-shallow-%d.json", strings.TrimSuffix(s.id, ".json"), len(s.parts))
	s.shallowAt[url] = ptr
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if c.AddResource(url, out) != nil {
		return nil
	}
	sch, err := c.Compile(url)
	if err != nil {
		return nil
	}
	return sch
}

func holdsRef(v any) bool {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if k == "$ref" || k == "$dynamicRef" || holdsRef(e) {
				return true
			}
		}
	case []any:
		for _, e := range x {
			if holdsRef(e) {
				return true
			}
		}
	}
	return false
}

// size counts the values of v, up to limit.
func size(v any, limit int) int {
	n := 1
	switch x := v.(type) {
	case map[string]any:
		for _, e := range x {
			if n >= limit {
				break
			}
			n += size(e, limit-n)
		}
	case []any:
		for _, e := range x {
			if n >= limit {
				break
			}
			n += size(e, limit-n)
		}
	}
	return n
}

// schemaPointer returns the JSON pointer within the schema of u, a schema
// location URL the validator reports, the parts checked on their own
// included.
func (s *compiledSchema) schemaPointer(u string) string {
	base, _, _ := strings.Cut(u, "#")
	s.mu.Lock()
	ptr, ok := s.shallowAt[base]
	s.mu.Unlock()
	if ok {
		return ptr + schemaPointer(u)
	}
	return schemaPointer(u)
}
