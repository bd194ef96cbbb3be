package diagram

import (
	"math"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/graph"
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

// legendDOT returns the DOT text of the legend of a diagram: a sample of
// every mark the diagram used (p.used), each labelled, node samples in one
// column and edge samples in the next; "" when nothing was used. It is a
// graph of its own, laid out with dot whatever the diagram's engine, and
// placed under the diagram (RenderSVG, RenderPNG), so that it never
// disturbs the diagram's layout.
func (p *painter) legendDOT() string {
	highlight := p.d.highlight
	p.d.highlight = false
	defer func() { p.d.highlight = highlight }()

	var body strings.Builder
	var nodes, tails []string
	n := 0
	next := func() string { n++; return "legend-" + itoa(n) }
	for _, ln := range legendNodes() {
		if !p.used[ln.mark] {
			continue
		}
		v := ln.v
		id := next()
		var attrs []attr
		if ln.mark == "cluster" {
			attrs = p.clusterSample(id)
		} else {
			attrs = legendAttrs(p.nodeAttrs(&node{id: id, kind: v.Kind, v: &v, sample: true}), id, true)
		}
		body.WriteString("  " + dotID(id))
		writeAttrs(&body, attrs)
		body.WriteString(";\n")
		nodes = append(nodes, id)
	}
	samples := legendEdges()
	// Claimant and about lines take their claim's line: show the first
	// status the diagram uses.
	for _, st := range statuses {
		if p.used["claim-"+string(st)] {
			for i := range samples {
				if samples[i].mark == "claimant" || samples[i].mark == "about" {
					samples[i].e.status = st
				}
			}
			break
		}
	}
	if highlight {
		samples = append(samples, legendEdge{"path", edge{kind: edgeKind(graph.EdgeParticipant), on: true}, "on the chain between the two records"})
		p.use("path")
	}
	cellW := textCell(legendEdges())
	for _, le := range samples {
		if !p.used[le.mark] {
			continue
		}
		a, z := next(), next()
		body.WriteString("  " + dotID(a))
		writeAttrs(&body, []attr{str("id", a), str("class", "eg-legend-end"), str("group", a), str("shape", "point"),
			num("width", 0.04), str("color", p.t.Muted), str("label", "")})
		body.WriteString(";\n  " + dotID(z))
		// The text stands at the arrow's head, left-aligned in a cell as
		// wide as the widest text, so that all texts line up.
		cell := `<TABLE BORDER="0" CELLPADDING="0" CELLSPACING="0"><TR><TD ALIGN="LEFT" WIDTH="` +
			fmtNum(cellW) + `">` + font(html(le.text), smallSize+1, "", false, false) + `</TD></TR></TABLE>`
		writeAttrs(&body, []attr{str("id", z), str("class", "eg-legend-text"), str("group", a), str("shape", "plaintext"),
			htmlAttr("label", cell), str("fontcolor", p.t.Text), str("margin", "0.04,0")})
		body.WriteString(";\n")
		e := le.e
		p.d.highlight = e.on
		attrs := legendAttrs(p.edgeAttrs(&e, 0), a+"-edge", false)
		p.d.highlight = false
		attrs = append(attrs, num("minlen", 1))
		body.WriteString("  " + dotID(a) + " -> " + dotID(z))
		writeAttrs(&body, attrs)
		body.WriteString(";\n")
		tails = append(tails, a)
	}
	if len(nodes)+len(tails) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("digraph \"legend\" {\n  graph")
	writeAttrs(&b, []attr{
		str("id", "legend"), str("class", "eg-legend"), str("layout", "dot"), str("charset", "UTF-8"),
		str("rankdir", "LR"), str("fontname", fontName), num("fontsize", 12), str("fontcolor", p.t.Text),
		str("bgcolor", p.t.Background), num("pad", 0.3), num("nodesep", 0.12), num("ranksep", 0.6), str("ordering", "out"),
		str("newrank", "true"), htmlAttr("label", font("Key", 12, "", true, false)), str("labelloc", "t"), str("labeljust", "l"),
	})
	b.WriteString(";\n  node")
	writeAttrs(&b, []attr{str("fontname", fontName), num("fontsize", textSize), str("margin", "0.12,0.07")})
	b.WriteString(";\n  edge")
	writeAttrs(&b, []attr{str("fontname", fontName), num("fontsize", smallSize), num("arrowsize", 0.7)})
	b.WriteString(";\n")
	b.WriteString(body.String())
	for _, ids := range [][]string{nodes, tails} {
		if len(ids) == 0 {
			continue
		}
		quoted := make([]string, len(ids))
		for i, id := range ids {
			quoted[i] = dotID(id)
		}
		b.WriteString("  { rank=same; " + strings.Join(quoted, "; ") + "; }\n")
		// Invisible flat edges keep each column in the order above; the
		// texts follow their tails.
		for i := 1; i < len(ids); i++ {
			b.WriteString("  " + dotID(ids[i-1]) + " -> " + dotID(ids[i]) + " [style=invis];\n")
		}
	}
	if len(nodes) > 0 && len(tails) > 0 {
		// Put the edge samples in the column right of the node samples.
		b.WriteString("  " + dotID(nodes[0]) + " -> " + dotID(tails[0]) + " [style=invis];\n")
	}
	b.WriteString("}\n")
	return b.String()
}

// legendAttrs replaces the id of a sample's attributes, drops its tooltip,
// its constraint (and its label, unless keepLabel) and adds the legend
// class.
func legendAttrs(attrs []attr, id string, keepLabel bool) []attr {
	out := attrs[:0:0]
	for _, a := range attrs {
		switch a.key {
		case "label":
			if !keepLabel {
				continue
			}
		case "id":
			a = str("id", id)
		case "class":
			a = attr{"class", quote(strings.Trim(a.val, `"`) + " eg-legend-item")}
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
func (p *painter) clusterSample(id string) []attr {
	stroke := p.t.Organization.Stroke
	label := font("Organization", smallSize+0.5, stroke, true, false) + `<BR ALIGN="LEFT"/>` +
		font(html("its members and sub-organizations"), textSize, p.t.Text, false, false) + `<BR ALIGN="LEFT"/>`
	return []attr{
		str("id", id), str("class", "eg-cluster eg-legend-item"), htmlAttr("label", label),
		str("shape", "box"), str("style", "rounded,dashed"), str("color", stroke), num("penwidth", 1),
		num("width", math.Ceil((textWidth("its members and sub-organizations", textSize, false)+22)/pointsPerInch*100)/100),
	}
}
