package raster

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"
)

// ErrOptions is wrapped by errors about Options.
var ErrOptions = errors.New("raster: bad options")

// Options says how to rasterise. The zero value draws at twice the size in
// points (crisp on high-density screens and in print at 144 dpi), or
// smaller when that would exceed DefaultMaxPixels, on a canvas of the first
// part's bgcolor, with Graphviz's own line styles.
type Options struct {
	// Scale is pixels per point; at most MaxScale. 0 chooses it: DefaultScale
	// when the image then has at most MaxPixels pixels and MaxSide pixels a
	// side, else the largest scale (rounded down to 1/100, below 1 if need
	// be) that fits. A Scale set too large for the hard limits
	// (HardMaxPixels, MaxSide) is an error.
	Scale float64
	// MaxPixels is the pixel budget of a chosen scale (Scale 0); 0 means
	// DefaultMaxPixels. At most HardMaxPixels.
	MaxPixels int
	// Background is the colour under every part (#rrggbb); "" means the
	// first part's bgcolor attribute, and a transparent canvas when it has
	// none.
	Background string
	// Classes restyle elements by their class attribute, first match wins.
	Classes []ClassStyle
	// Title and Description are written into the PNG as iTXt chunks with
	// the standard keywords "Title" and "Description" (UTF-8), for
	// software that reads alternative text from images; "" writes none.
	Title, Description string
}

// ClassStyle restyles the elements of one kind whose class attribute lists
// Class, as a stylesheet restyles the SVG: eventgraph's claims and
// responses carry exact dash patterns that DOT's dashed and dotted cannot
// say.
type ClassStyle struct {
	Class string
	// Kind is the kind of element: KindNode, KindEdge or KindCluster.
	Kind Kind
	// Dash is an SVG stroke-dasharray in points ("6 4") for the element's
	// outline (a node's or cluster's polygons, an edge's line, never its
	// arrowhead); "" keeps the xdot style's dashes.
	Dash string
	// Hatch is the colour (#rrggbb or #rrggbbaa) of hatch lines drawn 45°
	// across the element's filled polygons, HatchSpacing apart, or
	// HatchPen for the polygon's own outline colour; "" draws none.
	Hatch string
	// HatchOpacity multiplies the hatch colour's opacity; 0 means 1.
	HatchOpacity float64
	// HatchSpacing is the distance between hatch lines in points; 0 means 8.
	HatchSpacing float64
	// HatchWidth is the width of hatch lines in points; 0 means 1.5.
	HatchWidth float64
}

// HatchPen as ClassStyle.Hatch hatches in the outline colour of each
// polygon.
const HatchPen = "pen"

// DefaultScale is the Scale of the zero Options.
const DefaultScale = 2

// MaxScale is the largest Scale.
const MaxScale = 16

// DefaultMaxPixels is the pixel budget of a chosen scale: 40 megapixels
// (160 MB of RGBA while drawing), enough for a diagram of a few hundred
// records at 1× and small enough to open in any document.
const DefaultMaxPixels = 40_000_000

// HardMaxPixels bounds the size of any image (256 MB of RGBA).
const HardMaxPixels = 64 << 20

// MaxSide is the largest width or height of an image in pixels.
const MaxSide = 1 << 15

// minScale is the smallest scale chosen: a hundredth of a pixel per point.
const minScale = 0.01

// Validate reports the first problem with o.
func (o Options) Validate() error {
	if o.Scale < 0 || o.Scale > MaxScale || o.Scale != o.Scale {
		return fmt.Errorf("%w: scale %g: use a number above 0 and at most %d (0 means %d)", ErrOptions, o.Scale, MaxScale, DefaultScale)
	}
	if o.MaxPixels < 0 || o.MaxPixels > HardMaxPixels {
		return fmt.Errorf("%w: max pixels %d: use 0 (%d) up to %d", ErrOptions, o.MaxPixels, DefaultMaxPixels, HardMaxPixels)
	}
	if o.Background != "" {
		if _, err := ParseColour(o.Background); err != nil {
			return fmt.Errorf("%w: background: %w", ErrOptions, err)
		}
	}
	for _, t := range []string{o.Title, o.Description} {
		if !utf8.ValidString(t) {
			return fmt.Errorf("%w: title and description must be UTF-8", ErrOptions)
		}
	}
	for i, c := range o.Classes {
		if strings.TrimSpace(c.Class) == "" || strings.ContainsAny(c.Class, " \t\n") {
			return fmt.Errorf("%w: class style %d: class %q must be one word", ErrOptions, i, c.Class)
		}
		if c.Kind != KindNode && c.Kind != KindEdge && c.Kind != KindCluster {
			return fmt.Errorf("%w: class style %q: kind must be KindNode, KindEdge or KindCluster", ErrOptions, c.Class)
		}
		if _, err := ParseDash(c.Dash); err != nil {
			return fmt.Errorf("class style %q: %w", c.Class, err)
		}
		if c.Hatch != "" && c.Hatch != HatchPen {
			if _, err := ParseColour(c.Hatch); err != nil {
				return fmt.Errorf("%w: class style %q: hatch: %w", ErrOptions, c.Class, err)
			}
		}
		if c.HatchOpacity < 0 || c.HatchOpacity > 1 || c.HatchSpacing < 0 || c.HatchSpacing > 1000 || c.HatchWidth < 0 || c.HatchWidth > 100 {
			return fmt.Errorf("%w: class style %q: hatch opacity must be from 0 to 1, spacing and width 0 or more", ErrOptions, c.Class)
		}
	}
	return nil
}

// ScaleFor returns the scale o draws an image of w×h points at: o.Scale
// when set, else DefaultScale, or less so that the image fits o.MaxPixels
// (DefaultMaxPixels when 0) and MaxSide.
func (o Options) ScaleFor(w, h float64) float64 {
	if o.Scale != 0 {
		return o.Scale
	}
	budget := float64(o.MaxPixels)
	if o.MaxPixels == 0 {
		budget = DefaultMaxPixels
	}
	return min(DefaultScale, fitScale(w, h, budget))
}

// fitScale returns the largest scale, rounded down to 1/100, at which an
// image of w×h points has at most budget pixels and MaxSide pixels a side;
// at least minScale.
func fitScale(w, h, budget float64) float64 {
	s := math.Inf(1)
	if w > 0 && h > 0 {
		s = math.Sqrt(budget / (w * h))
	}
	if w > 0 {
		s = min(s, (MaxSide-1)/w)
	}
	if h > 0 {
		s = min(s, (MaxSide-1)/h)
	}
	if math.IsInf(s, 1) {
		return MaxScale
	}
	// Round down to 1/100, so that the scale reads well in messages and
	// the PNG's resolution.
	return max(minScale, math.Floor(s*100+1e-9)/100)
}
