package scene

import (
	"math"

	"github.com/eventgraph/eventgraph/internal/textmetrics"
)

// Box is an axis-aligned rectangle.
type Box struct {
	X0, Y0, X1, Y1 float64
}

// Empty reports whether b covers nothing.
func (b Box) Empty() bool { return !(b.X1 > b.X0 && b.Y1 > b.Y0) }

// Overlaps reports whether two boxes share an area.
func (b Box) Overlaps(c Box) bool {
	return b.X0 < c.X1 && c.X0 < b.X1 && b.Y0 < c.Y1 && c.Y0 < b.Y1
}

// union returns the smallest box holding both.
func (b Box) union(c Box) Box {
	return Box{math.Min(b.X0, c.X0), math.Min(b.Y0, c.Y0), math.Max(b.X1, c.X1), math.Max(b.Y1, c.Y1)}
}

// Bounds returns the box an element covers, without its stroke's width;
// a group's is its children's. A text's lines are measured with
// internal/textmetrics (Arial's metrics) unless the layout gave their
// width, from ascent to descent.
func (e *Element) Bounds() Box {
	var b Box
	first := true
	add := func(c Box) {
		if first {
			b, first = c, false
			return
		}
		b = b.union(c)
	}
	pt := func(p Point) { add(Box{p.X, p.Y, p.X, p.Y}) }
	switch e.Kind {
	case Group:
		for i := range e.Children {
			add(e.Children[i].Bounds())
		}
	case Rect:
		add(Box{e.X, e.Y, e.X + e.W, e.Y + e.H})
	case Ellipse:
		add(Box{e.X - e.RX, e.Y - e.RY, e.X + e.RX, e.Y + e.RY})
	case Polygon, Polyline:
		for _, p := range e.Points {
			pt(p)
		}
	case Path:
		// Control points bound a Bézier curve: a little generous, never short.
		for _, s := range e.Segments {
			for _, p := range s.Points {
				pt(p)
			}
		}
	case Text:
		for _, l := range e.LineBoxes() {
			add(l)
		}
	}
	return b
}

// LineBoxes returns the box of each of a text's lines: its measured
// width placed by the anchor, from the font's ascent above the baseline
// to its descent below.
func (e *Element) LineBoxes() []Box {
	out := make([]Box, 0, len(e.Lines))
	size := e.Font.Size
	for _, l := range e.Lines {
		w := l.W
		if w == 0 {
			w = textmetrics.Width(l.Text, size, e.Font.Bold)
		}
		x := l.X
		switch e.Anchor {
		case Middle:
			x -= w / 2
		case End:
			x -= w
		}
		out = append(out, Box{x, l.Y - textmetrics.Ascent(size), x + w, l.Y + textmetrics.Descent(size)})
	}
	return out
}
