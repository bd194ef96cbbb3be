package raster

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/png"
	"os"
	"reflect"
	"testing"
)

// readFile reads a test file.
func readFile(t testing.TB, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// alleged restyles testdata/line.xdot as eventgraph's alleged claims.
var alleged = []ClassStyle{
	{Class: "eg-alleged", Kind: KindNode, Dash: "6 4", Hatch: HatchPen, HatchOpacity: 0.18},
	{Class: "eg-alleged", Kind: KindEdge, Dash: "6 4"},
}

// draw draws parts and decodes the PNG, checking that it is deterministic.
func draw(t *testing.T, o Options, parts ...[]byte) image.Image {
	t.Helper()
	a, err := PNG(parts, o)
	if err != nil {
		t.Fatal(err)
	}
	b, err := PNG(parts, o)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("the same input gave different PNG bytes")
	}
	img, err := png.Decode(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func rgb(img image.Image, x, y int) color.NRGBA {
	return color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
}

var (
	background = color.NRGBA{0xfa, 0xfa, 0xfa, 0xff}
	black      = color.NRGBA{0, 0, 0, 0xff}
	claimFill  = color.NRGBA{0xfd, 0xeb, 0xe1, 0xff}
)

// TestDrawDash samples the straight edge of testdata/line.xdot along its
// middle: at 2 px per point it runs from x=76 at y=136, 4 px wide. The
// class style's 6 4 pattern gives 12 px of line and 8 of gap; Graphviz's
// own dashed (5 2) would give 10 and 4.
func TestDrawDash(t *testing.T) {
	src := readFile(t, "testdata/line.xdot")
	img := draw(t, Options{Classes: alleged}, src)
	if got := img.Bounds(); got != image.Rect(0, 0, 472, 272) {
		t.Fatalf("size %v, want 472×272 (236×136 points at 2×)", got)
	}
	for _, c := range [][2]int{{0, 0}, {471, 0}, {0, 271}, {471, 271}} {
		if got := rgb(img, c[0], c[1]); got != background {
			t.Errorf("corner %v is %v, want the graph's background %v", c, got, background)
		}
	}
	for k := range 7 {
		on, off := 76+20*k+6, 76+20*k+16
		for _, y := range []int{135, 136} {
			if got := rgb(img, on, y); got != black {
				t.Errorf("dash %d at (%d,%d) is %v, want black", k, on, y, got)
			}
			if got := rgb(img, off, y); got != background {
				t.Errorf("gap %d at (%d,%d) is %v, want background", k, off, y, got)
			}
		}
	}
	plain := draw(t, Options{}, src)
	for _, x := range []int{92, 96, 112} {
		// Graphviz's dashed pattern: on [76,86) [90,100) [104,114)
		if got := rgb(plain, x, 136); got != black {
			t.Errorf("without class styles (%d,136) is %v, want black (5 2 dashes)", x, got)
		}
	}
	if got := rgb(plain, 88, 136); got != background {
		t.Errorf("without class styles (88,136) is %v, want a gap", got)
	}
}

// TestDrawHatch checks the hatching of the claim box (0,75)-(60,95) in a
// strip left of its label.
func TestDrawHatch(t *testing.T) {
	src := readFile(t, "testdata/line.xdot")
	count := func(img image.Image) (hatched, total int) {
		for y := 50; y < 82; y++ {
			for x := 40; x < 52; x++ {
				c := rgb(img, x, y)
				total++
				if c != claimFill {
					hatched++
					if c.R > claimFill.R || c.G > claimFill.G || c.B > claimFill.B {
						t.Errorf("(%d,%d) is %v, lighter than the fill", x, y, c)
					}
				}
			}
		}
		return hatched, total
	}
	if n, _ := count(draw(t, Options{}, src)); n != 0 {
		t.Errorf("without hatching %d pixels differ from the fill", n)
	}
	n, total := count(draw(t, Options{Classes: alleged}, src))
	if n < total/5 || n == total {
		t.Errorf("with hatching %d of %d pixels differ from the fill", n, total)
	}
}

// TestDrawText checks that the centred label "ALLEGED" (x 30, width 40,
// baseline 81, in points) is inked from 10 to 50 points, fitted to the
// width Graphviz gave it.
func TestDrawText(t *testing.T) {
	img := draw(t, Options{}, readFile(t, "testdata/line.xdot"))
	lo, hi, top, bottom := 1<<30, -1, 1<<30, -1
	for y := 46; y < 82; y++ {
		for x := 40; x < 152; x++ {
			if c := rgb(img, x, y); c.R < 0xb0 {
				lo, hi, top, bottom = min(lo, x), max(hi, x), min(top, y), max(bottom, y)
			}
		}
	}
	if lo < 54 || lo > 60 || hi < 132 || hi > 138 {
		t.Errorf("text inked from x=%d to %d, want about 56 to 136", lo, hi)
	}
	if bottom < 71 || bottom > 74 || top > 60 {
		t.Errorf("text inked from y=%d to %d, want its baseline at 74 and caps 14 px tall", top, bottom)
	}
}

func TestDrawStacksParts(t *testing.T) {
	src := readFile(t, "testdata/line.xdot")
	img := draw(t, Options{Classes: alleged, Scale: 1, Background: "#123456"}, src, src)
	if got := img.Bounds(); got != image.Rect(0, 0, 236, 272) {
		t.Fatalf("size %v, want 236×272", got)
	}
	for _, y := range []int{68, 136 + 68} {
		if got := rgb(img, 41, y); got != black {
			t.Errorf("dash at (41,%d) is %v, want black", y, got)
		}
	}
}

func TestDrawGraphviz(t *testing.T) {
	img := draw(t, Options{}, readFile(t, "testdata/han-tao.xdot"))
	// bb 908.91×414.58 and pad 21.6 on each side, at 2×.
	if got := img.Bounds(); got != image.Rect(0, 0, 1905, 916) {
		t.Errorf("size %v, want 1905×916", got)
	}
	if got := rgb(img, 1904, 915); got != (color.NRGBA{0xff, 0xff, 0xff, 0xff}) {
		t.Errorf("corner is %v, want white", got)
	}
}

func TestMissingGlyphs(t *testing.T) {
	tests := []struct {
		in   string
		want []rune
	}{
		{"Han Dong “quoted” – Ωμέγα Кириллица é ß", nil},
		{"non\u2011breaking\u2009thin\u200bzero\u00adsoft", nil},
		{"done ✓", []rune("✓")},
		{"韩东 and 韩涛", []rune("韩东涛")},
		{"عرب שלום", []rune("عربשלום")},
		{"", nil},
	}
	for _, tt := range tests {
		if got := MissingGlyphs(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("MissingGlyphs(%q) = %q, want %q", tt.in, string(got), string(tt.want))
		}
	}
}

// TestDrawMissingGlyphs draws text the Go fonts lack without an error:
// the characters come out as boxes, as documented.
func TestDrawMissingGlyphs(t *testing.T) {
	src := bytes.Replace(readFile(t, "testdata/line.xdot"), []byte("T 30 81 0 40 7 -ALLEGED"), []byte("T 30 81 0 40 6 -韩东"), 1)
	if _, err := PNG([][]byte{src}, Options{}); err != nil {
		t.Fatal(err)
	}
}

func TestOptionsValidate(t *testing.T) {
	tests := []struct {
		o    Options
		want string
	}{
		{Options{Scale: -1}, "raster: bad options: scale -1: use a number above 0 and at most 16 (0 means 2)"},
		{Options{Scale: 17}, "raster: bad options: scale 17: use a number above 0 and at most 16 (0 means 2)"},
		{Options{Background: "blue-ish"}, `raster: bad options: background: raster: bad colour: "blue-ish" is not #rrggbb`},
		{Options{Classes: []ClassStyle{{Class: "a b", Kind: KindNode}}}, `raster: bad options: class style 0: class "a b" must be one word`},
		{Options{Classes: []ClassStyle{{Class: "a", Kind: KindGraph}}}, `raster: bad options: class style "a": kind must be KindNode, KindEdge or KindCluster`},
		{Options{Classes: []ClassStyle{{Class: "a", Kind: KindEdge, Dash: "6 x"}}}, `class style "a": raster: bad options: dash pattern "6 x": "x" is not a length of 0 or more`},
		{Options{Classes: []ClassStyle{{Class: "a", Kind: KindEdge, Hatch: "#12"}}}, `raster: bad options: class style "a": hatch: raster: bad colour: "#12" is not #rrggbb or #rrggbbaa`},
		{Options{Classes: []ClassStyle{{Class: "a", Kind: KindEdge, HatchOpacity: 2}}}, `raster: bad options: class style "a": hatch opacity must be from 0 to 1, spacing and width 0 or more`},
	}
	for _, tt := range tests {
		err := tt.o.Validate()
		if err == nil || !errors.Is(err, ErrOptions) || err.Error() != tt.want {
			t.Errorf("Validate(%+v) = %v\nwant %s", tt.o, err, tt.want)
		}
	}
	if err := (Options{Scale: 3, Background: "#fff", Classes: alleged}).Validate(); err != nil {
		t.Errorf("valid options: %v", err)
	}
}

func TestDrawErrors(t *testing.T) {
	if _, err := PNG(nil, Options{}); !errors.Is(err, ErrXDOT) {
		t.Errorf("no parts: %v", err)
	}
	huge := []byte(`digraph { bb="0,0,90000,90000" }`)
	const want = "raster: bad options: at scale 1 the image is 90008×90008 pixels, too large: use a scale of at most 0.09, or 0 to choose one"
	if _, err := PNG([][]byte{huge}, Options{Scale: 1}); !errors.Is(err, ErrOptions) || err.Error() != want {
		t.Errorf("huge image at scale 1: %v\nwant %s", err, want)
	}
	bad := []byte(`digraph { bb="0,0,10,10"; a [_draw_="c 3 -red C 4 -blah E 1 1 1 1"] }`)
	if _, err := PNG([][]byte{bad}, Options{}); !errors.Is(err, ErrXDOT) || !errors.Is(err, ErrColour) {
		t.Errorf("bad colour: %v", err)
	}
}

// TestPNGText finds the title and description in iTXt chunks, and the
// resolution in pHYs.
func TestPNGText(t *testing.T) {
	src := readFile(t, "testdata/line.xdot")
	out, err := PNG([][]byte{src}, Options{Title: "Han Dong — 韩东", Description: "A line."})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"iTXtTitle\x00\x00\x00\x00\x00Han Dong — 韩东", "iTXtDescription\x00\x00\x00\x00\x00A line."} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("PNG has no chunk %q", want)
		}
	}
	if _, err := png.Decode(bytes.NewReader(out)); err != nil {
		t.Fatal(err)
	}
	plain, err := PNG([][]byte{src}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// 144 dpi is 5669 pixels per metre (0x1625), the unit being the metre.
	if !bytes.Contains(plain, []byte("pHYs\x00\x00\x16\x25\x00\x00\x16\x25\x01")) {
		t.Error("PNG has no pHYs chunk of 144 dpi")
	}
	if bytes.Contains(plain, []byte("iTXt")) {
		t.Error("PNG without title has an iTXt chunk")
	}
	if err := (Options{Title: "\xff"}).Validate(); !errors.Is(err, ErrOptions) {
		t.Errorf("invalid UTF-8 title: %v", err)
	}
}

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
		dec, err := png.Decode(&b)
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

func TestParseColour(t *testing.T) {
	tests := []struct {
		in   string
		want color.NRGBA
	}{
		{"#c04a00", color.NRGBA{0xc0, 0x4a, 0x00, 0xff}},
		{"#c0392b55", color.NRGBA{0xc0, 0x39, 0x2b, 0x55}},
		{"#abc", color.NRGBA{0xaa, 0xbb, 0xcc, 0xff}},
		{"black", color.NRGBA{0, 0, 0, 0xff}},
		{"transparent", color.NRGBA{0xff, 0xff, 0xfe, 0}},
		{"[0 0 10 10 2 0 #ff0000 1 #0000ff]", color.NRGBA{0xff, 0, 0, 0xff}},
	}
	for _, tt := range tests {
		got, err := ParseColour(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseColour(%q) = %v, %v, want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestParseDash(t *testing.T) {
	tests := []struct {
		in   string
		want []float64
	}{
		{"", nil}, {"none", nil}, {"0 0", nil},
		{"6 4", []float64{6, 4}}, {"8,3,2,3", []float64{8, 3, 2, 3}}, {"2", []float64{2, 2}},
	}
	for _, tt := range tests {
		got, err := ParseDash(tt.in)
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseDash(%q) = %v, %v, want %v", tt.in, got, err, tt.want)
		}
	}
}

func BenchmarkPNGGraphviz(b *testing.B) {
	src := readFile(b, "testdata/han-tao.xdot")
	for b.Loop() {
		if _, err := PNG([][]byte{src}, Options{Classes: alleged}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDrawConcurrent draws from several goroutines at once (run with
// -race): the fonts are shared, every drawing has its own buffers.
func TestDrawConcurrent(t *testing.T) {
	src := readFile(t, "testdata/line.xdot")
	want, err := PNG([][]byte{src}, Options{Classes: alleged})
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			got, err := PNG([][]byte{src}, Options{Classes: alleged})
			if err == nil && !bytes.Equal(got, want) {
				err = errors.New("concurrent drawing gave different bytes")
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// TestScaleFor checks the scale chosen for an image: 2× when it fits the
// pixel budget and the largest side, less (rounded down to 1/100, below 1×
// if need be) when it does not, and a set scale unchanged.
func TestScaleFor(t *testing.T) {
	tests := []struct {
		o    Options
		w, h float64
		want float64
	}{
		{Options{}, 1000, 800, 2},
		{Options{}, 0, 0, 2},
		{Options{}, 4000, 4000, 1.58},   // 40 MP budget: sqrt(40e6/16e6) = 1.581…
		{Options{}, 34852, 33383, 0.18}, // a 300-event case laid out by sfdp
		{Options{}, 40000, 100, 0.81},   // the side limit: 32767 / 40000
		{Options{MaxPixels: 1e6}, 1000, 1000, 1},
		{Options{Scale: 3}, 34852, 33383, 3},
		{Options{MaxPixels: 1}, 90000, 90000, 0.01},
	}
	for _, tt := range tests {
		if got := tt.o.ScaleFor(tt.w, tt.h); got != tt.want {
			t.Errorf("%+v.ScaleFor(%g, %g) = %g, want %g", tt.o, tt.w, tt.h, got, tt.want)
		}
	}
}

// TestRasteriseFits draws an image too large for 2× at the scale chosen
// for it, and records that scale in the PNG's resolution.
func TestRasteriseFits(t *testing.T) {
	huge := []byte(`digraph { bb="0,0,90000,90000"; pad="0" }`)
	p, err := Rasterise([][]byte{huge}, Options{MaxPixels: 1_000_000})
	if err != nil {
		t.Fatal(err)
	}
	if p.Scale != 0.01 {
		t.Errorf("scale %g, want 0.01", p.Scale)
	}
	img, err := png.DecodeConfig(bytes.NewReader(p.PNG))
	if err != nil {
		t.Fatal(err)
	}
	if img.Width != 900 || img.Height != 900 {
		t.Errorf("image is %d×%d, want 900×900", img.Width, img.Height)
	}
}
