package export

import (
	"fmt"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// Target: each export of 100,000 events under 2 s beyond loading, and
// linear in the case (compare the two sizes).
func BenchmarkExport(b *testing.B) {
	formats := []struct {
		name  string
		write func(*graph.Graph) int
	}{
		{"gexf", func(g *graph.Graph) int { return len(GEXF(g)) }},
		{"graphml", func(g *graph.Graph) int { return len(GraphML(g)) }},
		{"csv", func(g *graph.Graph) int { return len(CSV(g)) }},
		{"neo4j", func(g *graph.Graph) int { return len(Neo4j(g)) }},
		{"ftm", func(g *graph.Graph) int { return len(FtM(g)) }},
		{"timelinejs", func(g *graph.Graph) int { return len(TimelineJS(g)) }},
		{"json", func(g *graph.Graph) int { return len(ModelJSON(g.Case())) }},
	}
	for _, n := range []int{10000, 100000} {
		for _, f := range formats {
			b.Run(fmt.Sprintf("events=%d/%s", n, f.name), func(b *testing.B) {
				g, err := graph.Build(testcase.Generated(b, n))
				if err != nil {
					b.Fatal(err)
				}
				b.ReportAllocs()
				for b.Loop() {
					if f.write(g) == 0 {
						b.Fatal("empty export")
					}
				}
			})
		}
	}
}
