package diagram

import (
	"context"
	"errors"
	"fmt"

	"github.com/eventgraph/eventgraph/diagram/raster"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/theme"
)

// xdotFormat is the Graphviz output format with drawing operations, which
// diagram/raster draws.
const xdotFormat Format = "xdot"

// PNGOptions says how RenderPNG rasterises. The zero value draws two
// pixels per point, or fewer for a picture too large for that.
type PNGOptions struct {
	// Scale is pixels per point (one point is one SVG user unit), above 0
	// and at most raster.MaxScale (16); the PNG records 72 × Scale dpi, so
	// that documents place it at the SVG's size whatever the scale. 0
	// chooses it: 2 (crisp on high-density screens and in print, 144 dpi)
	// when the image then has at most MaxPNGPixels pixels and
	// raster.MaxSide pixels a side, else the largest scale that fits,
	// rounded down to 1/100 and below 1 if need be, so that a large case
	// never fails for its size (PNGPicture.Scale says which was used). A
	// Scale set so large that the image would exceed raster.HardMaxPixels
	// or raster.MaxSide is an error wrapping ErrOptions that names the
	// largest scale that fits (for a --scale flag: pass the user's number,
	// 0 when not given).
	Scale float64
}

// MaxPNGPixels is the pixel budget of the scale RenderPNG chooses (40
// megapixels).
const MaxPNGPixels = raster.DefaultMaxPixels

// PNGPicture is a PNG drawn by DrawPNG and what a caller may tell its
// reader about it.
type PNGPicture struct {
	// PNG is the image, as RenderPNG returns it.
	PNG []byte
	// Scale is the pixels per point it was drawn at: PNGOptions.Scale, or
	// the scale chosen for it (less than 2 for a large diagram).
	Scale float64
	// Missing are the characters of the picture's text that the Go fonts
	// lack and that are drawn as empty boxes (see MissingGlyphs), each
	// once, in order of first use; nil when there are none.
	Missing []rune
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
// boxes (DrawPNG and MissingGlyphs list them): use SVG for such cases.
//
// A diagram too large for 2 pixels per point is drawn smaller (see
// PNGOptions.Scale); DrawPNG says at which scale.
func RenderPNG(ctx context.Context, g *graph.Graph, o Options, p PNGOptions) ([]byte, error) {
	pic, err := DrawPNG(ctx, g, o, p)
	return pic.PNG, err
}

// DrawPNG is RenderPNG that also returns the scale it drew at and the
// characters it drew as empty boxes, so that a command can tell its user
// ("drawn at 0.18× to fit 40 megapixels"; "PNG cannot draw 韩, 东: use SVG").
func DrawPNG(ctx context.Context, g *graph.Graph, o Options, p PNGOptions) (PNGPicture, error) {
	t, err := dotText(g, o)
	if err != nil {
		return PNGPicture{}, err
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
		return PNGPicture{}, fmt.Errorf("%w: %w", ErrOptions, err)
	}
	parts := make([][]byte, 0, 2)
	for _, dot := range [][]byte{t.main, t.legend} {
		if dot == nil {
			continue
		}
		x, err := render(ctx, dot, xdotFormat, "")
		if err != nil {
			return PNGPicture{}, err
		}
		parts = append(parts, x)
	}
	pic, err := raster.Rasterise(parts, ro)
	switch {
	case errors.Is(err, raster.ErrOptions):
		// Only a scale set too large for the picture gets here.
		return PNGPicture{}, fmt.Errorf("%w: %w", ErrOptions, err)
	case err != nil:
		return PNGPicture{}, fmt.Errorf("%w: drawing PNG: %w", ErrRender, err)
	}
	return PNGPicture{PNG: pic.PNG, Scale: pic.Scale, Missing: t.missing()}, nil
}

// rasterise draws xdot parts as a PNG.
func rasterise(parts [][]byte, o raster.Options) ([]byte, error) {
	out, err := raster.PNG(parts, o)
	if err != nil {
		return nil, fmt.Errorf("%w: drawing PNG: %w", ErrRender, err)
	}
	return out, nil
}

// MissingGlyphs returns the characters of the text of the diagram of g
// that o describes (names, labels, title, legend) that the Go fonts lack,
// each once in order of first use: RenderPNG draws them as empty boxes,
// while SVG leaves them to the reader's fonts. A command drawing PNG can
// warn with them ("PNG cannot draw 韩, 东, أ: use SVG"). It returns nil
// when PNG draws every character, and the errors of DOT.
func MissingGlyphs(g *graph.Graph, o Options) ([]rune, error) {
	t, err := dotText(g, o)
	if err != nil {
		return nil, err
	}
	return t.missing(), nil
}

// missing returns the characters of the DOT texts that the Go fonts lack.
// Only user text in DOT is not ASCII (HTML-like labels keep it as it is,
// not as character references), and no-break padding is a space.
func (t texts) missing() []rune {
	return raster.MissingGlyphs(string(t.main) + "\n" + string(t.legend))
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
