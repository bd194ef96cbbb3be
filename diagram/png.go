package diagram

import (
	"context"
	"errors"
	"fmt"

	"github.com/eventgraph/eventgraph/scene/png"
)

// xdotFormat is the Graphviz output format with drawing operations, which
// Layout reads.
const xdotFormat Format = "xdot"

// PNGOptions says how DrawPNG rasterises. The zero value draws two
// pixels per point, or fewer for a picture too large for that.
type PNGOptions struct {
	// Scale is pixels per point (one point is one SVG user unit), above 0
	// and at most png.MaxScale (16); the PNG records 96 × Scale dpi, so
	// that documents place it at the SVG's size whatever the scale. 0
	// chooses it: 2 (crisp on high-density screens and in print, 144 dpi)
	// when the image then has at most MaxPNGPixels pixels and
	// png.MaxSide pixels a side, else the largest scale that fits,
	// rounded down to 1/100 and below 1 if need be, so that a large case
	// never fails for its size (PNGPicture.Scale says which was used). A
	// Scale set so large that the image would exceed png.HardMaxPixels
	// or png.MaxSide is an error wrapping ErrOptions that names the
	// largest scale that fits (for a --scale flag: pass the user's number,
	// 0 when not given).
	Scale float64
}

// MaxPNGPixels is the pixel budget of the scale DrawPNG chooses (40
// megapixels).
const MaxPNGPixels = png.DefaultMaxPixels

// PNGPicture is a PNG drawn by DrawPNG and what a caller may tell its
// reader about it.
type PNGPicture struct {
	// PNG is the image.
	PNG []byte
	// Scale is the pixels per point it was drawn at: PNGOptions.Scale, or
	// the scale chosen for it (less than 2 for a large diagram).
	Scale float64
	// Missing are the characters of the picture's text (names, labels,
	// title, legend) that Liberation Sans lacks and that are drawn as empty
	// boxes, each once, in order of first use; nil when there are none.
	// SVG leaves them to the reader's fonts.
	Missing []rune
}

// DrawPNG lays out the diagram of view v drawn as o says (see Layout) and
// draws it as a PNG, the same picture as DrawSVG: the theme's background,
// the exact dash pattern of every claim status and stance, hatched claims,
// the title and legend. The PNG carries the SVG's title and description as
// its "Title" and "Description" texts (alternative text for software that
// reads it). The output is byte-identical for the same view and options.
//
// Text is drawn in Liberation Sans, the SVG's font (metric-compatible with
// Arial), fitted to the width it takes in the SVG; it covers Latin, Greek
// and Cyrillic, and characters of other scripts (CJK, Arabic, Hebrew, ...)
// are drawn as empty boxes, listed in
// PNGPicture.Missing so that a command can warn ("PNG cannot draw 韩, 东:
// use SVG"). A diagram too large for 2 pixels per point is drawn smaller
// (see PNGOptions.Scale); PNGPicture.Scale says at which scale.
func DrawPNG(ctx context.Context, v View, o Options, p PNGOptions) (PNGPicture, error) {
	po := png.Options{Scale: p.Scale, MaxPixels: MaxPNGPixels}
	if err := po.Validate(); err != nil {
		return PNGPicture{}, fmt.Errorf("%w: %w", ErrOptions, err)
	}
	s, t, err := layoutView(ctx, v, o)
	if err != nil {
		return PNGPicture{}, err
	}
	pic, err := png.Draw(s, po)
	switch {
	case errors.Is(err, png.ErrOptions):
		// Only a scale set too large for the picture gets here.
		return PNGPicture{}, fmt.Errorf("%w: %w", ErrOptions, err)
	case err != nil:
		return PNGPicture{}, fmt.Errorf("%w: drawing PNG: %w", ErrRender, err)
	}
	return PNGPicture{PNG: pic.PNG, Scale: pic.Scale, Missing: t.missing()}, nil
}

// missing returns the characters of the DOT texts that Liberation Sans lacks.
// Only user text in DOT is not ASCII (HTML-like labels keep it as it is,
// not as character references), and no-break padding is a space.
func (t texts) missing() []rune {
	return png.MissingGlyphs(string(bytesOf(t.main)) + "\n" + string(bytesOf(t.legend)))
}
