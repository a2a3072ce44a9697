package planner

import (
	"slices"
	"strings"
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

// TestWrapParts: a line of parts joined by " · " breaks between parts,
// the line that goes on ending in " ·", and a part too long for a line of
// its own is wrapped.
func TestWrapParts(t *testing.T) {
	long := strings.Repeat("word ", 20)
	for _, c := range []struct {
		parts []string
		want  string
	}{
		{[]string{"a", "b"}, "a · b\n"},
		{[]string{strings.Repeat("x", 45), strings.Repeat("y", 30), "zz"}, strings.Repeat("x", 45) + " · " + strings.Repeat("y", 30) + " ·\n  zz\n"},
		{[]string{"a", strings.TrimSpace(long), "b"}, "a ·\n  " + strings.TrimSpace(strings.Repeat("word ", 15)) + "\n  word word word word word · b\n"},
	} {
		var b strings.Builder
		wrapParts(&b, "", "  ", c.parts)
		if b.String() != c.want {
			t.Errorf("wrapParts(%q) =\n%s\nwant\n%s", c.parts, b.String(), c.want)
		}
	}
}
