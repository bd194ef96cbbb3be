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

// high reports whether the entry draws a key event (importance: high),
// which is emphasised and never grouped into an aggregate.
func (e *entry) high() bool {
	if e.members != nil {
		return false
	}
	for _, m := range e.events() {
		if m.ev.Importance == "high" {
			return true
		}
	}
	return false
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

// keptOut is the bin of an entry never grouped.
const keptOut = math.MinInt64

// minGroup is the fewest events drawn as one: grouping two or three
// events would say less than drawing them.
const minGroup = 4

// binning sorts entries into bins of binPx pixels along the axis, by the
// pixel of their middle; a bin never reaches across an axis break.
type binning struct {
	bin   []int64 // bin of each entry
	order []int64 // bins holding at least minGroup events, fullest first
}

func newBinning(entries []*entry, sc scale, binPx float64) binning {
	bn := binning{bin: make([]int64, len(entries))}
	count := map[int64]int{}
	for i, e := range entries {
		if e.high() {
			bn.bin[i] = keptOut // a key event stays on its own
			continue
		}
		b := int64(sc.segment(e.mid()))<<32 + int64(math.Floor(sc.pos(e.mid())/binPx))
		bn.bin[i] = b
		count[b] += len(e.events())
	}
	for b, n := range count {
		if n >= minGroup {
			bn.order = append(bn.order, b)
		}
	}
	sort.Slice(bn.order, func(i, j int) bool {
		ci, cj := count[bn.order[i]], count[bn.order[j]]
		if ci != cj {
			return ci > cj
		}
		return bn.order[i] < bn.order[j]
	})
	return bn
}

// apply draws the events of the k fullest bins each as one aggregate,
// keeping the time order of entries (an aggregate stands where its first
// member stood).
func (bn binning) apply(entries []*entry, k int) []*entry {
	chosen := make(map[int64]*entry, k)
	for _, b := range bn.order[:k] {
		chosen[b] = nil
	}
	var out []*entry
	members := map[int64][]*entry{}
	for i, e := range entries {
		b := bn.bin[i]
		a, ok := chosen[b]
		if !ok {
			out = append(out, e)
			continue
		}
		if a == nil {
			a = &entry{}
			chosen[b] = a
			out = append(out, a)
		}
		members[b] = append(members[b], e.events()...)
	}
	for _, b := range bn.order[:k] {
		ms := members[b]
		sortEntries(ms)
		*chosen[b] = *newAggregate(ms)
	}
	return out
}

// group returns entries with the densest stretches of the axis drawn as
// aggregates, so that fits accepts them: entries as they are if they fit;
// else, trying bins of firstBin px and then twice as wide each time, the
// fewest of the fullest bins grouped that fit (found by bisection). When
// nothing fits, every bin of the widest holding two events or more is
// grouped.
func group(entries []*entry, sc scale, firstBin, axisLen float64, fits func([]*entry) bool) []*entry {
	if len(entries) == 0 || fits(entries) {
		return entries
	}
	binPx := firstBin
	for ; binPx <= axisLen; binPx *= 2 {
		bn := newBinning(entries, sc, binPx)
		n := len(bn.order)
		if n == 0 || !fits(bn.apply(entries, n)) {
			continue
		}
		lo, hi := 1, n
		for lo < hi {
			mid := (lo + hi) / 2
			if fits(bn.apply(entries, mid)) {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		return bn.apply(entries, hi)
	}
	bn := newBinning(entries, sc, binPx)
	count := map[int64]int{}
	for i, b := range bn.bin {
		count[b] += len(entries[i].events())
	}
	bn.order = bn.order[:0]
	for _, b := range bn.bin {
		if b != keptOut && count[b] >= 2 {
			bn.order = append(bn.order, b)
			count[b] = 0
		}
	}
	return bn.apply(entries, len(bn.order))
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
