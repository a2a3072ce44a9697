// Package generate builds the JSON Schemas of gluteplan's files from the Go
// types, with the types' doc comments as descriptions.
package generate

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/logbook"
	"github.com/gluteplan/gluteplan/planner/report"
	"github.com/invopop/jsonschema"
)

const module = "github.com/gluteplan/gluteplan"

// All returns every schema file by name. It reads the doc comments of the
// types from the source, so it runs in the schemas folder, as go generate
// and the tests of package schemas do.
func All() (map[string][]byte, error) {
	docs := []struct {
		file, id, title string
		v               any
	}{
		{"catalog.schema.json", "catalog", "gluteplan catalog", &catalog.Catalog{}},
		{"profile.schema.json", "profile", "gluteplan profile", &planner.Profile{}},
		{"plan.schema.json", "plan", "gluteplan plan", &planner.Plan{}},
		{"log.schema.json", "log", "gluteplan log", &logbook.Log{}},
		{"report.schema.json", "report", "gluteplan report", &report.Report{}},
	}
	out := map[string][]byte{}
	for _, d := range docs {
		// A field without omitempty in its json tag is required.
		r := &jsonschema.Reflector{}
		for _, pkg := range []string{"catalog", "planner"} {
			if err := r.AddGoComments(module+"/schemas", filepath.Join("..", pkg)); err != nil {
				return nil, fmt.Errorf("reading comments of %s: %w", pkg, err)
			}
		}
		s := r.Reflect(d.v)
		s.ID = jsonschema.ID("https://gluteplan.dev/schemas/" + d.file)
		s.Title = d.title
		if d.id == "profile" {
			// Every profile field has a default, so none is required.
			clearRequired(s)
		}
		data, err := json.MarshalIndent(s, "", "  ")
		if err != nil {
			return nil, err
		}
		out[d.file] = append(data, '\n')
	}
	return out, nil
}

func clearRequired(s *jsonschema.Schema) {
	name := reflect.TypeOf(planner.Profile{}).Name()
	if def, ok := s.Definitions[name]; ok {
		def.Required = nil
	}
}
