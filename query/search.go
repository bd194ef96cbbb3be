package query

import (
	"cmp"
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
)

// Field weights: a match in a name counts more than one in a description.
var fieldWeights = map[string]int{
	"name": 10, "title": 10, "alias": 9, "statement": 8, "place": 6, "tag": 6,
	"quote": 5, "note": 4, "claimant": 4, "description": 3,
}

// matcher scores the fields of one record against the words of a search.
type matcher struct {
	f      *folder
	phrase string
	words  []string
	best   []int // best score of each word in the record
	phr    int   // best score of the whole phrase in one field
	top    int   // best single score, and the field that gave it
	field  string
	text   string

	needles []needle // one per word
	fields  []field  // the record's texts, in the order they are scored
}

// field is one text of a record and the name of its field.
type field struct{ name, text string }

// reset starts a new record.
func (m *matcher) reset() {
	clear(m.best)
	m.phr, m.top, m.field, m.text = 0, 0, "", ""
	m.fields = m.fields[:0]
}

// put adds a text of the record.
func (m *matcher) put(name, text string) {
	if text != "" {
		m.fields = append(m.fields, field{name, text})
	}
}

// candidate reports whether every word occurs in one of the record's
// fields: a record for which it is false scores 0, and most records are
// rejected here after a fast scan of their texts.
func (m *matcher) candidate() bool {
	for i := range m.needles {
		n := &m.needles[i]
		found := false
		for _, fl := range m.fields {
			if n.in(fl.text, m.f) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// scoreFields scores the record's fields and returns its score.
func (m *matcher) scoreFields() int {
	for _, fl := range m.fields {
		m.add(fl.name, fl.text)
	}
	return m.score()
}

// add scores one field.
func (m *matcher) add(name, text string) {
	if text == "" {
		return
	}
	folded := text
	ascii := isASCII(text)
	if !ascii {
		folded = m.f.fold(text)
	}
	w := fieldWeights[name]
	for j, word := range m.words {
		q := quality(folded, word, ascii)
		if q == 0 {
			continue
		}
		s := w * q
		m.best[j] = max(m.best[j], s)
		if s > m.top {
			m.top, m.field, m.text = s, name, text
		}
	}
	if len(m.words) > 1 {
		if q := quality(folded, m.phrase, ascii); q > 0 {
			if s := w * q * len(m.words); s > m.phr {
				m.phr = s
				m.top, m.field, m.text = s, name, text
			}
		}
	}
}

// score returns the record's score, 0 when a word is missing.
func (m *matcher) score() int {
	total := m.phr
	for _, s := range m.best {
		if s == 0 {
			return 0
		}
		total += s
	}
	return total
}

// Hit is one record that matched a search.
type Hit struct {
	Record
	Field string `json:"field"` // the field that matched best
	Text  string `json:"text"`  // that field as written
	Score int    `json:"score"`
}

// SearchResult is the answer to a search.
type SearchResult struct {
	Query string `json:"query"`
	Hits  []Hit  `json:"hits"` // best first, then by kind and ID
}

// Match qualities.
const (
	matchInside = 1 // inside a word
	matchPrefix = 2 // at the start of a word
	matchWord   = 3 // a whole word
	matchWhole  = 4 // the whole field
)

// Search returns the records of g's case whose texts hold every word of
// text (case, accents, hyphens and spacing ignored), best first: each word
// scores its best field's weight times how well it matched (4 for the
// whole field, 3 a whole word, 2 the start of a word, 1 inside a word),
// and the whole text found in one field adds its weight times its match
// times the number of words. limit caps the hits (0: no cap).
//
// The texts searched: names, aliases, descriptions and tags of people and
// organizations; titles, places, descriptions and tags of events;
// statements, anonymous claimants and response quotes of claims; titles of
// sources; notes of relations (a hit is the relation, "from type to").
func Search(g *graph.Graph, text string, limit int) *SearchResult {
	res := &SearchResult{Query: text, Hits: []Hit{}}
	f := newFolder()
	phrase := f.fold(text)
	words := strings.Fields(phrase)
	if len(words) == 0 {
		return res
	}
	m := &matcher{f: f, phrase: phrase, words: words, best: make([]int, len(words))}
	for _, w := range words {
		m.needles = append(m.needles, newNeedle(w))
	}
	for _, v := range g.Vertices() {
		m.reset()
		switch {
		case v.Person != nil:
			m.actor(v.Person.Name, v.Person.Aliases, v.Person.Description, v.Person.Tags)
		case v.Organization != nil:
			m.actor(v.Organization.Name, v.Organization.Aliases, v.Organization.Description, v.Organization.Tags)
		case v.Event != nil:
			m.put("title", v.Event.Title)
			m.put("place", v.Event.Place)
			m.put("description", v.Event.Description)
			for _, t := range v.Event.Tags {
				m.put("tag", t)
			}
		case v.Claim != nil:
			m.put("statement", v.Claim.Statement)
			for _, a := range v.Claim.Claimants {
				m.put("claimant", a.Anonymous)
			}
			for _, r := range v.Claim.Responses {
				m.put("quote", r.Quote)
			}
		case v.Source != nil:
			m.put("title", v.Source.Title)
		default:
			continue
		}
		if !m.candidate() {
			continue
		}
		if s := m.scoreFields(); s > 0 {
			res.Hits = append(res.Hits, Hit{Record: recordOf(v), Field: m.field, Text: m.text, Score: s})
		}
	}
	for _, r := range g.Case().Relations {
		m.reset()
		m.put("note", r.Note)
		if !m.candidate() {
			continue
		}
		if s := m.scoreFields(); s > 0 {
			res.Hits = append(res.Hits, Hit{Record: Record{Kind: "relation", Label: r.From + " " + r.Type + " " + r.To}, Field: m.field, Text: m.text, Score: s})
		}
	}
	slices.SortFunc(res.Hits, func(a, b Hit) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(casefile.Kind(a.Kind).Rank(), casefile.Kind(b.Kind).Rank()),
			strings.Compare(a.ID, b.ID), strings.Compare(a.Label, b.Label))
	})
	if limit > 0 && len(res.Hits) > limit {
		res.Hits = res.Hits[:limit]
	}
	return res
}

// actor puts the fields of a person or organization.
func (m *matcher) actor(name string, aliases []string, description string, tags []string) {
	m.put("name", name)
	for _, a := range aliases {
		m.put("alias", a)
	}
	m.put("description", description)
	for _, t := range tags {
		m.put("tag", t)
	}
}

// quality says how well word (folded) occurs in text: 0 when not. text
// is folded, or, when ascii, as written (folded byte by byte as it is
// read, which saves folding every field of a large case).
func quality(text, word string, ascii bool) int {
	i := index(text, word, 0, ascii)
	switch {
	case i < 0:
		return 0
	case len(word) == len(text):
		return matchWhole
	}
	q := matchInside
	for ; i >= 0; i = index(text, word, i+1, ascii) {
		if i == 0 || !isWordByte(foldByte(text[i-1])) {
			if j := i + len(word); j == len(text) || !isWordByte(foldByte(text[j])) {
				return matchWord
			}
			q = matchPrefix
		}
	}
	return q
}

// index returns the first position at or after from where word occurs in
// text, or -1; an ascii text is folded byte by byte.
func index(text, word string, from int, ascii bool) int {
	if !ascii {
		j := strings.Index(text[from:], word)
		if j < 0 {
			return -1
		}
		return from + j
	}
	first := word[0]
outer:
	for i := from; i+len(word) <= len(text); i++ {
		if foldByte(text[i]) != first {
			continue
		}
		for k := 1; k < len(word); k++ {
			if foldByte(text[i+k]) != word[k] {
				continue outer
			}
		}
		return i
	}
	return -1
}

// foldByte folds one ASCII byte as folder does: lower case, and hyphens,
// underscores and white space read as a space.
func foldByte(b byte) byte {
	switch {
	case b >= 'A' && b <= 'Z':
		return b + 'a' - 'A'
	case b == '-' || b == '_' || b == '\t' || b == '\n' || b == '\r':
		return ' '
	}
	return b
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}
