package svg

import (
	"strings"

	"github.com/eventgraph/eventgraph/theme"
	"github.com/eventgraph/eventgraph/timeline"
	"github.com/eventgraph/eventgraph/timeline/draw"
)

// styleSheet writes the CSS of a drawing: root font and background, then
// for each role its fills, strokes and text colour, all scoped to the
// drawing's id so two drawings on one page do not restyle each other.
func styleSheet(th theme.Theme, root string, u *usage) string {
	var b strings.Builder
	sc := "#" + root
	b.WriteString(sc + "{font-family:" + th.FontFamily + "}")
	b.WriteString(sc + " .f-none{fill:none}" + sc + " .s-none{stroke:none}")
	b.WriteString(sc + " .s-dashed{stroke-dasharray:" + draw.DefaultDash + "}")
	b.WriteString(sc + " .s-dotted{stroke-dasharray:" + draw.DottedDash + ";stroke-linecap:round}")
	b.WriteString(sc + " text{stroke:none}")
	b.WriteString(sc + " .bold{font-weight:bold}")
	b.WriteString(sc + " a:hover text," + sc + " a:focus text{text-decoration:underline}")
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
	for _, r := range draw.Roles {
		if !u.roles[r] {
			continue
		}
		c, _ := draw.Colours(th, r)
		rc := sc + " .r-" + string(r)
		b.WriteString(rc + ".f-solid{fill:" + c.Line + "}")
		b.WriteString(rc + ".f-soft{fill:" + c.Soft + "}")
		b.WriteString(rc + ".s-solid," + rc + ".s-dashed," + rc + ".s-dotted{stroke:" + c.Line + "}")
		if c.Dash != "" {
			b.WriteString(rc + ".s-dashed{stroke-dasharray:" + c.Dash + "}")
		}
		b.WriteString(sc + " text.r-" + string(r) + "{fill:" + c.Text + "}")
		b.WriteString(rc + ".stop{stop-color:" + c.Line + "}")
		b.WriteString(rc + ".stop-soft{stop-color:" + c.Soft + "}")
		if c.Width > 0 {
			b.WriteString(rc + "{stroke-width:" + num(c.Width) + "px}")
		}
		if r == timeline.RoleConnector {
			b.WriteString(rc + "{stroke-opacity:" + num(draw.ConnectorOpacity) + "}")
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
