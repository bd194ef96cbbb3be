package diagram

import (
	"math"
	"strings"

	"github.com/eventgraph/eventgraph/scene"
)

// maxLabelGap is how far, in pixels, an edge's label may stand from its
// line and still be read as on it.
const maxLabelGap = 8.0

// labelGap is the distance, in pixels, at which snapEdgeLabels leaves an
// edge's label from its line.
const labelGap = 2.0

// snapEdgeLabels moves each edge label that Graphviz left more than
// maxLabelGap pixels from its own line (a multi-line label's box is put
// beside the edge's middle, often well away from it) towards the nearest
// point of the line, until it stands labelGap from it, unless it would
// then overlap another text or a record's shape: a reader takes a label
// for the line it touches.
func snapEdgeLabels(s *scene.Scene) {
	type obstacle struct {
		box  scene.Box
		elem *scene.Element
	}
	var obstacles []obstacle
	var edges []*scene.Element
	s.Walk(func(e *scene.Element, parents []*scene.Element) {
		inEdge := false
		for _, p := range parents {
			inEdge = inEdge || isEdgeGroup(p)
		}
		switch {
		case isEdgeGroup(e):
			edges = append(edges, e)
		case e.Kind == scene.Text:
			for _, b := range e.LineBoxes() {
				obstacles = append(obstacles, obstacle{b, e})
			}
		case !inEdge && (e.Kind == scene.Rect || e.Kind == scene.Ellipse || e.Kind == scene.Polygon):
			obstacles = append(obstacles, obstacle{e.Bounds(), e})
		}
	})
	for _, g := range edges {
		var line []scene.Point
		var label *scene.Element
		for i := range g.Children {
			ch := &g.Children[i]
			switch ch.Kind {
			case scene.Path, scene.Polyline:
				line = append(line, sampled(ch)...)
			case scene.Text:
				if label == nil {
					label = ch
				}
			}
		}
		if label == nil || len(line) == 0 {
			continue
		}
		boxes := label.LineBoxes()
		gap, from, to := math.Inf(1), scene.Point{}, scene.Point{}
		for _, b := range boxes {
			for _, p := range line {
				if d := boxDistance(b, p); d < gap {
					gap, to = d, p
					from = scene.Point{X: min(max(p.X, b.X0), b.X1), Y: min(max(p.Y, b.Y0), b.Y1)}
				}
			}
		}
		if gap <= maxLabelGap || math.IsInf(gap, 1) {
			continue
		}
		k := (gap - labelGap) / gap
		dx, dy := (to.X-from.X)*k, (to.Y-from.Y)*k
		clear := true
		for _, b := range boxes {
			moved := scene.Box{X0: b.X0 + dx, Y0: b.Y0 + dy, X1: b.X1 + dx, Y1: b.Y1 + dy}
			for _, o := range obstacles {
				if o.elem != label && moved.Overlaps(o.box) {
					clear = false
				}
			}
		}
		if !clear {
			continue
		}
		for i := range label.Lines {
			label.Lines[i].X = round2(label.Lines[i].X + dx)
			label.Lines[i].Y = round2(label.Lines[i].Y + dy)
		}
		for i, o := range obstacles {
			if o.elem == label {
				obstacles[i].box = scene.Box{X0: o.box.X0 + dx, Y0: o.box.Y0 + dy, X1: o.box.X1 + dx, Y1: o.box.Y1 + dy}
			}
		}
	}
}

// isEdgeGroup reports whether e is the group of an edge.
func isEdgeGroup(e *scene.Element) bool {
	return e.Kind == scene.Group && strings.Contains(" "+e.Class+" ", " eg-edge ")
}

// sampled returns points along a path or polyline: its vertices, and 16
// points on each cubic curve.
func sampled(e *scene.Element) []scene.Point {
	if e.Kind == scene.Polyline {
		return e.Points
	}
	var out []scene.Point
	var cur scene.Point
	for _, sg := range e.Segments {
		switch sg.Op {
		case scene.MoveTo, scene.LineTo:
			if len(sg.Points) > 0 {
				cur = sg.Points[0]
				out = append(out, cur)
			}
		case scene.CubicTo:
			if len(sg.Points) < 3 {
				continue
			}
			p0, p1, p2, p3 := cur, sg.Points[0], sg.Points[1], sg.Points[2]
			for i := 1; i <= 16; i++ {
				u := float64(i) / 16
				a, b, c, d := (1-u)*(1-u)*(1-u), 3*(1-u)*(1-u)*u, 3*(1-u)*u*u, u*u*u
				out = append(out, scene.Point{X: a*p0.X + b*p1.X + c*p2.X + d*p3.X, Y: a*p0.Y + b*p1.Y + c*p2.Y + d*p3.Y})
			}
			cur = p3
		}
	}
	return out
}

// boxDistance returns the distance from p to box b (0 inside it).
func boxDistance(b scene.Box, p scene.Point) float64 {
	dx := max(b.X0-p.X, 0, p.X-b.X1)
	dy := max(b.Y0-p.Y, 0, p.Y-b.Y1)
	return math.Hypot(dx, dy)
}
