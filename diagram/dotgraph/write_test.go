package dotgraph

import "testing"

func TestBytes(t *testing.T) {
	g := &Graph{
		Name:      `say "hi"`,
		Attrs:     []Attr{Str("id", "diagram"), Num("pad", 0.15), Num("nodesep", 0.3), Markup("label", "<B>T</B>")},
		NodeAttrs: []Attr{Str("fontname", "Arial"), Num("fontsize", 12)},
	}
	g.Add(
		&Subgraph{Name: "cluster_org", Attrs: []Attr{Str("class", "eg-cluster")}, Stmts: []Stmt{
			Node{ID: "a", Attrs: []Attr{Str("label", `C:\N`)}},
			&Subgraph{Name: "cluster_inner", Stmts: []Stmt{Node{ID: "b"}}},
		}},
		Node{ID: "c\nd"},
		Edge{From: "a", To: "c\nd", Attrs: []Attr{Str("dir", "back"), Num("penwidth", 1.25)}},
		Edge{From: "a", To: "b", Attrs: []Attr{Bare("style", "invis"), Bare("rank", "two words"), Bare("x", "node")}},
		&Subgraph{Attrs: []Attr{Bare("rank", "same")}, Stmts: []Stmt{Node{ID: "a"}, Node{ID: "b"}}},
		&Subgraph{Stmts: []Stmt{Node{ID: "a", Attrs: []Attr{Num("width", 1)}}}},
	)
	want := `digraph "say \"hi\"" {
  graph [id="diagram", pad=0.15, nodesep=0.3, label=<<B>T</B>>];
  node [fontname="Arial", fontsize=12];
  subgraph "cluster_org" {
    graph [class="eg-cluster"];
    "a" [label="C:\\N"];
    subgraph "cluster_inner" {
      "b";
    }
  }
  "c\nd";
  "a" -> "c\nd" [dir="back", penwidth=1.25];
  "a" -> "b" [style=invis, rank="two words", x="node"];
  subgraph { rank=same; "a"; "b"; }
  subgraph {
    "a" [width=1];
  }
}
`
	if got := g.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestFormatNumber(t *testing.T) {
	for _, tt := range []struct {
		in   float64
		want string
	}{{0, "0"}, {-0.001, "0"}, {1.5, "1.5"}, {0.125, "0.12"}, {0.126, "0.13"}, {12, "12"}, {-2.25, "-2.25"}, {1e6, "1000000"}} {
		if got := FormatNumber(tt.in); got != tt.want {
			t.Errorf("FormatNumber(%g) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLookup(t *testing.T) {
	attrs := []Attr{Str("a", "1"), Num("b", 2)}
	if a, ok := Lookup(attrs, "b"); !ok || a.Value() != "2" {
		t.Errorf("Lookup(b) = %v, %v", a, ok)
	}
	if Has(attrs, "c") {
		t.Error("Has(c) = true")
	}
}
