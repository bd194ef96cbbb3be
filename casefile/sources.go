package casefile

import "go.yaml.in/yaml/v3"

// sourceFields are the keys of a source.
var sourceFields = []string{"id", "title", "date", "publisher", "authors", "url", "kind"}

// source reads one item of "sources".
func (l *loader) source(n *yaml.Node) *Source {
	f, ok := l.fields(n, "source", sourceFields)
	if !ok {
		return nil
	}
	s := &Source{Pos: l.pos(f.n)}
	s.ID = f.readID()
	s.Title = f.text("title")
	s.Date = f.date("date")
	var at *yaml.Node
	s.Publisher, at = f.textAt("publisher")
	if at != nil {
		l.refs = append(l.refs, ref{id: s.Publisher, field: "publisher", rule: rulePublisher, pos: l.pos(at)})
	}
	s.Authors = f.refs("authors", ruleAuthor)
	s.URL, at = f.textAt("url")
	if at != nil {
		f.check("url", at, checkURL(s.URL))
	}
	s.Kind, at = f.textAt("kind")
	if at != nil {
		f.check("kind", at, checkEnum("source kind", s.Kind, SourceKinds))
	}
	f.need("id", s.ID != "")
	f.need("title", s.Title != "")
	f.need("date", !s.Date.IsZero())
	return s
}

// refs reads a list of IDs under key and records each as a reference.
func (f *fields) refs(key string, rule *refRule) []string {
	ids, nodes := f.texts(key)
	for i, id := range ids {
		f.l.refs = append(f.l.refs, ref{id: id, field: key, rule: rule, pos: f.l.pos(nodes[i])})
	}
	return ids
}

// checkSource checks the values of a source built in Go.
func (v *checker) checkSource(s *Source) {
	v.need(s.Pos, "source", s.ID, "title", s.Title != "")
	v.need(s.Pos, "source", s.ID, "date", !s.Date.IsZero())
	if s.URL != "" {
		v.value(s.Pos, checkURL(s.URL))
	}
	if s.Kind != "" {
		v.value(s.Pos, checkEnum("source kind", s.Kind, SourceKinds))
	}
}
