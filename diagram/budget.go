package diagram

import (
	"errors"
	"fmt"
)

// ErrTooLarge is wrapped by the error for a drawing beyond the budget of
// its layout engine.
var ErrTooLarge = errors.New("diagram: too large to draw")

// Budgets of a drawing: Graphviz's time grows much faster than the number
// of nodes and edges (measured on a shared 2-core machine: neato took
// 165 s of CPU for 514 nodes and 1,116 edges; dot needs 1-2 s for 300
// nodes and 450 labelled edges), and a drawing this large cannot be read
// anyway. Beyond the budget, DOT, Layout, DrawSVG and DrawPNG return an error
// wrapping ErrTooLarge that says how to narrow the view.
const (
	// MaxNodes and MaxEdges bound a drawing laid out by dot or sfdp
	// (the multilevel engine the zero Engine takes for large drawings);
	// sfdp spreads 1,663 nodes over more than 100,000 points.
	MaxNodes = 1000
	MaxEdges = 2500
	// MaxNodesForce and MaxEdgesForce bound a drawing laid out by neato,
	// fdp, circo or twopi.
	MaxNodesForce = 300
	MaxEdgesForce = 750
)

// checkBudget returns an error if d is beyond the budget of the engine o
// lays it out with.
func checkBudget(d *drawing, o Options) error {
	engine := o.EngineFor(len(d.nodes))
	maxN, maxE := MaxNodes, MaxEdges
	if engine != Dot && engine != SFDP {
		maxN, maxE = MaxNodesForce, MaxEdgesForce
	}
	if len(d.nodes) <= maxN && len(d.edges) <= maxE {
		return nil
	}
	return fmt.Errorf("%w: %d records and %d ties, beyond the %s engine's budget of %d and %d: narrow the view to one record's surroundings (--focus ID --depth 1) or to fewer kinds (--kinds people,organizations)",
		ErrTooLarge, len(d.nodes), len(d.edges), engine, maxN, maxE)
}
