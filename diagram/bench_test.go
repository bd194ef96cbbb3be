package diagram

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// genGraph builds the graph of a generated case of n events.
func genGraph(b testing.TB, n int) *graph.Graph {
	b.Helper()
	g, err := graph.Build(testcase.Generated(b, n))
	if err != nil {
		b.Fatal(err)
	}
	return g
}

// BenchmarkSeedSVG is what "eventgraph render" spends on the seed
// diagram: DOT, both Graphviz layouts (diagram and legend) and the SVG
// post-processing.
func BenchmarkSeedSVG(b *testing.B) {
	g := seedGraph(b)
	ctx := context.Background()
	for b.Loop() {
		if _, err := svgOf(ctx, g, opt{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSeedDOT is the DOT stage alone.
func BenchmarkSeedDOT(b *testing.B) {
	g := seedGraph(b)
	for b.Loop() {
		if _, err := dotOf(g, opt{}); err != nil {
			b.Fatal(err)
		}
	}
}

// genSizes are generated cases whose default diagrams hold about 60, 200
// and 500 nodes (the zero Engine picks dot for the first, sfdp beyond
// AutoEngineLimit).
var genSizes = []struct{ nodes, events int }{{60, 35}, {200, 120}, {500, 300}}

// BenchmarkGraphviz compares go-graphviz with native "dot -Tsvg" (process
// start included) on the same DOT text: the bundled case's diagram
// ("bundled") and generated ones ("generated"), each with the engine
// Options chooses by size and with dot. The native half is skipped when
// dot is not on PATH.
func BenchmarkGraphviz(b *testing.B) {
	native, _ := exec.LookPath("dot")
	benchGraphviz(b, native, "bundled", seedGraph(b), "")
	for _, size := range genSizes {
		for _, engine := range []Engine{"", Dot} {
			benchGraphviz(b, native, "generated", genGraph(b, size.events), engine)
		}
	}
}

// benchGraphviz is one case and engine of BenchmarkGraphviz; the zero
// engine is the one Options chooses by size.
func benchGraphviz(b *testing.B, native, what string, g *graph.Graph, engine Engine) {
	{
		dot, d, err := func() ([]byte, *drawing, error) {
			t, err := textsOf(g, opt{Options: Options{Engine: engine}})
			return bytesOf(t.main), t.d, err
		}()
		if err != nil {
			b.Fatal(err)
		}
		if auto := (opt{}).EngineFor(len(d.nodes)); engine != "" && auto == engine {
			return // already measured as the engine chosen by size
		}
		chosen := engine
		if chosen == "" {
			chosen = opt{}.EngineFor(len(d.nodes))
		}
		name := fmt.Sprintf("%s/nodes=%d/%s", what, len(d.nodes), chosen)
		b.Run(name+"/go-graphviz", func(b *testing.B) {
			cpu := cpuTime(false)
			for b.Loop() {
				var out bytes.Buffer
				if err := Render(context.Background(), dot, SVG, "", &out); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu, false)
			b.ReportMetric(float64(len(d.nodes)), "nodes")
		})
		b.Run(name+"/native", func(b *testing.B) {
			if native == "" {
				b.Skip("dot is not on PATH")
			}
			cpu := cpuTime(true)
			for b.Loop() {
				cmd := exec.Command(native, "-Tsvg")
				cmd.Stdin = bytes.NewReader(dot)
				var out bytes.Buffer
				cmd.Stdout = &out
				if err := cmd.Run(); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu, true)
			b.ReportMetric(float64(len(d.nodes)), "nodes")
		})
	}
}

// reportCPU reports the CPU seconds per operation since before, of this
// process or (children) of the finished child processes: unlike the wall
// time, a figure that other work on a shared machine barely changes. The
// go-graphviz figure includes the garbage collector's share of the
// process.
func reportCPU(b *testing.B, before time.Duration, children bool) {
	if before > 0 || cpuTime(children) > 0 {
		b.ReportMetric((cpuTime(children)-before).Seconds()/float64(b.N), "cpu-s/op")
	}
}

// BenchmarkFocusLarge draws the depth-2 ego network of a person in a
// generated case of 100,000 events: Ego, DOT, both Graphviz layouts and
// post-processing. Loading and building the graph is setup. "first" is the
// first person by ID; "busiest" the person with the most ties.
func BenchmarkFocusLarge(b *testing.B) {
	if testing.Short() {
		b.Skip("builds a 100,000-event case")
	}
	g := genGraph(b, 100_000)
	g.WithoutSources() // computed once per graph and shared; part of setup
	busiest, most := "", -1
	for _, p := range g.Case().People {
		if n := len(g.WithoutSources().EdgesOf(p.ID)); n > most {
			busiest, most = p.ID, n
		}
	}
	for _, focus := range []struct{ name, id string }{{"first", g.Case().People[0].ID}, {"busiest", busiest}} {
		b.Run(focus.name, func(b *testing.B) {
			o := opt{Focus: focus.id, Depth: 2}
			t, err := textsOf(g, o)
			if err != nil {
				b.Fatal(err)
			}
			cpu := cpuTime(false)
			for b.Loop() {
				if _, err := svgOf(context.Background(), g, o); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu, false)
			b.ReportMetric(float64(len(t.d.nodes)), "nodes")
			b.ReportMetric(float64(len(t.d.edges)), "edges")
		})
	}
}

// BenchmarkSeedFocus draws the README's focus diagram (Han Dong, depth 1)
// as SVG and as PNG: DOT, both Graphviz layouts, the drawing model and the
// backend.
func BenchmarkSeedFocus(b *testing.B) {
	g := seedGraph(b)
	o := opt{Focus: "han-dong", Depth: 1}
	ctx := context.Background()
	b.Run("svg", func(b *testing.B) {
		cpu := cpuTime(false)
		for b.Loop() {
			if _, err := svgOf(ctx, g, o); err != nil {
				b.Fatal(err)
			}
		}
		reportCPU(b, cpu, false)
	})
	b.Run("png", func(b *testing.B) {
		var size int
		cpu := cpuTime(false)
		for b.Loop() {
			p, err := pngBytes(ctx, g, o, PNGOptions{})
			if err != nil {
				b.Fatal(err)
			}
			size = len(p)
		}
		reportCPU(b, cpu, false)
		b.ReportMetric(float64(size), "bytes")
	})
}

// BenchmarkOverview draws render's relations.svg of the bundled case:
// people and organizations with their ties, clustered by organization,
// the OverviewMaxNodes records nearest the centre.
func BenchmarkOverview(b *testing.B) {
	g := seedGraph(b)
	o := overviewOptions
	cpu := cpuTime(false)
	for b.Loop() {
		if _, err := svgOf(context.Background(), g, o); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu, false)
}

// BenchmarkDrawingModel splits Scene into Graphviz's layout (both parts,
// xdot written) and what eventgraph adds after it (the "model"): reading
// the layouts into the drawing model, checking the events' date order
// where the view asks for it, and placing edge labels on their lines; for
// the whole seed case, the README's focus diagram and render's overview.
// The model should cost under a tenth of the layout: its sub-benchmark
// reports model-% (its CPU time per operation as a percentage of the
// layout's, measured just before) beside its own figures. The layouts
// are made once before either half, so that each half may run alone.
func BenchmarkDrawingModel(b *testing.B) {
	g := seedGraph(b)
	ctx := context.Background()
	for _, v := range []struct {
		name string
		o    opt
	}{{"whole", opt{}}, {"focus", opt{Focus: "han-dong", Depth: 1}}, {"overview", overviewOptions}} {
		t, err := textsOf(g, v.o)
		if err != nil {
			b.Fatal(err)
		}
		vw, err := v.o.view(g)
		if err != nil {
			b.Fatal(err)
		}
		dots := [][]byte{bytesOf(t.main), bytesOf(t.legend)}
		layout := func(xdots []string) []string {
			xdots = xdots[:0]
			for _, dot := range dots {
				x, err := renderXDOT(ctx, dot)
				if err != nil {
					b.Fatal(err)
				}
				xdots = append(xdots, x)
			}
			return xdots
		}
		xdots := layout(nil)
		var layoutCPU, layoutWall float64
		b.Run(v.name+"/layout", func(b *testing.B) {
			cpu := cpuTime(false)
			start := time.Now()
			for b.Loop() {
				layout(nil)
			}
			layoutWall = time.Since(start).Seconds() / float64(b.N)
			if c := cpuTime(false); c > 0 {
				layoutCPU = (c - cpu).Seconds() / float64(b.N)
			}
			reportCPU(b, cpu, false)
		})
		b.Run(v.name+"/model", func(b *testing.B) {
			cpu := cpuTime(false)
			start := time.Now()
			for b.Loop() {
				s, err := sceneOf(vw, v.o.Options, t, xdots)
				if err != nil {
					b.Fatal(err)
				}
				if t.again != nil {
					eventsOutOfOrder(s, t.d, v.o.direction(), nil)
				}
				placeEdgeLabels(s)
			}
			wall := time.Since(start).Seconds() / float64(b.N)
			reportCPU(b, cpu, false)
			if c := cpuTime(false); c > 0 && layoutCPU > 0 {
				b.ReportMetric(100*(c-cpu).Seconds()/float64(b.N)/layoutCPU, "model-%")
			}
			if layoutWall > 0 {
				b.ReportMetric(100*wall/layoutWall, "model-wall-%")
			}
		})
	}
}
