package document

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/gluteplan/gluteplan/catalog/jsonpos"
	"github.com/gluteplan/gluteplan/schemas"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
)

// Place resolves the positions of probs in d and returns them as
// findings in file order, at most [MaxFindings] of them and then one that
// counts the rest ([Finding.Omitted]). Problems at the same place keep
// their order.
func (d *Document) Place(probs []Unplaced) []Finding {
	return d.placeCounted(probs, 0)
}

// placeCounted is [Document.Place] for a check that found omitted more
// problems than it kept.
func (d *Document) placeCounted(probs []Unplaced, omitted int) []Finding {
	if len(probs) == 0 {
		return nil
	}
	ptrs := make([]string, 0, 2*len(probs))
	for _, p := range probs {
		ptrs = append(ptrs, p.Pointer)
		if p.Ref != "" {
			ptrs = append(ptrs, p.Ref)
		}
	}
	places, err := jsonpos.Offsets(d.std, ptrs...)
	if err != nil {
		places = make([]jsonpos.Place, len(ptrs))
	}
	// Resolve every offset to a line and column in one pass over data.
	offs := make([]int64, 0, len(places)+len(probs))
	i := 0
	for _, p := range probs {
		pl := places[i]
		i++
		off := pl.Value
		if p.Key && pl.Found && pl.Key >= 0 {
			off = pl.Key
		}
		offs = append(offs, off)
		if p.Ref != "" {
			offs = append(offs, places[i].Value)
			i++
		}
	}
	points := d.points(offs...)
	type located struct {
		off int64
		f   Finding
	}
	out := make([]located, 0, len(probs))
	i = 0
	for _, p := range probs {
		off, pt := offs[i], points[i]
		i++
		msg := p.Message
		if p.Ref != "" {
			msg = strings.Replace(msg, "%d", strconv.Itoa(points[i].Line), 1)
			i++
		}
		f := Finding{File: d.file, Line: pt.Line, Col: pt.Col, Pointer: p.Pointer, Message: msg}
		if p.Note {
			f.Severity = Note
		}
		out = append(out, located{off, f})
	}
	// The validator visits object members in no fixed order: sort fully, so
	// the output is the same on every run.
	sort.SliceStable(out, func(a, b int) bool {
		x, y := out[a], out[b]
		if x.off != y.off {
			return x.off < y.off
		}
		return x.f.Pointer < y.f.Pointer
	})
	fs := make([]Finding, len(out))
	for i, o := range out {
		fs[i] = o.f
	}
	if omitted > 0 {
		fs = append(fs, Finding{File: d.file, Line: 1, Col: 1, Omitted: omitted, Message: omittedWords(omitted)})
	}
	return Cap(fs)
}

func emptyHint(schemaName string) string {
	switch schemaName {
	case "catalog":
		return `a catalog is a JSON object, {"exercises": [...]} (gluteplan init --custom-catalog writes a starting file)`
	case "profile":
		return `a profile is a JSON object such as {"weeks": 4} (gluteplan init writes a starting file)`
	case "":
		return "it must hold one JSON document"
	}
	return "it must hold one JSON object"
}

func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return 0
}

// explainSyntax turns a syntax error into a place and a message that says
// what to fix. It reads the kind of error and the bytes around it, never
// the text of an error, so the messages do not depend on the JSON package
// the program is built with.
func explainSyntax(data []byte, se *jsonpos.SyntaxError) (int64, string) {
	if se.Kind == jsonpos.EndEarly || se.Offset >= int64(len(data)) {
		end := int64(len(bytes.TrimRight(data, " \t\r\n")))
		return end, "invalid JSON: the file ends too early: check for a missing '}' or ']', or a text without its closing quote"
	}
	off := se.Offset
	r, _ := utf8.DecodeRune(data[off:])
	ch := quoteRune(r)
	// prev is the last character before off that is not white space; prevAt
	// its offset.
	prev, prevAt := byte(0), int64(-1)
	for i := off - 1; i >= 0; i-- {
		if c := data[i]; c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			prev, prevAt = c, i
			break
		}
	}
	switch se.Kind {
	case jsonpos.TooMany:
		return off, fmt.Sprintf("the file holds more than %s values (numbers, texts, lists, objects): far more than any gluteplan file: is it the right file?", thousands(MaxValues))
	case jsonpos.TooDeep:
		return off, fmt.Sprintf("invalid JSON: nested more than %d levels deep: is it the right file?", jsonpos.MaxDepth)
	case jsonpos.AfterEnd:
		return off, fmt.Sprintf("invalid JSON: unexpected %s after the end of the document: remove it (one '}' or ']' too many?)", ch)
	case jsonpos.UnclosedComment:
		return off, "invalid JSON: this /* comment is not closed: end it with */"
	case jsonpos.BadComment:
		return off, fmt.Sprintf("invalid JSON: a %s character in a // comment: remove it", quoteRune(r))
	case jsonpos.WantKey:
		if whole, frac, ok := decimalComma(data, prevAt, off); ok {
			return prevAt, fmt.Sprintf("invalid JSON: a comma inside a number: use a point for decimals: %s.%s", whole, frac)
		}
		if r == '\'' {
			return off, "invalid JSON: property names need double quotes (\"), not single quotes"
		}
		return off, fmt.Sprintf("invalid JSON: unexpected %s where a property name should start: write names in double quotes", ch)
	case jsonpos.WantValue:
		switch {
		case prev == ':' && (r == '}' || r == ','):
			return off, fmt.Sprintf("invalid JSON: unexpected %s: a value is missing after ':'", ch)
		case prev == '[' && r == ',' || prev == ',' && r == ',':
			return off, "invalid JSON: unexpected ',': an item is missing between the commas"
		case r == '\'':
			return off, "invalid JSON: text needs double quotes (\"), not single quotes"
		case r == '#':
			return off, "invalid JSON: unexpected '#': comments in JSON start with // (in a YAML file, .yaml, they start with #)"
		case r == '/':
			return off, "invalid JSON: unexpected '/': a comment starts with // or /*"
		case unicode.IsLetter(r):
			return off, fmt.Sprintf("invalid JSON: unexpected %s: put text in double quotes; true, false and null are lower-case", ch)
		}
		return off, fmt.Sprintf("invalid JSON: unexpected %s where a value should start", ch)
	case jsonpos.WantObjectNext:
		return off, fmt.Sprintf("invalid JSON: unexpected %s after a value: check for a missing comma before it, or a missing quote", ch)
	case jsonpos.WantColon:
		return off, fmt.Sprintf("invalid JSON: unexpected %s after a property name: put ':' between the name and its value", ch)
	case jsonpos.WantArrayNext:
		return off, fmt.Sprintf("invalid JSON: unexpected %s after a list item: check for a missing comma before it, or a missing ']'", ch)
	case jsonpos.ControlInString:
		if r == '\n' || r == '\r' {
			return off, "invalid JSON: a line break inside text: close the quote before the end of the line, or write \\n"
		}
		return off, fmt.Sprintf("invalid JSON: control character %U inside text: remove it, or write it as an escape such as \\t", r)
	case jsonpos.BadEscape:
		if off > 0 && data[off-1] == '\\' {
			if !unicode.IsPrint(r) {
				return off, fmt.Sprintf("invalid JSON: a backslash before %s in text: write \\\\ for a backslash", quoteRune(r))
			}
			return off, fmt.Sprintf("invalid JSON: unknown escape \\%c in text: write \\\\ for a backslash", r)
		}
		return off, fmt.Sprintf("invalid JSON: unexpected %s in a \\u escape: it takes four hex digits, like \\u00e9", ch)
	case jsonpos.BadSurrogate:
		return off, "invalid JSON: half of a character written as a \\u pair: write the character itself"
	case jsonpos.BadLiteral:
		// A word far from true, false and null is text without quotes.
		start, end := off, off
		for start > 0 && isASCIILetter(data[start-1]) {
			start--
		}
		for end < int64(len(data)) && isASCIILetter(data[end]) {
			end++
		}
		word := string(data[start:end])
		if min(editDistance(word, "true"), editDistance(word, "false"), editDistance(word, "null")) > 2 {
			return start, fmt.Sprintf("invalid JSON: unexpected %s: put text in double quotes; true, false and null are lower-case", quoteRune(rune(data[start])))
		}
		return off, fmt.Sprintf("invalid JSON: unexpected %s: check the spelling of true, false or null (lower-case)", ch)
	case jsonpos.BadNumber:
		return off, fmt.Sprintf("invalid JSON: unexpected %s in a number: write numbers like 10, 0.5 or -2 (no leading zeros, no trailing dot)", ch)
	}
	return off, "invalid JSON: " + se.Error()
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// decimalComma reports whether the comma at comma, followed by digits at
// off, ends a number: "0,75" written with a decimal comma.
func decimalComma(data []byte, comma, off int64) (whole, frac string, ok bool) {
	if comma < 1 || data[comma] != ',' || comma+1 != off {
		return "", "", false
	}
	i := comma
	for i > 0 && data[i-1] >= '0' && data[i-1] <= '9' {
		i--
	}
	j := off
	for j < int64(len(data)) && data[j] >= '0' && data[j] <= '9' {
		j++
	}
	if i == comma || j == off {
		return "", "", false
	}
	return string(data[i:comma]), string(data[off:j]), true
}

func quoteRune(r rune) string {
	switch {
	case r == '\'':
		return `"'"`
	case r < 0x20 || r == utf8.RuneError || !unicode.IsPrint(r):
		return fmt.Sprintf("%U", r)
	}
	return "'" + string(r) + "'"
}

// A compiledSchema is a JSON Schema ready to validate, with what messages
// need from its source.
//
// The quick check is all a valid document needs, so the validator's part
// (schema, compiler and props) is compiled only when a document is not
// found valid by it: by [compiledSchema.full], once. (Compiling it, and
// checking the schema against its draft's metaschema, took about 4 ms, as
// much as the rest of a run's start.)
type compiledSchema struct {
	raw any
	// quick decides most documents without the validator (quick.go); nil
	// when the schema has a keyword it does not know.
	quick *quickSchema

	// name is the schema's name ("catalog"), data the schema as JSON, and
	// id the URL it is known by.
	name    string
	data    []byte
	id      string
	once    sync.Once
	fullErr error

	// The validator's part, set by full.
	schema *jsonschema.Schema
	// props lists the property names of each schema object that has
	// "properties", in source order, by JSON pointer within the schema.
	props map[string][]string
	// compiler holds the schema's resources, for the parts of it that a
	// large document is checked against piece by piece (pieces.go).
	compiler *jsonschema.Compiler

	mu    sync.Mutex
	parts map[string]*jsonschema.Schema // by kind and pointer within the schema
	// shallowAt maps the URL of each shallow part to its pointer.
	shallowAt map[string]string
}

var schemaOnce = map[string]func() (*compiledSchema, error){}

func init() {
	for _, name := range schemas.Names {
		schemaOnce[name] = sync.OnceValues(func() (*compiledSchema, error) { return compileSchema(name) })
	}
}

func compiled(name string) (*compiledSchema, error) {
	f, ok := schemaOnce[name]
	if !ok {
		return nil, fmt.Errorf("no schema %q: use one of %s", name, strings.Join(schemas.Names, ", "))
	}
	return f()
}

// compileSchema reads the embedded schema called name and compiles its
// quick check; [compiledSchema.full] compiles the rest.
func compileSchema(name string) (*compiledSchema, error) {
	data, _ := schemas.ByName(name)
	// Read as jsonschema.UnmarshalJSON reads it (maps, lists, json.Number),
	// without copying it first: the embedded bytes never change.
	dd, serr := jsonpos.DecodeDocument(data, 0)
	if serr != nil {
		return nil, fmt.Errorf("built-in %s schema: %v", name, serr)
	}
	raw := jsonpos.Maps(dd.Value)
	id := name + ".schema.json"
	if m, ok := raw.(map[string]any); ok {
		if s, ok := m["$id"].(string); ok {
			id = s
		}
	}
	return &compiledSchema{raw: raw, quick: compileQuick(raw), name: name, data: data, id: id,
		parts: map[string]*jsonschema.Schema{}, shallowAt: map[string]string{}}, nil
}

// full compiles the validator's part of s, once, and says whether it
// could.
func (s *compiledSchema) full() error {
	s.once.Do(func() {
		fail := func(err error) { s.fullErr = fmt.Errorf("built-in %s schema: %v", s.name, err) }
		c := jsonschema.NewCompiler()
		c.DefaultDraft(jsonschema.Draft2020)
		if err := c.AddResource(s.id, s.raw); err != nil {
			fail(err)
			return
		}
		sch, err := c.Compile(s.id)
		if err != nil {
			fail(err)
			return
		}
		props, err := propertyOrder(s.data)
		if err != nil {
			fail(err)
			return
		}
		s.schema, s.compiler, s.props = sch, c, props
	})
	return s.fullErr
}

// propertyOrder lists, for each object of a schema with a "properties"
// member, the property names in the order the schema gives them, by the
// object's JSON pointer within the schema.
func propertyOrder(data []byte) (map[string][]string, error) {
	type frame struct {
		object  bool
		wantKey bool
		key     string // the current member's name, in an object
		index   int    // the next element's index, in an array
	}
	out := map[string][]string{}
	dec := json.NewDecoder(bytes.NewReader(data))
	var stack []frame
	var path []string // names of the open containers below the root
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		d, isDelim := tok.(json.Delim)
		if isDelim && (d == '}' || d == ']') {
			stack = stack[:len(stack)-1]
			if len(stack) > 0 {
				path = path[:len(path)-1]
			}
			continue
		}
		var name string
		if len(stack) > 0 {
			top := &stack[len(stack)-1]
			if top.object && top.wantKey {
				top.key, top.wantKey = tok.(string), false
				if len(path) > 0 && path[len(path)-1] == "properties" {
					parent := jsonpos.Join(path[:len(path)-1])
					out[parent] = append(out[parent], top.key)
				}
				continue
			}
			if top.object {
				name, top.wantKey = top.key, true
			} else {
				name = strconv.Itoa(top.index)
				top.index++
			}
		}
		if isDelim {
			if len(stack) > 0 {
				path = append(path, name)
			}
			stack = append(stack, frame{object: d == '{', wantKey: d == '{'})
		}
	}
}

// explainer turns the validator's error tree into problems.
type explainer struct {
	s     *compiledSchema
	doc   any
	yaml  bool // the document was written in YAML
	probs []Unplaced
	// base is the path in doc of the piece whose errors are being
	// explained, and first, when not negative, the index in the array at
	// base of a group's first item (see pieces.go).
	base  []string
	first int
	// omitted counts the problems found beyond the first maxKept.
	omitted int
	// codesFound says the translations' names have been checked.
	codesFound bool
}

// at is the path in the document of loc, a location within the piece.
func (x *explainer) at(loc []string) []string {
	if len(x.base) == 0 && x.first < 0 {
		return loc
	}
	out := make([]string, 0, len(x.base)+len(loc))
	out = append(out, x.base...)
	if x.first >= 0 && len(loc) > 0 {
		i, _ := strconv.Atoi(loc[0])
		return append(append(out, strconv.Itoa(x.first+i)), loc[1:]...)
	}
	return append(out, loc...)
}

func (x *explainer) add(loc []string, key bool, msg string) {
	if len(x.probs) >= maxKept {
		x.omitted++
		return
	}
	x.probs = append(x.probs, Unplaced{Pointer: jsonpos.Join(loc), Key: key, Message: msg})
}

// walk flattens the error tree to its leaves, the errors that say what is
// wrong; the others only group them (the root, $ref, allOf).
func (x *explainer) walk(e *jsonschema.ValidationError) {
	loc := x.at(e.InstanceLocation)
	switch k := e.ErrorKind.(type) {
	case *kind.OneOf:
		x.oneOf(e, k)
		return
	case *kind.Required:
		for _, name := range k.Missing {
			x.add(loc, false, fmt.Sprintf("missing property %s: add it", Quote(name)))
		}
		return
	case *kind.PropertyNames:
		// The validator's location of this error shares a slice that it
		// goes on to reuse, so by now it may name another member or entry.
		// Our schemas ask it only of translations, whose names are
		// language codes: find the bad names in the document instead,
		// once, and point at each name itself.
		if !x.codesFound {
			x.codesFound = true
			x.languageCodes()
		}
		return
	case *kind.AdditionalProperties:
		allowed := x.s.props[x.s.schemaPointer(e.SchemaURL)]
		for _, name := range k.Properties {
			msg := fmt.Sprintf("unknown property %s: remove it or check the spelling", Quote(name))
			if s := closest(name, allowed); s != "" {
				msg = fmt.Sprintf("unknown property %s: did you mean %s? otherwise remove it", Quote(name), Quote(s))
			}
			if len(allowed) > 0 {
				msg += " (allowed: " + strings.Join(allowed, ", ") + ")"
			}
			x.add(append(loc[:len(loc):len(loc)], name), true, msg)
		}
		return
	}
	if len(e.Causes) > 0 {
		for _, c := range e.Causes {
			x.walk(c)
		}
		return
	}
	x.leaf(e)
}

// LanguageCodePattern is what a key of a catalog entry's translations
// looks like: two lower-case letters, a language code such as "de".
const LanguageCodePattern = `^[a-z]{2}$`

var languageCode = regexp.MustCompile(LanguageCodePattern)

// languageCodes finds the names of the entries' translations that are not
// language codes, and says how to write each.
func (x *explainer) languageCodes() {
	doc, _ := x.doc.(map[string]any)
	list, _ := doc["exercises"].([]any)
	for i, v := range list {
		entry, _ := v.(map[string]any)
		tr, _ := entry["translations"].(map[string]any)
		for name := range tr {
			if languageCode.MatchString(name) {
				continue
			}
			msg := fmt.Sprintf("%s is not a language code: use the two lower-case letters of the language, such as \"de\" for German", describe(name))
			if lower := strings.ToLower(name); languageCode.MatchString(lower) {
				msg = fmt.Sprintf("%s is not a language code: write it in lower case, %s", describe(name), Quote(lower))
			}
			x.add([]string{"exercises", strconv.Itoa(i), "translations", name}, true, msg)
		}
	}
}

// oneOf explains a failed oneOf. The schemas use it for "exactly one of
// these properties" (a dose has reps or seconds), so say that rather than
// list every alternative's complaints.
func (x *explainer) oneOf(e *jsonschema.ValidationError, k *kind.OneOf) {
	loc := x.at(e.InstanceLocation)
	alts := x.alternatives(e.SchemaURL)
	if len(k.Subschemas) == 0 {
		var missing []string
		onlyRequired := len(e.Causes) > 0
		for _, c := range e.Causes {
			r, ok := leafRequired(c)
			if !ok {
				onlyRequired = false
				break
			}
			missing = append(missing, strings.Join(r.Missing, " and "))
		}
		if onlyRequired {
			x.add(loc, false, "give "+orList(missing))
			return
		}
		if len(e.Causes) == 1 {
			x.walk(e.Causes[0])
			return
		}
		x.add(loc, false, "matches none of the allowed forms: "+orList(alts))
		return
	}
	if len(alts) > 0 {
		x.add(loc, false, "give "+orList(alts)+", not both")
		return
	}
	x.add(loc, false, "matches more than one of the allowed forms: give only one")
}

// alternatives names each branch of the oneOf at schemaURL by the
// properties it requires, when every branch is such a requirement.
func (x *explainer) alternatives(schemaURL string) []string {
	s, ok := lookup(x.s.raw, x.s.schemaPointer(schemaURL)).(map[string]any)
	if !ok {
		return nil
	}
	branches, _ := s["oneOf"].([]any)
	var out []string
	for _, b := range branches {
		m, _ := b.(map[string]any)
		req, _ := m["required"].([]any)
		if len(req) == 0 {
			return nil
		}
		var names []string
		for _, r := range req {
			if s, ok := r.(string); ok {
				names = append(names, s)
			}
		}
		out = append(out, strings.Join(names, " and "))
	}
	return out
}

func leafRequired(e *jsonschema.ValidationError) (*kind.Required, bool) {
	for {
		if r, ok := e.ErrorKind.(*kind.Required); ok {
			return r, true
		}
		if len(e.Causes) != 1 {
			return nil, false
		}
		e = e.Causes[0]
	}
}

func orList(xs []string) string {
	switch len(xs) {
	case 0:
		return "one of the allowed forms"
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " or " + xs[len(xs)-1]
}

// leaf explains one error that is not a grouping of others.
func (x *explainer) leaf(e *jsonschema.ValidationError) {
	loc := x.at(e.InstanceLocation)
	v := lookupTokens(x.doc, loc)
	var msg string
	switch k := e.ErrorKind.(type) {
	case *kind.Type:
		var want []string
		for _, w := range k.Want {
			want = append(want, typeWords[w])
		}
		msg = fmt.Sprintf("must be %s, not %s", orList(want), describe(v))
		if str, ok := v.(string); ok && slices.Contains(k.Want, "boolean") && yesNoWord(str) {
			// YAML 1.1 read yes and no as booleans; YAML 1.2, and so this
			// tool, reads them as text.
			msg += ": write true or false"
		} else if x.yaml && slices.Contains(k.Want, "string") {
			msg = fmt.Sprintf("must be text, not %s: put it in quotes", describe(v))
		}
	case *kind.Enum:
		var want []string
		for _, w := range k.Want {
			want = append(want, fmt.Sprint(w))
		}
		msg = fmt.Sprintf("unknown value %s: use one of %s", describe(v), strings.Join(want, ", "))
		if str, ok := v.(string); ok {
			if s := closest(str, want); s != "" {
				msg = fmt.Sprintf("unknown value %s: did you mean %s? (allowed: %s)", describe(v), Quote(s), strings.Join(want, ", "))
			}
		}
	case *kind.Const:
		msg = fmt.Sprintf("must be %v, not %s", k.Want, describe(v))
	case *kind.Minimum:
		msg = fmt.Sprintf("must be at least %s, not %s", ratString(k.Want), gotNumber(v, k.Got))
	case *kind.Maximum:
		msg = fmt.Sprintf("must be at most %s, not %s", ratString(k.Want), gotNumber(v, k.Got))
	case *kind.ExclusiveMinimum:
		msg = fmt.Sprintf("must be more than %s, not %s", ratString(k.Want), gotNumber(v, k.Got))
	case *kind.ExclusiveMaximum:
		msg = fmt.Sprintf("must be less than %s, not %s", ratString(k.Want), gotNumber(v, k.Got))
	case *kind.MultipleOf:
		msg = fmt.Sprintf("must be a multiple of %s, not %s", ratString(k.Want), gotNumber(v, k.Got))
	case *kind.MinLength:
		if k.Want == 1 {
			msg = "must not be empty: write some text"
		} else {
			msg = fmt.Sprintf("is %d characters long: write at least %d", k.Got, k.Want)
		}
	case *kind.MaxLength:
		msg = fmt.Sprintf("is %d characters long: shorten it to at most %d", k.Got, k.Want)
	case *kind.Pattern:
		if p, ok := patterns[k.Want]; ok {
			msg = fmt.Sprintf("%s is not a valid %s: %s", describe(v), p.what, p.fix)
			if s, ok := v.(string); ok && p.what == "id" && SuggestID(s) != "" {
				msg = fmt.Sprintf("%s is not a valid id: write it as %s (lower-case letters and digits, words joined by single hyphens)", describe(v), Quote(SuggestID(s)))
			}
		} else {
			msg = fmt.Sprintf("%s does not match the pattern %s", describe(v), k.Want)
		}
	case *kind.MinItems:
		if len(loc) > 0 && loc[len(loc)-1] == "equipment_any" {
			// A list of one is no choice: that item is simply needed.
			msg = fmt.Sprintf("lists %d item, and equipment_any is a choice (any one of its items will do): list at least %d items, or move a single item to equipment", k.Got, k.Want)
			break
		}
		if k.Want == 1 {
			msg = "must list at least one item"
		} else {
			msg = fmt.Sprintf("must list at least %d items, not %d", k.Want, k.Got)
		}
	case *kind.MaxItems:
		msg = fmt.Sprintf("must list at most %d items, not %d", k.Want, k.Got)
	case *kind.UniqueItems:
		i, j := k.Duplicates[0], k.Duplicates[1]
		item := lookupTokens(v, []string{strconv.Itoa(j)})
		x.add(append(loc[:len(loc):len(loc)], strconv.Itoa(j)), false,
			fmt.Sprintf("%s is already item %d of this list: remove it", describe(item), i))
		return
	case *kind.FalseSchema:
		msg = "is not allowed here: remove it"
	default:
		// Keywords our schemas do not use: the validator's own words.
		msg = "invalid value"
		if out := e.BasicOutput(); out.Error != nil {
			msg = out.Error.String()
		}
	}
	x.add(loc, false, msg)
}

// yesNoWord reports whether s is a word that YAML 1.1 read as a boolean.
func yesNoWord(s string) bool {
	switch strings.ToLower(s) {
	case "yes", "no", "y", "n", "on", "off", "true", "false":
		return true
	}
	return false
}

// patterns says in words what each pattern of the schemas asks for.
var patterns = map[string]struct{ what, fix string }{
	`^[a-z0-9]+(-[a-z0-9]+)*$`:        {"id", `use lower-case letters and digits, words joined by single hyphens, like "glute-bridge"`},
	`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`:    {"date", "write it as YYYY-MM-DD"},
	`^([0-9]{4}-[0-9]{2}-[0-9]{2})?$`: {"date", "write it as YYYY-MM-DD, or leave it empty"},
	`^[^\x00-\x1f\x7f-\x9f]*$`:        {"text line", "it holds a control character (a tab, a line break or a terminal escape): write plain text on one line"},
}

var typeWords = map[string]string{
	"object":  "an object ({...})",
	"array":   "a list ([...])",
	"string":  "text in double quotes",
	"integer": "a whole number",
	"number":  "a number",
	"boolean": "true or false",
	"null":    "null",
}

// describe shows a JSON value briefly, for messages.
func describe(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case bool:
		return strconv.FormatBool(v)
	case json.Number:
		return quote(string(v), maxQuoted, true)
	case string:
		return Quote(v)
	case map[string]any:
		return "an object"
	case []any:
		return "a list"
	}
	return fmt.Sprint(v)
}

// gotNumber shows the number a document holds: as written when that is
// short, else rounded.
func gotNumber(v any, r *big.Rat) string {
	if n, ok := v.(json.Number); ok && len(n) <= 24 {
		return string(n)
	}
	return ratString(r)
}

func ratString(r *big.Rat) string {
	if r == nil {
		return "?"
	}
	if r.IsInt() && len(r.Num().String()) <= 15 {
		return r.Num().String()
	}
	f, _ := r.Float64()
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// schemaPointer returns the JSON pointer part of a schema location URL.
func schemaPointer(u string) string {
	_, frag, _ := strings.Cut(u, "#")
	if s, err := url.PathUnescape(frag); err == nil {
		return s
	}
	return frag
}

// lookup returns the value at pointer in a decoded JSON value, or nil.
func lookup(v any, pointer string) any {
	toks, err := jsonpos.Split(pointer)
	if err != nil {
		return nil
	}
	return lookupTokens(v, toks)
}

func lookupTokens(v any, toks []string) any {
	for _, t := range toks {
		switch x := v.(type) {
		case map[string]any:
			v = x[t]
		case []any:
			i, err := strconv.Atoi(t)
			if err != nil || i < 0 || i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
	}
	return v
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	x, y := []rune(a), []rune(b)
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(y)]
}

// closest returns the word of candidates closest in spelling to s, or ""
// when none is close enough to be a likely typo. For short lists, such as
// the property names of a schema object; catalogs have a faster search of their own.
func closest(s string, candidates []string) string {
	n := utf8.RuneCountInString(s)
	limit := max(2, n/3)
	best, bestDist := "", -1
	for _, c := range candidates {
		// Words whose lengths differ by more than the limit are too far
		// apart: skip the costly distance.
		if m := utf8.RuneCountInString(c); m > n+limit || m < n-limit {
			continue
		}
		if d := editDistance(s, c); bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	if bestDist < 0 || bestDist > limit || best == s {
		return ""
	}
	return best
}

// thousands writes n with commas between groups of three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
