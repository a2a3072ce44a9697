package jsonpos

import (
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	tests := []struct {
		name, doc string
		off       int64 // -1: no error
		kind      Kind
	}{
		{"plain", `{"a": [1, -2.5e3, true, false, null, "x\u00e9\ud83d\ude00"]}`, -1, 0},
		{"line comment", "// about\n{\"a\": 1 // one\n}", -1, 0},
		{"comment at the end without a newline", "{}\n// end", -1, 0},
		{"block comment", "/* a\n b */ {\"a\": /* here */ 1}", -1, 0},
		{"trailing commas", `{"a": [1, 2,], "b": {"c": 3,},}`, -1, 0},
		{"byte order mark", "\xef\xbb\xbf{}", -1, 0},
		{"unclosed block comment", `{"a": 1} /* oops`, 9, UnclosedComment},
		{"lone slash", `{"a": / 1}`, 6, WantValue},
		{"hash comment", "# no\n{}", 0, WantValue},
		{"empty", ``, 0, EndEarly},
		{"after end", `{} {}`, 3, AfterEnd},
		{"missing value", `{"a": }`, 6, WantValue},
		{"two commas", `[1,,2]`, 3, WantValue},
		{"comma first", `[,1]`, 1, WantValue},
		{"single-quoted name", `{'a': 1}`, 1, WantKey},
		{"decimal comma", `{"a": 0,75}`, 8, WantKey},
		{"missing colon", `{"a" 1}`, 5, WantColon},
		{"missing comma in object", `{"a": 1 "b": 2}`, 8, WantObjectNext},
		{"missing comma in list", `[1 2]`, 3, WantArrayNext},
		{"line break in string", "[\"a\nb\"]", 3, ControlInString},
		{"bad escape", `["a\x"]`, 4, BadEscape},
		{"short unicode escape", `["\u12g4"]`, 6, BadEscape},
		{"lone high surrogate", `["\ud83d x"]`, 2, BadSurrogate},
		{"lone low surrogate", `["\ude00"]`, 2, BadSurrogate},
		{"misspelled true", `[ture]`, 2, BadLiteral},
		{"capital True", `[True]`, 1, WantValue},
		{"leading dot", `[.5]`, 1, WantValue},
		{"trailing dot", `[1.]`, 3, BadNumber},
		{"bare minus", `[-]`, 2, BadNumber},
		{"leading zero", `[05]`, 2, WantArrayNext},
		{"exponent without digits", `[1e+]`, 4, BadNumber},
		{"cut in a string", `["abc`, 5, EndEarly},
		{"cut in a literal", `[tr`, 3, EndEarly},
		{"too deep", strings.Repeat("[", MaxDepth+5), MaxDepth, TooDeep},
		{"line separator in a comment", "{} // a\u2028b\n", 7, BadComment},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err, ext := CheckExtended([]byte(tt.doc))
			wantExt := strings.Contains(tt.name, "comment") || strings.Contains(tt.name, "trailing")
			if err == nil && ext != wantExt {
				t.Errorf("extended = %v, want %v", ext, wantExt)
			}
			switch {
			case tt.off < 0 && err != nil:
				t.Fatalf("Check = %v, want no error", err)
			case tt.off < 0:
			case err == nil:
				t.Fatalf("Check = nil, want %s at %d", kindWords[tt.kind], tt.off)
			case err.Offset != tt.off || err.Kind != tt.kind:
				t.Fatalf("Check = %s at %d, want %s at %d", kindWords[err.Kind], err.Offset, kindWords[tt.kind], tt.off)
			}
		})
	}
}

// TestPositionWithComments checks that places in a file with comments and
// a byte order mark are places in the file as written.
func TestPositionWithComments(t *testing.T) {
	doc := "\xef\xbb\xbf// é comment\n{ /* x */ \"a\": [1, /* two */ 2,],\n  \"b\": 3, }"
	for _, tt := range []struct {
		pointer   string
		line, col int
	}{{"", 2, 1}, {"/a/1", 2, 30}, {"/b", 3, 8}} {
		line, col, err := Position([]byte(doc), tt.pointer)
		if err != nil || line != tt.line || col != tt.col {
			t.Errorf("Position(%q) = %d:%d %v, want %d:%d", tt.pointer, line, col, err, tt.line, tt.col)
		}
	}
	if l, c := LineCol([]byte(doc), 3); l != 1 || c != 1 {
		t.Errorf("after the byte order mark: %d:%d, want 1:1", l, c)
	}
}
