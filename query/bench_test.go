package query

import (
	"fmt"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// Targets at 100,000 events, beyond loading and building the graph: a path
// under 100 ms, a search (indexing included) under 200 ms.

var benchSizes = []int{1000, 100000}

func benchGraph(b *testing.B, n int) *graph.Graph {
	b.Helper()
	g, err := graph.Build(testcase.Generated(b, n))
	if err != nil {
		b.Fatal(err)
	}
	return g
}

func BenchmarkPath(b *testing.B) {
	for _, n := range benchSizes {
		g := benchGraph(b, n)
		to := fmt.Sprintf("event-%d", n)
		for _, k := range []int{1, 3} {
			b.Run(fmt.Sprintf("events=%d/paths=%d", n, k), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := Paths(g, "person-1", to, PathOptions{K: k, Via: via(b, DefaultVia)}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func BenchmarkSearch(b *testing.B) {
	for _, n := range benchSizes {
		g := benchGraph(b, n)
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if r := Search(g, "montreal harbour contract", 50); len(r.Hits) == 0 {
					b.Fatal("no hits")
				}
			}
		})
	}
}
