package explore

import (
	"bytes"
	"encoding/json"
	"testing"
)

func TestASCIIJS(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{"l":"plain"}`, `{"l":"plain"}`},
		{`{"l":"Müller"}`, `{"l":"M\u00fcller"}`},
		{`["1–2 Jan","…"]`, `["1\u20132 Jan","\u2026"]`},
		{`"𝄞x"`, `"\ud834\udd1ex"`},
		{`"ü"`, `"\u00fc"`},
		{``, ``},
	} {
		got := string(asciiJS([]byte(tc.in)))
		if got != tc.want {
			t.Errorf("asciiJS(%s) = %s, want %s", tc.in, got, tc.want)
		}
		if tc.in == "" {
			continue
		}
		var a, b any
		if err := json.Unmarshal([]byte(tc.in), &a); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(got), &b); err != nil {
			t.Fatalf("asciiJS(%s) is not JSON: %v", tc.in, err)
		}
		x, _ := json.Marshal(a)
		y, _ := json.Marshal(b)
		if !bytes.Equal(x, y) {
			t.Errorf("asciiJS(%s) reads back as %s, want %s", tc.in, y, x)
		}
	}
}

func TestASCIICSSAndHTML(t *testing.T) {
	for _, tc := range []struct{ in, css, html string }{
		{`a{content:"…"}`, `a{content:"\2026 "}`, `a{content:"&#8230;"}`},
		{`plain`, `plain`, `plain`},
		{`Han Dong — 𝄞`, `Han Dong \2014  \1d11e `, `Han Dong &#8212; &#119070;`},
	} {
		if got := string(asciiCSS([]byte(tc.in))); got != tc.css {
			t.Errorf("asciiCSS(%s) = %s, want %s", tc.in, got, tc.css)
		}
		if got := string(asciiHTML([]byte(tc.in))); got != tc.html {
			t.Errorf("asciiHTML(%s) = %s, want %s", tc.in, got, tc.html)
		}
	}
}

// TestPageASCII checks that the pages of the bundled case (its data held
// as JSON) and of a generated one large enough to be compressed are
// ASCII throughout, and that the compressed one's JSON and views are too.
func TestPageASCII(t *testing.T) {
	for name, p := range smallAndLargePages(t) {
		if i := bytes.IndexFunc(p.HTML, func(r rune) bool { return r > 0x7f }); i >= 0 {
			t.Errorf("%s: the page holds a character outside ASCII at byte %d: %q", name, i, p.HTML[max(0, i-40):min(len(p.HTML), i+40)])
		}
		if name == "seed" {
			continue
		}
		if !bytes.Contains(p.HTML, []byte(`data-encoding="gzip+base64"`)) {
			t.Fatalf("%s: the case's data are not compressed; the test wants them to be", name)
		}
		data, _, views := pageParts(t, p.HTML)
		if i := bytes.IndexFunc(data, func(r rune) bool { return r > 0x7f }); i >= 0 {
			t.Errorf("%s: the case's JSON holds a character outside ASCII at byte %d: %q", name, i, data[max(0, i-40):min(len(data), i+40)])
		}
		// The page cuts the views out of their text by their lengths in
		// bytes, which must be their lengths in characters.
		if i := bytes.IndexFunc(views, func(r rune) bool { return r > 0x7f }); i >= 0 {
			t.Errorf("%s: the views' JSON holds a character outside ASCII at byte %d", name, i)
		}
		if !json.Valid(data) {
			t.Errorf("%s: the case's data are not JSON", name)
		}
	}
}
