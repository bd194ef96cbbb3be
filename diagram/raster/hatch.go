package raster

import (
	"image/color"
	"math"
)

// hatch draws lines at 45° (rising to the right) across a polygon, clipped
// to it exactly: each line x+y=c meets the polygon's sides in pairs of
// points, joined inside.
func (r *renderer) hatch(poly []Point, cs *ClassStyle, pen color.NRGBA) {
	c := pen
	if cs.Hatch != HatchPen {
		var err error
		if c, err = ParseColour(cs.Hatch); err != nil {
			return
		}
	}
	if cs.HatchOpacity > 0 {
		c.A = uint8(math.Round(float64(c.A) * cs.HatchOpacity))
	}
	if len(poly) < 3 || c.A == 0 {
		return
	}
	spacing := cs.HatchSpacing
	if spacing == 0 {
		spacing = 8
	}
	width := cs.HatchWidth
	if width == 0 {
		width = 1.5
	}
	px := make([][2]float64, len(poly))
	lo, hi := math.Inf(1), math.Inf(-1)
	for i, p := range poly {
		x, y := r.pt(p)
		px[i] = [2]float64{x, y}
		lo, hi = math.Min(lo, x+y), math.Max(hi, x+y)
	}
	step := spacing * math.Sqrt2 * r.scale
	dc := r.dc
	var path [][4]float64
	for k := math.Ceil(lo / step); k*step <= hi; k++ {
		cut := k * step
		var xs []float64
		for i := range px {
			a, b := px[i], px[(i+1)%len(px)]
			fa, fb := a[0]+a[1]-cut, b[0]+b[1]-cut
			if (fa < 0) != (fb < 0) {
				t := fa / (fa - fb)
				xs = append(xs, a[0]+t*(b[0]-a[0]))
			}
		}
		sortFloats(xs)
		for i := 0; i+1 < len(xs); i += 2 {
			path = append(path, [4]float64{xs[i], cut - xs[i], xs[i+1], cut - xs[i+1]})
		}
	}
	if len(path) == 0 {
		return
	}
	dc.NewSubPath()
	for _, s := range path {
		dc.MoveTo(s[0], s[1])
		dc.LineTo(s[2], s[3])
	}
	dc.SetColor(c)
	dc.SetLineWidth(width * r.scale)
	dc.SetDash()
	dc.Stroke()
}

// sortFloats sorts a few numbers in place (insertion sort: a polygon line
// crosses few sides).
func sortFloats(xs []float64) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}
