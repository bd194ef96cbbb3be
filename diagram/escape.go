package diagram

import (
	"strings"
	"unicode"

	"github.com/eventgraph/eventgraph/diagram/dotgraph"
)

// html escapes s for the text of a Graphviz HTML-like label (see
// dotgraph.EscapeHTML).
func html(s string) string { return dotgraph.EscapeHTML(s) }

// isDropped reports whether r cannot appear in a label (see
// dotgraph.Dropped).
func isDropped(r rune) bool { return dotgraph.Dropped(r) }

// clean returns s with control characters dropped and runs of white space
// (newlines included) turned into one space, trimmed.
func clean(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if isDropped(r) {
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
