package diagram

import (
	"fmt"
	"sort"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/theme"
)

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
