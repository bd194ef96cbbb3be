package scene

// Font is how a text is set.
type Font struct {
	// Size is the font size in pixels.
	Size   float64 `json:"size"`
	Bold   bool    `json:"bold,omitempty"`
	Italic bool    `json:"italic,omitempty"`
	// Family overrides the scene's font family for this text; "" keeps it.
	Family string `json:"family,omitempty"`
}

// Anchor places a line of text on its point.
type Anchor string

// The anchors.
const (
	Start  Anchor = "start" // the line starts at its point (the default, "")
	Middle Anchor = "middle"
	End    Anchor = "end"
)

// Line is one line of text, its baseline anchored at X, Y.
type Line struct {
	Text string  `json:"t"`
	X    float64 `json:"x"`
	Y    float64 `json:"y"`
	// W is the width the layout measured the line at, in pixels, or 0. A
	// backend whose font differs from the measuring one fits the line to
	// it, so that it stays inside its box.
	W float64 `json:"w,omitempty"`
}
