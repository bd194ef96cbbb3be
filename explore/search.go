package explore

import (
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

// searchText returns the text the page's search looks in (a large case's
// page holds it made, see compressed): for each record its ID, label,
// description, place, aliases, tags and the quotes of its responses,
// apart by "\x01", lower-cased as
// JavaScript's toLowerCase does (full Unicode mappings: "İ" to "i̇", a
// final "Σ" to "ς"); the records joined by "\x02" in one string. A "\x02"
// inside a field, which would split a record in two, is read as a space.
func searchText(nodes []Node) string {
	lower := cases.Lower(language.Und)
	var out, rec strings.Builder
	field := func(s string) {
		rec.WriteByte('\x01')
		rec.WriteString(s)
	}
	for i := range nodes {
		n := &nodes[i]
		rec.Reset()
		rec.WriteString(n.ID)
		eachText(n, field)
		if i > 0 {
			out.WriteByte('\x02')
		}
		out.WriteString(strings.ReplaceAll(lower.String(rec.String()), "\x02", " "))
	}
	return out.String()
}

// eachText calls f with each text of a node that the page's search looks
// in and whose characters the page lays out before it is ready: its
// label, description, place, aliases, tags and the quotes of its
// responses, in that order, leaving out an empty description, place or
// quote.
func eachText(n *Node, f func(string)) {
	f(n.Label)
	if n.Desc != "" {
		f(n.Desc)
	}
	if n.Place != "" {
		f(n.Place)
	}
	for _, a := range n.Aliases {
		f(a)
	}
	for _, t := range n.Tags {
		f(t)
	}
	for _, r := range n.Responses {
		if r.Quote != "" {
			f(r.Quote)
		}
	}
}
