package timeline

// Marks are drawn in axis space: u runs along the time axis, v across it.
// A frame turns axis space into scene coordinates for one orientation.
type frame struct {
	vertical bool
}

// pt returns the scene point of u, v.
func (f frame) pt(u, v float64) Point {
	if f.vertical {
		return Point{v, u}
	}
	return Point{u, v}
}

// rect returns a rectangle covering u..u+lu along the axis and v..v+lv
// across it.
func (f frame) rect(u, v, lu, lv float64) Item {
	if f.vertical {
		return Item{Shape: ShapeRect, X: v, Y: u, W: lv, H: lu}
	}
	return Item{Shape: ShapeRect, X: u, Y: v, W: lu, H: lv}
}

// line returns a polyline through axis-space points (u, v pairs).
func (f frame) line(uv ...float64) Item {
	it := Item{Shape: ShapeLine}
	for i := 0; i+1 < len(uv); i += 2 {
		it.Points = append(it.Points, f.pt(uv[i], uv[i+1]))
	}
	return it
}

// polygon returns a closed polygon through axis-space points.
func (f frame) polygon(uv ...float64) Item {
	it := f.line(uv...)
	it.Shape = ShapePolygon
	return it
}

// circle returns a circle centred on u, v.
func (f frame) circle(u, v, r float64) Item {
	p := f.pt(u, v)
	return Item{Shape: ShapeCircle, X: p.X, Y: p.Y, R: r}
}

// Mark sizes in px.
const (
	pointR      = 5.0  // radius of a point mark
	barT        = 8.0  // thickness of a span bar
	minBar      = 4.0  // shortest span bar
	whisker     = 10.0 // how far an approximate date's whiskers reach
	unknownTail = 22.0 // length of the dotted tail of an unknown end
	arrowLen    = 7.0  // length of the arrow of an event cut by the crop
	markHalf    = 6.0  // half the room a mark takes across the axis
)

// Emphasis of a key event (importance: high), in px.
const (
	highStroke = 2.5 // outline of its mark
	highRing   = 8.0 // radius of the ring around its point
	highTitle  = 2.0 // how much larger its title is set
)

// markSpec is what a mark shows.
type markSpec struct {
	ext        extent
	cutStart   bool // starts before the crop's From
	cutEnd     bool // ends after the crop's To
	role       Role
	class      string
	aggregate  bool
	high       bool    // a key event: drawn with a heavier outline and a ring
	axisU0     float64 // the axis ends, where open ends fade out
	axisU1     float64
	u0, u1, at float64 // pixels of Lo, Hi, At
}

// drawnMark is a mark's items and the room it takes along the axis.
type drawnMark struct {
	items  []Item
	u0, u1 float64 // extent along the axis, whiskers and tails included
	mid    float64 // where connectors attach: a point's centre, near a bar's start
	keys   []legendKey
}

// drawMark draws the mark of spec centred across the axis on v.
func drawMark(f frame, s markSpec, v float64) drawnMark {
	var d drawnMark
	e := s.ext
	add := func(it Item, solid bool) {
		it.Role, it.Class = s.role, s.class
		if solid {
			it.Solid, it.Mark = true, true
		}
		d.items = append(d.items, it)
	}
	key := func(k legendKey) { d.keys = append(d.keys, k) }
	strokeOf := func() (Paint, Stroke) {
		switch {
		case e.Uncertain:
			key(keyUncertain)
			return PaintSoft, StrokeDashed
		case e.Approximate:
			return PaintSoft, StrokeSolid
		}
		return PaintSolid, StrokeNone
	}
	if e.Point && !s.aggregate {
		key(keyPoint)
		fill, stroke := strokeOf()
		c := f.circle(s.at, v, pointR)
		c.Fill, c.Stroke = fill, stroke
		if stroke == StrokeNone {
			c.Stroke = StrokeSolid
		}
		d.u0, d.u1, d.mid = s.at-pointR, s.at+pointR, s.at
		if s.high {
			key(keyHigh)
			c.Width = highStroke
			ring := f.circle(s.at, v, highRing)
			ring.Stroke, ring.Width = StrokeSolid, 1.5
			add(ring, false)
			d.u0, d.u1 = s.at-highRing-1, s.at+highRing+1
		}
		if e.Approximate {
			key(keyApproximate)
			d.items = append(d.items, whiskers(f, s, s.at-pointR, s.at+pointR, v)...)
			d.u0, d.u1 = s.at-pointR-whisker, s.at+pointR+whisker
		}
		add(c, true)
		d.keys = sortKeys(d.keys)
		return d
	}
	u0, u1 := s.u0, s.u1
	if e.Start == EndOpen || s.cutStart {
		u0 = s.axisU0
	}
	if e.End == EndOpen || s.cutEnd {
		u1 = s.axisU1
	}
	if u1-u0 < minBar {
		m := (u0 + u1) / 2
		u0, u1 = m-minBar/2, m+minBar/2
	}
	bar := f.rect(u0, v-barT/2, u1-u0, barT)
	bar.R = 1.5
	if s.aggregate {
		key(keyAggregate)
		bar.Fill, bar.Stroke = PaintHatch, StrokeSolid
	} else {
		key(keySpan)
		bar.Fill, bar.Stroke = strokeOf()
	}
	d.u0, d.u1, d.mid = u0, u1, u0+min(2, (u1-u0)/2)
	switch {
	case e.Start == EndOpen && e.End == EndOpen:
	case e.Start == EndOpen:
		key(keyOpen)
		bar.Fill, bar.Stroke = PaintFadeStart, StrokeNone
		d.mid = u1 - min(12, (u1-u0)/2)
	case e.End == EndOpen:
		key(keyOpen)
		bar.Fill, bar.Stroke = PaintFadeEnd, StrokeNone
		d.mid = u0 + min(12, (u1-u0)/2)
	}
	if e.Approximate && !s.aggregate {
		key(keyApproximate)
		d.items = append(d.items, whiskers(f, s, u0, u1, v)...)
		if e.Start != EndOpen && !s.cutStart {
			d.u0 = u0 - whisker
		}
		if e.End != EndOpen && !s.cutEnd {
			d.u1 = u1 + whisker
		}
	}
	if e.End == EndUnknown && !s.cutEnd {
		key(keyUnknown)
		end := min(u1+unknownTail, s.axisU1)
		t := f.line(u1, v, end, v)
		t.Stroke, t.Width = StrokeDotted, 2
		tick := f.line(end, v-4, end, v+4)
		tick.Stroke = StrokeSolid
		add(t, false)
		add(tick, false)
		d.u1 = max(d.u1, end)
	}
	if e.Start == EndUnknown && !s.cutStart {
		key(keyUnknown)
		start := max(u0-unknownTail, s.axisU0)
		t := f.line(start, v, u0, v)
		t.Stroke, t.Width = StrokeDotted, 2
		tick := f.line(start, v-4, start, v+4)
		tick.Stroke = StrokeSolid
		add(t, false)
		add(tick, false)
		d.u0 = min(d.u0, start)
	}
	if s.high {
		key(keyHigh)
		bar.Width = highStroke
		if bar.Stroke == StrokeNone {
			bar.Stroke = StrokeSolid
		}
	}
	add(bar, true)
	if s.cutStart {
		key(keyCut)
		a := f.polygon(u0, v, u0+arrowLen, v-markHalf, u0+arrowLen, v+markHalf)
		a.Fill, a.Stroke = PaintBackground, StrokeSolid
		add(a, false)
	}
	if s.cutEnd {
		key(keyCut)
		a := f.polygon(u1, v, u1-arrowLen, v-markHalf, u1-arrowLen, v+markHalf)
		a.Fill, a.Stroke = PaintBackground, StrokeSolid
		add(a, false)
	}
	d.keys = sortKeys(d.keys)
	return d
}

// whiskers draws the whiskers of an approximate date reaching whisker px
// beyond u0 and u1, with short end caps.
func whiskers(f frame, s markSpec, u0, u1, v float64) []Item {
	var out []Item
	mk := func(it Item) {
		it.Role, it.Class, it.Stroke = s.role, s.class, StrokeSolid
		out = append(out, it)
	}
	if !(s.ext.Start == EndOpen || s.cutStart) {
		mk(f.line(u0-whisker, v, u0, v))
		mk(f.line(u0-whisker, v-3, u0-whisker, v+3))
	}
	if !(s.ext.End == EndOpen || s.cutEnd) {
		mk(f.line(u1, v, u1+whisker, v))
		mk(f.line(u1+whisker, v-3, u1+whisker, v+3))
	}
	return out
}
