package query

import (
	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
)

// Neighbour is a record within reach of the start, and the tie that first
// reached it (nil for the start).
type Neighbour struct {
	Record
	Depth int  `json:"depth"`
	Tie   *Tie `json:"tie,omitempty"`
}

// NeighbourResult is the answer to "what lies within Depth ties of Start".
type NeighbourResult struct {
	Start      Record      `json:"start"`
	Depth      int         `json:"depth"`
	Neighbours []Neighbour `json:"neighbours"` // by depth, then ID; the start first
}

// Neighbours returns the records within depth ties of id, passing only
// through records of the kinds in via (nil: every kind).
func Neighbours(g *graph.Graph, id string, depth int, via []casefile.Kind) (*NeighbourResult, error) {
	hops, err := g.NeighboursVia(id, depth, via)
	if err != nil {
		return nil, err
	}
	res := &NeighbourResult{Start: recordByID(g, id), Depth: depth}
	for _, h := range hops {
		n := Neighbour{Record: recordByID(g, h.ID), Depth: h.Depth}
		if h.Depth > 0 {
			t := tieOf(h.Edge)
			n.Tie = &t
		}
		res.Neighbours = append(res.Neighbours, n)
	}
	return res, nil
}
