package catalog_test

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/catalog/internal/golit"
)

// TestDefaultDecodedUpToDate checks that default_decoded.go, the default
// catalog decoded at build time, is what go generate makes from
// default.json today: the same value as decoding the JSON, and the same
// file.
func TestDefaultDecodedUpToDate(t *testing.T) {
	var fresh catalog.Catalog
	if err := json.Unmarshal(catalog.DefaultJSON(), &fresh); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&fresh, catalog.Default()) {
		t.Error("catalog.Default() is not default.json decoded: run go generate ./catalog")
	}
	want, err := golit.Source(&fresh)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("default_decoded.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("default_decoded.go (%d bytes) is not what go generate makes from default.json (%d bytes): run go generate ./catalog", len(got), len(want))
	}
}
