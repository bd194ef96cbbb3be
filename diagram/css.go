package diagram

import (
	"fmt"
	"sort"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/theme"
)

// stylesheet returns the function that writes the SVG's <style> and <defs>
// for theme t. Every rule is scoped to the root's id (the prefix), because a
// <style> inside an SVG inlined in HTML applies to the whole page. The
// rules give text the theme's font list, draw the exact
// dash pattern of each claim status and stance (DOT only knows dashed and
// dotted), hatch the claims whose status is hatched, and for the light
// theme switch every colour to the dark theme's under
// prefers-color-scheme: dark.
func stylesheet(t theme.Theme) stylesheetFunc {
	return func(prefix string) string {
		var b strings.Builder
		b.WriteString("<style>\n")
		scope := "#" + prefix + " "
		fmt.Fprintf(&b, "%stext{font-family:%s}\n", scope, cssFont(t.FontFamily))
		for _, s := range statuses {
			ss, _ := t.Status(string(s))
			c := "eg-" + string(s)
			if ss.Dash != "" {
				fmt.Fprintf(&b, "%[3]s.eg-node.%[1]s>polygon,%[3]s.eg-edge.%[1]s>path{stroke-dasharray:%[2]s}\n", c, ss.Dash, scope)
			}
			if ss.Hatched {
				fmt.Fprintf(&b, "%s.eg-node.%s>polygon{fill:url(#%s-hatch-%s)}\n", scope, c, prefix, s)
			}
		}
		for _, st := range stanceStyles(t) {
			if st.style.Dash != "" {
				fmt.Fprintf(&b, "%s.eg-edge.eg-%s>path{stroke-dasharray:%s}\n", scope, st.name, st.style.Dash)
			}
		}
		if t.FollowsScheme() {
			b.WriteString("@media (prefers-color-scheme:dark){\n")
			writeColourMap(&b, scope, t, theme.Dark())
			b.WriteString("}\n")
		}
		b.WriteString("</style>\n<defs>\n")
		for _, s := range statuses {
			ss, _ := t.Status(string(s))
			if !ss.Hatched {
				continue
			}
			fmt.Fprintf(&b, `<pattern id="%s-hatch-%s" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">`+
				`<rect width="8" height="8" fill="%s"/><path d="M0 0V8" stroke="%s" stroke-width="1.5" stroke-opacity="0.18"/></pattern>`+"\n",
				prefix, s, ss.Fill, ss.Stroke)
		}
		b.WriteString("</defs>\n")
		return b.String()
	}
}

// namedStyle is a stance's class name and style.
type namedStyle struct {
	name  string
	style theme.Style
}

// stanceStyles returns the style of every stance, in casefile.Stances
// order.
func stanceStyles(t theme.Theme) []namedStyle {
	var out []namedStyle
	for _, s := range statusStances {
		st, _ := t.Stance(s)
		out = append(out, namedStyle{s, st})
	}
	return out
}

// statusStances lists the stance class names, in casefile.Stances order.
var statusStances = func() []string {
	out := make([]string, len(casefile.Stances))
	for i, s := range casefile.Stances {
		out[i] = string(s)
	}
	return out
}()

// colourPairs returns every colour of theme a with the colour that plays
// the same role in theme b, in a fixed order.
func colourPairs(a, b theme.Theme) [][2]string {
	var pairs [][2]string
	add := func(x, y string) {
		if x != "" && y != "" {
			pairs = append(pairs, [2]string{x, y})
		}
	}
	style := func(x, y theme.Style) {
		add(x.Fill, y.Fill)
		add(x.Stroke, y.Stroke)
		add(x.Text, y.Text)
	}
	add(a.Background, b.Background)
	add(a.Text, b.Text)
	add(a.Muted, b.Muted)
	add(a.Grid, b.Grid)
	add(a.Axis, b.Axis)
	style(a.Person, b.Person)
	style(a.Organization, b.Organization)
	style(a.Event, b.Event)
	style(a.Source, b.Source)
	for _, s := range statuses {
		x, _ := a.Status(string(s))
		y, _ := b.Status(string(s))
		style(x.Style, y.Style)
	}
	for _, s := range statusStances {
		x, _ := a.Stance(s)
		y, _ := b.Stance(s)
		style(x, y)
	}
	return pairs
}

// writeColourMap writes CSS rules that repaint every fill and stroke of
// theme a's colours in theme b's: the SVG's shapes carry Graphviz's
// presentation attributes, which CSS overrides. When one colour of a plays
// two roles, the first role's colour in b is used.
func writeColourMap(b *strings.Builder, scope string, a, t theme.Theme) {
	seen := map[string]bool{}
	var rules []string
	for _, p := range colourPairs(a, t) {
		from := strings.ToLower(p[0])
		if seen[from] {
			continue
		}
		seen[from] = true
		for _, prop := range []string{"fill", "stroke"} {
			rules = append(rules, fmt.Sprintf(`%[4]s[%[1]s="%[2]s"]{%[1]s:%[3]s}`, prop, from, p[1], scope))
		}
	}
	sort.Strings(rules)
	b.WriteString(strings.Join(rules, "\n"))
	b.WriteString("\n")
}

// cssFont writes a font-family list for a CSS rule inside SVG: quotes are
// kept as single quotes, and anything that could end the rule is dropped.
func cssFont(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '{', '}', '<', '>', ';', '\\', '"':
			return -1
		}
		return r
	}, s)
}
