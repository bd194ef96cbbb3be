package casefile

import "go.yaml.in/yaml/v3"

// metaFields are the keys of the "case" block.
var metaFields = []string{"title", "description", "language"}

// metaBlock reads a "case" block; a case has at most one.
func (l *loader) metaBlock(n *yaml.Node) {
	if l.meta != nil {
		l.errs.Add(l.pos(n), "a case has one \"case\" block, and it is already given at %s",
			Pos{File: l.metaFile, Line: l.meta.Line, Col: l.meta.Column})
		return
	}
	f, ok := l.fields(n, "case", metaFields)
	if !ok {
		return
	}
	l.meta, l.metaFile = f.n, l.file
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
