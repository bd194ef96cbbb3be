package graph

import (
	"fmt"
	"slices"
)

// Hop is a vertex reached from a starting record, and the number of edges
// between them.
type Hop struct {
	ID    string
	Depth int
}

// Neighbours returns the records within depth edges of id, edges taken in
// either direction: id itself at depth 0, its neighbours at depth 1, and so
// on. Hops are sorted by depth, then ID. An unknown id is an error wrapping
// ErrUnknownRecord; a negative depth one wrapping ErrDepth.
//
// Sources connect records that merely cite the same document; to leave them
// out, ask g.WithoutSources().
func (g *Graph) Neighbours(id string, depth int) ([]Hop, error) {
	layers, err := g.layers(id, depth)
	if err != nil {
		return nil, err
	}
	var hops []Hop
	for d, layer := range layers {
		for _, v := range layer {
			hops = append(hops, Hop{ID: g.vertices[v].ID, Depth: d})
		}
	}
	return hops, nil
}

// Ego returns the ego network of id: the subgraph induced by the records
// within depth edges of it (see Neighbours), with every edge among them.
func (g *Graph) Ego(id string, depth int) (*Graph, error) {
	layers, err := g.layers(id, depth)
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

// layers runs a breadth-first search from id up to depth and returns the
// vertices first reached at each depth, each layer ascending (by ID).
func (g *Graph) layers(id string, depth int) ([][]int32, error) {
	if depth < 0 {
		return nil, fmt.Errorf("%w %d: it counts edges from the record, 0 for the record alone", ErrDepth, depth)
	}
	start, err := g.lookup(id)
	if err != nil {
		return nil, err
	}
	seen := make([]bool, len(g.vertices))
	seen[start] = true
	layers := [][]int32{{start}}
	for d := 1; d <= depth; d++ {
		var next []int32
		for _, v := range layers[d-1] {
			for _, w := range g.neighbours(v) {
				if !seen[w] {
					seen[w] = true
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
	return layers, nil
}
