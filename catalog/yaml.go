package catalog

import (
	"encoding/json"

	"github.com/goccy/go-yaml"
)

// MarshalYAML writes c as a YAML catalog file that [Layers.Validate] reads back
// as the same catalog: the members in the order of the JSON form, lists
// indented under their names, text that YAML would read as something else
// ("no", "1e1") quoted. The same catalog gives the same bytes.
func MarshalYAML(c *Catalog) ([]byte, error) {
	data, err := json.Marshal(c)
	if err != nil {
		return nil, err
	}
	var v any
	if err := yaml.UnmarshalWithOptions(data, &v, yaml.UseOrderedMap()); err != nil {
		return nil, err
	}
	return yaml.MarshalWithOptions(v, yaml.IndentSequence(true), yaml.UseLiteralStyleIfMultiline(true))
}
