package jsonpos

import (
	"encoding/json"
	"slices"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// MaxDepth is how deeply [Check] lets objects and arrays nest: the limit
// of encoding/json, so that what Check accepts the decoder reads.
const MaxDepth = 10000

// Kind says what is wrong at the place of a [SyntaxError]. Messages are
// built from the kind and the bytes around the offset, never from the text
// of another package's error, so they stay the same whichever JSON
// implementation the program is built with.
type Kind int

// The kinds of syntax error.
const (
	// EndEarly: the document ends inside a value, a string or a comment.
	EndEarly Kind = iota + 1
	// AfterEnd: something follows the top-level value.
	AfterEnd
	// WantValue: a value should start here.
	WantValue
	// WantKey: a member name in double quotes should start here.
	WantKey
	// WantColon: ':' should follow a member name.
	WantColon
	// WantObjectNext: ',' or '}' should follow a member's value.
	WantObjectNext
	// WantArrayNext: ',' or ']' should follow a list item.
	WantArrayNext
	// ControlInString: a control character, such as a line break, inside a string.
	ControlInString
	// BadEscape: an unknown escape, or a \u escape that is not four hex digits.
	BadEscape
	// BadSurrogate: a \u escape that is half of a UTF-16 pair without its other half.
	BadSurrogate
	// BadLiteral: a misspelled true, false or null.
	BadLiteral
	// BadNumber: a malformed number.
	BadNumber
	// TooDeep: objects and arrays nest more than [MaxDepth] levels.
	TooDeep
	// BadComment: a character a // comment cannot hold (U+2028, U+2029).
	BadComment
	// UnclosedComment: a /* comment without its */; the offset is the comment's start.
	UnclosedComment
	// TooMany: more values than the limit given to [Scan]; the offset is
	// the first value over it.
	TooMany
)

// SyntaxError is the first place where a document is not JSON with
// comments and trailing commas.
type SyntaxError struct {
	// Offset is the byte offset of the offending character, or the length
	// of the document when it ends too early.
	Offset int64
	Kind   Kind
}

func (e *SyntaxError) Error() string {
	return "jsonpos: invalid JSON at byte " + itoa(e.Offset) + ": " + kindWords[e.Kind]
}

var kindWords = map[Kind]string{
	EndEarly: "unexpected end", AfterEnd: "data after the top-level value", WantValue: "want a value",
	WantKey: "want a member name", WantColon: "want ':'", WantObjectNext: "want ',' or '}'",
	WantArrayNext: "want ',' or ']'", ControlInString: "control character in string", BadEscape: "bad escape",
	BadSurrogate: "unpaired surrogate escape", BadLiteral: "bad literal", BadNumber: "bad number",
	TooDeep: "nested too deeply", BadComment: "bad character in comment", UnclosedComment: "unclosed comment",
	TooMany: "too many values",
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// Check reports the first syntax error of data read as JSON that may hold
// // and /* */ comments and a comma after the last member or item (the
// form of github.com/tailscale/hujson), or nil when there is none. It
// does not check UTF-8; objects and arrays may nest [MaxDepth] levels.
func Check(data []byte) *SyntaxError {
	err, _ := CheckExtended(data)
	return err
}

// CheckExtended is [Check] that also reports whether data holds a comment
// or a trailing comma: when it does not, it is standard JSON as it stands.
func CheckExtended(data []byte) (err *SyntaxError, extended bool) {
	err, extended, _ = Scan(data, 0)
	return err, extended
}

// Scan is [CheckExtended] that also counts the values of data (objects,
// arrays and scalars): with limit above 0 it stops at the value that
// would make more than limit, and returns its offset as a [SyntaxError]
// of kind TooMany.
func Scan(data []byte, limit int) (err *SyntaxError, extended bool, values int) {
	s := scanner{data: data, maxDepth: MaxDepth, strict: true}
	for {
		t, err := s.next()
		if err != nil {
			return err, s.extended, values
		}
		switch t.kind {
		case tokEnd:
			return nil, s.extended, values
		case tokBeginObject, tokBeginArray, tokScalar:
			values++
			if limit > 0 && values > limit {
				return &SyntaxError{Offset: t.start, Kind: TooMany}, s.extended, values
			}
		}
	}
}

type tokKind int

const (
	tokEnd tokKind = iota
	tokBeginObject
	tokEndObject
	tokBeginArray
	tokEndArray
	tokKey
	tokScalar // a string, number, true, false or null value
)

// token is one step of the scan: its kind and the offsets of its bytes.
type token struct {
	kind       tokKind
	start, end int64
}

type scanState int

const (
	stValue    scanState = iota // a value (at the top, or after ':')
	stArrFirst                  // after '[': an item or ']'
	stArrItem                   // after ',' in a list: an item (or ']': a trailing comma)
	stArrNext                   // after an item: ',' or ']'
	stObjFirst                  // after '{': a name or '}'
	stObjKey                    // after ',' in an object: a name (or '}': a trailing comma)
	stColon                     // after a name: ':'
	stObjNext                   // after a member's value: ',' or '}'
	stDone                      // after the top-level value: nothing more
)

// scanner reads JSON with comments and trailing commas token by token,
// with an explicit stack: deep documents cannot exhaust the call stack.
type scanner struct {
	data     []byte
	off      int
	state    scanState
	stack    []byte // '{' or '[' per open container
	maxDepth int    // 0: no limit
	// extended is set on meeting a comment or a trailing comma.
	extended bool
	// strict refuses a \u escape of half a UTF-16 pair, which JSON
	// packages read differently; otherwise it reads as U+FFFD.
	strict bool
	// escaped says the last string scanned holds an escape.
	escaped bool
}

func (s *scanner) fail(off int, k Kind) (token, *SyntaxError) {
	return token{}, &SyntaxError{Offset: int64(off), Kind: k}
}

// skipSpace skips whitespace and comments.
func (s *scanner) skipSpace() *SyntaxError {
	d := s.data
	i := s.off // kept here, not in s, while it runs over white space
	for i < len(d) {
		switch d[i] {
		case ' ', '\t', '\r', '\n':
			i++
			continue
		case '/':
			if i+1 < len(d) && (d[i+1] == '/' || d[i+1] == '*') {
				s.off = i
				if err := s.skipComment(); err != nil {
					return err
				}
				i = s.off
				continue
			}
		}
		break
	}
	s.off = i
	return nil
}

// skipComment skips the comment at s.off.
func (s *scanner) skipComment() *SyntaxError {
	d := s.data
	if d[s.off+1] == '/' {
		i := s.off + 2
		for i < len(d) && d[i] != '\n' {
			if d[i] == 0xe2 && i+2 < len(d) && d[i+1] == 0x80 && (d[i+2] == 0xa8 || d[i+2] == 0xa9) {
				return &SyntaxError{Offset: int64(i), Kind: BadComment}
			}
			i++
		}
		s.off = i
		s.extended = true
		return nil
	}
	i := s.off + 2
	for {
		if i+1 >= len(d) {
			return &SyntaxError{Offset: int64(s.off), Kind: UnclosedComment}
		}
		if d[i] == '*' && d[i+1] == '/' {
			break
		}
		i++
	}
	s.off = i + 2
	s.extended = true
	return nil
}

// afterValue sets the state that follows a complete value.
func (s *scanner) afterValue() {
	switch {
	case len(s.stack) == 0:
		s.state = stDone
	case s.stack[len(s.stack)-1] == '{':
		s.state = stObjNext
	default:
		s.state = stArrNext
	}
}

func (s *scanner) pop(kind tokKind) (token, *SyntaxError) {
	s.stack = s.stack[:len(s.stack)-1]
	t := token{kind: kind, start: int64(s.off), end: int64(s.off + 1)}
	s.off++
	s.afterValue()
	return t, nil
}

func (s *scanner) next() (token, *SyntaxError) {
	d := s.data
	if s.off == 0 && len(d) >= 3 && d[0] == 0xef && d[1] == 0xbb && d[2] == 0xbf {
		s.off = 3 // a UTF-8 byte order mark
	}
	for {
		if err := s.skipSpace(); err != nil {
			return token{}, err
		}
		if s.off >= len(d) {
			if s.state == stDone {
				return token{kind: tokEnd, start: int64(len(d)), end: int64(len(d))}, nil
			}
			return s.fail(len(d), EndEarly)
		}
		c := d[s.off]
		switch s.state {
		case stDone:
			return s.fail(s.off, AfterEnd)
		case stColon:
			if c != ':' {
				return s.fail(s.off, WantColon)
			}
			s.off++
			s.state = stValue
			continue
		case stObjNext, stArrNext:
			if c == ',' {
				s.off++
				if s.state == stObjNext {
					s.state = stObjKey
				} else {
					s.state = stArrItem
				}
				continue
			}
			if s.state == stObjNext && c == '}' {
				return s.pop(tokEndObject)
			}
			if s.state == stArrNext && c == ']' {
				return s.pop(tokEndArray)
			}
			if s.state == stObjNext {
				return s.fail(s.off, WantObjectNext)
			}
			return s.fail(s.off, WantArrayNext)
		case stObjFirst, stObjKey:
			if c == '}' {
				s.extended = s.extended || s.state == stObjKey
				return s.pop(tokEndObject)
			}
			if c != '"' {
				return s.fail(s.off, WantKey)
			}
			start := s.off
			if err := s.scanString(); err != nil {
				return token{}, err
			}
			s.state = stColon
			return token{kind: tokKey, start: int64(start), end: int64(s.off)}, nil
		case stArrFirst, stArrItem:
			if c == ']' {
				s.extended = s.extended || s.state == stArrItem
				return s.pop(tokEndArray)
			}
		}
		// A value starts here.
		start := s.off
		switch {
		case c == '{' || c == '[':
			if s.maxDepth > 0 && len(s.stack) >= s.maxDepth {
				return s.fail(s.off, TooDeep)
			}
			s.stack = append(s.stack, c)
			s.off++
			if c == '{' {
				s.state = stObjFirst
				return token{kind: tokBeginObject, start: int64(start), end: int64(s.off)}, nil
			}
			s.state = stArrFirst
			return token{kind: tokBeginArray, start: int64(start), end: int64(s.off)}, nil
		case c == '"':
			if err := s.scanString(); err != nil {
				return token{}, err
			}
		case c == '-' || '0' <= c && c <= '9':
			if err := s.scanNumber(); err != nil {
				return token{}, err
			}
		case c == 't' || c == 'f' || c == 'n':
			if err := s.scanLiteral(); err != nil {
				return token{}, err
			}
		default:
			return s.fail(s.off, WantValue)
		}
		s.afterValue()
		return token{kind: tokScalar, start: int64(start), end: int64(s.off)}, nil
	}
}

func (s *scanner) scanString() *SyntaxError {
	d := s.data
	i := s.off + 1
	s.escaped = false
	for {
		i = plainRun(d, i)
		for i < len(d) && d[i] >= 0x20 && d[i] != '"' && d[i] != '\\' {
			i++
		}
		if i >= len(d) {
			return &SyntaxError{Offset: int64(len(d)), Kind: EndEarly}
		}
		c := d[i]
		switch {
		case c == '"':
			s.off = i + 1
			return nil
		case c < 0x20:
			return &SyntaxError{Offset: int64(i), Kind: ControlInString}
		case c == '\\':
			s.escaped = true
			if i+1 >= len(d) {
				return &SyntaxError{Offset: int64(len(d)), Kind: EndEarly}
			}
			switch d[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				r, err := hex4(d, i+2)
				if err != nil {
					return err
				}
				i += 6
				if utf16.IsSurrogate(r) && s.strict {
					// Only a high half followed by a low half makes a character.
					if r >= 0xdc00 || i+1 >= len(d) || d[i] != '\\' || d[i+1] != 'u' {
						return &SyntaxError{Offset: int64(i - 6), Kind: BadSurrogate}
					}
					r2, err := hex4(d, i+2)
					if err != nil {
						return err
					}
					if r2 < 0xdc00 || r2 > 0xdfff {
						return &SyntaxError{Offset: int64(i - 6), Kind: BadSurrogate}
					}
					i += 6
				}
			default:
				return &SyntaxError{Offset: int64(i + 1), Kind: BadEscape}
			}
		default:
			i++
		}
	}
}

// plainRun skips plain text inside a string (any byte but a quote, a
// backslash or a control character) eight bytes at a time: it returns the
// offset of the first eight bytes from i on that are not all plain, or of
// the last few bytes of d.
func plainRun(d []byte, i int) int {
	const (
		ones  = 0x0101010101010101
		space = 0x20 * ones
		high  = 0x80 * ones
	)
	for ; i+8 <= len(d); i += 8 {
		w := uint64(d[i]) | uint64(d[i+1])<<8 | uint64(d[i+2])<<16 | uint64(d[i+3])<<24 |
			uint64(d[i+4])<<32 | uint64(d[i+5])<<40 | uint64(d[i+6])<<48 | uint64(d[i+7])<<56
		// A zero byte of x sets its high bit in (x - ones) &^ x, and a
		// byte below 0x20 its high bit in (w - space) &^ w.
		q, b := w^('"'*ones), w^('\\'*ones)
		if ((q-ones)&^q|(b-ones)&^b|(w-space)&^w)&high != 0 {
			return i
		}
	}
	return i
}

// hex4 reads the four hex digits of a \u escape starting at i.
func hex4(d []byte, i int) (rune, *SyntaxError) {
	var r rune
	for k := i; k < i+4; k++ {
		if k >= len(d) {
			return 0, &SyntaxError{Offset: int64(len(d)), Kind: EndEarly}
		}
		c := d[k]
		switch {
		case '0' <= c && c <= '9':
			r = r<<4 | rune(c-'0')
		case 'a' <= c && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case 'A' <= c && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, &SyntaxError{Offset: int64(k), Kind: BadEscape}
		}
	}
	return r, nil
}

func (s *scanner) scanNumber() *SyntaxError {
	d := s.data
	i := s.off
	digits := func() int {
		n := 0
		for i < len(d) && '0' <= d[i] && d[i] <= '9' {
			i++
			n++
		}
		return n
	}
	need := func() *SyntaxError {
		if i >= len(d) {
			return &SyntaxError{Offset: int64(len(d)), Kind: EndEarly}
		}
		return &SyntaxError{Offset: int64(i), Kind: BadNumber}
	}
	if d[i] == '-' {
		i++
	}
	switch {
	case i < len(d) && d[i] == '0':
		i++
	case digits() == 0:
		return need()
	}
	if i < len(d) && d[i] == '.' {
		i++
		if digits() == 0 {
			return need()
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if digits() == 0 {
			return need()
		}
	}
	s.off = i
	return nil
}

func (s *scanner) scanLiteral() *SyntaxError {
	d := s.data
	var want string
	switch d[s.off] {
	case 't':
		want = "true"
	case 'f':
		want = "false"
	default:
		want = "null"
	}
	for k := 1; k < len(want); k++ {
		i := s.off + k
		if i >= len(d) {
			return &SyntaxError{Offset: int64(len(d)), Kind: EndEarly}
		}
		if d[i] != want[k] {
			return &SyntaxError{Offset: int64(i), Kind: BadLiteral}
		}
	}
	s.off += len(want)
	return nil
}

// unquote decodes a JSON string token that the scanner accepted. Each
// byte that is not UTF-8 becomes U+FFFD, as encoding/json reads it.
func unquote(b []byte) string {
	s := unescape(b)
	if utf8.ValidString(s) {
		return s
	}
	out := make([]rune, 0, len(s))
	for _, r := range s {
		out = append(out, r) // range yields U+FFFD for each invalid byte
	}
	return string(out)
}

func unescape(b []byte) string {
	b = b[1 : len(b)-1]
	simple := true
	for _, c := range b {
		if c == '\\' {
			simple = false
			break
		}
	}
	if simple {
		return string(b)
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		c := b[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		switch b[i+1] {
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, _ := hex4(b, i+2)
			if utf16.IsSurrogate(r) {
				// Half a pair reads as U+FFFD, as in encoding/json.
				hi := r
				r = utf8.RuneError
				if i+12 <= len(b) && b[i+6] == '\\' && b[i+7] == 'u' {
					if r2, err := hex4(b, i+8); err == nil {
						if pair := utf16.DecodeRune(hi, r2); pair != utf8.RuneError {
							r = pair
							i += 6
						}
					}
				}
			}
			out = utf8.AppendRune(out, r)
			i += 6
			continue
		default: // '"', '\\', '/'
			out = append(out, b[i+1])
		}
		i += 2
	}
	return string(out)
}

// Decoded is a document as [DecodeDocument] reads it.
type Decoded struct {
	// Value is data's value, as encoding/json's Decoder gives it with
	// UseNumber (string, json.Number, bool and nil, lists as []any), but
	// for its objects, each an [*Object] ([Maps] makes them the maps the
	// Decoder gives); of a name given twice in an object the last value
	// counts. Its texts are cut from data in place, not copied: data must
	// not change afterwards.
	Value any
	// Duplicates holds, found on the way, a
	// pointer to every member whose name an earlier member of the same
	// object used, in document order.
	Duplicates []string
	// Items holds, for each member of the top-level object that is a
	// list, the offset of each of its items (of the last such member of a
	// name given twice).
	Items map[string][]int64
	// Extended says data holds a comment or a trailing comma, as
	// [CheckExtended] does.
	Extended bool
}

// DecodeDocument reads data, one JSON document (comments and trailing
// commas allowed), where it lies (a Decoder first copies its whole input
// into a buffer of its own), and also finds, on the way, what a reader
// of a file needs besides its value (see [Decoded]), and, with limit above
// 0, stops at the value that would make more than limit, as [Scan] does,
// with the same error: so one pass over the document both checks and
// reads it.
//
// Its objects are [*Object]s, not maps: lists of members are cheaper to
// make and to read than maps (for a catalog of 5,000 entries, making,
// walking and looking up the maps of its 60,000 objects took a third of
// validating it), and the readers of a document walk each object whole.
func DecodeDocument(data []byte, limit int) (*Decoded, *SyntaxError) {
	return decodeDocument(data, limit, false)
}

// DecodeValidDocument is [DecodeDocument] for data known to be UTF-8
// ([utf8.Valid]): its texts are not checked again one by one.
func DecodeValidDocument(data []byte, limit int) (*Decoded, *SyntaxError) {
	return decodeDocument(data, limit, true)
}

func decodeDocument(data []byte, limit int, valid bool) (*Decoded, *SyntaxError) {
	d := &Decoded{Items: map[string][]int64{}}
	v, err := decode(data, d, limit, valid)
	if err != nil {
		return nil, err
	}
	d.Value = v
	return d, nil
}

// Object is a JSON object as [DecodeDocument] reads it: its members in
// the order of the file, each name once (a name given twice holds the
// last value given, where the first was).
type Object struct {
	Members []Member
}

// Member is a member of an [Object].
type Member struct {
	Name  string
	Value any
}

// Get returns the value of the member name, and whether there is one.
func (o *Object) Get(name string) (any, bool) {
	for i := range o.Members {
		if o.Members[i].Name == name {
			return o.Members[i].Value, true
		}
	}
	return nil, false
}

// Maps returns v, a value [DecodeDocument] read, as encoding/json's
// Decoder gives it with UseNumber: each [*Object] a map[string]any, the
// lists that hold one copied. Parts that hold no object are shared, not
// copied.
func Maps(v any) any {
	switch x := v.(type) {
	case *Object:
		m := make(map[string]any, len(x.Members))
		for _, mem := range x.Members {
			m[mem.Name] = Maps(mem.Value)
		}
		return m
	case []any:
		var out []any
		for i, e := range x {
			switch e.(type) {
			case *Object, []any:
				if out == nil {
					out = slices.Clone(x)
				}
				out[i] = Maps(e)
			}
		}
		if out == nil {
			return x
		}
		return out
	}
	return v
}

// manyMembers is the number of members past which an object's names are
// looked up in a map, rather than among the names before, to find one
// given twice. A catalog entry has up to about 20: comparing each name
// with those before it costs less than making a map for each entry.
const manyMembers = 32

// decodeFrame is an open container while decoding. A container's values
// (and an object's names) wait in one list of values (and names) until it
// ends, and are then laid out at their final size: a list or map grown
// item by item leaves its smaller copies behind.
type decodeFrame struct {
	object      bool
	twice       bool                // an object's names: one given twice
	vals, names int                 // where its values and names start
	seen        map[string]struct{} // an object's names, once it has many
}

// slabs hands out the room for the objects, members and list items of a
// document from blocks made a few hundred at a time, instead of making
// each alone: the tree lives and goes as a whole.
type slabs struct {
	objects []Object
	members []Member
	items   []any
}

// slabBlock is how many of a kind a block of [slabs] holds, at the least.
const slabBlock = 512

func (s *slabs) object(n int) *Object {
	if len(s.objects) == 0 {
		s.objects = make([]Object, slabBlock/4)
	}
	o := &s.objects[0]
	s.objects = s.objects[1:]
	if n > 0 {
		if len(s.members) < n {
			s.members = make([]Member, max(n, slabBlock))
		}
		o.Members = s.members[:n:n]
		s.members = s.members[n:]
	}
	return o
}

func (s *slabs) list(n int) []any {
	if n == 0 {
		return []any{}
	}
	if len(s.items) < n {
		s.items = make([]any, max(n, slabBlock))
	}
	l := s.items[:n:n]
	s.items = s.items[n:]
	return l
}

// decode decodes data, and fills the rest of more, when not nil; limit,
// when above 0, is the most values it reads; valid says data is known to
// be UTF-8.
func decode(data []byte, more *Decoded, limit int, valid bool) (any, *SyntaxError) {
	// Texts and names are read in place: cut from data seen as a string,
	// rather than each copied (a catalog holds hundreds of thousands), so
	// data must not change while they are in use (see [Decode]).
	src := unsafe.String(unsafe.SliceData(data), len(data))
	s := scanner{data: data, maxDepth: MaxDepth, strict: true}
	var stack []decodeFrame
	var vals []any
	var names []string
	var root any
	values := 0
	// compact: objects are *Object, and objects and lists are cut from
	// slabs (see [DecodeDocument]).
	compact := more != nil
	var slab slabs
	// items collects the offsets of the items of a list that is a member
	// of the top-level object.
	var items []int64
	put := func(v any) {
		if len(stack) == 0 {
			root = v
			return
		}
		vals = append(vals, v)
	}
	// text reads the string token t, just scanned.
	text := func(t token) string {
		if !s.escaped {
			if s := src[t.start+1 : t.end-1]; valid || utf8.ValidString(s) {
				return s
			}
		}
		return unquote(data[t.start:t.end])
	}
	for {
		t, err := s.next()
		if err != nil {
			return nil, err
		}
		if more != nil && len(stack) == 2 && stack[0].object && !stack[1].object && t.kind != tokEndArray {
			items = append(items, t.start) // an item of a top-level list starts
		}
		switch t.kind {
		case tokBeginObject, tokBeginArray, tokScalar:
			values++
			if limit > 0 && values > limit {
				return nil, &SyntaxError{Offset: t.start, Kind: TooMany}
			}
		}
		switch t.kind {
		case tokEnd:
			if more != nil {
				more.Extended = s.extended
			}
			return root, nil
		case tokBeginObject:
			stack = append(stack, decodeFrame{object: true, vals: len(vals), names: len(names)})
		case tokBeginArray:
			stack = append(stack, decodeFrame{vals: len(vals), names: len(names)})
		case tokEndObject:
			f := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			ns, vs := names[f.names:], vals[f.vals:]
			var obj any
			if compact {
				o := slab.object(len(ns))
				for i, n := range ns {
					o.Members[i] = Member{n, vs[i]}
				}
				if f.twice {
					o.Members = lastOfEach(o.Members)
				}
				obj = o
			} else {
				m := make(map[string]any, len(ns))
				for i, n := range ns {
					m[n] = vs[i]
				}
				obj = m
			}
			clear(vs) // let the values go when the tree does
			names, vals = names[:f.names], vals[:f.vals]
			put(obj)
		case tokEndArray:
			f := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if more != nil && len(stack) == 1 && stack[0].object {
				more.Items[names[len(names)-1]] = items
				items = nil
			}
			var list []any
			if compact {
				list = slab.list(len(vals) - f.vals)
			} else {
				list = make([]any, len(vals)-f.vals)
			}
			copy(list, vals[f.vals:])
			clear(vals[f.vals:])
			vals = vals[:f.vals]
			put(list)
		case tokKey:
			name := text(t)
			if more != nil {
				top := &stack[len(stack)-1]
				if repeated(top.seen, names[top.names:], name) {
					top.twice = true
					more.Duplicates = append(more.Duplicates, duplicatePath(stack, names, vals, name))
				}
				if top.seen == nil && len(names)-top.names >= manyMembers {
					top.seen = make(map[string]struct{}, 2*manyMembers)
					for _, n := range names[top.names:] {
						top.seen[n] = struct{}{}
					}
				}
				if top.seen != nil {
					top.seen[name] = struct{}{}
				}
			}
			names = append(names, name)
		case tokScalar:
			b := data[t.start:t.end]
			switch b[0] {
			case '"':
				put(text(t))
			case 't':
				put(true)
			case 'f':
				put(false)
			case 'n':
				put(nil)
			default:
				put(json.Number(src[t.start:t.end]))
			}
		}
	}
}

// lastOfEach keeps one member of each name of ms, at the place of its
// first, with the value of its last.
func lastOfEach(ms []Member) []Member {
	at := make(map[string]int, len(ms))
	out := ms[:0]
	for _, m := range ms {
		if i, ok := at[m.Name]; ok {
			out[i].Value = m.Value
			continue
		}
		at[m.Name] = len(out)
		out = append(out, m)
	}
	clear(ms[len(out):])
	return out
}

// repeated reports whether name is among an object's names so far: in
// seen once it has many, else in before.
func repeated(seen map[string]struct{}, before []string, name string) bool {
	if seen != nil {
		_, ok := seen[name]
		return ok
	}
	for _, n := range before {
		if n == name {
			return true
		}
	}
	return false
}

// duplicatePath is the pointer to the member name of the innermost open
// object of stack: the name of each open container in the one around it
// (a member's name, or an item's index), then name.
func duplicatePath(stack []decodeFrame, names []string, vals []any, name string) string {
	path := make([]string, 0, len(stack))
	for i := 1; i < len(stack); i++ {
		parent, child := stack[i-1], stack[i]
		if parent.object {
			path = append(path, names[child.names-1])
		} else {
			path = append(path, strconv.Itoa(child.vals-parent.vals))
		}
	}
	return Join(append(path, name))
}
