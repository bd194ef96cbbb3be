package xdot

import (
	"errors"
	"math"
	"os"
	"reflect"
	"testing"
)

func TestParseXDOT(t *testing.T) {
	src, err := os.ReadFile("testdata/line.xdot")
	if err != nil {
		t.Fatal(err)
	}
	d, err := ParseXDOT(src)
	if err != nil {
		t.Fatal(err)
	}
	if d.BB != (Rect{0, 0, 200, 100}) || d.Pad != 18 {
		t.Errorf("BB %v pad %v, want {0 0 200 100} 18", d.BB, d.Pad)
	}
	type obj struct {
		kind  Kind
		name  string
		class string
		ops   int
	}
	var got []obj
	for _, o := range d.Objects {
		got = append(got, obj{o.Kind, o.Name, o.Attr("class"), len(o.Draw) + len(o.Label) + len(o.Head)})
	}
	want := []obj{
		{KindGraph, "test", "", 3},
		{KindNode, "a", "eg-node eg-claim eg-alleged", 9},
		{KindEdge, "a -> b", "eg-edge eg-alleged", 8},
		{KindNode, "b", "eg-node", 3},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("objects\n got %+v\nwant %+v", got, want)
	}
	b := d.Objects[3]
	if l := b.Attr("label"); l != `"b\"` {
		t.Errorf("label of b = %q, want %q", l, `"b\"`)
	}
	if !d.Objects[1].HasClass("eg-alleged") || d.Objects[1].HasClass("eg-all") {
		t.Error("HasClass does not match whole class names")
	}
	wantEdge := []Op{
		{Code: 'S', Text: "setlinewidth(2)"}, {Code: 'S', Text: "dashed"}, {Code: 'c', Text: "#000000"},
		{Code: 'B', Points: []Point{{20, 50}, {60, 50}, {140, 50}, {180, 50}}},
	}
	if e := d.Objects[2]; !reflect.DeepEqual(e.Draw, wantEdge) {
		t.Errorf("edge _draw_\n got %+v\nwant %+v", e.Draw, wantEdge)
	}
}

// TestParseXDOTGraphviz reads real Graphviz output: quoted strings broken
// over lines with backslash-newline, HTML labels, clusters of none.
func TestParseXDOTGraphviz(t *testing.T) {
	src, err := os.ReadFile("testdata/han-tao.xdot")
	if err != nil {
		t.Fatal(err)
	}
	d, err := ParseXDOT(src)
	if err != nil {
		t.Fatal(err)
	}
	if d.BB != (Rect{0, 0, 908.91, 414.58}) || math.Abs(d.Pad-21.6) > 1e-9 {
		t.Errorf("BB %v pad %v", d.BB, d.Pad)
	}
	var nodes, edges int
	for _, o := range d.Objects {
		switch o.Kind {
		case KindNode:
			nodes++
		case KindEdge:
			edges++
		}
	}
	if nodes != 8 || edges != 13 {
		t.Errorf("%d nodes and %d edges, want 8 and 13", nodes, edges)
	}
	title := d.Graph().Label
	if len(title) != 8 || title[3].Text != "Han Dong, the Two Michaels and the Chinese consulate in Toronto" ||
		title[7].Text != "Within 1 step of Han Tao" || title[6].Flags != FlagItalic {
		t.Errorf("graph _ldraw_ = %+v", title)
	}
}

func TestParseXDOTErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `xdot: bad input: the text does not start with digraph or graph at byte 0`},
		{"digraph {", `xdot: bad input: the graph is never closed with } at byte 9`},
		{"digraph { a [label=\"x] }", `xdot: bad input: string at byte 19 is never closed`},
		{"digraph { a [label=<x] }", `xdot: bad input: HTML string at byte 19 is never closed`},
		{"digraph { a [label] }", `xdot: bad input: the graph has no bb (bounding box): lay it out with Graphviz first`},
		{"digraph { bb=\"0,0,1\" }", `xdot: bad input: bb "0,0,1" is not x0,y0,x1,y1`},
		{"digraph { bb=\"0,0,1e9,1\" }", `xdot: bad input: bb "0,0,1e9,1" is empty or larger than 100000 points`},
		{"digraph { bb=\"0,0,1,1\" pad=x }", `xdot: bad input: pad "x" is not a size in inches`},
		{"digraph { bb=\"0,0,1,1\" } x", `xdot: bad input: text after the graph's closing brace at byte 25`},
		{"digraph { a -> }", `xdot: bad input: expected a node after the edge operator at byte 15`},
		{"digraph { a [_draw_=\"Q 1\"] bb=\"0,0,1,1\" }", `_draw_ of node "a": xdot: bad input: unknown operation 'Q' at byte 0`},
		{"digraph { bb=\"0,0,10,10\"; a [_draw_=\"L 2 0 0 1e9 0\"] }", `xdot: bad input: node "a" draws L far outside its bounding box 0,0,10,10`},
		{"digraph { bb=\"0,0,10,10\"; a [_ldraw_=\"F 5000 1 -A\"] }", `xdot: bad input: node "a" draws F far outside its bounding box 0,0,10,10`},
		{"digraph { /* x }", `xdot: bad input: comment at byte 10 is never closed`},
		{"digraph { a @ }", `xdot: bad input: unexpected '@' at byte 12`},
		{"digraph { a [k=] }", `xdot: bad input: expected a value for k at byte 15`},
	}
	for _, tt := range tests {
		_, err := ParseXDOT([]byte(tt.in))
		if err == nil || !errors.Is(err, ErrXDOT) || err.Error() != tt.want {
			t.Errorf("ParseXDOT(%q) = %v\nwant %s", tt.in, err, tt.want)
		}
	}
}

func TestParseXDOTDeepNesting(t *testing.T) {
	src := "digraph { "
	for range 100 {
		src += "subgraph { "
	}
	_, err := ParseXDOT([]byte(src))
	if err == nil || !errors.Is(err, ErrXDOT) {
		t.Fatalf("deep nesting: %v", err)
	}
}

func FuzzParseXDOT(f *testing.F) {
	for _, p := range []string{"testdata/line.xdot", "testdata/han-tao.xdot", "testdata/quotes.xdot"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`digraph { bb="0,0,10,10"; a [_ldraw_="F 9 5 -Arial T 1 1 0 5 3 -中 "] }`))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ParseXDOT(b)
		if err != nil {
			if !errors.Is(err, ErrXDOT) {
				t.Fatalf("error does not wrap ErrXDOT: %v", err)
			}
			return
		}
		if len(d.Objects) == 0 || d.Graph().Kind != KindGraph {
			t.Fatal("a parsed document has no root graph")
		}
	})
}
