package casefile

import (
	"fmt"

	"go.yaml.in/yaml/v3"
)

// relationFields are the keys of a relation.
var relationFields = []string{"id", "from", "to", "type", "date", "sources", "note"}

// relation reads one item of "relations".
func (l *loader) relation(n *yaml.Node) *Relation {
	f, ok := l.fields(n, "relation", relationFields)
	if !ok {
		return nil
	}
	r := one(&l.mem.relations, 64)
	r.Pos = l.pos(f.n)
	r.ID = f.readID()
	var at *yaml.Node
	r.From, at = f.textAt("from")
	if at != nil {
		l.ref(r.From, "from", ruleRelated, at)
	}
	r.To, at = f.textAt("to")
	if at != nil {
		l.ref(r.To, "to", ruleRelated, at)
	}
	r.Type = f.text("type")
	r.Date = f.date("date")
	r.Sources = f.refs("sources", ruleSource)
	r.Note = f.text("note")
	f.need("from", r.From != "")
	f.need("to", r.To != "")
	f.need("type", r.Type != "")
	return r
}

// checkRelation checks a relation's values; a relation needs two ends.
func (v *checker) checkRelation(r *Relation, loaded bool) {
	if !loaded {
		v.need(r.Pos, "relation", "", "from", r.From != "")
		v.need(r.Pos, "relation", "", "to", r.To != "")
		v.need(r.Pos, "relation", "", "type", r.Type != "")
		v.duplicates(r.Pos, "sources", r.Sources)
	}
	if r.From != "" && r.From == r.To {
		what := "relation"
		if r.Type != "" {
			what = fmt.Sprintf("relation %q", r.Type)
		}
		v.errs.Add(r.Pos, "%s links %q to itself; a relation needs two different ends", what, r.From)
	}
}
