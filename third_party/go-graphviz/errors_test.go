package graphviz_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/goccy/go-graphviz"
)

// warningDOT lays out with a warning: its HTML-like label's cell is fixed
// smaller than its text.
const warningDOT = `digraph warns { a [shape=plain label=<<TABLE><TR><TD FIXEDSIZE="TRUE" WIDTH="5" HEIGHT="5">a text wider than its cell</TD></TR></TABLE>>] }`

const stale = "cell size too small"

// TestErrorsAreNotStale: Graphviz keeps its last message, warnings
// included, until another replaces it. A failure after a layout that
// warned reports its own message, or says it has none, never the earlier
// warning; a failure without a message is an error, never nil; a warning
// of a layout that succeeds is no error.
func TestErrorsAreNotStale(t *testing.T) {
	ctx := context.Background()
	gv, err := graphviz.New(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer gv.Close()
	warn := func() {
		t.Helper()
		g, err := graphviz.ParseBytes([]byte(warningDOT))
		if err != nil {
			t.Fatal(err)
		}
		defer g.Close()
		var buf bytes.Buffer
		if err := gv.Render(ctx, g, graphviz.XDOT, &buf); err != nil || buf.Len() == 0 {
			t.Fatalf("a layout with a warning: %v, %d bytes", err, buf.Len())
		}
	}
	for _, tc := range []struct {
		name, dot, want string
	}{
		// agmemread returns no graph, and no message, for a text
		// holding none.
		{"no graph", "/* nothing */", "the DOT text holds no graph and Graphviz reported no message"},
		{"empty", "", "the DOT text holds no graph and Graphviz reported no message"},
		{"syntax error", "digraph { a -> }", "syntax error in line 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			warn()
			g, err := graphviz.ParseBytes([]byte(tc.dot))
			if g != nil {
				t.Fatalf("a graph parsed from %q", tc.dot)
			}
			if err == nil {
				t.Fatal("no error")
			}
			if strings.Contains(err.Error(), stale) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q, want one saying %q", err, tc.want)
			}
		})
	}
	// Layouts in sequence, each after one that warned, succeed.
	for range 3 {
		warn()
		g, err := graphviz.ParseBytes([]byte("digraph { a -> b }"))
		if err != nil {
			t.Fatalf("parse after a warning: %v", err)
		}
		var buf bytes.Buffer
		if err := gv.Render(ctx, g, graphviz.SVG, &buf); err != nil {
			t.Fatalf("layout after a warning: %v", err)
		}
		if err := g.Close(); err != nil {
			t.Fatalf("close after a warning: %v", err)
		}
	}
}
