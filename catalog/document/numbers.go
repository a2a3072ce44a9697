package document

import "regexp"

// leadingZero matches a number written with a zero in front of its other
// digits: 010, -07, 012.5 (but not 0, 0.5 or -0.25).
var leadingZero = regexp.MustCompile(`^[-+]?0[0-9]`)

// LeadingZero reports whether s, a number as a person wrote it in a file
// or a flag, has a zero in front of its other digits. Such a number is
// refused wherever it is written, with the same words: was 010 meant as
// ten, or typed in error? YAML 1.1 readers, and Go's own number syntax,
// read it as eight; YAML 1.2 as ten; JSON not at all.
func LeadingZero(s string) bool { return leadingZero.MatchString(s) }

// yamlNumber is a number as a gluteplan file may write it in YAML: as JSON
// writes numbers, or with the + sign and the bare point (.5, 1.) that
// YAML 1.2 adds. Not 0x10, 0o17, 0b101 or 1_000, which YAML 1.1 readers
// take as numbers and YAML 1.2 ones (partly) as text.
var yamlNumber = regexp.MustCompile(`^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`)
