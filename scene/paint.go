package scene

// Fill paints an area: a colour, optionally hatched or a gradient.
type Fill struct {
	// Colour is the area's colour; "" or "none" paints none (only the
	// hatching, if any).
	Colour string `json:"colour,omitempty"`
	// Opacity multiplies the colour's; 0 means 1.
	Opacity float64 `json:"opacity,omitempty"`
	// Hatch draws parallel lines over the colour, clipped to the area.
	Hatch *Hatch `json:"hatch,omitempty"`
	// Gradient, when set, paints instead of Colour.
	Gradient *Gradient `json:"gradient,omitempty"`
}

// Hatch is a set of parallel lines.
type Hatch struct {
	Colour string `json:"colour"`
	// Opacity multiplies the colour's; 0 means 1.
	Opacity float64 `json:"opacity,omitempty"`
	// Angle is the lines' direction in degrees, anticlockwise from the x
	// axis as a reader sees it (45 rises to the right).
	Angle float64 `json:"angle"`
	// Spacing is the distance between lines, Width their width, in pixels;
	// 0 means 8 and 1.5.
	Spacing float64 `json:"spacing,omitempty"`
	Width   float64 `json:"width,omitempty"`
}

// Gradient is a linear gradient in the scene's coordinates: the colour
// changes along the line From–To and is constant across it, the first and
// last stops extending beyond its ends.
type Gradient struct {
	From  Point  `json:"from"`
	To    Point  `json:"to"`
	Stops []Stop `json:"stops"`
}

// Stop is a colour at an offset from 0 (From) to 1 (To).
type Stop struct {
	Offset  float64 `json:"offset"`
	Colour  string  `json:"colour"`
	Opacity float64 `json:"opacity,omitempty"` // 0 means 1; use Transparent for none
}

// Transparent as a stop's Opacity means fully transparent (0 means opaque).
const Transparent = -1

// Stroke draws a line or outline.
type Stroke struct {
	// Colour is the line's colour; "" or "none" draws none.
	Colour string `json:"colour,omitempty"`
	// Width is the line's width in pixels; 0 means 1.
	Width float64 `json:"width,omitempty"`
	// Dash alternates lengths drawn and skipped, in pixels; nil is solid.
	Dash []float64 `json:"dash,omitempty"`
	// Opacity multiplies the colour's; 0 means 1.
	Opacity float64 `json:"opacity,omitempty"`
	// Cap is "butt" (""), "round" or "square"; Join is "round" (""),
	// "miter" or "bevel".
	Cap  string `json:"cap,omitempty"`
	Join string `json:"join,omitempty"`
}

// None reports whether the stroke draws nothing.
func (s Stroke) None() bool { return isNone(s.Colour) }

// None reports whether the fill paints nothing.
func (f Fill) None() bool { return isNone(f.Colour) && f.Hatch == nil && f.Gradient == nil }

func isNone(c string) bool { return c == "" || c == "none" || c == "transparent" }

// LineWidth returns the stroke's width, 1 when unset.
func (s Stroke) LineWidth() float64 {
	if s.Width == 0 {
		return 1
	}
	return s.Width
}

// Alpha returns an opacity field's value: 1 for 0, 0 for Transparent.
func Alpha(o float64) float64 {
	switch {
	case o == 0:
		return 1
	case o < 0:
		return 0
	case o > 1:
		return 1
	}
	return o
}
