package graph

import (
	"fmt"

	dgraph "github.com/dominikbraun/graph"
)

// Library returns the graph as a directed github.com/dominikbraun/graph
// graph, for the algorithms that library offers. Vertices are hashed by ID.
// That library allows one edge per ordered pair, so each library edge
// carries in its Properties.Data the []Edge of every typed edge from its
// source to its target, in the order of Edges.
//
// It is built on the first call (building it costs more than Build itself
// on large cases) and shared afterwards: do not modify it.
func (g *Graph) Library() (dgraph.Graph[string, *Vertex], error) {
	g.lib.once.Do(func() {
		g.lib.g, g.lib.err = g.library()
	})
	return g.lib.g, g.lib.err
}

func (g *Graph) library() (dgraph.Graph[string, *Vertex], error) {
	lg := dgraph.New(func(v *Vertex) string { return v.ID }, dgraph.Directed())
	for _, v := range g.vertices {
		if err := lg.AddVertex(v); err != nil {
			return nil, fmt.Errorf("graph: library vertex %q: %w", v.ID, err)
		}
	}
	for i := 0; i < len(g.edges); {
		j := i + 1
		for j < len(g.edges) && g.edges[j].from == g.edges[i].from && g.edges[j].to == g.edges[i].to {
			j++
		}
		data := make([]Edge, 0, j-i)
		for k := i; k < j; k++ {
			data = append(data, g.expand(&g.edges[k]))
		}
		if err := lg.AddEdge(data[0].From, data[0].To, dgraph.EdgeData(data)); err != nil {
			return nil, fmt.Errorf("graph: library edge %s → %s: %w", data[0].From, data[0].To, err)
		}
		i = j
	}
	return lg, nil
}
