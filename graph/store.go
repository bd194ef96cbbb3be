package graph

import (
	"errors"
	"fmt"
	"slices"
	"sort"

	dgraph "github.com/dominikbraun/graph"
)

// ErrReadOnly is returned by the dominikbraun/graph graphs of Library and
// Undirected when asked to add, change or remove a vertex or an edge: a
// Graph is immutable once built.
var ErrReadOnly = errors.New("graph: the graph is read-only once built")

// store is a github.com/dominikbraun/graph Store over a Graph's own sorted
// vertices and compact adjacency: it holds nothing of its own, so the
// library's graph costs nothing to make, instead of the seconds and
// hundreds of megabytes its default store takes to copy a large case
// vertex by vertex. It is read-only.
//
// Directed, an edge a→b stands for every typed edge from a to b. Undirected,
// the edge between a and b stands for every typed edge joining them either
// way, and is listed from both ends, as the library expects of the store
// of an undirected graph.
type store struct {
	g          *Graph
	undirected bool
}

var _ dgraph.Store[string, *Vertex] = store{}

// Ties are the typed edges that one edge of a Library or Undirected graph
// stands for; it is the edge's Properties.Data.
type Ties struct {
	g          *Graph
	a, b       int32
	undirected bool
}

// Edges returns the typed edges from A to B (either way for an Undirected
// graph's edge), in the order of Graph.Edges.
func (t Ties) Edges() []Edge {
	var out []Edge
	for _, i := range t.g.incidentEdges(t.a) {
		e := &t.g.edges[i]
		if e.from == t.a && e.to == t.b || t.undirected && e.from == t.b && e.to == t.a {
			out = append(out, t.g.expand(e))
		}
	}
	return out
}

// Len returns the number of typed edges.
func (t Ties) Len() int {
	n := 0
	for _, i := range t.g.incidentEdges(t.a) {
		e := &t.g.edges[i]
		if e.from == t.a && e.to == t.b || t.undirected && e.from == t.b && e.to == t.a {
			n++
		}
	}
	return n
}

func (s store) AddVertex(string, *Vertex, dgraph.VertexProperties) error { return ErrReadOnly }
func (s store) RemoveVertex(string) error                                { return ErrReadOnly }
func (s store) AddEdge(string, string, dgraph.Edge[string]) error        { return ErrReadOnly }
func (s store) UpdateEdge(string, string, dgraph.Edge[string]) error     { return ErrReadOnly }
func (s store) RemoveEdge(string, string) error                          { return ErrReadOnly }

func (s store) Vertex(id string) (*Vertex, dgraph.VertexProperties, error) {
	v, ok := s.g.index[id]
	if !ok {
		return nil, dgraph.VertexProperties{}, fmt.Errorf("%w: %q", dgraph.ErrVertexNotFound, id)
	}
	return s.g.vertices[v], dgraph.VertexProperties{}, nil
}

// ListVertices returns the vertex IDs in ascending order.
func (s store) ListVertices() ([]string, error) {
	ids := make([]string, len(s.g.vertices))
	for i, v := range s.g.vertices {
		ids[i] = v.ID
	}
	return ids, nil
}

func (s store) VertexCount() (int, error) { return len(s.g.vertices), nil }

func (s store) Edge(from, to string) (dgraph.Edge[string], error) {
	a, okA := s.g.index[from]
	b, okB := s.g.index[to]
	if !okA || !okB || !s.joined(a, b) {
		return dgraph.Edge[string]{}, fmt.Errorf("%w: %q → %q", dgraph.ErrEdgeNotFound, from, to)
	}
	return s.edge(a, b), nil
}

// joined reports whether the library graph has the edge a→b.
func (s store) joined(a, b int32) bool {
	if s.undirected {
		_, ok := slices.BinarySearch(s.g.neighbours(a), b)
		return ok && a != b || a == b && s.loop(a)
	}
	// Edges are sorted by From, then To.
	i := sort.Search(len(s.g.edges), func(i int) bool {
		e := &s.g.edges[i]
		return e.from > a || e.from == a && e.to >= b
	})
	return i < len(s.g.edges) && s.g.edges[i].from == a && s.g.edges[i].to == b
}

// loop reports whether v has an edge to itself.
func (s store) loop(v int32) bool {
	for _, i := range s.g.incidentEdges(v) {
		if e := &s.g.edges[i]; e.from == v && e.to == v {
			return true
		}
	}
	return false
}

// edge returns the library edge a→b, which must exist.
func (s store) edge(a, b int32) dgraph.Edge[string] {
	return dgraph.Edge[string]{
		Source: s.g.vertices[a].ID,
		Target: s.g.vertices[b].ID,
		Properties: dgraph.EdgeProperties{
			Weight: 1,
			Data:   Ties{g: s.g, a: a, b: b, undirected: s.undirected},
		},
	}
}

// ListEdges returns the edges ordered by source ID, then target ID.
func (s store) ListEdges() ([]dgraph.Edge[string], error) {
	g := s.g
	var out []dgraph.Edge[string]
	if s.undirected {
		out = make([]dgraph.Edge[string], 0, len(g.adjacent))
		for a := range int32(len(g.vertices)) {
			// neighbours leaves a vertex itself out; a loop goes in its place.
			loop := s.loop(a)
			for _, b := range g.neighbours(a) {
				if loop && b > a {
					out = append(out, s.edge(a, a))
					loop = false
				}
				out = append(out, s.edge(a, b))
			}
			if loop {
				out = append(out, s.edge(a, a))
			}
		}
		return out, nil
	}
	out = make([]dgraph.Edge[string], 0, len(g.edges))
	for i := range g.edges {
		e := &g.edges[i]
		if i > 0 && g.edges[i-1].from == e.from && g.edges[i-1].to == e.to {
			continue
		}
		out = append(out, s.edge(e.from, e.to))
	}
	return out, nil
}
