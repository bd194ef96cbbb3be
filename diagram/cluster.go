package diagram

import (
	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/diagram/dotgraph"
	"github.com/eventgraph/eventgraph/graph"
)

// memberOf is the relation type whose members Options.Cluster groups.
const memberOf = "member-of"

// clusterTree is the boxes Options.Cluster draws: one per organization
// that has drawn members or sub-organizations, nested as the
// organizations are.
type clusterTree struct {
	boxes []string          // organizations with a box, sorted by ID
	in    map[string]string // node ID -> the box it is drawn in; an organization with a box is in its own
	outer map[string]string // box -> the box it is nested in
}

// clusters returns the boxes of Options.Cluster. Each drawn record goes
// in the box of its container: for an organization its parent (the
// organization's parent field, a "part of" edge), else for any record the
// first organization by ID it is a member of (member-of relations). An
// organization that contains something gets a box, drawn inside its own
// container's box. A container that would make a loop (A a member of B, B
// of A) is skipped, records taken in ID order. Without Cluster the tree is
// empty.
func clusters(d *drawing, o Options) clusterTree {
	t := clusterTree{in: map[string]string{}, outer: map[string]string{}}
	if !o.Cluster {
		return t
	}
	parent := map[string]string{}
	members := map[string][]string{}
	for _, e := range d.edges {
		if e.from == e.to {
			continue
		}
		to := d.node(e.to)
		if to == nil || to.kind != casefile.KindOrganization {
			continue
		}
		switch {
		case e.kind == edgeKind(graph.EdgeParent):
			parent[e.from] = e.to
		case e.kind == edgeKind(graph.EdgeRelation) && e.label == memberOf:
			members[e.from] = append(members[e.from], e.to)
		}
	}
	container := map[string]string{}
	loops := func(x, c string) bool {
		for ; c != ""; c = container[c] {
			if c == x {
				return true
			}
		}
		return false
	}
	for _, n := range d.nodes { // in ID order
		cands := uniqueSorted(members[n.id])
		if p := parent[n.id]; p != "" {
			cands = append([]string{p}, cands...)
		}
		for _, c := range cands {
			if !loops(n.id, c) {
				container[n.id] = c
				break
			}
		}
	}
	boxed := map[string]bool{}
	for _, c := range container {
		boxed[c] = true
	}
	for _, n := range d.nodes {
		switch {
		case boxed[n.id]:
			t.boxes = append(t.boxes, n.id)
			t.in[n.id] = n.id
			if c := container[n.id]; c != "" {
				t.outer[n.id] = c
			}
		case container[n.id] != "":
			t.in[n.id] = container[n.id]
		}
	}
	return t
}

// clusterStmts returns the boxes nested in outer ("" for the top level)
// with the nodes in them, as subgraphs.
func (p painter) clusterStmts(t clusterTree, outer string) []dotgraph.Stmt {
	var out []dotgraph.Stmt
	for _, org := range t.boxes {
		if t.outer[org] != outer {
			continue
		}
		sub := &dotgraph.Subgraph{Name: "cluster_" + org, Attrs: p.clusterAttrs(org)}
		for _, n := range p.d.nodes {
			if t.in[n.id] == org {
				sub.Add(dotgraph.Node{ID: dotName(n.id), Attrs: p.nodeAttrs(n)})
			}
		}
		sub.Add(p.clusterStmts(t, org)...)
		out = append(out, sub)
	}
	return out
}

// clusterAttrs returns the attributes of an organization's box: a
// rounded dashed outline in the organizations' colour, titled top left
// with the organization's name.
func (p painter) clusterAttrs(org string) []attr {
	name := org
	if n := p.d.node(org); n != nil && n.v != nil && clean(n.v.Label) != "" {
		name = n.v.Label
	}
	stroke := p.t.Organization.Stroke
	return []attr{
		str("id", svgID("c-", org)), str("class", "eg-cluster"),
		htmlAttr("label", block(wrap(name, smallSize+0.5, true, nameWrap*1.5, 2), smallSize+0.5, stroke, true, false)),
		str("labeljust", "l"), str("labelloc", "t"), str("style", "rounded,dashed"),
		str("color", stroke), str("fontcolor", stroke), num("penwidth", 1), num("margin", 10),
	}
}
