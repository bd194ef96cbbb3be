package graph

import (
	"fmt"

	"github.com/eventgraph/eventgraph/casefile"
)

// unknown returns the error for an ID that names no vertex, suggesting the
// nearest vertex ID when one is close.
func (g *Graph) unknown(id string) error {
	for p := g.parent; p != nil; p = p.parent {
		if _, ok := p.index[id]; ok {
			return fmt.Errorf("%w %q: %s", ErrUnknownRecord, id, g.left)
		}
	}
	if s := g.nearest(id); s != "" {
		return fmt.Errorf("%w %q, did you mean %q?", ErrUnknownRecord, id, s)
	}
	return fmt.Errorf("%w %q", ErrUnknownRecord, id)
}

// lookup returns the position of the vertex id, or an error wrapping
// ErrUnknownRecord.
func (g *Graph) lookup(id string) (int32, error) {
	v, ok := g.index[id]
	if !ok {
		return 0, g.unknown(id)
	}
	return v, nil
}

// nearest returns the vertex ID nearest to id by casefile.Suggest (the
// project's one did-you-mean rule), or "" when none is close.
func (g *Graph) nearest(id string) string {
	ids := make([]string, len(g.vertices))
	for i, v := range g.vertices {
		ids[i] = v.ID
	}
	return casefile.Suggest(id, ids)
}
