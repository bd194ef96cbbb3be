package png

import (
	"math"
	"testing"

	"github.com/eventgraph/eventgraph/internal/textmetrics"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// TestFacesAreLiberationSans checks that the PNG draws with the embedded
// Liberation Sans 2.1.5, the font textmetrics measures: its names, and
// each glyph advance of a test text summing to textmetrics' width.
func TestFacesAreLiberationSans(t *testing.T) {
	const text = "Han Dong left the Liberal caucus, 22 March 2023 — Ωμέγα, Москва"
	tests := []struct {
		bold, italic bool
		name         string
	}{
		{false, false, "Liberation Sans"},
		{true, false, "Liberation Sans Bold"},
		{false, true, "Liberation Sans Italic"},
		{true, true, "Liberation Sans Bold Italic"},
	}
	var buf sfnt.Buffer
	for _, tc := range tests {
		f := face(tc.bold, tc.italic)
		if got, err := f.Name(&buf, sfnt.NameIDFull); err != nil || got != tc.name {
			t.Errorf("face(%v, %v) full name %q (%v), want %q", tc.bold, tc.italic, got, err, tc.name)
		}
		if got, err := f.Name(&buf, sfnt.NameIDVersion); err != nil || got != "Version 2.1.5" {
			t.Errorf("face(%v, %v) version %q (%v), want Version 2.1.5", tc.bold, tc.italic, got, err)
		}
		upem := fixed.Int26_6(f.UnitsPerEm())
		units := 0.0
		for _, r := range text {
			gi, ok := glyph(f, &buf, r)
			if !ok || gi == 0 {
				t.Fatalf("face(%v, %v) has no glyph for %q", tc.bold, tc.italic, r)
			}
			adv, err := f.GlyphAdvance(&buf, gi, upem<<6, font.HintingNone)
			if err != nil {
				t.Fatal(err)
			}
			units += float64(adv) / 64
		}
		// The upright faces give textmetrics' widths exactly; the italics
		// differ in a few advances (textmetrics knows regular and bold
		// only; each line is fitted to its measured width anyway), by
		// less than 0.02 %.
		got := units * 16 / float64(upem)
		want := textmetrics.Width(text, 16, tc.bold)
		tol := 1e-9
		if tc.italic {
			tol = want * 2e-4
		}
		if math.Abs(got-want) > tol {
			t.Errorf("face(%v, %v): %q is %.4f px at 16 px, textmetrics says %.4f", tc.bold, tc.italic, text, got, want)
		}
	}
}

// TestMissingGlyphsLiberation lists what Liberation Sans leaves as boxes:
// other scripts, Hebrew (no right-to-left reordering here) and the few
// symbols it lacks; the hyphens it lacks are drawn as "-".
func TestMissingGlyphsLiberation(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Han Dong 韩东", "韩东"},
		{"Tiếng Việt, ǅ, ə, Ωμέγα, Москва", ""},
		{"שלום world", "שלום"},
		{"x\u2011y\u2043z", ""},
		{"E=mc² x⁺ A∪B \ufffd", "⁺∪\ufffd"},
		{"مرحبا", "مرحبا"},
	}
	for _, tc := range tests {
		if got := string(MissingGlyphs(tc.in)); got != tc.want {
			t.Errorf("MissingGlyphs(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
