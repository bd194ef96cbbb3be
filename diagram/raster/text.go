package raster

import (
	"math"
	"strings"
	"sync"
	"unicode"

	"github.com/fogleman/gg"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// faces are the Go fonts (regular, bold, italic, bold italic), parsed once.
// They cover Latin, Greek and Cyrillic; other scripts draw as boxes.
var faces = sync.OnceValue(func() [4]*sfnt.Font {
	var out [4]*sfnt.Font
	for i, ttf := range [][]byte{goregular.TTF, gobold.TTF, goitalic.TTF, gobolditalic.TTF} {
		f, err := sfnt.Parse(ttf)
		if err != nil {
			// The fonts are compiled in; they parse or the module is broken.
			panic("raster: embedded Go font does not parse: " + err.Error())
		}
		out[i] = f
	}
	return out
})

// face returns the Go font for a font name and xdot flags: bold for the
// bold flag or a name with "Bold", italic for the italic flag or a name
// with "Italic" or "Oblique".
func face(name string, flags int) *sfnt.Font {
	i := 0
	if flags&FlagBold != 0 || strings.Contains(name, "Bold") || strings.Contains(name, "bold") {
		i |= 1
	}
	if flags&FlagItalic != 0 || strings.Contains(name, "Italic") || strings.Contains(name, "Oblique") || strings.Contains(name, "italic") {
		i |= 2
	}
	return faces()[i]
}

// MissingGlyphs returns the characters of s that the Go fonts cannot draw
// (CJK, Arabic, Hebrew, Devanagari, emoji, ...), each once in order of
// first use. PNG output draws them as empty boxes; SVG output leaves them
// to the viewer's fonts. Spaces, control and format characters, and the
// hyphens drawn as "-" are never reported.
func MissingGlyphs(s string) []rune {
	var buf sfnt.Buffer
	f := faces()[0]
	var out []rune
	seen := map[rune]bool{}
	for _, r := range s {
		if seen[r] || unicode.IsSpace(r) || unicode.IsControl(r) {
			continue
		}
		seen[r] = true
		if gi, ok := glyph(f, &buf, r); ok && gi == 0 {
			out = append(out, r)
		}
	}
	return out
}

// lookalikes are drawn for characters the Go fonts lack that have an
// obvious stand-in.
var lookalikes = map[rune]rune{
	'\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2212': '-', '\u2043': '-',
}

// glyph returns the glyph of f that draws r: its own, a look-alike's, a
// space's for any space character, or 0 (the font's empty box) when there
// is none. ok is false for characters that draw nothing at all (zero-width
// spaces and joiners, soft hyphens, byte-order marks, other format
// characters).
func glyph(f *sfnt.Font, buf *sfnt.Buffer, r rune) (gi sfnt.GlyphIndex, ok bool) {
	if unicode.Is(unicode.Cf, r) {
		return 0, false
	}
	if gi, err := f.GlyphIndex(buf, r); err == nil && gi != 0 {
		return gi, true
	}
	alt, found := lookalikes[r]
	if !found && unicode.IsSpace(r) {
		alt, found = ' ', true
	}
	if found {
		if gi, err := f.GlyphIndex(buf, alt); err == nil {
			return gi, true
		}
	}
	return 0, true
}

// textRun is one line of text to draw.
type textRun struct {
	text   string
	font   *sfnt.Font
	size   float64 // points
	x, y   float64 // baseline anchor, pixels
	just   int
	width  float64 // width Graphviz laid the text out at, pixels (0: natural)
	scale  float64 // pixels per point
	flags  int
	colour [4]float64
}

// drawText fills the glyph outlines of a run, stretched or squeezed
// horizontally to the width Graphviz gave it: Graphviz measures with
// Arial's metrics and the Go fonts are a little wider or narrower, so
// fitting each run keeps it inside its box and centred as laid out.
func drawText(dc *gg.Context, buf *sfnt.Buffer, t textRun) {
	f := t.font
	upem := fixed.Int26_6(f.UnitsPerEm())
	ppem := upem << 6 // one pixel per font unit, outlines in 26.6 font units
	var glyphs []sfnt.GlyphIndex
	var xs []float64 // pen position of each glyph in font units
	pen := 0.0
	prev := sfnt.GlyphIndex(0)
	for i, r := range t.text {
		gi, ok := glyph(f, buf, r)
		if !ok {
			continue
		}
		if i > 0 && prev != 0 && gi != 0 {
			if k, err := f.Kern(buf, prev, gi, ppem, font.HintingNone); err == nil {
				pen += float64(k) / 64
			}
		}
		adv, err := f.GlyphAdvance(buf, gi, ppem, font.HintingNone)
		if err != nil {
			continue
		}
		glyphs = append(glyphs, gi)
		xs = append(xs, pen)
		pen += float64(adv) / 64
		prev = gi
	}
	if len(glyphs) == 0 || t.size <= 0 {
		return
	}
	k := t.size * t.scale / float64(upem) // pixels per font unit, vertically
	natural := pen * k
	sx := 1.0
	if t.width > 0 && natural > 0 {
		sx = math.Min(2, math.Max(0.5, t.width/natural))
	}
	w := natural * sx
	left := t.x
	switch t.just {
	case 0:
		left -= w / 2
	case 1:
		left -= w
	}
	dc.SetRGBA(t.colour[0], t.colour[1], t.colour[2], t.colour[3])
	dc.SetFillRuleWinding()
	for i, gi := range glyphs {
		segs, err := f.LoadGlyph(buf, gi, ppem, nil)
		if err != nil {
			continue
		}
		ox := xs[i]
		pt := func(p fixed.Point26_6) (float64, float64) {
			ux, uy := float64(p.X)/64, float64(p.Y)/64
			return left + (ox+ux)*k*sx, t.y + uy*k
		}
		for _, s := range segs {
			switch s.Op {
			case sfnt.SegmentOpMoveTo:
				x, y := pt(s.Args[0])
				dc.MoveTo(x, y)
			case sfnt.SegmentOpLineTo:
				x, y := pt(s.Args[0])
				dc.LineTo(x, y)
			case sfnt.SegmentOpQuadTo:
				x1, y1 := pt(s.Args[0])
				x, y := pt(s.Args[1])
				dc.QuadraticTo(x1, y1, x, y)
			case sfnt.SegmentOpCubeTo:
				x1, y1 := pt(s.Args[0])
				x2, y2 := pt(s.Args[1])
				x, y := pt(s.Args[2])
				dc.CubicTo(x1, y1, x2, y2, x, y)
			}
		}
		dc.ClosePath()
	}
	dc.Fill()
	lw := math.Max(1, t.size*t.scale/14)
	for _, l := range []struct {
		flag int
		dy   float64 // below the baseline, in ems
	}{{FlagUnderline, 0.12}, {FlagStrike, -0.3}} {
		if t.flags&l.flag != 0 {
			y := t.y + l.dy*t.size*t.scale
			dc.SetLineWidth(lw)
			dc.SetDash()
			dc.DrawLine(left, y, left+w, y)
			dc.Stroke()
		}
	}
}
