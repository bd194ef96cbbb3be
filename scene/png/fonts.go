package png

import (
	_ "embed" // the Liberation Sans files
	"sync"
	"unicode"

	"golang.org/x/image/font/sfnt"
)

// The Liberation Sans 2.1.5 files (SIL Open Font License 1.1, see
// fonts/LICENSE and fonts/README.md): the font internal/textmetrics
// measures with and the SVGs name first.
var (
	//go:embed fonts/LiberationSans-Regular.ttf
	regularTTF []byte
	//go:embed fonts/LiberationSans-Bold.ttf
	boldTTF []byte
	//go:embed fonts/LiberationSans-Italic.ttf
	italicTTF []byte
	//go:embed fonts/LiberationSans-BoldItalic.ttf
	boldItalicTTF []byte
)

// faces are Liberation Sans regular, bold, italic and bold italic, parsed
// once and shared: sfnt.Font is safe for concurrent use with a Buffer each.
var faces = sync.OnceValue(func() [4]*sfnt.Font {
	var out [4]*sfnt.Font
	for i, ttf := range [][]byte{regularTTF, boldTTF, italicTTF, boldItalicTTF} {
		f, err := sfnt.Parse(ttf)
		if err != nil {
			// The fonts are compiled in; they parse or the build is broken.
			panic("png: embedded Liberation Sans does not parse: " + err.Error())
		}
		out[i] = f
	}
	return out
})

// face returns Liberation Sans in a weight and style.
func face(bold, italic bool) *sfnt.Font {
	i := 0
	if bold {
		i |= 1
	}
	if italic {
		i |= 2
	}
	return faces()[i]
}

// MissingGlyphs returns the characters of s that Liberation Sans cannot draw
// (CJK, Arabic, Hebrew, Devanagari, emoji, ...), each once in order of
// first use; Render draws them as empty boxes. Spaces, control and format
// characters and the hyphens drawn as "-" are never reported.
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

// lookalikes are drawn for characters Liberation Sans lacks that have an
// obvious stand-in.
var lookalikes = map[rune]rune{
	'\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2212': '-', '\u2043': '-',
}

// glyph returns the glyph of f that draws r: its own, a look-alike's, a
// space's for any space character, or 0 (the font's empty box) when there
// is none. ok is false for characters that draw nothing (format
// characters: zero-width spaces and joiners, soft hyphens, bidi marks).
func glyph(f *sfnt.Font, buf *sfnt.Buffer, r rune) (gi sfnt.GlyphIndex, ok bool) {
	if unicode.Is(unicode.Cf, r) {
		return 0, false
	}
	if unicode.Is(unicode.Hebrew, r) {
		// Liberation Sans has Hebrew letters, but drawn left to right
		// without bidi reordering they would read backwards: an empty box
		// says plainly that the SVG is needed.
		return 0, true
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
