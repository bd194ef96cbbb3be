package graph

import "github.com/eventgraph/eventgraph/internal/strblock"

// layout copies, in the order of the sorted edges, what writing an edge
// reads besides the edge itself: the ID of its other end and the IDs of
// its sources, one after the other into one string (the edge text), and
// the sources' headers into Graph.sources. Edges come sorted by their
// first end, so what they refer to lies anywhere in a loaded case; read
// from there, every edge of an export cost a few reads anywhere in the
// case, each a cache miss and, past some 100,000 events (a heap of
// gigabytes), a miss of the address translation cache too, so that the
// time of every export walking the edges grew faster than the case
// (docs/scale.md). Copied here once, those reads are made by Build, and an
// export reads the edges and their text in order.
//
// The sources of a cites edge are its other end, those of a published-by
// or authored-by edge its first end: the ID is not copied again.
func (b *builder) layout() {
	g := b.g
	text := strblock.New(b.text)
	add := text.Copy
	g.sources = make([]string, 0, b.nsources)
	for i := range g.edges {
		e := &g.edges[i]
		made := e.src
		e.toID = add(g.ids[e.to])
		e.src = int32(len(g.sources))
		switch e.kind {
		case kCites:
			g.sources = append(g.sources, e.toID)
		case kPublishedBy, kAuthoredBy:
			g.sources = append(g.sources, g.ids[e.from])
		default:
			for _, s := range b.sources[made] {
				g.sources = append(g.sources, add(s))
			}
		}
		e.srcEnd = int32(len(g.sources))
	}
	b.sources = nil
}
