package svg

import (
	"strings"

	"github.com/eventgraph/eventgraph/theme"
	"github.com/eventgraph/eventgraph/timeline"
)

// colours are the colours of one style role.
type colours struct {
	line  string // strokes and solid fills
	soft  string // light area fill
	text  string // text
	dash  string // dash pattern of dashed strokes, "" for the generic one
	width float64
}

// roles lists every style role in the order the style sheet writes them.
var roles = []timeline.Role{
	timeline.RoleTitle, timeline.RoleText, timeline.RoleMuted, timeline.RoleGrid, timeline.RoleAxis,
	timeline.RoleBreak, timeline.RoleConnector, timeline.RoleEvent, timeline.RoleAggregate,
	timeline.RolePerson, timeline.RoleOrganization,
	timeline.RoleAlleged, timeline.RoleDisputed, timeline.RoleConfirmed, timeline.RolePartly,
	timeline.RoleStated, timeline.RoleContested, timeline.RoleRetracted,
	timeline.RoleDenies, timeline.RoleDisputes, timeline.RoleConfirms, timeline.RolePartlyConf,
	timeline.RoleSupports, timeline.RoleDeclines, timeline.RoleRetracts,
}

// roleColours returns the colours of role r in theme th.
func roleColours(th theme.Theme, r timeline.Role) colours {
	fromStyle := func(s theme.Style) colours {
		return colours{line: s.Stroke, soft: s.Fill, text: s.Text, dash: s.Dash, width: s.Width}
	}
	switch r {
	case timeline.RoleTitle, timeline.RoleText:
		return colours{line: th.Text, soft: th.Background, text: th.Text, width: 1}
	case timeline.RoleMuted:
		return colours{line: th.Muted, soft: th.Background, text: th.Muted, width: 1}
	case timeline.RoleGrid:
		return colours{line: th.Grid, soft: th.Grid, text: th.Muted, width: 1}
	case timeline.RoleAxis, timeline.RoleBreak:
		return colours{line: th.Axis, soft: th.Background, text: th.Muted, width: 1}
	case timeline.RoleConnector:
		return colours{line: th.Muted, soft: th.Background, text: th.Muted, width: 1}
	case timeline.RoleEvent:
		return fromStyle(th.Event)
	case timeline.RoleAggregate:
		c := fromStyle(th.Source)
		c.text = th.Text
		return c
	case timeline.RolePerson:
		return fromStyle(th.Person)
	case timeline.RoleOrganization:
		return fromStyle(th.Organization)
	}
	if st, ok := th.Status(string(r)); ok {
		return fromStyle(st.Style)
	}
	if st, ok := th.Stance(string(r)); ok {
		c := fromStyle(st)
		c.soft = th.Background
		return c
	}
	return colours{line: th.Text, soft: th.Background, text: th.Text, width: 1}
}

// styleSheet writes the CSS of a drawing: root font and background, then
// for each role its fills, strokes and text colour, all scoped to the
// drawing's id so two drawings on one page do not restyle each other.
func styleSheet(th theme.Theme, root string, u *usage) string {
	var b strings.Builder
	sc := "#" + root
	b.WriteString(sc + "{font-family:" + th.FontFamily + "}")
	b.WriteString(sc + " .f-none{fill:none}" + sc + " .s-none{stroke:none}")
	b.WriteString(sc + " .s-dashed{stroke-dasharray:5 3}")
	b.WriteString(sc + " .s-dotted{stroke-dasharray:0.5 3.5;stroke-linecap:round}")
	b.WriteString(sc + " text{stroke:none}")
	b.WriteString(sc + " .bold{font-weight:bold}")
	colourRules(&b, th, root, u)
	return b.String()
}

// colourRules writes every rule that sets a colour; the dark-scheme block
// of the light theme repeats them with the dark theme's colours.
func colourRules(b *strings.Builder, th theme.Theme, root string, u *usage) {
	sc := "#" + root
	b.WriteString(sc + " .eg-bg{fill:" + th.Background + "}")
	b.WriteString(sc + " .f-background{fill:" + th.Background + "}")
	b.WriteString(sc + " .halo{paint-order:stroke;stroke:" + th.Background + ";stroke-width:3px;stroke-linejoin:round}")
	for _, r := range roles {
		if !u.roles[r] {
			continue
		}
		c := roleColours(th, r)
		rc := sc + " .r-" + string(r)
		b.WriteString(rc + ".f-solid{fill:" + c.line + "}")
		b.WriteString(rc + ".f-soft{fill:" + c.soft + "}")
		b.WriteString(rc + ".s-solid," + rc + ".s-dashed," + rc + ".s-dotted{stroke:" + c.line + "}")
		if c.dash != "" {
			b.WriteString(rc + ".s-dashed{stroke-dasharray:" + c.dash + "}")
		}
		b.WriteString(sc + " text.r-" + string(r) + "{fill:" + c.text + "}")
		b.WriteString(rc + ".stop{stop-color:" + c.line + "}")
		b.WriteString(rc + ".stop-soft{stop-color:" + c.soft + "}")
		if c.width > 0 {
			b.WriteString(rc + "{stroke-width:" + num(c.width) + "px}")
		}
		if r == timeline.RoleConnector {
			b.WriteString(rc + "{stroke-opacity:0.55}")
		}
	}
	for _, p := range u.defs {
		b.WriteString(sc + " .r-" + string(p.role) + ".f-" + string(p.paint) + "{fill:url(#" + defID(root, p) + ")}")
	}
}

// darkBlock returns the dark-scheme override of the light theme.
func darkBlock(root string, u *usage) string {
	var b strings.Builder
	b.WriteString("@media (prefers-color-scheme:dark){")
	colourRules(&b, theme.Dark(), root, u)
	b.WriteString("}")
	return b.String()
}
