package timeline_test

import (
	"testing"

	"github.com/eventgraph/eventgraph/internal/cputime"
	"github.com/eventgraph/eventgraph/internal/testcase"
	"github.com/eventgraph/eventgraph/timeline"
)

func benchmarkLayout(b *testing.B, n int, o timeline.Orientation) {
	c := testcase.Generated(b, n)
	b.ReportAllocs()
	b.ResetTimer()
	before := cputime.Process()
	for b.Loop() {
		if _, err := timeline.Layout(c, timeline.Options{Orientation: o}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric((cputime.Process()-before).Seconds()/float64(b.N), "cpu-s/op")
}

func BenchmarkLayout(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		b.Run("horizontal/"+itoa(n), func(b *testing.B) { benchmarkLayout(b, n, timeline.Horizontal) })
		b.Run("vertical/"+itoa(n), func(b *testing.B) { benchmarkLayout(b, n, timeline.Vertical) })
	}
}
