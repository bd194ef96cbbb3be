// Package svg draws a timeline.Scene as a self-contained SVG document: no
// external fonts, images or scripts; a viewBox and a fluid width; role="img"
// with <title> and <desc> tied by aria-labelledby; CSS classes per kind and
// claim status that a host page can restyle; colours from a theme.Theme
// (the light theme also carries the dark theme's colours for readers whose
// system prefers a dark scheme). The same Scene and theme always give the
// same bytes.
//
// The package knows nothing of case files or graphs: everything it draws
// was measured and placed by timeline.Layout.
package svg
