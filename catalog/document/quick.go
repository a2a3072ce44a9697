package document

import (
	"encoding/json"
	"math/big"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gluteplan/gluteplan/catalog/jsonpos"
)

// The quick check.
//
// The validator (github.com/santhosh-tekuri/jsonschema) builds, for every
// value it checks, state it needs only to explain an error: on a valid
// catalog of 5,000 entries it took two fifths of the run. Most files are
// valid. So [Document.Check] first asks the quick check, which reads the
// same schema but only decides: valid, not valid, or cannot tell. Only a
// document it does not find valid goes to the validator, which finds and
// words the problems; the quick check never words one.
//
// It knows the keywords gluteplan's schemas use, and does for them what
// the validator does (JSON Schema 2020-12): a schema with any other
// keyword gets no quick check at all, and a value it is not sure of (a
// number it cannot read exactly, a list of other things than text checked
// for repeated items) makes the answer "cannot tell". So a document it
// finds valid is one the validator finds valid: TestQuickAgrees and
// FuzzQuickAgrees compare the two on every test document and on
// mutations of them.

// verdict is the quick check's answer about a value.
type verdict uint8

const (
	valid  verdict = iota // the validator finds no error
	wrong                 // the validator finds an error
	unsure                // cannot tell: ask the validator
)

// and combines the verdicts of two keywords of one schema.
func (a verdict) and(b verdict) verdict {
	switch {
	case a == wrong || b == wrong:
		return wrong
	case a == unsure || b == unsure:
		return unsure
	}
	return valid
}

// The types a schema's "type" names, as bits.
const (
	tNull = 1 << iota
	tBoolean
	tNumber
	tInteger
	tString
	tArray
	tObject
)

// quickSchema is one schema object, compiled for the quick check.
type quickSchema struct {
	always, never bool // the schema true or false

	types uint8 // 0: any type
	enum  map[string]bool
	ref   *quickSchema

	// numbers
	minimum, maximum *bound
	// strings
	minLength, maxLength int // -1: none
	pattern              func(string) bool
	textLine             bool // pattern is textLine
	// arrays
	minItems, maxItems int // -1: none
	unique             bool
	items              *quickSchema
	// objects
	minProps, maxProps int // -1: none
	required           []string
	props              map[string]quickProp
	additional         *quickSchema // nil: any member is allowed
	// requiredProps counts the names of required that props holds (each
	// once), and requiredOthers lists the others: for members.
	requiredProps  int
	requiredOthers []string
	propertyNames  *quickSchema

	oneOf []*quickSchema
}

// quickProp is a member's schema, and whether the member is required.
type quickProp struct {
	schema   *quickSchema
	required bool
}

// bound is a minimum or a maximum: exactly, and as an int64 when it is a
// whole number that fits one.
type bound struct {
	rat   *big.Rat
	whole bool
	n     int64
}

// quickCompiler compiles a schema document for the quick check.
type quickCompiler struct {
	root any
	// byPointer holds the schemas compiled so far, so that a $ref to a
	// schema compiled or being compiled shares it (and recursion ends).
	byPointer map[string]*quickSchema
	ok        bool
}

// compileQuick compiles the schema document raw (as
// jsonschema.UnmarshalJSON reads it: numbers as json.Number) for the
// quick check, or returns nil when it uses a keyword the quick check does
// not know.
func compileQuick(raw any) *quickSchema {
	c := &quickCompiler{root: raw, byPointer: map[string]*quickSchema{}, ok: true}
	s := c.at("")
	if !c.ok {
		return nil
	}
	for _, s := range c.byPointer {
		s.markRequired()
	}
	return s
}

// markRequired notes, in props, the members required names, once the
// schema's keywords are all read (in whatever order).
func (s *quickSchema) markRequired() {
	for _, name := range s.required {
		p, ok := s.props[name]
		switch {
		case ok && !p.required:
			p.required = true
			s.props[name] = p
			s.requiredProps++
		case !ok && !slices.Contains(s.requiredOthers, name):
			s.requiredOthers = append(s.requiredOthers, name)
		}
	}
}

// at compiles the schema at ptr, a JSON pointer into the document.
func (c *quickCompiler) at(ptr string) *quickSchema {
	if s, ok := c.byPointer[ptr]; ok {
		return s
	}
	s := &quickSchema{}
	c.byPointer[ptr] = s
	c.fill(s, lookup(c.root, ptr), ptr)
	return s
}

// fail marks the schema as beyond the quick check.
func (c *quickCompiler) fail() { c.ok = false }

// fill compiles node, the schema at ptr, into s.
func (c *quickCompiler) fill(s *quickSchema, node any, ptr string) {
	s.minLength, s.maxLength, s.minItems, s.maxItems, s.minProps, s.maxProps = -1, -1, -1, -1, -1, -1
	switch n := node.(type) {
	case bool:
		s.always, s.never = n, !n
		return
	case map[string]any:
		for k, v := range n {
			c.keyword(s, k, v, ptr)
		}
	default:
		c.fail()
	}
}

func (c *quickCompiler) keyword(s *quickSchema, k string, v any, ptr string) {
	sub := func(name string) *quickSchema { return c.at(ptr + "/" + name) }
	switch k {
	case "description", "title", "default", "examples", "$comment", "deprecated", "readOnly", "writeOnly", "$defs":
		// Words for people, or schemas reached only through $ref.
	case "$schema", "$id":
		if ptr != "" {
			c.fail() // a resource of its own inside the document
		}
		if k == "$schema" && v != "https://json-schema.org/draft/2020-12/schema" {
			c.fail()
		}
	case "$ref":
		ref, ok := v.(string)
		if !ok || !strings.HasPrefix(ref, "#") {
			c.fail()
			return
		}
		// A pointer written as a URI fragment may escape characters with
		// %: such a $ref is left to the validator.
		if strings.Contains(ref, "%") || lookup(c.root, ref[1:]) == nil {
			c.fail()
			return
		}
		s.ref = c.at(ref[1:])
	case "type":
		switch t := v.(type) {
		case string:
			s.types = typeBit(t)
		case []any:
			for _, x := range t {
				name, _ := x.(string)
				s.types |= typeBit(name)
			}
		}
		if s.types == 0 {
			c.fail()
		}
	case "enum":
		list, ok := v.([]any)
		if !ok {
			c.fail()
			return
		}
		s.enum = make(map[string]bool, len(list))
		for _, x := range list {
			str, ok := x.(string)
			if !ok {
				c.fail() // only lists of texts are compared here
				return
			}
			s.enum[str] = true
		}
	case "minimum", "maximum":
		b := c.bound(v)
		if k == "minimum" {
			s.minimum = b
		} else {
			s.maximum = b
		}
	case "minLength":
		s.minLength = c.count(v)
	case "maxLength":
		s.maxLength = c.count(v)
	case "minItems":
		s.minItems = c.count(v)
	case "maxItems":
		s.maxItems = c.count(v)
	case "minProperties":
		s.minProps = c.count(v)
	case "maxProperties":
		s.maxProps = c.count(v)
	case "pattern":
		p, ok := v.(string)
		if !ok {
			c.fail()
			return
		}
		s.pattern, s.textLine = c.matcher(p), p == textLine
	case "uniqueItems":
		b, ok := v.(bool)
		if !ok {
			c.fail()
		}
		s.unique = b
	case "items":
		s.items = sub("items")
	case "required":
		list, ok := v.([]any)
		if !ok {
			c.fail()
			return
		}
		for _, x := range list {
			name, ok := x.(string)
			if !ok {
				c.fail()
				return
			}
			s.required = append(s.required, name)
		}
	case "properties":
		m, ok := v.(map[string]any)
		if !ok {
			c.fail()
			return
		}
		s.props = make(map[string]quickProp, len(m))
		for name := range m {
			s.props[name] = quickProp{schema: c.at(ptr + "/properties/" + escapeToken(name))}
		}
	case "additionalProperties":
		s.additional = sub("additionalProperties")
	case "propertyNames":
		s.propertyNames = sub("propertyNames")
	case "oneOf":
		list, ok := v.([]any)
		if !ok || len(list) == 0 {
			c.fail()
			return
		}
		for i := range list {
			s.oneOf = append(s.oneOf, c.at(ptr+"/oneOf/"+strconv.Itoa(i)))
		}
	default:
		c.fail()
	}
}

func typeBit(name string) uint8 {
	switch name {
	case "null":
		return tNull
	case "boolean":
		return tBoolean
	case "number":
		return tNumber
	case "integer":
		return tInteger
	case "string":
		return tString
	case "array":
		return tArray
	case "object":
		return tObject
	}
	return 0
}

// bound reads a minimum or maximum.
func (c *quickCompiler) bound(v any) *bound {
	n, ok := v.(json.Number)
	if !ok {
		c.fail()
		return nil
	}
	r, ok := new(big.Rat).SetString(string(n))
	if !ok {
		c.fail()
		return nil
	}
	b := &bound{rat: r}
	if r.IsInt() && r.Num().IsInt64() {
		b.whole, b.n = true, r.Num().Int64()
	}
	return b
}

// count reads a length or a number of items.
func (c *quickCompiler) count(v any) int {
	n, ok := v.(json.Number)
	if !ok {
		c.fail()
		return -1
	}
	i, err := strconv.Atoi(string(n))
	if err != nil || i < 0 {
		c.fail()
		return -1
	}
	return i
}

// textLine is the schemas' pattern for one line of text: no control
// character (C0, DEL or C1).
const textLine = `^[^\x00-\x1f\x7f-\x9f]*$`

// idPattern is the schemas' pattern for an id.
const idPattern = `^[a-z0-9]+(-[a-z0-9]+)*$`

// matcher returns what decides whether a text matches the pattern p, as
// the validator's regexp.MatchString does: the two patterns the schemas
// use for most texts by hand (TestQuickPatterns compares them with the
// regular expressions), the others by regexp.
func (c *quickCompiler) matcher(p string) func(string) bool {
	switch p {
	case textLine:
		return isTextLine
	case idPattern:
		return isID
	}
	re, err := regexp.Compile(p)
	if err != nil {
		c.fail()
		return nil
	}
	return re.MatchString
}

// isTextLine reports whether s holds no control character: no C0 control
// or DEL (one byte each), and no C1 control (U+0080 to U+009F, written
// 0xC2 then 0x80 to 0x9F). A byte that is not UTF-8 reads as U+FFFD, as
// it does for the regular expression, which allows it.
func isTextLine(s string) bool {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b < 0x20 || b == 0x7f {
			return false
		}
		if b == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f {
			return false
		}
	}
	return true
}

// printableASCII reports whether s holds only printable ASCII characters
// (0x20 to 0x7e), reading eight bytes at a time.
func printableASCII(s string) bool {
	const (
		ones  = 0x0101010101010101
		space = 0x20 * ones
		high  = 0x80 * ones
	)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		// A byte below 0x20 sets its high bit in (w - space) &^ w; one of
		// 0x7f or above sets it in (w + ones) | w (a carry out of a byte
		// comes only from one of 0x80 or above, already caught).
		if ((w-space)&^w|(w+ones)|w)&high != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

// isID reports whether s is lower-case letters and digits, words joined
// by single hyphens.
func isID(s string) bool {
	if s == "" {
		return false
	}
	word := false // inside a word
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case 'a' <= b && b <= 'z' || '0' <= b && b <= '9':
			word = true
		case b == '-' && word:
			word = false
		default:
			return false
		}
	}
	return word
}

// escapeToken escapes a name for a JSON pointer.
func escapeToken(name string) string {
	if !strings.ContainsAny(name, "~/") {
		return name
	}
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(name)
}

// check decides v against s.
func (s *quickSchema) check(v any) verdict {
	switch {
	case s.always:
		return valid
	case s.never:
		return wrong
	}
	var t uint8
	switch v.(type) {
	case nil:
		t = tNull
	case bool:
		t = tBoolean
	case json.Number:
		t = tNumber
	case string:
		t = tString
	case []any:
		t = tArray
	case map[string]any, *jsonpos.Object:
		t = tObject
	default:
		return unsure // a value a document does not hold
	}
	out := valid
	if s.types != 0 && s.types&t == 0 {
		if !(t == tNumber && s.types&tInteger != 0) {
			return wrong
		}
		// A number where a whole number is asked for: is it one?
		whole, sure := isWhole(v.(json.Number))
		if !sure {
			return unsure
		}
		if !whole {
			return wrong
		}
	}
	if s.enum != nil {
		str, ok := v.(string)
		if !ok || !s.enum[str] {
			return wrong
		}
	}
	if s.ref != nil {
		if out = out.and(s.ref.check(v)); out == wrong {
			return wrong
		}
	}
	switch x := v.(type) {
	case *jsonpos.Object:
		out = out.and(s.members(x))
	case map[string]any:
		out = out.and(s.object(x))
	case []any:
		out = out.and(s.array(x))
	case string:
		out = out.and(s.text(x))
	case json.Number:
		out = out.and(s.number(x))
	}
	if out == wrong || len(s.oneOf) == 0 {
		return out
	}
	matched := 0
	for _, o := range s.oneOf {
		switch o.check(v) {
		case valid:
			matched++
		case unsure:
			return unsure
		}
	}
	if matched != 1 {
		return wrong
	}
	return out
}

func (s *quickSchema) object(obj map[string]any) verdict {
	if s.minProps >= 0 && len(obj) < s.minProps || s.maxProps >= 0 && len(obj) > s.maxProps {
		return wrong
	}
	for _, name := range s.required {
		if _, ok := obj[name]; !ok {
			return wrong
		}
	}
	out := valid
	for name, v := range obj {
		sub := s.props[name].schema
		if sub == nil {
			sub = s.additional
		}
		if sub != nil {
			if out = out.and(sub.check(v)); out == wrong {
				return wrong
			}
		}
		if s.propertyNames != nil {
			if out = out.and(s.propertyNames.check(name)); out == wrong {
				return wrong
			}
		}
	}
	return out
}

// members is [quickSchema.object] for an object as a document holds it,
// its names given once each.
func (s *quickSchema) members(obj *jsonpos.Object) verdict {
	ms := obj.Members
	if s.minProps >= 0 && len(ms) < s.minProps || s.maxProps >= 0 && len(ms) > s.maxProps {
		return wrong
	}
	out := valid
	required := 0 // members named in s.props that s.required names
	for i := range ms {
		name := ms[i].Name
		p, known := s.props[name]
		sub := p.schema
		if !known {
			sub = s.additional
		} else if p.required {
			required++
		}
		if sub != nil {
			if out = out.and(sub.check(ms[i].Value)); out == wrong {
				return wrong
			}
		}
		if s.propertyNames != nil {
			if out = out.and(s.propertyNames.check(name)); out == wrong {
				return wrong
			}
		}
	}
	if required < s.requiredProps {
		return wrong
	}
	for _, name := range s.requiredOthers {
		if _, ok := obj.Get(name); !ok {
			return wrong
		}
	}
	return out
}

func (s *quickSchema) array(list []any) verdict {
	if s.minItems >= 0 && len(list) < s.minItems || s.maxItems >= 0 && len(list) > s.maxItems {
		return wrong
	}
	out := valid
	if s.unique && len(list) > 1 {
		out = uniqueTexts(list)
		if out == wrong {
			return wrong
		}
	}
	if s.items != nil {
		for _, v := range list {
			if out = out.and(s.items.check(v)); out == wrong {
				return wrong
			}
		}
	}
	return out
}

// uniqueTexts decides uniqueItems for a list of texts; other values are
// compared by the validator's rules (1 and 1.0 are the same number).
func uniqueTexts(list []any) verdict {
	if len(list) <= 16 {
		for i, v := range list {
			a, ok := v.(string)
			if !ok {
				return unsure
			}
			for _, w := range list[:i] {
				if a == w.(string) {
					return wrong
				}
			}
		}
		return valid
	}
	seen := make(map[string]bool, len(list))
	for _, v := range list {
		a, ok := v.(string)
		if !ok {
			return unsure
		}
		if seen[a] {
			return wrong
		}
		seen[a] = true
	}
	return valid
}

func (s *quickSchema) text(str string) verdict {
	if s.textLine && printableASCII(str) {
		// No control character, and a character a byte: most texts.
		n := len(str)
		if s.minLength >= 0 && n < s.minLength || s.maxLength >= 0 && n > s.maxLength {
			return wrong
		}
		return valid
	}
	if s.minLength >= 0 || s.maxLength >= 0 {
		n := utf8.RuneCountInString(str)
		if s.minLength >= 0 && n < s.minLength || s.maxLength >= 0 && n > s.maxLength {
			return wrong
		}
	}
	if s.pattern != nil && !s.pattern(str) {
		return wrong
	}
	return valid
}

func (s *quickSchema) number(n json.Number) verdict {
	if s.minimum == nil && s.maximum == nil {
		return valid
	}
	if i, ok := plainInt(n); ok {
		if s.minimum != nil && s.minimum.whole && i < s.minimum.n || s.maximum != nil && s.maximum.whole && i > s.maximum.n {
			return wrong
		}
		if (s.minimum == nil || s.minimum.whole) && (s.maximum == nil || s.maximum.whole) {
			return valid
		}
	}
	r, ok := new(big.Rat).SetString(string(n))
	if !ok {
		return unsure
	}
	if s.minimum != nil && r.Cmp(s.minimum.rat) < 0 || s.maximum != nil && r.Cmp(s.maximum.rat) > 0 {
		return wrong
	}
	return valid
}

// plainInt reads n when it is a whole number written in plain digits
// that fits an int64 with room to spare.
func plainInt(n json.Number) (int64, bool) {
	s := string(n)
	if len(s) == 0 || len(s) > 18 {
		return 0, false
	}
	digits := s
	if s[0] == '-' {
		digits = s[1:]
	}
	if digits == "" {
		return 0, false
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return 0, false
		}
	}
	i, err := strconv.ParseInt(s, 10, 64)
	return i, err == nil
}

// isWhole reports whether n is a whole number (4, 4.0, 1e2), as the
// validator reads it, and whether that could be told.
func isWhole(n json.Number) (whole, sure bool) {
	if _, ok := plainInt(n); ok {
		return true, true
	}
	r, ok := new(big.Rat).SetString(string(n))
	if !ok {
		return false, false
	}
	return r.IsInt(), true
}
