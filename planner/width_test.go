package planner_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner"
)

// TestTerminalWidth: no line the terminal prints for the personas, in
// any language, with or without --explain, is wider than 80 columns
// (eighth German reading: the header's second line and the heading of
// the evening scale ran to 134 and 106).
func TestTerminalWidth(t *testing.T) {
	for _, pc := range personas {
		for _, lang := range planner.Langs {
			p := pc.profile
			p.Lang = lang
			plan, err := planner.Make(catalog.Default(), p)
			if err != nil {
				t.Fatalf("%s/%s: %v", pc.name, lang, err)
			}
			for _, explain := range []bool{false, true} {
				var buf bytes.Buffer
				if err := plan.WriteText(&buf, explain); err != nil {
					t.Fatal(err)
				}
				for i, l := range strings.Split(buf.String(), "\n") {
					if n := utf8.RuneCountInString(l); n > 80 {
						t.Errorf("%s/%s (explain %v), line %d: %d columns: %q", pc.name, lang, explain, i+1, n, l)
					}
				}
			}
		}
	}
}
