package document

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// spelledOut writes letters outside a-z the way an id spells them: German
// umlauts as their usual two-letter forms, accented Latin letters without
// the accent.
var spelledOut = map[rune]string{
	'ä': "ae", 'ö': "oe", 'ü': "ue", 'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'å': "a",
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ā': "a", 'ą': "a",
	'ç': "c", 'ć': "c", 'č': "c",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ę': "e", 'ě': "e",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i",
	'ñ': "n", 'ń': "n", 'ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ō': "o", 'ő': "o",
	'ù': "u", 'ú': "u", 'û': "u", 'ū': "u", 'ů': "u", 'ű': "u",
	'ý': "y", 'ÿ': "y", 'ł': "l", 'ś': "s", 'š': "s", 'ź': "z", 'ż': "z", 'ž': "z", 'ř': "r", 'ď': "d", 'ť': "t",
}

// SuggestID returns an id in the form ids take (lower-case letters and
// digits, words joined by single hyphens) made from s: "Hip Circles" gives
// "hip-circles", "hüftkreisen-stehend" gives "hueftkreisen-stehend". It
// returns "" when s has no letter or digit to keep, or is already an id.
func SuggestID(s string) string {
	var b strings.Builder
	hyphen := false
	// Letters that are one letter written another way become it first
	// (NFKC): the ligatures "ﬁ" and "ﬂ", fullwidth "Ａ", the superscript "²".
	for _, r := range strings.ToLower(norm.NFKC.String(s)) {
		var w string
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			w = string(r)
		case spelledOut[r] != "":
			w = spelledOut[r]
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			// A letter of another script: no spelling to offer for it.
			continue
		default:
			hyphen = b.Len() > 0
			continue
		}
		if hyphen {
			b.WriteByte('-')
			hyphen = false
		}
		b.WriteString(w)
	}
	id := b.String()
	if id == s {
		return ""
	}
	return id
}
