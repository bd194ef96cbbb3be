package dotgraph

// Graph is a directed DOT graph: digraph "Name" { graph [...]; node [...];
// edge [...]; statements }.
type Graph struct {
	Name string
	// Attrs are the graph's own attributes; NodeAttrs and EdgeAttrs the
	// defaults of its nodes and edges.
	Attrs, NodeAttrs, EdgeAttrs []Attr
	// Stmts are its nodes, edges and subgraphs, written in this order.
	Stmts []Stmt
}

// Stmt is a statement of a graph or subgraph: a Node, an Edge or a
// *Subgraph.
type Stmt interface {
	write(w *writer, depth int)
}

// Node is a node statement: "ID" [attributes]. Graphviz reads an ID that
// starts with % as the name of one of its own anonymous objects
// ("%3"), so a caller must not pass one; eventgraph's record IDs start
// with a letter or digit.
type Node struct {
	ID    string
	Attrs []Attr
}

// Edge is an edge statement: "From" -> "To" [attributes].
type Edge struct {
	From, To string
	Attrs    []Attr
}

// Subgraph is a subgraph statement. A Name starting with "cluster" makes
// Graphviz draw a box around it; the empty Name an anonymous subgraph, as
// for rank=same.
type Subgraph struct {
	Name  string
	Attrs []Attr
	Stmts []Stmt
}

// Add appends statements to g.
func (g *Graph) Add(s ...Stmt) { g.Stmts = append(g.Stmts, s...) }

// Add appends statements to s.
func (s *Subgraph) Add(st ...Stmt) { s.Stmts = append(s.Stmts, st...) }
