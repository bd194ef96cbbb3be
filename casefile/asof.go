package casefile

import (
	"slices"

	"github.com/eventgraph/eventgraph/edtf"
)

// AsOf returns the case as it stood in public on d: only what had surely
// become public by the end of d. A date counts as public by d when its
// latest instant is no later than d's (Upper <= d.Upper), so "2021" is not
// yet public as of 2021-06, and 2021-06-15 is public as of 2021-06.
//
//   - Sources are kept when their date is public.
//   - Events are kept when Reported is public; an event that was never
//     reported (no reported date and no dated source) is dropped.
//   - Claims are kept when Made is public, and when at least one of the
//     records they are about and one of their sources are still there.
//   - Responses are kept when their date is public; an undated response
//     when at least one of its sources is public (it was public by then).
//   - Relations are kept when they have no start date, or a public one.
//   - People and organizations are always kept.
//
// References to dropped records are removed from what remains, so the
// result still validates; derived fields are derived again (a claim's
// status from the responses that remain). Records that the filter does not
// change (people, organizations, sources) are shared with c. The zero d
// means no limit: the result is a copy of c.
func (c *Case) AsOf(d edtf.Value) *Case {
	if d.IsZero() {
		return c.Subset(c.allIDs())
	}
	limit := d.Upper()
	public := func(v edtf.Value) bool { return !v.IsZero() && !v.Upper().After(limit) }

	out := &Case{Meta: c.Meta, People: slices.Clone(c.People), Organizations: slices.Clone(c.Organizations)}
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
	events := make(map[string]bool)
	for _, e := range c.Events {
		if !public(e.Reported) {
			continue
		}
		ne := *e
		ne.Sources = keepSources(e.Sources)
		out.Events = append(out.Events, &ne)
		events[e.ID] = true
	}
	for _, cl := range c.Claims {
		if !public(cl.Made) {
			continue
		}
		nc := *cl
		nc.About = slices.DeleteFunc(slices.Clone(cl.About), func(id string) bool {
			return c.Kind(id) == KindEvent && !events[id]
		})
		nc.Sources = keepSources(cl.Sources)
		if len(nc.About) == 0 || len(nc.Sources) == 0 {
			continue
		}
		nc.Responses = nil
		for _, r := range cl.Responses {
			rs := keepSources(r.Sources)
			if public(r.Date) || r.Date.IsZero() && len(rs) > 0 {
				r.Sources = rs
				nc.Responses = append(nc.Responses, r)
			}
		}
		out.Claims = append(out.Claims, &nc)
	}
	for _, r := range c.Relations {
		if start, ok := startOf(r.Date); ok && !public(start) {
			continue
		}
		nr := *r
		nr.Sources = keepSources(r.Sources)
		out.Relations = append(out.Relations, &nr)
	}
	out.derive()
	out.reindex()
	return out
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
