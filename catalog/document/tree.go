package document

import (
	"encoding"
	"encoding/json"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/gluteplan/gluteplan/catalog/jsonpos"
)

// Decoding the document's value straight into Go types.
//
// encoding/json reads the text of a document a second time, and sets each
// field by reflection it works out anew: for a catalog of 5,000 entries
// that was a fifth of validating it. [Document.Decode] instead sets the
// Go value from the value the document already holds, by a plan made once
// for each Go type, and does what json.Unmarshal does for the types and
// values it handles: structs by their exact JSON names, pointers, slices,
// maps with text keys, texts, booleans and numbers (whole numbers written
// 4.0 or 1e1 read as the integers they are, as Decode has always read
// them). For anything else (an interface, a type with methods of its own
// for JSON or text, a name it does not know, a value of another type than
// the field's) it gives up, and Decode uses json.Unmarshal as before.
// TestTreeAsJSON compares the two on every kind of test document.

// fromTree sets dst, a zero value, from v, a value as [Document.Value]
// gives them; false when it cannot tell that the result is the one
// json.Unmarshal would give (dst then holds part of it).
func fromTree(v any, dst reflect.Value) bool {
	p := planOf(dst.Type())
	return p != nil && p.set(v, dst)
}

// treePlan is how a Go type is set from a document value.
type treePlan struct {
	kind reflect.Kind
	elem *treePlan // of a pointer's, slice's or map's element
	// fields maps a struct's JSON names to its fields.
	fields map[string]treeField
	// ok is false for a type json.Unmarshal sets in ways of its own.
	ok bool
}

type treeField struct {
	index int
	plan  *treePlan
}

var (
	treePlans        sync.Map // reflect.Type → *treePlan
	jsonUnmarshaler  = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler  = reflect.TypeFor[encoding.TextUnmarshaler]()
	treePlansBuildMu sync.Mutex
)

// planOf returns the plan for t, or nil when it cannot be set from a tree.
func planOf(t reflect.Type) *treePlan {
	if p, ok := treePlans.Load(t); ok {
		return p.(*treePlan).usable()
	}
	treePlansBuildMu.Lock()
	defer treePlansBuildMu.Unlock()
	building := map[reflect.Type]*treePlan{}
	p := buildPlan(t, building)
	for typ, bp := range building {
		treePlans.Store(typ, bp)
	}
	return p.usable()
}

// usable is p when every type it reaches can be set from a tree.
func (p *treePlan) usable() *treePlan {
	if p == nil || !p.ok {
		return nil
	}
	return p
}

func buildPlan(t reflect.Type, building map[reflect.Type]*treePlan) *treePlan {
	if p, ok := building[t]; ok {
		return p
	}
	if p, ok := treePlans.Load(t); ok {
		return p.(*treePlan)
	}
	p := &treePlan{kind: t.Kind(), ok: true}
	building[t] = p
	if t.Implements(jsonUnmarshaler) || t.Implements(textUnmarshaler) ||
		reflect.PointerTo(t).Implements(jsonUnmarshaler) || reflect.PointerTo(t).Implements(textUnmarshaler) {
		p.ok = false
		return p
	}
	switch t.Kind() {
	case reflect.String, reflect.Bool, reflect.Float32, reflect.Float64,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint16, reflect.Uint32, reflect.Uint64:
	case reflect.Pointer:
		p.elem = buildPlan(t.Elem(), building)
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			p.ok = false // []byte is read from base64 text
			break
		}
		p.elem = buildPlan(t.Elem(), building)
	case reflect.Map:
		if t.Key().Kind() != reflect.String || t.Key().Implements(textUnmarshaler) || reflect.PointerTo(t.Key()).Implements(textUnmarshaler) {
			p.ok = false
			break
		}
		p.elem = buildPlan(t.Elem(), building)
	case reflect.Struct:
		p.fields = map[string]treeField{}
		for i := range t.NumField() {
			f := t.Field(i)
			if f.Anonymous {
				p.ok = false // embedded structs lend their fields: not handled
				break
			}
			if !f.IsExported() {
				continue
			}
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			if strings.Contains(","+opts+",", ",string,") || name != "" && !validTag(name) {
				p.ok = false
				break
			}
			if name == "" {
				name = f.Name
			}
			if _, twice := p.fields[name]; twice {
				p.ok = false
				break
			}
			p.fields[name] = treeField{index: i, plan: buildPlan(f.Type, building)}
		}
	default:
		p.ok = false // interfaces, arrays, channels, ...
	}
	return p
}

// validTag reports whether encoding/json takes name from a field's tag
// (it uses the field's name instead of one it does not).
func validTag(name string) bool {
	for _, c := range name {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case !unicode.IsLetter(c) && !unicode.IsDigit(c):
			return false
		}
	}
	return true
}

// set sets dst, a zero value of p's type, from v.
func (p *treePlan) set(v any, dst reflect.Value) bool {
	if !p.ok {
		return false
	}
	if v == nil {
		// json.Unmarshal leaves a zero value as it is for null.
		return true
	}
	switch p.kind {
	case reflect.String:
		s, ok := v.(string)
		if ok {
			dst.SetString(s)
		}
		return ok
	case reflect.Bool:
		b, ok := v.(bool)
		if ok {
			dst.SetBool(b)
		}
		return ok
	case reflect.Float32, reflect.Float64:
		n, ok := v.(json.Number)
		if !ok {
			return false
		}
		// As Decode would: a number beyond ±2⁵³ is a finding, which the
		// way through json.Unmarshal gives.
		if f, err := strconv.ParseFloat(string(n), 64); err != nil || math.Abs(f) > 1<<53 {
			return false
		}
		f, err := strconv.ParseFloat(string(n), dst.Type().Bits())
		if err != nil || dst.OverflowFloat(f) {
			return false
		}
		dst.SetFloat(f)
		return true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok := v.(json.Number)
		if !ok {
			return false
		}
		i, ok := wholeNumber(n)
		if !ok || dst.OverflowInt(i) {
			return false
		}
		dst.SetInt(i)
		return true
	case reflect.Uint, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, ok := v.(json.Number)
		if !ok {
			return false
		}
		i, ok := wholeNumber(n)
		if !ok || i < 0 || dst.OverflowUint(uint64(i)) {
			return false
		}
		dst.SetUint(uint64(i))
		return true
	case reflect.Pointer:
		e := reflect.New(dst.Type().Elem())
		if !p.elem.set(v, e.Elem()) {
			return false
		}
		dst.Set(e)
		return true
	case reflect.Slice:
		list, ok := v.([]any)
		if !ok {
			return false
		}
		s := reflect.MakeSlice(dst.Type(), len(list), len(list))
		for i, item := range list {
			if !p.elem.set(item, s.Index(i)) {
				return false
			}
		}
		dst.Set(s)
		return true
	case reflect.Map:
		t := dst.Type()
		var m reflect.Value
		put := func(k string, item any) bool {
			e := reflect.New(t.Elem()).Elem()
			if !p.elem.set(item, e) {
				return false
			}
			m.SetMapIndex(reflect.ValueOf(k).Convert(t.Key()), e)
			return true
		}
		switch obj := v.(type) {
		case *jsonpos.Object:
			m = reflect.MakeMapWithSize(t, len(obj.Members))
			for _, mem := range obj.Members {
				if !put(mem.Name, mem.Value) {
					return false
				}
			}
		case map[string]any:
			m = reflect.MakeMapWithSize(t, len(obj))
			for k, item := range obj {
				if !put(k, item) {
					return false
				}
			}
		default:
			return false
		}
		dst.Set(m)
		return true
	case reflect.Struct:
		switch obj := v.(type) {
		case *jsonpos.Object:
			for _, mem := range obj.Members {
				if !p.setField(mem.Name, mem.Value, dst) {
					return false
				}
			}
		case map[string]any:
			for k, item := range obj {
				if !p.setField(k, item, dst) {
					return false
				}
			}
		default:
			return false
		}
		return true
	}
	return false
}

// setField sets the field of dst, a struct of p's type, whose JSON name is
// name, from v.
func (p *treePlan) setField(name string, v any, dst reflect.Value) bool {
	f, ok := p.fields[name]
	if !ok {
		return false // json.Unmarshal matches names in any letter case, or ignores them
	}
	return f.plan.set(v, dst.Field(f.index))
}

// wholeNumber reads n as an integer as Decode does: in plain digits, or a
// whole number written as a decimal (4.0, 1e1), within ±2⁵³ either way.
func wholeNumber(n json.Number) (int64, bool) {
	s := string(n)
	if !strings.ContainsAny(s, ".eE") {
		i, err := strconv.ParseInt(s, 10, 64)
		return i, err == nil && i <= 1<<53 && i >= -(1<<53)
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f != math.Trunc(f) || math.Abs(f) > 1<<53 {
		return 0, false
	}
	return int64(f), true
}
