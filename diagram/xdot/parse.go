package xdot

import (
	"fmt"
	"strings"
)

// parser reads DOT statements.
type parser struct {
	lex   lexer
	tok   token
	doc   Document
	attrs []Attr   // reused by attrList
	objs  []Object // allocated in blocks, so that each object is no allocation of its own
}

// newObject returns a new object, allocated from a block.
func (p *parser) newObject(o Object) *Object {
	if len(p.objs) == cap(p.objs) {
		p.objs = make([]Object, 0, max(16, min(2*cap(p.objs), 1024)))
	}
	p.objs = append(p.objs, o)
	return &p.objs[len(p.objs)-1]
}

// maxDepth bounds the nesting of subgraphs.
const maxDepth = 64

func (p *parser) advance() error {
	t, err := p.lex.next()
	p.tok = t
	return err
}

func (p *parser) errorf(format string, args ...any) error {
	return fmt.Errorf("%w: %s at byte %d", ErrXDOT, fmt.Sprintf(format, args...), p.tok.pos)
}

// isPunct reports whether the current token is the punctuation s.
func (p *parser) isPunct(s string) bool { return p.tok.kind == tokPunct && p.tok.text == s }

// scope holds the default node and edge attributes of a graph or
// subgraph (node [...] and edge [...] statements), which the nodes and edges
// that follow inherit.
type scope struct{ node, edge []Attr }

// block reads "{ statements }" into g.
func (p *parser) block(g *Object, parent *scope, depth int) error {
	sc := &scope{node: parent.node[:len(parent.node):len(parent.node)], edge: parent.edge[:len(parent.edge):len(parent.edge)]}
	if depth > maxDepth {
		return p.errorf("subgraphs nested more than %d deep", maxDepth)
	}
	if !p.isPunct("{") {
		return p.errorf("expected {")
	}
	if err := p.advance(); err != nil {
		return err
	}
	for !p.isPunct("}") {
		if p.tok.kind == tokEOF {
			return p.errorf("the graph is never closed with }")
		}
		if err := p.statement(g, sc, depth); err != nil {
			return err
		}
		for p.isPunct(";") || p.isPunct(",") {
			if err := p.advance(); err != nil {
				return err
			}
		}
	}
	return p.advance()
}

// statement reads one statement of graph g.
func (p *parser) statement(g *Object, sc *scope, depth int) error {
	if p.isPunct("{") {
		return p.subgraph("", sc, depth)
	}
	if p.tok.kind != tokID {
		return p.errorf("expected a statement, found %q", p.tok.text)
	}
	word := p.tok.text
	switch strings.ToLower(word) {
	case "graph", "node", "edge":
		if err := p.advance(); err != nil {
			return err
		}
		if !p.isPunct("[") {
			return p.errorf("expected [ after %s", word)
		}
		attrs, err := p.attrList()
		if err != nil {
			return err
		}
		switch strings.ToLower(word) {
		case "graph":
			g.Attrs = append(g.Attrs, attrs...)
		case "node":
			sc.node = append(sc.node, attrs...)
		default:
			sc.edge = append(sc.edge, attrs...)
		}
		return nil
	case "subgraph":
		if err := p.advance(); err != nil {
			return err
		}
		name := ""
		if p.tok.kind == tokID {
			name = p.tok.text
			if err := p.advance(); err != nil {
				return err
			}
		}
		return p.subgraph(name, sc, depth)
	}
	if err := p.advance(); err != nil {
		return err
	}
	if p.isPunct("=") {
		if err := p.advance(); err != nil {
			return err
		}
		if p.tok.kind != tokID {
			return p.errorf("expected a value for %s", word)
		}
		g.Attrs = append(g.Attrs, Attr{word, p.tok.text})
		return p.advance()
	}
	if err := p.port(); err != nil {
		return err
	}
	ends := []string{word}
	for p.tok.kind == tokEdgeOp {
		if err := p.advance(); err != nil {
			return err
		}
		if p.tok.kind != tokID {
			return p.errorf("expected a node after the edge operator")
		}
		ends = append(ends, p.tok.text)
		if err := p.advance(); err != nil {
			return err
		}
		if err := p.port(); err != nil {
			return err
		}
	}
	var attrs []Attr
	if p.isPunct("[") {
		var err error
		if attrs, err = p.attrList(); err != nil {
			return err
		}
	}
	if len(ends) == 1 {
		p.doc.Objects = append(p.doc.Objects, p.newObject(Object{Kind: KindNode, Name: word, Attrs: inherit(sc.node, attrs)}))
		return nil
	}
	for i := 1; i < len(ends); i++ {
		p.doc.Objects = append(p.doc.Objects, p.newObject(Object{Kind: KindEdge, Name: ends[i-1] + " -> " + ends[i], Attrs: inherit(sc.edge, attrs)}))
	}
	return nil
}

// port skips a node port (":port" or ":port:compass").
func (p *parser) port() error {
	for p.isPunct(":") {
		if err := p.advance(); err != nil {
			return err
		}
		if p.tok.kind != tokID {
			return p.errorf("expected a port name after :")
		}
		if err := p.advance(); err != nil {
			return err
		}
	}
	return nil
}

// subgraph reads the body of a subgraph into a new object.
func (p *parser) subgraph(name string, sc *scope, depth int) error {
	s := p.newObject(Object{Kind: KindCluster, Name: name})
	p.doc.Objects = append(p.doc.Objects, s)
	return p.block(s, sc, depth+1)
}

// inherit returns an element's attributes after the defaults it inherits,
// so that its own win (Object.Attr reads the last).
func inherit(defaults, own []Attr) []Attr {
	n := len(own)
	for _, a := range defaults {
		if !strings.HasPrefix(a.Key, "_") {
			n++
		}
	}
	out := make([]Attr, 0, n)
	for _, a := range defaults {
		if !strings.HasPrefix(a.Key, "_") {
			out = append(out, a)
		}
	}
	return append(out, own...)
}

// attrList reads one or more "[k=v, ...]" lists. The list it returns is
// reused by the next call: the caller copies it.
func (p *parser) attrList() ([]Attr, error) {
	attrs := p.attrs[:0]
	defer func() { p.attrs = attrs[:0] }()
	for p.isPunct("[") {
		if err := p.advance(); err != nil {
			return nil, err
		}
		for !p.isPunct("]") {
			if p.tok.kind != tokID {
				return nil, p.errorf("expected an attribute name")
			}
			key := p.tok.text
			if err := p.advance(); err != nil {
				return nil, err
			}
			val := "true"
			if p.isPunct("=") {
				if err := p.advance(); err != nil {
					return nil, err
				}
				if p.tok.kind != tokID {
					return nil, p.errorf("expected a value for %s", key)
				}
				val = p.tok.text
				if err := p.advance(); err != nil {
					return nil, err
				}
			}
			attrs = append(attrs, Attr{key, val})
			for p.isPunct(",") || p.isPunct(";") {
				if err := p.advance(); err != nil {
					return nil, err
				}
			}
		}
		if err := p.advance(); err != nil {
			return nil, err
		}
	}
	return attrs, nil
}
