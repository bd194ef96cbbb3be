package diagram

import (
	"slices"

	"github.com/eventgraph/eventgraph/casefile"
)

// Columns of a whole view (see focusLayout.dateColumns).
const (
	// eventsPerColumn is the fewest events a column of a whole view holds
	// before the next date starts a new one.
	eventsPerColumn = 2
	// eventColumns is about the most columns of events a whole view has:
	// with more events, each column holds more.
	eventColumns = 12
	// flatCost is what a tie between two records of one column costs,
	// against 1 for each column a tie spans: dot draws such a tie along
	// the column, across the records between. At 5, the whole view of
	// the hostile-names example with events but no claims left a label
	// 76 px from its line; at 8 no whole view of the repository's cases
	// does, and their crossings fall (1478 to 1444 over 21 views).
	flatCost = 8
	// placeSweeps bounds the rounds of moves of dateColumns.
	placeSweeps = 20
)

// dateColumns arranges the columns (rows for TB) of a whole view so that
// its events run in date order along the main axis. The events, taken in
// date order (readingOrder: the lower bound of their dates), fill the
// even columns 0, 2, 4, ..., eventsPerColumn to a column (more when a
// case has more than eventColumns times as many events), the events of
// one date always in one column; dot keeps them in order from column to
// column (stmts: an invisible edge from each to the next) and along each.
// Every other record then moves, round after round, to the column where
// its ties are shortest (flatCost for a tie within a column), starting
// from the column of its distance from the centre (spread); the odd
// columns between the events' hold those tied to the events on both
// sides. The columns are numbered 1, 2, ... with none empty.
//
// A layout by distance from the centre alone puts events of 2018 and
// 2023 side by side; holding those columns and pushing each event later
// than the one before (focus views' orderEvents) more than doubled the
// bundled case's crossings (168 to 350). Columns filled by date cost
// about what the columns by distance did (TestLayoutQuality's golden
// numbers), and fewer events to a column cost fewer crossings: with
// three or four to a column the bundled case had 156-284.
func (f *focusLayout) dateColumns(d *drawing, adj map[string][]string) {
	// Records not tied to the centre: the column of their distance from
	// the first of their group.
	for _, n := range d.nodes {
		if _, ok := f.rank[n.id]; ok {
			continue
		}
		f.rank[n.id] = 0
		reach(adj, f.rank, n.id, nil)
	}
	for id := range f.rank {
		f.rank[id] *= 2
	}
	var events []*node
	for _, n := range d.nodes {
		if n.kind == casefile.KindEvent {
			events = append(events, n)
		}
	}
	slices.SortStableFunc(events, readingOrder)
	f.later = events
	perCol := max(eventsPerColumn, (len(events)+eventColumns-1)/eventColumns)
	fixed := make(map[string]bool, len(events))
	col, in := 0, 0
	for i := 0; i < len(events); {
		j := i + 1
		for j < len(events) && dateOf(events[j]).Compare(dateOf(events[i])) == 0 {
			j++
		}
		if in > 0 && in+j-i > perCol {
			col, in = col+1, 0
		}
		for _, n := range events[i:j] {
			f.rank[n.id] = 2 * col
			fixed[n.id] = true
		}
		in += j - i
		i = j
	}
	cost := func(id string, r int) int {
		c := 0
		for _, m := range adj[id] {
			switch s := r - f.rank[m]; {
			case m == id:
			case s == 0:
				c += flatCost
			case s < 0:
				c -= s
			default:
				c += s
			}
		}
		return c
	}
	for range placeSweeps {
		lo, hi := 0, 0
		for _, r := range f.rank {
			lo, hi = min(lo, r), max(hi, r)
		}
		moved := false
		for _, n := range d.nodes {
			if fixed[n.id] {
				continue
			}
			cur := f.rank[n.id]
			best, least := cur, cost(n.id, cur)
			for r := lo - 1; r <= hi+1; r++ {
				if c := cost(n.id, r); c < least {
					best, least = r, c
				}
			}
			if best != cur {
				f.rank[n.id] = best
				moved = true
			}
		}
		if !moved {
			break
		}
	}
	used := map[int]bool{}
	for _, r := range f.rank {
		used[r] = true
	}
	cols := make([]int, 0, len(used))
	for r := range used {
		cols = append(cols, r)
	}
	slices.Sort(cols)
	at := make(map[int]int, len(cols))
	for i, r := range cols {
		at[r] = i + 1
	}
	for id, r := range f.rank {
		f.rank[id] = at[r]
	}
}
