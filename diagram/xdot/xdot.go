package xdot

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ErrXDOT is wrapped by every error about input that is not the xdot
// output of Graphviz.
var ErrXDOT = errors.New("xdot: bad input")

// Kind is the kind of an xdot object.
type Kind int

// The kinds of objects that carry drawing operations.
const (
	KindGraph   Kind = iota // the root graph
	KindCluster             // a subgraph (clusters are drawn, others carry no drawing)
	KindNode
	KindEdge
)

// Attr is one attribute of an object, its value unquoted.
type Attr struct{ Key, Value string }

// Object is a graph, subgraph, node or edge of an xdot document: its
// attributes in the order written and its drawing operations.
type Object struct {
	Kind  Kind
	Name  string // the graph's, subgraph's or node's name; "tail -> head" for edges
	Attrs []Attr

	// Drawing operations by attribute: _draw_ (the shape), _ldraw_ (the
	// label), _hdraw_ and _tdraw_ (arrowheads at head and tail), _hldraw_
	// and _tldraw_ (head and tail labels).
	Draw, Label, Head, Tail, HeadLabel, TailLabel []Op
}

// Attr returns the value of the attribute key, or "".
func (o *Object) Attr(key string) string {
	for i := len(o.Attrs) - 1; i >= 0; i-- {
		if o.Attrs[i].Key == key {
			return o.Attrs[i].Value
		}
	}
	return ""
}

// HasClass reports whether the object's class attribute lists c.
func (o *Object) HasClass(c string) bool {
	return hasField(o.Attr("class"), c)
}

// hasField reports whether f is one of the fields of s separated by
// ASCII white space (strings.Fields without its allocation).
func hasField(s, f string) bool {
	if f == "" || strings.ContainsAny(f, " \t\n\v\f\r") {
		return false
	}
	for {
		i := strings.Index(s, f)
		if i < 0 {
			return false
		}
		end := i + len(f)
		if (i == 0 || isSpace(s[i-1])) && (end == len(s) || isSpace(s[end])) {
			return true
		}
		s = s[i+1:]
	}
}

// isSpace reports whether c is ASCII white space, as strings.Fields
// splits at.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// Rect is an axis-aligned rectangle in points: lower-left and upper-right
// corners, y up as in Graphviz.
type Rect struct{ X0, Y0, X1, Y1 float64 }

// Document is a parsed xdot text: its objects in the order Graphviz wrote
// them, the root graph first.
type Document struct {
	Objects []*Object
	BB      Rect    // the root graph's bounding box (bb)
	Pad     float64 // the root graph's pad in points (its pad attribute is in inches)
}

// Graph returns the root graph object.
func (d *Document) Graph() *Object { return d.Objects[0] }

// defaultPad is Graphviz's default pad, 0.0555 inches, in points.
const defaultPad = 4

// ParseXDOT parses the DOT text with xdot drawing attributes that Graphviz
// writes for the format "xdot". Input that is not such text gives an error
// wrapping ErrXDOT that says where, never a panic.
func ParseXDOT(src []byte) (*Document, error) {
	return ParseXDOTString(string(src))
}

// ParseXDOTString is ParseXDOT of a string, which it reads without a copy.
func ParseXDOTString(src string) (*Document, error) {
	p := &parser{lex: lexer{src: src}}
	if err := p.advance(); err != nil {
		return nil, err
	}
	if p.tok.kind == tokID && strings.EqualFold(p.tok.text, "strict") {
		if err := p.advance(); err != nil {
			return nil, err
		}
	}
	if p.tok.kind != tokID || !strings.EqualFold(p.tok.text, "digraph") && !strings.EqualFold(p.tok.text, "graph") {
		return nil, p.errorf("the text does not start with digraph or graph")
	}
	root := &Object{Kind: KindGraph}
	if err := p.advance(); err != nil {
		return nil, err
	}
	if p.tok.kind == tokID {
		root.Name = p.tok.text
		if err := p.advance(); err != nil {
			return nil, err
		}
	}
	p.doc.Objects = append(p.doc.Objects, root)
	if err := p.block(root, &scope{}, 0); err != nil {
		return nil, err
	}
	if p.tok.kind != tokEOF {
		return nil, p.errorf("text after the graph's closing brace")
	}
	var b slab
	for _, o := range p.doc.Objects {
		if err := o.parseOps(&b); err != nil {
			return nil, err
		}
	}
	if err := p.doc.measure(); err != nil {
		return nil, err
	}
	if err := p.doc.checkBounds(); err != nil {
		return nil, err
	}
	return &p.doc, nil
}

// checkBounds rejects drawing operations far outside the bounding box
// (more than its own size again on any side), and fonts over 1000 points:
// Graphviz never writes them, and they would take unbounded time to dash
// or fill.
func (d *Document) checkBounds() error {
	w, h := d.BB.X1-d.BB.X0, d.BB.Y1-d.BB.Y0
	m := max(w, h) + 2*d.Pad + 100
	out := func(p Point) bool {
		return p.X < d.BB.X0-m || p.X > d.BB.X1+m || p.Y < d.BB.Y0-m || p.Y > d.BB.Y1+m
	}
	for _, o := range d.Objects {
		for _, ops := range [][]Op{o.Draw, o.Label, o.Head, o.Tail, o.HeadLabel, o.TailLabel} {
			for _, op := range ops {
				bad := op.Size > 1000 || op.Size < 0 || op.Width > 2*m || op.Width < 0
				for i, p := range op.Points {
					if (op.Code == 'E' || op.Code == 'e' || op.Code == 'I') && i == 1 {
						bad = bad || p.X < 0 || p.Y < 0 || p.X > m || p.Y > m
						continue
					}
					bad = bad || out(p)
				}
				if bad {
					return fmt.Errorf("%w: %s draws %c far outside its bounding box %g,%g,%g,%g", ErrXDOT, o.describe(), op.Code, d.BB.X0, d.BB.Y0, d.BB.X1, d.BB.Y1)
				}
			}
		}
	}
	return nil
}

// measure reads the root graph's bounding box and pad.
func (d *Document) measure() error {
	g := d.Graph()
	bb := g.Attr("bb")
	if bb == "" {
		return fmt.Errorf("%w: the graph has no bb (bounding box): lay it out with Graphviz first", ErrXDOT)
	}
	f := strings.Split(bb, ",")
	var v [4]float64
	if len(f) != 4 {
		return fmt.Errorf("%w: bb %q is not x0,y0,x1,y1", ErrXDOT, bb)
	}
	for i, s := range f {
		x, err := parseNum(strings.TrimSpace(s))
		if err != nil {
			return fmt.Errorf("%w: bb %q is not x0,y0,x1,y1", ErrXDOT, bb)
		}
		v[i] = x
	}
	if v[2] < v[0] || v[3] < v[1] || v[2]-v[0] > maxSize || v[3]-v[1] > maxSize {
		return fmt.Errorf("%w: bb %q is empty or larger than %g points", ErrXDOT, bb, float64(maxSize))
	}
	d.BB = Rect{v[0], v[1], v[2], v[3]}
	d.Pad = defaultPad
	if pad := g.Attr("pad"); pad != "" {
		x, err := parseNum(strings.SplitN(pad, ",", 2)[0])
		if err != nil || x < 0 || x > 100 {
			return fmt.Errorf("%w: pad %q is not a size in inches", ErrXDOT, pad)
		}
		d.Pad = x * 72
	}
	return nil
}

// maxSize is the largest width or height of a graph in points, so that a
// bad bounding box cannot ask for a huge image.
const maxSize = 100000

// parseNum parses a finite number.
func parseNum(s string) (float64, error) {
	x, err := strconv.ParseFloat(s, 64)
	if err != nil || x != x || x > 1e12 || x < -1e12 {
		return 0, fmt.Errorf("%w: %q is not a number", ErrXDOT, s)
	}
	return x, nil
}

// parseOps parses the object's drawing attributes.
func (o *Object) parseOps(b *slab) error {
	for _, a := range [...]struct {
		key string
		dst *[]Op
	}{
		{"_draw_", &o.Draw}, {"_ldraw_", &o.Label}, {"_hdraw_", &o.Head},
		{"_tdraw_", &o.Tail}, {"_hldraw_", &o.HeadLabel}, {"_tldraw_", &o.TailLabel},
	} {
		s := o.Attr(a.key)
		if s == "" {
			continue
		}
		ops, err := parseOps(s, b)
		if err != nil {
			return fmt.Errorf("%s of %s: %w", a.key, o.describe(), err)
		}
		*a.dst = ops
	}
	return nil
}

// describe names the object in errors.
func (o *Object) describe() string {
	switch o.Kind {
	case KindGraph:
		return "the graph"
	case KindCluster:
		return "subgraph " + strconv.Quote(o.Name)
	case KindNode:
		return "node " + strconv.Quote(o.Name)
	}
	return "edge " + strconv.Quote(o.Name)
}
