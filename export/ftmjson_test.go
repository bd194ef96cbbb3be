package export

import (
	"bytes"
	"encoding/json"
	"testing"
)

// FtM's entities are written as encoding/json writes them.
func TestFtMEntityMatchesEncodingJSON(t *testing.T) {
	e := &ftmEntity{id: `a"b\c`, schema: "Note", props: []ftmProp{
		{"z", []string{"<b>&</b>", "tab\there", "é ü", "\u2028 \u2029", "\x7f", "ctl\x01\b\f\n\r\x1f", "bad\xffutf8", "cut\xe2\x80", "😀 𝄞"}},
		{"a", []string{"plain", `quote " and \ backslash`}}, {"m", []string{}},
	}}
	want := &Entity{ID: e.id, Schema: e.schema, Properties: map[string][]string{}}
	for _, p := range e.props {
		want.Properties[p.name] = p.values
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(want)
	var w jsonWriter
	w.entity(e)
	if string(w.b) != buf.String() {
		t.Errorf("got  %s\nwant %s", w.b, buf.String())
	}
}
