package diagram

import (
	"cmp"
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
)

// DefaultMaxNodes is the number of records a focus view keeps when
// View.MaxNodes is zero.
const DefaultMaxNodes = 25

// OverviewMaxNodes is the number of records the overview of a whole case
// keeps (View.MaxNodes without Focus; eventgraph render's relations.svg):
// with people and organizations only, clustered by organization, a case's
// overview then fits a 1200-pixel page with no text under 9 pixels.
const OverviewMaxNodes = 30

// kindMore is the kind of the nodes that stand for records left out of a
// focus view ("+12 more").
const kindMore casefile.Kind = "more"

// foldedMore is the kind of the edge from a record to the records left out
// beyond it.
const foldedMore edgeKind = "more"

// foldMore keeps at most max records of a focus view (or of the whole
// graph, around its centre), the most relevant: the closest to the focus
// (or centre), then those with the most ties in the view,
// then people and organizations before events, claims and sources, then
// by ID. Each kept record from which the view reached records left out
// gets one node counting them ("+12 more: 8 events, 4 claims"), tied to
// it, so that the reader knows the view is cut and where.
func foldMore(d *drawing, focus string, max int) {
	if focus == "" || max < 1 || len(d.nodes) <= max || d.node(focus) == nil {
		return
	}
	adj := map[string][]string{}
	degree := map[string]int{}
	for _, e := range d.edges {
		adj[e.from] = append(adj[e.from], e.to)
		adj[e.to] = append(adj[e.to], e.from)
		degree[e.from]++
		degree[e.to]++
	}
	for id := range adj {
		slices.Sort(adj[id])
	}
	depth := map[string]int{focus: 0}
	parent := map[string]string{}
	reach(adj, depth, focus, func(id, from string) { parent[id] = from })
	ranked := slices.Clone(d.nodes)
	far := len(d.nodes) + 1
	dist := func(n *node) int {
		if k, ok := depth[n.id]; ok {
			return k
		}
		return far
	}
	slices.SortStableFunc(ranked, func(a, b *node) int {
		return cmp.Or(cmp.Compare(dist(a), dist(b)), cmp.Compare(degree[b.id], degree[a.id]),
			cmp.Compare(a.kind.Rank(), b.kind.Rank()), cmp.Compare(a.id, b.id))
	})
	keep := map[string]bool{}
	for _, n := range ranked[:max] {
		keep[n.id] = true
	}
	// Each record left out counts for the kept record the view reached it
	// through.
	more := map[string]map[casefile.Kind]int{}
	for _, n := range ranked[max:] {
		p := n.id
		for p != "" && !keep[p] {
			p = parent[p]
		}
		if p == "" {
			p = focus
		}
		if more[p] == nil {
			more[p] = map[casefile.Kind]int{}
		}
		more[p][n.kind]++
	}
	kept := d.nodes[:0]
	for _, n := range d.nodes {
		if keep[n.id] {
			kept = append(kept, n)
		}
	}
	d.nodes = kept
	edges := d.edges[:0]
	for _, e := range d.edges {
		if keep[e.from] && keep[e.to] {
			edges = append(edges, e)
		}
	}
	d.edges = edges
	for p, counts := range more {
		id := "more~" + p
		d.nodes = append(d.nodes, &node{id: id, kind: kindMore, v: &graph.Vertex{ID: id, Kind: kindMore, Label: moreLabel(counts)}})
		d.edges = append(d.edges, &edge{from: p, to: id, kind: foldedMore})
	}
	d.sort()
}

// moreLabel says how many records of each kind a "more" node stands for:
// "+12 more: 8 events, 4 claims".
func moreLabel(counts map[casefile.Kind]int) string {
	total := 0
	var parts []string
	for _, k := range []struct {
		kind      casefile.Kind
		one, many string
	}{
		{casefile.KindPerson, "person", "people"}, {casefile.KindOrganization, "organization", "organizations"},
		{casefile.KindEvent, "event", "events"}, {casefile.KindClaim, "claim", "claims"},
		{casefile.KindSource, "source", "sources"}, {graph.KindAnonymous, "anonymous group", "anonymous groups"},
	} {
		n := counts[k.kind]
		if n == 0 {
			continue
		}
		total += n
		w := k.many
		if n == 1 {
			w = k.one
		}
		parts = append(parts, itoa(n)+" "+w)
	}
	return "+" + itoa(total) + " more: " + strings.Join(parts, ", ")
}
