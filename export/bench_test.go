package export

import (
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"runtime/metrics"
	"testing"
	"time"

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
// case no longer fits in any cache at either of the sizes compared. Run
// with -benchtime 3x and compare best-cpu-s; the other metrics (report)
// say whether an export touched fresh memory or ran a collection
// (docs/scale.md).
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
				before := readUse()
				best := time.Duration(math.MaxInt64)
				for b.Loop() {
					cpu := cputime.Process()
					if f.write(g) == 0 {
						b.Fatal("empty export")
					}
					best = min(best, cputime.Process()-cpu)
				}
				readUse().sub(before).report(b)
				// Other programs only ever add to an export's time (they
				// take the processor and the caches), so with -benchtime
				// 3x the least of three exports of one graph is the
				// figure that varies least from run to run.
				b.ReportMetric(best.Seconds(), "best-cpu-s")
			})
		}
	}
}

// use is what the process has used so far: processor time and page
// faults (getrusage), and the garbage collector's cycles and processor
// time and the scavenger's, which returns free heap memory to the
// system (runtime/metrics; the runtime's estimates).
type use struct {
	cpu                 cputime.Usage
	gcCycles            uint64
	gcCPU, scavengerCPU float64
}

var useMetrics = []string{"/gc/cycles/total:gc-cycles", "/cpu/classes/gc/total:cpu-seconds", "/cpu/classes/scavenge/total:cpu-seconds"}

func readUse() use {
	s := make([]metrics.Sample, len(useMetrics))
	for i, name := range useMetrics {
		s[i].Name = name
	}
	metrics.Read(s)
	u := use{cpu: cputime.Read()}
	if s[0].Value.Kind() == metrics.KindUint64 {
		u.gcCycles = s[0].Value.Uint64()
	}
	if s[1].Value.Kind() == metrics.KindFloat64 {
		u.gcCPU = s[1].Value.Float64()
	}
	if s[2].Value.Kind() == metrics.KindFloat64 {
		u.scavengerCPU = s[2].Value.Float64()
	}
	return u
}

func (u use) sub(before use) use {
	return use{u.cpu.Sub(before.cpu), u.gcCycles - before.gcCycles, u.gcCPU - before.gcCPU, u.scavengerCPU - before.scavengerCPU}
}

// report reports u per operation: cpu-s/op (user and system, all
// goroutines, the collector's included), sys-s/op (of which in the
// kernel, where page faults are served), faults/op (minor page faults),
// gc/op and gc-cpu-s/op (collections and their processor time), and
// scav-cpu-s/op (returning free memory to the system), and preempt/op
// (involuntary context switches: other programs taking the processor).
func (u use) report(b *testing.B) {
	n := float64(b.N)
	b.ReportMetric(u.cpu.CPU().Seconds()/n, "cpu-s/op")
	b.ReportMetric(u.cpu.System.Seconds()/n, "sys-s/op")
	b.ReportMetric(float64(u.cpu.MinorFaults)/n, "faults/op")
	b.ReportMetric(float64(u.gcCycles)/n, "gc/op")
	b.ReportMetric(u.gcCPU/n, "gc-cpu-s/op")
	b.ReportMetric(u.scavengerCPU/n, "scav-cpu-s/op")
	b.ReportMetric(float64(u.cpu.Preempted)/n, "preempt/op")
}
