package diagram

import (
	"context"
	"fmt"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/scene"
)

// opt is what a test asks of a drawing: the view as the command line
// selects it (with Whole, Ego or Chain) and the options.
type opt struct {
	Focus            string
	Depth, MaxNodes  int
	PathFrom, PathTo string
	Kinds            Kinds
	Options
}

// view returns the view of g that o selects.
func (o opt) view(g *graph.Graph) (View, error) {
	switch {
	case o.Focus != "" && o.PathFrom != "":
		return View{}, fmt.Errorf("%w: draw either a focus or a path, not both", ErrOptions)
	case (o.PathFrom == "") != (o.PathTo == ""):
		return View{}, fmt.Errorf("%w: a path needs both ends", ErrOptions)
	case g == nil:
		return View{}, ErrNilGraph
	case o.Focus != "":
		v, err := Ego(g, o.Focus, o.Depth, o.Kinds)
		v.MaxNodes = o.MaxNodes
		return v, err
	case o.PathFrom != "":
		return Chain(g, o.PathFrom, o.PathTo, o.Kinds)
	}
	v := Whole(g, o.Kinds)
	v.MaxNodes = o.MaxNodes
	return v, nil
}

// The drawing functions of the package, for the view of g that o selects.

func svgOf(ctx context.Context, g *graph.Graph, o opt) ([]byte, error) {
	v, err := o.view(g)
	if err != nil {
		return nil, err
	}
	return DrawSVG(ctx, v, o.Options)
}

func pngOf(ctx context.Context, g *graph.Graph, o opt, p PNGOptions) (PNGPicture, error) {
	v, err := o.view(g)
	if err != nil {
		return PNGPicture{}, err
	}
	return DrawPNG(ctx, v, o.Options, p)
}

func pngBytes(ctx context.Context, g *graph.Graph, o opt, p PNGOptions) ([]byte, error) {
	pic, err := pngOf(ctx, g, o, p)
	return pic.PNG, err
}

func layoutOf(ctx context.Context, g *graph.Graph, o opt) (*scene.Scene, error) {
	v, err := o.view(g)
	if err != nil {
		return nil, err
	}
	return Layout(ctx, v, o.Options)
}

func dotOf(g *graph.Graph, o opt) ([]byte, error) {
	v, err := o.view(g)
	if err != nil {
		return nil, err
	}
	d, _, err := DOT(context.Background(), v, o.Options)
	return d, err
}

func legendDOTOf(g *graph.Graph, o opt) ([]byte, error) {
	v, err := o.view(g)
	if err != nil {
		return nil, err
	}
	_, l, err := DOT(context.Background(), v, o.Options)
	return l, err
}

func textsOf(g *graph.Graph, o opt) (texts, error) {
	v, err := o.view(g)
	if err != nil {
		return texts{}, err
	}
	return dotText(v, o.Options)
}

func buildOf(g *graph.Graph, o opt) (*drawing, error) {
	v, err := o.view(g)
	if err != nil {
		return nil, err
	}
	return build(v, o.Options)
}

func missingOf(g *graph.Graph, o opt) ([]rune, error) {
	t, err := textsOf(g, o)
	if err != nil {
		return nil, err
	}
	return t.missing(), nil
}
