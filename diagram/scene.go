package diagram

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/diagram/xdot"
	"github.com/eventgraph/eventgraph/scene"
	"github.com/eventgraph/eventgraph/theme"
)

// Layout lays out the diagram of view v drawn as o says with Graphviz and
// returns it as a drawing model: the diagram and, under it, its legend,
// read from Graphviz's xdot output into shapes, paths and text lines that
// carry eventgraph's ids, classes, exact dash patterns and hatching.
// DrawSVG and DrawPNG draw it with scene/svg and scene/png; a caller may
// draw it with its own backend, or read its geometry (see Quality).
// Graphviz lays out only; every colour, line style and accessibility
// attribute is eventgraph's.
func Layout(ctx context.Context, v View, o Options) (*scene.Scene, error) {
	s, _, err := layoutView(ctx, v, o)
	return s, err
}

// layoutView is Layout, also returning the DOT models it laid out.
func layoutView(ctx context.Context, v View, o Options) (*scene.Scene, texts, error) {
	t, err := dotText(v, o)
	if err != nil {
		return nil, t, err
	}
	s, t, err := chooseLayout(ctx, v, o, t)
	if err != nil {
		return nil, t, err
	}
	placeEdgeLabels(s)
	return s, t, nil
}

// chooseLayout lays out the DOT models t of view v and decides which main
// graph is drawn, returning its scene (edge labels where Graphviz put
// them) and the models with that graph. It is the one decision behind
// both the drawn picture (layoutView) and the DOT written (DOT): dot may
// swap two events of a column; laid out again with anchors (more
// crossings, but the order mostly kept) and, where dot swaps them still,
// with the events of each column where dot swapped two staggered a rank
// apart (holdStagger: the order kept, in a longer picture; staggered
// again, up to staggerRounds times, while dot swaps events of more
// columns, then every column staggered), the one with the fewest events
// out of order is drawn, the first of them on a tie.
func chooseLayout(ctx context.Context, v View, o Options, t texts) (*scene.Scene, texts, error) {
	var xdots []string
	for _, dot := range [][]byte{bytesOf(t.main), bytesOf(t.legend)} {
		if dot == nil {
			continue
		}
		x, err := renderXDOT(ctx, dot)
		if err != nil {
			return nil, t, err
		}
		xdots = append(xdots, x)
	}
	s, err := sceneOf(v, o, t, xdots)
	if err != nil || t.again == nil {
		return s, t, err
	}
	swapped := map[string]bool{}
	wrong := eventsOutOfOrder(s, t.d, o.direction(), swapped)
	try := func(h hold, swapped map[string]bool) error {
		again := t
		again.main = t.again(h, swapped)
		x, err := renderXDOT(ctx, bytesOf(again.main))
		if err != nil {
			return err
		}
		xs := append([]string{x}, xdots[1:]...)
		s2, err := sceneOf(v, o, again, xs)
		if err != nil {
			return err
		}
		w := eventsOutOfOrder(s2, t.d, o.direction(), swapped)
		if w < wrong {
			s, t, wrong = s2, again, w
		}
		return nil
	}
	if wrong > 0 {
		if err := try(holdAnchor, swapped); err != nil {
			return nil, t, err
		}
	}
	// Staggered, the events of one column may meet those of another on a
	// rank, where dot may swap them in turn: the columns holding an event
	// swapped so far are staggered again, up to staggerRounds times while
	// that adds columns, then, as a last resort, every column.
	for round := 0; wrong > 0 && round < staggerRounds; round++ {
		n := len(swapped)
		if err := try(holdStagger, swapped); err != nil {
			return nil, t, err
		}
		if len(swapped) == n {
			break // staggered again, the same columns would be laid out the same
		}
	}
	if wrong > 0 {
		all, more := map[string]bool{}, false
		for _, n := range t.d.nodes {
			if n.v != nil && n.v.Event != nil {
				all[n.id], more = true, more || !swapped[n.id]
			}
		}
		if more {
			if err := try(holdStagger, all); err != nil {
				return nil, t, err
			}
		}
	}
	return s, t, nil
}

// staggerRounds is how many times chooseLayout staggers the columns
// where dot swapped two events before it staggers every column.
const staggerRounds = 3

// sceneOf reads the xdot layouts of a diagram and its legend into a scene,
// its edge labels where Graphviz put them (see placeEdgeLabels).
func sceneOf(v View, o Options, t texts, xdots []string) (*scene.Scene, error) {
	c := v.Graph.Case()
	var docs []*xdot.Document
	for _, x := range xdots {
		d, err := xdot.ParseXDOTString(x)
		if err != nil {
			return nil, fmt.Errorf("%w: reading its layout: %w", ErrRender, err)
		}
		docs = append(docs, d)
	}
	desc := clean(o.Description)
	if desc == "" {
		desc = describe(t.d, v, o)
	}
	th := o.theme()
	s := &scene.Scene{
		Title: clean(title(o, c)), Desc: desc, ID: o.IDPrefix, ScopedIDs: true,
		Class: "eg-svg eg-diagram eg-theme-" + th.Name, FontFamily: th.FontFamily, Background: th.Background,
		Style: styleSheet(th),
	}
	if c != nil {
		s.Language = c.Meta.Language
	}
	cv := newConverter(th, nodeNames(t.d))
	for i, d := range docs {
		w, h := d.BB.X1-d.BB.X0+2*d.Pad, d.BB.Y1-d.BB.Y0+2*d.Pad
		cv.doc, cv.oy = d, s.Height
		part := cv.document()
		if i > 0 {
			part.Class = "eg-part eg-legend"
			s.Elements = append(s.Elements, part)
		} else {
			s.Elements = part.Children // with room for the legend
		}
		s.Width, s.Height = max(s.Width, w), s.Height+h
	}
	s.Width, s.Height = math.Ceil(s.Width), math.Ceil(s.Height)
	return s, nil
}

// styleSheet is the SVG's style sheet: for a theme that follows the
// reader's colour scheme (auto), the dark theme's colours under
// prefers-color-scheme: dark (CSS overrides the colours each element
// carries).
func styleSheet(t theme.Theme) string {
	if !t.FollowsScheme() {
		return ""
	}
	var b strings.Builder
	b.WriteString("@media (prefers-color-scheme:dark){\n")
	writeColourMap(&b, "#ID ", t, theme.Dark())
	b.WriteString("}\n")
	return b.String()
}

// nodeNames maps each drawn node's id to its name, for tooltips.
func nodeNames(d *drawing) map[string]string {
	m := make(map[string]string, len(d.nodes))
	for _, n := range d.nodes {
		if n.v != nil {
			m[svgID("n-", n.id)] = clean(n.v.Label)
		}
	}
	return m
}

// converter turns xdot documents into scene elements.
type converter struct {
	th    theme.Theme
	names map[string]string
	doc   *xdot.Document
	oy    float64 // top of the current document in the scene

	// What the theme's classes call for, worked out once: each claim
	// status's and stance's class and outline style, in classStyle's
	// order of precedence.
	statusStyles, stanceStyles []classOutline
	colours                    map[string]string  // colour's result by xdot colour
	fonts                      map[string][2]bool // bold and italic by font name
	pts                        []scene.Point      // the block points are taken from
}

// classOutline is the outline style an object's class calls for.
type classOutline struct {
	class string
	style *outlineStyle // nil for none
}

// newConverter returns a converter drawing in theme th, naming nodes by
// names.
func newConverter(th theme.Theme, names map[string]string) *converter {
	c := &converter{th: th, names: names, colours: map[string]string{}, fonts: map[string][2]bool{}}
	for _, s := range statuses {
		ss, _ := th.Status(string(s))
		st := &outlineStyle{dash: parseDash(ss.Dash), hatch: ss.Hatched}
		if st.dash == nil && !st.hatch {
			st = nil
		}
		c.statusStyles = append(c.statusStyles, classOutline{"eg-" + string(s), st})
	}
	for _, st := range stanceStyles(th) {
		if st.style.Dash != "" {
			c.stanceStyles = append(c.stanceStyles, classOutline{"eg-" + st.name, &outlineStyle{dash: parseDash(st.style.Dash)}})
		}
	}
	return c
}

// pt converts a point of the current document (points, y up) to the
// scene (pixels, y down; one point is one pixel).
func (c *converter) pt(p xdot.Point) scene.Point {
	d := c.doc
	return scene.Point{X: round2(p.X - d.BB.X0 + d.Pad), Y: round2(c.oy + d.BB.Y1 + d.Pad - p.Y)}
}

// round2 rounds to 1/100 pixel, so that the scene's JSON is as stable as
// the SVG's numbers.
func round2(v float64) float64 { return math.Round(v*100) / 100 }

// document converts one document into a group: the graph's label, its
// clusters, then edges and nodes in the graph's output order.
func (c *converter) document() scene.Element {
	part := scene.Element{Kind: scene.Group, Children: make([]scene.Element, 0, len(c.doc.Objects)+1)}
	var edges, nodes, rest []*xdot.Object
	for _, o := range c.doc.Objects {
		switch o.Kind {
		case xdot.KindGraph:
			if ls := c.ops(nil, o.Label, o, nil); len(ls) > 0 {
				part.Children = append(part.Children, scene.Element{Kind: scene.Group, Class: "eg-title", Children: ls})
			}
		case xdot.KindCluster:
			if g, ok := c.object(o); ok {
				part.Children = append(part.Children, g)
			}
		case xdot.KindEdge:
			edges = append(edges, o)
			rest = append(rest, o)
		case xdot.KindNode:
			nodes = append(nodes, o)
			rest = append(rest, o)
		}
	}
	order := rest
	switch c.doc.Graph().Attr("outputorder") {
	case "edgesfirst":
		order = append(edges, nodes...)
	case "nodesfirst":
		order = append(nodes, edges...)
	}
	for _, o := range order {
		if g, ok := c.object(o); ok {
			part.Children = append(part.Children, g)
		}
	}
	return part
}

// object converts a node, edge or cluster into a group with its id,
// classes and tooltip; ok is false when it draws nothing.
func (c *converter) object(o *xdot.Object) (scene.Element, bool) {
	g := scene.Element{Kind: scene.Group, ID: o.Attr("id"), Class: o.Attr("class")}
	if g.Class == "" {
		switch o.Kind {
		case xdot.KindCluster:
			g.Class = "eg-cluster"
		case xdot.KindNode:
			g.Class = "eg-node"
		case xdot.KindEdge:
			g.Class = "eg-edge"
		}
	}
	if o.Kind == xdot.KindNode {
		g.Title = c.names[g.ID]
	}
	style := c.classStyle(o)
	all := [...][]xdot.Op{o.Draw, o.Tail, o.Head, o.Label, o.TailLabel, o.HeadLabel}
	n := 0
	for _, ops := range all {
		for _, op := range ops {
			if strings.IndexByte("EePpLBbT", op.Code) >= 0 {
				n++
			}
		}
	}
	if n == 0 {
		return g, false
	}
	g.Children = make([]scene.Element, 0, n)
	for i, ops := range all {
		if i == 0 {
			g.Children = c.ops(g.Children, ops, o, style)
		} else {
			g.Children = c.ops(g.Children, ops, o, nil)
		}
	}
	return g, len(g.Children) > 0
}

// outlineStyle is what eventgraph's classes change in an object's outline:
// the exact dash pattern of a claim status or stance (DOT only says dashed
// or dotted), and a claim's hatching.
type outlineStyle struct {
	dash  []float64
	hatch bool
}

// hatchOpacity is the opacity of the hatch lines over a claim.
const hatchOpacity = 0.18

// classStyle returns the outline style an object's classes call for, or
// nil.
func (c *converter) classStyle(o *xdot.Object) *outlineStyle {
	if o.Kind != xdot.KindNode && o.Kind != xdot.KindEdge {
		return nil
	}
	for _, s := range c.statusStyles {
		if s.style == nil || !o.HasClass(s.class) {
			continue
		}
		st := s.style
		if st.hatch && o.Kind != xdot.KindNode {
			if st.dash == nil {
				continue
			}
			return &outlineStyle{dash: st.dash}
		}
		return st
	}
	if o.Kind == xdot.KindEdge {
		for _, s := range c.stanceStyles {
			if o.HasClass(s.class) {
				return s.style
			}
		}
	}
	return nil
}

// parseDash reads an SVG dash pattern of the theme ("6 4").
func parseDash(s string) []float64 {
	var out []float64
	for _, f := range strings.Fields(strings.ReplaceAll(s, ",", " ")) {
		var v float64
		if _, err := fmt.Sscan(f, &v); err == nil && v >= 0 {
			out = append(out, v)
		}
	}
	return out
}

// Graphviz's own dash patterns for the styles dashed and dotted, as its
// SVG renderer writes them.
var (
	dashedPattern = []float64{5, 2}
	dottedPattern = []float64{1, 5}
)

// pen is the drawing state of one xdot attribute; each starts from
// Graphviz's defaults.
type pen struct {
	stroke, fill string
	width        float64
	dash         []float64
	invisible    bool
	size         float64
	// The font's name and the t operation's flags each may make text bold
	// or italic; a later F keeps the flags.
	nameBold, nameItalic bool
	flagBold, flagItalic bool
}

// ops converts the operations of one attribute; style, when given,
// restyles the outlines.
func (c *converter) ops(out []scene.Element, ops []xdot.Op, o *xdot.Object, style *outlineStyle) []scene.Element {
	st := pen{stroke: "#000000", fill: "#000000", width: 1, size: 14}
	for _, op := range ops {
		switch op.Code {
		case 'c':
			st.stroke = c.colour(op.Text)
		case 'C':
			st.fill = c.colour(op.Text)
		case 'S':
			st.style(op.Text)
		case 'F':
			st.size = op.Size
			f, ok := c.fonts[op.Text]
			if !ok {
				name := strings.ToLower(op.Text)
				f = [2]bool{strings.Contains(name, "bold"), strings.Contains(name, "italic") || strings.Contains(name, "oblique")}
				c.fonts[op.Text] = f
			}
			st.nameBold, st.nameItalic = f[0], f[1]
		case 't':
			st.flagBold = op.Flags&xdot.FlagBold != 0
			st.flagItalic = op.Flags&xdot.FlagItalic != 0
		case 'T':
			if !st.invisible && strings.TrimSpace(op.Text) != "" {
				out = append(out, c.text(op, st, o))
			}
		case 'I':
			// Images are files; eventgraph's diagrams have none.
		default:
			if !st.invisible {
				if e, ok := c.shape(op, st, o, style); ok {
					out = append(out, e)
				}
			}
		}
	}
	return out
}

// style applies one xdot style.
func (st *pen) style(s string) {
	switch {
	case s == "solid":
		st.dash = nil
	case s == "dashed":
		st.dash = dashedPattern
	case s == "dotted":
		st.dash = dottedPattern
	case s == "bold":
		st.width = 2
	case s == "invis" || s == "invisible":
		st.invisible = true
	case strings.HasPrefix(s, "setlinewidth(") && strings.HasSuffix(s, ")"):
		if w, err := strconv.ParseFloat(strings.TrimSpace(s[len("setlinewidth("):len(s)-1]), 64); err == nil && w >= 0 && w < 100 {
			st.width = w
		}
	}
}

// colour is the package's colour, remembered by its argument.
func (c *converter) colour(s string) string {
	v, ok := c.colours[s]
	if !ok {
		v = colour(s)
		c.colours[s] = v
	}
	return v
}

// colour returns an xdot colour as the scene writes it, or "" for none. A
// gradient ("[...]" or "(...)", stops and angles among the colours) gives
// its first colour.
func colour(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "[") || strings.HasPrefix(s, "(") {
		first := ""
		for _, f := range strings.Fields(strings.Trim(s, "[]()")) {
			if _, err := strconv.ParseFloat(f, 64); err != nil {
				first = f
				break
			}
		}
		s = first
	}
	v, err := scene.ParseColour(s)
	if err != nil || v.A == 0 {
		return ""
	}
	if v.A == 0xff {
		return fmt.Sprintf("#%02x%02x%02x", v.R, v.G, v.B)
	}
	return fmt.Sprintf("#%02x%02x%02x%02x", v.R, v.G, v.B, v.A)
}

// shape converts an ellipse, polygon, polyline or B-spline.
func (c *converter) shape(op xdot.Op, st pen, o *xdot.Object, style *outlineStyle) (scene.Element, bool) {
	filled := op.Code == 'E' || op.Code == 'P' || op.Code == 'b'
	var e scene.Element
	switch op.Code {
	case 'E', 'e':
		ctr := c.pt(op.Points[0])
		e = scene.Element{Kind: scene.Ellipse, X: ctr.X, Y: ctr.Y, RX: round2(op.Points[1].X), RY: round2(op.Points[1].Y)}
	case 'P', 'p':
		e = scene.Element{Kind: scene.Polygon, Points: c.points(op.Points)}
	case 'L':
		e = scene.Element{Kind: scene.Polyline, Points: c.points(op.Points)}
	case 'B', 'b':
		pts := c.points(op.Points)
		n := 1 + (len(pts)-1)/3
		if op.Code == 'b' {
			n++
		}
		e = scene.Element{Kind: scene.Path, Segments: make([]scene.Segment, 1, n)}
		e.Segments[0] = scene.Segment{Op: scene.MoveTo, Points: pts[0:1:1]}
		for i := 1; i+2 < len(pts); i += 3 {
			e.Segments = append(e.Segments, scene.Segment{Op: scene.CubicTo, Points: pts[i : i+3 : i+3]})
		}
		if op.Code == 'b' {
			e.Segments = append(e.Segments, scene.Segment{Op: scene.Close})
		}
	default:
		return e, false
	}
	if filled && st.fill != "" {
		e.Fill = scene.Fill{Colour: st.fill}
	}
	if st.stroke != "" && st.width > 0 {
		e.Stroke = scene.Stroke{Colour: st.stroke, Width: st.width, Dash: st.dash}
	}
	// The outline of a node or edge (not an arrowhead, not a note's fold)
	// takes its class's exact dash pattern and hatching.
	outline := o.Kind == xdot.KindEdge && (op.Code == 'B' || op.Code == 'b' || op.Code == 'L') ||
		o.Kind == xdot.KindNode && (op.Code == 'P' || op.Code == 'p' || op.Code == 'E' || op.Code == 'e')
	if style != nil && outline {
		if style.dash != nil && !e.Stroke.None() {
			e.Stroke.Dash = style.dash
		}
		if style.hatch && op.Code == 'P' && st.stroke != "" {
			e.Fill.Hatch = &scene.Hatch{Colour: st.stroke, Opacity: hatchOpacity, Angle: 45, Spacing: 8, Width: 1.5}
		}
	}
	if e.Fill.None() && e.Stroke.None() {
		return e, false
	}
	return e, true
}

// points converts points, into a slice taken from a block (no room
// beyond its length, so that an append to it copies).
func (c *converter) points(ps []xdot.Point) []scene.Point {
	n := len(ps)
	if cap(c.pts)-len(c.pts) < n {
		c.pts = make([]scene.Point, 0, max(n, 1024))
	}
	c.pts = c.pts[:len(c.pts)+n]
	out := c.pts[len(c.pts)-n : len(c.pts) : len(c.pts)]
	for i, p := range ps {
		out[i] = c.pt(p)
	}
	return out
}

// text converts a text run. A node's lines are centred on the node
// (every label line of eventgraph's is centred): Graphviz places the lines
// of an HTML-like label from their left end at the width it measured,
// which for CJK and other wide text is too narrow; anchored at the middle,
// the text is centred with the font that draws it.
func (c *converter) text(op xdot.Op, st pen, o *xdot.Object) scene.Element {
	p := c.pt(op.Points[0])
	anchor := scene.Start
	switch op.Just {
	case 0:
		anchor = scene.Middle
	case 1:
		anchor = scene.End
	}
	switch {
	case o.Kind == xdot.KindNode:
		if x, ok := c.centreX(o); ok {
			p.X, anchor = x, scene.Middle
		}
	case o.Kind == xdot.KindEdge && op.Just == -1 && op.Width > 0:
		// An edge label's lines are centred on the label, each placed
		// by Graphviz from its left end at the width it measured.
		p.X, anchor = round2(p.X+op.Width/2), scene.Middle
	}
	colour := st.stroke
	if colour == "" {
		colour = "#000000"
	}
	return scene.Element{
		Kind: scene.Text, Font: scene.Font{Size: round2(st.size), Bold: st.nameBold || st.flagBold, Italic: st.nameItalic || st.flagItalic},
		Anchor: anchor, Fill: scene.Fill{Colour: colour},
		Lines: []scene.Line{{Text: op.Text, X: p.X, Y: p.Y}},
	}
}

// centreX returns the x of a node's centre in the scene, from its pos.
func (c *converter) centreX(o *xdot.Object) (float64, bool) {
	pos := o.Attr("pos")
	x, _, ok := strings.Cut(pos, ",")
	if !ok {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(x), 64)
	if err != nil {
		return 0, false
	}
	return c.pt(xdot.Point{X: v}).X, true
}
