package casefile

import "go.yaml.in/yaml/v3"

// metaFields are the keys of the "case" block.
var metaFields = []string{"title", "description", "language"}

// metaBlock reads a "case" block; a case has at most one.
func (l *loader) metaBlock(n *yaml.Node) {
	if l.hasMeta {
		l.errs.Add(l.pos(n), "%s", duplicateMeta(l.metaAt))
		return
	}
	l.hasMeta, l.metaAt = true, l.pos(n)
	f, ok := l.fields(n, "case", metaFields)
	if !ok {
		return
	}
	m := &l.c.Meta
	m.Pos = l.pos(f.n)
	m.Title = f.text("title")
	m.Description = f.text("description")
	var at *yaml.Node
	m.Language, at = f.textAt("language")
	if at != nil {
		f.check("language", at, checkLanguage(m.Language))
	}
}

// duplicateMeta words the error for a second "case" block.
func duplicateMeta(first Pos) string {
	return "a case has one \"case\" block, and it is already given at " + first.String()
}
