package document

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gluteplan/gluteplan/catalog/jsonpos"
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
	std []byte
	// value is decoded from std, numbers as json.Number, objects as
	// *jsonpos.Object; maps is value with maps for objects, as [Document.Value]
	// gives it, made when first asked for.
	value    any
	maps     any
	mapsMade bool
	// yamlOffs and yamlPoints map the offset in std of each value and
	// member name to its place in a YAML file, sorted by offset; nil for
	// JSON.
	yamlOffs   []int64
	yamlPoints []jsonpos.Point
	// dups points at each member whose name an earlier member of its
	// object used, and items holds the offsets in std of the items of
	// each top-level list, found while decoding.
	dups  []string
	items map[string][]int64
	// edited is set when [Document.SetMember] changed value: Decode then
	// reads value, not std.
	edited bool
}

// Read reads data, the content of the file named file, in the
// notation its name calls for ([FormatOf]) and checks it against the
// embedded JSON Schema called schemaName ("catalog", "profile", "plan").
// It returns the document, or nil when data is not JSON or YAML at all,
// and every problem found in file order. With schemaName "" only the
// syntax is checked: for files of other tools, such as an exercise dataset
// to import.
//
// A document that cannot be read gives a single finding at the first
// error. Schema problems give one finding each: a missing property points
// at the object that lacks it, an unknown property at the property itself.
// At most [MaxFindings] are listed; a last finding counts the rest.
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
// bools, nil and json.Number. It is made from the document's own reading
// the first time it is asked for (see [jsonpos.DecodeDocument]): a valid
// catalog is checked and decoded without it.
func (d *Document) Value() any {
	if !d.mapsMade {
		d.maps, d.mapsMade = jsonpos.Maps(d.value), true
	}
	return d.maps
}

// Top returns the member name of the top-level object, as [Document.Value]
// gives it, or nil when there is none (or the document holds no object).
// It makes nothing but that member's value.
func (d *Document) Top(name string) any {
	if d.mapsMade {
		top, _ := d.maps.(map[string]any)
		return top[name]
	}
	if top, ok := d.value.(*jsonpos.Object); ok {
		v, _ := top.Get(name)
		return jsonpos.Maps(v)
	}
	return nil
}

// IsObject reports whether the document holds an object, as a catalog,
// profile or plan does.
func (d *Document) IsObject() bool {
	switch d.value.(type) {
	case *jsonpos.Object, map[string]any:
		return true
	}
	return false
}

// SetMember sets the member name of the top-level object to v, a value as
// [Document.Value] gives them, for a reader that takes a value in more
// than one form and means one of them (a language code in any letter
// case): the schema check and [Document.Decode] then see v. Findings
// keep the member's place in the file.
func (d *Document) SetMember(name string, v any) {
	top, ok := d.value.(*jsonpos.Object)
	if !ok {
		return
	}
	v = compactOf(v)
	d.edited, d.mapsMade, d.maps = true, false, nil
	for i := range top.Members {
		if top.Members[i].Name == name {
			top.Members[i].Value = v
			return
		}
	}
	top.Members = append(top.Members, jsonpos.Member{Name: name, Value: v})
}

// compactOf returns v, a value as [Document.Value] gives them, as the
// document holds it: each map a *jsonpos.Object, its members in the order
// of their names.
func compactOf(v any) any {
	switch x := v.(type) {
	case map[string]any:
		o := &jsonpos.Object{}
		for _, k := range slices.Sorted(maps.Keys(x)) {
			o.Members = append(o.Members, jsonpos.Member{Name: k, Value: compactOf(x[k])})
		}
		return o
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = compactOf(e)
		}
		return out
	}
	return v
}

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
	if dst := reflect.ValueOf(v); dst.Kind() == reflect.Pointer && !dst.IsNil() && dst.Elem().IsZero() && len(d.dups) == 0 {
		// Straight from the value held (tree.go), which reads every number
		// and gives up on one too large to be meant; json.Unmarshal reads
		// a name given twice into a struct twice, which the value cannot.
		if fromTree(d.value, dst.Elem()) {
			return nil
		}
		dst.Elem().SetZero()
	}
	rewrite, sound := wholeAndSound(d.Value())
	if !sound {
		var probs []Unplaced
		var path []string
		checkNumbers(d.Value(), &path, &probs, &rewrite)
		return d.Place(probs)
	}
	data := d.std
	var err error
	if rewrite || d.edited {
		data, err = json.Marshal(wholeNumbers(d.Value()))
	}
	if err == nil {
		// Unmarshal reads data where it lies (a Decoder copies it first).
		// It would let unknown members pass, but the schema check refuses
		// them: every object of the schemas has additionalProperties
		// false (TestSchemasCloseObjects).
		err = json.Unmarshal(data, v)
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

// wholeAndSound is [checkNumbers] without the places: whether a whole
// number of v is written as a decimal, and whether every number is small
// enough to be meant.
func wholeAndSound(v any) (rewrite, sound bool) {
	sound = true
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for _, e := range x {
				walk(e)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		case json.Number:
			switch r, ok := numberKind(x); {
			case !ok:
				sound = false
			case r:
				rewrite = true
			}
		}
	}
	walk(v)
	return rewrite, sound
}

// numberKind says whether n is small enough to be meant (within ±2⁵³),
// and whether it is a whole number written as a decimal (4.0, 1e1).
func numberKind(n json.Number) (wholeDecimal, ok bool) {
	if !strings.ContainsAny(string(n), ".eE") && len(n) < 16 {
		return false, true // a plain integer below 2⁵³
	}
	f, err := strconv.ParseFloat(string(n), 64)
	if err != nil || math.Abs(f) > 1<<53 {
		return false, false
	}
	return f == math.Trunc(f) && strings.ContainsAny(string(n), ".eE"), true
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
		whole, ok := numberKind(x)
		if !ok {
			*probs = append(*probs, Unplaced{Pointer: jsonpos.Join(*path),
				Message: fmt.Sprintf("%s is too large a number to be meant here: check it", describe(x))})
			return
		}
		if whole {
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
//
// The document keeps data, and the texts of its value (and so of what
// [Document.Decode] fills in) are read from data in place, not copied:
// data must not change afterwards. [Read] is the same.
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
	if mayHoldMore(data, MaxValues) {
		// Count before reading: a file of a million ones is refused before
		// a million values are made.
		if se, _, _ := jsonpos.Scan(data, MaxValues); se != nil {
			off, msg := explainSyntax(data, se)
			return nil, at(off, msg)
		}
	}
	// One pass checks the syntax (and the number of values) and decodes. A
	// comment or a trailing comma reads as white space, and a byte order
	// mark is skipped: what it reads is what reading the standard JSON made
	// below reads, at the same offsets.
	dd, se := jsonpos.DecodeValidDocument(data, MaxValues) // utf8.Valid above
	if se != nil {
		off, msg := explainSyntax(data, se)
		return nil, at(off, msg)
	}
	extended := dd.Extended
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
	return &Document{file: file, raw: data, std: std, value: dd.Value, dups: dd.Duplicates, items: dd.Items}, nil
}

// decodeValue decodes d.std into d.value, reading it where it lies, and
// notes the names given twice and where the top-level lists' items are;
// for a YAML file, whose limits its reader checks.
func (d *Document) decodeValue() []Finding {
	dd, err := jsonpos.DecodeDocument(d.std, 0)
	if err != nil {
		return []Finding{{File: d.file, Line: 1, Col: 1, Message: "cannot read this file although its syntax is right: this is a bug in gluteplan, please report it"}}
	}
	d.value, d.dups, d.items = dd.Value, dd.Duplicates, dd.Items
	d.maps, d.mapsMade = nil, false
	return nil
}

// ItemPlaces says where each item of the list that is the member name of
// the top-level object is in the file, as FILE:LINE:COL ([Finding.Place]),
// in order: where [Document.Place] puts a finding about the item. It is
// nil when there is no such list.
func (d *Document) ItemPlaces(name string) []string {
	offs := d.items[name]
	if offs == nil {
		return nil
	}
	out := make([]string, len(offs))
	for i, p := range d.points(offs...) {
		out[i] = Finding{File: d.file, Line: p.Line, Col: p.Col}.Place()
	}
	return out
}

// Check validates d against the embedded JSON Schema called schemaName
// and returns every problem in file order.
func (d *Document) Check(schemaName string) []Finding {
	s, err := compiled(schemaName)
	if err != nil {
		return []Finding{{File: d.file, Line: 1, Col: 1, Message: err.Error()}}
	}
	var x explainer
	if s.quick == nil || s.quick.check(d.value) != valid {
		// Not known to be valid: the validator finds what is wrong.
		if err := s.full(); err != nil {
			return []Finding{{File: d.file, Line: 1, Col: 1, Message: err.Error()}}
		}
		x = explainer{s: s, doc: d.Value(), yaml: d.yamlOffs != nil, first: -1}
		s.pieces(d.Value(), "", nil, &x)
	}
	var probs []Unplaced
	omitted := 0
	for i, p := range d.dups {
		if i == maxKept {
			omitted += len(d.dups) - i
			break
		}
		toks, _ := jsonpos.Split(p)
		probs = append(probs, Unplaced{Pointer: p, Key: true,
			Message: fmt.Sprintf("property %s is given twice in this object: keep one (only the last counts)", Quote(toks[len(toks)-1]))})
	}
	probs = append(probs, x.probs...)
	return d.placeCounted(probs, omitted+x.omitted)
}

// mayHoldMore reports whether data could hold more than limit values.
// Every value but the first follows a '[', a ',' or a ':', so a document
// with no more than limit-1 of those bytes in all (in texts and comments
// too) holds no more than limit values.
func mayHoldMore(data []byte, limit int) bool {
	n := 1
	for _, c := range []byte{'[', ',', ':'} {
		if n += bytes.Count(data, []byte{c}); n > limit {
			return true
		}
	}
	return false
}

// MaxValues is the most values (objects, lists, numbers, texts, true,
// false and null) a file may hold. A catalog of 10 MiB written by people
// holds about 400,000; a file of a million values of one character each
// is not one, and reading it whole would cost hundreds of megabytes.
const MaxValues = 1_000_000
