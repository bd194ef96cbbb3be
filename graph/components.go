package graph

import (
	"cmp"
	"slices"
	"strings"
)

// Components returns the connected components of the graph, edges taken in
// either direction: each a list of IDs sorted ascending, the components
// sorted by size (largest first), then by first ID. A record with no edges
// is a component of its own.
func (g *Graph) Components() [][]string {
	comp := make([]int32, len(g.vertices))
	for i := range comp {
		comp[i] = -1
	}
	var out [][]string
	var stack []int32
	for s := range int32(len(g.vertices)) {
		if comp[s] >= 0 {
			continue
		}
		id := int32(len(out))
		comp[s] = id
		var members []int32
		stack = append(stack[:0], s)
		for len(stack) > 0 {
			v := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			members = append(members, v)
			for _, w := range g.neighbours(v) {
				if comp[w] < 0 {
					comp[w] = id
					stack = append(stack, w)
				}
			}
		}
		slices.Sort(members)
		ids := make([]string, len(members))
		for i, v := range members {
			ids[i] = g.vertices[v].ID
		}
		out = append(out, ids)
	}
	slices.SortStableFunc(out, func(a, b []string) int {
		return cmp.Or(cmp.Compare(len(b), len(a)), strings.Compare(a[0], b[0]))
	})
	return out
}
