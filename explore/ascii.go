package explore

import (
	"bytes"
	"strconv"
	"unicode/utf8"
)

// The page is written in ASCII alone: its scripts and its JSON with \u
// escapes, its style with CSS escapes, its text with character
// references. Chromium decodes a document (or a script's data) holding a
// single character outside ASCII into two-byte characters throughout,
// and does so three times more slowly: for a 10,000-event case's page,
// 2.6 MB of HTML and 9 MB of inflated JSON, some 100 ms and 400 ms of its
// start.

// asciiJS returns JavaScript or JSON text with every character outside
// ASCII written as a \u escape (two, a surrogate pair, above U+FFFF),
// which means the same character in a string, a template, a regular
// expression or a name, and is left alone in a comment. b must be valid
// UTF-8 (as encoding/json and the page's sources are).
func asciiJS(b []byte) []byte {
	return escapeNonASCII(b, func(out []byte, r rune) []byte {
		if r > 0xffff {
			r -= 0x10000
			return appendU(appendU(out, 0xd800+r>>10), 0xdc00+r&0x3ff)
		}
		return appendU(out, r)
	})
}

// asciiCSS returns a style sheet with every character outside ASCII
// written as a CSS escape ("\2026 ").
func asciiCSS(b []byte) []byte {
	return escapeNonASCII(b, func(out []byte, r rune) []byte {
		out = append(out, '\\')
		return append(strconv.AppendInt(out, int64(r), 16), ' ')
	})
}

// asciiHTML returns HTML text with every character outside ASCII written
// as a numeric character reference ("&#8212;").
func asciiHTML(b []byte) []byte {
	return escapeNonASCII(b, func(out []byte, r rune) []byte {
		out = append(out, "&#"...)
		return append(strconv.AppendInt(out, int64(r), 10), ';')
	})
}

// escapeNonASCII returns b with each character outside ASCII replaced by
// what esc appends for it; b itself when it is ASCII.
func escapeNonASCII(b []byte, esc func([]byte, rune) []byte) []byte {
	i := bytes.IndexFunc(b, func(r rune) bool { return r >= utf8.RuneSelf })
	if i < 0 {
		return b
	}
	out := make([]byte, 0, len(b)+len(b)/16)
	for i >= 0 {
		out = append(out, b[:i]...)
		r, size := utf8.DecodeRune(b[i:])
		out = esc(out, r)
		b = b[i+size:]
		i = bytes.IndexFunc(b, func(r rune) bool { return r >= utf8.RuneSelf })
	}
	return append(out, b...)
}

// appendU appends the escape \uXXXX of a UTF-16 code unit.
func appendU(b []byte, u rune) []byte {
	b = append(b, `\u`...)
	h := strconv.FormatInt(int64(u), 16)
	for range 4 - len(h) {
		b = append(b, '0')
	}
	return append(b, h...)
}
