package diagram

import (
	"strconv"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/theme"
)

// painter turns a drawing's nodes and edges into DOT attributes with one
// theme, and records which marks it used so that the legend explains them.
type painter struct {
	t    theme.Theme
	o    Options
	d    *drawing
	used map[string]bool
}

// newPainter returns a painter for d.
func newPainter(d *drawing, o Options) *painter {
	return &painter{t: o.theme(), o: o, d: d, used: map[string]bool{}}
}

// use records that a mark appears in the diagram.
func (p *painter) use(mark string) { p.used[mark] = true }

// status returns the style of a claim status; an unknown status is drawn
// as alleged, the most cautious reading.
func (p *painter) status(s casefile.Status) theme.StatusStyle {
	if ss, ok := p.t.Status(string(s)); ok {
		return ss
	}
	return p.t.Alleged
}

// markFor names the legend mark of a node.
func markFor(n *node) string {
	if n.kind == casefile.KindClaim {
		return "claim-" + string(claimStatus(n.v))
	}
	return string(n.kind)
}

// edgeMark names the legend mark of an edge.
func edgeMark(e *edge) string {
	switch e.kind {
	case edgeKind(graph.EdgeResponse):
		return "response-" + string(e.stance)
	case foldedClaim:
		return "folded-claim-" + string(e.status)
	}
	return string(e.kind)
}

// itoa formats an int.
func itoa(n int) string { return strconv.Itoa(n) }
