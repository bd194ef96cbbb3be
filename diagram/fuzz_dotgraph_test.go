package diagram

import (
	"context"
	"maps"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/diagram/dotgraph"
	"github.com/eventgraph/eventgraph/diagram/xdot"
	"github.com/goccy/go-graphviz"
)

// modelOf is a DOT model holding the texts a and b in every place the
// diagram puts text: node names, quoted and bare values, an HTML-like label,
// a cluster's name and an anonymous rank group.
func modelOf(a, b string) *dotgraph.Graph {
	g := &dotgraph.Graph{
		Name:      a,
		Attrs:     []dotgraph.Attr{dotgraph.Str("bb", "0,0,10,10"), dotgraph.Str("class", b)},
		NodeAttrs: []dotgraph.Attr{dotgraph.Str("fontname", fontName)},
		EdgeAttrs: []dotgraph.Attr{dotgraph.Num("arrowsize", 0.7)},
	}
	g.Add(
		&dotgraph.Subgraph{Name: "cluster_" + a, Attrs: []dotgraph.Attr{dotgraph.Str("class", a)},
			Stmts: []dotgraph.Stmt{dotgraph.Node{ID: b, Attrs: []dotgraph.Attr{dotgraph.Str("class", b), dotgraph.Bare("group", a)}}}},
		dotgraph.Node{ID: a, Attrs: []dotgraph.Attr{dotgraph.Str("class", a),
			dotgraph.Markup("label", font(html(b), 11, "#000000", true, false)+"<BR/>"+html(a))}},
		dotgraph.Edge{From: a, To: b, Attrs: []dotgraph.Attr{dotgraph.Str("class", b), dotgraph.Bare("comment", a)}},
		&dotgraph.Subgraph{Attrs: []dotgraph.Attr{dotgraph.Bare("rank", "same")}, Stmts: []dotgraph.Stmt{dotgraph.Node{ID: a}, dotgraph.Node{ID: b}}},
	)
	return g
}

// asWritten is s as Graphviz holds a DOT string the writer wrote: without
// the characters the writer drops, with a newline as the escape \n and
// backslashes doubled (Graphviz keeps escapes in strings and expands them
// only when it draws a label).
func asWritten(s string) string {
	s = strings.Map(func(r rune) rune {
		if r != '\n' && dotgraph.Dropped(r) {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
	return strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), "\n", `\n`)
}

// FuzzDOTModel writes DOT models holding any text and reads them back
// with Graphviz's own parser, then lays them out and reads Graphviz's xdot
// with diagram/xdot: both must accept the text and find every node name
// and value as written, so that no text can end a string, open a statement
// or change another attribute. (diagram/xdot reads Graphviz's output, not
// DOT in general; FuzzDOT runs whole drawings through it.)
func FuzzDOTModel(f *testing.F) {
	for _, s := range append(nastyTexts, "", "a", "graph", "node", "Han Dong", "a\nb", "\x00", `"; evil="1`, `\`, "]]>", "<B>", "中文") {
		f.Add(s, "x")
		f.Add("x", s)
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if strings.HasPrefix(asWritten(a), "%") || strings.HasPrefix(asWritten(b), "%") {
			return // Graphviz reads such a node name as one of its own anonymous ones (see dotgraph.Node)
		}
		src := modelOf(a, b).Bytes()
		graphvizReads(t, src, a, b)
		if dotName(a) != a || dotName(b) != b {
			return // Graphviz writes a keyword name back bare (see dotName)
		}
		xdotReads(t, src, a, b)
	})
}

// xdotReads lays out src, the model of a and b, and reads the layout with
// diagram/xdot: node names and class values come back as asWritten says,
// with \\ read as one backslash.
func xdotReads(t *testing.T, src []byte, a, b string) {
	t.Helper()
	x, err := render(context.Background(), src, xdotFormat, "")
	if err != nil {
		t.Fatalf("Graphviz cannot lay out the model of %q, %q: %v\n%s", a, b, err, src)
	}
	doc, err := xdot.ParseXDOT(x)
	if err != nil {
		t.Fatalf("xdot cannot read the layout of the model of %q, %q: %v\n%s", a, b, err, x)
	}
	read := func(s string) string { return strings.ReplaceAll(asWritten(s), `\\`, `\`) }
	want := map[string]string{read(a): read(a), read(b): read(b)}
	got := map[string]string{}
	edges := 0
	for _, o := range doc.Objects {
		switch o.Kind {
		case xdot.KindNode:
			got[o.Name] = o.Attr("class")
		case xdot.KindEdge:
			edges++
			if o.Attr("class") != read(b) {
				t.Errorf("xdot reads the class of the edge of %q, %q as %q, want %q", a, b, o.Attr("class"), read(b))
			}
		}
	}
	if !maps.Equal(got, want) || edges != 1 {
		t.Errorf("xdot reads the nodes of %q, %q as %q and %d edges, want %q and 1\n%s", a, b, got, edges, want, x)
	}
	if c := doc.Graph().Attr("class"); c != read(b) {
		t.Errorf("xdot reads the graph class of %q as %q, want %q", b, c, read(b))
	}
}

// graphvizReads parses src, the model of a and b, with Graphviz and checks
// its node names, its edge and the class attributes (see asWritten).
func graphvizReads(t *testing.T, src []byte, a, b string) {
	t.Helper()
	gvMu.Lock()
	defer gvMu.Unlock()
	if _, err := sharedGraphviz(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer releaseGraphviz(true)
	g, err := graphviz.ParseBytes(src)
	if err != nil {
		t.Fatalf("Graphviz cannot read the model of %q, %q: %v\n%s", a, b, err, src)
	}
	defer g.Close()
	keep := asWritten
	want := map[string]string{keep(a): keep(a), keep(b): keep(b)}
	got := map[string]string{}
	edges := 0
	n, err := g.FirstNode()
	for ; err == nil && n != nil; n, err = g.NextNode(n) {
		name, err := n.Name()
		if err != nil {
			t.Fatal(err)
		}
		got[name] = n.GetStr("class")
		e, err := g.FirstOut(n)
		for ; err == nil && e != nil; e, err = g.NextOut(e) {
			edges++
			if c := e.GetStr("class"); c != keep(b) {
				t.Errorf("Graphviz reads the class of the edge of %q, %q as %q, want %q", a, b, c, keep(b))
			}
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(got, want) || edges != 1 {
		t.Errorf("Graphviz reads the nodes of %q, %q as %q and %d edges, want %q and 1\n%s", a, b, got, edges, want, src)
	}
	if c := g.GetStr("class"); c != keep(b) {
		t.Errorf("Graphviz reads the graph class of %q as %q, want %q", b, c, keep(b))
	}
}
