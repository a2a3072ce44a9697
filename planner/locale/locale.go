// Package locale is gluteplan's language layer: every word a person
// reads goes through it. A [Language] holds the translations of the
// English words the code asks for (en.go, de.go), and says numbers,
// doses, counts and dates one way for every view: the terminal, the PDF,
// the calendar and the catalog browser all call it, so the same plan never
// reads "5.95" in one place and "6" in another, or "1 × 8, each side"
// beside "1 × 8 each side".
//
// It imports only the catalog's types (a dose is a [catalog.Dose]), so
// every other package can use it.
package locale

// The functions below say things in English; a [Language] says them in
// another.

// Number says x in English: see [Language.Number].
func Number(x float64) string { return English.Number(x) }

// Count says n things in English: see [Language.Count].
func Count(n int, one, many string) string { return English.Count(n, one, many) }
