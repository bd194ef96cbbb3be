package timeline

import "sort"

// flowBox is the room a card of a horizontal timeline takes, relative to
// its connector at cx: the card reaches from cx+left to cx+right along the
// axis and is h tall, and its text starts at cx+text.
type flowBox struct {
	cx, left, right, text, h float64
}

// flowGaps are the least distances flow keeps.
type flowGaps struct {
	card float64 // between two cards
	conn float64 // between a connector and a card it passes
}

// placedBox is a card flow has placed.
type placedBox struct {
	x0, x1, y0, y1, cx float64
}

// flow places boxes, taken in time order, in a band limit px tall: each as
// high as it can go, moved right (never left, and never less than the box
// before) where the band has no room, so that labels read in time order
// from left to right and no connector, which runs from the top of a card
// down past the band's bottom, passes through another card:
//
//   - a card sits below every card its connector would cross;
//   - a card sits clear of the cards already placed, gaps.card apart;
//   - no connector placed earlier runs through a card's text.
//
// It returns the top of each box and how far each is moved (never
// decreasing), and ok false when a box taller than the band left no
// place.
func flow(boxes []flowBox, g flowGaps, limit float64) (y, shift []float64, ok bool) {
	y = make([]float64, len(boxes))
	shift = make([]float64, len(boxes))
	var active []placedBox
	var near []placedBox
	s := 0.0
	for i, bx := range boxes {
		if bx.h > limit {
			return nil, nil, false
		}
		for {
			x, x0, x1, t0 := bx.cx+s, bx.cx+bx.left+s, bx.cx+bx.right+s, bx.cx+bx.text+s
			// Boxes wholly left of this one never meet a later one.
			kept := active[:0]
			for _, p := range active {
				if p.x1+g.card+g.conn >= min(x0, x) {
					kept = append(kept, p)
				}
			}
			active = kept
			top, clash := 0.0, false
			near = near[:0]
			for _, p := range active {
				if p.x0-g.conn <= x && x <= p.x1+g.conn {
					top = max(top, p.y1+g.card)
				}
				if t0-g.conn <= p.cx && p.cx <= x1+g.conn && p.cx > x {
					clash = true // a connector would run through the text
				}
				if p.x0 < x1+g.card && x0 < p.x1+g.card {
					near = append(near, p)
				}
			}
			sort.Slice(near, func(a, b int) bool { return near[a].y0 < near[b].y0 })
			for _, p := range near {
				if top < p.y1+g.card && top+bx.h > p.y0-g.card {
					top = p.y1 + g.card
				}
			}
			if !clash && top+bx.h <= limit {
				y[i], shift[i] = top, s
				active = append(active, placedBox{x0: x0, x1: x1, y0: top, y1: top + bx.h, cx: x})
				break
			}
			// Move right to where the next card ends.
			next := -1.0
			for _, p := range active {
				for _, d := range []float64{p.x1 + g.card - (bx.cx + bx.left), p.x1 + g.conn - bx.cx, p.cx + g.conn - (bx.cx + bx.text)} {
					if d > s+1e-6 && (next < 0 || d < next) {
						next = d
					}
				}
			}
			if next < 0 {
				return nil, nil, false
			}
			s = next
		}
	}
	return y, shift, true
}
