package png

import (
	"math"

	"github.com/eventgraph/eventgraph/internal/textmetrics"
	"github.com/eventgraph/eventgraph/scene"
	"github.com/fogleman/gg"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// text draws a text element: its halo (the stroke) under its glyphs (the
// fill), line by line. The halo is stroked glyph by glyph: the rasteriser
// looks cells up along a row, so stroking a whole line at once costs about
// the square of its length (while each stroke, however small, visits every
// row of the image, so the fill stays one per line).
func (r *renderer) text(e *scene.Element, alpha float64) {
	if e.Font.Size <= 0 {
		return
	}
	f := face(e.Font.Bold, e.Font.Italic)
	dc := r.dc
	for _, l := range e.Lines {
		if !e.Stroke.None() {
			r.setStroke(e.Stroke, alpha)
			dc.SetDash()
			dc.SetLineJoinRound()
			r.glyphPath(f, e, l, dc.Stroke)
		}
		if !r.glyphPath(f, e, l, nil) {
			continue
		}
		if r.setFill(e.Fill, alpha) {
			dc.SetFillRuleWinding()
			dc.Fill()
		}
		dc.ClearPath()
	}
}

// glyphPath sets the current path to the outlines of one line, fitted to
// its measured width; false when it draws nothing. With each set, it is
// called after each glyph's outline is added (to stroke it, which clears
// the path).
func (r *renderer) glyphPath(f *sfnt.Font, e *scene.Element, l scene.Line, each func()) bool {
	buf := &r.buf
	upem := fixed.Int26_6(f.UnitsPerEm())
	ppem := upem << 6 // one pixel per font unit, outlines in 26.6 font units
	r.glyphs, r.xs = r.glyphs[:0], r.xs[:0]
	pen := 0.0
	prev := sfnt.GlyphIndex(0)
	for i, c := range l.Text {
		gi, ok := glyph(f, buf, c)
		if !ok {
			continue
		}
		if i > 0 && prev != 0 && gi != 0 {
			if k, err := f.Kern(buf, prev, gi, ppem, font.HintingNone); err == nil {
				pen += float64(k) / 64
			}
		}
		adv, err := f.GlyphAdvance(buf, gi, ppem, font.HintingNone)
		if err != nil {
			continue
		}
		r.glyphs = append(r.glyphs, gi)
		r.xs = append(r.xs, pen)
		pen += float64(adv) / 64
		prev = gi
	}
	if len(r.glyphs) == 0 {
		return false
	}
	size := e.Font.Size * r.scale
	k := size / float64(upem) // pixels per font unit, vertically
	natural := pen * k
	want := l.W
	if want == 0 {
		want = textmetrics.Width(l.Text, e.Font.Size, e.Font.Bold)
	}
	want *= r.scale
	sx := 1.0
	if want > 0 && natural > 0 {
		sx = math.Min(1.5, math.Max(0.66, want/natural))
	}
	w := natural * sx
	x, y := l.X*r.scale, l.Y*r.scale
	left := x
	switch e.Anchor {
	case scene.Middle:
		left -= w / 2
	case scene.End:
		left -= w
	}
	dc := r.dc
	dc.ClearPath()
	for i, gi := range r.glyphs {
		segs, err := f.LoadGlyph(buf, gi, ppem, nil)
		if err != nil {
			continue
		}
		addGlyph(dc, segs, left+r.xs[i]*k*sx, y, k*sx, k)
		if each != nil {
			each()
		}
	}
	return true
}

// addGlyph adds one glyph's outline to the path, its origin at x, y,
// scaled by kx, ky pixels per font unit.
func addGlyph(dc *gg.Context, segs sfnt.Segments, x, y, kx, ky float64) {
	pt := func(p fixed.Point26_6) (float64, float64) {
		return x + float64(p.X)/64*kx, y + float64(p.Y)/64*ky
	}
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			dc.NewSubPath()
			dc.MoveTo(pt(s.Args[0]))
		case sfnt.SegmentOpLineTo:
			dc.LineTo(pt(s.Args[0]))
		case sfnt.SegmentOpQuadTo:
			x1, y1 := pt(s.Args[0])
			x2, y2 := pt(s.Args[1])
			dc.QuadraticTo(x1, y1, x2, y2)
		case sfnt.SegmentOpCubeTo:
			x1, y1 := pt(s.Args[0])
			x2, y2 := pt(s.Args[1])
			x3, y3 := pt(s.Args[2])
			dc.CubicTo(x1, y1, x2, y2, x3, y3)
		}
	}
	dc.ClosePath()
}
