package document

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// The most characters of one piece of input a message shows: a value
// (an id, a property name, a text), a JSON pointer, and a file name
// (which must be shown whole to be of use: 4096 bytes is the longest path
// Linux takes). A key or an id of 9 MB is shown cut short, never echoed
// whole.
const (
	maxQuoted  = 40
	maxPointer = 200
	maxShown   = 4096
)

// Quote returns s, a piece of input a message shows (a value, a property
// name, an id), in double quotes as Go writes a string: every character
// that would not print as itself (a control character such as ESC or a
// line break, a direction override, invalid UTF-8) written as an escape,
// and cut after its first 40 characters with "…". Every message that
// shows what a person typed or a file holds goes through Quote or
// [Shown], so that no file or flag can move the cursor, set the
// terminal's title, forge a line of output, or flood the screen.
func Quote(s string) string { return quote(s, maxQuoted, false) }

// Shown returns s, a file name, as messages print it: as it is when every
// character prints as itself, else as [Quote] writes it (cut after 4096
// characters rather than 40).
func Shown(s string) string { return quote(s, maxShown, true) }

// quote is [Quote] and [Shown]: the one place input is made safe to print.
func quote(s string, limit int, bare bool) string {
	cut := false
	if utf8.RuneCountInString(s) > limit {
		n := 0
		for i := range s {
			if n == limit {
				s, cut = s[:i], true
				break
			}
			n++
		}
	}
	if bare && !cut && printable(s) {
		return s
	}
	q := strconv.Quote(s)
	if cut {
		q = q[:len(q)-1] + `…"`
	}
	return q
}

// printable reports whether every character of s prints as itself: valid
// UTF-8, letters, marks, numbers, punctuation, symbols and the space.
func printable(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || !unicode.IsPrint(r) && r != ' ' {
			return false
		}
	}
	return true
}
