package main

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/planner/locale"
)

// TestDocGluteLoadTable holds the table of the default catalog's
// activation entries in the catalog topic to the catalog itself: every
// activation entry has one row, and its level, glute_load, dose and
// dose_max read as the catalog has them. The table is where a coach reads
// the numbers and their sources, so it must not drift when an entry
// changes.
func TestDocGluteLoadTable(t *testing.T) {
	data, err := os.ReadFile("help/catalog.md")
	if err != nil {
		t.Fatal(err)
	}
	const heading = "### The default catalog's activation entries"
	_, section, ok := strings.Cut(string(data), heading)
	if !ok {
		t.Fatalf("help/catalog.md has no heading %q", heading)
	}
	if next := strings.Index(section, "\n#"); next >= 0 {
		section = section[:next]
	}
	rows := map[string][]string{}
	for _, line := range strings.Split(section, "\n") {
		if !strings.HasPrefix(line, "| `") {
			continue
		}
		cells := splitRow(line)
		if len(cells) < 5 {
			t.Errorf("a row with %d cells: %s", len(cells), line)
			continue
		}
		id := strings.Trim(cells[0], "`")
		if _, dup := rows[id]; dup {
			t.Errorf("%s has two rows", id)
		}
		rows[id] = cells
	}
	dose := func(d catalog.Dose) string {
		return locale.English.Dose(d)
	}
	for _, e := range catalog.Default().Exercises {
		if e.Category != catalog.Activation {
			if _, ok := rows[e.ID]; ok {
				t.Errorf("%s is a %s, not an activation entry, but has a row", e.ID, e.Category)
			}
			continue
		}
		cells, ok := rows[e.ID]
		if !ok {
			t.Errorf("%s (activation) has no row in the table", e.ID)
			continue
		}
		delete(rows, e.ID)
		want := []string{string(e.Level), strconv.FormatFloat(e.GluteLoad, 'f', -1, 64), dose(e.Dose), "–"}
		if e.DoseMax != nil {
			want[3] = dose(*e.DoseMax)
		}
		for i, name := range []string{"level", "glute_load", "dose", "dose_max"} {
			if got := cells[i+1]; got != want[i] {
				t.Errorf("%s: the table gives %s %q, the catalog %q", e.ID, name, got, want[i])
			}
		}
	}
	for id := range rows {
		t.Errorf("the table has a row for %s, which is no default activation entry", id)
	}
}
