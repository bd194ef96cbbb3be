package timeline

import (
	"math"
	"sort"
)

// placeOn lays es out on the axis l px long in a band band px tall, the
// axis warped so that each card moves right as far as flow asks (a bar
// keeps its length: its end moves as far as its start, and the stretch
// falls in the empty time after it), then placed again on the warped
// axis until nothing moves. It reports whether the result fits the page;
// quick skips the warp, to rule out what cannot fit.
func (h *horizontal) placeOn(es []*entry, labels *cardCache, l, band float64, quick bool) (hplaced, bool) {
	ua, ub := h.ua, h.ub
	gaps := flowGaps{card: hCardGap, conn: hConnGap}
	p := hplaced{sc: h.axisAt(l), cards: make([]hcard, len(es))}
	for i, en := range es {
		p.cards[i] = h.build(en, p.sc, labels)
	}
	// Cards are placed in the time order of their connectors: a
	// point's instant, a bar's start, or the end of a bar reaching
	// past the axis's start (see anchorTimes).
	sort.SliceStable(p.cards, func(i, j int) bool {
		ti, _ := anchorTimes(p.cards[i].en)
		tj, _ := anchorTimes(p.cards[j].en)
		if ti != tj {
			return ti < tj
		}
		return p.cards[i].mark.mid < p.cards[j].mark.mid
	})
	es = make([]*entry, len(p.cards))
	boxes := make([]flowBox, len(es))
	for i, c := range p.cards {
		es[i], boxes[i] = c.en, c.box()
	}
	var ok bool
	if p.ys, p.shift, ok = flow(boxes, gaps, band); !ok {
		return p, false
	}
	if quick {
		return p, p.reach(boxes, p.shift, ua+l) <= ub+0.01
	}
	base, baseEnd := make([]float64, len(es)), make([]float64, len(es))
	for i, c := range p.cards {
		base[i], baseEnd[i] = anchorTimes(c.en)
		base[i], baseEnd[i] = p.sc.linear(base[i]), p.sc.linear(baseEnd[i])
	}
	shift := append([]float64(nil), p.shift...)
	for range 12 {
		if !anyMoved(shift) {
			return p, p.reach(boxes, nil, ua+l) <= ub+0.01
		}
		w := make([]knot, 0, 2*len(es))
		for i := range es {
			w = append(w, knot{P: base[i], D: shift[i]})
			if math.Abs(baseEnd[i]-base[i]) > 2*pointR {
				w = append(w, knot{P: baseEnd[i], D: shift[i]})
			}
		}
		p.sc.warp = settle(w, p.sc)
		for i, en := range es {
			p.cards[i] = h.build(en, p.sc, labels)
			boxes[i] = p.cards[i].box()
		}
		ys, more, ok := flow(boxes, gaps, band)
		if !ok {
			return p, false
		}
		p.ys = ys
		if !anyMoved(more) {
			return p, p.reach(boxes, nil, p.sc.end()) <= ub+0.01
		}
		for i := range shift {
			shift[i] += more[i]
		}
	}
	return p, false
}

// longest returns the longest axis (to 1%, bisected) on which es fit a
// band band px tall, and false when none from the shortest up does.
func (h *horizontal) longest(es []*entry, labels *cardCache, band float64) (float64, bool) {
	full := h.ub - h.ua
	fits := func(l float64) bool {
		_, ok := h.placeOn(es, labels, l, band, false)
		return ok
	}
	if fits(full) {
		return full, true
	}
	// Whether labels fit does not always grow as the axis shortens
	// (a label may fall on either side of another): scan down in
	// tenths, then bisect below the first that fails.
	lo, hi, ok := h.least, full, false
	for k := 1; k <= hScanSteps; k++ {
		l := full - float64(k)*(full-h.least)/hScanSteps
		if fits(l) {
			lo, ok = l, true
			break
		}
		hi = l
	}
	if !ok {
		return 0, false
	}
	for hi-lo > 0.01*full {
		if mid := (lo + hi) / 2; fits(mid) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo, true
}

// hplaced is a placement of the cards of a horizontal timeline: the
// cards on the (warped) axis, the top of each in the band, and how far
// flow moved each before the axis was warped for it.
type hplaced struct {
	sc    scale
	cards []hcard
	ys    []float64
	shift []float64
}

// reach returns how far right the cards of boxes reach, each moved by its
// shift (none: not moved), and the axis's end.
func (p hplaced) reach(boxes []flowBox, shift []float64, axisEnd float64) float64 {
	r := axisEnd
	for i, bx := range boxes {
		s := 0.0
		if shift != nil {
			s = shift[i]
		}
		r = max(r, bx.cx+max(bx.right, bx.markRight)+s)
	}
	if len(shift) > 0 {
		r = max(r, axisEnd+shift[len(shift)-1])
	}
	return r
}

// anchorTimes returns the time a card's connector stands at (a point's
// instant, a bar's start, or the end of a bar with an open or cut start)
// and the other end of its bar, where a warp of the axis puts knots.
func anchorTimes(en *entry) (at, other float64) {
	e := en.ext
	switch {
	case e.Point && en.members == nil:
		return e.At, e.At
	case e.Start == EndOpen || en.cutS:
		return e.Hi, e.Lo
	}
	return e.Lo, e.Hi
}

// anyMoved reports whether any shift moves a card right.
func anyMoved(shift []float64) bool {
	for _, v := range shift {
		if v > 0.01 {
			return true
		}
	}
	return false
}
