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
	// The schema check, then, for a sound file only, the decoding into the
	// Go types. (Decoding beside the check on another core saved no CPU
	// time, which is what a run costs, and decoded files that fail.)
	if fs := d.Check("catalog"); len(fs) > 0 {
		if fs[len(fs)-1].Omitted > 0 {
			// More problems than a list shows: the checks of the sound
			// entries wait for the next round.
			return nil, fs
		}
		// Check the sound entries too, so that an author fixes everything
		// in one round.
		return nil, document.Cap(mergeFindings(fs, place(d, l.soundEntryProblems(file, d.Value(), fs))))
	}
	var c Catalog
	if fs := d.Decode(&c); len(fs) > 0 {
		return nil, fs
	}
	l.notePlaces(d, &c)
	probs, merged := l.semanticProblems(wholeFile(&c))
	l.noteMerged(&c, merged)
	return &c, place(d, append(probs, figureProblems(file, wholeFile(&c))...))
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
