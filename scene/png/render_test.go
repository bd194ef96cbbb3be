package png_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"image"
	"image/color"
	stdpng "image/png"
	"os"
	"sync"
	"testing"

	"github.com/eventgraph/eventgraph/scene"
	"github.com/eventgraph/eventgraph/scene/png"
)

// sample reads the scene package's sample scene.
func sample(t testing.TB) *scene.Scene {
	t.Helper()
	b, err := os.ReadFile("../testdata/sample.json")
	if err != nil {
		t.Fatal(err)
	}
	var s scene.Scene
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	return &s
}

// decode draws s and decodes the PNG, checking that drawing twice gives
// the same bytes.
func decode(t *testing.T, s *scene.Scene, o png.Options) image.Image {
	t.Helper()
	p, err := png.Draw(s, o)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := png.Draw(s, o)
	if !bytes.Equal(p.PNG, again.PNG) {
		t.Error("two drawings differ")
	}
	img, err := stdpng.Decode(bytes.NewReader(p.PNG))
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("EVENTGRAPH_KEEP_PNG") != "" {
		os.WriteFile(os.Getenv("EVENTGRAPH_KEEP_PNG"), p.PNG, 0o644)
	}
	return img
}

func rgb(img image.Image, x, y int) color.NRGBA {
	return color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
}

func near(a, b color.NRGBA, tol int) bool {
	d := func(x, y uint8) int {
		if x > y {
			return int(x - y)
		}
		return int(y - x)
	}
	return d(a.R, b.R) <= tol && d(a.G, b.G) <= tol && d(a.B, b.B) <= tol && d(a.A, b.A) <= tol
}

// count counts the pixels of a region near a colour.
func count(img image.Image, r image.Rectangle, c color.NRGBA, tol int) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if near(rgb(img, x, y), c, tol) {
				n++
			}
		}
	}
	return n
}

// TestPixels checks the sample drawn at 2×: its size, background, fills,
// hatching, dashes, gradient, opacity and text, by pixel statistics.
func TestPixels(t *testing.T) {
	img := decode(t, sample(t), png.Options{})
	if b := img.Bounds(); b.Dx() != 640 || b.Dy() != 400 {
		t.Fatalf("image is %v, want 640×400", b)
	}
	white := color.NRGBA{255, 255, 255, 255}
	checks := []struct {
		name string
		x, y int
		want color.NRGBA
	}{
		{"background", 5, 5, white},
		{"rect fill", 40, 30, color.NRGBA{0xdb, 0xe9, 0xf6, 255}},
		{"rect outline", 20, 60, color.NRGBA{0x1f, 0x5f, 0x99, 255}},
		{"solid circle", 320, 260, color.NRGBA{0x2e, 0x7d, 0x32, 255}},
		{"gradient start is transparent", 381, 216, white},
	}
	for _, c := range checks {
		if got := rgb(img, c.x, c.y); !near(got, c.want, 12) {
			t.Errorf("%s at (%d,%d): %v, want %v", c.name, c.x, c.y, got, c.want)
		}
	}
	// The gradient darkens from left to right.
	if a, b := rgb(img, 400, 216), rgb(img, 600, 216); !(a.R > b.R) {
		t.Errorf("gradient: %v left, %v right", a, b)
	}
	// The hatched claim: its fill colour and its lines, about one pixel in
	// four a hatch line (1.5 px every 6 px).
	claim := image.Rect(362, 122, 618, 138)
	soft := count(img, claim, color.NRGBA{0xfd, 0xf0, 0xe6, 255}, 6)
	total := claim.Dx() * claim.Dy()
	if soft < total/3 || soft > total*9/10 {
		t.Errorf("hatched area: %d of %d pixels are its fill colour", soft, total)
	}
	// The dashed top edge of the claim (6 on, 4 off): about 60% drawn.
	edge := count(img, image.Rect(362, 20, 618, 21), color.NRGBA{0xc0, 0x4a, 0x00, 255}, 40)
	if edge < 256*45/100 || edge > 256*75/100 {
		t.Errorf("dashed edge: %d of 256 pixels drawn", edge)
	}
	// Text: the name is dark pixels on the rect's fill.
	if n := count(img, image.Rect(60, 40, 220, 72), color.NRGBA{0x1b, 0x1b, 0x1b, 255}, 60); n < 150 {
		t.Errorf("name: %d dark pixels", n)
	}
	// The half-transparent line is lighter than its colour.
	if got := rgb(img, 300, 380); !near(got, color.NRGBA{0xdf, 0x9c, 0x95, 255}, 20) {
		t.Errorf("line at half opacity: %v", got)
	}
}

// TestScale draws at a set scale and at a chosen one that fits a budget.
func TestScale(t *testing.T) {
	s := sample(t)
	p, err := png.Draw(s, png.Options{Scale: 1})
	if err != nil || p.Width != 320 || p.Height != 200 || p.Scale != 1 {
		t.Errorf("scale 1: %d×%d at %g, %v", p.Width, p.Height, p.Scale, err)
	}
	p, err = png.Draw(s, png.Options{MaxPixels: 16000})
	if err != nil || p.Scale != 0.5 || p.Width != 160 {
		t.Errorf("budget 16000: %d×%d at %g, %v", p.Width, p.Height, p.Scale, err)
	}
	s.Width, s.Height = 100000, 100000
	p, err = png.Draw(s, png.Options{})
	if err != nil || p.Scale != 0.06 {
		t.Errorf("huge scene: scale %g, %v", p.Scale, err)
	}
	_, err = png.Draw(s, png.Options{Scale: 1})
	const want = "png: bad options: at scale 1 the image is 100000×100000 pixels, too large: use a scale of at most 0.08, or 0 to choose one"
	if !errors.Is(err, png.ErrOptions) || err.Error() != want {
		t.Errorf("huge scene at scale 1: %v\nwant %s", err, want)
	}
}

func TestText(t *testing.T) {
	p, err := png.Draw(sample(t), png.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"iTXtTitle\x00\x00\x00\x00\x00A sample <scene>", "pHYs\x00\x00\x1d\x87\x00\x00\x1d\x87\x01"} {
		if !bytes.Contains(p.PNG, []byte(want)) {
			t.Errorf("PNG has no chunk %q", want)
		}
	}
	if got := png.MissingGlyphs("Han Dong 韩东, Ωμέγα"); string(got) != "韩东" {
		t.Errorf("MissingGlyphs = %q", got)
	}
}

func TestErrors(t *testing.T) {
	if _, err := png.Draw(nil, png.Options{}); !errors.Is(err, png.ErrNoScene) {
		t.Errorf("nil: %v", err)
	}
	if _, err := png.Draw(&scene.Scene{Width: 1, Height: 1, Background: "x"}, png.Options{}); !errors.Is(err, scene.ErrInvalid) {
		t.Errorf("bad colour: %v", err)
	}
	if _, err := png.Draw(sample(t), png.Options{Scale: 17}); !errors.Is(err, png.ErrOptions) {
		t.Errorf("scale 17: %v", err)
	}
}

// TestConcurrent draws from several goroutines (run with -race): the
// fonts are shared, every drawing has its own buffers.
func TestConcurrent(t *testing.T) {
	s := sample(t)
	want, _ := png.Draw(s, png.Options{})
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			got, err := png.Draw(s, png.Options{})
			if err != nil || !bytes.Equal(got.PNG, want.PNG) {
				t.Errorf("concurrent drawing differs: %v", err)
			}
		})
	}
	wg.Wait()
}

func BenchmarkDraw(b *testing.B) {
	s := sample(b)
	for b.Loop() {
		if _, err := png.Draw(s, png.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
