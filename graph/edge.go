package graph

import (
	"cmp"
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
)

// edgeKinds lists the edge kinds in alphabetical order, so that comparing
// positions in it compares the kinds' names.
var edgeKinds = []EdgeKind{
	EdgeAbout, EdgeAuthoredBy, EdgeCites, EdgeClaimant, EdgeParent,
	EdgeParticipant, EdgePublishedBy, EdgeRelation, EdgeResponse,
}

// Positions of the kinds in edgeKinds.
const (
	kAbout uint8 = iota
	kAuthoredBy
	kCites
	kClaimant
	kParent
	kParticipant
	kPublishedBy
	kRelation
	kResponse
)

// edge is the compact form in which a Graph keeps an Edge: a sixth of its
// size, since the date and position point into the case's records instead
// of being copied. Edges and EdgesOf expand it.
type edge struct {
	from, to int32 // positions in Graph.vertices
	seq      int32 // order of creation, the last sort key
	kind     uint8 // position in edgeKinds
	label    string
	date     *edtf.Value // nil when none
	pos      *casefile.Pos
	sources  []string // the case's own slice; see Edge.Sources
}

// expand returns e as an Edge of g.
func (g *Graph) expand(e *edge) Edge {
	out := Edge{
		From:  g.ids[e.from],
		To:    g.ids[e.to],
		Kind:  edgeKinds[e.kind],
		Label: e.label,
		Pos:   *e.pos,
	}
	if e.date != nil {
		out.Date = *e.date
	}
	switch e.kind {
	case kCites:
		out.Sources = []string{out.To}
	case kPublishedBy, kAuthoredBy:
		out.Sources = []string{out.From}
	default:
		out.Sources = e.sources
	}
	return out
}

// compareEdges orders edges by From, To, Kind, Label and Pos (vertex
// positions follow ID order, kind positions name order), then by creation.
func compareEdges(a, b edge) int {
	return cmp.Or(
		cmp.Compare(a.from, b.from),
		cmp.Compare(a.to, b.to),
		cmp.Compare(a.kind, b.kind),
		strings.Compare(a.label, b.label),
		strings.Compare(a.pos.File, b.pos.File),
		cmp.Compare(a.pos.Line, b.pos.Line),
		cmp.Compare(a.pos.Col, b.pos.Col),
		cmp.Compare(a.seq, b.seq),
	)
}

// sortEdges returns edges sorted by compareEdges, for a graph of n
// vertices: a counting sort on From, then a comparison sort of each From's
// (short) run.
func sortEdges(edges []edge, n int) []edge {
	at := make([]int32, n+1)
	for i := range edges {
		at[edges[i].from+1]++
	}
	for v := range n {
		at[v+1] += at[v]
	}
	out := make([]edge, len(edges))
	fill := at[:n:n]
	for _, e := range edges {
		out[fill[e.from]] = e
		fill[e.from]++
	}
	// fill[v] is now where v's run ends and v+1's begins.
	start := int32(0)
	for v := range n {
		if run := out[start:fill[v]]; len(run) > 1 {
			slices.SortFunc(run, compareEdges)
		}
		start = fill[v]
	}
	return out
}
