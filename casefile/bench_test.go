package casefile

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"runtime"
	"slices"
	"testing"
	"testing/fstest"
	"time"

	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/internal/gen"
	"go.yaml.in/yaml/v3"

	"github.com/eventgraph/eventgraph/internal/cputime"
)

// benchSizes are the numbers of events of the benchmark cases.
var benchSizes = []int{1000, 100000}

// benchCase returns the synthetic case of n events.
func benchCase(b *testing.B, n int) fstest.MapFS {
	b.Helper()
	if n > 1000 && testing.Short() {
		b.Skip("large case skipped in -short mode")
	}
	return gen.FS(gen.Options{Events: n, Seed: 1})
}

// reportCPU reports the CPU seconds (all goroutines, user and system) used
// per operation since before: unlike the wall time, a figure that other
// work on a shared machine does not change.
func reportCPU(b *testing.B, before time.Duration) {
	if before > 0 {
		b.ReportMetric((cputime.Process()-before).Seconds()/float64(b.N), "cpu-s/op")
	}
}

// reportFaults reports the minor page faults per operation since before
// (cputime.Read().MinorFaults): the pages of memory touched for the first
// time, dear on some virtual machines.
func reportFaults(b *testing.B, before int64) {
	b.ReportMetric(float64(cputime.Read().MinorFaults-before)/float64(b.N), "faults/op")
}

// reportAlloc reports the MB allocated per operation since before.
func reportAlloc(b *testing.B, before *runtime.MemStats) {
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/(1<<20), "MB/op")
}

// BenchmarkLoad loads synthetic cases of 1,000 and 100,000 events and
// reports the MB allocated per load (MB/op) and the MB the loaded case
// holds (live-MB), with the CPU time per load (cpu-s/op). The target for
// 100,000 events is the wall time of BenchmarkDecodeNodes or less: the
// loader decodes files on every core, and builds and checks the records
// in less than the time that saves.
func BenchmarkLoad(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			fsys := benchCase(b, n)
			runtime.GC()
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			var c *Case
			b.ResetTimer()
			cpu, faults := cputime.Process(), cputime.Read().MinorFaults
			for b.Loop() {
				var err error
				if c, err = Load(fsys, "."); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			reportCPU(b, cpu)
			reportFaults(b, faults)
			reportAlloc(b, &before)
			// The memory the loaded case holds on to.
			runtime.GC()
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/(1<<20), "live-MB")
			runtime.KeepAlive(c)
		})
	}
}

// BenchmarkDecodeNodes only decodes the files of the same cases into
// yaml.Node trees: the floor under BenchmarkLoad.
func BenchmarkDecodeNodes(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			fsys := benchCase(b, n)
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			b.ResetTimer()
			cpu, faults := cputime.Process(), cputime.Read().MinorFaults
			for b.Loop() {
				err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
					if err != nil || d.IsDir() || !isCaseFile(p) {
						return err
					}
					data, err := fs.ReadFile(fsys, p)
					if err != nil {
						return err
					}
					dec := yaml.NewDecoder(bytes.NewReader(data))
					for {
						var doc yaml.Node
						if err := dec.Decode(&doc); err == io.EOF {
							return nil
						} else if err != nil {
							return err
						}
					}
				})
				if err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu)
			reportFaults(b, faults)
			reportAlloc(b, &before)
		})
	}
}

// BenchmarkCheck times the check after decoding on the 100,000-event
// case: merging the files' records, sorting and indexing them, the
// references, the derived fields and the warnings (the part of loading
// that BenchmarkLoad does after the parallel decode). The files are
// decoded before each run, with the timer stopped.
func BenchmarkCheck(b *testing.B) {
	fsys := benchCase(b, 100000)
	var files []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && isCaseFile(p) {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	slices.Sort(files)
	show := func(p string) string { return p }
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		parts := decodeAll(fsys, files, show, false)
		runtime.GC()
		b.StartTimer()
		before := cputime.Process()
		_, v := merge(parts)
		v.run(func() {
			v.checkLoadedRefs(parts, func(which []int) []*loader { return decodeAll(fsys, files, show, true) })
		})
		cpu += cputime.Process() - before
		if err := v.errs.Err(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
}

// BenchmarkAsOf takes the as-of view (Case.AsOf) of the synthetic cases of
// 1,000 and 100,000 events at the end of 2015, which keeps about a third
// of their events, and reports the events kept (kept-events) and the CPU
// time per view (cpu-s/op). Its cost grows with the case: filtering,
// deriving the dates and statuses again, and indexing the view.
func BenchmarkAsOf(b *testing.B) {
	d, err := edtf.Parse("2015")
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			c, err := Load(benchCase(b, n), ".")
			if err != nil {
				b.Fatal(err)
			}
			runtime.GC()
			var kept int
			cpu := cputime.Process()
			for b.Loop() {
				kept = len(c.AsOf(d).Events)
			}
			reportCPU(b, cpu)
			b.ReportMetric(float64(kept), "kept-events")
		})
	}
}
