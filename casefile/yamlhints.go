package casefile

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"
)

// controlChar finds the first character YAML refuses as a control
// character (C0 controls other than tab, line feed and carriage return;
// DEL; C1 controls other than NEL) and returns its line and column.
func controlChar(data []byte) (line, col int, r rune, ok bool) {
	line, start := 1, 0
	for off := 0; off < len(data); {
		c, size := utf8.DecodeRune(data[off:])
		switch {
		case c == '\n':
			line, start = line+1, off+1
		case c < 0x20 && c != '\t' && c != '\r', c == 0x7f, c >= 0x80 && c <= 0x9f && c != 0x85:
			return line, 1 + utf8.RuneCount(data[start:off]), c, true
		}
		off += size
	}
	return 0, 0, 0, false
}

// rePlainKeyValue matches a line "key: value" (optionally a list item) whose
// value is plain text: not quoted, not a flow collection, not a block
// scalar, an anchor, an alias or a tag.
var rePlainKeyValue = regexp.MustCompile(`^(\s*(?:-\s+)?)([A-Za-z_][A-Za-z0-9_-]*):\s+([^"'\[{|>&*!#\s][^#]*)$`)

// colonInPlain finds, on the parser's line or the one before it (the
// parser's line can be one off), a plain value that holds ": " (a title
// like "Dong: I never did"), which YAML cannot read. It returns the line
// and column of the value, its key and the value.
func colonInPlain(data []byte, line int) (int, int, string, string, bool) {
	lines := bytes.Split(data, []byte("\n"))
	for _, ln := range []int{line, line - 1, line + 1} {
		if ln < 1 || ln > len(lines) {
			continue
		}
		text := string(bytes.TrimRight(lines[ln-1], "\r"))
		m := rePlainKeyValue.FindStringSubmatchIndex(text)
		if m == nil {
			continue
		}
		value := strings.TrimRight(text[m[6]:m[7]], " ")
		if !strings.Contains(value, ": ") {
			continue
		}
		return ln, 1 + utf8.RuneCountInString(text[:m[6]]), text[m[4]:m[5]], value, true
	}
	return 0, 0, "", "", false
}
