package diagram

import (
	"bytes"
	"context"
	"errors"
	"image/png"
	"slices"
	"strings"
	"testing"
)

// TestDrawPNGScale checks the scale DrawPNG draws at: 2 by default, the
// one asked for, and an error naming the largest that fits for one too
// large.
func TestDrawPNGScale(t *testing.T) {
	g := smallGraph(t)
	ctx := context.Background()
	pic, err := pngOf(ctx, g, opt{}, PNGOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if pic.Scale != 2 {
		t.Errorf("default scale %g, want 2", pic.Scale)
	}
	one, err := pngOf(ctx, g, opt{}, PNGOptions{Scale: 1})
	if err != nil {
		t.Fatal(err)
	}
	c2, err := png.DecodeConfig(bytes.NewReader(pic.PNG))
	if err != nil {
		t.Fatal(err)
	}
	c1, err := png.DecodeConfig(bytes.NewReader(one.PNG))
	if err != nil {
		t.Fatal(err)
	}
	if one.Scale != 1 || c2.Width < 2*c1.Width-1 || c2.Width > 2*c1.Width+1 {
		t.Errorf("scale 1: %g, %d px wide; scale 2: %d px wide", one.Scale, c1.Width, c2.Width)
	}
	if _, err := pngOf(ctx, g, opt{}, PNGOptions{Scale: 4}); err != nil {
		t.Errorf("scale 4 of a small diagram: %v", err)
	}
	if _, err := pngOf(ctx, g, opt{}, PNGOptions{Scale: 16}); !errors.Is(err, ErrOptions) ||
		!strings.Contains(err.Error(), "too large: use a scale of at most 11.") {
		t.Errorf("scale 16: %v, want ErrOptions naming the largest scale that fits", err)
	}
	if _, err := pngOf(ctx, g, opt{}, PNGOptions{Scale: 17}); !errors.Is(err, ErrOptions) {
		t.Errorf("scale 17: %v, want ErrOptions", err)
	}
}

// TestMissingGlyphs lists the characters PNG draws as boxes: none in the
// seed case, the Arabic and Hebrew of the hostile-names example.
func TestMissingGlyphs(t *testing.T) {
	got, err := missingOf(seedGraph(t), opt{})
	if err != nil || got != nil {
		t.Errorf("seed: %q, %v; want none", string(got), err)
	}
	got, err = missingOf(hostileGraph(t), opt{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range "أحمدאחמד" {
		if !slices.Contains(got, r) {
			t.Errorf("hostile names: %q lacks %q", string(got), r)
		}
	}
	pic, err := pngOf(context.Background(), hostileGraph(t), opt{}, PNGOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(pic.Missing, got) {
		t.Errorf("DrawPNG missing %q, MissingGlyphs %q", string(pic.Missing), string(got))
	}
	if _, err := missingOf(nil, opt{}); !errors.Is(err, ErrNilGraph) {
		t.Errorf("nil graph: %v", err)
	}
}
