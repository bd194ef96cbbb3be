package cli

import (
	"bufio"
	"context"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/internal/serve"
)

// rssMB is the resident memory of this process in MB (VmRSS), after a
// garbage collection that returns freed memory to the system; 0 where
// /proc is missing.
func rssMB() float64 {
	debug.FreeOSMemory()
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}

// BenchmarkServeMemory redraws the bundled case as "eventgraph serve" does
// after each save (the explorer and the three pictures, the Graphviz
// instance kept warm from drawing to drawing and replaced after 64), 200
// times per iteration, and reports the process's resident memory after the
// 10th redraw, after the 200th, and the largest seen (read every 10
// redraws). Without the replacement, memory inside Graphviz's WebAssembly
// module grows with every layout; with it the figure stays flat. It fails
// when the 200th redraw holds more than 64 MB above the 10th.
func BenchmarkServeMemory(b *testing.B) {
	if testing.Short() {
		b.Skip("200 redraws")
	}
	ctx := context.Background()
	load := func() (*casefile.Case, error) { return casefile.Load(data.FS, data.SeedCase) }
	s, err := serve.New(ctx, serve.Options{Load: load, Draw: drawPicture})
	if err != nil {
		b.Fatal(err)
	}
	const redraws = 200
	for b.Loop() {
		var early, peak, last float64
		for i := 1; i <= redraws; i++ {
			if err := s.Reload(ctx); err != nil {
				b.Fatal(err)
			}
			if p := s.Problems(); len(p) > 0 {
				b.Fatalf("redraw %d: %v", i, p)
			}
			if i%10 == 0 {
				m := rssMB()
				peak = max(peak, m)
				if i == 10 {
					early = m
				}
				if i == redraws {
					last = m
				}
				b.Logf("after %d redraws: %.1f MB resident", i, m)
			}
		}
		b.ReportMetric(early, "rss10-MB")
		b.ReportMetric(last, "rss200-MB")
		b.ReportMetric(peak, "rss-peak-MB")
		if last > early+64 {
			b.Errorf("resident memory grew from %.1f MB after 10 redraws to %.1f MB after %d", early, last, redraws)
		}
	}
}
