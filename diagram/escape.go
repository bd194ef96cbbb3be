package diagram

import (
	"strings"
	"unicode"
)

// quote returns s as a DOT double-quoted string. Backslashes are doubled
// first, so that Graphviz's escapes (\N, \G, \E, \l, …) never expand and
// Windows paths keep their backslashes; then quotes are escaped; a newline
// becomes \n (a centred line break); other control characters are dropped.
func quote(s string) string {
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
		case isDropped(r):
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// html escapes s for the text of a Graphviz HTML-like label: the XML
// entities, and backslashes doubled, because Graphviz expands \N, \G and \E
// in HTML-like labels too (after decoding entities, so &#92; does not
// help), while \\ gives one backslash. Newlines and other control
// characters become spaces or are dropped: callers split lines themselves
// and join them with <BR/>.
func html(s string) string {
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
		case isDropped(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isDropped reports whether r cannot appear in a label: control characters
// (XML 1.0 forbids most of them), lone surrogates, the replacement
// character of invalid UTF-8, and non-characters. Bidirectional marks and
// joiners are format characters, not controls, and are kept.
func isDropped(r rune) bool {
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
