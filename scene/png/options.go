package png

import (
	"errors"
	"fmt"
	"math"
	"unicode/utf8"
)

// ErrOptions is wrapped by errors about Options.
var ErrOptions = errors.New("png: bad options")

// Options says how to rasterise. The zero value draws at DefaultScale, or
// smaller when the image would exceed DefaultMaxPixels.
type Options struct {
	// Scale is image pixels per scene pixel, above 0 and at most MaxScale.
	// 0 chooses it: DefaultScale when the image then has at most MaxPixels
	// pixels and MaxSide pixels a side, else the largest scale (rounded
	// down to 1/100, below 1 if need be) that fits. A Scale so large that
	// the image would exceed HardMaxPixels or MaxSide is an error naming
	// the largest that fits.
	Scale float64
	// MaxPixels is the pixel budget of a chosen scale (Scale 0); 0 means
	// DefaultMaxPixels. At most HardMaxPixels.
	MaxPixels int
	// Title and Description are written as iTXt chunks with the standard
	// keywords "Title" and "Description"; "" uses the scene's Title and
	// Desc.
	Title, Description string
}

// DefaultScale is the scale of the zero Options.
const DefaultScale = 2

// MaxScale is the largest Scale.
const MaxScale = 16

// DefaultMaxPixels is the pixel budget of a chosen scale: 40 megapixels.
const DefaultMaxPixels = 40_000_000

// HardMaxPixels bounds the size of any image (256 MB of RGBA).
const HardMaxPixels = 64 << 20

// MaxSide is the largest width or height of an image in pixels.
const MaxSide = 1 << 15

// minScale is the smallest scale chosen.
const minScale = 0.01

// Validate reports the first problem with o.
func (o Options) Validate() error {
	if o.Scale < 0 || o.Scale > MaxScale || o.Scale != o.Scale {
		return fmt.Errorf("%w: scale %g: use a number above 0 and at most %d (0 chooses one)", ErrOptions, o.Scale, MaxScale)
	}
	if o.MaxPixels < 0 || o.MaxPixels > HardMaxPixels {
		return fmt.Errorf("%w: max pixels %d: use 0 (%d) up to %d", ErrOptions, o.MaxPixels, DefaultMaxPixels, HardMaxPixels)
	}
	if !utf8.ValidString(o.Title) || !utf8.ValidString(o.Description) {
		return fmt.Errorf("%w: title and description must be UTF-8", ErrOptions)
	}
	return nil
}

// ScaleFor returns the scale o draws a w×h scene at: o.Scale when set,
// else DefaultScale, or less so that the image fits the pixel budget and
// MaxSide.
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

// fitScale returns the largest scale, rounded down to 1/100, at which a
// w×h scene has at most budget pixels and MaxSide pixels a side; at least
// minScale.
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
	return max(minScale, math.Floor(s*100+1e-9)/100)
}
