package catalog

import (
	_ "embed"
	"encoding/json"
	"sync"
)

// defaultJSON is the embedded default catalog, written from the source
// article in our own words. Its tests check that it passes validation.
//
//go:embed default.json
var defaultJSON []byte

// DefaultJSON returns the bytes of the embedded default catalog, which
// the generator of default_decoded.go and the tests read.
func DefaultJSON() []byte { return defaultJSON }

// The default catalog is also decoded at build time: go generate writes
// default_decoded.go, which declares it as one Go literal (defaultDecoded),
// so a run does not decode the JSON (its maps, which cannot be laid out as
// data, are made on first use by fillDefaultMaps rather than at package
// init). TestDefaultDecodedUpToDate checks the
// file against default.json; after changing either default.json or the
// catalog's types, run go generate ./catalog. The generator builds this
// package with the tag gluteplan_regen, which leaves the old file out
// (default_regen.go declares defaultDecoded nil instead), so it runs
// however stale the file is.
//
//go:generate go run -tags gluteplan_regen ./internal/gendefault default_decoded.go

var defaultCatalog = sync.OnceValue(func() *Catalog {
	if defaultDecoded != nil {
		fillDefaultMaps()
		return defaultDecoded
	}
	var c Catalog
	if err := json.Unmarshal(defaultJSON, &c); err != nil {
		// The tests decode and validate the embedded file, so this cannot
		// happen in a released binary.
		panic("catalog: embedded default catalog: " + err.Error())
	}
	return &c
})

// Default returns the embedded default catalog. Callers must not modify it;
// use [Catalog.Clone] for a copy to change.
func Default() *Catalog { return defaultCatalog() }

// ByID returns the entry with the given id and whether there is one.
func (c *Catalog) ByID(id string) (Exercise, bool) {
	for _, e := range c.Exercises {
		if e.ID == id {
			return e, true
		}
	}
	return Exercise{}, false
}

// Clone returns a copy of c whose exercise list can be changed freely.
func (c *Catalog) Clone() *Catalog {
	out := &Catalog{Schema: c.Schema, Exercises: make([]Exercise, len(c.Exercises))}
	copy(out.Exercises, c.Exercises)
	return out
}

// Merge returns a catalog holding base's entries with each of the layers
// applied in order: the ids a layer disables leave the catalog, then an
// entry whose id is already present replaces it in place and a new id is
// added at the end. An entry whose progression was disabled (and not added
// back by a later layer) ends its chain there: plans never progress into an
// entry a catalog left out.
func Merge(base *Catalog, layers ...*Catalog) *Catalog {
	// Room for every entry at once: an entry is some 400 bytes, and a list
	// grown entry by entry left copies of thousands behind.
	n := len(base.Exercises)
	for _, l := range layers {
		n += len(l.Exercises)
	}
	out := &Catalog{Schema: base.Schema, Exercises: make([]Exercise, len(base.Exercises), n)}
	copy(out.Exercises, base.Exercises)
	index := make(map[string]int, n)
	reindex := func() {
		clear(index)
		for i, e := range out.Exercises {
			index[e.ID] = i
		}
	}
	reindex()
	disabled := map[string]bool{}
	for _, l := range layers {
		if len(l.Disable) > 0 {
			drop := make(map[string]bool, len(l.Disable))
			for _, id := range l.Disable {
				drop[id] = true
				disabled[id] = true
			}
			// out is a copy of its own: filter it in place.
			kept := out.Exercises[:0]
			for _, e := range out.Exercises {
				if !drop[e.ID] {
					kept = append(kept, e)
				}
			}
			out.Exercises = kept
			reindex()
		}
		for _, e := range l.Exercises {
			delete(disabled, e.ID)
			if i, ok := index[e.ID]; ok {
				out.Exercises[i] = e
				continue
			}
			index[e.ID] = len(out.Exercises)
			out.Exercises = append(out.Exercises, e)
		}
	}
	for i, e := range out.Exercises {
		if _, ok := index[e.Progression]; !ok && disabled[e.Progression] {
			out.Exercises[i].Progression = ""
		}
	}
	return out
}
