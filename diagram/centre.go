package diagram

import (
	"cmp"
	"slices"
)

// layoutCentre returns the record a dot layout arranges its columns
// around: the focus of a focus view; for the whole graph, the centre of
// its largest group of connected records (the record from which the
// farthest of them is the fewest ties away, then the one with the most
// ties, then the first by ID), so that the columns are as few as the
// graph allows and the picture stays narrow; "" for a path view or an
// empty drawing.
func layoutCentre(d *drawing, v View) string {
	switch {
	case v.Focus != "":
		return v.Focus
	case v.Path != nil || len(d.nodes) == 0:
		return ""
	}
	adj := map[string][]string{}
	for _, e := range d.edges {
		if e.from != e.to {
			adj[e.from] = append(adj[e.from], e.to)
			adj[e.to] = append(adj[e.to], e.from)
		}
	}
	// The largest component, its members in ID order.
	seen := map[string]bool{}
	var largest []string
	for _, n := range d.nodes {
		if seen[n.id] {
			continue
		}
		comp := []string{n.id}
		seen[n.id] = true
		for i := 0; i < len(comp); i++ {
			for _, m := range adj[comp[i]] {
				if !seen[m] {
					seen[m] = true
					comp = append(comp, m)
				}
			}
		}
		if len(comp) > len(largest) {
			largest = comp
		}
	}
	slices.Sort(largest)
	best, bestEcc := "", 0
	depth := map[string]int{}
	for _, id := range largest {
		clear(depth)
		depth[id] = 0
		ecc := reach(adj, depth, id, nil)
		if best == "" || cmp.Or(cmp.Compare(ecc, bestEcc), cmp.Compare(len(adj[best]), len(adj[id]))) < 0 {
			best, bestEcc = id, ecc
		}
	}
	return best
}
