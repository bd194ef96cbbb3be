package draw

import (
	"math"

	"github.com/eventgraph/eventgraph/timeline"
)

// haloCell is the side of the cells of the index of what lies under a
// text.
const haloCell = 64.0

// halos reports, for each text item of s that asks for a halo, whether
// anything drawn before it lies under it: only then does the halo (an
// outline in the page colour around the glyphs) change a pixel, so a
// text on the bare page is drawn without one. Stroking glyph outlines is
// most of a raster backend's time, and the layout keeps lines from
// passing under text, so most halos go.
func halos(s *timeline.Scene) []bool {
	need := make([]bool, len(s.Items))
	grid := map[[2]int][]int{} // cell -> items drawn in it, in drawing order
	cells := func(b timeline.Box, f func(c [2]int)) {
		x0, y0 := int(math.Floor(b.X/haloCell)), int(math.Floor(b.Y/haloCell))
		x1, y1 := int(math.Floor((b.X+b.W)/haloCell)), int(math.Floor((b.Y+b.H)/haloCell))
		for y := y0; y <= y1; y++ {
			for x := x0; x <= x1; x++ {
				f([2]int{x, y})
			}
		}
	}
	for i := range s.Items {
		it := &s.Items[i]
		b := reach(it)
		if it.Shape == timeline.ShapeText && it.Halo {
			cells(b, func(c [2]int) {
				if need[i] {
					return
				}
				for _, j := range grid[c] {
					if meets(b, reach(&s.Items[j])) {
						need[i] = true
						return
					}
				}
			})
		}
		if it.Shape != timeline.ShapeText {
			// The layout keeps texts apart; a halo masks shapes only.
			cells(b, func(c [2]int) { grid[c] = append(grid[c], i) })
		}
	}
	return need
}

// reach returns the box an item may paint: its bounds with room for a
// stroke, and for a text its glyphs (ascenders above the first baseline,
// descenders below the last, the halo's width around them).
func reach(it *timeline.Item) timeline.Box {
	b := it.Bounds()
	pad := 1 + max(it.Width, 3)/2 // the widest role stroke is 3
	if it.Shape == timeline.ShapeText {
		x0, y0, x1, y1 := b.X, b.Y, b.X+b.W, b.Y+b.H
		for _, l := range it.Lines {
			y0, y1 = min(y0, l.Y-it.Size), max(y1, l.Y+it.Size*0.3)
		}
		b, pad = timeline.Box{X: x0, Y: y0, W: x1 - x0, H: y1 - y0}, 2.5
	}
	return timeline.Box{X: b.X - pad, Y: b.Y - pad, W: b.W + 2*pad, H: b.H + 2*pad}
}

// meets reports whether two boxes overlap.
func meets(a, b timeline.Box) bool {
	return a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H
}
