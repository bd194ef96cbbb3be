package export

import (
	"fmt"
	"io"
	"time"

	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/graph"
)

// graphMLKeys are the typed keys of the GraphML export: id, for, name, type.
var graphMLKeys = [][4]string{
	{"n_kind", "node", "kind", "string"},
	{"n_label", "node", "label", "string"},
	{"n_status", "node", "status", "string"},
	{"n_edtf", "node", "edtf", "string"},
	{"n_date_min", "node", "date_min", "string"},
	{"n_date_max", "node", "date_max", "string"},
	{"n_detail", "node", "detail", "string"},
	{"e_type", "edge", "type", "string"},
	{"e_role", "edge", "role", "string"},
	{"e_edtf", "edge", "edtf", "string"},
	{"e_date_min", "edge", "date_min", "string"},
	{"e_date_max", "edge", "date_max", "string"},
	{"e_sources", "edge", "sources", "string"},
}

// GraphML writes g as GraphML (http://graphml.graphdrawing.org): a
// directed multigraph (several edges may join a pair) with typed keys:
// kind, label, status, EDTF text, the first and last day the date can
// stand for (date_min, date_max; empty when open) and detail for nodes;
// type, role, EDTF text, dates and sources (space-separated IDs) for edges.
func GraphML(g *graph.Graph) []byte {
	return collect(func(w io.Writer) error { return WriteGraphML(w, g) })
}

// WriteGraphML writes GraphML to w as it is made; it returns the first
// error of w.
func WriteGraphML(w io.Writer, g *graph.Graph) error {
	b := newXMLBuf(w)
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`)
	for _, k := range graphMLKeys {
		fmt.Fprintf(b, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n", k[0], k[1], k[2], k[3])
	}
	b.WriteString("  <graph id=\"G\" edgedefault=\"directed\">\n")
	for _, v := range g.AllVertices() {
		n := nodeOf(v)
		lo, hi, okLo, okHi := boundTimes(n.date)
		b.s("    <node")
		b.attr("id", n.id)
		b.s(">\n")
		data(b, "n_kind", n.kind)
		data(b, "n_label", n.label)
		data(b, "n_status", n.status)
		dataDate(b, "n_edtf", n.date)
		dataDay(b, "n_date_min", lo, okLo)
		dataDay(b, "n_date_max", hi, okHi)
		data(b, "n_detail", n.detail)
		b.WriteString("    </node>\n")
		b.spill()
	}
	for i, e := range g.AllEdges() {
		lo, hi, okLo, okHi := boundTimes(e.Date)
		b.s(`    <edge id="e`)
		b.int(i)
		b.s(`"`)
		b.attr("source", e.From)
		b.attr("target", e.To)
		b.s(">\n")
		data(b, "e_type", string(e.Kind))
		data(b, "e_role", oneLine(e.Label))
		dataDate(b, "e_edtf", e.Date)
		dataDay(b, "e_date_min", lo, okLo)
		dataDay(b, "e_date_max", hi, okHi)
		if len(e.Sources) > 1 || len(e.Sources) == 1 && e.Sources[0] != "" {
			b.s(`      <data key="e_sources">`)
			b.list(e.Sources, " ")
			b.s("</data>\n")
		}
		b.WriteString("    </edge>\n")
		b.spill()
	}
	b.WriteString("  </graph>\n</graphml>\n")
	return b.flush()
}

func data(b *xmlBuf, key, value string) {
	if value == "" {
		return
	}
	b.s(`      <data key="`, key, `">`)
	b.esc(value)
	b.s("</data>\n")
}

// dataDate writes the EDTF text of v, unless v is no date.
func dataDate(b *xmlBuf, key string, v edtf.Value) {
	if v.IsZero() {
		return
	}
	b.s(`      <data key="`, key, `">`)
	b.edtf(v)
	b.s("</data>\n")
}

// dataDay writes the day t when ok.
func dataDay(b *xmlBuf, key string, t time.Time, ok bool) {
	if !ok {
		return
	}
	b.s(`      <data key="`, key, `">`)
	b.day(t)
	b.s("</data>\n")
}
