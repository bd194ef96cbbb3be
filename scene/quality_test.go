package scene_test

import (
	"testing"

	"github.com/eventgraph/eventgraph/scene"
)

func TestQuality(t *testing.T) {
	line := func(x0, y0, x1, y1 float64) scene.Element {
		return scene.Element{Kind: scene.Polyline, Points: []scene.Point{{X: x0, Y: y0}, {X: x1, Y: y1}}, Stroke: scene.Stroke{Colour: "#000"}}
	}
	text := func(s string, x, y float64) scene.Element {
		return scene.Element{Kind: scene.Text, Font: scene.Font{Size: 10}, Lines: []scene.Line{{Text: s, X: x, Y: y}}}
	}
	group := func(es ...scene.Element) scene.Element { return scene.Element{Kind: scene.Group, Children: es} }
	s := &scene.Scene{Width: 200, Height: 200, Elements: []scene.Element{
		group(line(0, 0, 100, 100), text("edge a", 50, 40)),
		group(line(0, 100, 100, 0)),                           // crosses a once, at 50,50
		group(line(0, 0, 0, 100)),                             // meets a and b only at their ends
		group(line(150, 0, 150, 100), line(140, 50, 160, 50)), // crosses itself: one group
		group(text("label b", 52, 42)),                        // overlaps "edge a"
		group(text("crossed", 20, 100), line(10, 200, 10, 150)),
		group(scene.Element{Kind: scene.Path, Segments: []scene.Segment{
			{Op: scene.MoveTo, Points: []scene.Point{{X: 0, Y: 96}}},
			{Op: scene.CubicTo, Points: []scene.Point{{X: 40, Y: 96}, {X: 80, Y: 96}, {X: 120, Y: 96}}},
		}}), // crosses a at 96,96, b at 4,96, and the text "crossed"
	}}
	got := s.Quality()
	// b also runs through "edge a" and "label b".
	want := scene.Quality{Crossings: 3, TextOverlaps: 1, TextCrossed: 3}
	if got != want {
		t.Errorf("Quality = %+v, want %+v", got, want)
	}
}
