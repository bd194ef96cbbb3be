package dotgraph

import (
	"bytes"
	"strings"
)

// writer accumulates the DOT text.
type writer struct{ b bytes.Buffer }

// Bytes returns the DOT text of g.
//
//	digraph "Name" {
//	  graph [k="v", ...];
//	  node [...];
//	  edge [...];
//	  subgraph "cluster_x" {
//	    graph [...];
//	    "a" [...];
//	  }
//	  "a" -> "b" [...];
//	  subgraph { rank=same; "a"; "b"; }
//	}
//
// A default attribute list with no attributes is left out. An anonymous
// subgraph of attribute-less nodes is written on one line, its attributes
// as statements.
func (g *Graph) Bytes() []byte {
	w := &writer{}
	w.b.WriteString("digraph " + Quote(g.Name) + " {\n")
	w.defaults("graph", g.Attrs, 1)
	w.defaults("node", g.NodeAttrs, 1)
	w.defaults("edge", g.EdgeAttrs, 1)
	for _, s := range g.Stmts {
		s.write(w, 1)
	}
	w.b.WriteString("}\n")
	return w.b.Bytes()
}

// String returns the DOT text of g.
func (g *Graph) String() string { return string(g.Bytes()) }

// indent writes the indentation of depth.
func (w *writer) indent(depth int) { w.b.WriteString(strings.Repeat("  ", depth)) }

// defaults writes a "graph [...]", "node [...]" or "edge [...]" statement
// unless attrs is empty.
func (w *writer) defaults(word string, attrs []Attr, depth int) {
	if len(attrs) == 0 {
		return
	}
	w.indent(depth)
	w.b.WriteString(word)
	w.attrs(attrs)
	w.b.WriteString(";\n")
}

// attrs writes " [k=v, k=v]" (nothing for no attributes).
func (w *writer) attrs(attrs []Attr) {
	if len(attrs) == 0 {
		return
	}
	w.b.WriteString(" [")
	for i, a := range attrs {
		if i > 0 {
			w.b.WriteString(", ")
		}
		w.key(a.Key)
		w.b.WriteByte('=')
		w.b.WriteString(a.Value())
	}
	w.b.WriteByte(']')
}

// key writes an attribute name: bare when it is an identifier (every
// Graphviz attribute is), else quoted.
func (w *writer) key(k string) {
	if isWord(k) {
		w.b.WriteString(k)
		return
	}
	w.b.WriteString(Quote(k))
}

func (n Node) write(w *writer, depth int) {
	w.indent(depth)
	w.b.WriteString(Quote(n.ID))
	w.attrs(n.Attrs)
	w.b.WriteString(";\n")
}

func (e Edge) write(w *writer, depth int) {
	w.indent(depth)
	w.b.WriteString(Quote(e.From) + " -> " + Quote(e.To))
	w.attrs(e.Attrs)
	w.b.WriteString(";\n")
}

func (s *Subgraph) write(w *writer, depth int) {
	w.indent(depth)
	w.b.WriteString("subgraph ")
	if s.Name != "" {
		w.b.WriteString(Quote(s.Name) + " ")
	}
	if s.oneLine() {
		w.b.WriteString("{")
		for _, a := range s.Attrs {
			w.b.WriteByte(' ')
			w.key(a.Key)
			w.b.WriteString("=" + a.Value() + ";")
		}
		for _, st := range s.Stmts {
			w.b.WriteString(" " + Quote(st.(Node).ID) + ";")
		}
		w.b.WriteString(" }\n")
		return
	}
	w.b.WriteString("{\n")
	w.defaults("graph", s.Attrs, depth+1)
	for _, st := range s.Stmts {
		st.write(w, depth+1)
	}
	w.indent(depth)
	w.b.WriteString("}\n")
}

// oneLine reports whether s is anonymous and holds only nodes without
// attributes (a rank=same group).
func (s *Subgraph) oneLine() bool {
	if s.Name != "" {
		return false
	}
	for _, st := range s.Stmts {
		n, ok := st.(Node)
		if !ok || len(n.Attrs) > 0 {
			return false
		}
	}
	return true
}
