// Package svg draws a timeline.Scene as a self-contained SVG document: no
// external fonts, images or scripts; a viewBox and an intrinsic width and
// height (the designed size, so a CMS shows it at that size) that shrink
// to a narrower column; role="img" with <title> and <desc> tied by
// aria-labelledby; CSS classes per kind and claim status that a host page
// can restyle; colours from a theme.Theme (the auto theme is the light one
// that also carries the dark theme's colours for readers whose system
// prefers a dark scheme; the light theme stays light); a source with an
// http or https address as a link (<a href>, escaped; any other address
// stays text). The colours of each style role come from timeline/draw,
// which converts the same Scene into the shared drawing model for the
// PNG. The same Scene and theme always give the same bytes.
//
// The package knows nothing of case files or graphs: everything it draws
// was measured and placed by timeline.Layout.
package svg
