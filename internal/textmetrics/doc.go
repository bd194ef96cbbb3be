// Package textmetrics measures and breaks text the way the SVGs eventgraph
// writes will draw it, so that layout can place labels that never overlap
// and are never clipped.
//
// The numbers are the advance widths of Liberation Sans 2.1.5 Regular and
// Bold, which is metric-compatible with Arial, the first font of
// theme.FontFamily: every character the two share has the same advance. Only
// the metrics are embedded (widths_gen.go), not the font, so nothing here
// needs a font file at run time.
//
// Characters Liberation Sans lacks are measured by rule, erring wide:
//   - East Asian Wide and Fullwidth characters (CJK ideographs, kana,
//     Hangul, fullwidth forms, most emoji) are 1 em;
//   - other symbols (Unicode category So) and East Asian Ambiguous
//     characters are 1 em;
//   - everything else (Arabic, Indic scripts, Thai, ...) is 0.6 em;
//   - combining marks, format characters (zero-width space, joiners, bidi
//     controls, byte order mark, soft hyphen), control characters and
//     Hangul vowel and final jamo are 0.
//
// Kerning is ignored: renderers that kern make text a little narrower than
// measured here, never wider. Emoji sequences joined by ZWJ and flag pairs
// measure as the sum of their parts, wider than the single picture drawn.
// Tabs and newlines measure 0: split lines before measuring them.
//
// To regenerate the tables (after a font or Unicode update), install the
// fonts (Debian and Ubuntu: apt-get install fonts-liberation2) and run
// go generate in this directory; see internal/genmetrics for flags.
package textmetrics

//go:generate go run ./internal/genmetrics -o widths_gen.go
