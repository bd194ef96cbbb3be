package casefile

import "slices"

// Subset returns the records named by ids together with everything they
// need to stay valid: the records they reference, and the records those
// reference in turn (a claim brings the events, people and organizations
// it is about (a relation with its ends), its claimants, its responders
// and its sources; an event
// its participants and sources; a source its publisher and authors; an
// organization its parents). Relations are kept when both their ends are
// kept, citing only the kept sources. Records are kept whole, so claim
// statuses do not change. IDs the case does not hold are ignored; check
// them with Kind first. Kept records are shared with c.
func (c *Case) Subset(ids []string) *Case {
	if c == nil {
		return nil
	}
	keep := make(map[string]bool)
	queue := make([]string, 0, len(ids))
	want := func(id string) {
		if id != "" && !keep[id] && c.lookup(id) != nil {
			keep[id] = true
			queue = append(queue, id)
		}
	}
	for _, id := range ids {
		want(id)
	}
	for len(queue) > 0 {
		id := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		switch r := c.lookup(id).(type) {
		case *Organization:
			want(r.Parent)
		case *Source:
			want(r.Publisher)
			for _, a := range r.Authors {
				want(a)
			}
		case *Event:
			for _, p := range r.Participants {
				want(p.Who)
			}
			for _, s := range r.Sources {
				want(s)
			}
		case *Claim:
			for _, list := range [][]string{r.About, r.Sources} {
				for _, a := range list {
					want(a)
				}
			}
			for _, a := range r.Claimants {
				want(a.Who)
				want(a.Source)
			}
			for _, resp := range r.Responses {
				want(resp.Who)
				for _, s := range resp.Sources {
					want(s)
				}
			}
		case *Relation: // a relation with an id, which a claim is about
			want(r.From)
			want(r.To)
			for _, s := range r.Sources {
				want(s)
			}
		}
	}
	out := &Case{Meta: c.Meta, asOf: c.asOf,
		People:        filter(c.People, func(r *Person) bool { return keep[r.ID] }),
		Organizations: filter(c.Organizations, func(r *Organization) bool { return keep[r.ID] }),
		Sources:       filter(c.Sources, func(r *Source) bool { return keep[r.ID] }),
		Events:        filter(c.Events, func(r *Event) bool { return keep[r.ID] }),
		Claims:        filter(c.Claims, func(r *Claim) bool { return keep[r.ID] }),
	}
	for _, r := range c.Relations {
		if keep[r.From] && keep[r.To] {
			nr := *r
			nr.Sources = slices.DeleteFunc(slices.Clone(r.Sources), func(id string) bool { return !keep[id] })
			out.Relations = append(out.Relations, &nr)
		}
	}
	out.reindex()
	return out
}

// filter returns the items of s for which ok holds, in order.
func filter[T any](s []*T, ok func(*T) bool) []*T {
	var out []*T
	for _, r := range s {
		if ok(r) {
			out = append(out, r)
		}
	}
	return out
}
