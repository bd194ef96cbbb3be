// Package ingest turns what other tools write into a case folder: a
// TimelineJS 3 JSON file, a TimelineJS spreadsheet downloaded as CSV (the
// columns of its Google Sheets template), or a folder of CSV tables in the
// layout of eventgraph's csv export. It writes YAML a person would have written, one
// file per kind, with a comment wherever a value was guessed rather than
// read; the result is loaded and validated before anything is written.
// Errors name the file and the row (and column), or the JSON path, of the
// bad value.
package ingest
