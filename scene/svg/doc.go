// Package svg draws a scene.Scene as a self-contained SVG document: a
// viewBox with the scene's intrinsic width and height in pixels (and
// max-width:100%, so that it shrinks in a narrow column and never grows
// past its size), role="img" with a <title> and <desc> tied to it by
// aria-labelledby, the scene's CSS classes and style sheet, groups with
// their titles and ARIA attributes, hatch patterns and gradients in
// <defs>, and numbers written with at most two decimals. The same scene
// gives the same bytes. The package knows nothing of what the scene shows.
package svg
