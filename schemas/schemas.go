// Package schemas holds the JSON Schemas of gluteplan's files, generated
// from the Go types of packages catalog and planner and embedded in the
// binary. Run go generate in this folder after changing those types.
package schemas

import _ "embed"

//go:generate go run ./internal/gen

// Catalog is the JSON Schema of a catalog file.
//
//go:embed catalog.schema.json
var Catalog []byte

// Profile is the JSON Schema of a profile file.
//
//go:embed profile.schema.json
var Profile []byte

// Plan is the JSON Schema of a plan file.
//
//go:embed plan.schema.json
var Plan []byte

// Log is the JSON Schema of a log file.
//
//go:embed log.schema.json
var Log []byte

// Report is the JSON Schema of a progress report (gluteplan report -o
// report.json).
//
//go:embed report.schema.json
var Report []byte

// ByName returns the schema called name (catalog, profile, plan, log or
// report) and whether there is one.
func ByName(name string) ([]byte, bool) {
	switch name {
	case "catalog":
		return Catalog, true
	case "profile":
		return Profile, true
	case "plan":
		return Plan, true
	case "log":
		return Log, true
	case "report":
		return Report, true
	}
	return nil, false
}

// Names lists the schemas [ByName] knows.
var Names = []string{"catalog", "profile", "plan", "log", "report"}
