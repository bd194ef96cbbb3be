package casefile

import "go.yaml.in/yaml/v3"

// sourceFields are the keys of a source.
var sourceFields = []string{"id", "title", "date", "publisher", "authors", "url", "archive_url", "kind"}

// source reads one item of "sources".
func (l *loader) source(n *yaml.Node) *Source {
	f, ok := l.fields(n, "source", sourceFields)
	if !ok {
		return nil
	}
	s := one(&l.mem.sources, 64)
	s.Pos = l.pos(f.n)
	s.ID = f.readID()
	s.Title = f.text("title")
	s.Date = f.date("date")
	var at *yaml.Node
	s.Publisher, at = f.textAt("publisher")
	if at != nil {
		l.ref(s.Publisher, "publisher", rulePublisher, at)
	}
	s.Authors = f.refs("authors", ruleAuthor)
	s.URL, at = f.textAt("url")
	if at != nil {
		f.check("url", at, checkURL(s.URL))
	}
	s.ArchiveURL, at = f.textAt("archive_url")
	if at != nil {
		f.check("archive_url", at, checkURL(s.ArchiveURL))
	}
	s.Kind, at = f.textAt("kind")
	if at != nil {
		f.check("kind", at, checkEnum("source kind", s.Kind, SourceKinds[:]))
	}
	f.need("id", s.ID != "")
	f.need("title", s.Title != "")
	f.need("date", !s.Date.IsZero())
	return s
}

// refs reads a list of IDs under key and records each as a reference. An
// ID listed more than once is an error (reported at its second place) and
// is kept once.
func (f *fields) refs(key string, rule *refRule) []string {
	ids, nodes := f.texts(key)
	if len(ids) <= 16 && !hasDuplicate(ids) {
		for i, id := range ids {
			f.l.ref(id, key, rule, nodes[i])
		}
		return ids
	}
	out := ids[:0:0]
	var first map[string]int // index of each ID's first place; made on demand
	for i, id := range ids {
		if first == nil {
			first = make(map[string]int, len(ids))
		}
		if j, dup := first[id]; dup {
			if j >= 0 {
				f.l.errs.Add(f.l.pos(nodes[i]), "%q is listed more than once in %q (first at line %d, column %d); list each once", id, key, nodes[j].Line, nodes[j].Column)
				first[id] = -1 // reported
			}
			continue
		}
		first[id] = i
		f.l.ref(id, key, rule, nodes[i])
		out = append(out, id)
	}
	return out
}

// hasDuplicate reports whether a short list holds an ID twice.
func hasDuplicate(ids []string) bool {
	for i, id := range ids {
		if indexOf(ids[:i], id) >= 0 {
			return true
		}
	}
	return false
}

// indexOf returns the index of s in list, or -1.
func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// duplicates reports an ID listed twice under key in a record built in Go.
func (v *checker) duplicates(pos Pos, key string, ids []string) {
	for i, id := range ids {
		if indexOf(ids[:i], id) >= 0 {
			v.errs.Add(pos, "%q is listed more than once in %q; list each once", id, key)
		}
	}
}

// checkSource checks the values of a source built in Go.
func (v *checker) checkSource(s *Source) {
	v.need(s.Pos, "source", s.ID, "title", s.Title != "")
	v.need(s.Pos, "source", s.ID, "date", !s.Date.IsZero())
	if s.URL != "" {
		v.value(s.Pos, checkURL(s.URL))
	}
	if s.ArchiveURL != "" {
		v.value(s.Pos, checkURL(s.ArchiveURL))
	}
	v.duplicates(s.Pos, "authors", s.Authors)
	if s.Kind != "" {
		v.value(s.Pos, checkEnum("source kind", s.Kind, SourceKinds[:]))
	}
}
