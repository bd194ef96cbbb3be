// Package png draws a scene.Scene as a PNG with github.com/fogleman/gg:
// rectangles, ellipses, polygons, polylines and paths with their fills,
// hatching, linear gradients, strokes and dash patterns; text from the
// glyph outlines of Liberation Sans 2.1.5 (regular, bold, italic, bold
// italic; embedded from fonts/, SIL Open Font License 1.1), the font whose
// widths internal/textmetrics measures and the SVGs name, each line fitted horizontally to the width
// the layout measured it at (Line.W, or else Arial's width from
// internal/textmetrics, the SVG's first font), so that it sits where the
// SVG's does; halos (a text's stroke) drawn under the glyphs. Groups,
// titles, classes, links and the style sheet are for SVG and draw nothing
// here; an element's opacity multiplies its own colours and its
// children's.
//
// The image is the scene's size times Options.Scale pixels per scene
// pixel: 2 by default (crisp on high-density screens and in print), or
// less when the image would exceed Options.MaxPixels (40 megapixels by
// default) — a large scene is drawn smaller, never refused. The PNG
// records its resolution (96 × Scale dots per inch, so that word
// processors place it at the scene's size in CSS pixels) and, when given,
// a title and description as iTXt texts.
//
// Liberation Sans covers Latin (with Vietnamese and IPA), Greek and
// Cyrillic. Characters of other scripts (CJK, Arabic, Devanagari, Thai,
// ...), Hebrew (which would need right-to-left reordering), emoji and a few
// symbols (superscript signs, U+FFFD) are drawn as empty boxes; MissingGlyphs lists those of a text. The same scene and
// options give the same bytes.
package png
