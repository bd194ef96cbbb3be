// Package casefile is eventgraph's data model: it loads a case folder of YAML
// files into a Case, validates it, keeps the file, line and column of every
// record, and derives what is not typed in (each claim's status, when an event
// or claim became public). Filters (AsOf, Subset) return new cases.
//
// Load reads through an fs.FS so that the embedded seed case and a folder on
// disk go through the same code; LoadDir reads a folder on disk. Problems come
// back as an ErrorList, sorted by file, line and column, one
// "FILE:LINE:COL: message" per entry, all of them in one pass.
//
// # Reading YAML
//
// Each document is decoded into a yaml.Node tree and walked by hand, so that
// every value keeps its position, duplicate and unknown keys are caught (with
// the nearest known key as a hint), and every scalar is read from its source
// text: 2021-02-15 and -0044 stay dates, not a timestamp and a number.
//
// Some choices about unusual input:
//
//   - Aliases (*name) are followed, within a budget of about four nodes per
//     byte of the file: a file that expands beyond it (an alias bomb) gets one
//     error and the rest of it is not read. Merge keys (<<) are not supported.
//   - A file larger than MaxFileSize (16 MiB) is refused with an error; split
//     a large case into many files.
//   - A UTF-8 byte order mark is skipped; CRLF line ends are read as LF;
//     invalid UTF-8 is reported with its byte offset, line and column; a tab in
//     the indentation is named as such.
//   - The YAML parser gives lines but no columns for syntax errors; they are
//     reported at column 1 of the parser's line.
//   - Symbolic links to files and folders are followed where the fs.FS
//     follows them (os.DirFS does); a link that loops back to a folder above
//     it, and a link that leads nowhere, are reported.
//   - Files are decoded in parallel, one goroutine per CPU, with at most
//     MaxFileSize bytes of YAML being decoded at any moment (a decoded tree
//     takes some twenty times its file's size).
//
// # Cases built in Go
//
// Validate checks a Case built in Go as Load checks a loaded one, fills in its
// derived fields, sorts it and indexes it. The lookups (Kind, Name, Person,
// ClaimsAbout ...) also work on a case that was never indexed, scanning its
// slices on every call.
package casefile
