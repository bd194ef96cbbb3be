package explore

import (
	"fmt"
	"testing"

	"github.com/eventgraph/eventgraph/internal/testcase"
)

// BenchmarkBuild assembles the explorer of generated cases; the page's own
// ready time is measured in the browser (BenchmarkReady).
func BenchmarkBuild(b *testing.B) {
	for _, events := range []int{1000, 10000} {
		c := testcase.Generated(b, events)
		b.Run(fmt.Sprintf("events=%d", events), func(b *testing.B) {
			for b.Loop() {
				p, err := Build(b.Context(), c, Options{})
				if err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(len(p.HTML)), "bytes")
			}
		})
	}
}
