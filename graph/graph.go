package graph

import (
	"iter"
	"slices"
	"sync"

	dgraph "github.com/dominikbraun/graph"
	"github.com/eventgraph/eventgraph/casefile"
)

// Graph is the graph of a case. It is immutable once built, and safe for
// concurrent use.
//
// The vertices and typed edges are kept in sorted slices with a compact
// adjacency (computed once, at Build); every query runs on these. Library
// and Undirected return the same graph as github.com/dominikbraun/graph
// graphs whose Store reads these slices, for that library's algorithms.
type Graph struct {
	c        *casefile.Case
	vertices []*Vertex        // sorted by ID, in one block (compact)
	ids      []string         // their IDs, side by side
	index    map[string]int32 // vertex ID -> position in vertices
	edges    []edge           // sorted by From, To, Kind, Label, Pos
	files    []string         // the files of the edges' positions
	sources  []string         // the edges' sources, in edge order (layout.go)

	// Compressed adjacency: the edges touching vertex v are
	// edges[incident[incidentAt[v]:incidentAt[v+1]]] (ascending), its
	// distinct neighbours (either direction, itself excluded) are
	// adjacent[adjacentAt[v]:adjacentAt[v+1]] (ascending, so sorted by ID).
	incidentAt, incident []int32
	adjacentAt, adjacent []int32

	// parent is the graph a subgraph was cut from (nil for Build's), and
	// left says which of its vertices were left out, for error messages.
	parent *Graph
	left   string

	// lib and undirected are the dominikbraun/graph views (store.go).
	lib, undirected dgraph.Graph[string, *Vertex]

	noSources struct {
		once sync.Once
		g    *Graph
	}
}

// Case returns the case the graph was built from. For a graph made by Ego,
// Induced or WithoutSources it is the whole original case.
func (g *Graph) Case() *casefile.Case {
	if g == nil {
		return nil
	}
	return g.c
}

// Order returns the number of vertices.
func (g *Graph) Order() int { return len(g.vertices) }

// EdgeCount returns the number of typed edges (several may join one pair).
func (g *Graph) EdgeCount() int { return len(g.edges) }

// Vertices returns every vertex, sorted by ID.
func (g *Graph) Vertices() []*Vertex { return slices.Clone(g.vertices) }

// AllVertices yields every vertex, sorted by ID, with its position, as
// Vertices lists them but without copying the list: for exports, which
// walk the vertices once.
func (g *Graph) AllVertices() iter.Seq2[int, *Vertex] {
	return func(yield func(int, *Vertex) bool) {
		for i, v := range g.vertices {
			if !yield(i, v) {
				return
			}
		}
	}
}

// Vertex returns the vertex with the given ID.
func (g *Graph) Vertex(id string) (*Vertex, bool) {
	i, ok := g.index[id]
	if !ok {
		return nil, false
	}
	return g.vertices[i], true
}

// Edges returns every typed edge, sorted by From, To, Kind, Label and Pos.
func (g *Graph) Edges() []Edge {
	out := make([]Edge, len(g.edges))
	for i := range g.edges {
		out[i] = g.expand(&g.edges[i])
	}
	return out
}

// AllEdges yields every typed edge with its position in Edges, in the
// same order, expanding one at a time: at 100,000 events Edges copies some
// 90 MB that an export writing each edge once does not need. What the
// edges hold lies in their order (layout.go), so the walk reads memory in
// order.
func (g *Graph) AllEdges() iter.Seq2[int, Edge] {
	return func(yield func(int, Edge) bool) {
		for i := range g.edges {
			if !yield(i, g.expand(&g.edges[i])) {
				return
			}
		}
	}
}

// EdgesOf returns the edges from or to the vertex id, in the order of Edges;
// nil when id names no vertex.
func (g *Graph) EdgesOf(id string) []Edge {
	v, ok := g.index[id]
	if !ok {
		return nil
	}
	idx := g.incident[g.incidentAt[v]:g.incidentAt[v+1]]
	out := make([]Edge, len(idx))
	for i, e := range idx {
		out[i] = g.expand(&g.edges[e])
	}
	return out
}

// neighbours returns the distinct neighbours of vertex v, ascending.
func (g *Graph) neighbours(v int32) []int32 {
	return g.adjacent[g.adjacentAt[v]:g.adjacentAt[v+1]]
}

// incidentEdges returns the positions in g.edges of v's edges, ascending.
func (g *Graph) incidentEdges(v int32) []int32 {
	return g.incident[g.incidentAt[v]:g.incidentAt[v+1]]
}
