package timeline

import (
	"math"
	"sort"
)

// Axis breaks: a stretch of time with no event, long compared with the whole
// timeline, is cut out of the axis and marked with a zig-zag, so that a
// cluster of events on two days stays readable beside events years earlier.
const (
	// breakRatio is the share of the whole time span a gap must exceed to
	// become a break.
	breakRatio = 0.15
	// innerBreakRatio is the share of its own cluster's span a gap inside a
	// cluster must exceed to become a break too (one level down), so that
	// events of 1 BCE and 1985 in a case reaching to year 170,000,002 are
	// still told apart.
	innerBreakRatio = 0.8
	// minBreakDays is the shortest gap that can become a break.
	minBreakDays = 2
	// breakGap is the room in px a break takes on the axis.
	breakGap = 24
	// maxSegments caps the segments of the axis (one more than its breaks).
	maxSegments = 6
	// minSegmentPx is the least room a segment gets, when there is room.
	minSegmentPx = 110
	// minAxisDays is the least time an axis covers, centred on the events.
	minAxisDays = 14
	// timeWeight is how much a segment's share of time counts, against its
	// share of events, in the room it gets.
	timeWeight = 0.3
)

// span is a stretch of time lo..hi (day numbers, hi exclusive), lo <= hi:
// the dated extent of an event as drawn. A break never falls inside a
// span, so no drawn bar is cut by a zig-zag.
type span struct {
	lo, hi float64
}

// crop bounds the axis: a side whose flag is false is open.
type crop struct {
	from, to       float64
	hasFrom, hasTo bool
}

// cluster is a run of spans with no long gap inside.
type cluster struct {
	lo, hi float64
	n      int
}

// clusters groups spans (in any order) into runs separated by gaps longer
// than breakRatio of the whole, then splits each run at gaps longer than
// innerBreakRatio of the run, keeping at most maxSegments runs (closing
// the shortest gaps), in time order.
func clusters(spans []span) []cluster { return clustersAt(spans, breakRatio) }

// clustersAt is clusters with gaps longer than ratio of the whole made
// breaks.
func clustersAt(spans []span, ratio float64) []cluster {
	if len(spans) == 0 {
		return nil
	}
	s := append([]span(nil), spans...)
	sort.Slice(s, func(i, j int) bool {
		if s[i].lo != s[j].lo {
			return s[i].lo < s[j].lo
		}
		return s[i].hi < s[j].hi
	})
	var cs [][]span
	for _, outer := range split(s, ratio) {
		cs = append(cs, split(outer, innerBreakRatio)...)
	}
	var out []cluster
	for _, c := range cs {
		k := cluster{lo: c[0].lo, hi: c[0].hi, n: len(c)}
		for _, x := range c {
			k.hi = math.Max(k.hi, x.hi)
		}
		out = append(out, k)
	}
	for len(out) > maxSegments {
		// Close the shortest gap.
		k := 1
		for i := 2; i < len(out); i++ {
			if out[i].lo-out[i-1].hi < out[k].lo-out[k-1].hi {
				k = i
			}
		}
		out[k-1].hi = math.Max(out[k-1].hi, out[k].hi)
		out[k-1].n += out[k].n
		out = append(out[:k], out[k+1:]...)
	}
	return out
}

// split cuts sorted spans wherever the gap between what comes before and
// what follows exceeds ratio of their whole span (and minBreakDays).
func split(s []span, ratio float64) [][]span {
	lo, hi := s[0].lo, s[0].hi
	for _, x := range s {
		hi = math.Max(hi, x.hi)
	}
	limit := math.Max(ratio*(hi-lo), minBreakDays)
	var out [][]span
	start, end := 0, s[0].hi
	for i := 1; i < len(s); i++ {
		if s[i].lo-end > limit {
			out = append(out, s[start:i])
			start = i
		}
		end = math.Max(end, s[i].hi)
	}
	return append(out, s[start:])
}

// padCluster widens a cluster a little so marks at its ends are not on the
// break: by 1% of its length, at least half a day.
func padCluster(c cluster) cluster {
	pad := math.Max(0.01*(c.hi-c.lo), 0.5)
	c.lo -= pad
	c.hi += pad
	return c
}

// segmentsFor lays the axis from px0 to px1 out over spans: one segment per
// cluster, each given room by its share of time (timeWeight) and its share
// of events (the rest), with breakGap px between segments. A crop fixes the axis ends.
func segmentsFor(spans []span, cr crop, px0, px1 float64) []Segment {
	return segmentsAt(spans, cr, px0, px1, breakRatio)
}

// segmentsAt is segmentsFor with gaps longer than ratio of the whole time
// cut out.
func segmentsAt(spans []span, cr crop, px0, px1, ratio float64) []Segment {
	cs := clustersAt(spans, ratio)
	if len(cs) == 0 {
		lo, hi := cr.from, cr.to
		switch {
		case cr.hasFrom && cr.hasTo:
		case cr.hasFrom:
			hi = lo + 365
		case cr.hasTo:
			lo = hi - 365
		default:
			lo, hi = 0, 365
		}
		cs = []cluster{{lo: lo, hi: hi}}
	}
	total, n := 0.0, 0
	inner := make([]cluster, len(cs))
	copy(inner, cs)
	for i := range cs {
		cs[i] = padCluster(cs[i])
		if i > 0 && cs[i].lo < cs[i-1].hi {
			mid := (cs[i].lo + cs[i-1].hi) / 2
			cs[i].lo, cs[i-1].hi = mid, mid
		}
	}
	// A short case gets room around it, so a lone day is a day among
	// others, not a point in an hour.
	if whole := cs[len(cs)-1].hi - cs[0].lo; whole < minAxisDays {
		pad := (minAxisDays - whole) / 2
		cs[0].lo -= pad
		cs[len(cs)-1].hi += pad
	}
	if cr.hasFrom {
		cs[0].lo = cr.from
	}
	if cr.hasTo {
		cs[len(cs)-1].hi = cr.to
	}
	for _, c := range cs {
		total += c.hi - c.lo
		n += c.n
	}
	k := len(cs)
	avail := px1 - px0 - float64(k-1)*breakGap
	weights := make([]float64, k)
	for i, c := range cs {
		weights[i] = timeWeight * (c.hi - c.lo) / total
		if n > 0 {
			weights[i] += (1 - timeWeight) * float64(c.n) / float64(n)
		} else {
			weights[i] += (1 - timeWeight) / float64(k)
		}
	}
	widths := allocate(weights, avail, math.Min(minSegmentPx, avail/float64(k)))
	segs := make([]Segment, k)
	x := px0
	for i, c := range cs {
		segs[i] = Segment{From: c.lo, To: c.hi, Start: x, End: x + widths[i], first: inner[i].lo, last: inner[i].hi}
		if inner[i].n == 0 {
			segs[i].first, segs[i].last = c.lo, c.hi
		}
		x += widths[i] + breakGap
	}
	segs[k-1].End = px1
	return segs
}

// allocate shares avail among weights proportionally, giving each at least
// least (which must not exceed avail/len(weights)).
func allocate(weights []float64, avail, least float64) []float64 {
	out := make([]float64, len(weights))
	fixed := make([]bool, len(weights))
	for range weights {
		sum, left := 0.0, avail
		for i, w := range weights {
			if fixed[i] {
				left -= least
			} else {
				sum += w
			}
		}
		changed := false
		for i, w := range weights {
			if fixed[i] {
				out[i] = least
				continue
			}
			out[i] = left * w / sum
			if out[i] < least {
				fixed[i], changed = true, true
			}
		}
		if !changed {
			break
		}
	}
	for i := range out {
		if fixed[i] {
			out[i] = least
		}
	}
	return out
}
