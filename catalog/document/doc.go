// Package document reads the files people write for gluteplan (catalogs,
// profiles, plans, logs) in JSON, JSON with comments (JSONC) or YAML, and
// keeps the way back from every value to its line and column in the file
// as written. It checks a file against the embedded JSON Schemas, words
// each problem as a [Finding] that says where and what to fix, and quotes
// every piece of the file that a message shows ([Quote]), so that a file
// can neither flood nor take over the terminal it is reported to.
package document
