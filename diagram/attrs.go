package diagram

import (
	"strings"

	"github.com/eventgraph/eventgraph/diagram/dotgraph"
)

// attr is one DOT attribute of the DOT model.
type attr = dotgraph.Attr

// str returns a string attribute, quoted and escaped by the writer.
func str(key, val string) attr { return dotgraph.Str(key, val) }

// htmlAttr returns an HTML-like label attribute; val must already be
// escaped with html.
func htmlAttr(key, val string) attr { return dotgraph.Markup(key, val) }

// num returns a numeric attribute written with at most two decimals.
func num(key string, v float64) attr { return dotgraph.Num(key, v) }

// fmtNum writes v with at most two decimals and no trailing zeros, the
// same on every platform.
func fmtNum(v float64) string { return dotgraph.FormatNumber(v) }

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

// dotName returns the DOT node name of a record: its ID, except that an
// ID that is a DOT keyword ("node", "graph", "edge", "subgraph",
// "digraph", "strict": valid record IDs) gets a leading _, which no record
// ID has. Graphviz writes such a name back bare in its output (node
// [...]), where it reads as a statement of defaults. Nothing else uses
// node names: the drawing finds its nodes by their id attributes.
func dotName(id string) string {
	switch strings.ToLower(id) {
	case "node", "graph", "edge", "subgraph", "digraph", "strict":
		return "_" + id
	}
	return id
}

// svgID returns the SVG id of a record's node: "n-" and its ID, with "~"
// (which anonymous group IDs contain and XML names may not) written "_".
func svgID(prefix, id string) string {
	return prefix + strings.ReplaceAll(id, "~", "_")
}

// reversed returns the attributes of an edge written head to tail: its
// arrowhead and arrowtail swapped and dir=back, so that it is drawn as
// before.
func reversed(attrs []attr) []attr {
	out := make([]attr, 0, len(attrs)+1)
	dir := ""
	for _, a := range attrs {
		switch a.Key {
		case "arrowhead":
			a.Key = "arrowtail"
		case "arrowtail":
			a.Key = "arrowhead"
		case "dir":
			dir = a.Text
			continue
		}
		out = append(out, a)
	}
	switch dir {
	case "", "forward":
		dir = "back"
	case "back":
		dir = "forward"
	}
	return append(out, str("dir", dir))
}
