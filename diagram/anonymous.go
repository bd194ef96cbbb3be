package diagram

import (
	"github.com/eventgraph/eventgraph/graph"
)

// anonKey identifies anonymous claimant groups that are drawn as one node.
type anonKey struct {
	text  string
	count int
}

// mergeAnonymous draws anonymous claimant groups with the same description
// and count ("2 national security sources") as one node: the graph has one
// vertex per claim, but a reader sees the same unnamed sources behind
// several claims. The merged node keeps the smallest vertex ID, so nodes
// must be sorted by ID.
func mergeAnonymous(d *drawing) {
	first := map[anonKey]*node{}
	rename := map[string]string{}
	kept := d.nodes[:0]
	for _, n := range d.nodes {
		if n.kind != graph.KindAnonymous || n.v == nil || n.v.Anonymous == nil {
			kept = append(kept, n)
			continue
		}
		k := anonKey{clean(n.v.Anonymous.Anonymous), n.v.Anonymous.Count}
		if m, ok := first[k]; ok {
			rename[n.id] = m.id
			m.on = m.on || n.on
			continue
		}
		first[k] = n
		kept = append(kept, n)
	}
	d.nodes = kept
	if len(rename) == 0 {
		return
	}
	for _, e := range d.edges {
		if id, ok := rename[e.from]; ok {
			e.from = id
		}
		if id, ok := rename[e.to]; ok {
			e.to = id
		}
	}
}
