package casefile

// refRule says which kinds of record a reference may name, and why.
type refRule struct {
	kinds []Kind
	why   string // completes `"about" names source "x"; ...`
}

// The reference rules of the format.
var (
	ruleAbout       = &refRule{[]Kind{KindEvent, KindPerson, KindOrganization, KindClaim, KindRelation}, "a claim can be about an event, a person, an organization, another claim or a relation with an id"}
	ruleParticipant = &refRule{[]Kind{KindPerson, KindOrganization}, "a participant is a person or an organization"}
	ruleClaimant    = &refRule{[]Kind{KindPerson, KindOrganization}, "a claimant is a person or an organization"}
	ruleResponder   = &refRule{[]Kind{KindPerson, KindOrganization}, "a response comes from a person or an organization (or write anonymous: ...)"}
	ruleDocument    = &refRule{[]Kind{KindSource}, "a document that makes a claim is a source"}
	ruleSource      = &refRule{[]Kind{KindSource}, "only sources can be cited"}
	rulePublisher   = &refRule{[]Kind{KindOrganization}, "a publisher is an organization"}
	ruleAuthor      = &refRule{[]Kind{KindPerson}, "an author is a person"}
	ruleParent      = &refRule{[]Kind{KindOrganization}, "a parent is an organization"}
	ruleRelated     = &refRule{[]Kind{KindPerson, KindOrganization}, "a relation links people and organizations"}
)

// ref is one field value that names another record.
type ref struct {
	id    string
	field string // the YAML key, for messages
	rule  *refRule
	pos   Pos
}

// maxSuggestions bounds how many unknown references get a did-you-mean
// (each costs a pass over every ID of the allowed kinds).
const maxSuggestions = 50

// checkRefs reports references to missing records and to records of the
// wrong kind; refs holds them file by file, so that the loader's lists
// are not copied into one.
func (v *checker) checkRefs(refs ...[]ref) {
	suggested := 0
	for _, file := range refs {
		for _, r := range file {
			k := v.refKind(r.id)
			switch {
			case k == "":
				hint := ""
				if suggested < maxSuggestions {
					suggested++
					hint = didYouMean(r.id, v.idsOf(r.rule.kinds))
				}
				v.errs.Add(r.pos, "%q names unknown id %q%s", r.field, r.id, hint)
			case !kindIn(k, r.rule.kinds):
				v.errs.Add(r.pos, "%q names %s %q; %s", r.field, k, r.id, r.rule.why)
			}
		}
	}
}

// refKind returns the kind of the record that a reference to id names, or
// "" when there is none, and marks the record as named in v.named (when
// the checker has it). The case must be indexed.
func (v *checker) refKind(id string) Kind {
	x := v.c.idx
	s, ok := x.slots[id]
	if !ok {
		return ""
	}
	if v.named != nil {
		v.named[s] = true
	}
	return kindOf(x.recs[s])
}

// kindIn reports whether k is one of ks.
func kindIn(k Kind, ks []Kind) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

// idsOf returns the IDs of records of the given kinds, kind by kind in the
// order of the case's slices.
func (v *checker) idsOf(kinds []Kind) []string {
	var ids []string
	for _, k := range kinds {
		switch k {
		case KindPerson:
			for _, r := range v.c.People {
				ids = append(ids, r.ID)
			}
		case KindOrganization:
			for _, r := range v.c.Organizations {
				ids = append(ids, r.ID)
			}
		case KindSource:
			for _, r := range v.c.Sources {
				ids = append(ids, r.ID)
			}
		case KindEvent:
			for _, r := range v.c.Events {
				ids = append(ids, r.ID)
			}
		case KindClaim:
			for _, r := range v.c.Claims {
				ids = append(ids, r.ID)
			}
		case KindRelation:
			for _, r := range v.c.Relations {
				if r.ID != "" {
					ids = append(ids, r.ID)
				}
			}
		}
	}
	return ids
}

// modelRefs lists the references of a case built in Go, each at its
// record's position (there are no field positions).
func modelRefs(c *Case) []ref {
	var refs []ref
	eachRef(c, func(field, id string, rule *refRule, pos Pos) {
		refs = append(refs, ref{id: id, field: field, rule: rule, pos: pos})
	})
	return refs
}

// eachRef calls visit for every reference a case holds that is not "",
// record by record in the order of the case's slices, each at its
// record's position (or its participant's, claimant's or response's).
func eachRef(c *Case, visit func(field, id string, rule *refRule, pos Pos)) {
	addAll := func(field string, ids []string, rule *refRule, pos Pos) {
		for _, id := range ids {
			if id != "" {
				visit(field, id, rule, pos)
			}
		}
	}
	add := func(field, id string, rule *refRule, pos Pos) {
		if id != "" {
			visit(field, id, rule, pos)
		}
	}
	for _, o := range c.Organizations {
		add("parent", o.Parent, ruleParent, o.Pos)
	}
	for _, s := range c.Sources {
		add("publisher", s.Publisher, rulePublisher, s.Pos)
		addAll("authors", s.Authors, ruleAuthor, s.Pos)
	}
	for _, e := range c.Events {
		for _, p := range e.Participants {
			add("participants", p.Who, ruleParticipant, orPos(p.Pos, e.Pos))
		}
		addAll("sources", e.Sources, ruleSource, e.Pos)
	}
	for _, cl := range c.Claims {
		addAll("about", cl.About, ruleAbout, cl.Pos)
		addAll("sources", cl.Sources, ruleSource, cl.Pos)
		for _, a := range cl.Claimants {
			add("claimants", a.Who, ruleClaimant, orPos(a.Pos, cl.Pos))
			add("source", a.Source, ruleDocument, orPos(a.Pos, cl.Pos))
		}
		for _, r := range cl.Responses {
			p := orPos(r.Pos, cl.Pos)
			add("who", r.Who, ruleResponder, p)
			addAll("sources", r.Sources, ruleSource, p)
		}
	}
	for _, r := range c.Relations {
		add("from", r.From, ruleRelated, r.Pos)
		add("to", r.To, ruleRelated, r.Pos)
		addAll("sources", r.Sources, ruleSource, r.Pos)
	}
}

// orPos returns p, or def when p is the zero Pos.
func orPos(p, def Pos) Pos {
	if p == (Pos{}) {
		return def
	}
	return p
}
