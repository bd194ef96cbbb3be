package png

import (
	"bytes"
	"image"
	"image/color"
	stdpng "image/png"
	"testing"
)

// TestEncodePNG round-trips opaque and translucent images through
// image/png's decoder.
func TestEncodePNG(t *testing.T) {
	for _, opaque := range []bool{true, false} {
		img := image.NewRGBA(image.Rect(0, 0, 37, 23))
		for y := range 23 {
			for x := range 37 {
				c := color.NRGBA{uint8(x * 7), uint8(y * 11), uint8(x * y), 0xff}
				if !opaque {
					c.A = uint8((x + y) * 4)
				}
				img.Set(x, y, c)
			}
		}
		var b bytes.Buffer
		if err := encodePNG(&b, img, 0); err != nil {
			t.Fatal(err)
		}
		dec, err := stdpng.Decode(&b)
		if err != nil {
			t.Fatal(err)
		}
		if _, isRGB := dec.(*image.RGBA); opaque != isRGB {
			t.Errorf("opaque %v: decoded as %T", opaque, dec)
		}
		for y := range 23 {
			for x := range 37 {
				want := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
				got := color.NRGBAModel.Convert(dec.At(x, y)).(color.NRGBA)
				if d := max(diff(got.R, want.R), diff(got.G, want.G), diff(got.B, want.B)); d > 1 || got.A != want.A {
					t.Fatalf("opaque %v: pixel (%d,%d) is %v, want %v", opaque, x, y, got, want)
				}
			}
		}
	}
}

func diff(a, b uint8) uint8 {
	if a > b {
		return a - b
	}
	return b - a
}
