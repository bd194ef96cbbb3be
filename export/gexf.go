package export

import (
	"fmt"
	"io"

	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/xmltext"
)

// GEXF writes g as GEXF 1.3 (https://gexf.net), valid against the
// published schema: a directed, dynamic graph whose node and edge times are
// the first and last day their EDTF dates can stand for (an open or unknown
// end, or the year 0, left open), with typed attributes: kind, label,
// status, EDTF text, detail (organization or source kind, event place) for
// nodes; type, role, EDTF text and sources for edges. Several edges may
// join a pair; each carries its type as GEXF's edge kind, so Gephi keeps
// them apart.
func GEXF(g *graph.Graph) []byte {
	return collect(func(w io.Writer) error { return WriteGEXF(w, g) })
}

// WriteGEXF writes GEXF to w as it is made; it returns the first error of
// w.
func WriteGEXF(w io.Writer, g *graph.Graph) error {
	b := newXMLBuf(w)
	c := g.Case()
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta>
    <creator>eventgraph</creator>
`)
	if c.Meta.Title != "" {
		fmt.Fprintf(b, "    <description>%s</description>\n", xmltext.Escape(oneLine(c.Meta.Title)))
	}
	b.WriteString(`  </meta>
  <graph mode="dynamic" defaultedgetype="directed" timeformat="date" timerepresentation="interval">
    <attributes class="node">
      <attribute id="kind" title="kind" type="string"/>
      <attribute id="status" title="status" type="string"/>
      <attribute id="edtf" title="edtf" type="string"/>
      <attribute id="detail" title="detail" type="string"/>
    </attributes>
    <attributes class="edge">
      <attribute id="type" title="type" type="string"/>
      <attribute id="role" title="role" type="string"/>
      <attribute id="edtf" title="edtf" type="string"/>
      <attribute id="sources" title="sources" type="liststring"/>
    </attributes>
`)
	b.s(`    <nodes count="`)
	b.int(g.Order())
	b.s("\">\n")
	for _, v := range g.AllVertices() {
		n := nodeOf(v)
		b.s("      <node")
		b.attr("id", n.id)
		b.attr("label", n.label)
		spell(b, n.date)
		b.s(">\n        <attvalues>\n")
		attvalue(b, "kind", n.kind)
		attvalue(b, "status", n.status)
		attvalueDate(b, n.date)
		attvalue(b, "detail", n.detail)
		b.WriteString("        </attvalues>\n      </node>\n")
		b.spill()
	}
	b.WriteString("    </nodes>\n")
	b.s(`    <edges count="`)
	b.int(g.EdgeCount())
	b.s("\">\n")
	for i, e := range g.AllEdges() {
		role := oneLine(e.Label)
		b.s(`      <edge id="`)
		b.int(i)
		b.s(`"`)
		b.attr("source", e.From)
		b.attr("target", e.To)
		b.attr("kind", string(e.Kind))
		b.s(` label="`)
		b.esc(string(e.Kind))
		if e.Label != "" {
			b.s(": ")
			b.esc(role)
		}
		b.WriteByte('"')
		spell(b, e.Date)
		b.s(">\n        <attvalues>\n")
		attvalue(b, "type", string(e.Kind))
		attvalue(b, "role", role)
		attvalueDate(b, e.Date)
		if len(e.Sources) > 0 {
			b.s(`          <attvalue for="sources" value="[`)
			b.list(e.Sources, ",")
			b.s(`]"/>`, "\n")
		}
		b.WriteString("        </attvalues>\n      </edge>\n")
		b.spill()
	}
	b.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	return b.flush()
}

// spell writes the start and end attributes of an element dated v: its
// known bounds.
func spell(b *xmlBuf, v edtf.Value) {
	lo, hi, okLo, okHi := boundTimes(v)
	if okLo {
		b.s(` start="`)
		b.day(lo)
		b.WriteByte('"')
	}
	if okHi {
		b.s(` end="`)
		b.day(hi)
		b.WriteByte('"')
	}
}

// attvalueDate writes the edtf attribute of v, unless v is no date.
func attvalueDate(b *xmlBuf, v edtf.Value) {
	if v.IsZero() {
		return
	}
	b.s(`          <attvalue for="edtf" value="`)
	b.edtf(v)
	b.s("\"/>\n")
}

func attvalue(b *xmlBuf, key, value string) {
	if value == "" {
		return
	}
	b.s(`          <attvalue for="`, key, `"`)
	b.attr("value", value)
	b.s("/>\n")
}
