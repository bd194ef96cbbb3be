package diagram

import (
	"cmp"
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
)

// mergeFolded joins the folded ties between the same two records into one:
// "3 shared events" with the span of their dates, "2 claims" with their
// statuses, so that an overview of people and organizations draws one line
// per pair and kind of tie rather than a bundle of labelled lines.
func mergeFolded(d *drawing) {
	type key struct {
		a, b string
		kind edgeKind
	}
	groups := map[key][]*edge{}
	var order []key
	for _, e := range d.edges {
		if e.kind != foldedEvent && e.kind != foldedClaim {
			continue
		}
		k := key{e.from, e.to, e.kind}
		if e.kind == foldedEvent && k.a > k.b {
			k.a, k.b = k.b, k.a
		}
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], e)
	}
	drop := map[*edge]bool{}
	var merged []*edge
	for _, k := range order {
		es := groups[k]
		if len(es) < 2 {
			continue
		}
		for _, e := range es {
			drop[e] = true
		}
		m := &edge{from: es[0].from, to: es[0].to, kind: k.kind, count: len(es)}
		for _, e := range es {
			m.on = m.on || e.on
		}
		switch k.kind {
		case foldedEvent:
			slices.SortFunc(es, func(a, b *edge) int { return cmp.Compare(a.date.Lower().Unix(), b.date.Lower().Unix()) })
			m.label = itoa(len(es)) + " shared events"
			first, last := es[0].date.Label(), es[len(es)-1].date.Label()
			m.note = first
			if last != first {
				m.note = first + " – " + last
			}
		case foldedClaim:
			counts := map[casefile.Status]int{}
			var statuses []casefile.Status
			for _, e := range es {
				if counts[e.status] == 0 {
					statuses = append(statuses, e.status)
				}
				counts[e.status]++
			}
			slices.Sort(statuses)
			m.status = statuses[0]
			var parts []string
			for _, s := range statuses {
				parts = append(parts, itoa(counts[s])+" "+strings.ToLower(badgeOf(s)))
			}
			m.label = itoa(len(es)) + " claims"
			m.note = strings.Join(parts, ", ")
		}
		merged = append(merged, m)
	}
	if len(merged) == 0 {
		return
	}
	kept := d.edges[:0]
	for _, e := range d.edges {
		if !drop[e] {
			kept = append(kept, e)
		}
	}
	d.edges = append(kept, merged...)
}
