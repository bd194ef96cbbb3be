package timeline

import (
	"math"
	"sort"
)

// flowBox is the room a card of a horizontal timeline takes, relative to
// its connector at cx and its top: an L of two rectangles, so that a long
// bar takes a thin strip of the band and not a row. The mark reaches from
// cx+left to cx+markRight along the axis and is markH tall; the label's
// text reaches from cx+text to cx+right, from labelY down to h.
type flowBox struct {
	cx                  float64
	left, markRight     float64
	markH               float64
	text, right, labelY float64
	h                   float64
}

// rects returns the mark's and the label's rectangles of bx at shift s
// and top y.
func (bx flowBox) rects(s, y float64) [2]rect {
	x := bx.cx + s
	return [2]rect{
		{x + bx.left, x + bx.markRight, y, y + bx.markH},
		{x + bx.text, x + bx.right, y + bx.labelY, y + bx.h},
	}
}

// maxChasedMark is the longest mark flow moves a card past: a point with
// its whiskers. A card under a longer bar goes below it instead.
const maxChasedMark = 2*(pointR+whisker) + 1

// tiedPx is how close (px) two connectors stand for their cards to be
// on the same time.
const tiedPx = 1e-6

// rect is an axis-aligned rectangle of the band.
type rect struct{ x0, x1, y0, y1 float64 }

// flowGaps are the least distances flow keeps.
type flowGaps struct {
	card float64 // between two cards
	conn float64 // between a connector and a card it passes
}

// placedBox is a card flow has placed: its mark and label, and its
// connector at cx, which runs from the top y0 down past the band.
type placedBox struct {
	r      [2]rect
	cx, y0 float64
	i      int // index in the boxes
}

func (p placedBox) x1() float64 { return max(p.r[0].x1, p.r[1].x1) }

// flow places boxes, taken in time order, in a band limit px tall: each as
// high as it can go, moved right (never left, and never less than the box
// before) where the band has no room, so that labels read in time order
// from left to right and no connector, which runs from the top of a card
// down past the band's bottom, passes through another card:
//
//   - a card sits below every mark and label its connector would cross;
//   - a card's mark and label sit clear of those already placed, gaps.card
//     apart (a card may sit under a long bar, beside its label);
//   - no connector placed earlier runs through a card's text.
//
// It returns the top of each box and how far each is moved (never
// decreasing), and ok false when a box taller than the band left no
// place.
func flow(boxes []flowBox, g flowGaps, limit float64) (y, shift []float64, ok bool) {
	y = make([]float64, len(boxes))
	shift = make([]float64, len(boxes))
	var active, near []placedBox
	s := 0.0
	for i := 0; i < len(boxes); i++ {
		bx := boxes[i]
		if bx.h > limit {
			return nil, nil, false
		}
		for {
			x := bx.cx + s
			r := bx.rects(s, 0)
			x0, x1 := min(r[0].x0, r[1].x0), max(r[0].x1, r[1].x1)
			// Boxes wholly left of this one never meet a later one.
			kept := active[:0]
			for _, p := range active {
				if p.x1()+g.card+g.conn >= min(x0, x) {
					kept = append(kept, p)
				}
			}
			active = kept
			top := 0.0
			near = near[:0]
			for _, p := range active {
				for k, q := range p.r {
					if k == 0 && q.x1-q.x0 > maxChasedMark {
						continue // a connector may pass behind a bar
					}
					if q.x0-g.conn <= x && x <= q.x1+g.conn {
						top = max(top, q.y1+g.card) // the connector would cross it
					}
				}
				if min(p.r[0].x0, p.r[1].x0) < x1+g.card && x0 < p.x1()+g.card {
					near = append(near, p)
				}
			}
			sort.Slice(near, func(a, b int) bool { return near[a].y0 < near[b].y0 })
			// Push the card down below whatever its mark or label would
			// meet, until nothing does.
			for moved := true; moved; {
				moved = false
				for _, p := range near {
					for _, q := range p.r {
						for _, a := range r {
							if a.x0 < q.x1+g.card && q.x0 < a.x1+g.card && top+a.y0 < q.y1+g.card && top+a.y1 > q.y0-g.card {
								top = q.y1 + g.card - a.y0
								moved = true
							}
						}
					}
				}
			}
			// No connector placed earlier may run through the text.
			clash := false
			t0, t1 := r[1].x0, r[1].x1
			for _, p := range active {
				if t0-g.conn <= p.cx && p.cx <= t1+g.conn && p.cx > x {
					clash = true
					break
				}
			}
			if !clash && top+bx.h <= limit {
				y[i], shift[i] = top, s
				active = append(active, placedBox{r: bx.rects(s, top), cx: x, y0: top, i: i})
				break
			}
			// Move right to where the next mark, label or connector ends.
			next := -1.0
			try := func(d float64) {
				if d > s+1e-6 && (next < 0 || d < next) {
					next = d
				}
			}
			tie := tieStart(boxes, i)
			for _, p := range active {
				if p.i >= tie {
					continue // the cards tied to it move with it
				}
				for k, q := range p.r {
					if k == 0 && q.x1-q.x0 > maxChasedMark {
						// A bar's end moves with the axis's warp: a card
						// moved past it would chase it.
						continue
					}
					try(q.x1 + g.card - (bx.cx + bx.left))
					try(q.x1 + g.card - (bx.cx + bx.text))
					try(q.x1 + g.conn - bx.cx)
				}
				try(p.cx + g.conn - (bx.cx + bx.text))
			}
			if next < 0 {
				return nil, nil, false
			}
			if j := tie; j < i {
				// A card on the same time as the ones before moves with
				// them (a warp of the axis cannot part them): they are
				// placed again from the first, moved as far.
				kept := active[:0]
				for _, p := range active {
					if p.i < j {
						kept = append(kept, p)
					}
				}
				active, s, i = kept, next, j
				bx = boxes[i]
				continue
			}
			s = next
		}
	}
	return y, shift, true
}

// tieStart returns the first of the boxes before i whose connectors stand
// where boxes[i]'s does; i when none does.
func tieStart(boxes []flowBox, i int) int {
	for i > 0 && math.Abs(boxes[i].cx-boxes[i-1].cx) < tiedPx {
		i--
	}
	return i
}
