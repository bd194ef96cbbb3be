package diagram

import (
	"context"
	"maps"
	"slices"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
)

// overviewOptions are the options of render's relations.svg (see
// internal/cli): people and organizations, clustered, the
// OverviewMaxNodes records nearest the centre.
var overviewOptions = opt{Kinds: People | Organizations, MaxNodes: OverviewMaxNodes, Options: Options{Cluster: true}}

// overviewGraphs returns the bundled case and every example, by name.
func overviewGraphs(t *testing.T) map[string]*graph.Graph {
	out := map[string]*graph.Graph{"han-dong": seedGraph(t)}
	for _, dir := range exampleCases(t) {
		c, err := casefile.LoadDir("../examples/" + dir)
		if err != nil {
			t.Fatal(err)
		}
		g, err := graph.Build(c)
		if err != nil {
			t.Fatal(err)
		}
		out[dir] = g
	}
	return out
}

// TestOverviewReadableIn1200 checks, in the drawing model, that the
// overview of the bundled case and of each example shows no text under 9
// pixels in a 1200-pixel page (an <img style="max-width:100%"> is
// scaled by 1200 / width when it is wider), that it keeps at most
// OverviewMaxNodes records, and that no two of its texts overlap.
func TestOverviewReadableIn1200(t *testing.T) {
	graphs := overviewGraphs(t)
	for _, name := range slices.Sorted(maps.Keys(graphs)) {
		g := graphs[name]
		s, err := layoutOf(context.Background(), g, overviewOptions)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		px := smallestText(s) * min(1, 1200/s.Width)
		t.Logf("%s: %.0f x %.0f, smallest text %g, shown at %.1f px in 1200 px", name, s.Width, s.Height, smallestText(s), px)
		if px < 9 {
			t.Errorf("%s: %g px wide, smallest text %g, shown at %.1f px in 1200 px", name, s.Width, smallestText(s), px)
		}
		if q := s.Quality(); q.TextOverlaps > 0 {
			t.Errorf("%s: %d texts overlap", name, q.TextOverlaps)
		}
	}
}
