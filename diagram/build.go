package diagram

import (
	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
)

// kindBit returns the Kinds bit that draws vertices of kind k. Anonymous
// claimant groups are drawn with people.
func kindBit(k casefile.Kind) Kinds {
	switch k {
	case casefile.KindPerson, graph.KindAnonymous:
		return People
	case casefile.KindOrganization:
		return Organizations
	case casefile.KindEvent:
		return Events
	case casefile.KindClaim:
		return Claims
	case casefile.KindSource:
		return Sources
	}
	return 0
}

// build turns view vw into a drawing laid out as o says: the records of
// the kinds drawn, their ties, events and claims left out folded into
// edges, and anonymous groups with the same description merged.
func build(vw View, o Options) (*drawing, error) {
	g := vw.Graph
	v := selectView(vw)
	kinds := vw.kinds()
	d := &drawing{highlight: v.onPath != nil, viewed: len(v.vertices)}
	byID := make(map[string]*graph.Vertex, len(v.vertices))
	drawn := make(map[string]bool, len(v.vertices))
	for _, x := range v.vertices {
		byID[x.ID] = x
		if kinds.Has(kindBit(x.Kind)) {
			drawn[x.ID] = true
			n := &node{id: x.ID, kind: x.Kind, v: x, on: v.onPath[x.ID]}
			if x.Kind == casefile.KindClaim {
				n.responses = responsesOf(g, x.Claim)
			}
			d.nodes = append(d.nodes, n)
		}
	}
	f := newFolder(g, byID, drawn, v)
	for _, e := range v.edges {
		f.index(e)
		if drawn[e.From] && drawn[e.To] {
			d.edges = append(d.edges, drawnEdge(e, byID, v.onEdge[keyOf(e)]))
		}
	}
	d.edges = append(d.edges, f.fold()...)
	dropAnsweredAbout(d)
	d.sort()
	mergeAnonymous(d)
	d.sort()
	// After mergeAnonymous, so that the claims of one unnamed group merge
	// into one tie too.
	mergeFolded(d)
	d.sort()
	dropStranded(d, v, vw)
	d.centre = layoutCentre(d, vw)
	switch {
	case vw.Focus != "":
		foldMore(d, vw.Focus, vw.maxNodes())
	case vw.Path == nil && vw.MaxNodes > 0:
		foldMore(d, d.centre, vw.MaxNodes)
	}
	if err := checkBudget(d, o); err != nil {
		return nil, err
	}
	return d, nil
}

// dropStranded leaves out the nodes whose every tie in the view went to
// records that are not drawn (the reporters and outlets of sources when
// sources are not drawn): alone in a corner they tell nothing. Records
// with no ties at all, the focus and the ends of a path stay.
func dropStranded(d *drawing, v *view, vw View) {
	from, to := vw.ends()
	tied := map[string]bool{}
	for _, e := range v.edges {
		tied[e.From], tied[e.To] = true, true
	}
	drawnTie := map[string]bool{}
	for _, e := range d.edges {
		drawnTie[e.from], drawnTie[e.to] = true, true
	}
	kept := d.nodes[:0]
	for _, n := range d.nodes {
		keep := drawnTie[n.id] || !tied[n.id] || n.id == vw.Focus || n.id == from || n.id == to
		if keep {
			kept = append(kept, n)
		}
	}
	d.nodes = kept
}

// drawnEdge returns the drawing's edge for a graph edge whose two ends are
// drawn.
func drawnEdge(e graph.Edge, byID map[string]*graph.Vertex, on bool) *edge {
	out := &edge{from: e.From, to: e.To, kind: edgeKind(e.Kind), label: e.Label, date: e.Date, on: on}
	switch e.Kind {
	case graph.EdgeResponse:
		out.stance = casefile.Stance(e.Label)
		out.status = claimStatus(byID[e.To])
	case graph.EdgeClaimant:
		out.status = claimStatus(byID[e.To])
	case graph.EdgeAbout:
		out.status = claimStatus(byID[e.From])
	}
	return out
}

// claimStatus returns the status of a claim vertex, or "" for anything else.
func claimStatus(x *graph.Vertex) casefile.Status {
	if x == nil || x.Claim == nil {
		return ""
	}
	return x.Claim.Status
}

// badgeOf returns the badge of a claim status in casefile's words
// ("DISPUTED"); an unknown status reads as alleged.
func badgeOf(s casefile.Status) string {
	if b := s.Words().Badge; b != "" {
		return b
	}
	return casefile.StatusAlleged.Words().Badge
}

// dropAnsweredAbout leaves out the response edges of a claim's subjects:
// the claim's line to what it is about already joins them, carrying the
// claim's status, and the response is written in the claim's box, so a
// second line back would only double the lines that meet at the subject.
// Responses of anyone else keep their line.
func dropAnsweredAbout(d *drawing) {
	about := map[[2]string]bool{}
	for _, e := range d.edges {
		if e.kind == edgeKind(graph.EdgeAbout) {
			about[[2]string{e.from, e.to}] = true
		}
	}
	kept := d.edges[:0]
	for _, e := range d.edges {
		if e.kind == edgeKind(graph.EdgeResponse) && about[[2]string{e.to, e.from}] {
			continue
		}
		kept = append(kept, e)
	}
	d.edges = kept
}
