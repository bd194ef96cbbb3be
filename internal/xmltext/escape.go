package xmltext

import (
	"strings"
	"unicode/utf8"
)

// Escape returns s fit for XML character data and for attribute values in
// single or double quotes: & < > " ' become &amp; &lt; &gt; &quot; &apos;,
// and what Allowed rejects is dropped, as are bytes that are not UTF-8.
// Tabs, newlines and carriage returns are kept; bidirectional marks,
// joiners and all scripts pass unchanged. A string that needs no change is
// returned as it is, without allocating.
func Escape(s string) string {
	i := firstChange(s)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if entity, keep := escaped(r, n); keep {
			b.WriteRune(r)
		} else {
			b.WriteString(entity)
		}
	}
	return b.String()
}

// Append appends Escape(s) to b and returns the extended slice, without
// making the string: for writers of many texts.
func Append(b []byte, s string) []byte {
	i := firstChange(s)
	b = append(b, s[:i]...)
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if entity, keep := escaped(r, n); keep {
			b = utf8.AppendRune(b, r)
		} else {
			b = append(b, entity...)
		}
	}
	return b
}

// escaped tells what Escape writes for the rune r, read from n bytes: r
// itself (keep), or its entity, or nothing (an entity of "").
func escaped(r rune, n int) (entity string, keep bool) {
	switch {
	case r == utf8.RuneError && n <= 1:
		return "", false // not UTF-8: dropped
	case r == '&':
		return "&amp;", false
	case r == '<':
		return "&lt;", false
	case r == '>':
		return "&gt;", false
	case r == '"':
		return "&quot;", false
	case r == '\'':
		return "&apos;", false
	}
	return "", Allowed(r)
}

// changed tells the ASCII bytes Escape changes: the markup characters, and
// the control characters other than tab, newline and carriage return. A
// table, since firstChange looks at every byte of every text an export
// writes.
var changed = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f || strings.IndexByte(`&<>"'`, byte(c)) >= 0
	}
	return t
}()

// firstChange returns the byte offset of the first rune of s that Escape
// changes, or len(s).
func firstChange(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if changed[c] {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 || !Allowed(r) {
			return i
		}
		i += n
	}
	return len(s)
}

// Allowed reports whether Escape keeps r: a character of XML 1.0's Char
// production (tab, newline, carriage return, U+0020 to U+D7FF, U+E000 to
// U+FFFD, U+10000 to U+10FFFF) that is not one of the control characters
// U+007F to U+009F, which XML 1.0 discourages and which never belong in
// text for readers.
func Allowed(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return false
	case r <= 0xd7ff:
		return true
	case r >= 0xe000 && r <= 0xfffd:
		return true
	}
	return r >= 0x10000 && r <= utf8.MaxRune
}
