package draw_test

import (
	"testing"

	"github.com/eventgraph/eventgraph/internal/cputime"
	"github.com/eventgraph/eventgraph/internal/testcase"
	"github.com/eventgraph/eventgraph/scene/png"
	"github.com/eventgraph/eventgraph/theme"
	"github.com/eventgraph/eventgraph/timeline"
	"github.com/eventgraph/eventgraph/timeline/draw"
)

// BenchmarkSeedPNG draws the bundled case's timeline as a PNG at 2×, as
// "eventgraph timeline -o timeline.png" does after loading: layout,
// conversion to the drawing model, rasterising and PNG encoding. The
// target is under 0.5 s; cpu-s/op is the CPU time per drawing, which a
// shared machine does not distort as it does the wall time:
//
//	go test ./timeline/draw -run XXX -bench SeedPNG -benchtime 5x -count 3
func BenchmarkSeedPNG(b *testing.B) {
	c := testcase.Seed(b)
	for _, o := range []timeline.Orientation{timeline.Horizontal, timeline.Vertical} {
		b.Run(string(o), func(b *testing.B) {
			b.ReportAllocs()
			before := cputime.Process()
			for b.Loop() {
				s, err := timeline.Layout(c, timeline.Options{Orientation: o})
				if err != nil {
					b.Fatal(err)
				}
				sc, err := draw.Scene(s, theme.Light())
				if err != nil {
					b.Fatal(err)
				}
				if _, err := png.Draw(sc, png.Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric((cputime.Process()-before).Seconds()/float64(b.N), "cpu-s/op")
		})
	}
}
