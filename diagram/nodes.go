package diagram

import (
	"math"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/theme"
)

// Font sizes in points (one SVG pixel each). A focus diagram is at most
// about 700 pixels wide, so that in an article column it is shown at its
// size and its smallest text is 11 pixels.
const (
	nameSize  = 14.0 // names of people and organizations
	textSize  = 12.0 // event titles, claim statements
	smallSize = 11.0 // dates, kinds, badges, edge labels
)

// Wrapping widths of node labels in points.
const (
	nameWrap   = 125.0
	eventWrap  = 150.0
	claimWrap  = 165.0
	sourceWrap = 170.0
)

// Line limits of long node labels; longer text ends with an ellipsis.
const (
	eventLines = 4
	claimLines = 8
	// responseLines is the line limit of each response under a claim.
	responseLines = 2
	sourceLines   = 2
)

// nodePad is the horizontal room in points added to a label's width for
// each shape, so that text measured by textmetrics fits inside the border
// (Graphviz measures CJK about 25% too narrow).
var nodePad = map[string]float64{"box": 22, "folder": 30, "note": 30, "tab": 30, "ellipse": 48}

// pointsPerInch converts label widths to the inches of DOT's width.
const pointsPerInch = 72.0

// nodeLabel is a node's HTML-like label and the width its text needs.
type nodeLabel struct {
	html  string
	width float64 // widest line in points
}

// nodeAttrs returns the DOT attributes of a node.
func (p painter) nodeAttrs(n *node) []attr {
	t := p.t
	var (
		shape, style, class string
		st                  theme.Style
		lab                 nodeLabel
	)
	switch n.kind {
	case casefile.KindPerson:
		shape, style, class, st = "box", "rounded,filled", "eg-person", t.Person
		lab = nameLabel(n.v.Label, "", st, t)
	case casefile.KindOrganization:
		shape, style, class, st = "folder", "filled", "eg-organization", t.Organization
		kind := ""
		if n.v.Organization != nil {
			kind = strings.ReplaceAll(n.v.Organization.Kind, "-", " ")
		}
		lab = nameLabel(n.v.Label, kind, st, t)
	case casefile.KindEvent:
		shape, style, class, st = "note", "filled", "eg-event", t.Event
		lab = eventLabel(n.v, st, t)
	case casefile.KindClaim:
		ss := p.status(claimStatus(n.v))
		shape, style, st = "box", withDash("filled", ss.Dash), ss.Style
		class = "eg-claim eg-" + string(claimStatus(n.v))
		lab = claimLabel(n, ss, t)
	case kindMore:
		shape, style, class = "box", "dashed,filled", "eg-more"
		st = theme.Style{Fill: t.Background, Stroke: t.Muted, Text: t.Muted, Width: 1}
		// "+12 more" over what they are ("8 events, 4 claims"), so
		// that the box stays narrow.
		count, what, _ := strings.Cut(n.v.Label, ": ")
		ls := append([]string{count}, wrap(what, smallSize, false, nameWrap*0.7, 3)...)
		lab = nodeLabel{block(ls, smallSize, "", false, false), widest(ls, smallSize, false)}
	case graph.KindAnonymous:
		shape, style, class = "ellipse", "dashed,filled", "eg-anonymous"
		st = theme.Style{Fill: t.Background, Stroke: t.Muted, Text: t.Muted, Width: 1.2}
		ls := wrap(n.v.Label, textSize, false, nameWrap*0.7, 4)
		lab = nodeLabel{block(ls, textSize, "", false, true), widest(ls, textSize, false)}
	case casefile.KindSource:
		shape, style, class, st = "tab", "filled", "eg-source", t.Source
		lab = sourceLabel(n.v, st, t)
	default:
		shape, style, class, st = "box", "filled", "eg-"+string(n.kind), t.Source
		ls := wrap(n.v.Label, textSize, false, nameWrap, 2)
		lab = nodeLabel{block(ls, textSize, "", false, false), widest(ls, textSize, false)}
	}
	penwidth := st.Width
	stroke, fill, text := st.Stroke, st.Fill, st.Text
	switch {
	case n.id == p.focus:
		class += " eg-focus"
		penwidth *= 2
	}
	switch {
	case p.highlight && n.on:
		class += " eg-on"
		penwidth *= 2
	case p.highlight:
		class += " eg-faded"
		stroke, fill, text = faded(stroke), faded(fill), faded(text)
	}
	return []attr{
		str("id", svgID("n-", n.id)),
		str("class", "eg-node "+class),
		htmlAttr("label", lab.html),
		str("shape", shape),
		str("style", style),
		str("color", stroke),
		str("fillcolor", fill),
		str("fontcolor", text),
		num("penwidth", penwidth),
		num("width", math.Ceil((lab.width+nodePad[shape])/pointsPerInch*100)/100),
	}
}

// nameLabel is the label of a person or organization: the name in bold,
// and an optional second line in small muted type.
func nameLabel(name, sub string, st theme.Style, t theme.Theme) nodeLabel {
	ls := wrap(name, nameSize, true, nameWrap, 4)
	if len(ls) == 0 {
		ls = []string{" "}
	}
	w := widest(ls, nameSize, true)
	h := block(ls, nameSize, "", true, false)
	if sub != "" {
		h = lines(h, font(html(sub), smallSize, t.Muted, false, false))
		w = max(w, textWidth(sub, smallSize, false))
	}
	return nodeLabel{h, w}
}

// eventLabel is an event's label: its date for readers above its title.
func eventLabel(v *graph.Vertex, st theme.Style, t theme.Theme) nodeLabel {
	date := ""
	if v.Event != nil {
		date = v.Event.Date.Label()
	}
	ls := wrap(v.Label, textSize, false, eventWrap, eventLines)
	w := max(widest(ls, textSize, false), textWidth(date, smallSize, true))
	return nodeLabel{lines(font(html(date), smallSize, st.Stroke, true, false), block(ls, textSize, "", false, false)), w}
}

// claimLabel is a claim's label: the status badge, the statement (a
// paraphrase of what somebody said, so without quotation marks: the badge
// says it is a claim), then each response in its stance's colour ("Han
// Dong denies, 21 Mar 2023"), so that a stance is read with its claim and
// no other.
func claimLabel(n *node, ss theme.StatusStyle, t theme.Theme) nodeLabel {
	badge := badgeOf(claimStatus(n.v))
	ls := wrap(n.v.Label, textSize, false, claimWrap, claimLines)
	w := max(widest(ls, textSize, false), textWidth(badge, smallSize, true))
	parts := []string{font(html(badge), smallSize, ss.Stroke, true, false), block(ls, textSize, "", false, false)}
	for i, r := range n.responses {
		text := r.text
		colour := t.Muted
		if i == maxResponseLines-1 && len(n.responses) > maxResponseLines {
			text = "and " + itoa(len(n.responses)-i) + " more responses"
		} else if st, ok := t.Stance(string(r.stance)); ok && st.Text != "" {
			colour = st.Text
		}
		rl := wrap(text, smallSize, false, claimWrap, responseLines)
		w = max(w, widest(rl, smallSize, false))
		parts = append(parts, block(rl, smallSize, colour, false, true))
		if i == maxResponseLines-1 {
			break
		}
	}
	return nodeLabel{lines(parts...), w}
}

// sourceLabel is a source's label: its title and its date.
func sourceLabel(v *graph.Vertex, st theme.Style, t theme.Theme) nodeLabel {
	date := ""
	if v.Source != nil {
		date = v.Source.Date.Label()
	}
	ls := wrap(v.Label, smallSize, false, sourceWrap, sourceLines)
	w := max(widest(ls, smallSize, false), textWidth(date, smallSize, false))
	return nodeLabel{lines(block(ls, smallSize, "", false, false), font(html(date), smallSize, t.Muted, false, false)), w}
}

// withDash adds the Graphviz line style closest to an SVG dash pattern to
// style: dotted for short dashes, dashed for long ones. The SVG's CSS then
// draws the exact pattern.
func withDash(style, dash string) string {
	switch d := dotDash(dash); d {
	case "":
		return style
	default:
		return style + "," + d
	}
}

// dotDash returns "dotted", "dashed" or "" for an SVG dash pattern.
func dotDash(dash string) string {
	f := strings.Fields(strings.ReplaceAll(dash, ",", " "))
	switch {
	case len(f) == 0:
		return ""
	case f[0] == "1" || f[0] == "2":
		return "dotted"
	}
	return "dashed"
}

// faded returns a colour at a third of its opacity, for what lies off the
// highlighted path. Non-hex colours are returned unchanged.
func faded(c string) string {
	if len(c) == 7 && c[0] == '#' {
		return c + "55"
	}
	return c
}
