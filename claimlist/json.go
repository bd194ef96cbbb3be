package claimlist

import (
	"encoding/json"
	"io"

	"github.com/eventgraph/eventgraph/casefile"
)

// WriteJSON writes claims (selected from c) as a JSON list of Claim
// objects, indented, with a final newline.
func WriteJSON(w io.Writer, c *casefile.Case, claims []*casefile.Claim) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(Records(c, claims))
}
