package schemas_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/gluteplan/gluteplan/schemas"
	"github.com/gluteplan/gluteplan/schemas/internal/gen/generate"
)

// TestCommittedSchemasAreCurrent fails when a committed schema differs from
// what the Go types generate: run go generate ./schemas (or go test
// ./schemas -update) after changing them.
func TestCommittedSchemasAreCurrent(t *testing.T) {
	files, err := generate.All()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		for name, data := range files {
			if err := os.WriteFile(name, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		t.Log("wrote the schema files: rebuild to embed them")
		return
	}
	if len(files) != len(schemas.Names) {
		t.Fatalf("generator writes %d schemas, package embeds %d", len(files), len(schemas.Names))
	}
	for _, name := range schemas.Names {
		embedded, ok := schemas.ByName(name)
		if !ok {
			t.Fatalf("ByName(%q) found nothing", name)
		}
		want := files[name+".schema.json"]
		if !bytes.Equal(embedded, want) {
			t.Errorf("%s.schema.json is out of date with the Go types: run go generate ./schemas", name)
		}
	}
}
