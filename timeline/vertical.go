package timeline

import (
	"github.com/eventgraph/eventgraph/internal/textmetrics"
	"sort"
)

// Vertical layout sizes in px.
const (
	vMaxCols   = 3     // mark columns beside the axis
	vColW      = 13.0  // width of a mark column
	vCardGap   = 12.0  // between labels
	vMaxDrift  = 720.0 // how far a label may sit below its mark before events are grouped
	vBinPx     = 24.0  // first bin height when grouping
	vMinAxis   = 420.0
	vMaxAxis   = 16000.0
	vLeaderGap = 4.0
	// vAxisShare is the share of the labels' stacked height the axis
	// starts from, before it stretches where labels crowd: all of it
	// would spread the quiet stretches as well and make the page longer
	// (the bundled case's by a tenth); 0.7 keeps the pages of the
	// repository's cases about as long as they were.
	vAxisShare = 0.7
	// vBreakRatio is the share of the whole time span a gap with no event
	// must exceed to be cut out of a vertical axis: labels, not time,
	// give it its length, so empty months would only add screens.
	vBreakRatio = 0.05
)

// vcard is an entry with its mark (drawn at v = 0) and the height of its
// label: trial groupings measure labels, and only the cards placed build
// theirs (see place).
type vcard struct {
	en     *entry
	mark   drawnMark
	h      float64 // the height of its label, measured (see cardCache.size)
	anchor float64 // where along the axis the label's first line points
}

// vertical lays out a vertical timeline: time runs down one column, the
// labels right of it, each as near its mark as the labels above leave
// room for; where labels are pushed down, the axis stretches so that each
// mark stands beside its label's first line.
type vertical struct {
	b                     *builder
	top                   float64
	axisX, markX0, labelX float64 // where the axis, the marks and the labels stand
	length                float64 // the axis's length before it stretches
	sc                    scale
	firstMid              float64 // from a label's top to the middle of its first line

	cache  map[*entry]vcard // cards on sc, for labels
	labels *cardCache

	// What place chose: the columns of the marks, the tops of the
	// labels, the axis's ticks and the chart's bottom.
	cards  []vcard
	cols   []int
	tops   []float64
	ticks  []axisTick
	bottom float64
}

var _ orientation = (*vertical)(nil)

func (v *vertical) prepare(entries []*entry, nums *numbering) (*cardCache, error) {
	b := v.b
	v.top = b.header(b.m) + 28
	top := v.top
	sp := spans(entries)
	// The tick label column fits the tick labels of the axis, whose length
	// depends on the room left for labels: measure on a trial axis, then
	// once more on the axis that room gives.
	var (
		co     cardOptions
		labels *cardCache
	)
	v.sc = scale{segs: segmentsAt(sp, b.cr, top, top+1000, vBreakRatio), finest: finestUnit(entries)}
	for range 2 {
		tickW := 0.0
		for _, t := range axisTicks(b.f, v.sc, 0, -1e9, 1e9) {
			tickW = max(tickW, t.Label.W)
		}
		// On a narrow page tick labels give way (those too wide are dropped).
		tickW = min(max(tickW, textWidth("2000", sizeSmall)), 0.22*b.width)
		v.axisX = b.m + tickW + tickLen + tickGap
		v.markX0 = v.axisX + 8
		v.labelX = v.markX0 + vMaxCols*vColW + 12
		switch o := (cardOptions{maxW: b.width - b.m - v.labelX, titleLines: 6, participants: true, large: true}); {
		case labels == nil:
			co, labels = o, b.newCardCache(o, nums)
		case o.maxW != co.maxW:
			co, labels = o, labels.narrowed(o)
		}
		// The axis takes a share of the room the labels need stacked,
		// within bounds: where labels crowd, it stretches to them.
		total := 0.0
		for _, en := range entries {
			total += labels.size(en).h + vCardGap
		}
		v.length = min(max(vAxisShare*total, vMinAxis), vMaxAxis)
		v.sc = scale{segs: segmentsAt(sp, b.cr, top+8, top+8+v.length, vBreakRatio), finest: finestUnit(entries)}
	}
	v.firstMid = textmetrics.LineHeight(co.smallSize()) / 2
	return labels, nil
}

// build returns the card of en with its mark on the axis, its label
// measured.
func (v *vertical) build(en *entry) vcard {
	spec := v.b.markSpec(en, v.sc)
	c := vcard{en: en, mark: drawMark(v.b.f, spec, 0), h: v.labels.size(en).h}
	if en.ext.Point && en.members == nil {
		c.anchor = spec.at
	} else {
		c.anchor = c.mark.u0 + barT/2
		if en.ext.Start == EndOpen || en.cutS {
			c.anchor = max(c.mark.u0, spec.u0)
		}
	}
	return c
}

// try places the labels of es and reports how far the worst one sits
// below its mark, beyond what it may: up to vMaxDrift, or 1.5 times the
// tallest label where labels are taller than that (claims in full).
func (v *vertical) try(es []*entry, labels *cardCache) ([]vcard, []float64, float64) {
	if v.labels != labels {
		v.labels, v.cache = labels, map[*entry]vcard{}
	}
	cards := make([]vcard, len(es))
	want := make([]float64, len(es))
	hs := make([]float64, len(es))
	tallest := 0.0
	for i, en := range es {
		c, ok := v.cache[en]
		if !ok {
			c = v.build(en)
			if en.members == nil {
				v.cache[en] = c
			}
		}
		cards[i] = c
		want[i], hs[i] = c.anchor-v.firstMid, c.h
		tallest = max(tallest, hs[i])
	}
	tops, drift := pushDown(want, hs, vCardGap)
	return cards, tops, drift - max(vMaxDrift, 1.5*tallest)
}

func (v *vertical) bins() (scale, float64, float64) { return v.sc, vBinPx, v.length }

func (v *vertical) fits(es []*entry, labels *cardCache) bool {
	_, _, over := v.try(es, labels)
	return over <= 0
}

func (v *vertical) place(es []*entry, labels *cardCache) []placedCard {
	b, sc := v.b, v.sc
	cards, tops, _ := v.try(es, labels)
	// Where labels were pushed below their marks, the axis stretches so
	// that each mark stands beside its label's first line.
	if w := warpFor(cards, tops, v.firstMid, sc); len(w) > 0 {
		sc.warp = w
		v.sc = sc
		want := make([]float64, len(cards))
		hs := make([]float64, len(cards))
		for i, c := range cards {
			cards[i] = v.build(c.en)
			want[i], hs[i] = cards[i].anchor-v.firstMid, cards[i].h
		}
		tops, _ = pushDown(want, hs, vCardGap)
	}

	lo := make([]float64, len(cards))
	hi := make([]float64, len(cards))
	for i, c := range cards {
		lo[i], hi[i] = c.mark.u0, c.mark.u1
	}
	cols, _ := packColumns(lo, hi, 3, vMaxCols)
	bottom := sc.end()
	for i, c := range cards {
		bottom = max(bottom, tops[i]+c.h)
	}
	ticks := axisTicks(b.f, sc, v.axisX, v.top, bottom)
	kept := ticks[:0]
	for _, t := range ticks {
		if t.Label.X >= b.m/2 {
			kept = append(kept, t)
		}
	}
	v.cards, v.cols, v.tops, v.ticks, v.bottom = cards, cols, tops, kept, bottom
	out := make([]placedCard, len(cards))
	for i, c := range cards {
		cx := v.markX0 + (float64(cols[i])+0.5)*vColW
		out[i] = placedCard{en: c.en, mark: c.mark, label: v.labels.get(c.en), markAt: Point{cx, 0}, labelAt: Point{v.labelX, tops[i]}}
	}
	return out
}

// connect draws the leaders from the marks to their labels, first, so
// that marks and labels paint over them.
func (v *vertical) connect(cards []placedCard) {
	labelX := v.labelX
	for i, c := range v.cards {
		cx := cards[i].markAt.X
		y := v.tops[i] + v.firstMid
		ld := Item{Shape: ShapeLine, Role: RoleConnector, Class: "eg-leader", Group: groupID(c.en), Stroke: StrokeSolid, Width: 1,
			Points: []Point{{cx + pointR + 2, c.anchor}, {labelX - 10, c.anchor}, {labelX - vLeaderGap - 2, y}, {labelX - vLeaderGap, y}}}
		if y-c.anchor < 1 && y-c.anchor > -1 {
			ld.Points = []Point{{cx + pointR + 2, c.anchor}, {labelX - vLeaderGap, y}}
		}
		v.b.items = append(v.b.items, ld)
	}
}

func (v *vertical) axis() (scale, float64, []axisTick, float64) {
	return v.sc, v.axisX, v.ticks, v.bottom + 8
}

// warpFor returns the warp of sc that moves the mark of each card down to
// the first line of its label, placed at tops: a knot at the time each
// mark points from (a point's instant, a bar's start) shifted by how far
// the label sits below; each axis break keeps its size. Knots never
// reorder times: a mark that would rise above the one before stays level
// with it. It returns none when every label sits beside its mark.
func warpFor(cards []vcard, tops []float64, firstMid float64, sc scale) []knot {
	var w []knot
	drift := false
	for i, c := range cards {
		t := c.en.ext.Lo
		if c.en.ext.Point && c.en.members == nil {
			t = c.en.ext.At
		}
		d := max(tops[i]+firstMid-c.anchor, 0)
		drift = drift || d > 0.5
		w = append(w, knot{P: sc.linear(t), D: d})
	}
	if !drift {
		return nil
	}
	return settle(w, sc)
}

// settle orders the knots of a warp of sc and keeps each axis break its
// size (the room a label needs is taken before it, at the end of the
// segment): no knot may move a time before one drawn earlier.
func settle(w []knot, sc scale) []knot {
	sort.SliceStable(w, func(i, j int) bool { return w[i].P < w[j].P })
	wk := scale{warp: w}
	for k := 1; k < len(sc.segs); k++ {
		d := wk.shift(sc.segs[k].Start)
		w = append(w, knot{P: sc.segs[k-1].End, D: d}, knot{P: sc.segs[k].Start, D: d})
	}
	sort.SliceStable(w, func(i, j int) bool { return w[i].P < w[j].P })
	out := w[:0]
	for _, k := range w {
		if n := len(out); n > 0 {
			if k.P == out[n-1].P {
				out[n-1].D = max(out[n-1].D, k.D)
				continue
			}
			k.D = max(k.D, out[n-1].P+out[n-1].D-k.P)
		}
		out = append(out, k)
	}
	return out
}
