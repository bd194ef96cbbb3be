package graph

import "sync/atomic"

// readAheadBlock is how many edges AllEdges reads ahead at a time: their
// memory (a few cache lines each) stays in the processor's second-level
// cache until they are yielded.
const readAheadBlock = 1024

// readAheadSum keeps the compiler from leaving out the reads of readAhead
// (atomic: graphs are read concurrently).
var readAheadSum atomic.Int64

// readAhead reads the memory that expanding the edges es, and writing
// them out, will touch: the other end's ID, the position, date and label,
// and the source IDs. Edges come sorted by their first end, so all of
// these lie anywhere in a loaded case (its records hold them); read one
// edge at a time between the work of writing it, each is a memory access
// the processor waits for, and past the size where the case outgrows the
// caches and the address translation cache, that wait grows with the case
// (at 1,000,000 events, 6 GB, it made every edge-walking export grow
// faster than linear). Read here, in a loop that does nothing else, the
// accesses of a block are independent of one another and the processor
// overlaps them; the edges are then expanded from the cache.
func (g *Graph) readAhead(es []edge) {
	s := 0
	for i := range es {
		e := &es[i]
		id := g.ids[e.to]
		s += int(id[0]) + int(id[len(id)-1]) + e.pos.Line
		if e.date != nil {
			s += int(e.date.Date.Year)
		}
		if e.label != "" {
			s += int(e.label[0])
		}
		for _, x := range e.sources {
			if x != "" {
				s += int(x[0])
			}
		}
	}
	readAheadSum.Add(int64(s))
}
