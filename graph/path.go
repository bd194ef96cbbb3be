package graph

import (
	"fmt"
	"slices"
)

// Path is a chain of records joined by edges. Edges[i] joins IDs[i] and
// IDs[i+1]; it keeps its own direction, so its From may be IDs[i+1].
type Path struct {
	IDs   []string
	Edges []Edge
}

// ShortestPath returns a shortest chain of edges, taken in either direction,
// from one record to another. Among equally short chains it picks the same
// one every time: the search expands each depth's vertices in ID order, so
// every record on the path is reached from the smallest-ID record one step
// nearer the start, and between two records it reports the first edge in the
// order of Edges.
//
// Unknown IDs give an error wrapping ErrUnknownRecord; records with no chain
// between them one wrapping ErrNoPath. A record's path to itself is the
// record alone. To keep shared sources out of the chain, ask
// g.WithoutSources().
func (g *Graph) ShortestPath(from, to string) (Path, error) {
	s, err := g.lookup(from)
	if err != nil {
		return Path{}, err
	}
	t, err := g.lookup(to)
	if err != nil {
		return Path{}, err
	}
	pred := make([]int32, len(g.vertices))
	for i := range pred {
		pred[i] = -1
	}
	pred[s] = s
	layer := []int32{s}
	for pred[t] < 0 && len(layer) > 0 {
		var next []int32
	expand:
		for _, v := range layer {
			for _, w := range g.neighbours(v) {
				if pred[w] < 0 {
					pred[w] = v
					if w == t {
						break expand
					}
					next = append(next, w)
				}
			}
		}
		slices.Sort(next)
		layer = next
	}
	if pred[t] < 0 {
		return Path{}, fmt.Errorf("%w from %q to %q: they are in different components", ErrNoPath, from, to)
	}
	var chain []int32
	for v := t; v != s; v = pred[v] {
		chain = append(chain, v)
	}
	chain = append(chain, s)
	slices.Reverse(chain)
	p := Path{IDs: make([]string, len(chain))}
	for i, v := range chain {
		p.IDs[i] = g.vertices[v].ID
		if i > 0 {
			p.Edges = append(p.Edges, g.expand(&g.edges[g.firstEdge(chain[i-1], v)]))
		}
	}
	return p, nil
}

// firstEdge returns the position in g.edges of the first edge joining a and
// b in either direction; they must be adjacent.
func (g *Graph) firstEdge(a, b int32) int32 {
	for _, e := range g.incidentEdges(a) {
		if x := &g.edges[e]; x.from == b || x.to == b {
			return e
		}
	}
	panic(fmt.Sprintf("graph: vertices %d and %d are not adjacent", a, b))
}
