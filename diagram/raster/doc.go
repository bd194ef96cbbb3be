// Package raster draws Graphviz's xdot output as a PNG.
//
// Graphviz lays a graph out and, in the format "xdot", writes DOT text
// whose _draw_, _ldraw_, _hdraw_, _tdraw_, _hldraw_ and _tldraw_
// attributes hold the drawing as operations: ellipses, polygons,
// polylines and Bézier curves with their pen and fill colours and line
// styles, and text runs with their font, size, justification and the width
// Graphviz measured. ParseXDOT reads that text (ParseOps one attribute);
// PNG and Draw paint it with github.com/fogleman/gg. The package knows
// nothing of Graphviz itself: it takes xdot bytes and Options and returns
// PNG bytes, the same bytes for the same input.
//
// # What is drawn
//
// Each part (a diagram, then its legend) is as large as its bounding box
// plus its pad, at Options.Scale pixels per point (by default 2, crisp on
// high-density screens and in print, or less when the image would exceed
// Options.MaxPixels, 40 megapixels by default: a large picture is never
// refused, only drawn smaller; see Options.ScaleFor); parts are stacked, left-aligned, on
// a canvas of Options.Background. Objects are drawn in SVG order: the
// graph and its clusters, then edges and nodes as the graph's outputorder
// says; an edge's line before its arrowheads, shapes before labels. Lines
// have butt caps and round joins, as an SVG viewer draws them. The xdot
// styles dashed and dotted give Graphviz's own SVG patterns (5 2 and 1 5
// points); Options.Classes replace them by exact patterns per class
// attribute, as a stylesheet does for the SVG, and can hatch filled
// polygons at 45°.
//
// The PNG records its resolution (72 × Scale dots per inch), so that word
// processors place it at its size in points, and, when Options set them,
// a title and description as iTXt texts.
//
// # Text
//
// Text is drawn from the glyph outlines of the Go fonts
// (golang.org/x/image/font/gofont: regular, bold, italic, bold italic,
// chosen by the t operation's flags and the font name), each run stretched
// or squeezed horizontally to the width Graphviz laid it out at with
// Arial's metrics, so that it stays inside its box and centred, left- or
// right-aligned as the T operation says. Underline and strike-through are
// drawn; super- and subscript are not.
//
// The Go fonts cover Latin, Greek and Cyrillic only. Characters of other
// scripts (CJK, Arabic, Hebrew, Devanagari, Thai, ...) and emoji are drawn
// as empty boxes, without an error; MissingGlyphs lists the characters of
// a text that will be. Use SVG, which leaves text to the viewer's fonts,
// for such cases. Images (the I operation) are not drawn.
//
// # Bad input
//
// Input that is not xdot text gives an error wrapping ErrXDOT with the
// byte offset, never a panic; operations far outside the bounding box are
// refused, so that a hostile input cannot ask for unbounded work.
package raster
