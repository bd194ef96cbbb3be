// Package scene is eventgraph's drawing model: a picture as plain data,
// shapes and text runs in pixels with their colours, line styles, CSS
// classes and ids, grouped with titles and ARIA attributes for
// accessibility. It knows nothing of timelines, graphs or case files, and
// nothing of output formats: layouts fill a Scene (the relationship
// diagram from Graphviz's layout, the timeline from its own), and backends
// draw it (scene/svg as a self-contained SVG, scene/png as a PNG), as
// gonum/plot's vg backends and d2's renderers do.
//
// A Scene serialises to JSON and back unchanged, so that layouts can be
// golden-tested as data, independently of how a backend writes numbers.
//
// # Coordinates and units
//
// The origin is the top-left corner; x grows to the right, y downwards.
// Units are CSS pixels: Scene.Width and Scene.Height are the picture's
// intrinsic size, and an SVG backend writes them as its width and height.
//
// # Colours
//
// Colours are strings as CSS and SVG write them: #rgb, #rrggbb, #rrggbbaa
// or one of a few names (see ParseColour); "" or "none" paints nothing.
// Elements carry their colours themselves, so that a backend without
// style sheets (PNG) draws them; their CSS classes let a host page, or
// Scene.Style, restyle the SVG.
package scene
