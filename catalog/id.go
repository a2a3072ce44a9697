package catalog

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// spelt writes letters that have no accent to drop in ASCII.
var spelt = map[rune]string{'ä': "ae", 'ö': "oe", 'ü': "ue", 'ß': "ss", 'æ': "ae", 'ø': "o", 'å': "a", 'œ': "oe", 'ł': "l", 'đ': "d", 'þ': "th"}

// MakeID makes an entry id from a name or a mistyped id: lower-case ASCII
// letters and digits, words joined by single hyphens, accents dropped and
// umlauts spelt out ("Hüftkreisen stehend" → "hueftkreisen-stehend"), at
// most 60 characters. It returns "" when s has no letter or digit that
// can be written so.
func MakeID(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFC.String(strings.ToLower(s)) {
		var add string
		switch {
		case spelt[r] != "":
			add = spelt[r]
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			add = string(r)
		default:
			// An accented letter loses its accent; anything else separates words.
			for _, d := range norm.NFD.String(string(r)) {
				if d < utf8.RuneSelf && (unicode.IsLetter(d) || unicode.IsDigit(d)) {
					add += string(d)
				}
			}
		}
		if add == "" {
			hyphen = b.Len() > 0
			continue
		}
		if hyphen {
			b.WriteByte('-')
			hyphen = false
		}
		b.WriteString(add)
	}
	id := b.String()
	if len(id) > 60 {
		id = strings.TrimRight(id[:60], "-")
	}
	return id
}
