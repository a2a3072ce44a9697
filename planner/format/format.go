// Package format says numbers, doses, counts and dates in the words a
// person reads, one way for every view: the terminal, the PDF and the
// catalog browser all call these, so the same plan never reads "5.95" in
// one place and "6" in another, or "1 × 8, each side" beside "1 × 8 each
// side".
//
// The functions take plain values, not plans or catalog entries, so that
// every package can use them without importing the others.
package format

// The functions below say things in English; a [Language] says them in
// another.

// Number says x in English: see [Language.Number].
func Number(x float64) string { return English.Number(x) }

// Count says n things in English: see [Language.Count].
func Count(n int, one, many string) string { return English.Count(n, one, many) }
