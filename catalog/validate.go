package catalog

import (
	"fmt"

	"github.com/gluteplan/gluteplan/catalog/document"
)

// MaxCatalogBytes is the largest catalog file the tool reads. The default
// catalog is well under 100 KiB; a file a hundred times larger is not a
// catalog someone wrote by hand.
const MaxCatalogBytes = 10 << 20

// validate is [Layers.Validate].
func (l *Layers) validate(file string, data []byte) (*Catalog, []document.Finding) {
	if len(data) > MaxCatalogBytes {
		return nil, []document.Finding{{File: file, Line: 1, Col: 1, Message: fmt.Sprintf(
			"the file is %d bytes, over the limit of %d for a catalog: is it the right file?", len(data), MaxCatalogBytes)}}
	}
	d, fs := document.Parse("catalog", file, data)
	if fs != nil {
		return nil, fs
	}
	// Decode into the Go types beside the schema check, on another core;
	// the result is used only when the check passes. Both only read d.
	type decoded struct {
		c  *Catalog
		fs []document.Finding
	}
	decc := make(chan decoded, 1)
	decode := func() {
		var c Catalog
		fs := d.Decode(&c)
		decc <- decoded{&c, fs}
	}
	// A list of many entries is most likely a file of the wrong shape
	// ("exercises": [1, 1, ...]), whose decoding would cost far more than
	// its check: decode it only once it is known to be sound.
	early := entryCount(d.Value()) <= maxEarlyDecode
	if early {
		go decode()
	}
	if fs := d.Check("catalog"); len(fs) > 0 {
		if early {
			<-decc
		}
		if fs[len(fs)-1].Omitted > 0 {
			// More problems than a list shows: the checks of the sound
			// entries wait for the next round.
			return nil, fs
		}
		// Check the sound entries too, so that an author fixes everything
		// in one round.
		return nil, document.Cap(mergeFindings(fs, place(d, l.soundEntryProblems(file, d.Value(), fs))))
	}
	if !early {
		decode()
	}
	dc := <-decc
	if len(dc.fs) > 0 {
		return nil, dc.fs
	}
	l.notePlaces(d, dc.c)
	return dc.c, place(d, append(l.semanticProblems(wholeFile(dc.c)), figureProblems(file, wholeFile(dc.c))...))
}

// maxEarlyDecode is the most entries a catalog file may list for it to be
// decoded beside its check rather than after it: well above the 35,000
// entries of the shortest sound entries a file of [MaxCatalogBytes] holds.
const maxEarlyDecode = 50_000

// entryCount is the length of the "exercises" list of a catalog document.
func entryCount(v any) int {
	if m, ok := v.(map[string]any); ok {
		if l, ok := m["exercises"].([]any); ok {
			return len(l)
		}
	}
	return 0
}

// problem is a finding before its place in the file is known.
type problem struct {
	pointer string
	// key places the finding at the member's name rather than its value.
	key     bool
	message string
	// ref, when set, is a pointer whose line replaces the first "%d" in
	// message.
	ref string
	// note marks a finding that informs rather than invalidates.
	note bool
}

// place resolves the positions of probs in d: findings in file order.
func place(d *document.Document, probs []problem) []document.Finding {
	us := make([]document.Unplaced, len(probs))
	for i, p := range probs {
		us[i] = document.Unplaced{Pointer: p.pointer, Key: p.key, Message: p.message, Ref: p.ref, Note: p.note}
	}
	return d.Place(us)
}
