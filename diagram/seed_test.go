package diagram

import (
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// seedGraph loads the seed case and builds its graph.
func seedGraph(t testing.TB) *graph.Graph {
	t.Helper()
	g, err := graph.Build(testcase.Seed(t))
	if err != nil {
		t.Fatal(err)
	}
	return g
}
