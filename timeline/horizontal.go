package timeline

import (
	"math"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/internal/textmetrics"
)

// Horizontal layout sizes in px.
const (
	hMaxRows     = 10   // label rows before events are grouped
	hRowGap      = 14.0 // between label rows
	hCardGap     = 16.0 // between labels in a row
	hLabelGap    = 4.0  // between a mark and its label
	hLabelIndent = 6.0  // between a connector and its label
	hCardW       = 190.0
	hCardWFull   = 250.0
	hBinPx       = 24.0 // first bin width when grouping
	laneMinH     = 28.0
	laneSize     = 12.0 // lane label font size
	laneLabelW   = 150.0
	laneLines    = 3 // lines of a lane's name before it is cut short
)

// hcard is an entry with its mark and label, laid out at v = 0 (the
// mark's centre line); the label hangs below the mark.
type hcard struct {
	en     *entry
	mark   drawnMark
	label  block
	lx     float64 // label's left edge
	left   bool    // the label hangs left of the connector
	x0, x1 float64 // the card's extent
}

func (c *hcard) height() float64 { return markHalf + hLabelGap + c.label.h }

// horizontal lays out a horizontal timeline.
func (b *builder) horizontal(entries []*entry) error {
	top := b.header(b.m) + 24
	lanes, err := chooseLanes(b.opts.Lanes, b.opts.maxLanesFor(b.width), b.act, eventsOf(entries))
	if err != nil {
		return err
	}
	laneOf := map[string]int{}
	laned := map[string]bool{}
	gutter := 0.0
	// Each lane is as tall as its name, wrapped onto up to laneLines
	// lines before it is cut short.
	laneH := make([]float64, len(lanes))
	var laneLabels []Item
	for i, l := range lanes {
		laneOf[l.ID], laned[l.ID] = i, true
		lines := textmetrics.WrapN(cleanText(l.Name), laneSize, true, laneLabelW, laneLines)
		t := textItem(laneRole(l.Kind), "eg-lane-label eg-"+string(l.Kind), lines, b.m, 0, laneSize, true)
		gutter = max(gutter, t.W+16)
		laneH[i] = max(laneMinH, t.H+6)
		laneLabels = append(laneLabels, t)
	}
	ua, ub := b.m+gutter+12, b.width-b.m-12
	sc := scale{segs: segmentsFor(spans(entries), b.cr, ua, ub), finest: finestUnit(entries)}
	// Participants without a lane are named on the label.
	co := cardOptions{maxW: hCardW, titleLines: 5, participants: true, laned: laned}
	if b.opts.claims() == ClaimsFull {
		co.maxW = hCardWFull
	}
	build := func(en *entry) hcard {
		c := hcard{en: en, mark: drawMark(b.f, b.markSpec(en, sc), 0)}
		c.label = b.card(en, co)
		// The label hangs right of the connector, or left of it near the
		// right edge, so the connector never runs through its own text.
		// A label turned left is set flush right, so each line ends
		// beside the connector.
		lx := c.mark.mid + hLabelIndent
		if lx+c.label.w > b.width-b.m {
			lx = c.mark.mid - hLabelIndent - c.label.w
			c.label = c.label.rightAligned()
			c.left = true
		}
		lx = max(min(lx, b.width-b.m-c.label.w), b.m)
		c.lx = lx
		c.x0, c.x1 = min(c.mark.u0, lx), max(c.mark.u1, lx+c.label.w)
		return c
	}
	cache := map[*entry]hcard{}
	capacity := float64(hMaxRows) * (b.width - 2*b.m)
	try := func(es []*entry, maxRows int) ([]hcard, []int, int, bool) {
		if maxRows > 0 {
			// Rule out what cannot fit before building labels.
			need := 0.0
			for _, en := range es {
				w, _ := b.estimateCard(en, co)
				need += w + hCardGap
			}
			if need > capacity {
				return nil, nil, 0, false
			}
		}
		cards := make([]hcard, len(es))
		for i, en := range es {
			c, ok := cache[en]
			if !ok {
				c = build(en)
				if en.members == nil {
					cache[en] = c
				}
			}
			cards[i] = c
		}
		rows, n, ok := packCards(cards, maxRows)
		return cards, rows, n, ok
	}
	es := entries
	if b.opts.Group != GroupNever {
		es = group(entries, sc, hBinPx, ub-ua, func(es []*entry) bool {
			_, _, _, ok := try(es, hMaxRows)
			return ok
		})
	}
	// Number sources and claims in reading order of what is drawn.
	b.resetNumbers()
	b.keys = keySet{}
	cache = map[*entry]hcard{}
	cards, rows, nrows, ok := try(es, hMaxRows)
	if !ok {
		cards, rows, nrows, _ = try(es, 0)
	}
	b.narrowCrossed(cards, rows, co)

	// Rows stack upwards from the lanes: row 0 is the lowest.
	rowH := make([]float64, nrows)
	for i, c := range cards {
		rowH[rows[i]] = max(rowH[rows[i]], c.height())
	}
	band := 0.0
	for _, h := range rowH {
		band += h
	}
	band += float64(max(nrows-1, 0)) * hRowGap
	rowTop := make([]float64, nrows)
	y := top + band
	for r := range rowTop {
		y -= rowH[r]
		rowTop[r] = y
		y -= hRowGap
	}
	bandBottom := top + band
	lanesTop := bandBottom + 18
	laneMid := make([]float64, len(lanes))
	lanesH := 0.0
	for i, h := range laneH {
		laneMid[i] = lanesTop + lanesH + h/2
		lanesH += h
	}
	axisY := lanesTop + lanesH + 8
	if len(lanes) == 0 {
		axisY = bandBottom + 16
	}
	laneY := func(i int) float64 { return laneMid[i] }
	ticks := axisTicks(b.f, sc, axisY, b.m, b.width-b.m)

	// Gridlines, lanes and their labels.
	for _, t := range ticks {
		g := b.f.line(t.U, top-6, t.U, axisY)
		g.Role, g.Class, g.Stroke, g.Width = RoleGrid, "eg-grid", StrokeSolid, 1
		b.items = append(b.items, g)
	}
	for i, l := range lanes {
		group := "lane-" + l.ID
		b.groups[group] = Group{ID: group, Class: "eg-lane eg-" + string(l.Kind), Tooltip: cleanText(l.Name)}
		for _, g := range sc.segs {
			ln := b.f.line(g.Start-6, laneY(i), g.End+6, laneY(i))
			ln.Role, ln.Class, ln.Group, ln.Stroke, ln.Width = RoleGrid, "eg-lane-line", group, StrokeSolid, 1
			b.items = append(b.items, ln)
		}
		t := laneLabels[i]
		t = moved(t, 0, laneY(i)-t.H/2)
		t.Group = group
		b.items = append(b.items, t)
	}

	// Connectors and lane marks.
	seen := map[[2]int64]bool{}
	for i, c := range cards {
		v := rowTop[rows[i]] + markHalf
		b.laneMarks(c, sc, v, laneOf, lanes, laneY, seen)
	}
	// Marks and labels.
	for i, c := range cards {
		v := rowTop[rows[i]] + markHalf
		group := b.groupOf(c.en)
		b.keys.add(c.mark.keys...)
		for _, it := range c.mark.items {
			it = moved(it, 0, v)
			it.Group = group
			b.items = append(b.items, it)
		}
		b.items = append(b.items, c.label.placed(c.lx, v+markHalf+hLabelGap, group)...)
	}
	if len(sc.segs) > 1 {
		b.keys.add(keyBreak)
	}
	b.items = append(b.items, drawAxis(b.f, sc, axisY, ticks)...)
	bottom := axisY + tickLen + tickGap + textmetrics.LineHeight(sizeSmall)
	b.height = b.footer(bottom) + b.m
	return nil
}

// The orders packCards tries.
const (
	fromRight   = iota // a card lands above the cards to its right
	fromLeft           // a card lands above the cards to its left
	turnedFirst        // labels turned left from the left, then the rest from the right
)

// packCards packs cards into rows (see packRows) in three orders: from the
// right, where a card lands above the cards to its right that block it,
// which start after its connector, so the connector passes beside them;
// from the left, which serves labels turned to the left of their
// connector near the right edge; and those turned labels from the left
// before the others from the right, for a case with both. It keeps the
// packing whose connectors cross the fewest labels, then the one with
// fewer rows, then the first.
func packCards(cards []hcard, maxRows int) ([]int, int, bool) {
	var best []int
	bestN, bestCross := 0, 0
	for _, order := range []int{fromRight, fromLeft, turnedFirst} {
		idx := make([]int, len(cards))
		key := make([]float64, len(cards))
		for i, c := range cards {
			idx[i], key[i] = i, c.x0
			if order != fromLeft {
				// Ties take the later card first.
				idx[i], key[i] = len(cards)-1-i, -c.x0
			}
		}
		if order == turnedFirst {
			// Labels turned left, from the left, so that a card to the
			// right lands above them and its connector passes beside
			// them; then the others from the right.
			for i, c := range cards {
				if c.left {
					key[i] = -1e12 + c.mark.mid
				}
			}
		}
		sortByKey(idx, key)
		x0 := make([]float64, len(cards))
		x1 := make([]float64, len(cards))
		cx := make([]float64, len(cards))
		for k, i := range idx {
			x0[k], x1[k], cx[k] = cards[i].x0, cards[i].x1, cards[i].mark.mid
		}
		srows, n, cross, ok := packRows(x0, x1, cx, hCardGap, maxRows)
		if !ok || (best != nil && (cross > bestCross || cross == bestCross && n >= bestN)) {
			continue
		}
		best = make([]int, len(cards))
		for k, i := range idx {
			best[i] = srows[k]
		}
		bestN, bestCross = n, cross
	}
	return best, bestN, best != nil
}

// hMinNarrow is the narrowest a label is rewrapped to let a connector pass.
const hMinNarrow = 110.0

// narrowCrossed rewraps each label hung right of its connector that the
// connector of a card in a higher row would run through, to end before
// that connector, where it keeps at least hMinNarrow px: the label grows
// taller (its row with it) but no line runs behind another event's stem.
func (b *builder) narrowCrossed(cards []hcard, rows []int, co cardOptions) {
	for i := range cards {
		c := &cards[i]
		if c.left {
			continue
		}
		limit := c.lx + c.label.w
		for j, d := range cards {
			if rows[j] > rows[i] && d.mark.mid > c.lx && d.mark.mid-hLabelIndent < limit {
				limit = d.mark.mid - hLabelIndent
			}
		}
		if w := limit - c.lx; w < c.label.w && w >= hMinNarrow {
			o := co
			o.maxW = w
			c.label = b.card(c.en, o)
			c.x1 = max(c.mark.u1, c.lx+c.label.w)
		}
	}
}

// laneMarks draws the connector of a card at v down to the lanes of its
// events' participants, and a mark on each of those lanes. Aggregates mark
// their members' lanes without a connector, one mark per lane and pixel.
func (b *builder) laneMarks(c hcard, sc scale, v float64, laneOf map[string]int, lanes []lane, laneY func(int) float64, seen map[[2]int64]bool) {
	agg := c.en.members != nil
	low, connect := 0, false
	for _, en := range c.en.events() {
		var idx []int
		for _, p := range en.ev.Participants {
			if i, ok := laneOf[p.Who]; ok {
				idx = append(idx, i)
			}
		}
		if len(idx) == 0 {
			continue
		}
		spec := b.markSpec(en, sc)
		mk := drawMark(b.f, spec, 0)
		group := ""
		if !agg {
			group = b.eventGroup(en)
			connect = true
		}
		for _, i := range idx {
			low = max(low, i)
			k := [2]int64{int64(i), int64(math.Round(mk.mid))}
			if agg || c.en.stack != nil {
				if seen[k] {
					continue
				}
				seen[k] = true
			}
			l := lanes[i]
			if l.Kind == casefile.KindPerson {
				b.keys.add(keyLanePerson)
			} else {
				b.keys.add(keyLaneOrganization)
			}
			var it Item
			switch {
			case en.ext.Point && l.Kind == casefile.KindOrganization:
				// Squares for organizations, circles for people: told
				// apart without colour.
				it = b.f.rect(mk.mid-3.5, laneY(i)-3.5, 7, 7)
			case en.ext.Point:
				it = b.f.circle(mk.mid, laneY(i), 3.5)
			default:
				u0, u1 := spec.u0, spec.u1
				if en.ext.Start == EndOpen || en.cutS {
					u0 = spec.axisU0
				}
				if en.ext.End == EndOpen || en.cutE {
					u1 = spec.axisU1
				}
				if u1-u0 < 7 {
					m := (u0 + u1) / 2
					u0, u1 = m-3.5, m+3.5
				}
				it = b.f.rect(u0, laneY(i)-3, u1-u0, 6)
				if l.Kind == casefile.KindPerson {
					it.R = 3
				}
			}
			it.Role, it.Class, it.Group = laneRole(l.Kind), "eg-lane-mark eg-"+string(l.Kind), group
			it.Fill, it.Stroke, it.Solid, it.Mark = PaintSolid, StrokeNone, true, true
			b.items = append(b.items, it)
		}
	}
	if connect {
		cn := b.f.line(c.mark.mid, v+markHalf, c.mark.mid, laneY(low))
		cn.Role, cn.Class, cn.Group, cn.Stroke, cn.Width = RoleConnector, "eg-connector", b.groupOf(c.en), StrokeSolid, 1
		b.items = append(b.items, cn)
	}
}

// laneRole returns the style role of an actor kind.
func laneRole(k casefile.Kind) Role {
	if k == casefile.KindOrganization {
		return RoleOrganization
	}
	return RolePerson
}

// eventsOf returns the events of entries.
func eventsOf(es []*entry) []*casefile.Event {
	out := make([]*casefile.Event, 0, len(es))
	for _, e := range es {
		for _, m := range e.events() {
			out = append(out, m.ev)
		}
	}
	return out
}
