package raster_test

import (
	"bytes"
	"fmt"
	"image/png"
	"os"

	"github.com/eventgraph/eventgraph/diagram/raster"
)

// A Graphviz xdot text drawn at three pixels per point, its alleged
// elements with eventgraph's dash pattern and hatching.
func ExamplePNG() {
	xdot, err := os.ReadFile("testdata/line.xdot")
	if err != nil {
		fmt.Println(err)
		return
	}
	out, err := raster.PNG([][]byte{xdot}, raster.Options{
		Scale: 3,
		Classes: []raster.ClassStyle{
			{Class: "eg-alleged", Kind: raster.KindNode, Dash: "6 4", Hatch: raster.HatchPen, HatchOpacity: 0.18},
			{Class: "eg-alleged", Kind: raster.KindEdge, Dash: "6 4"},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	img, err := png.Decode(bytes.NewReader(out))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(img.Bounds().Dx(), "×", img.Bounds().Dy())
	// Output: 708 × 408
}

func ExampleMissingGlyphs() {
	fmt.Printf("%q\n", raster.MissingGlyphs("Han Dong 韩东, Ωμέγα, Кирилл"))
	// Output: ['韩' '东']
}
