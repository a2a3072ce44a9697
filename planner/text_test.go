package planner

import (
	"slices"
	"testing"
)

// TestFields: the terminal breaks lines at spaces, but a dash stays at the
// end of the line before it (fourth German reading: a line began with
// "– je nachdem").
func TestFields(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"durch den Raum – je nachdem", []string{"durch", "den", "Raum –", "je", "nachdem"}},
		{"a — b", []string{"a —", "b"}},
		{"– first", []string{"–", "first"}},
		{"4–5 more", []string{"4–5", "more"}},
		{"", nil},
	} {
		if got := Fields(c.text); !slices.Equal(got, c.want) {
			t.Errorf("Fields(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
