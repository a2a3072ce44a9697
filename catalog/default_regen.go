//go:build gluteplan_regen

package catalog

// defaultDecoded is nil while go generate writes default_decoded.go: then
// Default decodes default.json.
var defaultDecoded *Catalog
