package diagram

import (
	"context"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/diagram/dotgraph"
	"github.com/eventgraph/eventgraph/diagram/xdot"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// nastyTexts are label texts that Graphviz writes back in ways a naive
// reader gets wrong: quotes at the start of a wrapped line, a backslash
// before a quote (Graphviz 12 then leaves the quote unescaped), trailing
// backslashes, Graphviz's own escapes, HTML and CJK.
var nastyTexts = []string{
	`'quoted' role`, `"back channel"`, `a\"b`, `C:\path\`, `ends with \`, `\"`, `\\"x"\\`,
	`\N \G \E \l`, `<b>&amp;</b>`, `韩东 "中"`, `'`, `"`, `x", y=1, z="`, `\" -> "a"`,
}

// TestXDOTReadsGraphviz lays out every nasty text as a node label (HTML)
// and an edge label (quoted, over two lines) with Graphviz, reads the xdot
// back and finds each text drawn whole. The xdot is kept as a fuzz seed
// (diagram/xdot/testdata/quotes.xdot, rewritten with -update).
func TestXDOTReadsGraphviz(t *testing.T) {
	var b strings.Builder
	b.WriteString("digraph {\n")
	for i, s := range nastyTexts {
		n := "n" + itoa(i)
		b.WriteString("  " + n + " [label=<" + html(s) + ">];\n")
		b.WriteString("  " + n + " -> " + n + "x [label=<role<BR/>" + html(s) + ">];\n")
		if quotedToo(s) {
			// Quoted, Graphviz 12 writes the label attribute back with bare
			// quotes; the reader takes them as text, except before " -> ".
			b.WriteString("  " + n + " -> " + n + "y [label=" + dotgraph.Quote("role\n"+s) + "];\n")
		}
	}
	b.WriteString("}\n")
	out, err := render(context.Background(), []byte(b.String()), xdotFormat, "")
	if err != nil {
		t.Fatal(err)
	}
	testcase.Golden(t, "xdot/testdata/quotes.xdot", out, *update)
	d, err := xdot.ParseXDOT(out)
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]int{}
	for _, o := range d.Objects {
		for _, op := range o.Label {
			if op.Code == 'T' {
				texts[op.Text]++
			}
		}
	}
	for _, s := range nastyTexts {
		// As the node's label and as the edge labels' second lines.
		want := 2
		if quotedToo(s) {
			want = 3
		}
		if texts[s] != want {
			t.Errorf("%q is drawn %d times, want %d (texts: %v)", s, texts[s], want, texts)
		}
	}
}

// quotedToo reports whether a text is also tried as a quoted label: not
// when Graphviz writes it back ambiguously (a bare quote before " -> "),
// nor when it holds an entity, which Graphviz decodes in quoted labels.
func quotedToo(s string) bool {
	return !strings.Contains(s, " -> ") && !strings.Contains(s, "&")
}
