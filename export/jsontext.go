package export

import "unicode/utf8"

const hexDigits = "0123456789abcdef"

// The ASCII bytes appendJSONText writes as they are: in JSON text
// (jsonPlain), and in HTML text within JSON (htmlInJSON), where the five
// characters html.EscapeString escapes are not.
var jsonPlain, htmlInJSON = func() (plain, html [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		plain[c] = c != '"' && c != '\\'
		html[c] = plain[c] && c != '<' && c != '>' && c != '&' && c != '\''
	}
	return plain, html
}()

// appendJSONText appends s to b as the inside of a JSON string, as an
// encoding/json Encoder with SetEscapeHTML(false) writes it: " and \
// escaped, control characters as \b, \f, \n, \r, \t or \u00XX, bytes
// that are not UTF-8 as \ufffd, U+2028 and U+2029 escaped (JavaScript
// reads them as line ends), the rest as it is. With plain = &htmlInJSON,
// the characters html.EscapeString escapes are first written as it
// writes them (&lt; &gt; &amp; &#39; &#34;), so that b gets the JSON of
// html.EscapeString(s) without that string being made.
func appendJSONText[S string | []byte](b []byte, s S, plain *[utf8.RuneSelf]bool) []byte {
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if plain[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch {
			case plain == &htmlInJSON && c >= 0x20 && c != '\\':
				b = append(b, htmlEntity(c)...)
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\b':
				b = append(b, '\\', 'b')
			case c == '\f':
				b = append(b, '\\', 'f')
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, n := decodeRune(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += n
			start = i
			continue
		}
		i += n
	}
	return append(b, s[start:]...)
}

// decodeRune is utf8.DecodeRuneInString or utf8.DecodeRune, for
// either.
func decodeRune[S string | []byte](s S) (rune, int) {
	var a [utf8.UTFMax]byte
	return utf8.DecodeRune(a[:copy(a[:], s)])
}

// htmlEntity is html.EscapeString's escape of c, one of < > & ' ".
func htmlEntity(c byte) string {
	switch c {
	case '<':
		return "&lt;"
	case '>':
		return "&gt;"
	case '&':
		return "&amp;"
	case '\'':
		return "&#39;"
	}
	return "&#34;"
}
