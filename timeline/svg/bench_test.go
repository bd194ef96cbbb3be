package svg_test

import (
	"io"
	"testing"

	"github.com/eventgraph/eventgraph/internal/testcase"
	"github.com/eventgraph/eventgraph/theme"
	"github.com/eventgraph/eventgraph/timeline"
	"github.com/eventgraph/eventgraph/timeline/svg"
)

// BenchmarkRender draws the scenes of generated cases; the Layout+Render
// variants time the whole drawing of a case after loading.
func BenchmarkRender(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		c := testcase.Generated(b, n)
		for _, o := range []timeline.Orientation{timeline.Horizontal, timeline.Vertical} {
			s, err := timeline.Layout(c, timeline.Options{Orientation: o})
			if err != nil {
				b.Fatal(err)
			}
			b.Run(string(o)+"/"+itoa(n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if err := svg.Render(io.Discard, s, theme.Light()); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run("layout+render/"+string(o)+"/"+itoa(n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					s, err := timeline.Layout(c, timeline.Options{Orientation: o})
					if err != nil {
						b.Fatal(err)
					}
					if err := svg.Render(io.Discard, s, theme.Light()); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
