package document

import (
	"bytes"
	"regexp"
	"strconv"

	"github.com/goccy/go-yaml/ast"
)

// Reading a large YAML file in parts.
//
// The YAML parser holds a token and a tree node of a few hundred bytes
// for every word of the file until it is done: a catalog of 9 MB cost
// 900 MB. Most of a large file is one list under a top-level name (a
// catalog's "exercises:"), and each item of a block list is a piece of
// YAML of its own: its lines are indented deeper than its "- ", and
// nothing in it refers to anything outside. So the lines of a large block
// list (at any depth: a catalog's entries, or one entry's thousands of
// steps) are read a part of at most splitBytes at a time, each part as a
// list of its own, and converted before the next part is read; the rest
// of the file (its "head", where the list's lines are left blank so that
// every line keeps its number) is read as a whole. What is not in block
// lists is read whole, as before.

// indentIndicator finds a block scalar with an indentation indicator,
// whose lines may reach left of where its item's lines are.
var indentIndicator = regexp.MustCompile(`(^|\s)[|>][-+]?[0-9]`)

// splitBytes is the most bytes of list items read at once; files of at
// most this size are read whole.
var splitBytes = 256 << 10 // a variable for tests

// A splitList is a top-level block list read in parts: the line of its
// name, and the parts, each a run of whole items with the line before it.
type splitList struct {
	keyLine int
	parts   []listPart
	// for the findings of a part read on its own
	schemaName, file string
}

type listPart struct {
	lineOff int // the part's first line is line lineOff+1 of the file
	src     []byte
}

// splitYAML returns src with the lines of each large block list blanked,
// and those lists; or src itself, and none, when it is small or of
// another shape. A list is read in parts when its lines are more than
// splitBytes and each of its items at most that; a larger item is looked
// into for a list of its own to read in parts.
func splitYAML(src []byte) ([]byte, []*splitList) {
	if len(src) <= splitBytes {
		return src, nil
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	indentOf := func(l []byte) int { return len(l) - len(bytes.TrimLeft(l, " ")) }
	blank := func(l []byte) bool {
		t := bytes.TrimSpace(l)
		return len(t) == 0 || t[0] == '#'
	}
	isItem := func(l []byte, indent int) bool {
		if indentOf(l) != indent || len(l) <= indent || l[indent] != '-' {
			return false
		}
		rest := l[indent+1:]
		return len(bytes.TrimSpace(rest)) == 0 || rest[0] == ' '
	}
	// keyAt returns the column of the name of a line "name:" (after any
	// "- "), with nothing after the ':' but a comment; -1 for other lines.
	keyAt := func(l []byte) int {
		k := indentOf(l)
		for k+1 < len(l) && l[k] == '-' && l[k+1] == ' ' {
			k += 2
			for k < len(l) && l[k] == ' ' {
				k++
			}
		}
		colon := bytes.IndexByte(l[k:], ':')
		if colon <= 0 || bytes.ContainsAny(l[k:k+colon], "\"'{}[]&*!|>#") {
			return -1
		}
		rest := bytes.TrimSpace(l[k+colon+1:])
		if len(rest) > 0 && rest[0] != '#' || k+colon+1 < len(l) && l[k+colon+1] != ' ' && l[k+colon+1] != '\n' && l[k+colon+1] != '\r' {
			return -1
		}
		return k
	}
	var lists []*splitList
	head := make([][]byte, len(lines))
	copy(head, lines)
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if blank(l) {
			continue
		}
		if bytes.HasPrefix(l, []byte("---")) || bytes.HasPrefix(l, []byte("...")) {
			if i > 0 || lists != nil {
				return src, nil // documents after the first: read it whole
			}
			continue
		}
		key := keyAt(l)
		if key < 0 {
			continue
		}
		first := i + 1
		for first < len(lines) && blank(lines[first]) {
			first++
		}
		if first == len(lines) {
			break
		}
		indent := indentOf(lines[first])
		if indent < key || !isItem(lines[first], indent) {
			continue
		}
		// The list runs while its lines are items at indent or deeper.
		end, size, item, biggest := first, 0, 0, 0
		explicit := false // a block scalar with an indentation indicator (|2, >-1)
		for end < len(lines) && (blank(lines[end]) || isItem(lines[end], indent) || indentOf(lines[end]) > indent) {
			explicit = explicit || indentIndicator.Match(lines[end])
			if isItem(lines[end], indent) {
				item = 0
			}
			size += len(lines[end])
			item += len(lines[end])
			biggest = max(biggest, item)
			end++
		}
		if size <= splitBytes || biggest > splitBytes {
			continue // small, or look into its large item
		}
		if explicit {
			continue // its lines may reach past an item's: read it whole
		}
		last := end - 1
		for blank(lines[last]) {
			last--
		}
		rest := bytes.TrimSpace(lines[last][min(indent+1, len(lines[last])):])
		if len(rest) > 0 && rest[0] == '&' {
			if sp := bytes.IndexAny(rest, " \t"); sp > 0 {
				rest = bytes.TrimSpace(rest[sp:])
			} else {
				rest = nil
			}
		}
		if isItem(lines[last], indent) && (len(rest) == 0 || rest[0] == '#') {
			continue // an empty last item: the parser may take the next line for it
		}
		if t := lines[min(end, len(lines)-1)]; end < len(lines) && (indentOf(t) >= indent || indentOf(t) > key || bytes.ContainsAny(t[indentOf(t):indentOf(t)+1], ":?") || !bytes.Contains(t, []byte(":")) && !isItem(t, indentOf(t))) {
			// The list ends on a line that is neither a name left of its
			// items nor an item of a list around it: with the list's lines
			// blank, the parser might read that line otherwise. Read it
			// whole rather than guess.
			continue
		}
		list := &splitList{keyLine: i + 1}
		start, n := first, 0
		for k := first; k <= end; k++ {
			if k == end || isItem(lines[k], indent) && n >= splitBytes {
				if k > start {
					list.parts = append(list.parts, listPart{lineOff: start, src: bytes.Join(lines[start:k], nil)})
				}
				start, n = k, 0
			}
			if k < end {
				n += len(lines[k])
				head[k] = []byte("\n")
			}
		}
		lists = append(lists, list)
		i = end - 1
	}
	if lists == nil {
		return src, nil
	}
	return bytes.Join(head, nil), lists
}

// list writes the items of l as a JSON list, reading its parts one at a
// time.
func (c *yamlConverter) list(l *splitList) *yamlError {
	c.buf.WriteByte('[')
	n := 0
	for _, p := range l.parts {
		body, fs := parseYAMLBody(l.schemaName, l.file, p.src, p.lineOff)
		if fs != nil {
			return &yamlError{fs: fs}
		}
		seq, ok := body.(*ast.SequenceNode)
		if !ok {
			return &yamlError{line: p.lineOff + 1, col: 1, pointer: "", msg: "invalid YAML: this list confuses gluteplan's reader: please report it"}
		}
		off := c.lineOff
		c.lineOff = p.lineOff
		if n == 0 {
			c.mark(seq.GetToken())
		}
		for _, v := range seq.Values {
			if n > 0 {
				c.buf.WriteByte(',')
			}
			c.path = append(c.path, strconv.Itoa(n))
			var err *yamlError
			if v == nil {
				c.buf.WriteString("null")
			} else {
				err = c.value(v)
			}
			c.path = c.path[:len(c.path)-1]
			if err != nil {
				return err
			}
			n++
		}
		c.lineOff = off
	}
	c.buf.WriteByte(']')
	return nil
}
