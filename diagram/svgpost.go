package diagram

import (
	"bytes"
	"context"
	"fmt"
	"hash/fnv"
	"regexp"
	"strconv"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/xmltext"
)

// RenderSVG draws the diagram of g that o describes and returns a
// self-contained SVG ready to embed: DOT, then Render (with the engine
// o.EngineFor chooses), the legend rendered on its own and placed under
// the diagram, then post-processing (see package doc). The output is
// byte-identical for the same graph and options.
func RenderSVG(ctx context.Context, g *graph.Graph, o Options) ([]byte, error) {
	t, err := dotText(g, o)
	if err != nil {
		return nil, err
	}
	main, err := renderPart(ctx, t.main)
	if err != nil {
		return nil, err
	}
	var parts = []svgPart{main}
	if t.legend != nil {
		legend, err := renderPart(ctx, t.legend)
		if err != nil {
			return nil, err
		}
		parts = append(parts, legend)
	}
	desc := clean(o.Description)
	if desc == "" {
		desc = describe(t.d, o, g.Case())
	}
	th := o.theme()
	return postSVG(parts, svgMeta{
		title: title(o, g.Case()), desc: desc, prefix: o.IDPrefix, css: stylesheet(th),
		names: nodeNames(t.d), background: th.Background,
	})
}

// svgMeta is what post-processing adds to Graphviz's SVG.
type svgMeta struct {
	title, desc string
	prefix      string // "" derives one from a hash of the SVG
	css         stylesheetFunc
	names       map[string]string // node SVG id (unprefixed) -> tooltip text
	background  string
}

// stylesheetFunc returns the <style> and <defs> for ids prefixed with p.
type stylesheetFunc func(prefix string) string

// svgPart is one Graphviz SVG cleaned of its prolog and comments: its size
// and the elements inside its root.
type svgPart struct {
	w, h float64
	body []byte
}

var (
	reComment  = regexp.MustCompile(`(?s)<!--.*?-->\n?`)
	reSVGOpen  = regexp.MustCompile(`(?s)<svg\b[^>]*>`)
	reViewBox  = regexp.MustCompile(`viewBox="([-0-9.]+) ([-0-9.]+) ([0-9.]+) ([0-9.]+)"`)
	reID       = regexp.MustCompile(` id="([^"]*)"`)
	reGraphTtl = regexp.MustCompile(`(<g id="[^"]*" class="graph[^"]*"[^>]*>\n)<title>[^<]*</title>\n`)
	reNodeTtl  = regexp.MustCompile(`<g id="([^"]*)" class="node[^"]*">\n<title>[^<]*</title>`)
	reNode     = regexp.MustCompile(`(?s)<g id="[^"]*" class="node eg-node[^"]*">.*?</g>`)
	reShape    = regexp.MustCompile(` (?:points|d)="([^"]*)"`)
	rePoint    = regexp.MustCompile(`(-?[0-9.]+),-?[0-9.]+`)
	reStart    = regexp.MustCompile(`text-anchor="start" x="[-0-9.]+"`)
)

// centreLines centres every text line of a node on the node's shape.
// Graphviz places the lines of an HTML-like label from their left end at
// the width it measured, which for CJK and other wide text is too narrow
// (the text then starts left of centre and spills out on the right); the
// lines are all centred, so anchoring them at the middle of the shape lets
// the browser centre them with the real font.
func centreLines(svg []byte) []byte {
	return reNode.ReplaceAllFunc(svg, func(g []byte) []byte {
		shape := reShape.FindSubmatch(g)
		if shape == nil {
			return g
		}
		lo, hi := 0.0, 0.0
		for i, m := range rePoint.FindAllSubmatch(shape[1], -1) {
			x, err := strconv.ParseFloat(string(m[1]), 64)
			if err != nil {
				return g
			}
			if i == 0 || x < lo {
				lo = x
			}
			if i == 0 || x > hi {
				hi = x
			}
		}
		mid := []byte(`text-anchor="middle" x="` + fmtNum((lo+hi)/2) + `"`)
		return reStart.ReplaceAll(g, mid)
	})
}

// renderPart renders DOT text to SVG and cleans it.
func renderPart(ctx context.Context, dot []byte) (svgPart, error) {
	var raw bytes.Buffer
	if err := Render(ctx, dot, SVG, "", &raw); err != nil {
		return svgPart{}, err
	}
	return parsePart(raw.Bytes())
}

// parsePart reads Graphviz's SVG: it drops the XML prolog, doctype and
// comments (Graphviz writes its version and the graph name there), writes
// "-" for Graphviz's &#45;, drops the graph's <title> (the DOT graph name),
// and keeps the size from the viewBox and the elements inside the root.
func parsePart(raw []byte) (svgPart, error) {
	start := bytes.Index(raw, []byte("<svg"))
	end := bytes.LastIndex(raw, []byte("</svg>"))
	if start < 0 || end < start {
		return svgPart{}, fmt.Errorf("%w: output has no <svg> element", ErrRender)
	}
	s := reComment.ReplaceAll(raw[start:end], nil)
	s = bytes.ReplaceAll(s, []byte("&#45;"), []byte("-"))
	s = reGraphTtl.ReplaceAll(s, []byte("$1"))
	open := reSVGOpen.Find(s)
	vb := reViewBox.FindSubmatch(open)
	if vb == nil {
		return svgPart{}, fmt.Errorf("%w: output <svg> has no viewBox", ErrRender)
	}
	w, err1 := strconv.ParseFloat(string(vb[3]), 64)
	h, err2 := strconv.ParseFloat(string(vb[4]), 64)
	if err1 != nil || err2 != nil {
		return svgPart{}, fmt.Errorf("%w: output <svg> has a bad viewBox %q", ErrRender, vb[0])
	}
	return svgPart{w: w, h: h, body: bytes.Trim(s[len(open):], "\n")}, nil
}

// postSVG joins the parts (the diagram, then its legend under it) into
// eventgraph's SVG: a fluid root (a viewBox, no fixed width or height)
// with role="img" and a <title> and <desc> tied by aria-labelledby; the
// theme's <style>; node tooltips showing names instead of IDs; and every id
// prefixed, so that several diagrams can share a page.
func postSVG(parts []svgPart, m svgMeta) ([]byte, error) {
	var w, h float64
	var body bytes.Buffer
	for i, p := range parts {
		if i > 0 {
			fmt.Fprintf(&body, "<g class=\"eg-part\" transform=\"translate(0 %s)\">\n", fmtNum(h))
		}
		body.Write(p.body)
		body.WriteString("\n")
		if i > 0 {
			body.WriteString("</g>\n")
		}
		w, h = max(w, p.w), h+p.h
	}
	s := reNodeTtl.ReplaceAllFunc(centreLines(body.Bytes()), func(b []byte) []byte {
		name, ok := m.names[string(reNodeTtl.FindSubmatch(b)[1])]
		if !ok {
			return b
		}
		open := b[:bytes.Index(b, []byte("<title>"))]
		return append(append([]byte{}, open...), "<title>"+xmlText(name)+"</title>"...)
	})
	prefix := m.prefix
	if prefix == "" {
		hash := fnv.New32a()
		hash.Write(s)
		hash.Write([]byte(m.title + "\x00" + m.desc))
		prefix = fmt.Sprintf("eg%08x", hash.Sum32())
	}
	s = reID.ReplaceAll(s, []byte(` id="`+prefix+`-$1"`))

	var out bytes.Buffer
	out.Grow(len(s) + 4096)
	xlink := ""
	if bytes.Contains(s, []byte("xlink:")) {
		xlink = ` xmlns:xlink="http://www.w3.org/1999/xlink"`
	}
	fmt.Fprintf(&out, `<svg xmlns="http://www.w3.org/2000/svg"%s id="%s" viewBox="0 0 %s %s" role="img" aria-labelledby="%s-title %s-desc" class="eg-svg">`+"\n",
		xlink, prefix, fmtNum(w), fmtNum(h), prefix, prefix)
	fmt.Fprintf(&out, "<title id=\"%s-title\">%s</title>\n<desc id=\"%s-desc\">%s</desc>\n", prefix, xmlText(m.title), prefix, xmlText(m.desc))
	if m.css != nil {
		out.WriteString(m.css(prefix))
	}
	if m.background != "" {
		fmt.Fprintf(&out, "<rect class=\"eg-background\" width=\"100%%\" height=\"100%%\" fill=\"%s\"/>\n", xmlText(m.background))
	}
	out.Write(s)
	out.WriteString("</svg>\n")
	return out.Bytes(), nil
}

// xmlText writes s as one line of XML character data or attribute value:
// white space collapsed and control characters dropped (clean), then
// escaped by xmltext.
func xmlText(s string) string {
	return xmltext.Escape(clean(s))
}

// nodeNames maps each drawn node's SVG id to its name, for tooltips.
func nodeNames(d *drawing) map[string]string {
	m := make(map[string]string, len(d.nodes))
	for _, n := range d.nodes {
		if n.v != nil {
			m[svgID("n-", n.id)] = n.v.Label
		}
	}
	return m
}
