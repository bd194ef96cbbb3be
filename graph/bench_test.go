package graph

import (
	"fmt"
	"os"
	"runtime"
	"testing"

	dgraph "github.com/dominikbraun/graph"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/internal/cputime"
	"github.com/eventgraph/eventgraph/internal/gen"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// benchCase returns the generated case of n events, loaded once per test
// binary.
func benchCase(b *testing.B, n int) *casefile.Case {
	b.Helper()
	return testcase.Generated(b, n)
}

var benchSizes = []int{1000, 100000}

// BenchmarkBuild builds the graph of a loaded case. EVENTGRAPH_BENCH_MILLION=1
// adds 1,000,000 events (about 6 GB of memory and several minutes).
func BenchmarkBuild(b *testing.B) {
	sizes := benchSizes
	if os.Getenv("EVENTGRAPH_BENCH_MILLION") == "1" {
		sizes = append(sizes[:len(sizes):len(sizes)], 1000000)
	}
	for _, n := range sizes {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			c := benchCase(b, n)
			b.ReportAllocs()
			runtime.GC() // the garbage of loading is loading's cost
			cpu := cputime.Process()
			for b.Loop() {
				if _, err := Build(c); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric((cputime.Process()-cpu).Seconds()/float64(b.N), "cpu-s/op")
		})
	}
}

func BenchmarkNeighbours(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			g, err := Build(benchCase(b, n))
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := g.Neighbours("person-1", 2); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkShortestPath(b *testing.B) {
	for _, n := range benchSizes {
		g, err := Build(benchCase(b, n))
		if err != nil {
			b.Fatal(err)
		}
		to := fmt.Sprintf("event-%d", n)
		for _, v := range []struct {
			name string
			g    *Graph
		}{{"all", g}, {"without-sources", g.WithoutSources()}} {
			b.Run(fmt.Sprintf("events=%d/%s", n, v.name), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := v.g.ShortestPath("person-1", to); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func BenchmarkComponents(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			g, err := Build(benchCase(b, n))
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				g.Components()
			}
		})
	}
}

// BenchmarkPipeline is the whole first stage as the CLI runs it: load and
// validate the generated case files, then build the graph. Target: 100,000
// events in under 5 s and 1 GiB.
func BenchmarkPipeline(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			fsys := gen.FS(gen.Options{Events: n, Seed: 1})
			b.ReportAllocs()
			for b.Loop() {
				c, err := casefile.Load(fsys, ".")
				if err != nil {
					b.Fatal(err)
				}
				if _, err := Build(c); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// The library's algorithms on the store-backed views, to compare with the
// package's own queries above (see doc.go for the figures).

func BenchmarkLibraryShortestPath(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			g, err := Build(benchCase(b, n))
			if err != nil {
				b.Fatal(err)
			}
			to := fmt.Sprintf("event-%d", n)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := dgraph.ShortestPath(g.Undirected(), "person-1", to); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkLibraryBFS(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			g, err := Build(benchCase(b, n))
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				// depth counts visits (upstream issue #153), so stop on the
				// number of records the neighbourhood holds
				if err := dgraph.BFSWithDepth(g.Undirected(), "person-1", func(string, int) bool { return false }); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLibraryDefaultStore is what building the library graph costs
// with its default (map) store, as Library did before the store.
func BenchmarkLibraryDefaultStore(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			g, err := Build(benchCase(b, n))
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				lg := dgraph.New(func(v *Vertex) string { return v.ID }, dgraph.Directed())
				for _, v := range g.vertices {
					if err := lg.AddVertex(v); err != nil {
						b.Fatal(err)
					}
				}
				edges, _ := g.Library().Edges()
				for _, e := range edges {
					if err := lg.AddEdge(e.Source, e.Target, dgraph.EdgeData(e.Properties.Data)); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkEdgeEnds reads the IDs of both ends of every edge, in order, as
// every export does: the floor of their cost, which is the cost of reaching
// memory (no allocation, no output). Compare the two sizes: from 10,000 to
// 100,000 events it grows more than ten times once the vertices' IDs no
// longer fit in the processor's caches (see compact).
func BenchmarkEdgeEnds(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			g, err := Build(benchCase(b, n))
			if err != nil {
				b.Fatal(err)
			}
			runtime.GC()
			cpu := cputime.Process()
			sum := 0
			for b.Loop() {
				for _, e := range g.AllEdges() {
					for i := 0; i < len(e.From); i++ {
						sum += int(e.From[i])
					}
					for i := 0; i < len(e.To); i++ {
						sum += int(e.To[i])
					}
				}
			}
			if sum == 0 {
				b.Fatal("no edges")
			}
			b.ReportMetric((cputime.Process()-cpu).Seconds()/float64(b.N), "cpu-s/op")
		})
	}
}

// BenchmarkEdgeData reads every byte an export reads of each edge (both
// ends' IDs, position, date, label and source IDs), in order, through
// AllEdges, writing nothing. Compare the sizes: what an edge refers to is
// copied beside it, in edge order, at Build (layout.go), so the walk reads
// memory in order and grows with the case linearly; read where the case
// holds it, it grew 15 to 30 times for ten times the events
// (docs/scale.md). EVENTGRAPH_BENCH_MILLION=1 adds 1,000,000 events (about
// 6 GB of memory and several minutes).
func BenchmarkEdgeData(b *testing.B) {
	sizes := []int{10000, 100000}
	if os.Getenv("EVENTGRAPH_BENCH_MILLION") == "1" {
		sizes = append(sizes, 1000000)
	}
	read := func(e Edge) int {
		s := int(e.From[len(e.From)-1]) + int(e.To[len(e.To)-1]) + int(e.Pos.Line) + len(e.Pos.File) + int(e.Date.Date.Year)
		if e.Label != "" {
			s += int(e.Label[len(e.Label)-1])
		}
		for _, x := range e.Sources {
			if x != "" {
				s += int(x[len(x)-1])
			}
		}
		return s
	}
	for _, n := range sizes {
		g, err := Build(benchCase(b, n))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			runtime.GC()
			cpu := cputime.Process()
			for b.Loop() {
				s := 0
				for _, e := range g.AllEdges() {
					s += read(e)
				}
				if s == 0 {
					b.Fatal("no edges")
				}
			}
			b.ReportMetric((cputime.Process()-cpu).Seconds()/float64(b.N), "cpu-s/op")
		})
	}
}
