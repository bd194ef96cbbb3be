package diagram

import (
	"errors"
	"fmt"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
)

// ErrView is wrapped by errors about a view that cannot be drawn: a focus
// or path whose records are unknown or not joined (the error also wraps
// graph.ErrUnknownRecord or graph.ErrNoPath), or a View whose fields
// disagree with its graph.
var ErrView = errors.New("diagram: cannot draw view")

// View is what a diagram draws: a part of a case's graph that the caller
// chose with graph's queries (the whole graph, an ego network, the records
// of a chain; Whole, Ego and Chain do the usual ones) and the kinds of
// record drawn in it. Options say only how it looks.
type View struct {
	// Graph holds the records and ties in view: graph.Build's graph, or a
	// subgraph of it (graph.Ego, graph.Induced, ...). Its Case gives the
	// title and the names of responders outside the view.
	Graph *graph.Graph

	// Kinds is the set of record kinds drawn. Zero means DefaultKinds
	// (everything but sources). Events and claims in view but left out
	// are folded into labelled edges between the records they join;
	// people, organizations and sources left out are omitted with their
	// ties. Anonymous claimant groups are drawn with people.
	Kinds Kinds

	// Focus, when set, is the record the view is centred on: drawn bold,
	// alone in the first column of a dot layout, the others in columns by
	// their distance from it. It must be in Graph.
	Focus string
	// Depth is how many ties around Focus the view reaches, for its
	// caption ("Within 2 steps of Han Dong"). Zero means 1; it is ignored
	// without Focus.
	Depth int
	// MaxNodes is the most records a focus view draws; the least relevant
	// beyond it (the farthest from the focus, then those with the fewest
	// ties) are folded into "+N more" nodes beside the records they hang
	// from. Zero means DefaultMaxNodes (25); a negative number draws
	// every record. For the whole graph (no Focus, no Path), zero or a
	// negative number draws every record, and a positive number keeps
	// that many around the graph's centre (see layoutCentre) in the same
	// way: OverviewMaxNodes gives an overview that a 1200-pixel page shows
	// with no text under 9 pixels.
	MaxNodes int

	// Path, when set, is a chain of ties drawn highlighted, every node
	// and edge of it bold; the other records and ties of Graph are drawn
	// faded. Its records must be in Graph. Set Focus or Path, not both.
	Path *graph.Path
}

// Whole returns the view of every record of g, of the given kinds.
func Whole(g *graph.Graph, kinds Kinds) View { return View{Graph: g, Kinds: kinds} }

// Ego returns the view of the records within depth ties of focus
// (graph.Ego; depth 0 means 1), centred on it. Unless kinds draws sources
// or focus is one, the walk does not go through sources: citing the same
// article does not connect two records.
func Ego(g *graph.Graph, focus string, depth int, kinds Kinds) (View, error) {
	if g == nil {
		return View{}, ErrNilGraph
	}
	v := View{Kinds: kinds, Focus: focus, Depth: depth}
	if depth < 0 {
		return View{}, fmt.Errorf("%w: depth %d is negative: use 1 or more", ErrOptions, depth)
	}
	ego, err := walked(g, v.kinds(), focus).Ego(focus, v.depth())
	if err != nil {
		return View{}, fmt.Errorf("%w: focus %q: %w", ErrView, focus, err)
	}
	v.Graph = ego
	return v, nil
}

// Chain returns the view of the shortest chain of ties between from and
// to (graph.ShortestPath), highlighted, with every tie among its records.
// The chain goes through people, organizations, events and claims, and
// through sources only when kinds draws them or one of its ends is one.
// Records off the chain are not in view (in a large case "the rest faded"
// would be most of the picture).
func Chain(g *graph.Graph, from, to string, kinds Kinds) (View, error) {
	if g == nil {
		return View{}, ErrNilGraph
	}
	w := walked(g, kinds, from, to)
	p, err := w.ShortestPath(from, to)
	if err != nil {
		return View{}, fmt.Errorf("%w: path from %q to %q: %w", ErrView, from, to, err)
	}
	return View{Graph: w.Induced(p.IDs), Kinds: kinds, Path: &p}, nil
}

// walked returns the graph that focus and path views walk: without
// sources unless they are drawn (two records citing the same article are
// not connected by it) or one of the given records is a source.
func walked(g *graph.Graph, kinds Kinds, ids ...string) *graph.Graph {
	if kinds == 0 {
		kinds = DefaultKinds
	}
	if kinds.Has(Sources) {
		return g
	}
	for _, id := range ids {
		if v, ok := g.Vertex(id); ok && v.Kind == casefile.KindSource {
			return g
		}
	}
	return g.WithoutSources()
}

// Validate reports the first problem with v: no graph (ErrNilGraph), a
// negative depth or unknown kinds (ErrOptions), a focus or path records
// not in the graph, or both a focus and a path (ErrView).
func (v View) Validate() error {
	switch {
	case v.Graph == nil:
		return ErrNilGraph
	case v.Depth < 0:
		return fmt.Errorf("%w: depth %d is negative: use 1 or more", ErrOptions, v.Depth)
	case v.Kinds&^allKinds != 0:
		return fmt.Errorf("%w: unknown kinds bits %#x", ErrOptions, uint8(v.Kinds&^allKinds))
	case v.Focus != "" && v.Path != nil:
		return fmt.Errorf("%w: draw either a focus or a path, not both", ErrView)
	}
	if v.Focus != "" {
		if _, ok := v.Graph.Vertex(v.Focus); !ok {
			return fmt.Errorf("%w: focus %q is not in the view's graph: take the graph from graph.Ego (or diagram.Ego)", ErrView, v.Focus)
		}
	}
	if v.Path != nil {
		if len(v.Path.IDs) == 0 {
			return fmt.Errorf("%w: the path has no records", ErrView)
		}
		for _, id := range v.Path.IDs {
			if _, ok := v.Graph.Vertex(id); !ok {
				return fmt.Errorf("%w: path record %q is not in the view's graph: take the graph from graph.Induced of the path's records (or diagram.Chain)", ErrView, id)
			}
		}
	}
	return nil
}

// depth returns the effective ego depth.
func (v View) depth() int {
	if v.Depth == 0 {
		return DefaultDepth
	}
	return v.Depth
}

// kinds returns the effective set of kinds.
func (v View) kinds() Kinds {
	if v.Kinds == 0 {
		return DefaultKinds
	}
	return v.Kinds
}

// maxNodes returns the number of records a focus view keeps, or 0 for no
// limit.
func (v View) maxNodes() int {
	switch {
	case v.MaxNodes < 0:
		return 0
	case v.MaxNodes == 0:
		return DefaultMaxNodes
	}
	return v.MaxNodes
}

// ends returns the first and last records of the path, or "" and "".
func (v View) ends() (string, string) {
	if v.Path == nil || len(v.Path.IDs) == 0 {
		return "", ""
	}
	return v.Path.IDs[0], v.Path.IDs[len(v.Path.IDs)-1]
}

// view is the part of the graph that a View selects, as build reads it.
type view struct {
	vertices []*graph.Vertex // sorted by ID
	edges    []graph.Edge
	// onPath and onEdge hold the vertex IDs and edges of the highlighted
	// path; nil outside the path view.
	onPath map[string]bool
	onEdge map[edgeKey]bool
}

// edgeKey identifies a graph edge for the path highlight.
type edgeKey struct {
	from, to string
	kind     graph.EdgeKind
	label    string
}

// keyOf returns the key of e.
func keyOf(e graph.Edge) edgeKey { return edgeKey{e.From, e.To, e.Kind, e.Label} }

// selectView returns the vertices and edges of v, the path's marked.
func selectView(v View) *view {
	out := &view{vertices: v.Graph.Vertices(), edges: v.Graph.Edges()}
	if v.Path != nil {
		out.onPath = make(map[string]bool, len(v.Path.IDs))
		out.onEdge = make(map[edgeKey]bool, len(v.Path.Edges))
		for _, id := range v.Path.IDs {
			out.onPath[id] = true
		}
		for _, e := range v.Path.Edges {
			out.onEdge[keyOf(e)] = true
		}
	}
	return out
}
