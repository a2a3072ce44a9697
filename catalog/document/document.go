package document

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gluteplan/gluteplan/catalog/jsonpos"
	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
	"github.com/tailscale/hujson"
)

// Format is the notation a catalog, profile or plan file is written in.
type Format string

// The notations files may be written in. JSON files may hold // and /* */
// comments and a comma after the last item (JSONC), whatever their name.
const (
	JSON Format = "json"
	YAML Format = "yaml"
)

// FormatOf tells the notation of a file from its name: .yaml and .yml
// files are YAML, every other file JSON (with comments allowed).
func FormatOf(file string) Format {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".yaml", ".yml":
		return YAML
	}
	return JSON
}

// Document is a catalog, profile or plan file read as JSON: the value it
// holds, and the way back from a JSON pointer to the line and column in
// the file as its author wrote it, comments, byte order mark, YAML and
// all.
type Document struct {
	file string
	raw  []byte // the file as written
	// std is the document as standard JSON. For a JSON file it has the
	// length of raw, comments and trailing commas turned into spaces, so an
	// offset into std is an offset into raw.
	std   []byte
	value any // decoded from std, numbers as json.Number
	// yamlOffs and yamlPoints map the offset in std of each value and
	// member name to its place in a YAML file, sorted by offset; nil for
	// JSON.
	yamlOffs   []int64
	yamlPoints []jsonpos.Point
}

// Read reads data, the content of the file named file, in the
// notation its name calls for ([FormatOf]) and checks it against the
// embedded JSON Schema called schemaName ("catalog", "profile", "plan").
// It returns the document, or nil when data is not JSON or YAML at all,
// and every problem found in file order. With schemaName "" only the
// syntax is checked: for files of other tools, such as an exercise dataset
// to import.
func Read(schemaName, file string, data []byte) (*Document, []Finding) {
	d, fs := Parse(schemaName, file, data)
	if fs != nil {
		return nil, fs
	}
	if schemaName == "" {
		return d, nil
	}
	return d, d.Check(schemaName)
}

// Value returns the JSON value the document holds: maps, slices, strings,
// bools, nil and json.Number.
func (d *Document) Value() any { return d.value }

// Finding returns a finding with message msg at the value pointer names,
// or at the deepest value on its path that the document holds.
func (d *Document) Finding(pointer, msg string) Finding {
	fs := d.Place([]Unplaced{{Pointer: pointer, Message: msg}})
	return fs[0]
}

// Decode decodes the document into v, a pointer to one of the types the
// schema describes. Whole numbers written as 4.0 or 1e1 are read as the
// integers they are, in every notation; a number too large to be meant
// (beyond ±2⁵³) is a finding at its place. Members of v that the document
// leaves out keep their values.
func (d *Document) Decode(v any) []Finding {
	var probs []Unplaced
	rewrite := false
	var path []string
	checkNumbers(d.value, &path, &probs, &rewrite)
	if len(probs) > 0 {
		return d.Place(probs)
	}
	data := d.std
	var err error
	if rewrite {
		data, err = json.Marshal(wholeNumbers(d.value))
	}
	if err == nil {
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		err = dec.Decode(v)
	}
	if err != nil {
		// The schema describes the Go types, so this is a bug, not the
		// author's mistake: say so rather than show the decoder's words.
		return []Finding{{File: d.file, Line: 1, Col: 1, Message: "cannot read this file although it matches the schema: this is a bug in gluteplan, please report it"}}
	}
	return nil
}

// points returns the place in the file as written of each offset into
// d.std.
func (d *Document) points(offs ...int64) []jsonpos.Point {
	if d.yamlOffs == nil {
		return jsonpos.Points(d.raw, offs...)
	}
	out := make([]jsonpos.Point, len(offs))
	for i, off := range offs {
		// The place recorded at or before off: offsets between recorded
		// ones are inside a value.
		k := sort.Search(len(d.yamlOffs), func(j int) bool { return d.yamlOffs[j] > off }) - 1
		if k < 0 {
			out[i] = jsonpos.Point{Line: 1, Col: 1}
			continue
		}
		out[i] = d.yamlPoints[k]
	}
	return out
}

// checkNumbers adds a problem for each number of v too large to be meant,
// and sets rewrite when a whole number is written as a decimal (4.0, 1e1),
// which encoding/json does not read into an int. path is v's path, a stack
// the walk pushes and pops, made into a pointer only for a problem.
func checkNumbers(v any, path *[]string, probs *[]Unplaced, rewrite *bool) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			*path = append(*path, k)
			checkNumbers(e, path, probs, rewrite)
			*path = (*path)[:len(*path)-1]
		}
	case []any:
		for i, e := range x {
			*path = append(*path, strconv.Itoa(i))
			checkNumbers(e, path, probs, rewrite)
			*path = (*path)[:len(*path)-1]
		}
	case json.Number:
		if !strings.ContainsAny(string(x), ".eE") && len(x) < 16 {
			return // a plain integer below 2⁵³
		}
		f, err := strconv.ParseFloat(string(x), 64)
		if err != nil || math.Abs(f) > 1<<53 {
			*probs = append(*probs, Unplaced{Pointer: jsonpos.Join(*path),
				Message: fmt.Sprintf("%s is too large a number to be meant here: check it", describe(x))})
			return
		}
		if f == math.Trunc(f) && strings.ContainsAny(string(x), ".eE") {
			*rewrite = true
		}
	}
}

// DecodeValue decodes v, a part of a document's [Document.Value], into
// dst, reading whole numbers written as 4.0 or 1e1 as the integers they
// are: for checking the sound parts of a document that is not sound as a
// whole. Unlike [Document.Decode] it gives no findings; run the schema
// check first.
func DecodeValue(v, dst any) error {
	b, err := json.Marshal(wholeNumbers(v))
	if err != nil {
		return err
	}
	return json.Unmarshal(b, dst)
}

// wholeNumbers returns a copy of v with every integral number in plain
// integer form, so that encoding/json reads 4.0 and 1e1 into int fields.
// Run [checkNumbers] first: v holds no number beyond ±2⁵³.
func wholeNumbers(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = wholeNumbers(e)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = wholeNumbers(e)
		}
		return out
	case json.Number:
		if f, err := strconv.ParseFloat(string(x), 64); err == nil && f == math.Trunc(f) && strings.ContainsAny(string(x), ".eE") {
			return json.Number(strconv.FormatInt(int64(f), 10))
		}
	}
	return v
}

var bom = []byte("\xef\xbb\xbf")

// Parse reads data, the content of the file named file, as JSON (with
// comments) or YAML as its name says, or says why it cannot, without
// checking it against a schema; schemaName only words the message for an
// empty file. [Document.Check] checks it.
func Parse(schemaName, file string, data []byte) (*Document, []Finding) {
	at := func(off int64, msg string) []Finding {
		line, col := jsonpos.LineCol(data, off)
		return []Finding{{File: file, Line: line, Col: col, Message: msg}}
	}
	if !utf8.Valid(data) {
		off := invalidUTF8(data)
		return nil, at(int64(off), fmt.Sprintf("invalid UTF-8 (byte 0x%02x): save the file as UTF-8", data[off]))
	}
	if FormatOf(file) == YAML {
		return parseYAML(schemaName, file, data)
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, bom))) == 0 {
		return nil, at(0, "the file is empty: "+emptyHint(schemaName))
	}
	se, extended, _ := jsonpos.Scan(data, MaxValues)
	if se != nil {
		off, msg := explainSyntax(data, se)
		return nil, at(off, msg)
	}
	std := data
	if bytes.HasPrefix(data, bom) {
		// The byte order mark becomes spaces: offsets stay those of the file.
		std = append([]byte("   "), data[3:]...)
	}
	if extended {
		// Standardize a copy: comments and trailing commas become spaces,
		// so every offset still points into the file as written. hujson
		// wants a line comment to end with a newline.
		v, err := hujson.Parse(append(bytes.Clone(std), '\n'))
		if err != nil {
			// jsonpos.Check accepts what hujson reads; a difference is a bug.
			return nil, at(0, "invalid JSON: this file confuses gluteplan's reader: please report it")
		}
		v.Standardize()
		std = v.Pack()
		std = std[:len(std)-1]
	}
	d := &Document{file: file, raw: data, std: std}
	if fs := d.decodeValue(); fs != nil {
		return nil, fs
	}
	return d, nil
}

// decodeValue decodes d.std into d.value.
func (d *Document) decodeValue() []Finding {
	dec := json.NewDecoder(bytes.NewReader(d.std))
	dec.UseNumber()
	if err := dec.Decode(&d.value); err != nil {
		return []Finding{{File: d.file, Line: 1, Col: 1, Message: "cannot read this file although its syntax is right: this is a bug in gluteplan, please report it"}}
	}
	return nil
}

// Check validates d against the embedded JSON Schema called schemaName
// and returns every problem in file order.
func (d *Document) Check(schemaName string) []Finding {
	// Looking for repeated keys is a pass of its own over the bytes: run it
	// beside schema validation, on another core.
	type dupResult struct {
		dups []string
		err  error
	}
	dupc := make(chan dupResult, 1)
	go func() {
		dups, err := jsonpos.DuplicateKeys(d.std)
		dupc <- dupResult{dups, err}
	}()
	s, err := compiled(schemaName)
	if err != nil {
		<-dupc
		return []Finding{{File: d.file, Line: 1, Col: 1, Message: err.Error()}}
	}
	x := explainer{s: s, doc: d.value, yaml: d.yamlOffs != nil, first: -1}
	s.pieces(d.value, "", nil, &x)
	var probs []Unplaced
	omitted := 0
	if r := <-dupc; r.err == nil {
		for i, p := range r.dups {
			if i == maxKept {
				omitted += len(r.dups) - i
				break
			}
			toks, _ := jsonpos.Split(p)
			probs = append(probs, Unplaced{Pointer: p, Key: true,
				Message: fmt.Sprintf("property %s is given twice in this object: keep one (only the last counts)", Quote(toks[len(toks)-1]))})
		}
	}
	probs = append(probs, x.probs...)
	return d.placeCounted(probs, omitted+x.omitted)
}

// MaxValues is the most values (objects, lists, numbers, texts, true,
// false and null) a file may hold. A catalog of 10 MiB written by people
// holds about 400,000; a file of a million values of one character each
// is not one, and reading it whole would cost hundreds of megabytes.
const MaxValues = 1_000_000

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
	if line, col, ok := yamlTooDeep(src); ok {
		return nil, at(line, col, fmt.Sprintf("invalid YAML: nested more than %d levels deep: is it the right file?", MaxYAMLDepth))
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
		if body != nil {
			p := doc.Body.GetToken().Position
			return nil, at(p.Line, p.Column, "invalid YAML: a second document (after ---): keep one document per file")
		}
		body = doc.Body
	}
	if body == nil {
		return nil, at(1, 1, "the file is empty: "+emptyHint(schemaName))
	}
	c := yamlConverter{}
	if err := c.value(body); err != nil {
		return nil, at(err.line, err.col, err.msg)
	}
	d := &Document{file: file, raw: data, std: c.buf.Bytes(), yamlOffs: c.offs, yamlPoints: c.points}
	if fs := d.decodeValue(); fs != nil {
		return nil, fs
	}
	return d, nil
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

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// yamlTooDeep reports the first place where src nests more than
// MaxYAMLDepth levels, counting indentation, "- " items on one line and
// open brackets. It errs on the side of caution: the count is an upper
// bound of the real depth.
func yamlTooDeep(src []byte) (line, col int, deep bool) {
	flow := 0
	for i, l := range strings.Split(string(src), "\n") {
		depth := len(l) - len(strings.TrimLeft(l, " "))
		quote := byte(0)
		for j := 0; j < len(l); j++ {
			c := l[j]
			switch {
			case quote != 0:
				if c == quote {
					quote = 0
				}
			case c == '"' || c == '\'':
				quote = c
			case c == '#' && (j == 0 || l[j-1] == ' '):
				j = len(l)
				continue
			case c == '[' || c == '{':
				flow++
			case c == ']' || c == '}':
				flow = max(0, flow-1)
			case c == '-' && (j+1 == len(l) || l[j+1] == ' '):
				depth++
			}
			if depth+flow > MaxYAMLDepth {
				return i + 1, utf8.RuneCountInString(l[:j]) + 1, true
			}
		}
	}
	return 0, 0, false
}

// yamlConverter writes a YAML tree as standard JSON, noting where each
// value and member name came from.
type yamlConverter struct {
	values int // how many values so far
	buf    bytes.Buffer
	offs   []int64
	points []jsonpos.Point
}

type yamlError struct {
	line, col int
	msg       string
}

func (c *yamlConverter) mark(tk *token.Token) {
	if tk == nil {
		return
	}
	c.offs = append(c.offs, int64(c.buf.Len()))
	c.points = append(c.points, jsonpos.Point{Line: max(tk.Position.Line, 1), Col: max(tk.Position.Column, 1)})
}

// yamlNumber is a plain YAML 1.2 number, which the parser may leave as text (1e1).
var yamlNumber = regexp.MustCompile(`^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`)

func (c *yamlConverter) value(n ast.Node) *yamlError {
	fail := func(n ast.Node, msg string) *yamlError {
		p := n.GetToken().Position
		return &yamlError{p.Line, p.Column, msg}
	}
	switch x := n.(type) {
	case *ast.TagNode:
		return c.value(x.Value)
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
			if err := c.value(v); err != nil {
				return err
			}
		}
		c.buf.WriteByte(']')
	case *ast.NullNode:
		c.buf.WriteString("null")
	case *ast.BoolNode:
		c.buf.WriteString(strconv.FormatBool(x.Value))
	case *ast.IntegerNode:
		fmt.Fprint(&c.buf, x.Value)
	case *ast.FloatNode:
		c.number(x.Token.Value)
	case *ast.StringNode:
		if x.Token != nil && x.Token.Type == token.StringType && yamlNumber.MatchString(x.Value) {
			c.number(x.Value)
			break
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
			return &yamlError{p.Line, p.Column, "invalid YAML: a property name must be plain text"}
		}
		name = k.GetToken().Value
	}
	if key != nil {
		c.mark(key.GetToken())
	}
	c.text(name)
	c.buf.WriteByte(':')
	if mv.Value == nil {
		c.buf.WriteString("null")
		return nil
	}
	return c.value(mv.Value)
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
