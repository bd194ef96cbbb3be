package export

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/cputime"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// counter counts what is written to it, as the command's file would hold.
type counter int

func (c *counter) Write(p []byte) (int, error) {
	*c += counter(len(p))
	return len(p), nil
}

// written runs an export that streams and returns how much it wrote.
func written(g *graph.Graph, write func(io.Writer, *graph.Graph) error) int {
	var c counter
	if write(&c, g) != nil {
		return 0
	}
	return int(c)
}

// counters is a Folder whose files count what is written to them.
type counters []*counter

func (cs *counters) Create(string) (io.Writer, error) {
	c := new(counter)
	*cs = append(*cs, c)
	return c, nil
}

// writtenFolder runs an export that writes a folder and returns how much
// it wrote into all its files.
func writtenFolder(g *graph.Graph, write func(Folder, *graph.Graph) error) int {
	var cs counters
	if write(&cs, g) != nil {
		return 0
	}
	n := 0
	for _, c := range cs {
		n += int(*c)
	}
	return n
}

// Target: each export of 100,000 events under 2 s beyond loading, and
// linear in the case (compare the sizes). EVENTGRAPH_BENCH_MILLION=1 adds
// 1,000,000 events (about 6 GB of memory and several minutes), where the
// case no longer fits in any cache at either of the sizes compared.
func BenchmarkExport(b *testing.B) {
	formats := []struct {
		name  string
		write func(*graph.Graph) int
	}{
		{"gexf", func(g *graph.Graph) int { return written(g, WriteGEXF) }},
		{"graphml", func(g *graph.Graph) int { return written(g, WriteGraphML) }},
		{"csv", func(g *graph.Graph) int { return writtenFolder(g, WriteCSV) }},
		{"neo4j", func(g *graph.Graph) int { return writtenFolder(g, WriteNeo4j) }},
		{"ftm", func(g *graph.Graph) int { return written(g, WriteFtM) }},
		{"timelinejs", func(g *graph.Graph) int { return written(g, WriteTimelineJS) }},
		{"json", func(g *graph.Graph) int {
			return written(g, func(w io.Writer, g *graph.Graph) error { return WriteModelJSON(w, g.Case()) })
		}},
	}
	sizes := []int{10000, 100000}
	if os.Getenv("EVENTGRAPH_BENCH_MILLION") == "1" {
		sizes = append(sizes, 1000000)
	}
	for _, n := range sizes {
		for _, f := range formats {
			b.Run(fmt.Sprintf("events=%d/%s", n, f.name), func(b *testing.B) {
				g, err := graph.Build(testcase.Generated(b, n))
				if err != nil {
					b.Fatal(err)
				}
				b.ReportAllocs()
				runtime.GC() // the garbage of loading is loading's cost
				cpu := cputime.Process()
				for b.Loop() {
					if f.write(g) == 0 {
						b.Fatal("empty export")
					}
				}
				b.ReportMetric((cputime.Process()-cpu).Seconds()/float64(b.N), "cpu-s/op")
			})
		}
	}
}
