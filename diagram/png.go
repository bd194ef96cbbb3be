package diagram

import (
	"context"
	"fmt"

	"github.com/eventgraph/eventgraph/diagram/raster"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/theme"
)

// xdotFormat is the Graphviz output format with drawing operations, which
// diagram/raster draws.
const xdotFormat Format = "xdot"

// PNGOptions says how RenderPNG rasterises. The zero value draws two
// pixels per point.
type PNGOptions struct {
	// Scale is pixels per point (one point is one SVG user unit); 0 means
	// 2, crisp on high-density screens and in print (144 dpi at the SVG's
	// size). At most raster.MaxScale.
	Scale float64
}

// hatchOpacity is the opacity of the hatch lines over a claim, as in the
// SVG's hatch pattern.
const hatchOpacity = 0.18

// RenderPNG draws the diagram of g that o describes as a PNG, the same
// picture as RenderSVG: Graphviz lays out the DOT (with the engine
// o.EngineFor chooses) and writes xdot, and diagram/raster draws it with
// the theme's background, the exact dash pattern of every claim status and
// stance, hatched claims, and the title and legend. The PNG carries the
// SVG's title and description as its "Title" and "Description" texts
// (alternative text for software that reads it). The output is
// byte-identical for the same graph and options.
//
// Text is drawn with the Go fonts, which cover Latin, Greek and Cyrillic;
// characters of other scripts (CJK, Arabic, Hebrew, ...) are drawn as empty
// boxes (raster.MissingGlyphs lists them): use SVG for such cases.
func RenderPNG(ctx context.Context, g *graph.Graph, o Options, p PNGOptions) ([]byte, error) {
	t, err := dotText(g, o)
	if err != nil {
		return nil, err
	}
	desc := clean(o.Description)
	if desc == "" {
		desc = describe(t.d, o, g.Case())
	}
	ro := raster.Options{
		Scale: p.Scale, Background: o.theme().Background, Classes: classStyles(o.theme()),
		Title: title(o, g.Case()), Description: desc,
	}
	if err := ro.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrOptions, err)
	}
	parts := make([][]byte, 0, 2)
	for _, dot := range [][]byte{t.main, t.legend} {
		if dot == nil {
			continue
		}
		x, err := render(ctx, dot, xdotFormat, "")
		if err != nil {
			return nil, err
		}
		parts = append(parts, x)
	}
	return rasterise(parts, ro)
}

// rasterise draws xdot parts as a PNG.
func rasterise(parts [][]byte, o raster.Options) ([]byte, error) {
	out, err := raster.PNG(parts, o)
	if err != nil {
		return nil, fmt.Errorf("%w: drawing PNG: %w", ErrRender, err)
	}
	return out, nil
}

// classStyles are the rules of the SVG's stylesheet (see stylesheet) for
// the rasteriser: the dash pattern of each claim status on claim outlines
// and on the edges that carry the status, the hatching of the claims whose
// status is hatched, and the dash pattern of each stance.
func classStyles(t theme.Theme) []raster.ClassStyle {
	var out []raster.ClassStyle
	for _, s := range statuses {
		ss, _ := t.Status(string(s))
		c := "eg-" + string(s)
		node := raster.ClassStyle{Class: c, Kind: raster.KindNode, Dash: ss.Dash}
		if ss.Hatched {
			node.Hatch, node.HatchOpacity = raster.HatchPen, hatchOpacity
		}
		if node.Dash != "" || node.Hatch != "" {
			out = append(out, node)
		}
		if ss.Dash != "" {
			out = append(out, raster.ClassStyle{Class: c, Kind: raster.KindEdge, Dash: ss.Dash})
		}
	}
	for _, st := range stanceStyles(t) {
		if st.style.Dash != "" {
			out = append(out, raster.ClassStyle{Class: "eg-" + st.name, Kind: raster.KindEdge, Dash: st.style.Dash})
		}
	}
	return out
}
