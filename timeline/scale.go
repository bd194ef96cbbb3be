package timeline

import "sort"

// Segment is one stretch of the time axis drawn at a constant scale: times
// From..To (day numbers) map linearly onto pixels Start..End.
type Segment struct {
	From  float64 `json:"from"`
	To    float64 `json:"to"`
	Start float64 `json:"start"`
	End   float64 `json:"end"`
	// first and last bound the days the segment's events cover (last
	// exclusive), inside the padding around them: a tick of a day outside
	// them that is no natural boundary would name a day with no event.
	first, last float64
}

// scale maps times onto pixels along the axis, piecewise linearly over its
// segments. Between two segments lies an axis break: times in the gap map
// linearly onto the break's few pixels, so spans crossing it stay whole.
// A warp then shifts pixels further along, by amounts interpolated
// linearly between its knots (see warpFor).
type scale struct {
	segs []Segment
	// warp lists, in time order, how far times are shifted; none leaves
	// the scale linear over each segment.
	warp []knot
	// finest is the finest tick unit the dates drawn call for: days unless
	// some date states a time of day.
	finest tickUnit
}

// knot shifts the time drawn at P px on the unwarped axis by D px.
type knot struct {
	P, D float64
}

// pos returns the pixel of time t. Times before the first segment or after
// the last are clamped to the axis ends.
func (s scale) pos(t float64) float64 {
	p := s.linear(t)
	return p + s.shift(p)
}

// shift returns how far the warp moves what the unwarped axis draws at p:
// the shift of the nearest knot outside the knots, interpolated linearly
// between them (in px, so that the warped axis keeps times in order).
func (s scale) shift(p float64) float64 {
	w := s.warp
	switch {
	case len(w) == 0:
		return 0
	case p <= w[0].P:
		return w[0].D
	case p >= w[len(w)-1].P:
		return w[len(w)-1].D
	}
	i := sort.Search(len(w), func(i int) bool { return w[i].P >= p })
	return lerp(p, w[i-1].P, w[i].P, w[i-1].D, w[i].D)
}

// linear returns the pixel of time t before any warp.
func (s scale) linear(t float64) float64 {
	segs := s.segs
	if len(segs) == 0 {
		return 0
	}
	if t <= segs[0].From {
		return segs[0].Start
	}
	last := segs[len(segs)-1]
	if t >= last.To {
		return last.End
	}
	// The first segment ending at or after t.
	i := sort.Search(len(segs), func(i int) bool { return segs[i].To >= t })
	g := segs[i]
	if t >= g.From {
		return lerp(t, g.From, g.To, g.Start, g.End)
	}
	p := segs[i-1]
	return lerp(t, p.To, g.From, p.End, g.Start)
}

// start and end return the pixels of the axis ends.
func (s scale) start() float64 { return s.pos(s.segs[0].From) }
func (s scale) end() float64   { return s.pos(s.segs[len(s.segs)-1].To) }

// lerp maps t from a..b onto c..d; a zero-length a..b maps to the middle.
func lerp(t, a, b, c, d float64) float64 {
	if b == a {
		return (c + d) / 2
	}
	return c + (t-a)/(b-a)*(d-c)
}

// segment returns the index of the segment time t falls in; a time in a
// break counts with the segment after it.
func (s scale) segment(t float64) int {
	i := sort.Search(len(s.segs), func(i int) bool { return s.segs[i].To >= t })
	return min(i, len(s.segs)-1)
}
