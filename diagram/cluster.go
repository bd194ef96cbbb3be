package diagram

import (
	"slices"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
)

// memberOf is the relation type whose members Options.Cluster groups.
const memberOf = "member-of"

// clusters returns, for Options.Cluster, the organizations that get a box
// (sorted by ID) and the box each grouped node goes in. An organization
// with members goes in its own box; another record goes in the box of the
// first organization by ID that it is a member of. Without Cluster both
// are empty.
func clusters(d *drawing, o Options) ([]string, map[string]string) {
	if !o.Cluster {
		return nil, nil
	}
	owners := map[string][]string{}
	for _, e := range d.edges {
		if e.kind != edgeKind(graph.EdgeRelation) || e.label != memberOf || e.from == e.to {
			continue
		}
		if n := d.node(e.to); n != nil && n.kind == casefile.KindOrganization {
			owners[e.from] = append(owners[e.from], e.to)
		}
	}
	in := map[string]string{}
	var boxes []string
	for _, orgs := range owners {
		for _, org := range orgs {
			if in[org] == "" {
				in[org] = org
				boxes = append(boxes, org)
			}
		}
	}
	for member, orgs := range owners {
		if in[member] == member {
			continue // it has a box of its own
		}
		in[member] = slices.Min(orgs)
	}
	slices.Sort(boxes)
	return boxes, in
}
