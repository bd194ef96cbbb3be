package diagram

import (
	"context"
	"fmt"

	"github.com/eventgraph/eventgraph/scene/svg"
)

// DrawSVG lays out the diagram of view v drawn as o says (see Layout) and
// draws it as a self-contained SVG ready to embed: its intrinsic width and
// height in pixels with max-width:100%, role="img" with a <title> and
// <desc> tied by aria-labelledby, eventgraph's classes and ids on every
// node and edge (ids prefixed with Options.IDPrefix or one derived from the
// drawing), names as tooltips, and for the auto theme the dark theme's
// colours under prefers-color-scheme: dark. The output is byte-identical
// for the same view and options.
func DrawSVG(ctx context.Context, v View, o Options) ([]byte, error) {
	s, err := Layout(ctx, v, o)
	if err != nil {
		return nil, err
	}
	out, err := svg.Bytes(s)
	if err != nil {
		return nil, fmt.Errorf("%w: drawing SVG: %w", ErrRender, err)
	}
	return out, nil
}
