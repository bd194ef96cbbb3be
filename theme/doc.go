// Package theme holds eventgraph's colours, line styles and fonts: one Theme
// each for light, dark and print (greyscale) output. Both the timeline and the
// relationship diagram take their styles from here, so a kind or a claim
// status looks the same in every picture.
//
// Colour never carries meaning alone: every claim status also has a dash
// pattern and a text badge, and every kind a shape chosen by the renderer.
package theme
