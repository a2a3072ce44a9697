package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// jargon is what text a person reads never says (rule 12): the planner's
// own words for its units and weeks. Code (a field name such as `cap`, a
// command, an example's output) is left alone: it is typed or printed as
// it stands.
var jargon = regexp.MustCompile(`(?i)\b(HSE|deloads?|deloading|caps?|capped|slots?|allocations?|fine-tune)\b`)

// TestDocWords reads the README and the help topics as a person does and
// fails on jargon outside code. The development topic is for contributors
// and may name the code's internals.
func TestDocWords(t *testing.T) {
	for _, doc := range docFiles(t) {
		if filepath.Base(doc) == "development.md" {
			continue
		}
		data, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		inCode := false
		for n, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, "```") {
				inCode = !inCode
				continue
			}
			if inCode {
				continue
			}
			prose := codeSpan.ReplaceAllString(line, "")
			if m := jargon.FindString(prose); m != "" {
				t.Errorf("%s:%d: %q: say it in plain words (\"hard sets\", \"lighter week\", \"weekly ceiling\")", doc, n+1, m)
			}
		}
	}
}

func TestJargon(t *testing.T) {
	for _, bad := range []string{"the recovery cap", "a deload week", "12 HSE", "a free slot", "Caps"} {
		if !jargon.MatchString(bad) {
			t.Errorf("%q: not found", bad)
		}
	}
	for _, good := range []string{"a caption", "escape", "capacity", "the weekly ceiling", "lighter week"} {
		if jargon.MatchString(good) {
			t.Errorf("%q: taken for jargon", good)
		}
	}
}
