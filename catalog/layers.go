package catalog

import (
	"github.com/gluteplan/gluteplan/catalog/document"
)

// Layers is catalogs merged in order, usually the embedded default catalog
// first and then custom files, remembering where each entry comes from.
// A later file is checked over the layers before it, so that its findings
// can name the entry it replaces ("of the default catalog", "of
// other.json:12:5") and the catalog an id was disabled in.
type Layers struct {
	merged *Catalog
	// from says where each entry of merged comes from: "the default
	// catalog" or FILE:LINE:COL of the entry.
	from map[string]string
	// disabled says, for each id left out by a "disable" list, where it
	// was left out: FILE:LINE:COL of the item.
	disabled map[string]string
	// places says where the items of each catalog Validate returned are,
	// for Add.
	places map[*Catalog]entryPlaces
}

// defaultOrigin names the embedded catalog in findings.
const defaultOrigin = "the default catalog"

// NewLayers returns layers that hold the embedded default catalog, or
// nothing when withDefault is false (--no-default-catalog).
func NewLayers(withDefault bool) *Layers {
	l := &Layers{merged: &Catalog{}, from: map[string]string{}, disabled: map[string]string{}}
	if withDefault {
		l.merged = Default().Clone()
		for _, e := range l.merged.Exercises {
			l.from[e.ID] = defaultOrigin
		}
	}
	return l
}

// origin says where the entry id of the layers comes from.
func (l *Layers) origin(id string) string {
	if s, ok := l.from[id]; ok {
		return s
	}
	return "the catalog it adds to"
}

// Validate checks a catalog file as it would be merged over the layers:
// its JSON, its schema, then what a schema cannot say. Ids are unique in
// the file; each progression names an entry of this file or of the layers,
// goes to a level no easier, and no chain of progressions loops, over the
// merged catalog (so an entry redefined at an easier level than an earlier
// entry that progresses into it is a problem too); a progression into a
// disabled entry is a problem; each "disable" id names an entry of the
// layers. Release work and static stretches are timed and carry no glute
// load; holds go with reps; dose_max counts what the dose counts (reps or
// seconds), on the same sides, each field at least the dose's; no item is
// both in equipment and in equipment_any. Notes, which leave the file
// valid, say which entry of the layers an entry replaces, which earlier
// entries progress into a disabled one, which stretch speaks of crossing
// the legs while its hip_compression is false (in its English or German
// text), which strengthening entry can never reach a dose that works
// between its dose and its ceiling (rule 16), and which translation is in
// a language gluteplan does not speak or has other steps than the entry.
//
// Entries without structural problems are checked even when others have
// some, so an author fixes everything in one round. Validate does not add
// the file to the layers: see [Layers.Add]. The texts of the catalog it
// returns are read from data in place: data must not change afterwards.
func (l *Layers) Validate(file string, data []byte) (*Catalog, []document.Finding) {
	return l.validate(file, data)
}

// Add merges c, a catalog [Layers.Validate] returned, over the layers:
// its "disable" ids leave the merged catalog, an entry with an id already
// present replaces it, a new id is added at the end. Where each entry and
// disabled id is in its file was noted when it was validated: the file is
// not read again.
func (l *Layers) Add(c *Catalog) {
	at := l.places[c]
	delete(l.places, c)
	where := func(list []string, i int) string {
		if i < len(list) {
			return list[i]
		}
		return "a catalog added to it"
	}
	if at.merged != nil && at.base == l.merged {
		// Validate merged c over these very layers.
		l.merged = at.merged
	} else {
		l.merged = Merge(l.merged, c)
	}
	for k, id := range c.Disable {
		delete(l.from, id)
		l.disabled[id] = where(at.disable, k)
	}
	for i, e := range c.Exercises {
		l.from[e.ID] = where(at.exercises, i)
		delete(l.disabled, e.ID)
	}
}

// entryPlaces says where the items of a catalog file are, as FILE:LINE:COL:
// its "disable" ids and its entries, in order; and the catalog merged
// checked it over (base with the file merged over it), which Add takes
// when the layers are still base.
type entryPlaces struct {
	disable, exercises []string
	base, merged       *Catalog
}

// notePlaces notes where the disable items and entries of c, the catalog
// read from d, are in the file, for [Layers.Add].
func (l *Layers) notePlaces(d *document.Document, c *Catalog) {
	at := entryPlaces{disable: d.ItemPlaces("disable"), exercises: d.ItemPlaces("exercises")}
	if len(at.disable) != len(c.Disable) || len(at.exercises) != len(c.Exercises) {
		// The places of another document than c's: say nothing wrong.
		at = entryPlaces{}
	}
	if l.places == nil {
		l.places = map[*Catalog]entryPlaces{}
	}
	l.places[c] = at
}

// noteMerged notes merged, the layers' catalog with c merged over it, for
// [Layers.Add].
func (l *Layers) noteMerged(c, merged *Catalog) {
	if at, ok := l.places[c]; ok {
		at.base, at.merged = l.merged, merged
		l.places[c] = at
	}
}

// Catalog returns the merged catalog, disabled entries left out. Callers
// must not modify it.
func (l *Layers) Catalog() *Catalog { return l.merged }
