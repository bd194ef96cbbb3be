package graph

import "fmt"

// unknown returns the error for an ID that names no vertex, suggesting the
// nearest vertex ID when one is close.
func (g *Graph) unknown(id string) error {
	for p := g.parent; p != nil; p = p.parent {
		if _, ok := p.index[id]; ok {
			return fmt.Errorf("%w %q: %s", ErrUnknownRecord, id, g.left)
		}
	}
	if s := g.nearest(id); s != "" {
		return fmt.Errorf("%w %q, did you mean %q?", ErrUnknownRecord, id, s)
	}
	return fmt.Errorf("%w %q", ErrUnknownRecord, id)
}

// lookup returns the position of the vertex id, or an error wrapping
// ErrUnknownRecord.
func (g *Graph) lookup(id string) (int32, error) {
	v, ok := g.index[id]
	if !ok {
		return 0, g.unknown(id)
	}
	return v, nil
}

// nearest returns the vertex ID with the smallest edit distance to id (the
// first by ID on ties), or "" when none is within a third of id's length
// (at least 1, at most 3 edits).
func (g *Graph) nearest(id string) string {
	limit := min(max(len(id)/3, 1), 3)
	best, bestD := "", limit+1
	for _, v := range g.vertices {
		if d := len(v.ID) - len(id); d > limit || -d > limit {
			continue
		}
		if d := distance(id, v.ID, bestD); d < bestD {
			best, bestD = v.ID, d
		}
	}
	return best
}

// distance returns the Levenshtein distance between a and b (bytewise), or
// any value >= bound once it is certain to reach bound.
func distance(a, b string, bound int) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin >= bound {
			return bound
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
