package diagram

import (
	"strconv"
	"strings"
)

// attr is one DOT attribute with its value already written: a quoted
// string, an HTML-like label in angle brackets, or a number.
type attr struct{ key, val string }

// str returns a string attribute, quoted and escaped.
func str(key, val string) attr { return attr{key, quote(val)} }

// htmlAttr returns an HTML-like label attribute; val must already be
// escaped with html.
func htmlAttr(key, val string) attr { return attr{key, "<" + val + ">"} }

// num returns a numeric attribute written with at most two decimals.
func num(key string, v float64) attr { return attr{key, fmtNum(v)} }

// fmtNum writes v with at most two decimals and no trailing zeros, the
// same on every platform.
func fmtNum(v float64) string {
	s := strconv.FormatFloat(v, 'f', 2, 64)
	s = strings.TrimRight(s, "0")
	s = strings.TrimSuffix(s, ".")
	if s == "-0" {
		s = "0"
	}
	return s
}

// writeAttrs writes " [k=v, k=v]" (nothing for no attributes).
func writeAttrs(b *strings.Builder, attrs []attr) {
	if len(attrs) == 0 {
		return
	}
	b.WriteString(" [")
	for i, a := range attrs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(a.key)
		b.WriteByte('=')
		b.WriteString(a.val)
	}
	b.WriteByte(']')
}

// font wraps escaped HTML text in a FONT element when size or colour are
// set, and in B or I when asked.
func font(text string, size float64, color string, bold, italic bool) string {
	if text == "" {
		return ""
	}
	if bold {
		text = "<B>" + text + "</B>"
	}
	if italic {
		text = "<I>" + text + "</I>"
	}
	var open strings.Builder
	if size > 0 {
		open.WriteString(` POINT-SIZE="` + fmtNum(size) + `"`)
	}
	if color != "" {
		open.WriteString(` COLOR="` + html(color) + `"`)
	}
	if open.Len() == 0 {
		return text
	}
	return "<FONT" + open.String() + ">" + text + "</FONT>"
}

// lines joins already formatted HTML lines with centred breaks.
func lines(ls ...string) string {
	var kept []string
	for _, l := range ls {
		if l != "" {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "<BR/>")
}

// block formats text lines in one font as HTML lines.
func block(ls []string, size float64, color string, bold, italic bool) string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = font(html(l), size, color, bold, italic)
	}
	return lines(out...)
}

// dotID returns the DOT node name of a record: its ID, quoted. Record IDs
// never contain characters that need escaping, but quote is applied all
// the same.
func dotID(id string) string { return quote(id) }

// svgID returns the SVG id of a record's node: "n-" and its ID, with "~"
// (which anonymous group IDs contain and XML names may not) written "_".
func svgID(prefix, id string) string {
	return prefix + strings.ReplaceAll(id, "~", "_")
}

// hasAttr reports whether attrs set key.
func hasAttr(attrs []attr, key string) bool {
	for _, a := range attrs {
		if a.key == key {
			return true
		}
	}
	return false
}

// reversed returns the attributes of an edge written head to tail: its
// arrowhead and arrowtail swapped and dir=back, so that it is drawn as
// before.
func reversed(attrs []attr) []attr {
	out := make([]attr, 0, len(attrs)+1)
	dir := ""
	for _, a := range attrs {
		switch a.key {
		case "arrowhead":
			a.key = "arrowtail"
		case "arrowtail":
			a.key = "arrowhead"
		case "dir":
			dir = a.val
			continue
		}
		out = append(out, a)
	}
	switch dir {
	case "", quote("forward"):
		dir = quote("back")
	case quote("back"):
		dir = quote("forward")
	}
	return append(out, attr{"dir", dir})
}
