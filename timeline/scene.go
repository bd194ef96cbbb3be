package timeline

// Scene is a laid-out timeline: pure geometry in pixels, with text already
// measured, wrapped and placed. It holds no colour: every Item names a style
// Role, which a renderer turns into colours with a theme, and CSS classes a
// host page can restyle. A Scene serialises to JSON and back unchanged.
//
// The origin is the top-left corner; x grows to the right and y downwards.
// Every Item lies inside 0..Width × 0..Height.
type Scene struct {
	Orientation Orientation `json:"orientation"`
	Width       float64     `json:"width"`
	Height      float64     `json:"height"`
	// Title and Subtitle are also drawn as Items; they are repeated here for
	// the renderer's accessible <title> and <desc>.
	Title    string `json:"title"`
	Subtitle string `json:"subtitle,omitempty"`
	// Desc is a plain-language summary of the chart for screen readers.
	Desc string `json:"desc"`
	// Language is the case's BCP 47 language tag, or "".
	Language string `json:"language,omitempty"`
	// Groups describe the groups Items belong to, sorted by ID.
	Groups []Group `json:"groups,omitempty"`
	// Items are drawn in order: later items paint over earlier ones.
	Items []Item `json:"items"`
}

// Group ties together the Items that draw one record (an event with its
// mark, label and connectors; a lane; a claim), so a renderer can wrap them
// in one element with a tooltip.
type Group struct {
	ID      string `json:"id"`
	Class   string `json:"class"`
	Tooltip string `json:"tooltip,omitempty"`
	// Members are the IDs of the events a group of several draws (an
	// aggregate "N events", or events of the same date under one mark), in
	// time order; nil for a group drawing one record. An interactive page
	// opens an aggregate and ties a selected event to the mark drawing it.
	Members []string `json:"members,omitempty"`
}

// Shape is the geometric primitive of an Item.
type Shape string

// The shapes a Scene uses.
const (
	// ShapeRect is a rectangle at X, Y of size W × H, with corner radius R.
	ShapeRect Shape = "rect"
	// ShapeCircle is a circle centred on X, Y with radius R.
	ShapeCircle Shape = "circle"
	// ShapeLine is an open polyline through Points.
	ShapeLine Shape = "line"
	// ShapePolygon is a closed polygon through Points.
	ShapePolygon Shape = "polygon"
	// ShapeText is a block of Lines inside the box X, Y, W × H.
	ShapeText Shape = "text"
)

// Role names the style an Item is drawn with. A renderer maps each role to
// the colours of a theme.
type Role string

// The style roles.
const (
	RoleTitle        Role = "title"        // the chart's title
	RoleText         Role = "text"         // main text: event titles, claim statements
	RoleMuted        Role = "muted"        // secondary text: dates, captions, sources
	RoleGrid         Role = "grid"         // gridlines, lane lines, panel rules
	RoleAxis         Role = "axis"         // the time axis and its ticks
	RoleBreak        Role = "break"        // axis breaks
	RoleConnector    Role = "connector"    // lines from an event to its lanes or label
	RoleEvent        Role = "event"        // event marks
	RoleAggregate    Role = "aggregate"    // marks standing for many events
	RolePerson       Role = "person"       // person lanes and lane dots
	RoleOrganization Role = "organization" // organization lanes and lane dots
	RoleAlleged      Role = "alleged"      // claim status styles
	RoleDisputed     Role = "disputed"
	RoleConfirmed    Role = "confirmed"
	RolePartly       Role = "partly-confirmed"
	RoleStated       Role = "stated"
	RoleContested    Role = "contested"
	RoleRetracted    Role = "retracted"
	RoleDenies       Role = "denies" // response stance styles
	RoleDisputes     Role = "disputes"
	RoleConfirms     Role = "confirms"
	RolePartlyConf   Role = "partially-confirms"
	RoleSupports     Role = "supports"
	RoleDeclines     Role = "declines-comment"
	RoleRetracts     Role = "retracts"
)

// Paint says how an Item's area is filled.
type Paint string

// The fills.
const (
	PaintNone       Paint = "none"       // no fill
	PaintSoft       Paint = "soft"       // the role's light area colour
	PaintSolid      Paint = "solid"      // the role's line colour
	PaintHatch      Paint = "hatch"      // the role's hatch pattern over its area colour
	PaintFadeStart  Paint = "fade-start" // the line colour, fading out towards the start of time
	PaintFadeEnd    Paint = "fade-end"   // the line colour, fading out towards the end of time
	PaintFadeBoth   Paint = "fade-both"  // the line colour, fading out at both ends
	PaintBackground Paint = "background" // the page colour (to mask what lies below)
)

// Stroke says how an Item's outline or line is drawn.
type Stroke string

// The strokes.
const (
	StrokeNone   Stroke = "none"   // no outline
	StrokeSolid  Stroke = "solid"  // a solid line in the role's line colour
	StrokeDashed Stroke = "dashed" // the role's dash pattern (a generic dash when it has none)
	StrokeDotted Stroke = "dotted" // a fine dotted line
)

// Anchor is the horizontal alignment of text within its box.
type Anchor string

// The text anchors.
const (
	AnchorStart  Anchor = "start"
	AnchorMiddle Anchor = "middle"
	AnchorEnd    Anchor = "end"
)

// Point is a position in the Scene.
type Point struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

// Line is one line of text: its baseline starts (or, with another anchor,
// is centred or ends) at X, Y.
type Line struct {
	Text string  `json:"t"`
	X    float64 `json:"x"`
	Y    float64 `json:"y"`
}

// Item is one drawn element.
type Item struct {
	Shape Shape `json:"shape"`
	Role  Role  `json:"role"`
	// Class holds space-separated CSS classes ("eg-event eg-approximate").
	Class string `json:"class,omitempty"`
	// Group is the ID of the Group the item belongs to, or "".
	Group string `json:"group,omitempty"`

	// X, Y, W, H: the rectangle of a rect, the box of a text, the centre of
	// a circle (W and H then span its diameter).
	X float64 `json:"x"`
	Y float64 `json:"y"`
	W float64 `json:"w,omitempty"`
	H float64 `json:"h,omitempty"`
	// R is a circle's radius, or a rectangle's corner radius.
	R float64 `json:"r,omitempty"`
	// Points are the vertices of a line or polygon.
	Points []Point `json:"points,omitempty"`

	Fill   Paint   `json:"fill,omitempty"`   // "" means PaintNone
	Stroke Stroke  `json:"stroke,omitempty"` // "" means StrokeNone
	Width  float64 `json:"width,omitempty"`  // stroke width; 0 means the role's
	// Opacity is the item's opacity; 0 means fully opaque.
	Opacity float64 `json:"opacity,omitempty"`

	// Text fields, for ShapeText.
	Lines  []Line  `json:"lines,omitempty"`
	Size   float64 `json:"size,omitempty"` // font size in px
	Bold   bool    `json:"bold,omitempty"`
	Anchor Anchor  `json:"anchor,omitempty"` // "" means AnchorStart
	// Halo asks for an outline in the page colour behind the text, so lines
	// passing under it do not cut through the letters.
	Halo bool `json:"halo,omitempty"`
	// Href makes the item a link (a source's address): http or https
	// only, see LinkSafe; "" for none.
	Href string `json:"href,omitempty"`

	// Solid items take up room: no two of them may overlap (see
	// Scene.Overlaps). Label boxes, event marks and legend keys are solid;
	// lines, gridlines and text drawn inside a solid box are not.
	Solid bool `json:"solid,omitempty"`
	// Mark is set on the solid items that draw events: two marks may
	// overlap (events on the same day), a mark and a label may not.
	Mark bool `json:"mark,omitempty"`
}

// Box is an axis-aligned rectangle.
type Box struct {
	X, Y, W, H float64
}

// Bounds returns the rectangle an item covers, including half its stroke.
func (it *Item) Bounds() Box {
	switch it.Shape {
	case ShapeCircle:
		return Box{it.X - it.R, it.Y - it.R, 2 * it.R, 2 * it.R}
	case ShapeLine, ShapePolygon:
		if len(it.Points) == 0 {
			return Box{it.X, it.Y, 0, 0}
		}
		x0, y0 := it.Points[0].X, it.Points[0].Y
		x1, y1 := x0, y0
		for _, p := range it.Points[1:] {
			x0, y0 = min(x0, p.X), min(y0, p.Y)
			x1, y1 = max(x1, p.X), max(y1, p.Y)
		}
		return Box{x0, y0, x1 - x0, y1 - y0}
	}
	return Box{it.X, it.Y, it.W, it.H}
}
