package diagram

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/diagram/dotgraph"
)

// focusLayout arranges a focus view drawn by dot in columns (rows for
// TB) around the focus: the focus alone in the first, each record in the
// one of its distance from it, except that a record tied to an event at
// its own distance (a claim about the event, an organization taking part)
// goes one further, beside the event, rather than into the event's column
// where their tie would run along the column across the others. The
// events of a column run in date order along it; dot orders the rest to
// keep lines from crossing. It returns the DOT statements that say so, and
// marks the edges that must not constrain the columns.
type focusLayout struct {
	depth map[string]int // distance of each drawn node from the focus
	rank  map[string]int // the column of each drawn node
	free  map[*edge]bool // edges between nodes in the same column
	ranks [][]*node      // the nodes of columns 1, 2, ... in reading order
	early []*node        // events before an event focus, in the first column with it, in date order
	later []*node        // the other events, in date order
	whole bool
}

// newFocusLayout returns the focus layout of d around focus, or nil when
// the focus is not drawn.
func newFocusLayout(d *drawing, focus string, spread bool) *focusLayout {
	if focus == "" || d.node(focus) == nil {
		return nil
	}
	adj := map[string][]string{}
	for _, e := range d.edges {
		adj[e.from] = append(adj[e.from], e.to)
		adj[e.to] = append(adj[e.to], e.from)
	}
	f := &focusLayout{depth: map[string]int{focus: 0}, free: map[*edge]bool{}}
	reach(adj, f.depth, focus, nil)
	f.rank = make(map[string]int, len(f.depth))
	for id, k := range f.depth {
		f.rank[id] = k
	}
	for _, e := range d.edges {
		a, b := d.node(e.from), d.node(e.to)
		if a == nil || b == nil || f.depth[a.id] != f.depth[b.id] || f.depth[a.id] == 0 {
			continue
		}
		switch {
		case a.kind == casefile.KindEvent && b.kind != casefile.KindEvent:
			f.rank[b.id] = f.depth[b.id] + 1
		case b.kind == casefile.KindEvent && a.kind != casefile.KindEvent:
			f.rank[a.id] = f.depth[a.id] + 1
		}
	}
	if spread {
		f.spread(d, adj)
		if eventsIn(d.nodes) > 1 {
			f.whole = true
			f.dateColumns(d, adj)
		}
	} else {
		f.orderEvents(d, focus)
	}
	for _, e := range d.edges {
		rf, okf := f.rank[e.from]
		rt, okt := f.rank[e.to]
		if okf && okt && rf == rt {
			f.free[e] = true
		}
	}
	for _, n := range d.nodes {
		k, ok := f.rank[n.id]
		if !ok || k == 0 {
			continue
		}
		for len(f.ranks) < k {
			f.ranks = append(f.ranks, nil)
		}
		f.ranks[k-1] = append(f.ranks[k-1], n)
	}
	for _, r := range f.ranks {
		slices.SortStableFunc(r, readingOrder)
	}
	return f
}

// kindOrder is the order of kinds along a rank.
var kindOrder = map[casefile.Kind]int{
	casefile.KindEvent: 0, casefile.KindClaim: 1, casefile.KindOrganization: 2, casefile.KindPerson: 3, casefile.KindSource: 5,
}

// readingOrder orders the nodes of a rank: by kind, events by date and
// claims by when they were made, then by name and ID.
func readingOrder(a, b *node) int {
	ka, ok := kindOrder[a.kind]
	if !ok {
		ka = 4
	}
	kb, ok := kindOrder[b.kind]
	if !ok {
		kb = 4
	}
	return cmp.Or(cmp.Compare(ka, kb), dateOf(a).Compare(dateOf(b)), cmp.Compare(labelOf(a), labelOf(b)), cmp.Compare(a.id, b.id))
}

// dateOf returns the lower bound of an event's date or of a claim's
// making, as a comparable time (zero for other records).
func dateOf(n *node) timeKey {
	if n.v == nil {
		return timeKey{}
	}
	switch {
	case n.v.Event != nil:
		return timeKey{n.v.Event.Date.Lower().Unix(), true}
	case n.v.Claim != nil && !n.v.Claim.Made.IsZero():
		return timeKey{n.v.Claim.Made.Lower().Unix(), true}
	}
	return timeKey{}
}

// timeKey is a date in seconds; undated records come last.
type timeKey struct {
	t     int64
	dated bool
}

// Compare orders dated before undated, then by time.
func (a timeKey) Compare(b timeKey) int {
	if a.dated != b.dated {
		if a.dated {
			return -1
		}
		return 1
	}
	return cmp.Compare(a.t, b.t)
}

// labelOf returns a node's label for sorting.
func labelOf(n *node) string {
	if n.v == nil {
		return ""
	}
	return strings.ToLower(n.v.Label)
}

// hold is how a layout holds the events of a column in date order.
type hold int

const (
	// holdChain joins them by invisible edges, which dot keeps in order
	// along a rank, mostly: laid out left to right with edge labels, or
	// top to bottom, it may swap two.
	holdChain hold = iota
	// holdAnchor adds an invisible anchor in the column before, with
	// ordering=out and an invisible edge to each of the events in date
	// order, which dot keeps where the chain alone fails, at the cost of
	// more crossings elsewhere.
	holdAnchor
	// holdStagger takes the events of a column where dot swapped two
	// out of it: each goes a rank after the one before (the chain's edges, no longer within a
	// rank, are held as every edge between ranks is), so that the events
	// run in date order along the main axis whatever dot's ordering
	// within a rank does, at the cost of a longer picture.
	holdStagger
)

// stmts returns the rank statements: the focus first, then each column,
// its events in date order held as h says (see chooseLayout, which tries
// them in turn); holdStagger applies to the columns holding an event of
// swapped.
func (f *focusLayout) stmts(focus string, h hold, swapped map[string]bool) []dotgraph.Stmt {
	first := &dotgraph.Subgraph{Attrs: []attr{dotgraph.Bare("rank", "min")}}
	for _, n := range f.early {
		first.Add(dotgraph.Node{ID: dotName(n.id)})
	}
	if !f.whole {
		first.Add(dotgraph.Node{ID: dotName(focus)})
	}
	cols := []*dotgraph.Subgraph{first}
	for _, r := range f.ranks {
		same := &dotgraph.Subgraph{Attrs: []attr{dotgraph.Bare("rank", "same")}}
		stagger := h == holdStagger && eventsIn(r) >= 2 && slices.ContainsFunc(r, func(n *node) bool { return swapped[n.id] })
		for _, n := range r {
			if !stagger || n.kind != casefile.KindEvent {
				same.Add(dotgraph.Node{ID: dotName(n.id)})
			}
		}
		cols = append(cols, same)
	}
	var ties [][]dotgraph.Stmt
	for k, r := range f.ranks {
		var events []*node
		for _, n := range r {
			if n.kind == casefile.KindEvent {
				events = append(events, n)
			}
		}
		var col []dotgraph.Stmt
		switch {
		case len(events) < 2:
		case h == holdAnchor:
			anchor := dotName("~order~" + strconv.Itoa(k+1)) // "~" is in no record ID
			cols[k].Add(dotgraph.Node{ID: anchor, Attrs: []attr{
				str("style", "invis"), str("shape", "point"), num("width", 0), num("height", 0), str("label", ""), str("ordering", "out"),
			}})
			for _, n := range events {
				col = append(col, dotgraph.Edge{From: anchor, To: dotName(n.id), Attrs: []attr{str("style", "invis"), num("weight", 0)}})
			}
			fallthrough
		default:
			for i := 1; i < len(events); i++ {
				col = append(col, dotgraph.Edge{From: dotName(events[i-1].id), To: dotName(events[i].id), Attrs: []attr{str("style", "invis")}})
			}
		}
		ties = append(ties, col)
	}
	var out []dotgraph.Stmt
	if len(first.Stmts) > 0 {
		out = append(out, first)
	}
	for i, n := range f.early {
		next := focus
		if i+1 < len(f.early) {
			next = f.early[i+1].id
		}
		out = append(out, dotgraph.Edge{From: dotName(n.id), To: dotName(next), Attrs: []attr{str("style", "invis")}})
	}
	for k := range f.ranks {
		if len(cols[k+1].Stmts) >= 2 {
			out = append(out, cols[k+1])
		}
		out = append(out, ties[k]...)
	}
	// From column to column, each event at least as many columns after
	// the one before it as orderEvents says: an invisible edge of that
	// length and no weight, which holds an event alone in its column, or
	// in a part of the case not tied to the focus, in its place.
	for i := 1; i < len(f.later); i++ {
		a, b := f.later[i-1], f.later[i]
		if gap := f.rank[b.id] - f.rank[a.id]; gap > 0 {
			out = append(out, dotgraph.Edge{From: dotName(a.id), To: dotName(b.id), Attrs: []attr{str("style", "invis"), num("weight", 0), num("minlen", float64(gap))}})
		}
	}
	return out
}

// eventsIn returns the number of events among nodes.
func eventsIn(nodes []*node) int {
	n := 0
	for _, x := range nodes {
		if x.kind == casefile.KindEvent {
			n++
		}
	}
	return n
}

// pathStart returns the end of a path view's chain that its columns run
// from: the end from which more pairs of its events come in date order
// (the first end on a tie), so that orderEvents moves few; "" for no
// path.
func pathStart(d *drawing, v View) string {
	if v.Path == nil || len(v.Path.IDs) == 0 {
		return ""
	}
	var events []*node
	for _, id := range v.Path.IDs {
		if n := d.node(id); n != nil && n.kind == casefile.KindEvent {
			events = append(events, n)
		}
	}
	forward := 0
	for i := range events {
		for j := i + 1; j < len(events); j++ {
			forward -= dateOf(events[i]).Compare(dateOf(events[j]))
		}
	}
	ids := v.Path.IDs
	if forward < 0 && d.node(ids[len(ids)-1]) != nil {
		return ids[len(ids)-1]
	}
	if d.node(ids[0]) == nil {
		return ""
	}
	return ids[0]
}

// orderEvents, for a focus or chain view, moves events into later
// columns where their distance from the focus (a chain's start, see
// pathStart) would put them before an earlier event, so that the events
// run in date order from column to column as well as along each: taken
// in date order (readingOrder), each event goes to the column of its
// distance or, if that comes before the column of the event before it,
// to that column. An event that the focus does not reach (a part of the
// case not tied to it) goes to the column of the event before it, the
// second for the earliest. The focus keeps the first column, alone unless
// it is an event: then the events before it go there with it, above it.
func (f *focusLayout) orderEvents(d *drawing, focus string) {
	var events []*node
	fn := d.node(focus)
	for _, n := range d.nodes {
		if n.kind == casefile.KindEvent && n != fn {
			events = append(events, n)
		}
	}
	slices.SortStableFunc(events, readingOrder)
	var later []*node
	for _, n := range events {
		if fn.kind == casefile.KindEvent && readingOrder(n, fn) < 0 {
			f.rank[n.id] = 0
			f.early = append(f.early, n)
			continue
		}
		later = append(later, n)
	}
	f.later = later
	col := 1
	for _, n := range later {
		if k, ok := f.rank[n.id]; ok && k > col {
			col = k
		}
		f.rank[n.id] = col
	}
}

// spread moves records out of the column of a record they are tied to,
// into the next column, so that no tie runs along a column, where dot
// draws it across the records between and puts its label over theirs.
// Column by column from the centre, the records with the most ties stay
// and those tied to one that stays move on.
func (f *focusLayout) spread(d *drawing, adj map[string][]string) {
	for k := 1; ; k++ {
		var col []*node
		for _, n := range d.nodes {
			if r, ok := f.rank[n.id]; ok && r == k {
				col = append(col, n)
			}
		}
		if len(col) == 0 {
			return
		}
		slices.SortStableFunc(col, func(a, b *node) int {
			return cmp.Or(cmp.Compare(len(adj[b.id]), len(adj[a.id])), cmp.Compare(a.id, b.id))
		})
		stays := map[string]bool{}
		for _, n := range col {
			move := false
			for _, m := range adj[n.id] {
				if stays[m] {
					move = true
					break
				}
			}
			if move {
				f.rank[n.id] = k + 1
			} else {
				stays[n.id] = true
			}
		}
	}
}
