package export

import (
	"bytes"
	"fmt"
	"strings"

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
	var b bytes.Buffer
	c := g.Case()
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta>
    <creator>eventgraph</creator>
`)
	if c.Meta.Title != "" {
		fmt.Fprintf(&b, "    <description>%s</description>\n", xmltext.Escape(oneLine(c.Meta.Title)))
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
	vs := g.Vertices()
	fmt.Fprintf(&b, "    <nodes count=\"%d\">\n", len(vs))
	for _, v := range vs {
		n := nodeOf(v)
		fmt.Fprintf(&b, "      <node id=\"%s\" label=\"%s\"%s>\n", xmltext.Escape(n.id), xmltext.Escape(n.label), spell(n.date))
		b.WriteString("        <attvalues>\n")
		attvalue(&b, "kind", n.kind)
		attvalue(&b, "status", n.status)
		attvalue(&b, "edtf", edtfText(n.date))
		attvalue(&b, "detail", n.detail)
		b.WriteString("        </attvalues>\n      </node>\n")
	}
	b.WriteString("    </nodes>\n")
	es := g.Edges()
	fmt.Fprintf(&b, "    <edges count=\"%d\">\n", len(es))
	for i, e := range es {
		label := string(e.Kind)
		if e.Label != "" {
			label += ": " + e.Label
		}
		fmt.Fprintf(&b, "      <edge id=\"%d\" source=\"%s\" target=\"%s\" kind=\"%s\" label=\"%s\"%s>\n",
			i, xmltext.Escape(e.From), xmltext.Escape(e.To), e.Kind, xmltext.Escape(oneLine(label)), spell(e.Date))
		b.WriteString("        <attvalues>\n")
		attvalue(&b, "type", string(e.Kind))
		attvalue(&b, "role", oneLine(e.Label))
		attvalue(&b, "edtf", edtfText(e.Date))
		if len(e.Sources) > 0 {
			attvalue(&b, "sources", "["+strings.Join(e.Sources, ",")+"]")
		}
		b.WriteString("        </attvalues>\n      </edge>\n")
	}
	b.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	return b.Bytes()
}

// spell writes the start and end attributes of an element dated v: its
// known bounds.
func spell(v edtf.Value) string {
	lo, hi, okLo, okHi := bounds(v)
	var out string
	if okLo {
		out += fmt.Sprintf(" start=\"%s\"", lo)
	}
	if okHi {
		out += fmt.Sprintf(" end=\"%s\"", hi)
	}
	return out
}

func attvalue(b *bytes.Buffer, key, value string) {
	if value == "" {
		return
	}
	fmt.Fprintf(b, "          <attvalue for=\"%s\" value=\"%s\"/>\n", key, xmltext.Escape(value))
}
