// Package draw turns a laid-out timeline (a timeline.Scene, pure geometry
// with style roles) into eventgraph's drawing model (a scene.Scene, with
// the colours, dash patterns, hatching and fades of a theme.Theme), so
// that the shared backends draw it: scene/png writes the timeline's PNG.
// It also holds the one table of what each style role looks like in a
// theme (Colours, HatchAngle), which timeline/svg writes as its style
// sheet, so that the SVG and the PNG of a timeline look the same.
//
// Every shape, role, paint and stroke a timeline.Scene can hold is
// converted (an unknown one is an error, never dropped); items of one
// group become a scene group with the group's class and tooltip, and an
// item with a link (timeline.Item.Href, http or https only) a link group.
// The auto theme draws its light colours here: a PNG cannot follow the
// reader's colour scheme.
package draw
