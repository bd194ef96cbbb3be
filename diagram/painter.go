package diagram

import (
	"strconv"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/theme"
)

// painter turns a drawing's nodes and edges into DOT attributes with one
// theme. It is a value: the legend draws its samples with painters of its
// own.
type painter struct {
	t theme.Theme
	// focus is the ID of the record drawn bold; "" for none.
	focus string
	// highlight is true in the path view: nodes and edges on the path are
	// drawn bold, the others faded.
	highlight bool
	// d is the drawing, for the names of clusters; nil for the legend.
	d *drawing
}

// newPainter returns the painter of d, a drawing of v.
func newPainter(d *drawing, v View, o Options) painter {
	return painter{t: o.theme(), focus: v.Focus, highlight: d.highlight, d: d}
}

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
