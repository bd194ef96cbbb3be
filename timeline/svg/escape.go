package svg

import (
	"strings"
	"unicode/utf8"
)

// validXMLChar reports whether r may appear in an XML 1.0 document.
func validXMLChar(r rune) bool {
	switch {
	case r == 0x9 || r == 0xA || r == 0xD:
		return true
	case r >= 0x20 && r <= 0xD7FF:
		return true
	case r >= 0xE000 && r <= 0xFFFD:
		return true
	case r >= 0x10000 && r <= 0x10FFFF:
		return true
	}
	return false
}

// escape returns s fit for XML text and attribute values: & < > " ' are
// escaped, and characters XML 1.0 forbids (control characters, lone
// surrogates, U+FFFE, U+FFFF, invalid UTF-8) are dropped.
func escape(s string) string {
	clean := true
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n <= 1) || !validXMLChar(r) || strings.ContainsRune(`&<>"'`, r) {
			clean = false
			break
		}
		i += n
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r == utf8.RuneError && n <= 1 {
			continue
		}
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		case '\'':
			b.WriteString("&apos;")
		default:
			if validXMLChar(r) {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}
