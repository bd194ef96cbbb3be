package gvc

import (
	"context"

	"github.com/goccy/go-graphviz/cgraph"
)

// LayoutDetachable lays out g like Layout, but returns ctx's error as soon
// as ctx is done, even in the middle of a long layout: the layout then
// runs to its end in the background, in a module detached from the
// package, and the returned channel is closed when it has ended and that
// module is closed. The channel is nil when nothing was detached. After a
// detach, c, g and every other object made before must not be used again;
// the package's next use starts a new module.
func (c *Context) LayoutDetachable(ctx context.Context, g *cgraph.Graph, engine string) (<-chan struct{}, error) {
	if err := startOp(); err != nil {
		return nil, err
	}
	res, detached, err := c.gvc.LayoutDetachable(ctx, toGraphWasm(g), engine)
	if detached != nil || err != nil {
		return detached, err
	}
	return nil, toError("Layout", res)
}
