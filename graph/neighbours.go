package graph

import (
	"fmt"
	"slices"

	"github.com/eventgraph/eventgraph/casefile"
)

// Hop is a vertex reached from a starting record, and the number of edges
// between them.
type Hop struct {
	ID    string
	Depth int
	// Edge is the edge that first reached the vertex: from the vertex one
	// step nearer the start with the smallest ID, the first edge between
	// them in the order of Edges. Zero for the start.
	Edge Edge
}

// Neighbours returns the records within depth edges of id, edges taken in
// either direction: id itself at depth 0, its neighbours at depth 1, and so
// on. Hops are sorted by depth, then ID. An unknown id is an error wrapping
// ErrUnknownRecord; a negative depth one wrapping ErrDepth.
//
// Sources connect records that merely cite the same document; to leave them
// out, ask g.WithoutSources().
func (g *Graph) Neighbours(id string, depth int) ([]Hop, error) {
	return g.NeighboursVia(id, depth, nil)
}

// NeighboursVia is Neighbours passing only through records of the given
// kinds (KindAnonymous goes with KindClaim): records of other kinds are
// neither reached nor passed through. Empty via allows every kind; the
// starting record may be of any kind.
func (g *Graph) NeighboursVia(id string, depth int, via []casefile.Kind) ([]Hop, error) {
	start, err := g.lookup(id)
	if err != nil {
		return nil, err
	}
	blocked, err := g.blocked(via, nil, start, start)
	if err != nil {
		return nil, err
	}
	layers, pred, err := g.layers(id, depth, blocked)
	if err != nil {
		return nil, err
	}
	var hops []Hop
	for d, layer := range layers {
		for _, v := range layer {
			h := Hop{ID: g.vertices[v].ID, Depth: d}
			if d > 0 {
				h.Edge = g.expand(&g.edges[g.firstEdge(pred[v], v)])
			}
			hops = append(hops, h)
		}
	}
	return hops, nil
}

// Ego returns the ego network of id: the subgraph induced by the records
// within depth edges of it (see Neighbours), with every edge among them.
func (g *Graph) Ego(id string, depth int) (*Graph, error) {
	layers, _, err := g.layers(id, depth, nil)
	if err != nil {
		return nil, err
	}
	keep := make([]bool, len(g.vertices))
	for _, layer := range layers {
		for _, v := range layer {
			keep[v] = true
		}
	}
	sub := g.induced(keep)
	sub.left = fmt.Sprintf("it is more than %d edges from %q", depth, id)
	if depth == 1 {
		sub.left = fmt.Sprintf("it is more than 1 edge from %q", id)
	}
	return sub, nil
}

// layers runs a breadth-first search from id up to depth, not entering
// blocked vertices (blocked may be nil), and returns the vertices first
// reached at each depth, each layer ascending (by ID), and for each vertex
// reached the smallest-ID vertex it was reached from (pred, by position).
func (g *Graph) layers(id string, depth int, blocked []bool) ([][]int32, map[int32]int32, error) {
	if depth < 0 {
		return nil, nil, fmt.Errorf("%w %d: it counts edges from the record, 0 for the record alone", ErrDepth, depth)
	}
	start, err := g.lookup(id)
	if err != nil {
		return nil, nil, err
	}
	pred := map[int32]int32{start: start}
	layers := [][]int32{{start}}
	for d := 1; d <= depth; d++ {
		var next []int32
		for _, v := range layers[d-1] {
			for _, w := range g.neighbours(v) {
				if _, seen := pred[w]; !seen && (blocked == nil || !blocked[w]) {
					pred[w] = v
					next = append(next, w)
				}
			}
		}
		if len(next) == 0 {
			break
		}
		slices.Sort(next)
		layers = append(layers, next)
	}
	return layers, pred, nil
}
