package graph

import (
	dgraph "github.com/dominikbraun/graph"
)

// Library returns the graph as a directed github.com/dominikbraun/graph
// graph, for that library's algorithms (dgraph.StronglyConnectedComponents,
// dgraph.TopologicalSort, dgraph.AllPathsBetween, ...). Vertices are hashed
// by ID. The library allows one edge per ordered pair, so each library
// edge a→b stands for every typed edge from a to b: its Properties.Data is
// a Ties, whose Edges lists them.
//
// The library graph is a view over the Graph's own storage (made by Build,
// at no cost): it is read-only, and adding or removing anything returns
// ErrReadOnly. Its ListVertices and ListEdges are in ID order.
func (g *Graph) Library() dgraph.Graph[string, *Vertex] { return g.lib }

// Undirected returns the graph as an undirected dominikbraun/graph graph:
// one edge between each pair of records joined by any typed edge, either
// way, which is how the queries of this package see connectivity. Its
// Properties.Data is a Ties listing the typed edges both ways. Like
// Library, it is a read-only view made by Build.
func (g *Graph) Undirected() dgraph.Graph[string, *Vertex] { return g.undirected }

// views makes the library graphs of g.
func (g *Graph) views() {
	hash := func(v *Vertex) string { return v.ID }
	g.lib = dgraph.NewWithStore(hash, dgraph.Store[string, *Vertex](store{g: g}), dgraph.Directed())
	g.undirected = dgraph.NewWithStore(hash, dgraph.Store[string, *Vertex](store{g: g, undirected: true}))
}
