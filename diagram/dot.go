package diagram

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/diagram/dotgraph"
)

// ErrNilGraph is returned by every drawing function for a view with no
// graph.
var ErrNilGraph = errors.New("diagram: no graph to draw")

// ErrEmpty is wrapped by the error of DOT, Layout, DrawSVG and DrawPNG
// when the view has records but none of them is left to draw: the kinds
// drawn (View.Kinds) leave none, or leave only records whose every tie goes
// to something not drawn. A case with no records at all is drawn as its
// title alone.
var ErrEmpty = errors.New("diagram: nothing to draw")

// fontName is the font Graphviz measures and names in its output. Its
// built-in Arial table is exact for Latin text; the SVG's CSS then names the
// theme's whole font list.
const fontName = "Arial"

// DefaultTitle is the title of a diagram whose case has none.
const DefaultTitle = "Relationship diagram"

// DOT returns the DOT text of the diagram of view v drawn as o says, and
// that of its legend (nil when o.NoLegend is set or there is nothing to
// explain). The text is deterministic: records sorted by ID, edges by their
// ends, every user string escaped. It names its layout engine (layout=...),
// so native Graphviz tools draw it the same way. The legend is a graph of
// its own, so that it never disturbs the diagram's layout; Layout places
// it under the diagram. It is the DOT that Layout, DrawSVG and DrawPNG
// draw: where dot swaps two events of a column, those lay the diagram out
// again with each column's events held otherwise (see chooseLayout), and
// DOT then writes that text too, which is why it may lay the diagram out
// with Graphviz (ctx cancels it).
func DOT(ctx context.Context, v View, o Options) (diagram, legend []byte, err error) {
	t, err := dotText(v, o)
	if err != nil {
		return nil, nil, err
	}
	if t.again != nil {
		if _, t, err = chooseLayout(ctx, v, o, t); err != nil {
			return nil, nil, err
		}
	}
	return t.main.Bytes(), bytesOf(t.legend), nil
}

// texts is the DOT model of a diagram and of its legend (nil when it has
// none), and the drawing they show.
type texts struct {
	main, legend *dotgraph.Graph
	d            *drawing
	// again returns the main graph with each column's events held in
	// date order as h says (see focusLayout.stmts), holdStagger applied to
	// the columns that hold a swapped event; nil when the layout has no
	// columns.
	again func(h hold, swapped map[string]bool) *dotgraph.Graph
}

// dotText returns the DOT models of the diagram of v drawn as o says.
func dotText(v View, o Options) (texts, error) {
	if err := v.Validate(); err != nil {
		return texts{}, err
	}
	if err := o.Validate(); err != nil {
		return texts{}, err
	}
	d, err := build(v, o)
	if err != nil {
		return texts{}, err
	}
	if len(d.nodes) == 0 && d.viewed > 0 {
		return texts{}, fmt.Errorf("%w: the kinds %s leave none of the %d records in view; add people or organizations to the kinds (--kinds people,organizations,%s)",
			ErrEmpty, v.kinds(), d.viewed, v.kinds())
	}
	p := newPainter(d, v, o)
	ct := clusters(d, o)
	t := texts{main: mainGraph(p, ct, v, o, holdChain, nil), d: d}
	if d.centre != "" && o.EngineFor(len(d.nodes)) == Dot {
		t.again = func(h hold, swapped map[string]bool) *dotgraph.Graph { return mainGraph(p, ct, v, o, h, swapped) }
	}
	if !o.NoLegend {
		t.legend = legendOf(d, ct).graph(p.t)
	}
	return t, nil
}

// bytesOf returns the DOT text of g, or nil for no graph.
func bytesOf(g *dotgraph.Graph) []byte {
	if g == nil {
		return nil
	}
	return g.Bytes()
}

// EngineFor returns the engine o lays out a diagram of n nodes with: the
// one set, else dot up to AutoEngineLimit nodes and sfdp beyond.
func (o Options) EngineFor(n int) Engine {
	switch {
	case o.Engine != "":
		return o.Engine
	case n > AutoEngineLimit:
		return SFDP
	}
	return Dot
}

// mainGraph returns the DOT model of the painter's drawing, its
// organizations boxed as ct says, the events of its columns held in date
// order as h says (focusLayout.stmts).
func mainGraph(p painter, ct clusterTree, v View, o Options, h hold, swapped map[string]bool) *dotgraph.Graph {
	d, t, c := p.d, p.t, v.Graph.Case()
	engine := o.EngineFor(len(d.nodes))
	g := &dotgraph.Graph{
		Name: "eventgraph",
		Attrs: []attr{
			str("id", "diagram"), str("class", "eg-diagram"), str("layout", string(engine)),
			str("charset", "UTF-8"), str("rankdir", string(o.direction())),
			str("fontname", fontName), num("fontsize", 12), str("fontcolor", t.Text),
			str("bgcolor", t.Background), num("pad", pad(v)), num("nodesep", 0.3), num("ranksep", ranksep(v)),
			str("newrank", "true"), str("outputorder", "edgesfirst"),
			htmlAttr("label", titleLabel(title(o, c), o.Subtitle, caption(d, v), p)), str("labelloc", "t"), str("labeljust", "l"),
		},
		NodeAttrs: nodeDefaults(),
		EdgeAttrs: edgeDefaults(),
	}
	if engine != Dot {
		g.Attrs = append(g.Attrs, str("overlap", "scale"), str("pack", "true"),
			str("splines", map[bool]string{true: "false", false: "true"}[engine == SFDP]))
	}
	var fl *focusLayout
	centre := d.centre
	if centre == "" {
		centre = pathStart(d, v)
	}
	if engine == Dot {
		fl = newFocusLayout(d, centre, v.Focus == "" && v.Path == nil)
	}
	g.Add(p.clusterStmts(ct, "")...)
	for _, n := range d.nodes {
		if ct.in[n.id] == "" {
			g.Add(dotgraph.Node{ID: dotName(n.id), Attrs: p.nodeAttrs(n)})
		}
	}
	for i, e := range d.edges {
		attrs := p.edgeAttrs(e, i+1)
		from, to := e.from, e.to
		if fl != nil && fl.rank[from] > fl.rank[to] {
			// Written from the focus outwards, so that dot keeps the
			// columns, and drawn as the tie points.
			from, to, attrs = to, from, reversed(attrs)
		}
		if fl != nil && fl.free[e] && !dotgraph.Has(attrs, "constraint") {
			attrs = append(attrs, str("constraint", "false"))
		}
		g.Add(dotgraph.Edge{From: dotName(from), To: dotName(to), Attrs: attrs})
	}
	if fl != nil {
		g.Add(fl.stmts(centre, h, swapped)...)
	}
	return g
}

// nodeDefaults and edgeDefaults are the default node and edge attributes
// of the diagram and of its legend.
func nodeDefaults() []attr {
	return []attr{str("fontname", fontName), num("fontsize", textSize), str("margin", "0.12,0.07")}
}

func edgeDefaults() []attr {
	return []attr{str("fontname", fontName), num("fontsize", smallSize), num("arrowsize", 0.7)}
}

// title returns the diagram's title: Options.Title, else the case title,
// else DefaultTitle.
func title(o Options, c *casefile.Case) string {
	switch {
	case clean(o.Title) != "":
		return clean(o.Title)
	case c != nil && clean(c.Meta.Title) != "":
		return clean(c.Meta.Title)
	}
	return DefaultTitle
}

// Spacing of the title block in points.
const (
	titleGap  = 6  // between the title and the subtitle or caption
	titleFoot = 14 // between the title block and the diagram
)

// titleLabel is the graph label: the title in large bold type, the
// subtitle under it in muted type, then the caption of a focus or path
// view in smaller muted type, all left-aligned, in a table whose empty
// rows keep them apart and the block clear of the diagram.
func titleLabel(title, subtitle, caption string, p painter) string {
	row := func(ls []string, size float64, colour string, bold, italic bool) string {
		if len(ls) == 0 {
			return ""
		}
		out := make([]string, len(ls))
		for i, l := range ls {
			out[i] = font(html(l), size, colour, bold, italic)
		}
		return `<TR><TD ALIGN="LEFT" BALIGN="LEFT">` + strings.Join(out, "<BR/>") + `</TD></TR>`
	}
	// A gap is a fixed-size cell holding a space (Graphviz 12.1.2 traps,
	// "wasm error: unreachable", on an empty cell of a height alone).
	// The space is taller than the 6-point gap, so Graphviz warns "cell
	// size too small for content in label of graph" on every diagram
	// with a subtitle or caption; the warning is harmless: the fixed
	// size holds and the space draws nothing.
	gap := func(h int) string {
		return `<TR><TD HEIGHT="` + itoa(h) + `" WIDTH="1" FIXEDSIZE="TRUE"> </TD></TR>`
	}
	var b strings.Builder
	b.WriteString(`<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0">`)
	b.WriteString(row(wrap(title, 18, true, 640, 3), 18, "", true, false))
	sub := row(wrap(subtitle, 12, false, 640, 2), 12, p.t.Muted, false, false) +
		row(wrap(caption, 11, false, 640, 2), 11, p.t.Muted, false, true)
	if sub != "" {
		b.WriteString(gap(titleGap) + sub)
	}
	b.WriteString(gap(titleFoot) + `</TABLE>`)
	return b.String()
}

// caption says what a focus or path view shows ("Within 2 steps of Han
// Dong", "The shortest chain between Michael Kovrig and Justin Trudeau");
// "" for the whole graph.
func caption(d *drawing, v View) string {
	switch {
	case v.Focus != "":
		steps := "steps"
		if v.depth() == 1 {
			steps = "step"
		}
		return fmt.Sprintf("Within %d %s of %s", v.depth(), steps, nameOf(d, v.Focus))
	case v.Path != nil:
		from, to := v.ends()
		return fmt.Sprintf("The shortest chain between %s and %s", nameOf(d, from), nameOf(d, to))
	}
	for _, n := range d.nodes {
		if n.kind == kindMore {
			return fmt.Sprintf("The %d records nearest to %s, at the centre of the case\u2019s ties; the others are counted in the \u201c+N more\u201d boxes",
				v.MaxNodes, nameOf(d, d.centre))
		}
	}
	return ""
}

// describe returns the default SVG description of a drawing: what it
// shows, counted by kind and claim status.
func describe(d *drawing, v View, o Options) string {
	c := v.Graph.Case()
	counts := map[string]int{}
	status := map[casefile.Status]int{}
	for _, n := range d.nodes {
		counts[string(n.kind)]++
		if n.kind == casefile.KindClaim {
			status[claimStatus(n.v)]++
		}
	}
	var parts []string
	for _, k := range []struct{ kind, one, many string }{
		{"person", "person", "people"}, {"organization", "organization", "organizations"},
		{"anonymous", "anonymous claimant group", "anonymous claimant groups"},
		{"event", "event", "events"}, {"claim", "claim", "claims"}, {"source", "source", "sources"},
	} {
		switch n := counts[k.kind]; n {
		case 0:
		case 1:
			parts = append(parts, "1 "+k.one)
		default:
			parts = append(parts, fmt.Sprintf("%d %s", n, k.many))
		}
	}
	var st []string
	for _, s := range statuses {
		if status[s] > 0 {
			st = append(st, fmt.Sprintf("%d %s", status[s], strings.ReplaceAll(string(s), "-", " ")))
		}
	}
	what := "Relationship diagram of"
	if c := caption(d, v); c != "" && (v.Focus != "" || v.Path != nil) {
		what = c + " in"
	}
	s := what + " " + title(o, c)
	if len(parts) > 0 {
		s += ": " + strings.Join(parts, ", ")
	}
	if len(st) > 0 {
		s += " (claims: " + strings.Join(st, ", ") + ")"
	}
	return s + ". Dashed and dotted outlines and the words ALLEGED, DISPUTED and PARTLY CONFIRMED mark claims that are not established facts."
}

// nameOf returns the label of a drawn record, or its ID.
func nameOf(d *drawing, id string) string {
	if n := d.node(id); n != nil && n.v != nil && n.v.Label != "" {
		return n.v.Label
	}
	return id
}

// ranksep is the distance between ranks in inches: less in the column
// layouts of a focus view and of the whole graph, whose columns must fit
// an article's 700 pixels or a page's 1200.
func ranksep(v View) float64 {
	switch {
	case v.Focus != "":
		return 0.3
	case v.Path == nil:
		return 0.25
	}
	return 0.55
}

// pad is the margin around the drawing in inches: less in the column
// layouts of a focus view and of the whole graph.
func pad(v View) float64 {
	if v.Path == nil {
		return 0.15
	}
	return 0.3
}
