package catalog_test

import (
	"slices"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// TestLanguagesMatchThePlanner pins that the catalog's list of languages,
// against which translations are checked, is the planner's: the catalog
// cannot import the planner, so the list is written twice, and a language
// added to one must be added to the other.
func TestLanguagesMatchThePlanner(t *testing.T) {
	var codes []string
	for _, l := range locale.Languages {
		codes = append(codes, l.Code)
	}
	if !slices.Equal(catalog.Languages, codes) {
		t.Errorf("catalog.Languages = %v, but the planner speaks %v: make them the same", catalog.Languages, codes)
	}
}
