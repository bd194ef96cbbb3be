package diagram

import (
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/graph"
)

// seedGraph loads the seed case and builds its graph.
func seedGraph(t testing.TB) *graph.Graph {
	t.Helper()
	c, err := casefile.Load(data.FS, data.SeedCase)
	if err != nil {
		t.Fatal(err)
	}
	g, err := graph.Build(c)
	if err != nil {
		t.Fatal(err)
	}
	return g
}
