package diagram

import (
	"cmp"
	"math"
	"slices"

	"github.com/eventgraph/eventgraph/scene"
)

// eventsOutOfOrder counts, in a laid-out diagram of d drawn in direction
// dir, the events drawn after a later event of their column (the records
// at one place along the main axis: x for LR, y for TB), which the focus
// layout asks dot to keep in date order across it, and adds to swapped
// (when not nil) the IDs of those events and of the events they follow.
func eventsOutOfOrder(s *scene.Scene, d *drawing, dir Direction, swapped map[string]bool) int {
	byID := make(map[string]*node, len(d.nodes))
	for _, n := range d.nodes {
		if n.v != nil && n.v.Event != nil {
			byID[svgID("n-", n.id)] = n
		}
	}
	type placed struct {
		n           *node
		main, cross float64
	}
	var evs []placed
	for i := range s.Elements {
		e := &s.Elements[i]
		n := byID[e.ID]
		if e.Kind != scene.Group || n == nil {
			continue
		}
		b := e.Bounds()
		p := placed{n, math.Round((b.X0 + b.X1) / 2), (b.Y0 + b.Y1) / 2}
		if dir == TB {
			p.main, p.cross = math.Round((b.Y0+b.Y1)/2), (b.X0+b.X1)/2
		}
		evs = append(evs, p)
	}
	slices.SortFunc(evs, func(a, b placed) int { return cmp.Or(cmp.Compare(a.main, b.main), cmp.Compare(a.cross, b.cross)) })
	n := 0
	for i := 1; i < len(evs); i++ {
		if evs[i].main == evs[i-1].main && dateOf(evs[i].n).Compare(dateOf(evs[i-1].n)) < 0 {
			n++
			if swapped != nil {
				swapped[evs[i].n.id], swapped[evs[i-1].n.id] = true, true
			}
		}
	}
	return n
}
