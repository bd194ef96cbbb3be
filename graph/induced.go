package graph

import "github.com/eventgraph/eventgraph/casefile"

// Induced returns the subgraph of the given records with every edge among
// them. IDs that name no vertex, and repeated IDs, are ignored.
func (g *Graph) Induced(ids []string) *Graph {
	keep := make([]bool, len(g.vertices))
	for _, id := range ids {
		if v, ok := g.index[id]; ok {
			keep[v] = true
		}
	}
	sub := g.induced(keep)
	sub.left = "this subgraph leaves it out"
	return sub
}

// WithoutSources returns the graph without its source vertices and the
// edges that touch them (cites, published-by, authored-by). Researchers
// asking how two records are connected rarely mean "both cite the same
// article": run Neighbours, Ego, ShortestPath and Components on this graph
// to leave such links out. The result is computed once and shared.
func (g *Graph) WithoutSources() *Graph {
	g.noSources.once.Do(func() {
		keep := make([]bool, len(g.vertices))
		for i, v := range g.vertices {
			keep[i] = v.Kind != casefile.KindSource
		}
		g.noSources.g = g.induced(keep)
		g.noSources.g.left = "sources are left out of this graph"
	})
	return g.noSources.g
}

// induced returns the subgraph of the vertices marked in keep.
func (g *Graph) induced(keep []bool) *Graph {
	sub := &Graph{c: g.c, index: make(map[string]int32), parent: g, files: g.files, sources: g.sources}
	renum := make([]int32, len(g.vertices))
	for i, v := range g.vertices {
		if keep[i] {
			renum[i] = int32(len(sub.vertices))
			sub.index[v.ID] = renum[i]
			sub.vertices = append(sub.vertices, v)
			sub.ids = append(sub.ids, g.ids[i])
		}
	}
	// Renumbering keeps the order of vertices, so the edges stay sorted.
	for _, e := range g.edges {
		if keep[e.from] && keep[e.to] {
			e.from, e.to = renum[e.from], renum[e.to]
			sub.edges = append(sub.edges, e)
		}
	}
	sub.index0()
	sub.views()
	return sub
}
