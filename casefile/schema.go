package casefile

import _ "embed"

//go:embed schema.json
var jsonSchema []byte

// JSONSchema returns a JSON Schema (draft 2020-12) of one case-file document,
// for editors: point the yaml-language-server at it with a first line such as
//
//	# yaml-language-server: $schema=../casefile/schema.json
//
// and an editor completes keys, shows their documentation and flags unknown
// keys, wrong kinds and stances, and malformed IDs and dates as you type.
// The schema checks the shape of one document only; Load also checks that
// IDs are unique and references resolve, and parses every date. The returned
// slice is a fresh copy that the caller may modify.
func JSONSchema() []byte {
	return append([]byte(nil), jsonSchema...)
}
