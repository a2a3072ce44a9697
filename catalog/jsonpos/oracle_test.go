package jsonpos

// The readers the tests check the one-pass decoder against.

// Decode reads data, one JSON document (comments and trailing commas
// allowed), into the values encoding/json's Decoder gives with UseNumber:
// map[string]any, []any, string, json.Number, bool and nil; of a name
// given twice in an object the last value counts. It reads data where it
// lies (a Decoder first copies its whole input into a buffer of its own),
// and the texts of the value are cut from data in place, not copied: data
// must not change afterwards.
func Decode(data []byte) (any, *SyntaxError) {
	return decode(data, nil, 0, false)
}

// DuplicateKeys returns a pointer to every member of an object whose name an
// earlier member of the same object already used, in document order. Most
// JSON readers keep only the last of them silently, so a repeated name is
// usually a mistake.
func DuplicateKeys(data []byte) ([]string, error) {
	var dups []string
	err := walk(data, nil, func(path []string) {
		dups = append(dups, Join(path))
	})
	return dups, err
}
