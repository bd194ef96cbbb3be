package diagram

import (
	"math"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/diagram/dotgraph"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/theme"
)

// noDate is the zero date: legend samples show no dates.
var noDate edtf.Value

// legendNode is a node mark of the legend: a sample node with a text that
// names what it stands for.
type legendNode struct {
	mark string
	v    graph.Vertex
}

// statuses lists claim statuses in casefile's order.
var statuses = casefile.Statuses

// legendNodes returns every node mark the legend can show, in its order.
func legendNodes() []legendNode {
	out := []legendNode{
		{"person", graph.Vertex{Kind: casefile.KindPerson, Label: "Person"}},
		{"organization", graph.Vertex{Kind: casefile.KindOrganization, Label: "Organization",
			Organization: &casefile.Organization{Kind: "kind"}}},
		{"cluster", graph.Vertex{}},
		{"event", graph.Vertex{Kind: casefile.KindEvent, Label: "Event, its date above", Event: &casefile.Event{}}},
		{string(graph.KindAnonymous), graph.Vertex{Kind: graph.KindAnonymous, Label: "anonymous claimants"}},
	}
	for _, s := range statuses {
		out = append(out, legendNode{"claim-" + string(s), graph.Vertex{Kind: casefile.KindClaim,
			Label: s.Meaning(), Claim: &casefile.Claim{Status: s}}})
	}
	return append(out, legendNode{"source", graph.Vertex{Kind: casefile.KindSource, Label: "Source", Source: &casefile.Source{}}})
}

// legendEdge is an edge mark of the legend: a sample edge labelled with
// what it stands for.
type legendEdge struct {
	mark string
	e    edge
	text string
}

// textCell is the width in points of the cell of every edge sample's
// text: the widest of them all, so that all texts line up in every legend.
func textCell(samples []legendEdge) float64 {
	w := 0.0
	for _, s := range samples {
		w = max(w, textWidth(s.text, smallSize+1, false))
	}
	return math.Ceil(w)
}

// legendEdges returns every edge mark the legend can show, in its order.
func legendEdges() []legendEdge {
	out := []legendEdge{
		{"participant", edge{kind: edgeKind(graph.EdgeParticipant)}, "takes part in an event (role)"},
		{"relation", edge{kind: edgeKind(graph.EdgeRelation)}, "relation (type, dates)"},
		{"parent", edge{kind: edgeKind(graph.EdgeParent)}, "part of"},
		{"claimant", edge{kind: edgeKind(graph.EdgeClaimant), status: casefile.StatusAlleged}, "makes the claim (line as the claim's)"},
		{"about", edge{kind: edgeKind(graph.EdgeAbout), status: casefile.StatusAlleged}, "the claim is about (line as the claim's)"},
	}
	for _, s := range casefile.Stances {
		out = append(out, legendEdge{"response-" + string(s), edge{kind: edgeKind(graph.EdgeResponse), stance: s},
			"response: " + stanceText(s.Words().Present, noDate) + " (written in the claim)"})
	}
	out = append(out, legendEdge{"folded-event", edge{kind: foldedEvent}, "took part in the same event (event, date)"})
	for _, s := range statuses {
		out = append(out, legendEdge{"folded-claim-" + string(s), edge{kind: foldedClaim, status: s},
			capital(s.Words().Label) + " claim by … about …"})
	}
	return append(out,
		legendEdge{"cites", edge{kind: edgeKind(graph.EdgeCites)}, "cites the source"},
		legendEdge{"published-by", edge{kind: edgeKind(graph.EdgePublishedBy)}, "published by"},
		legendEdge{"authored-by", edge{kind: edgeKind(graph.EdgeAuthoredBy)}, "written by"},
	)
}

// legend is the key of a diagram as data: the node and edge samples of
// the marks the diagram uses, and only those, in the legend's order.
type legend struct {
	nodes []legendNode
	edges []legendEdge
}

// legendOf returns the legend of drawing d with the boxes ct: a sample of
// every mark that d draws (markFor, edgeMark), of the organizations' boxes
// when there are any, and of the highlighted chain in a path view.
func legendOf(d *drawing, ct clusterTree) legend {
	used := map[string]bool{"cluster": len(ct.boxes) > 0, "path": d.highlight}
	for _, n := range d.nodes {
		used[markFor(n)] = true
	}
	for _, e := range d.edges {
		used[edgeMark(e)] = true
	}
	var l legend
	for _, ln := range legendNodes() {
		if used[ln.mark] {
			l.nodes = append(l.nodes, ln)
		}
	}
	// Claimant and about lines take their claim's line: show the first
	// status the diagram uses.
	lineStatus := casefile.StatusAlleged
	for _, st := range statuses {
		if used["claim-"+string(st)] {
			lineStatus = st
			break
		}
	}
	samples := append(legendEdges(),
		legendEdge{"path", edge{kind: edgeKind(graph.EdgeParticipant), on: true}, "on the chain between the two records"})
	for _, le := range samples {
		if !used[le.mark] {
			continue
		}
		if le.mark == "claimant" || le.mark == "about" {
			le.e.status = lineStatus
		}
		l.edges = append(l.edges, le)
	}
	return l
}

// graph returns the DOT model of the legend drawn with theme t: node
// samples in one column and edge samples, each labelled, in the next; nil
// when the legend is empty. It is a graph of its own, laid out with dot
// whatever the diagram's engine, and placed under the diagram (Layout), so
// that it never disturbs the diagram's layout.
func (l legend) graph(t theme.Theme) *dotgraph.Graph {
	if len(l.nodes)+len(l.edges) == 0 {
		return nil
	}
	g := &dotgraph.Graph{
		Name: "legend",
		Attrs: []attr{
			str("id", "legend"), str("class", "eg-legend"), str("layout", "dot"), str("charset", "UTF-8"),
			str("rankdir", "LR"), str("fontname", fontName), num("fontsize", 12), str("fontcolor", t.Text),
			str("bgcolor", t.Background), num("pad", 0.3), num("nodesep", 0.12), num("ranksep", 0.6), str("ordering", "out"),
			str("newrank", "true"), htmlAttr("label", font("Key", 12, "", true, false)), str("labelloc", "t"), str("labeljust", "l"),
		},
		NodeAttrs: nodeDefaults(),
		EdgeAttrs: edgeDefaults(),
	}
	p := painter{t: t}
	var nodes, tails []string
	n := 0
	next := func() string { n++; return "legend-" + itoa(n) }
	for _, ln := range l.nodes {
		v := ln.v
		id := next()
		var attrs []attr
		if ln.mark == "cluster" {
			attrs = p.clusterSample(id)
		} else {
			attrs = legendAttrs(p.nodeAttrs(&node{id: id, kind: v.Kind, v: &v, sample: true}), id, true)
		}
		g.Add(dotgraph.Node{ID: id, Attrs: attrs})
		nodes = append(nodes, id)
	}
	cellW := textCell(legendEdges())
	for _, le := range l.edges {
		a, z := next(), next()
		// The text stands at the arrow's head, left-aligned in a cell as
		// wide as the widest text, so that all texts line up.
		cell := `<TABLE BORDER="0" CELLPADDING="0" CELLSPACING="0"><TR><TD ALIGN="LEFT" WIDTH="` +
			fmtNum(cellW) + `">` + font(html(le.text), smallSize+1, "", false, false) + `</TD></TR></TABLE>`
		e := le.e
		ep := p
		ep.highlight = e.on
		attrs := append(legendAttrs(ep.edgeAttrs(&e, 0), a+"-edge", false), num("minlen", 1))
		g.Add(
			dotgraph.Node{ID: a, Attrs: []attr{str("id", a), str("class", "eg-legend-end"), str("group", a), str("shape", "point"),
				num("width", 0.04), str("color", t.Muted), str("label", "")}},
			dotgraph.Node{ID: z, Attrs: []attr{str("id", z), str("class", "eg-legend-text"), str("group", a), str("shape", "plaintext"),
				htmlAttr("label", cell), str("fontcolor", t.Text), str("margin", "0.04,0")}},
			dotgraph.Edge{From: a, To: z, Attrs: attrs},
		)
		tails = append(tails, a)
	}
	invis := []attr{dotgraph.Bare("style", "invis")}
	for _, ids := range [][]string{nodes, tails} {
		if len(ids) == 0 {
			continue
		}
		same := &dotgraph.Subgraph{Attrs: []attr{dotgraph.Bare("rank", "same")}}
		for _, id := range ids {
			same.Add(dotgraph.Node{ID: id})
		}
		g.Add(same)
		// Invisible flat edges keep each column in the order above; the
		// texts follow their tails.
		for i := 1; i < len(ids); i++ {
			g.Add(dotgraph.Edge{From: ids[i-1], To: ids[i], Attrs: invis})
		}
	}
	if len(nodes) > 0 && len(tails) > 0 {
		// Put the edge samples in the column right of the node samples.
		g.Add(dotgraph.Edge{From: nodes[0], To: tails[0], Attrs: invis})
	}
	return g
}

// legendAttrs replaces the id of a sample's attributes, drops its tooltip,
// its constraint (and its label, unless keepLabel) and adds the legend
// class.
func legendAttrs(attrs []attr, id string, keepLabel bool) []attr {
	out := attrs[:0:0]
	for _, a := range attrs {
		switch a.Key {
		case "label":
			if !keepLabel {
				continue
			}
		case "id":
			a = str("id", id)
		case "class":
			a = str("class", a.Text+" eg-legend-item")
		case "tooltip":
			continue
		case "constraint":
			// A free edge in the diagram would let the sample's text
			// drift to another rank; in the legend every sample is
			// laid out in its row.
			continue
		}
		out = append(out, a)
	}
	return out
}

// clusterSample returns the attributes of the legend's sample of an
// organization's box (Options.Cluster): a node drawn like the box, titled
// like it.
func (p painter) clusterSample(id string) []attr {
	stroke := p.t.Organization.Stroke
	label := font("Organization", smallSize+0.5, stroke, true, false) + `<BR ALIGN="LEFT"/>` +
		font(html("its members and sub-organizations"), textSize, p.t.Text, false, false) + `<BR ALIGN="LEFT"/>`
	return []attr{
		str("id", id), str("class", "eg-cluster eg-legend-item"), htmlAttr("label", label),
		str("shape", "box"), str("style", "rounded,dashed"), str("color", stroke), num("penwidth", 1),
		num("width", math.Ceil((textWidth("its members and sub-organizations", textSize, false)+22)/pointsPerInch*100)/100),
	}
}
