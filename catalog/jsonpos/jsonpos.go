// Package jsonpos finds where things are in a JSON document: the line and
// column of the value an RFC 6901 JSON pointer names, so that messages about
// a file can point at the place to fix.
//
// Lines and columns are 1-based and count characters (runes), as editors
// do: "é" or "😀" is one column. A line ends at LF, at CRLF, or at a lone
// CR. A tab is one column.
//
// The document is read with this package's own tokenizer and an explicit
// stack, never by recursion, so deeply nested input cannot exhaust the call
// stack. It accepts // and /* */ comments and a comma after the last member
// or item, as github.com/tailscale/hujson does, so offsets into a file with
// comments are offsets into the file as written. A UTF-8 byte order mark
// at the start takes no column.
package jsonpos

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Position returns the 1-based line and column (in runes) of the first
// character of the value that pointer refers to in data; the pointer ""
// refers to the whole document.
//
// When the pointer does not resolve fully (a missing property, an index
// past the end of an array, "-", or a step into a string or number), Position
// returns the position of the deepest value on the pointer's path that does
// exist, and a nil error: a message about a missing property points at the
// object that lacks it. When an object repeats a key, the last occurrence
// counts, as it does for encoding/json.
//
// err is non-nil when pointer is not a JSON pointer (it must be "" or start
// with "/", and "~" must be followed by "0" or "1") or when data is not one
// valid JSON document.
func Position(data []byte, pointer string) (line, col int, err error) {
	places, err := Offsets(data, pointer)
	if err != nil {
		return 0, 0, err
	}
	line, col = LineCol(data, places[0].Value)
	return line, col, nil
}

// LineCol returns the 1-based line and column (in runes) of the byte at
// offset in data. An offset past the end gives the position just after the
// last character; a negative offset gives 1, 1.
func LineCol(data []byte, offset int64) (line, col int) {
	p := Points(data, offset)[0]
	return p.Line, p.Col
}

// Point is a place in a text: a 1-based line and column, in runes.
type Point struct{ Line, Col int }

// Points returns the [Point] of each byte offset in data, as [LineCol]
// does, reading data once however many offsets there are.
func Points(data []byte, offsets ...int64) []Point {
	order := make([]int, len(offsets))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return offsets[order[a]] < offsets[order[b]] })
	out := make([]Point, len(offsets))
	line, col := 1, 1
	i := 0
	if len(data) >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf {
		i = 3 // the byte order mark is not a character anyone sees
	}
	for _, k := range order {
		offset := min(offsets[k], int64(len(data)))
		if int64(i) >= offset {
			out[k] = Point{line, col}
			continue
		}
		if seg := data[i:offset]; bytes.IndexByte(seg, '\r') < 0 && (offset == int64(len(data)) || utf8.RuneStart(data[offset])) {
			// No carriage return, and offset starts a character: count the
			// lines and the characters of the last one at once, as the loop
			// below would one by one.
			if nl := bytes.LastIndexByte(seg, '\n'); nl >= 0 {
				line += bytes.Count(seg, []byte{'\n'})
				col = 1 + utf8.RuneCount(seg[nl+1:])
			} else {
				col += utf8.RuneCount(seg)
			}
			i = int(offset)
			out[k] = Point{line, col}
			continue
		}
		for int64(i) < offset {
			c := data[i]
			switch {
			case c == '\n':
				line, col = line+1, 1
				i++
			case c == '\r':
				if i+1 < len(data) && data[i+1] == '\n' {
					// The LF that follows ends the line. An offset that
					// points at that LF stays on this line.
					col++
				} else {
					line, col = line+1, 1
				}
				i++
			case c < utf8.RuneSelf:
				col++
				i++
			default:
				// An invalid byte counts as one column, like a replacement
				// character in an editor.
				_, size := utf8.DecodeRune(data[i:])
				col++
				i += size
			}
		}
		out[k] = Point{line, col}
	}
	return out
}

// Place locates one value of a document by byte offsets.
type Place struct {
	// Value is the offset of the first byte of the value, or, when Found
	// is false, of the deepest existing value on the pointer's path.
	Value int64
	// Key is the offset of the opening quote of the member name when the
	// value found is an object member, and -1 otherwise (the whole document
	// or an array element).
	Key int64
	// Found says the whole pointer resolved.
	Found bool
}

// Offsets locates each of pointers in data in one pass over the document,
// with the rules of [Position]. The result has one [Place] per pointer, in
// the same order.
func Offsets(data []byte, pointers ...string) ([]Place, error) {
	root := &node{}
	paths := make([][]string, len(pointers))
	for i, p := range pointers {
		toks, err := Split(p)
		if err != nil {
			return nil, err
		}
		paths[i] = toks
		n := root
		for _, t := range toks {
			n = n.child(t)
		}
	}
	if err := walk(data, root, nil); err != nil {
		return nil, err
	}
	out := make([]Place, len(pointers))
	for i, toks := range paths {
		out[i] = resolve(root, toks)
	}
	return out, nil
}

// Split parses an RFC 6901 JSON pointer into its unescaped reference tokens.
func Split(pointer string) ([]string, error) {
	if pointer == "" {
		return nil, nil
	}
	if pointer[0] != '/' {
		return nil, fmt.Errorf("jsonpos: pointer %q does not start with /", pointer)
	}
	toks := strings.Split(pointer[1:], "/")
	for i, t := range toks {
		if !strings.Contains(t, "~") {
			continue
		}
		var b strings.Builder
		for j := 0; j < len(t); j++ {
			if t[j] != '~' {
				b.WriteByte(t[j])
				continue
			}
			if j+1 >= len(t) || (t[j+1] != '0' && t[j+1] != '1') {
				return nil, fmt.Errorf("jsonpos: pointer %q: ~ must be followed by 0 or 1", pointer)
			}
			if t[j+1] == '0' {
				b.WriteByte('~')
			} else {
				b.WriteByte('/')
			}
			j++
		}
		toks[i] = b.String()
	}
	return toks, nil
}

// Join builds an RFC 6901 JSON pointer from reference tokens, escaping "~"
// and "/".
func Join(tokens []string) string {
	var b strings.Builder
	for _, t := range tokens {
		b.WriteByte('/')
		if strings.ContainsAny(t, "~/") {
			t = strings.ReplaceAll(t, "~", "~0")
			t = strings.ReplaceAll(t, "/", "~1")
		}
		b.WriteString(t)
	}
	return b.String()
}

// node is a trie of the pointers asked for: the walk records the place of
// each value whose path is in the trie.
type node struct {
	children map[string]*node
	place    Place
	// seq orders recordings: a child recorded before its parent's latest
	// recording belongs to an earlier occurrence of a repeated key, and is
	// stale.
	seq int
}

func (n *node) child(tok string) *node {
	if n.children == nil {
		n.children = map[string]*node{}
	}
	c, ok := n.children[tok]
	if !ok {
		c = &node{}
		n.children[tok] = c
	}
	return c
}

func (n *node) lookup(tok string) *node {
	if n == nil {
		return nil
	}
	return n.children[tok]
}

func resolve(root *node, toks []string) Place {
	best := root.place
	if root.seq == 0 {
		// The walk records the root of any valid document.
		return Place{Key: -1}
	}
	n := root
	for i, t := range toks {
		c := n.children[t]
		if c == nil || c.seq == 0 || c.seq < n.seq {
			return best
		}
		n = c
		best = n.place
		best.Found = i == len(toks)-1
	}
	best.Found = true
	return best
}

// frame is an open object or array during the walk.
type frame struct {
	object  bool
	node    *node // the trie node of this container, nil when off the trie
	index   int   // the next element's index, in an array
	wantKey bool  // the next token is a member name, in an object
	key     string
	keyAt   int64
	keys    map[string]bool // names seen so far, when finding duplicates
}

// walk reads data token by token, recording in the trie under root the place
// of each value whose path it holds. When dup is not nil it is called with
// the path of each repeated member name. data may hold comments and
// trailing commas.
func walk(data []byte, root *node, dup func(path []string)) error {
	sc := scanner{data: data}
	var stack []frame
	var path []string // kept only when finding duplicates
	seq := 0
	for {
		tok, serr := sc.next()
		if serr != nil {
			return serr
		}
		switch tok.kind {
		case tokEnd:
			return nil
		case tokEndObject, tokEndArray:
			stack = stack[:len(stack)-1]
			if dup != nil && len(path) > 0 {
				path = path[:len(path)-1]
			}
			continue
		case tokKey:
			top := &stack[len(stack)-1]
			key := unquote(data[tok.start:tok.end])
			top.key, top.keyAt, top.wantKey = key, tok.start, false
			if dup != nil {
				if top.keys[key] {
					dup(append(path, key))
				}
				top.keys[key] = true
			}
			continue
		}

		// tok starts a value: find its trie node and record its place.
		var n *node
		keyAt := int64(-1)
		var name string
		if len(stack) == 0 {
			n = root
		} else {
			top := &stack[len(stack)-1]
			if top.object {
				name, keyAt = top.key, top.keyAt
				top.wantKey = true
			} else {
				name = strconv.Itoa(top.index)
				top.index++
			}
			n = top.node.lookup(name)
		}
		if n != nil {
			seq++
			n.seq = seq
			n.place = Place{Value: tok.start, Key: keyAt}
		}
		if tok.kind == tokBeginObject || tok.kind == tokBeginArray {
			f := frame{object: tok.kind == tokBeginObject, node: n, wantKey: tok.kind == tokBeginObject}
			if dup != nil {
				if len(stack) > 0 {
					path = append(path, name)
				}
				if f.object {
					f.keys = map[string]bool{}
				}
			}
			stack = append(stack, f)
		}
	}
}
