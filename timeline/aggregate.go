package timeline

import (
	"math"
	"sort"
	"strconv"

	"github.com/eventgraph/eventgraph/casefile"
)

// entry is one thing drawn on the time axis: an event, or an aggregate
// standing for several events too dense to label one by one.
type entry struct {
	ev   *casefile.Event
	ext  extent
	cutS bool // starts before the crop
	cutE bool // ends after the crop
	// members are the events of an aggregate, in time order; nil for an
	// event.
	members []*entry
	// stack holds the events of the same date drawn as one mark with one
	// label listing them (the first is ev); nil for a lone event.
	stack []*entry
}

// events returns the events an entry draws: its members, its stack, or
// itself.
func (e *entry) events() []*entry {
	switch {
	case e.members != nil:
		return e.members
	case e.stack != nil:
		return e.stack
	}
	return []*entry{e}
}

// id returns the entry's stable ID: the event's, or the aggregate's first
// member's with its count.
func (e *entry) id() string {
	es := e.events()
	if len(es) == 1 {
		return e.ev.ID
	}
	return es[0].ev.ID + "-and-" + strconv.Itoa(len(es)-1)
}

// mid returns the middle of the entry's time, where it falls into a bin.
func (e *entry) mid() float64 {
	if e.ext.Point {
		return e.ext.At
	}
	return (e.ext.Lo + e.ext.Hi) / 2
}

// groupLimits are the most events a bin may hold before they are grouped,
// tried in turn for each bin size (finest bins first) until the labels fit.
var groupLimits = []int{3, 1}

// aggregate replaces the entries whose midpoints fall into the same bin of
// binPx pixels along the axis (pos maps times to pixels), when a bin holds
// more than limit of them, by one aggregate entry. Entries are in time
// order and so is the result.
func aggregate(entries []*entry, pos func(float64) float64, binPx float64, limit int) []*entry {
	if len(entries) == 0 {
		return nil
	}
	bins := make([]int64, len(entries))
	idx := make([]int, len(entries))
	for i, e := range entries {
		bins[i] = int64(math.Floor(pos(e.mid()) / binPx))
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return bins[idx[a]] < bins[idx[b]] })
	var out []*entry
	for i := 0; i < len(idx); {
		j := i
		for j < len(idx) && bins[idx[j]] == bins[idx[i]] {
			j++
		}
		n := 0
		for _, k := range idx[i:j] {
			n += len(entries[k].events())
		}
		if n <= limit {
			for _, k := range idx[i:j] {
				out = append(out, entries[k])
			}
		} else {
			var members []*entry
			for _, k := range idx[i:j] {
				members = append(members, entries[k].events()...)
			}
			sortEntries(members)
			out = append(out, newAggregate(members))
		}
		i = j
	}
	sortEntries(out)
	return out
}

// newAggregate returns the aggregate of members (in time order).
func newAggregate(members []*entry) *entry {
	a := &entry{members: members}
	a.ext.Lo, a.ext.Hi = members[0].ext.Lo, members[0].ext.Hi
	for _, m := range members {
		a.ext.Lo = math.Min(a.ext.Lo, m.ext.Lo)
		a.ext.Hi = math.Max(a.ext.Hi, m.ext.Hi)
		a.cutS = a.cutS || m.cutS
		a.cutE = a.cutE || m.cutE
	}
	return a
}

// sortEntries orders entries by start, then end, then ID.
func sortEntries(es []*entry) {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.ext.Lo != b.ext.Lo {
			return a.ext.Lo < b.ext.Lo
		}
		if a.ext.Hi != b.ext.Hi {
			return a.ext.Hi < b.ext.Hi
		}
		return a.id() < b.id()
	})
}

// maxStack is the most events of one date listed under one mark.
const maxStack = 6

// stackSameDates draws events with the same date (written the same way)
// that follow each other in es as one entry, at most maxStack to one.
func stackSameDates(es []*entry) []*entry {
	var out []*entry
	for i := 0; i < len(es); {
		j := i + 1
		key := es[i].ev.Date.String()
		for j < len(es) && j-i < maxStack && es[j].ev.Date.String() == key &&
			es[j].cutS == es[i].cutS && es[j].cutE == es[i].cutE {
			j++
		}
		if j-i == 1 {
			out = append(out, es[i])
		} else {
			first := *es[i]
			first.stack = append([]*entry(nil), es[i:j]...)
			out = append(out, &first)
		}
		i = j
	}
	return out
}
