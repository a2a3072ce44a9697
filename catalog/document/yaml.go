package document

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gluteplan/gluteplan/catalog/jsonpos"
	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
)

// MaxYAMLDepth is how deeply a YAML file may nest: far beyond any catalog
// (whose deepest value is six levels down), and low enough that the YAML
// parser, slow on deep input, stays fast.
const MaxYAMLDepth = 200

// parseYAML reads a YAML file into a Document.
func parseYAML(schemaName, file string, data []byte) (*Document, []Finding) {
	at := func(line, col int, msg string) []Finding {
		return []Finding{{File: file, Line: max(line, 1), Col: max(col, 1), Message: msg}}
	}
	src := bytes.TrimPrefix(data, bom) // goccy's columns do not count it either
	if line, col, msg := yamlPrecheck(src); msg != "" {
		return nil, at(line, col, msg)
	}
	head, lists := splitYAML(src)
	body, fs := parseYAMLBody(schemaName, file, head, 0)
	if fs != nil {
		return nil, fs
	}
	c := yamlConverter{}
	if len(lists) > 0 {
		c.spliced = map[int]*splitList{}
		for _, l := range lists {
			l.schemaName, l.file = schemaName, file
			c.spliced[l.keyLine] = l
		}
	}
	if err := c.value(body); err != nil {
		if err.fs != nil {
			return nil, err.fs
		}
		fs := at(err.line, err.col, err.msg)
		fs[0].Pointer = err.pointer
		return nil, fs
	}
	d := &Document{file: file, raw: data, std: c.buf.Bytes(), yamlOffs: c.offs, yamlPoints: c.points}
	if fs := d.decodeValue(); fs != nil {
		return nil, fs
	}
	return d, nil
}

// parseYAMLBody parses src, a YAML document or a part of one that starts
// after line lineOff of the file, and returns its one document's body.
func parseYAMLBody(schemaName, file string, src []byte, lineOff int) (ast.Node, []Finding) {
	at := func(line, col int, msg string) []Finding {
		return []Finding{{File: file, Line: max(line+lineOff, 1), Col: max(col, 1), Message: msg}}
	}
	f, err := parser.ParseBytes(src, 0, parser.AllowDuplicateMapKey())
	if err != nil {
		var se *yaml.SyntaxError
		if errors.As(err, &se) && se.Token != nil {
			line, col := se.Token.Position.Line, se.Token.Position.Column
			return nil, at(line, col, explainYAML(src, line, col, se.Message))
		}
		return nil, at(1, 1, "invalid YAML: "+firstLine(err.Error()))
	}
	var body ast.Node
	for _, doc := range f.Docs {
		if doc == nil || doc.Body == nil {
			continue
		}
		if _, ok := doc.Body.(*ast.DirectiveNode); ok && body == nil {
			continue // %YAML 1.2 before the document's ---
		}
		if body != nil {
			p := doc.Body.GetToken().Position
			return nil, at(p.Line, p.Column, "invalid YAML: a second document (after ---): keep one document per file")
		}
		body = doc.Body
	}
	if body == nil {
		return nil, at(1-lineOff, 1, "the file is empty: "+emptyHint(schemaName))
	}
	return body, nil
}

// explainYAML turns a YAML parser message into one that says what to fix.
func explainYAML(src []byte, line, col int, msg string) string {
	if l := lineOf(src, line); col >= 1 && strings.Contains(l[:min(len(l), col+3)], "\t") && strings.Contains(msg, "\t") {
		return "invalid YAML: a tab: YAML indents with spaces only"
	}
	return "invalid YAML: " + firstLine(msg)
}

func lineOf(src []byte, line int) string {
	lines := strings.SplitN(string(src), "\n", line+1)
	if line-1 < len(lines) {
		return lines[line-1]
	}
	return ""
}

// firstLine is the first line of a message of the YAML parser, which may
// quote the file: every character that would not print as itself is
// escaped, and it is cut after 200 characters.
func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	if q := quote(s, maxPointer, true); q != s {
		return q[1 : len(q)-1]
	}
	return s
}

// MaxYAMLKeys is the most members one YAML mapping may have: far beyond
// any gluteplan file (a profile has 25 fields, an entry 26), and low
// enough that the YAML parser, whose time grows with the square of a
// mapping's members, stays fast.
const MaxYAMLKeys = 1000

// MaxYAMLLine is the longest line a YAML file may hold outside brackets:
// far beyond any text a catalog holds (1,000 characters at most), and
// short enough that no one value costs the parser a hundred megabytes.
const MaxYAMLLine = 64 << 10

// MaxYAMLFlowBytes is the most bytes a file may write in brackets ([...]
// and {...}, YAML's flow style). The parser reads a large file part by
// part only where it is written in block style ("- " items on lines of
// their own); in brackets, where a line break means nothing, it would
// hold the whole of it at once.
const MaxYAMLFlowBytes = 1 << 20

// yamlPrecheck looks over src line by line, before the YAML parser does,
// for what the parser reads slowly or wrongly: nesting more than
// MaxYAMLDepth levels (counting indentation, "- " items on one line and
// open brackets: an upper bound of the real depth), a mapping of more than
// MaxYAMLKeys members, a line of more than MaxYAMLLine outside brackets,
// more than MaxYAMLFlowBytes in brackets, more than
// MaxValues values (counting a value per
// line and per comma in brackets: an upper bound too), a tag (!!str,
// !!null: the parser lets them change what a value means), and a tab
// inside quotes (which it misreads). It returns the first such place and
// what to say, or msg "".
func yamlPrecheck(src []byte) (line, col int, msg string) {
	type block struct{ col, keys int }
	var blocks []block // open mappings by the column of their keys
	flow, values, flowBytes := 0, 0, 0
	at := func(i int, l string, j int) (int, int) { return i + 1, utf8.RuneCountInString(l[:j]) + 1 }
	for i, l := range strings.Split(string(src), "\n") {
		l = strings.TrimSuffix(l, "\r")
		if len(l) > MaxYAMLLine && flow == 0 && !strings.ContainsAny(l, "[{") {
			return i + 1, 1, fmt.Sprintf("invalid YAML: a line of more than %s: no gluteplan file has one: is it the right file?", "64 KiB")
		}
		depth := len(l) - len(strings.TrimLeft(l, " "))
		content := strings.TrimSpace(l)
		if content != "" && !strings.HasPrefix(content, "#") && content != "---" && content != "..." && !strings.HasPrefix(l, "%") {
			values++
		}
		quote := byte(0)
		start := true // at the start of a scalar: where a quote or a tag may open
		keyCol := -1
		for j := 0; j < len(l); j++ {
			c := l[j]
			if flow > 0 {
				if flowBytes++; flowBytes > MaxYAMLFlowBytes {
					line, col := at(i, l, j)
					return line, col, fmt.Sprintf("invalid YAML: more than %s in brackets ([...] or {...}): write long lists as items on lines of their own (\"- item\"), which gluteplan reads in parts", "1 MiB")
				}
			}
			switch {
			case quote != 0:
				if c == quote {
					quote = 0
				} else if c == '\t' {
					line, col := at(i, l, j)
					return line, col, "invalid YAML: a tab inside quotes: write a space instead"
				} else if c == '\\' && quote == '"' {
					j++
				}
				continue
			case c == ' ' || c == '\t':
				continue
			case start && (c == '"' || c == '\''):
				quote = c
			case start && c == '!':
				line, col := at(i, l, j)
				end := strings.IndexAny(l[j:], " \t,]}")
				if end < 0 {
					end = len(l) - j
				}
				return line, col, fmt.Sprintf("invalid YAML: tags such as %s are not read here: remove it (put text in quotes to keep it text)", Quote(l[j:j+end]))
			case c == '#' && (j == 0 || l[j-1] == ' ' || l[j-1] == '\t'):
				j = len(l)
				continue
			case c == '[' || c == '{':
				flow++
			case c == ']' || c == '}':
				flow = max(0, flow-1)
			case c == ',' && flow > 0:
				values++
			case c == '-' && start && (j+1 == len(l) || l[j+1] == ' '):
				depth++
				continue
			case c == ':' && flow == 0 && keyCol < 0 && (j+1 == len(l) || l[j+1] == ' '):
				keyCol = len(l) - len(strings.TrimLeft(l, " -"))
			}
			start = c == ':' || c == '[' || c == '{' || c == ',' || c == '-'
			if depth+flow > MaxYAMLDepth {
				line, col := at(i, l, j)
				return line, col, fmt.Sprintf("invalid YAML: nested more than %d levels deep: is it the right file?", MaxYAMLDepth)
			}
		}
		if values > MaxValues {
			return i + 1, 1, fmt.Sprintf("the file holds more than %s values (numbers, texts, lists, mappings): far more than any gluteplan file: is it the right file?", thousands(MaxValues))
		}
		if keyCol < 0 {
			continue
		}
		// An item ("- key: ...") starts a mapping of its own.
		item := strings.HasPrefix(strings.TrimLeft(l, " "), "-")
		for len(blocks) > 0 && (blocks[len(blocks)-1].col > keyCol || item && blocks[len(blocks)-1].col == keyCol) {
			blocks = blocks[:len(blocks)-1]
		}
		if len(blocks) == 0 || blocks[len(blocks)-1].col < keyCol {
			blocks = append(blocks, block{col: keyCol})
		}
		b := &blocks[len(blocks)-1]
		b.keys++
		if b.keys > MaxYAMLKeys {
			line, col := at(i, l, keyCol)
			return line, col, fmt.Sprintf("invalid YAML: a mapping of more than %s members: no gluteplan file has one: is it the right file?", thousands(MaxYAMLKeys))
		}
	}
	return 0, 0, ""
}

// yamlConverter writes a YAML tree as standard JSON, noting where each
// value and member name came from.
type yamlConverter struct {
	values int      // how many values so far
	path   []string // where the value being written is
	// lineOff is added to the parser's line numbers: the line before the
	// part of the file being converted (see yamlsplit.go).
	lineOff int
	// spliced holds, by the line of a member's name, the items of its list
	// read in parts: the member is written with them.
	spliced map[int]*splitList
	buf     bytes.Buffer
	offs    []int64
	points  []jsonpos.Point
}

type yamlError struct {
	line, col int
	pointer   string
	msg       string
	fs        []Finding // findings already placed, from a part read on its own
}

func (c *yamlConverter) mark(tk *token.Token) {
	if tk == nil {
		return
	}
	c.offs = append(c.offs, int64(c.buf.Len()))
	c.points = append(c.points, jsonpos.Point{Line: max(tk.Position.Line+c.lineOff, 1), Col: max(tk.Position.Column, 1)})
}

func (c *yamlConverter) value(n ast.Node) *yamlError {
	fail := func(n ast.Node, msg string) *yamlError {
		p := n.GetToken().Position
		return &yamlError{line: p.Line + c.lineOff, col: p.Column, pointer: jsonpos.Join(c.path), msg: msg}
	}
	switch x := n.(type) {
	case *ast.TagNode:
		return fail(n, fmt.Sprintf("invalid YAML: tags such as %s are not read here: remove it (put text in quotes to keep it text)", Quote(x.Start.Value)))
	case *ast.AnchorNode:
		return c.value(x.Value)
	case *ast.AliasNode:
		return fail(n, "invalid YAML: aliases (*name) are not read here: write the value out in full")
	case *ast.MergeKeyNode:
		return fail(n, "invalid YAML: merge keys (<<) are not read here: write the members out in full")
	}
	if c.values++; c.values > MaxValues {
		return fail(n, fmt.Sprintf("the file holds more than %s values (numbers, texts, lists, mappings): far more than any gluteplan file: is it the right file?", thousands(MaxValues)))
	}
	c.mark(startToken(n))
	switch x := n.(type) {
	case *ast.MappingNode:
		c.buf.WriteByte('{')
		for i, mv := range x.Values {
			if i > 0 {
				c.buf.WriteByte(',')
			}
			if err := c.member(mv); err != nil {
				return err
			}
		}
		c.buf.WriteByte('}')
	case *ast.MappingValueNode: // a mapping of one member
		c.buf.WriteByte('{')
		if err := c.member(x); err != nil {
			return err
		}
		c.buf.WriteByte('}')
	case *ast.SequenceNode:
		c.buf.WriteByte('[')
		for i, v := range x.Values {
			if i > 0 {
				c.buf.WriteByte(',')
			}
			if v == nil {
				c.buf.WriteString("null")
				continue
			}
			c.path = append(c.path, strconv.Itoa(i))
			err := c.value(v)
			c.path = c.path[:len(c.path)-1]
			if err != nil {
				return err
			}
		}
		c.buf.WriteByte(']')
	case *ast.NullNode:
		c.buf.WriteString("null")
	case *ast.BoolNode:
		c.buf.WriteString(strconv.FormatBool(x.Value))
	case *ast.IntegerNode, *ast.FloatNode:
		text := n.GetToken().Value
		switch {
		case LeadingZero(text):
			return fail(n, fmt.Sprintf("%s starts with a zero: write the number without it (YAML readers differ on what it means: 010 is 8 to some and 10 to others)", Quote(text)))
		case !yamlNumber.MatchString(text):
			return fail(n, fmt.Sprintf("%s is not a number in plain digits: write numbers like 10, 0.5 or -2, or put text in quotes", Quote(text)))
		}
		c.number(text)
	case *ast.StringNode:
		if x.Token != nil && x.Token.Type == token.StringType {
			if yamlNumber.MatchString(x.Value) {
				if LeadingZero(x.Value) {
					return fail(n, fmt.Sprintf("%s starts with a zero: write the number without it (YAML readers differ on what it means: 010 is 8 to some and 10 to others)", Quote(x.Value)))
				}
				c.number(x.Value)
				break
			}
			// The parser drops a tab inside a plain value ("Wall<tab>sit"
			// reads "Wallsit"): keep it, so that the value gets the
			// finding every control character in text gets.
			if o := strings.TrimSpace(x.Token.Origin); strings.Contains(o, "\t") && !strings.ContainsAny(o, "\n\r") {
				c.text(o)
				break
			}
		}
		c.text(x.Value)
	case *ast.LiteralNode:
		// A block scalar (> or |) ends with a line break in YAML; text
		// fields hold one line, so the last break is dropped. Breaks inside
		// a | block stay, and get the finding text fields give them.
		c.text(strings.TrimSuffix(x.Value.Value, "\n"))
	case *ast.InfinityNode, *ast.NanNode:
		c.text(n.GetToken().Value) // the schema says it is no number
	default:
		return fail(n, fmt.Sprintf("invalid YAML: %s is not read here: write plain values, lists and mappings", strings.ToLower(n.Type().String())))
	}
	return nil
}

// startToken is the token where n starts: a block mapping's own token is
// the ':' of its first member, but a message about the mapping belongs at
// its first name.
func startToken(n ast.Node) *token.Token {
	switch x := n.(type) {
	case *ast.MappingNode:
		if !x.IsFlowStyle && len(x.Values) > 0 && x.Values[0].Key != nil {
			return startToken(x.Values[0].Key)
		}
	case *ast.MappingValueNode:
		if x.Key != nil {
			return startToken(x.Key)
		}
	case *ast.MappingKeyNode:
		return x.Start
	}
	return n.GetToken()
}

func (c *yamlConverter) member(mv *ast.MappingValueNode) *yamlError {
	var key ast.Node = mv.Key
	if k, ok := key.(*ast.MappingKeyNode); ok {
		key = k.Value
	}
	var name string
	switch k := key.(type) {
	case *ast.StringNode:
		name = k.Value
	case *ast.MergeKeyNode:
		return c.value(k)
	case nil:
	default:
		if _, ok := k.(ast.ScalarNode); !ok {
			p := k.GetToken().Position
			return &yamlError{line: p.Line + c.lineOff, col: p.Column, pointer: jsonpos.Join(c.path), msg: "invalid YAML: a property name must be plain text"}
		}
		name = k.GetToken().Value
	}
	if key != nil {
		c.mark(key.GetToken())
	}
	c.text(name)
	c.buf.WriteByte(':')
	if key != nil && c.spliced != nil {
		if l := c.spliced[key.GetToken().Position.Line+c.lineOff]; l != nil {
			c.path = append(c.path, name)
			err := c.list(l)
			c.path = c.path[:len(c.path)-1]
			return err
		}
	}
	if mv.Value == nil {
		c.buf.WriteString("null")
		return nil
	}
	c.path = append(c.path, name)
	err := c.value(mv.Value)
	c.path = c.path[:len(c.path)-1]
	return err
}

func (c *yamlConverter) text(s string) {
	b, _ := json.Marshal(s)
	c.buf.Write(b)
}

// number writes a YAML number in JSON's grammar: "+1", ".5" and "1." are
// numbers in YAML, not in JSON.
func (c *yamlConverter) number(s string) {
	if jsonpos.Check([]byte(s)) == nil && !strings.HasPrefix(s, "+") {
		c.buf.WriteString(s)
		return
	}
	f, err := strconv.ParseFloat(strings.TrimPrefix(s, "+"), 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		c.text(s)
		return
	}
	c.buf.WriteString(strconv.FormatFloat(f, 'g', -1, 64))
}
