package catalog

import (
	_ "embed"
	"encoding/json"
	"sync"
)

// sidecarFigures holds the figures of the default entries, keyed by id,
// until they are merged into default.json (go run
// ./catalog/internal/mergefigures). After the merge this file and its
// callers go: figures are then read from default.json only.
//
//go:embed testdata/figures.json
var sidecarFigures []byte

var sidecar = sync.OnceValue(func() map[string]*Figure {
	m := map[string]*Figure{}
	if err := json.Unmarshal(sidecarFigures, &m); err != nil {
		// TestDefaultFigures decodes and validates the sidecar.
		panic("catalog: testdata/figures.json: " + err.Error())
	}
	return m
})

// WithDefaultFigures returns c with the sidecar's figure given to every
// entry that has neither a figure nor an image and whose id is a default
// entry's. It is the bridge until the figures live in default.json.
func WithDefaultFigures(c *Catalog) *Catalog {
	out := c.Clone()
	figs := sidecar()
	for i, e := range out.Exercises {
		if e.Figure != nil || e.Image != "" {
			continue
		}
		if _, ok := Default().ByID(e.ID); !ok {
			continue
		}
		if f, ok := figs[e.ID]; ok {
			out.Exercises[i].Figure = f
		}
	}
	return out
}
