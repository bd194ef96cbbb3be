// Command genmetrics writes widths_gen.go for package textmetrics: the
// advance widths of Liberation Sans Regular and Bold (metric-compatible with
// Arial) for every code point, with the package's policy for code points the
// font lacks applied, plus the vertical metrics of the font.
//
// It reads the TrueType files with golang.org/x/image/font/sfnt and takes
// East Asian widths from golang.org/x/text/width. Its output depends only on
// the two font files and the Unicode tables of the Go toolchain and of
// x/text, so running it twice gives the same bytes. Usage, from
// internal/textmetrics:
//
//	go generate
//
// or, with fonts installed elsewhere:
//
//	go run ./internal/genmetrics -regular R.ttf -bold B.ttf -o widths_gen.go
//
// On Debian and Ubuntu the fonts come from the package fonts-liberation2.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"unicode"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/width"
)

// Classes of code points, mirrored by the constants of package textmetrics.
const (
	classOther  = 0 // an ordinary character
	classWide   = 1 // East Asian Wide or Fullwidth: a line may break beside it
	classExtend = 2 // joins the preceding character (marks, ZWJ, modifiers)
)

// denseLen is the number of code points, from U+0000, kept in plain arrays
// indexed by the code point: Latin, IPA, Greek, Cyrillic, Armenian, Hebrew.
const denseLen = 0x600

// fallbackEm is the advance, in ems, given to a character the font lacks and
// no rule below covers (Arabic, Indic scripts, Thai, ...): a little more than
// the average advance of those scripts in common fallback fonts.
const fallbackEm = 0.6

func main() {
	regular := flag.String("regular", "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", "Liberation Sans Regular `file`")
	bold := flag.String("bold", "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf", "Liberation Sans Bold `file`")
	out := flag.String("o", "widths_gen.go", "output `file`")
	flag.Parse()
	if err := run(*regular, *bold, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genmetrics:", err)
		os.Exit(1)
	}
}

// face is one parsed font file.
type face struct {
	f       *sfnt.Font
	buf     sfnt.Buffer
	upem    int
	name    string
	version string
}

func load(path string) (*face, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w (install fonts-liberation2 or pass -regular and -bold)", err)
	}
	f, err := sfnt.Parse(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	fc := &face{f: f, upem: int(f.UnitsPerEm())}
	if fc.name, err = f.Name(&fc.buf, sfnt.NameIDFull); err != nil {
		return nil, fmt.Errorf("%s: full name: %w", path, err)
	}
	if fc.version, err = f.Name(&fc.buf, sfnt.NameIDVersion); err != nil {
		return nil, fmt.Errorf("%s: version: %w", path, err)
	}
	return fc, nil
}

// advance returns the advance width of r in font units and whether the font
// has a glyph for r.
func (fc *face) advance(r rune) (int, bool, error) {
	gi, err := fc.f.GlyphIndex(&fc.buf, r)
	if err != nil || gi == 0 {
		return 0, false, err
	}
	a, err := fc.f.GlyphAdvance(&fc.buf, gi, fixed.I(fc.upem), font.HintingNone)
	if err != nil {
		return 0, false, fmt.Errorf("advance of %U: %w", r, err)
	}
	if a&63 != 0 {
		return 0, false, fmt.Errorf("advance of %U is not a whole number of font units", r)
	}
	return int(a >> 6), true, nil
}

// glyph is what the tables hold for one code point.
type glyph struct {
	adv   [2]int // regular, bold; in font units
	class int
}

func run(regularPath, boldPath, out string) error {
	reg, err := load(regularPath)
	if err != nil {
		return err
	}
	bld, err := load(boldPath)
	if err != nil {
		return err
	}
	if reg.upem != bld.upem {
		return errors.New("regular and bold fonts have different units per em")
	}
	m, err := reg.f.Metrics(&reg.buf, fixed.I(reg.upem), font.HintingNone)
	if err != nil {
		return fmt.Errorf("metrics: %w", err)
	}
	all := make([]glyph, unicode.MaxRune+1)
	for r := rune(0); r <= unicode.MaxRune; r++ {
		g, err := classify(r, reg, bld)
		if err != nil {
			return err
		}
		all[r] = g
	}
	src, err := render(reg, bld, m, all)
	if err != nil {
		return err
	}
	return os.WriteFile(out, src, 0o644)
}

// classify applies the package's policy to r.
func classify(r rune, faces ...*face) (glyph, error) {
	g := glyph{class: class(r)}
	if zeroWidth(r) {
		return g, nil
	}
	for i, fc := range faces {
		a, ok, err := fc.advance(r)
		switch {
		case err != nil:
			return g, err
		case ok && !unicode.Is(unicode.Co, r):
			g.adv[i] = a
		case wide(r) || symbol(r):
			g.adv[i] = fc.upem
		default:
			g.adv[i] = int(fallbackEm*float64(fc.upem) + 0.5)
		}
	}
	return g, nil
}

// zeroWidth reports code points drawn with no advance: marks, format and
// control characters (zero-width spaces and joiners, bidi controls, the byte
// order mark, the soft hyphen), line and paragraph separators, and the
// Hangul vowel and final jamo that combine with a preceding initial.
func zeroWidth(r rune) bool {
	switch {
	case prependedMark(r):
		return false
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Cc, unicode.Zl, unicode.Zp):
		return true
	}
	return hangulJoining(r)
}

// prependedMark reports the format characters that are drawn visibly
// (Unicode's Prepended_Concatenation_Mark, such as the Arabic number sign).
func prependedMark(r rune) bool {
	switch {
	case r >= 0x0600 && r <= 0x0605, r == 0x06DD, r == 0x070F, r == 0x0890, r == 0x0891,
		r == 0x08E2, r == 0x110BD, r == 0x110CD:
		return true
	}
	return false
}

// hangulJoining reports Hangul vowel and final jamo, which join a preceding
// initial jamo into one syllable block.
func hangulJoining(r rune) bool {
	return r >= 0x1160 && r <= 0x11FF || r >= 0xD7B0 && r <= 0xD7FF
}

// wide reports East Asian Wide and Fullwidth characters, including the
// unassigned code points of the ideograph blocks, which default to Wide.
func wide(r rune) bool {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return true
	}
	return r >= 0x3400 && r <= 0x4DBF || r >= 0x4E00 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF ||
		r >= 0x20000 && r <= 0x2FFFD || r >= 0x30000 && r <= 0x3FFFD
}

// symbol reports characters a fallback font tends to draw one em wide:
// other symbols (dingbats, pictographs shown as emoji) and East Asian
// Ambiguous characters, which fallback fonts usually take from CJK fonts.
func symbol(r rune) bool {
	return unicode.Is(unicode.So, r) || width.LookupRune(r).Kind() == width.EastAsianAmbiguous
}

// class returns the line-breaking class of r.
func class(r rune) int {
	switch {
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc),
		r == 0x200C, r == 0x200D, // zero-width non-joiner and joiner
		r >= 0x1F3FB && r <= 0x1F3FF, // emoji skin-tone modifiers
		r >= 0xE0020 && r <= 0xE007F, // tags, as in emoji flag sequences
		r == 0xFF9E, r == 0xFF9F,     // halfwidth katakana sound marks
		hangulJoining(r):
		return classExtend
	case wide(r):
		return classWide
	}
	return classOther
}
