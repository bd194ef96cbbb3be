package export

import (
	"bytes"
	"encoding/json"
	"html"
	"testing"
)

// FtM's entities are written as encoding/json writes them.
func TestFtMEntityMatchesEncodingJSON(t *testing.T) {
	props := []struct {
		name   string
		values []string
	}{
		{"z", []string{"<b>&</b>", "tab\there", "é ü", "\u2028 \u2029", "\x7f", "ctl\x01\b\f\n\r\x1f", "bad\xffutf8", "cut\xe2\x80", "😀 𝄞"}},
		{"a", []string{"plain", `quote " and \ backslash`}}, {"m", []string{}},
	}
	e := &ftmEntity{}
	e.reset([]byte(`a"b\c`), "Note")
	want := &Entity{ID: string(e.id), Schema: e.schema, Properties: map[string][]string{}}
	for _, p := range props {
		prop := e.prop(p.name)
		for _, v := range p.values {
			start := int32(len(e.text))
			e.text = append(e.text, v...)
			prop.values = append(prop.values, span{start, int32(len(e.text))})
		}
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

// HTML text is escaped into JSON as encoding/json writes what
// html.EscapeString gives.
func TestHTMLInJSONMatchesEncodingJSON(t *testing.T) {
	for _, s := range []string{"", "plain", `<a href="x">'&'</a>`, "tab\there", "é ü", "\u2028 \u2029", "\x7f",
		"ctl\x01\b\f\n\r\x1f", "bad\xffutf8", "cut\xe2\x80<", "\xe2<\x80", "😀 𝄞", `back\slash`} {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.Encode(html.EscapeString(s))
		got := append(appendJSONText([]byte{'"'}, s, &htmlInJSON), '"', '\n')
		if string(got) != want.String() {
			t.Errorf("%q: got %s, want %s", s, got, want.String())
		}
		got = append(appendJSONText([]byte{'"'}, []byte(s), &htmlInJSON), '"', '\n')
		if string(got) != want.String() {
			t.Errorf("%q as bytes: got %s, want %s", s, got, want.String())
		}
	}
}
