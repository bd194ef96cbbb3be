package diagram

import (
	"errors"
	"fmt"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
)

// ErrView is wrapped by errors about a focus or path that cannot be drawn;
// the error also wraps graph.ErrUnknownRecord or graph.ErrNoPath.
var ErrView = errors.New("diagram: cannot draw view")

// view is the part of the graph that the options select.
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

// selectView returns the vertices and edges of g that o asks for: all of
// them, the ego network of o.Focus, or the shortest path between
// o.PathFrom and o.PathTo.
func selectView(g *graph.Graph, o Options) (*view, error) {
	switch {
	case o.Focus != "":
		return egoView(g, o)
	case o.PathFrom != "":
		return pathView(g, o)
	}
	return &view{vertices: g.Vertices(), edges: g.Edges()}, nil
}

// walked returns the graph that focus and path views walk: without
// sources unless they are drawn (two records citing the same article are
// not connected by it) or one of the given records is a source.
func walked(g *graph.Graph, o Options, ids ...string) *graph.Graph {
	if o.kinds().Has(Sources) {
		return g
	}
	for _, id := range ids {
		if v, ok := g.Vertex(id); ok && v.Kind == casefile.KindSource {
			return g
		}
	}
	return g.WithoutSources()
}

// egoView returns the records within o.depth() hops of o.Focus.
func egoView(g *graph.Graph, o Options) (*view, error) {
	ego, err := walked(g, o, o.Focus).Ego(o.Focus, o.depth())
	if err != nil {
		return nil, fmt.Errorf("%w: focus %q: %w", ErrView, o.Focus, err)
	}
	return &view{vertices: ego.Vertices(), edges: ego.Edges()}, nil
}

// pathView returns the records of the shortest chain between o.PathFrom
// and o.PathTo and every edge among them; the chain's own vertices and
// edges are marked for highlighting.
func pathView(g *graph.Graph, o Options) (*view, error) {
	w := walked(g, o, o.PathFrom, o.PathTo)
	p, err := w.ShortestPath(o.PathFrom, o.PathTo)
	if err != nil {
		return nil, fmt.Errorf("%w: path from %q to %q: %w", ErrView, o.PathFrom, o.PathTo, err)
	}
	sub := w.Induced(p.IDs)
	v := &view{
		vertices: sub.Vertices(), edges: sub.Edges(),
		onPath: make(map[string]bool, len(p.IDs)), onEdge: make(map[edgeKey]bool, len(p.Edges)),
	}
	for _, id := range p.IDs {
		v.onPath[id] = true
	}
	for _, e := range p.Edges {
		v.onEdge[keyOf(e)] = true
	}
	return v, nil
}
