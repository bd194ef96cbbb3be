package graphviz

import (
	"context"
	"io"
)

// RenderDetachable is Render, except that a ctx done during the layout
// makes it return ctx's error at once instead of when the layout ends. The
// layout then runs to its end in the background, in a module detached
// from the package; the returned channel is closed when it has ended and
// that module is closed (it is nil when nothing was detached). After a
// detach, g, graph and every other object made before must not be used
// again, not even closed: the package's next use starts a new module.
func (g *Graphviz) RenderDetachable(ctx context.Context, graph *Graph, format Format, w io.Writer) (detached <-chan struct{}, e error) {
	detached, err := g.ctx.LayoutDetachable(ctx, graph, string(g.layout))
	if detached != nil {
		return detached, err
	}
	defer func() {
		if err := g.ctx.FreeLayout(ctx, graph); err != nil && e == nil {
			e = err
		}
	}()
	if err != nil {
		return nil, err
	}
	return nil, g.ctx.RenderData(ctx, graph, string(format), w)
}
