package draw

import (
	"github.com/eventgraph/eventgraph/theme"
	"github.com/eventgraph/eventgraph/timeline"
)

// RoleColours are the colours and line style of one style role in a
// theme.
type RoleColours struct {
	Line  string  // strokes and solid fills
	Soft  string  // light area fill
	Text  string  // text
	Dash  string  // dash pattern of dashed strokes (SVG stroke-dasharray), "" for DefaultDash
	Width float64 // stroke width in px
}

// DefaultDash is the dash pattern of a dashed stroke whose role has none,
// and DottedDash that of a dotted stroke (drawn with round caps).
const (
	DefaultDash = "5 3"
	DottedDash  = "0.5 3.5"
)

// ConnectorOpacity is the opacity of connector lines, so that they stay
// behind the marks they join.
const ConnectorOpacity = 0.55

// Roles lists every style role a timeline.Scene uses, in the order a
// style sheet writes them.
var Roles = [...]timeline.Role{
	timeline.RoleTitle, timeline.RoleText, timeline.RoleMuted, timeline.RoleGrid, timeline.RoleAxis,
	timeline.RoleBreak, timeline.RoleConnector, timeline.RoleEvent, timeline.RoleAggregate,
	timeline.RolePerson, timeline.RoleOrganization,
	timeline.RoleAlleged, timeline.RoleDisputed, timeline.RoleConfirmed, timeline.RolePartly,
	timeline.RoleStated, timeline.RoleContested, timeline.RoleRetracted,
	timeline.RoleDenies, timeline.RoleDisputes, timeline.RoleConfirms, timeline.RolePartlyConf,
	timeline.RoleSupports, timeline.RoleDeclines, timeline.RoleRetracts,
}

// Colours returns the colours of role r in theme th; false when r is not
// one of Roles (the text colours are returned then).
func Colours(th theme.Theme, r timeline.Role) (RoleColours, bool) {
	fromStyle := func(s theme.Style) RoleColours {
		return RoleColours{Line: s.Stroke, Soft: s.Fill, Text: s.Text, Dash: s.Dash, Width: s.Width}
	}
	switch r {
	case timeline.RoleTitle, timeline.RoleText:
		return RoleColours{Line: th.Text, Soft: th.Background, Text: th.Text, Width: 1}, true
	case timeline.RoleMuted:
		return RoleColours{Line: th.Muted, Soft: th.Background, Text: th.Muted, Width: 1}, true
	case timeline.RoleGrid:
		return RoleColours{Line: th.Grid, Soft: th.Grid, Text: th.Muted, Width: 1}, true
	case timeline.RoleAxis, timeline.RoleBreak:
		return RoleColours{Line: th.Axis, Soft: th.Background, Text: th.Muted, Width: 1}, true
	case timeline.RoleConnector:
		return RoleColours{Line: th.Muted, Soft: th.Background, Text: th.Muted, Width: 1}, true
	case timeline.RoleEvent:
		return fromStyle(th.Event), true
	case timeline.RoleAggregate:
		c := fromStyle(th.Source)
		c.Text = th.Text
		return c, true
	case timeline.RolePerson:
		return fromStyle(th.Person), true
	case timeline.RoleOrganization:
		return fromStyle(th.Organization), true
	}
	if st, ok := th.Status(string(r)); ok {
		return fromStyle(st.Style), true
	}
	if st, ok := th.Stance(string(r)); ok {
		c := fromStyle(st)
		c.Soft = th.Background
		return c, true
	}
	return RoleColours{Line: th.Text, Soft: th.Background, Text: th.Text, Width: 1}, false
}

// HatchAngle returns the direction of a role's hatching in degrees,
// anticlockwise from the x axis as a reader sees it (45 rises to the
// right): claim statuses lean different ways, so that they differ in
// greyscale print too.
func HatchAngle(r timeline.Role) float64 {
	switch r {
	case timeline.RoleDisputed:
		return -45
	case timeline.RolePartly, timeline.RoleRetracted:
		return 0
	case timeline.RoleStated, timeline.RoleContested:
		return 90
	}
	return 45
}

// The hatching of a timeline: lines HatchWidth wide, HatchSpacing apart
// (timeline/svg draws them as a 5-pixel pattern tile whose edge holds half
// of a 2-pixel line).
const (
	HatchSpacing = 5.0
	HatchWidth   = 1.0
)
