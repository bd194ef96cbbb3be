package diagram

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"regexp"
	"strconv"
	"testing"

	"github.com/eventgraph/eventgraph/diagram/xdot"
	"github.com/eventgraph/eventgraph/scene"
	"github.com/eventgraph/eventgraph/theme"
)

// svgSize reads the size of an SVG from its root's viewBox.
func svgSize(t *testing.T, svg []byte) (w, h float64) {
	t.Helper()
	m := regexp.MustCompile(`viewBox="0 0 ([0-9.]+) ([0-9.]+)"`).FindSubmatch(svg)
	if m == nil {
		t.Fatal("SVG has no viewBox")
	}
	w, _ = strconv.ParseFloat(string(m[1]), 64)
	h, _ = strconv.ParseFloat(string(m[2]), 64)
	return w, h
}

// TestDrawPNG draws views of the seed case in every theme and checks
// that the PNG decodes, is the SVG's size at the scale asked for (title,
// diagram and legend included), is the same bytes twice, and has the
// theme's background in its corners.
func TestDrawPNG(t *testing.T) {
	g := seedGraph(t)
	ctx := context.Background()
	tests := []struct {
		name  string
		o     opt
		scale float64
	}{
		{"light focus", opt{Focus: "han-tao", Depth: 1}, 0},
		{"dark focus", opt{Focus: "han-dong", Depth: 1, Options: Options{Theme: theme.Dark()}}, 1},
		{"print path", opt{PathFrom: "han-dong", PathTo: "justin-trudeau", Options: Options{Theme: theme.Print()}}, 3},
		{"no legend", opt{Focus: "han-tao", Depth: 1, Options: Options{NoLegend: true}}, 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := pngBytes(ctx, g, tt.o, PNGOptions{Scale: tt.scale})
			if err != nil {
				t.Fatal(err)
			}
			b, err := pngBytes(ctx, g, tt.o, PNGOptions{Scale: tt.scale})
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a, b) {
				t.Error("the same graph and options gave different PNG bytes")
			}
			if !bytes.Contains(a, []byte("iTXtTitle\x00\x00\x00\x00\x00Han Dong, the Two Michaels and the Chinese consulate in Toronto")) ||
				!bytes.Contains(a, []byte("iTXtDescription\x00\x00\x00\x00\x00")) {
				t.Error("PNG has no Title or Description text")
			}
			img, err := png.Decode(bytes.NewReader(a))
			if err != nil {
				t.Fatal(err)
			}
			svg, err := svgOf(ctx, g, tt.o)
			if err != nil {
				t.Fatal(err)
			}
			s := tt.scale
			if s == 0 {
				s = 2
			}
			w, h := svgSize(t, svg)
			want := image.Rect(0, 0, int(math.Ceil(w*s-1e-6)), int(math.Ceil(h*s-1e-6)))
			if img.Bounds() != want {
				t.Errorf("PNG is %v, want the SVG's %g×%g at %g× = %v", img.Bounds(), w, h, s, want)
			}
			bg, err := scene.ParseColour(tt.o.theme().Background)
			if err != nil {
				t.Fatal(err)
			}
			r := img.Bounds()
			for _, p := range []image.Point{{0, 0}, {r.Dx() - 1, 0}, {0, r.Dy() - 1}, {r.Dx() - 1, r.Dy() - 1}} {
				if got := color.NRGBAModel.Convert(img.At(p.X, p.Y)); got != bg {
					t.Errorf("corner %v is %v, want the background %v", p, got, bg)
				}
			}
		})
	}
}

func TestDrawPNGErrors(t *testing.T) {
	ctx := context.Background()
	if _, err := pngBytes(ctx, nil, opt{}, PNGOptions{}); !errors.Is(err, ErrNilGraph) {
		t.Errorf("nil graph: %v", err)
	}
	g := seedGraph(t)
	if _, err := pngBytes(ctx, g, opt{}, PNGOptions{Scale: -1}); !errors.Is(err, ErrOptions) {
		t.Errorf("negative scale: %v", err)
	}
	if _, err := pngBytes(ctx, g, opt{Focus: "han-dong", Depth: -1}, PNGOptions{}); !errors.Is(err, ErrOptions) {
		t.Errorf("bad options: %v", err)
	}
}

// TestClassStyles pins the exact dash patterns and hatching that
// eventgraph's classes give outlines in the drawing model.
func TestClassStyles(t *testing.T) {
	c := newConverter(theme.Print(), nil)
	tests := []struct {
		kind  xdot.Kind
		class string
		want  string
	}{
		{xdot.KindNode, "eg-node eg-claim eg-alleged", "&{dash:[6 4] hatch:true}"},
		{xdot.KindEdge, "eg-edge eg-alleged", "&{dash:[6 4] hatch:false}"},
		{xdot.KindNode, "eg-node eg-claim eg-stated", "&{dash:[9 3] hatch:true}"},
		{xdot.KindNode, "eg-node eg-claim eg-disputed", "&{dash:[2 3] hatch:true}"},
		{xdot.KindEdge, "eg-edge eg-contested", "&{dash:[6 2 2 2 2 2] hatch:false}"},
		{xdot.KindNode, "eg-node eg-claim eg-retracted", "&{dash:[3 3] hatch:true}"},
		{xdot.KindEdge, "eg-edge eg-partly-confirmed", "&{dash:[8 3 2 3] hatch:false}"},
		{xdot.KindEdge, "eg-edge eg-response eg-denies", "&{dash:[2 3] hatch:false}"},
		{xdot.KindEdge, "eg-edge eg-response eg-disputes", "&{dash:[5 3] hatch:false}"},
		{xdot.KindEdge, "eg-edge eg-response eg-declines-comment", "&{dash:[1 4] hatch:false}"},
		{xdot.KindEdge, "eg-edge eg-response eg-retracts", "&{dash:[8 2 2 2] hatch:false}"},
		{xdot.KindEdge, "eg-edge eg-response eg-confirms", "<nil>"},
		{xdot.KindNode, "eg-node eg-person", "<nil>"},
		{xdot.KindCluster, "eg-cluster eg-alleged", "<nil>"},
	}
	for _, tt := range tests {
		o := &xdot.Object{Kind: tt.kind, Attrs: []xdot.Attr{{Key: "class", Value: tt.class}}}
		if got := fmt.Sprintf("%+v", c.classStyle(o)); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.class, got, tt.want)
		}
	}
}

// BenchmarkSeedPNG draws the whole seed case with its legend as a PNG at
// 2×: layout, xdot, rasterising and PNG encoding.
func BenchmarkSeedPNG(b *testing.B) {
	g := seedGraph(b)
	ctx := context.Background()
	for b.Loop() {
		if _, err := pngBytes(ctx, g, opt{}, PNGOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
