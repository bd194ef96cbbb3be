package scene

import "math"

// Quality measures how readable a layout is: lines crossing, text lines
// overlapping, text crossed by lines. A line is a path or polyline, and
// belongs to the group it is drawn in; lines and texts of the same group
// never cross each other (an edge's label beside its own line), nor do
// crossings within EndGap pixels of a line's ends (edges meeting
// at a node).
type Quality struct {
	// Crossings counts the pairs of lines of different groups that cross,
	// once per crossing point.
	Crossings int `json:"crossings"`
	// TextOverlaps counts the pairs of text lines whose ink boxes overlap,
	// in any group: two lines of one text element never count (they are
	// set apart by their line height). An ink box is the line's measured
	// width from 0.8 em above the baseline (capitals, ascenders) to 0.15
	// em below it (descenders), not the font's whole ascent and descent:
	// lines set solid, one em apart, as Graphviz sets a label's lines, do
	// not collide.
	TextOverlaps int `json:"textOverlaps"`
	// TextCrossed counts the text lines that a line of another group
	// passes through.
	TextCrossed int `json:"textCrossed"`
}

// EndGap is the distance from a line's ends within which Quality does not
// count crossings.
const EndGap = 3

// qline is a line flattened to points, with its group.
type qline struct {
	pts   []Point
	box   Box
	group *Element
}

// qtext is a text line's box, with its group.
type qtext struct {
	box   Box
	group *Element
	elem  *Element
}

// Quality measures the scene (see Quality).
func (s *Scene) Quality() Quality {
	var lines []qline
	var texts []qtext
	s.Walk(func(e *Element, parents []*Element) {
		var g *Element
		if len(parents) > 0 {
			g = parents[len(parents)-1]
		}
		switch e.Kind {
		case Path, Polyline:
			pts := flatten(e)
			if len(pts) >= 2 {
				lines = append(lines, qline{pts, e.Bounds(), g})
			}
		case Text:
			for i, b := range e.LineBoxes() {
				y, size := e.Lines[i].Y, e.Font.Size
				b.Y0, b.Y1 = y-0.8*size, y+0.15*size
				texts = append(texts, qtext{b, g, e})
			}
		}
	})
	var q Quality
	for i := range lines {
		for j := i + 1; j < len(lines); j++ {
			a, b := &lines[i], &lines[j]
			if a.group == b.group || !touches(a.box, b.box) {
				continue
			}
			q.Crossings += crossings(a.pts, b.pts)
		}
	}
	for i := range texts {
		for j := i + 1; j < len(texts); j++ {
			if texts[i].elem != texts[j].elem && texts[i].box.Overlaps(texts[j].box) {
				q.TextOverlaps++
			}
		}
		for j := range lines {
			if lines[j].group != texts[i].group && touches(lines[j].box, texts[i].box) && crossesBox(lines[j].pts, texts[i].box) {
				q.TextCrossed++
				break
			}
		}
	}
	return q
}

// touches reports whether two boxes meet (lines have empty boxes).
func touches(a, b Box) bool {
	return a.X0 <= b.X1 && b.X0 <= a.X1 && a.Y0 <= b.Y1 && b.Y0 <= a.Y1
}

// flatten returns a path or polyline as points, each cubic Bézier as
// eight segments.
func flatten(e *Element) []Point {
	if e.Kind == Polyline {
		return e.Points
	}
	var out []Point
	for _, s := range e.Segments {
		switch s.Op {
		case MoveTo, LineTo:
			out = append(out, s.Points[0])
		case CubicTo:
			if len(out) == 0 {
				continue
			}
			p0 := out[len(out)-1]
			p1, p2, p3 := s.Points[0], s.Points[1], s.Points[2]
			for i := 1; i <= 8; i++ {
				t := float64(i) / 8
				u := 1 - t
				out = append(out, Point{
					X: u*u*u*p0.X + 3*u*u*t*p1.X + 3*u*t*t*p2.X + t*t*t*p3.X,
					Y: u*u*u*p0.Y + 3*u*u*t*p1.Y + 3*u*t*t*p2.Y + t*t*t*p3.Y,
				})
			}
		}
	}
	return out
}

// crossings counts the points where two polylines cross, away from their
// ends.
func crossings(a, b []Point) int {
	n := 0
	ends := []Point{a[0], a[len(a)-1], b[0], b[len(b)-1]}
	for i := 0; i+1 < len(a); i++ {
		for j := 0; j+1 < len(b); j++ {
			p, ok := intersect(a[i], a[i+1], b[j], b[j+1])
			if !ok {
				continue
			}
			near := false
			for _, e := range ends {
				if math.Hypot(p.X-e.X, p.Y-e.Y) < EndGap {
					near = true
				}
			}
			if !near {
				n++
			}
		}
	}
	return n
}

// intersect returns the point where segments pq and rs cross; a crossing
// exactly at the end of a segment counts for the segment it starts.
func intersect(p, q, r, s Point) (Point, bool) {
	d := (q.X-p.X)*(s.Y-r.Y) - (q.Y-p.Y)*(s.X-r.X)
	if d == 0 {
		return Point{}, false
	}
	t := ((r.X-p.X)*(s.Y-r.Y) - (r.Y-p.Y)*(s.X-r.X)) / d
	u := ((r.X-p.X)*(q.Y-p.Y) - (r.Y-p.Y)*(q.X-p.X)) / d
	if t < 0 || t >= 1 || u < 0 || u >= 1 {
		return Point{}, false
	}
	return Point{X: p.X + t*(q.X-p.X), Y: p.Y + t*(q.Y-p.Y)}, true
}

// crossesBox reports whether a polyline passes through a box's inside.
func crossesBox(pts []Point, b Box) bool {
	in := func(p Point) bool { return p.X > b.X0 && p.X < b.X1 && p.Y > b.Y0 && p.Y < b.Y1 }
	corners := []Point{{X: b.X0, Y: b.Y0}, {X: b.X1, Y: b.Y0}, {X: b.X1, Y: b.Y1}, {X: b.X0, Y: b.Y1}}
	for i := 0; i+1 < len(pts); i++ {
		if in(pts[i]) || in(pts[i+1]) {
			return true
		}
		for k := range 4 {
			if _, ok := intersect(pts[i], pts[i+1], corners[k], corners[(k+1)%4]); ok {
				return true
			}
		}
	}
	return false
}
