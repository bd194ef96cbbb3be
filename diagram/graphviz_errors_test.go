package diagram

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// warningDOT lays out with a Graphviz warning: its HTML-like label's cell
// is fixed smaller than its text.
const warningDOT = `digraph warns { a [shape=plain label=<<TABLE><TR><TD FIXEDSIZE="TRUE" WIDTH="5" HEIGHT="5">a text wider than its cell</TD></TR></TABLE>>] }`

// TestGraphvizErrorsOwnTheirDrawing checks that a drawing that fails after
// one that drew with a Graphviz warning, in the same kept instance, fails
// with its own error, not with the earlier drawing's warning (Graphviz
// keeps its last message until another replaces it, and go-graphviz read
// it as the error of any failed call; see third_party/go-graphviz/
// PATCHES.md), and that a warning does not fail the drawings after it.
func TestGraphvizErrorsOwnTheirDrawing(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct{ name, dot, want string }{
		{"no graph", "/* nothing */", "parse DOT: go-graphviz: the DOT text holds no graph and Graphviz reported no message"},
		{"syntax error", "digraph { a -> ", "parse DOT: syntax error in line 1"},
	} {
		if _, err := render(ctx, []byte(warningDOT), SVG, ""); err != nil {
			t.Fatalf("a drawing with a warning: %v", err)
		}
		_, err := render(ctx, []byte(tc.dot), SVG, "")
		if !errors.Is(err, ErrRender) || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "cell size") {
			t.Errorf("%s: error %v, want ErrRender saying %q", tc.name, err, tc.want)
		}
	}
	for range 3 {
		for _, dot := range []string{warningDOT, "digraph { a -> b }"} {
			if _, err := render(ctx, []byte(dot), SVG, ""); err != nil {
				t.Fatalf("%s: %v", dot, err)
			}
		}
	}
}
