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

// edge is the compact form in which a Graph keeps an Edge. What writing an
// edge reads is kept with it, or beside it in the order of the edges
// (layout.go): its position (the file as a number), the other end's ID
// and the source IDs, copied out of the case at Build; its label and date
// point into tables of the case's distinct labels and dates (a few
// megabytes at most), not into the case's records. Edges and EdgesOf
// expand it.
type edge struct {
	from, to int32 // positions in Graph.vertices
	// The edge's Sources are Graph.sources[src:srcEnd]. While Build sorts
	// the edges, src is the order in which the edge was made instead.
	src, srcEnd int32
	kind        uint8 // position in edgeKinds
	pos         pos
	toID        string // the ID of vertex to, in the graph's edge text
	label       string
	date        *edtf.Value // nil when none; shared by equal dates
}

// pos is a casefile.Pos with its file as a position in Graph.files.
type pos struct {
	file, line, col int32
}

// expand returns e as an Edge of g.
func (g *Graph) expand(e *edge) Edge {
	out := Edge{
		From:  g.ids[e.from],
		To:    e.toID,
		Kind:  edgeKinds[e.kind],
		Label: e.label,
		Pos:   casefile.Pos{File: g.files[e.pos.file], Line: e.pos.line, Col: e.pos.col},
	}
	if e.date != nil {
		out.Date = *e.date
	}
	if e.srcEnd > e.src {
		out.Sources = g.sources[e.src:e.srcEnd:e.srcEnd]
	}
	return out
}

// compareEdges orders edges by From, To, Kind, Label and Pos (vertex
// positions follow ID order, kind positions name order); files are the
// names of the positions' files.
func compareEdges(files []string, a, b *edge) int {
	return cmp.Or(
		cmp.Compare(a.from, b.from),
		cmp.Compare(a.to, b.to),
		cmp.Compare(a.kind, b.kind),
		strings.Compare(a.label, b.label),
		strings.Compare(files[a.pos.file], files[b.pos.file]),
		cmp.Compare(a.pos.line, b.pos.line),
		cmp.Compare(a.pos.col, b.pos.col),
	)
}

// sortEdges returns edges sorted by compareEdges, equal edges in the order
// given, for a graph of n vertices: a counting sort on From, then a stable
// comparison sort of each From's (short) run.
func sortEdges(edges []edge, n int, files []string) []edge {
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
			slices.SortStableFunc(run, func(a, b edge) int { return compareEdges(files, &a, &b) })
		}
		start = fill[v]
	}
	return out
}
