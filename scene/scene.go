package scene

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// Scene is one picture: its size, its accessible title and description,
// and the elements drawn in order (later ones paint over earlier ones).
type Scene struct {
	// Width and Height are the picture's size in pixels.
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
	// Title names the picture for screen readers and tooltips; Desc says in
	// a sentence or two what it shows.
	Title string `json:"title"`
	Desc  string `json:"desc,omitempty"`
	// Language is the BCP 47 tag of the text, or "".
	Language string `json:"language,omitempty"`
	// ID is the id of the picture's root element and the prefix of every id
	// a backend makes up (patterns, gradients, title); "" lets the SVG
	// backend derive one from the content, so that two pictures on one page
	// get different ids and the same picture the same one.
	ID string `json:"id,omitempty"`
	// ScopedIDs writes every element id as "<root id>-<id>", so that
	// several pictures on one page keep their ids apart.
	ScopedIDs bool `json:"scopedIds,omitempty"`
	// Class holds the root element's CSS classes, space-separated.
	Class string `json:"class,omitempty"`
	// FontFamily is the CSS font-family list of all text; "" leaves it to
	// the backend (sans-serif).
	FontFamily string `json:"fontFamily,omitempty"`
	// Background paints the whole picture first; "" leaves it transparent.
	Background string `json:"background,omitempty"`
	// Style is a CSS style sheet the SVG backend embeds as it is (themes,
	// a dark-mode block restyling classes); the PNG backend ignores it.
	// The text "#ID" in it stands for the root element's id, so that rules
	// can be scoped to one picture on a page with several.
	Style string `json:"style,omitempty"`
	// Elements are drawn in order.
	Elements []Element `json:"elements"`
}

// Kind is what an Element draws.
type Kind string

// The element kinds.
const (
	// Group holds Children and draws nothing itself; with Href it is a link.
	Group Kind = "group"
	// Rect is the rectangle X, Y, W × H with corner radii RX, RY.
	Rect Kind = "rect"
	// Ellipse is centred on X, Y with radii RX, RY.
	Ellipse Kind = "ellipse"
	// Polygon is closed through Points.
	Polygon Kind = "polygon"
	// Polyline is open through Points.
	Polyline Kind = "polyline"
	// Path is drawn by Segments: moves, lines, cubic Béziers and closes.
	Path Kind = "path"
	// Text is Lines of text in Font, placed by Anchor.
	Text Kind = "text"
)

// Element is one shape, text or group.
type Element struct {
	Kind Kind `json:"kind"`
	// ID is the element's id attribute; unique in the scene, or "".
	ID string `json:"id,omitempty"`
	// Class holds CSS classes, space-separated.
	Class string `json:"class,omitempty"`

	// Title is a tooltip and accessible name (an SVG <title> child), Desc
	// an accessible description; Role and Label are the ARIA role and
	// aria-label. Href makes a group a link (an SVG <a>). Mostly used on
	// groups.
	Title string `json:"title,omitempty"`
	Desc  string `json:"desc,omitempty"`
	Role  string `json:"role,omitempty"`
	Label string `json:"label,omitempty"`
	Href  string `json:"href,omitempty"`
	// Children are a group's elements, drawn in order.
	Children []Element `json:"children,omitempty"`

	// X, Y, W, H: a rectangle's corner and size; an ellipse's centre.
	X float64 `json:"x,omitempty"`
	Y float64 `json:"y,omitempty"`
	W float64 `json:"w,omitempty"`
	H float64 `json:"h,omitempty"`
	// RX, RY: an ellipse's radii, a rectangle's corner radii.
	RX float64 `json:"rx,omitempty"`
	RY float64 `json:"ry,omitempty"`
	// Points are a polygon's or polyline's vertices.
	Points []Point `json:"points,omitempty"`
	// Segments draw a path.
	Segments []Segment `json:"segments,omitempty"`

	// Fill paints a shape's area, or a text's glyphs.
	Fill Fill `json:"fill,omitzero"`
	// Stroke draws a shape's outline, or a halo behind a text's glyphs
	// (drawn first, so that lines passing under the text do not cut it).
	Stroke Stroke `json:"stroke,omitzero"`
	// Opacity multiplies the whole element's; 0 means 1 (opaque).
	Opacity float64 `json:"opacity,omitempty"`

	// Font and Anchor set a text's Lines.
	Font   Font   `json:"font,omitzero"`
	Anchor Anchor `json:"anchor,omitempty"`
	Lines  []Line `json:"lines,omitempty"`
}

// Point is a position in pixels. It is written in JSON as [x, y].
type Point struct {
	X float64
	Y float64
}

// Op is a path operation.
type Op string

// The path operations and the points each takes.
const (
	MoveTo  Op = "M" // one point: start a new subpath
	LineTo  Op = "L" // one point
	CubicTo Op = "C" // three points: two control points and the end
	Close   Op = "Z" // none: back to the subpath's start
)

// Segment is one operation of a path.
type Segment struct {
	Op     Op      `json:"op"`
	Points []Point `json:"p,omitempty"`
}

// Walk calls f for every element in drawing order, groups before their
// children, with the groups the element is inside (outermost first). The
// slice is reused between calls.
func (s *Scene) Walk(f func(e *Element, parents []*Element)) {
	var parents []*Element
	var walk func(es []Element)
	walk = func(es []Element) {
		for i := range es {
			e := &es[i]
			f(e, parents)
			if len(e.Children) > 0 {
				parents = append(parents, e)
				walk(e.Children)
				parents = parents[:len(parents)-1]
			}
		}
	}
	walk(s.Elements)
}

// MarshalJSON writes the point as [x, y].
func (p Point) MarshalJSON() ([]byte, error) {
	return json.Marshal([2]float64{p.X, p.Y})
}

// UnmarshalJSON reads a point written as [x, y].
func (p *Point) UnmarshalJSON(b []byte) error {
	var v [2]float64
	if err := json.Unmarshal(b, &v); err != nil {
		return fmt.Errorf("scene: a point is [x, y]: %w", err)
	}
	p.X, p.Y = v[0], v[1]
	return nil
}

// JSON returns s as JSON with one element per line (a valid JSON text
// whose diffs read well in golden files).
func (s *Scene) JSON() ([]byte, error) {
	b, err := json.Marshal(s)
	if err != nil {
		return nil, err
	}
	// A quote inside a JSON string is escaped, so {"kind": only ever
	// starts an element.
	b = bytes.ReplaceAll(b, []byte(`{"kind":`), []byte("\n"+`{"kind":`))
	return append(b, '\n'), nil
}
