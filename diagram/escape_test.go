package diagram

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
)

func TestHTML(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Han Dong", "Han Dong"},
		{`<script>alert("x")</script>`, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"},
		{"]]><![CDATA[", "]]&gt;&lt;![CDATA["},
		{"A & B's", "A &amp; B&#39;s"},
		{`\N \G C:\x`, `\\N \\G C:\\x`},
		{"line\nbreak", "line break"},
		{"nul\x00", "nul"},
		{"&amp;", "&amp;amp;"},
	}
	for _, tt := range tests {
		if got := html(tt.in); got != tt.want {
			t.Errorf("html(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  a \n\t b  ", "a b"},
		{"x\u200fy", "x\u200fy"},
		{"ctrl\x01\x7f", "ctrl"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// hostileGraph loads examples/hostile-names.
func hostileGraph(t testing.TB) *graph.Graph {
	t.Helper()
	c, err := casefile.LoadDir("../examples/hostile-names")
	if err != nil {
		t.Fatal(err)
	}
	g, err := graph.Build(c)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// svgTexts returns the text of every <text> element, in order.
// nodeTexts returns the texts drawn in the group whose id ends in -id, up
// to the next node or edge.
func nodeTexts(els []svgElement, id string) []string {
	var out []string
	in := false
	for _, e := range els {
		if gid := e.attrs["id"]; gid != "" {
			if strings.HasSuffix(gid, "-"+id) {
				in = true
			} else if strings.Contains(gid, "-n-") || strings.Contains(gid, "-e-") {
				in = false
			}
		}
		if in && e.name == "text" {
			out = append(out, e.text)
		}
	}
	return out
}

func svgTexts(els []svgElement) []string {
	var out []string
	for _, e := range els {
		if e.name == "text" {
			out = append(out, e.text)
		}
	}
	return out
}

func TestHostileNames(t *testing.T) {
	g := hostileGraph(t)
	for _, o := range []opt{{}, {Kinds: allKinds}, {Kinds: People | Organizations}, {Options: Options{Cluster: true}}} {
		t.Run(o.Kinds.String(), func(t *testing.T) {
			dot, err := dotOf(g, o)
			if err != nil {
				t.Fatal(err)
			}
			checkQuoted(t, dot)
			svg, err := svgOf(context.Background(), g, o)
			if err != nil {
				t.Fatal(err)
			}
			els := checkSVG(t, svg)
			texts := noSpace(strings.Join(svgTexts(els), ""))
			for _, want := range []string{
				`Back\slash \N \G \E \l Tester`, `<script>alert("eventgraph")</script>`,
				`נועה לוי`, `王小明`, `Jean "Johnny" O'Brien-D'Arcy`,
			} {
				if !strings.Contains(texts, noSpace(want)) {
					t.Errorf("SVG does not show %q literally", want)
				}
			}
			if strings.Contains(string(svg), "<script") {
				t.Error("SVG holds a <script element")
			}
		})
	}
}

// noSpace drops white space, so that wrapped lines compare with the text.
func noSpace(s string) string { return strings.Join(strings.Fields(s), "") }

var reQuoted = regexp.MustCompile(`"((?:[^"\\]|\\.)*)"`)

// checkQuoted checks that every backslash in a quoted DOT string starts
// one of the escapes DOT writes: \\, \" or \n (a line break of ours).
func checkQuoted(t *testing.T, dot []byte) {
	t.Helper()
	for _, m := range reQuoted.FindAllSubmatch(dot, -1) {
		v := m[1]
		for i := 0; i < len(v); i++ {
			if v[i] != '\\' {
				continue
			}
			if i+1 >= len(v) || !strings.ContainsRune(`\"n`, rune(v[i+1])) {
				t.Errorf("quoted DOT string %q holds an unescaped backslash", v)
				break
			}
			i++
		}
	}
}

var rePair = regexp.MustCompile(`(-?[0-9.]+),(-?[0-9.]+)`)

// nodeWidth returns the width of the shape of the node with the given id
// suffix: the x extent of its first polygon or path.
func nodeWidth(t *testing.T, els []svgElement, id string) float64 {
	t.Helper()
	for i, e := range els {
		if !strings.HasSuffix(e.attrs["id"], "-"+id) {
			continue
		}
		for _, s := range els[i+1:] {
			pts := s.attrs["points"] + s.attrs["d"]
			if s.name != "polygon" && s.name != "path" || pts == "" {
				continue
			}
			lo, hi := 1e9, -1e9
			for _, m := range rePair.FindAllStringSubmatch(pts, -1) {
				x, _ := strconv.ParseFloat(m[1], 64)
				lo, hi = min(lo, x), max(hi, x)
			}
			return hi - lo
		}
	}
	t.Fatalf("no shape for %s", id)
	return 0
}

func TestWideNamesFit(t *testing.T) {
	fsys := fstest.MapFS{
		"case/people.yaml": {Data: []byte(`people:
  - id: cjk
    name: 中华人民共和国驻多伦多总领事馆发言人
  - id: arabic
    name: فاطمة الزهراء بنت عبد الله
  - id: latin
    name: Han Dong
events:
  - id: meeting
    title: 中华人民共和国驻多伦多总领事馆会议记录和声明
    date: 2021-02
    participants: [cjk, arabic, latin]
`)},
	}
	c, err := casefile.Load(fsys, "case")
	if err != nil {
		t.Fatal(err)
	}
	g, err := graph.Build(c)
	if err != nil {
		t.Fatal(err)
	}
	svg, err := svgOf(context.Background(), g, opt{})
	if err != nil {
		t.Fatal(err)
	}
	els := checkSVG(t, svg)
	for _, id := range []string{"cjk", "arabic", "latin", "meeting"} {
		texts := nodeTexts(els, "n-"+id)
		w := nodeWidth(t, els, "n-"+id)
		v, _ := g.Vertex(id)
		size, bold := nameSize, true
		if id == "meeting" {
			size, bold = textSize, false
		}
		need := 0.0
		for _, line := range texts {
			if strings.Contains(v.Label, line) && line != "" {
				need = max(need, textWidth(line, size, bold))
			}
		}
		if need == 0 {
			t.Errorf("%s: no line of %q drawn", id, v.Label)
			continue
		}
		if w < need+8 {
			t.Errorf("%s: shape %.1f wide, text %.1f: the text spills out", id, w, need)
		}
	}
}

func TestHostileGolden(t *testing.T) {
	dot, err := dotOf(hostileGraph(t), opt{})
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "hostile-names.dot", dot)
}

func TestPadWide(t *testing.T) {
	tests := []struct{ in, want string }{
		{"denies", "denies"},
		{"韩东", "\u00a0韩东\u00a0"},
		{"顾问 adviser 中华人民共和国驻多伦多总领事馆", "\u00a0\u00a0\u00a0顾问 adviser 中华人民共和国驻多伦多总领事馆\u00a0\u00a0\u00a0"},
	}
	for _, tt := range tests {
		if got := padWide(tt.in, smallSize); got != tt.want {
			t.Errorf("padWide(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestKeywordIDs draws records whose IDs are DOT keywords (valid record
// IDs): Graphviz writes such node names back bare, where they read as
// statements, so the DOT names them otherwise (dotName).
func TestKeywordIDs(t *testing.T) {
	src := `people:
  - {id: node, name: Node Person}
  - {id: graph, name: Graph Person}
  - {id: edge, name: Edge Person}
  - {id: strict, name: Strict}
sources:
  - {id: s, title: S, date: 2020-01-01}
events:
  - {id: subgraph, title: Meeting, date: 2020-02-03, participants: [node, graph, edge, strict], sources: [s]}
  - {id: digraph, title: Call, date: 2020-03-04, participants: [node, graph], sources: [s]}
`
	c, err := casefile.Load(fstest.MapFS{"case/a.yaml": {Data: []byte(src)}}, "case")
	if err != nil {
		t.Fatal(err)
	}
	g, err := graph.Build(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		o    opt
		ids  []string
	}{
		{"whole", opt{}, []string{"node", "graph", "edge", "strict", "subgraph", "digraph"}},
		{"focus", opt{Focus: "node"}, []string{"node", "subgraph", "digraph"}},
		{"cluster", opt{Focus: "subgraph", Options: Options{Cluster: true}}, []string{"node", "graph", "edge", "strict", "subgraph"}},
	} {
		svg, err := svgOf(context.Background(), g, tc.o)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		for _, id := range tc.ids {
			if !strings.Contains(string(svg), `-n-`+id+`"`) {
				t.Errorf("%s: the SVG has no node %s", tc.name, id)
			}
		}
	}
	if got := dotName("node"); got != "_node" {
		t.Errorf(`dotName("node") = %q`, got)
	}
	if got := dotName("han-dong"); got != "han-dong" {
		t.Errorf(`dotName("han-dong") = %q`, got)
	}
}
