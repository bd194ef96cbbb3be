package svg_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/theme"
	"github.com/eventgraph/eventgraph/timeline"
	"github.com/eventgraph/eventgraph/timeline/svg"
)

// TestLinks draws items with addresses: http and https ones become links,
// escaped in the attribute; javascript:, data: and other addresses stay
// plain text.
func TestLinks(t *testing.T) {
	tests := []struct {
		href string
		want string // the <a> start tag, or "" for none
	}{
		{"https://example.com/a?b=1&c=2", `<a href="https://example.com/a?b=1&amp;c=2">`},
		{`http://example.com/"><script>x</script>`, `<a href="http://example.com/&quot;&gt;&lt;script&gt;x&lt;/script&gt;">`},
		{"HTTPS://EXAMPLE.COM/", `<a href="HTTPS://EXAMPLE.COM/">`},
		{"javascript:alert(1)", ""},
		{"JavaScript:alert(document.domain)", ""},
		{"data:text/html;base64,PHNjcmlwdD4=", ""},
		{"vbscript:msgbox", ""},
		{"//example.com/x", ""},
		{"/relative/path", ""},
		{"https://exa mple.com/", ""},
		{"https://example.com/\nx", ""},
		{"ftp://example.com/file", ""},
	}
	for _, tt := range tests {
		s := &timeline.Scene{Width: 200, Height: 40, Title: "Links", Items: []timeline.Item{{
			Shape: timeline.ShapeText, Role: timeline.RoleMuted, Class: "eg-source", X: 4, Y: 4, W: 150, H: 16, Size: 12,
			Lines: []timeline.Line{{Text: "Global News: “A story”", X: 4, Y: 16}}, Href: tt.href,
		}}}
		var b bytes.Buffer
		if err := svg.Render(&b, s, theme.Light()); err != nil {
			t.Fatal(err)
		}
		doc := b.String()
		checkDocument(t, b.Bytes())
		if tt.want == "" {
			if strings.Contains(doc, "<a ") || strings.Contains(doc, "href") {
				t.Errorf("%q is linked: %s", tt.href, doc)
			}
			continue
		}
		if !strings.Contains(doc, tt.want+`<text `) || strings.Count(doc, "<a ") != 1 || strings.Count(doc, "</a>") != 1 {
			t.Errorf("%q: want %s around the text in\n%s", tt.href, tt.want, doc)
		}
	}
}
