package diagram

import (
	"math"
	"strings"
	"unicode"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/theme"
)

// Wrapping widths of edge labels in points.
const (
	edgeWrap       = 80.0
	foldedWrap     = 90.0
	foldedLines    = 2
	foldClaimLines = 2
)

// edgeStyle is how one edge is drawn.
type edgeStyle struct {
	class     string
	st        theme.Style
	arrowhead string
	dir       string
	label     []string // lines of the label
	// free edges do not rank their ends (dot): a response runs against
	// the flow claimant → claim → subject, and would stretch the layout.
	free bool
}

// edgeAttrs returns the DOT attributes of an edge; n numbers it for its id.
func (p painter) edgeAttrs(e *edge, n int) []attr {
	s := p.edgeStyle(e)
	stroke, text := s.st.Stroke, s.st.Text
	width := s.st.Width
	class := "eg-edge " + s.class
	switch {
	case p.highlight && e.on:
		class += " eg-on"
		width = max(width*2, 2.5)
	case p.highlight:
		class += " eg-faded"
		stroke, text = faded(stroke), faded(text)
	}
	attrs := []attr{
		str("id", "e-"+itoa(n)),
		str("class", class),
		str("color", stroke),
		str("fontcolor", text),
		num("penwidth", width),
	}
	if d := dotDash(s.st.Dash); d != "" {
		attrs = append(attrs, str("style", d))
	}
	if s.arrowhead != "" {
		attrs = append(attrs, str("arrowhead", s.arrowhead))
	}
	if s.dir != "" {
		attrs = append(attrs, str("dir", s.dir))
	}
	if s.free {
		attrs = append(attrs, str("constraint", "false"))
	}
	var label []string
	for _, l := range s.label {
		if l != "" {
			label = append(label, l)
		}
	}
	if len(label) > 0 {
		for i, l := range label {
			label[i] = padWide(l, smallSize)
		}
		// An HTML-like label: Graphviz writes quoted labels back ambiguously
		// when they hold a backslash before a quote (see diagram/xdot).
		attrs = append(attrs, htmlAttr("label", block(label, 0, "", false, false)))
	}
	return attrs
}

// edgeStyle chooses the class, style and label of an edge.
func (p painter) edgeStyle(e *edge) edgeStyle {
	t := p.t
	thin := theme.Style{Stroke: t.Muted, Text: t.Muted, Width: 1}
	switch e.kind {
	case foldedMore:
		return edgeStyle{class: "eg-more", st: theme.Style{Stroke: t.Muted, Text: t.Muted, Width: 1, Dash: "2 3"}, arrowhead: "none"}
	case edgeKind(graph.EdgeParticipant):
		return edgeStyle{class: "eg-participant", st: thin, arrowhead: "none",
			label: wrap(e.label, smallSize, false, edgeWrap, 2)}
	case edgeKind(graph.EdgeRelation):
		st := theme.Style{Stroke: t.Axis, Text: t.Text, Width: 1.2}
		return edgeStyle{class: "eg-relation", st: st,
			label: append(wrap(relationText(e.label), smallSize, false, edgeWrap, 2), wrap(e.date.Label(), smallSize, false, edgeWrap, 2)...)}
	case edgeKind(graph.EdgeParent):
		return edgeStyle{class: "eg-parent", st: thin, arrowhead: "empty", label: []string{"part of"}}
	case edgeKind(graph.EdgeClaimant):
		ss := p.status(e.status)
		return edgeStyle{class: "eg-claimant eg-" + string(e.status), st: ss.Style}
	case edgeKind(graph.EdgeAbout):
		ss := p.status(e.status)
		return edgeStyle{class: "eg-about eg-" + string(e.status), st: ss.Style, arrowhead: "vee"}
	case edgeKind(graph.EdgeResponse):
		st, _ := t.Stance(string(e.stance))
		if st.Stroke == "" {
			st = thin
		}
		// The stance is written under the claim (claimLabel), where it
		// cannot be read as another claim's.
		return edgeStyle{class: "eg-response eg-" + string(e.stance), st: st, free: true}
	case edgeKind(graph.EdgeCites):
		st := theme.Style{Stroke: t.Source.Stroke, Text: t.Muted, Width: 0.8}
		return edgeStyle{class: "eg-cites", st: st, arrowhead: "dot"}
	case edgeKind(graph.EdgePublishedBy):
		return edgeStyle{class: "eg-published-by", st: thin, label: []string{"published by"}}
	case edgeKind(graph.EdgeAuthoredBy):
		return edgeStyle{class: "eg-authored-by", st: thin, label: []string{"written by"}}
	case foldedEvent:
		st := theme.Style{Stroke: t.Event.Stroke, Text: t.Text, Width: 1.5}
		if e.count > 1 {
			return edgeStyle{class: "eg-folded eg-folded-event", st: st, dir: "none", label: append([]string{e.label}, wrap(e.note, smallSize, false, foldedWrap, 2)...)}
		}
		// The date on a line of its own, so that the label stays as
		// narrow as the other folded ties'.
		ls := wrap(e.label, smallSize, false, foldedWrap, foldedLines)
		if d := e.date.Label(); d != "" {
			ls = append(ls, wrap(d, smallSize, false, foldedWrap, 2)...)
		}
		return edgeStyle{class: "eg-folded eg-folded-event", st: st, dir: "none", label: ls}
	case foldedClaim:
		ss := p.status(e.status)
		if e.count > 1 {
			return edgeStyle{class: "eg-folded eg-folded-claim eg-" + string(e.status), st: ss.Style, arrowhead: "vee", label: append([]string{e.label}, wrap(e.note, smallSize, false, foldedWrap, 3)...)}
		}
		ls := []string{badgeOf(e.status) + " claim"}
		ls = append(ls, wrap(e.label, smallSize, false, foldedWrap, foldClaimLines)...)
		ls = append(ls, wrap(e.note, smallSize, false, foldedWrap, 1)...)
		return edgeStyle{class: "eg-folded eg-folded-claim eg-" + string(e.status), st: ss.Style, arrowhead: "vee", label: ls}
	}
	return edgeStyle{class: "eg-" + string(e.kind), st: thin, label: wrap(e.label, smallSize, false, edgeWrap, 2)}
}

// relationText writes a relation type for readers: "member-of" becomes
// "member of". Hyphens inside words ("consul-general-of") become spaces too,
// which reads better than the ID-like form.
func relationText(s string) string {
	return strings.ReplaceAll(clean(s), "-", " ")
}

// Graphviz's built-in Arial table measures a CJK character 0.8335 em wide
// (it is drawn 1 em wide) and a no-break space 0.5557 em.
const (
	gvWideEm  = 0.8335
	gvNBSPEm  = 0.5557
	nbsp      = "\u00a0"
	wideFudge = 1.0 - gvWideEm
)

// padWide pads an edge label line holding wide characters with no-break
// spaces on both sides, so that Graphviz, which measures such characters
// too narrow, keeps room for the label as drawn. Edge labels have no width
// attribute of their own; the padding is centred and invisible.
func padWide(line string, size float64) string {
	wide := 0
	for _, r := range line {
		if isWideRune(r) {
			wide++
		}
	}
	if wide == 0 {
		return line
	}
	per := int(math.Ceil(float64(wide) * wideFudge / (2 * gvNBSPEm)))
	pad := strings.Repeat(nbsp, per)
	return pad + line + pad
}

// isWideRune reports whether r is a CJK or other East Asian wide
// character (ideographs, kana, Hangul, fullwidth forms).
func isWideRune(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef
}
