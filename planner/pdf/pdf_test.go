package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/gluteplan/gluteplan/planner"
)

var papersUnderTest = []string{"a4", "letter"}

func sortedNames(m map[string]*planner.Plan) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestWriteSamples writes every test plan to $GLUTEPLAN_PDF_OUT when set,
// for looking at the pages.
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("GLUTEPLAN_PDF_OUT")
	if dir == "" {
		t.Skip("set GLUTEPLAN_PDF_OUT to a folder to write sample PDFs")
	}
	plans := testPlans(t)
	for _, name := range sortedNames(plans) {
		for _, paper := range papersUnderTest {
			var buf bytes.Buffer
			if err := Write(&buf, plans[name], Options{Paper: paper}); err != nil {
				t.Fatalf("%s/%s: %v", name, paper, err)
			}
			if err := os.WriteFile(filepath.Join(dir, name+"-"+paper+".pdf"), buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
