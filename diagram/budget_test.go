package diagram

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// TestItem7DiagramBudget: a drawing beyond its engine's budget is refused
// before Graphviz runs, with the budget and how to narrow the view.
func TestItem7DiagramBudget(t *testing.T) {
	for _, tc := range []struct {
		events int
		engine Engine
		want   string
	}{
		{1000, "", "beyond the sfdp engine's budget of 1000 and 2500"},
		{300, Neato, "beyond the neato engine's budget of 300 and 750"},
	} {
		g, err := graph.Build(testcase.Generated(t, tc.events))
		if err != nil {
			t.Fatal(err)
		}
		o := opt{Options: Options{Engine: tc.engine}}
		_, err = svgOf(context.Background(), g, o)
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "--focus ID --depth 1") {
			t.Errorf("%d events, engine %q: %v; want ErrTooLarge saying %q", tc.events, tc.engine, err, tc.want)
		}
		if _, err := dotOf(g, o); !errors.Is(err, ErrTooLarge) {
			t.Errorf("DOT: %v, want ErrTooLarge", err)
		}
	}
	// Within the budget, the same case draws around one record.
	g, err := graph.Build(testcase.Generated(t, 1000))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := dotOf(g, opt{Focus: g.Case().People[0].ID, Depth: 1}); err != nil {
		t.Fatalf("focus view: %v", err)
	}
}
