package gen

import (
	"bytes"
	"strconv"
	"strings"
)

// writer builds the text of one YAML file.
type writer struct {
	b bytes.Buffer
}

// line writes indent levels of two spaces, then the parts, then a newline.
func (w *writer) line(indent int, parts ...string) {
	for range indent {
		w.b.WriteString("  ")
	}
	for _, p := range parts {
		w.b.WriteString(p)
	}
	w.b.WriteByte('\n')
}

// quote writes s as a YAML double-quoted scalar. Go's escapes for printable
// UTF-8 text (\", \\, \n, \t, \uXXXX) are also YAML's.
func quote(s string) string { return strconv.Quote(s) }

// scalar writes s plain when YAML reads it back as the same string, and
// double-quoted otherwise.
func scalar(s string) string {
	if plainSafe(s) {
		return s
	}
	return quote(s)
}

// plainSafe reports whether s can be written as a plain scalar that YAML
// reads as the string s (and not as a number, boolean, null or structure).
func plainSafe(s string) bool {
	if s == "" || s != strings.TrimSpace(s) {
		return false
	}
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "on", "off", "null", "~", "y", "n":
		return false
	}
	if strings.ContainsAny(s[:1], "-?:,[]{}#&*!|>'\"%@`0123456789.+") {
		return false
	}
	if strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, ":") {
		return false
	}
	return !strings.ContainsAny(s, "\n\t\"'\\{}[],")
}

// list writes items as a YAML flow sequence of plain IDs: [a, b].
func list(items []string) string {
	return "[" + strings.Join(items, ", ") + "]"
}
