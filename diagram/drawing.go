package diagram

import (
	"cmp"
	"slices"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/graph"
)

// drawing is what DOT writes: the nodes and edges left after the view, the
// kinds filter, folding and merging, each with what its mark needs.
type drawing struct {
	nodes []*node // sorted by id
	edges []*edge // sorted by edgeCmp
	// highlight is true in the path view: nodes and edges with on set are
	// drawn bold, the others faded.
	highlight bool
	// viewed is the number of records in the view, drawn or not.
	viewed int
	// centre is the record a dot layout arranges its columns around (see
	// layoutCentre); "" for none.
	centre string
}

// node is one drawn record.
type node struct {
	id   string // the record ID (for a merged anonymous group, the first member's)
	kind casefile.Kind
	v    *graph.Vertex
	on   bool // on the highlighted path
	// sample is true for the legend's samples, whose texts explain rather
	// than report.
	sample bool
	// responses are a claim's responses, written under its statement.
	responses []response
}

// edgeKind extends graph.EdgeKind with the kinds folding creates.
type edgeKind string

// Edge kinds that exist only in drawings.
const (
	foldedEvent edgeKind = "folded-event" // two participants of an event left out
	foldedClaim edgeKind = "folded-claim" // a claimant and what its claim (left out) is about
)

// edge is one drawn tie.
type edge struct {
	from, to string
	kind     edgeKind // a graph.EdgeKind or foldedEvent / foldedClaim
	label    string   // role, stance, relation type; the folded record's text
	date     edtf.Value
	stance   casefile.Stance // for responses
	status   casefile.Status // for claimant, about and folded-claim edges
	via      *graph.Vertex   // the folded event or claim; nil otherwise
	note     string          // a folded claim's responses, summed up; merged ties' dates or statuses
	count    int             // the folded ties merged into this one (see mergeFolded), or 0
	on       bool
}

// edgeCmp orders edges for output: by ends, kind, label, date, stance
// and status.
func edgeCmp(a, b *edge) int {
	return cmp.Or(
		cmp.Compare(a.from, b.from),
		cmp.Compare(a.to, b.to),
		cmp.Compare(a.kind, b.kind),
		cmp.Compare(a.label, b.label),
		cmp.Compare(a.date.String(), b.date.String()),
		cmp.Compare(a.stance, b.stance),
		cmp.Compare(a.status, b.status),
	)
}

// sort sorts nodes and edges and drops duplicate edges (merging
// anonymous groups can make two equal ties).
func (d *drawing) sort() {
	slices.SortFunc(d.nodes, func(a, b *node) int { return cmp.Compare(a.id, b.id) })
	slices.SortFunc(d.edges, edgeCmp)
	d.edges = slices.CompactFunc(d.edges, func(a, b *edge) bool {
		if edgeCmp(a, b) != 0 {
			return false
		}
		a.on = a.on || b.on
		return true
	})
}

// node returns the drawn node with the given id, or nil.
func (d *drawing) node(id string) *node {
	i, ok := slices.BinarySearchFunc(d.nodes, id, func(n *node, id string) int { return cmp.Compare(n.id, id) })
	if !ok {
		return nil
	}
	return d.nodes[i]
}
