package png

import (
	"math"
	"slices"

	"github.com/eventgraph/eventgraph/scene"
)

// outline returns a shape's outline as closed rings in scene pixels:
// ellipses, rounded corners and Béziers flattened to short lines.
func outline(e *scene.Element) [][]scene.Point {
	switch e.Kind {
	case scene.Rect:
		x0, y0, x1, y1 := e.X, e.Y, e.X+e.W, e.Y+e.H
		return [][]scene.Point{{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}}}
	case scene.Ellipse:
		const n = 48
		ring := make([]scene.Point, n)
		for i := range n {
			a := 2 * math.Pi * float64(i) / n
			ring[i] = scene.Point{X: e.X + e.RX*math.Cos(a), Y: e.Y + e.RY*math.Sin(a)}
		}
		return [][]scene.Point{ring}
	case scene.Polygon:
		return [][]scene.Point{e.Points}
	case scene.Path:
		var rings [][]scene.Point
		var cur []scene.Point
		for _, s := range e.Segments {
			switch s.Op {
			case scene.MoveTo:
				if len(cur) > 2 {
					rings = append(rings, cur)
				}
				cur = []scene.Point{s.Points[0]}
			case scene.LineTo:
				cur = append(cur, s.Points[0])
			case scene.CubicTo:
				if len(cur) == 0 {
					continue
				}
				p0 := cur[len(cur)-1]
				p1, p2, p3 := s.Points[0], s.Points[1], s.Points[2]
				for i := 1; i <= 12; i++ {
					t := float64(i) / 12
					u := 1 - t
					cur = append(cur, scene.Point{
						X: u*u*u*p0.X + 3*u*u*t*p1.X + 3*u*t*t*p2.X + t*t*t*p3.X,
						Y: u*u*u*p0.Y + 3*u*u*t*p1.Y + 3*u*t*t*p2.Y + t*t*t*p3.Y,
					})
				}
			}
		}
		if len(cur) > 2 {
			rings = append(rings, cur)
		}
		return rings
	}
	return nil
}

// hatch draws parallel lines across the rings, clipped to them exactly
// (even-odd): each line meets the rings' sides in pairs of points, joined
// inside.
func (r *renderer) hatch(rings [][]scene.Point, h *scene.Hatch, alpha float64) {
	c, err := scene.ParseColour(h.Colour)
	if err != nil {
		return
	}
	a := float64(c.A) / 255 * scene.Alpha(h.Opacity) * alpha
	if a <= 0 || len(rings) == 0 {
		return
	}
	spacing, width := h.Spacing, h.Width
	if spacing == 0 {
		spacing = 8
	}
	if width == 0 {
		width = 1.5
	}
	// Lines run along d (anticlockwise from x as a reader sees it, y
	// pointing down); n is their normal. A line is n·p = c.
	rad := h.Angle * math.Pi / 180
	d := scene.Point{X: math.Cos(rad), Y: -math.Sin(rad)}
	n := scene.Point{X: -d.Y, Y: d.X}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, ring := range rings {
		for _, p := range ring {
			v := n.X*p.X + n.Y*p.Y
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
	}
	if hi-lo > 1e5*spacing {
		return // a hatch of more lines than pixels: nothing to see
	}
	dc, k := r.dc, r.scale
	var ts []float64
	drawn := false
	for cut := math.Ceil(lo/spacing) * spacing; cut <= hi; cut += spacing {
		ts = ts[:0]
		for _, ring := range rings {
			for i := range ring {
				p, q := ring[i], ring[(i+1)%len(ring)]
				fp, fq := n.X*p.X+n.Y*p.Y-cut, n.X*q.X+n.Y*q.Y-cut
				if (fp < 0) == (fq < 0) {
					continue
				}
				t := fp / (fp - fq)
				x, y := p.X+t*(q.X-p.X), p.Y+t*(q.Y-p.Y)
				ts = append(ts, d.X*x+d.Y*y)
			}
		}
		slices.Sort(ts)
		for i := 0; i+1 < len(ts); i += 2 {
			x0, y0 := n.X*cut+d.X*ts[i], n.Y*cut+d.Y*ts[i]
			x1, y1 := n.X*cut+d.X*ts[i+1], n.Y*cut+d.Y*ts[i+1]
			dc.MoveTo(x0*k, y0*k)
			dc.LineTo(x1*k, y1*k)
			drawn = true
		}
	}
	if !drawn {
		return
	}
	dc.SetRGBA(float64(c.R)/255, float64(c.G)/255, float64(c.B)/255, a)
	dc.SetLineWidth(width * k)
	dc.SetDash()
	dc.SetLineCapButt()
	dc.Stroke()
}
