// Package casefile is eventgraph's data model: it loads a case folder of YAML
// files into a Case, validates it, keeps the file, line and column of every
// record, and derives what is not typed in (each claim's status, when an event
// or claim became public). Filters (AsOf, Subset) return new cases.
//
// Load reads through an fs.FS so that the embedded seed case and a folder on
// disk go through the same code. Problems come back as an ErrorList, sorted by
// file, line and column, one "FILE:LINE:COL: message" per entry.
package casefile
