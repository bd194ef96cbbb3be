package raster

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// ErrOptions is wrapped by errors about Options.
var ErrOptions = errors.New("raster: bad options")

// Options says how to rasterise. The zero value draws at twice the size in
// points (crisp on high-density screens and in print at 144 dpi), on a
// canvas of the first part's bgcolor, with Graphviz's own line styles.
type Options struct {
	// Scale is pixels per point; 0 means DefaultScale. At most MaxScale.
	Scale float64
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

// maxPixels bounds the size of an image (256 MB of RGBA).
const maxPixels = 64 << 20

// Validate reports the first problem with o.
func (o Options) Validate() error {
	if o.Scale < 0 || o.Scale > MaxScale || o.Scale != o.Scale {
		return fmt.Errorf("%w: scale %g: use a number above 0 and at most %d (0 means %d)", ErrOptions, o.Scale, MaxScale, DefaultScale)
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

func (o Options) scale() float64 {
	if o.Scale == 0 {
		return DefaultScale
	}
	return o.Scale
}
