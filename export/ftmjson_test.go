package export

import (
	"bytes"
	"encoding/json"
	"testing"
)

// FtM's entities are written as encoding/json writes them.
func TestFtMEntityMatchesEncodingJSON(t *testing.T) {
	e := &Entity{ID: `a"b\c`, Schema: "Note", Properties: map[string][]string{
		"z": {"<b>&</b>", "tab\there", "é ü", "\u2028", "\x7f", "ctl\x01\b\f", "bad\xffutf8"},
		"a": {"plain"}, "m": {},
	}}
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	enc.Encode(e)
	var w jsonWriter
	w.entity(e, nil)
	if string(w.b) != want.String() {
		t.Errorf("got  %s\nwant %s", w.b, want.String())
	}
}
