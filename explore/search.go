package explore

import (
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

// SearchChunk is the number of records whose search texts one string of
// Data.Search holds (the page's CH).
const SearchChunk = 256

// searchTexts returns the texts the page's search looks in (Data.Search):
// for each record its ID, label, description, place, aliases, tags and
// the quotes of its responses, apart by "\x01", lower-cased as
// JavaScript's toLowerCase does (full Unicode mappings: "İ" to "i̇", a
// final "Σ" to "ς"); the records of SearchChunk in a row joined by "\x02"
// in one string. A "\x02" inside a field, which would split a record in
// two, is read as a space.
func searchTexts(nodes []Node) []string {
	lower := cases.Lower(language.Und)
	out := make([]string, 0, (len(nodes)+SearchChunk-1)/SearchChunk)
	var chunk, rec strings.Builder
	field := func(s string) {
		rec.WriteByte('\x01')
		rec.WriteString(s)
	}
	for i := range nodes {
		n := &nodes[i]
		rec.Reset()
		rec.WriteString(n.ID)
		field(n.Label)
		if n.Desc != "" {
			field(n.Desc)
		}
		if n.Place != "" {
			field(n.Place)
		}
		for _, a := range n.Aliases {
			field(a)
		}
		for _, t := range n.Tags {
			field(t)
		}
		for _, r := range n.Responses {
			if r.Quote != "" {
				field(r.Quote)
			}
		}
		if i%SearchChunk != 0 {
			chunk.WriteByte('\x02')
		}
		chunk.WriteString(strings.ReplaceAll(lower.String(rec.String()), "\x02", " "))
		if i%SearchChunk == SearchChunk-1 || i == len(nodes)-1 {
			out = append(out, chunk.String())
			chunk.Reset()
		}
	}
	return out
}
