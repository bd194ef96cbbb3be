package timeline

import "sort"

// Overlap is a pair of solid items that overlap: two labels, or a label
// and an event mark. A and B index Scene.Items, A < B.
type Overlap struct {
	A, B int
	// Area is where they overlap.
	Area Box
}

// overlapTolerance is how far (px) two boxes may reach into each other
// before they count as overlapping, so that boxes that touch do not.
const overlapTolerance = 0.05

// Overlaps returns every pair of solid items whose boxes overlap, except
// pairs of event marks (events on the same day may share a place), sorted
// by A then B. A well laid-out Scene has none.
func (s *Scene) Overlaps() []Overlap {
	type box struct {
		i int
		b Box
	}
	var boxes []box
	for i := range s.Items {
		it := &s.Items[i]
		if it.Solid {
			boxes = append(boxes, box{i, it.Bounds()})
		}
	}
	sort.Slice(boxes, func(a, b int) bool {
		if boxes[a].b.X != boxes[b].b.X {
			return boxes[a].b.X < boxes[b].b.X
		}
		return boxes[a].i < boxes[b].i
	})
	var out []Overlap
	for a := range boxes {
		p := boxes[a]
		for c := a + 1; c < len(boxes) && boxes[c].b.X < p.b.X+p.b.W-overlapTolerance; c++ {
			q := boxes[c]
			if s.Items[p.i].Mark && s.Items[q.i].Mark {
				continue
			}
			x0, x1 := max(p.b.X, q.b.X), min(p.b.X+p.b.W, q.b.X+q.b.W)
			y0, y1 := max(p.b.Y, q.b.Y), min(p.b.Y+p.b.H, q.b.Y+q.b.H)
			if x1-x0 > overlapTolerance && y1-y0 > overlapTolerance {
				i, j := p.i, q.i
				if i > j {
					i, j = j, i
				}
				out = append(out, Overlap{A: i, B: j, Area: Box{x0, y0, x1 - x0, y1 - y0}})
			}
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].A != out[b].A {
			return out[a].A < out[b].A
		}
		return out[a].B < out[b].B
	})
	return out
}

// OutOfBounds returns the indexes of the items that reach outside the
// Scene's 0..Width × 0..Height, in order. A well laid-out Scene has none.
func (s *Scene) OutOfBounds() []int {
	var out []int
	for i := range s.Items {
		b := s.Items[i].Bounds()
		if b.X < -overlapTolerance || b.Y < -overlapTolerance ||
			b.X+b.W > s.Width+overlapTolerance || b.Y+b.H > s.Height+overlapTolerance {
			out = append(out, i)
		}
	}
	return out
}
