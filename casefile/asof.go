package casefile

import (
	"slices"
	"time"

	"github.com/eventgraph/eventgraph/edtf"
)

// AsOf returns the case as it stood in public on d: only what had surely
// become public by the end of d, and nothing learnt later. A date counts as
// public by d when its latest instant is no later than d's (Upper <=
// d.Upper), so "2021" is not yet public as of 2021-06, and 2021-06-15 is
// public as of 2021-06. Every command that takes --as-of applies it once,
// before any other stage; docs/format.md has the rules:
//
//   - Sources are kept when their date is public.
//   - Events are kept when Reported is public, when their date may have
//     begun by d (its earliest instant is no later than d's latest), and
//     when they cite no source or at least one public one. An event that
//     was never reported (no reported date and no dated source) is dropped.
//   - Claims are kept when Made is public, and when at least one of the
//     records they are about and one of their sources are still there.
//   - Responses are kept when their date is public; an undated response
//     when at least one of its sources is public (it was public by then).
//     Claim statuses and histories are derived again from what is kept, so
//     they are those of d.
//   - Relations are kept when they have no start date or a public one, and
//     cite no source or at least one public one.
//   - An interval (of an event or a relation) whose end is not public by d
//     becomes open-ended: what ended later was still going on as of d
//     ("since 21 Oct 2019").
//   - People and organizations are always kept.
//
// References to dropped records are removed from what remains, so the
// result still validates. Records that the filter does not change (people,
// organizations, sources) are shared with c. The result remembers d (see
// AsOfDate). The zero d means no limit: the result is a copy of c.
func (c *Case) AsOf(d edtf.Value) *Case {
	if c == nil {
		return nil
	}
	if d.IsZero() {
		return c.Subset(c.allIDs())
	}
	limit := d.Upper()
	public := func(v edtf.Value) bool { return !v.IsZero() && !v.Upper().After(limit) }

	out := &Case{Meta: c.Meta, People: slices.Clone(c.People), Organizations: slices.Clone(c.Organizations), asOf: d}
	sources := make(map[string]bool)
	for _, s := range c.Sources {
		if public(s.Date) {
			out.Sources = append(out.Sources, s)
			sources[s.ID] = true
		}
	}
	keepSources := func(ids []string) []string {
		return slices.DeleteFunc(slices.Clone(ids), func(id string) bool { return !sources[id] })
	}
	// sourced tells whether a record citing ids still has a source, or
	// never cited any.
	sourced := func(ids, kept []string) bool { return len(ids) == 0 || len(kept) > 0 }
	events := make(map[string]bool)
	for _, e := range c.Events {
		if !public(e.Reported) || e.Date.Lower().After(limit) {
			continue
		}
		ne := *e
		ne.Sources = keepSources(e.Sources)
		if !sourced(e.Sources, ne.Sources) {
			continue
		}
		if ne.Date = openAfter(e.Date, limit); ne.Date.IsZero() {
			continue // an open start and an end not yet known: no date to draw
		}
		out.Events = append(out.Events, &ne)
		events[e.ID] = true
	}
	relations := make(map[string]bool) // kept relations with an id
	for _, r := range c.Relations {
		if start, ok := startOf(r.Date); ok && !public(start) {
			continue
		}
		nr := *r
		nr.Sources = keepSources(r.Sources)
		if !sourced(r.Sources, nr.Sources) {
			continue
		}
		nr.Date = openAfter(r.Date, limit)
		out.Relations = append(out.Relations, &nr)
		if r.ID != "" {
			relations[r.ID] = true
		}
	}
	claims := make(map[string]bool) // claims public by d, before looking at what they are about
	for _, cl := range c.Claims {
		if public(cl.Made) && len(keepSources(cl.Sources)) > 0 {
			claims[cl.ID] = true
		}
	}
	// A claim stays when one record it is about stays; a claim about
	// claims only can lose them, so repeat until nothing more drops.
	about := func(cl *Claim) []string {
		return slices.DeleteFunc(slices.Clone(cl.About), func(id string) bool {
			switch c.Kind(id) {
			case KindEvent:
				return !events[id]
			case KindClaim:
				return !claims[id]
			case KindRelation:
				return !relations[id]
			}
			return false
		})
	}
	for changed := true; changed; {
		changed = false
		for _, cl := range c.Claims {
			if claims[cl.ID] && len(about(cl)) == 0 {
				delete(claims, cl.ID)
				changed = true
			}
		}
	}
	for _, cl := range c.Claims {
		if !claims[cl.ID] {
			continue
		}
		nc := *cl
		nc.About = about(cl)
		nc.Sources = keepSources(cl.Sources)
		nc.Responses = nil
		for _, r := range cl.Responses {
			rs := keepSources(r.Sources)
			if public(r.Date) || r.Date.IsZero() && len(rs) > 0 {
				r.Sources = rs
				nc.Responses = append(nc.Responses, r)
			}
		}
		nc.Claimants = slices.DeleteFunc(slices.Clone(cl.Claimants), func(a Claimant) bool {
			return a.Source != "" && !sources[a.Source]
		})
		out.Claims = append(out.Claims, &nc)
	}
	// Index first: deriving looks up every source and respondent, and a
	// case with no index would build one for each lookup.
	out.reindex()
	out.derive()
	return out
}

// AsOfDate returns the date c is a view as of (see AsOf), or the zero Value
// for a whole case. Pictures head an as-of view with AsOfNote of it.
func (c *Case) AsOfDate() edtf.Value {
	if c == nil {
		return edtf.Value{}
	}
	return c.asOf
}

// openAfter returns v with an interval's end made open ("..", still going
// on) when that end is a date not known by limit (its latest instant is
// after limit). An interval with no dated start whose end is not known by
// limit says nothing known by then, and becomes the zero Value (undated).
// Other values are returned as they are.
func openAfter(v edtf.Value, limit time.Time) edtf.Value {
	if !v.IsInterval || v.End.Kind != edtf.BoundDate || !v.End.Date.Upper().After(limit) {
		return v
	}
	if v.Start.Kind != edtf.BoundDate {
		return edtf.Value{}
	}
	v.End = edtf.Bound{Kind: edtf.BoundOpen}
	return v
}

// startOf returns the start of a date: the date itself, or an interval's
// first bound when that is a date. ok is false when there is no start.
func startOf(v edtf.Value) (edtf.Value, bool) {
	switch {
	case v.IsZero():
		return v, false
	case !v.IsInterval:
		return v, true
	case v.Start.Kind != edtf.BoundDate:
		return edtf.Value{}, false
	}
	return edtf.Value{Date: v.Start.Date}, true
}

// allIDs returns the ID of every record in c.
func (c *Case) allIDs() []string {
	var ids []string
	for _, r := range c.People {
		ids = append(ids, r.ID)
	}
	for _, r := range c.Organizations {
		ids = append(ids, r.ID)
	}
	for _, r := range c.Sources {
		ids = append(ids, r.ID)
	}
	for _, r := range c.Events {
		ids = append(ids, r.ID)
	}
	for _, r := range c.Claims {
		ids = append(ids, r.ID)
	}
	return ids
}
