package dotgraph

import (
	"strings"
	"unicode"
)

// Quote returns s as a DOT double-quoted string. Backslashes are doubled
// first, so that Graphviz's escapes (\N, \G, \E, \l, …) never expand and
// Windows paths keep their backslashes; then quotes are escaped; a newline
// becomes \n (a centred line break); other dropped characters (see
// Dropped) are left out.
func Quote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '"':
			b.WriteString(`\"`)
		case r == '\n':
			b.WriteString(`\n`)
		case Dropped(r):
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// EscapeHTML escapes s for the text of a Graphviz HTML-like label: the XML
// entities, and backslashes doubled, because Graphviz expands \N, \G and \E
// in HTML-like labels too (after decoding entities, so &#92; does not
// help), while \\ gives one backslash. Newlines, tabs and carriage returns
// become spaces and other dropped characters are left out: callers split
// lines themselves and join them with <BR/>.
func EscapeHTML(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\'':
			b.WriteString("&#39;")
		case r == '\n' || r == '\t' || r == '\r':
			b.WriteByte(' ')
		case Dropped(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Dropped reports whether r cannot appear in a DOT string or label:
// control characters (XML 1.0 forbids most of them), lone surrogates, the
// replacement character of invalid UTF-8, and non-characters.
// Bidirectional marks and joiners are format characters, not controls, and
// are kept.
func Dropped(r rune) bool {
	switch {
	case r == unicode.ReplacementChar:
		return true
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
		return true
	case r >= 0xd800 && r <= 0xdfff:
		return true
	case r == 0xfffe || r == 0xffff:
		return true
	}
	return false
}
