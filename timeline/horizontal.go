package timeline

import (
	"math"
	"sort"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/internal/textmetrics"
)

// Horizontal layout sizes in px.
const (
	hCardGap     = 8.0 // between labels in a row
	hConnGap     = 5.0 // between a connector and a label it passes
	hLabelGap    = 4.0 // between a mark and its label
	hDateGap     = 5.0 // between a mark and the date beside it
	hLabelIndent = 6.0 // between a connector and its label
	hCardW       = 180.0
	hCardWFull   = 250.0
	hBinPx       = 24.0 // first bin width when grouping
	hScanSteps   = 10   // axis lengths tried for a band before bisecting
	laneSize     = 11.0 // lane label font size
	laneLines    = 3    // lines of a lane's name before it is cut short
	laneGap      = 2.0  // between one lane's name and the next
	// hMaxClaims caps the claims written on a label (see
	// cardOptions.maxClaims): the band of labels stays low.
	hMaxClaims = 3
	// hMinScale is the least share of the axis the time scale keeps
	// before labels push events right: below it events are grouped.
	hMinScale = 0.3
	// hMinBand is the least height of the band of labels, past
	// maxUngrouped events, before events are grouped.
	hMinBand = 800.0
)

// maxUngrouped is the most events drawn one by one whatever the room:
// up to it, every event is drawn with its title, in as many rows as that
// takes; past it, the densest stretches are grouped into "N events".
const maxUngrouped = 100

// hcard is an entry with its mark and label, laid out from the card's
// top at 0: the label hangs right of its connector; beside a point, its
// first line, the date, stands on the mark's row (inline), dateX right of
// the label's other lines, which saves a row a card; under a bar or an
// aggregate's mark the label hangs below the mark.
type hcard struct {
	en     *entry
	mark   drawnMark // drawn at v = 0, moved down to markY
	label  card
	inline bool
	dateX  float64
}

// newHCard makes the card of en with its mark and label: beside a
// point, the date stands right of the mark (and its whiskers or ring),
// on its row.
func newHCard(en *entry, mark drawnMark, label card) hcard {
	c := hcard{en: en, mark: mark, label: label}
	if en.members != nil || !en.ext.Point || len(label.rows) == 0 || label.rows[0].class != "eg-date" {
		return c
	}
	c.inline = true
	c.dateX = max(0, mark.u1-mark.mid+hDateGap-hLabelIndent)
	return c
}

// width returns the width of the label, its date moved right.
func (c *hcard) width() float64 {
	if c.inline {
		return max(c.label.w, c.dateX+c.label.rows[0].w)
	}
	return c.label.w
}

// markY returns how far below the card's top the mark's centre line is:
// level with the date's first line, or above the label.
func (c *hcard) markY() float64 {
	if c.inline {
		return c.label.rows[0].h / float64(len(c.label.rows[0].lines)) / 2
	}
	return markHalf
}

// labelY returns how far below the card's top its label starts.
func (c *hcard) labelY() float64 {
	if c.inline {
		return 0
	}
	return markHalf + hLabelGap
}

func (c *hcard) height() float64 { return max(c.labelY()+c.label.h, c.markY()+markHalf) }

// items draws the label with the card's top at y.
func (c *hcard) items(y float64, group string) []Item {
	its := c.label.items(c.mark.mid+hLabelIndent, y+c.labelY(), group)
	if c.inline {
		its[0] = moved(its[0], c.dateX, 0) // the date's row draws one item
	}
	return its
}

// box returns the room the card takes, around its connector.
func (c *hcard) box() flowBox {
	mid := c.mark.mid
	// A long bar takes a strip of the band; a short mark the card's
	// height, as its label does.
	markH := c.height()
	if c.mark.u1-c.mark.u0 > maxChasedMark {
		markH = 2 * markHalf
	}
	return flowBox{cx: mid, left: c.mark.u0 - mid, markRight: c.mark.u1 - mid, markH: markH,
		text: hLabelIndent, right: hLabelIndent + c.width(), labelY: c.labelY(), h: c.height()}
}

// horizontal lays out a horizontal timeline: labels hang in rows above
// the lanes, in time order from left to right and from the top row down;
// where events crowd, the axis stretches (pushing later events right) so
// that no label covers another or a connector, within the page width.
func (b *builder) horizontal(entries []*entry) error {
	top := b.header(b.m) + 20
	lanes, err := chooseLanes(b.opts.Lanes, b.opts.maxLanesFor(b.width), b.act, eventsOf(entries))
	if err != nil {
		return err
	}
	laneOf := map[string]int{}
	laned := map[string]bool{}
	for i, l := range lanes {
		laneOf[l.ID], laned[l.ID] = i, true
	}
	// Lane names stand on their lines, inside the chart: the axis
	// takes the whole width.
	ua, ub := b.m+pointR+2, b.width-b.m
	axisAt := func(l float64) scale {
		return scale{segs: segmentsFor(spans(entries), b.cr, ua, ua+l), finest: finestUnit(entries)}
	}
	// The shortest axis keeps room for its breaks; a label fits beside
	// it.
	least := max(0.1*(ub-ua), float64(len(clusters(spans(entries)))-1)*(breakGap+8))
	room := ub - ua - least - hLabelIndent - 2
	co := cardOptions{participants: true, laned: laned, oneLine: true, maxClaims: hMaxClaims,
		maxW: b.cs.cardWidth(max(min(hCardW, 0.27*(ub-ua), room), 40), max(min(hCardWFull, 0.6*(ub-ua), room), 40))}
	// Labels do not depend on the scale: each is built once (an
	// aggregate of a trial grouping is a new entry). Trial groupings
	// number claims and sources as the events drawn one by one would.
	var labels *cardCache
	label := func(en *entry) card { return labels.get(en) }
	build := func(en *entry, sc scale) hcard {
		return newHCard(en, drawMark(b.f, b.markSpec(en, sc), 0), label(en))
	}
	// place lays es out on the axis l px long in a band band px tall,
	// the axis warped so that each card moves right as far as flow asks
	// (a bar keeps its length: its end moves as far as its start, and the
	// stretch falls in the empty time after it), then placed again on the
	// warped axis until nothing moves. It reports whether the result fits
	// the page; quick skips the warp, to rule out what cannot fit.
	gaps := flowGaps{card: hCardGap, conn: hConnGap}
	place := func(es []*entry, l, band float64, quick bool) (hplaced, bool) {
		p := hplaced{sc: axisAt(l), cards: make([]hcard, len(es))}
		for i, en := range es {
			p.cards[i] = build(en, p.sc)
		}
		// Cards are placed in the time order of their connectors: a
		// point's instant, a bar's start, or the end of a bar reaching
		// past the axis's start (see anchorTimes).
		sort.SliceStable(p.cards, func(i, j int) bool {
			ti, _ := anchorTimes(p.cards[i].en)
			tj, _ := anchorTimes(p.cards[j].en)
			if ti != tj {
				return ti < tj
			}
			return p.cards[i].mark.mid < p.cards[j].mark.mid
		})
		es = make([]*entry, len(p.cards))
		boxes := make([]flowBox, len(es))
		for i, c := range p.cards {
			es[i], boxes[i] = c.en, c.box()
		}
		var ok bool
		if p.ys, p.shift, ok = flow(boxes, gaps, band); !ok {
			return p, false
		}
		if quick {
			return p, p.reach(boxes, p.shift, ua+l) <= ub+0.01
		}
		base, baseEnd := make([]float64, len(es)), make([]float64, len(es))
		for i, c := range p.cards {
			base[i], baseEnd[i] = anchorTimes(c.en)
			base[i], baseEnd[i] = p.sc.linear(base[i]), p.sc.linear(baseEnd[i])
		}
		shift := append([]float64(nil), p.shift...)
		for range 12 {
			if !anyMoved(shift) {
				return p, p.reach(boxes, nil, ua+l) <= ub+0.01
			}
			w := make([]knot, 0, 2*len(es))
			for i := range es {
				w = append(w, knot{P: base[i], D: shift[i]})
				if math.Abs(baseEnd[i]-base[i]) > 2*pointR {
					w = append(w, knot{P: baseEnd[i], D: shift[i]})
				}
			}
			p.sc.warp = settle(w, p.sc)
			for i, en := range es {
				p.cards[i] = build(en, p.sc)
				boxes[i] = p.cards[i].box()
			}
			ys, more, ok := flow(boxes, gaps, band)
			if !ok {
				return p, false
			}
			p.ys = ys
			if !anyMoved(more) {
				return p, p.reach(boxes, nil, p.sc.end()) <= ub+0.01
			}
			for i := range shift {
				shift[i] += more[i]
			}
		}
		return p, false
	}
	fits := func(es []*entry, l, band float64) bool {
		_, ok := place(es, l, band, false)
		return ok
	}
	// longest returns the longest axis (to 1%, bisected) on which es fit
	// a band band px tall, and false when none from least up does.
	longest := func(es []*entry, least, band float64) (float64, bool) {
		if fits(es, ub-ua, band) {
			return ub - ua, true
		}
		// Whether labels fit does not always grow as the axis shortens
		// (a label may fall on either side of another): scan down in
		// tenths, then bisect below the first that fails.
		lo, hi, ok := least, ub-ua, false
		for k := 1; k <= hScanSteps; k++ {
			l := ub - ua - float64(k)*(ub-ua-least)/hScanSteps
			if fits(es, l, band) {
				lo, ok = l, true
				break
			}
			hi = l
		}
		if !ok {
			return 0, false
		}
		for hi-lo > 0.01*(ub-ua) {
			if mid := (lo + hi) / 2; fits(es, mid, band) {
				lo = mid
			} else {
				hi = mid
			}
		}
		return lo, true
	}
	es := entries
	if countEvents(entries) > maxUngrouped && b.opts.Group != GroupNever {
		labels = b.newCardCache(co, b.numberEntries(entries))
		least, band := hMinScale*(ub-ua), max(b.width, hMinBand)
		es = group(entries, axisAt(ub-ua), hBinPx, ub-ua, func(es []*entry) bool {
			// Rule out by the labels' least area what cannot fit, before
			// building any.
			area := 0.0
			for _, en := range es {
				c := label(en)
				area += (c.w + hCardGap) * (c.h + hCardGap)
			}
			if area > band*(ub-ua) {
				return false
			}
			_, ok := place(es, least, band, true)
			return ok
		})
	}
	// Sources and claims are numbered once, in reading order of what is
	// drawn, and the labels placed show those numbers.
	b.finish(es)
	if labels == nil || len(es) < len(entries) {
		labels = b.newCardCache(co, b.num) // the numbers differ where events were grouped
	}
	tallest, stacked, area := 0.0, 0.0, 0.0
	{
		sc := axisAt(ub - ua)
		for _, en := range es {
			c := build(en, sc)
			tallest = max(tallest, c.height())
			stacked += c.height() + hCardGap
			bx := c.box()
			area += (bx.right - bx.left + hCardGap) * (c.height() + hCardGap)
		}
	}
	// The lowest band (growing by a twentieth) where the labels fit, with
	// the longest axis they fit on: the axis stretches where labels crowd
	// (its ticks tell the dates), so that the chart stays compact;
	// failing that, a band as tall as every label stacked.
	length, band := least, stacked
	for h := max(tallest, area/(ub-ua)); h < stacked; h *= 1.05 {
		if l, ok := longest(es, least, h); ok {
			length, band = l, h
			break
		}
	}
	if band == stacked {
		if l, ok := longest(es, least, band); ok {
			length = l
		}
	}
	p, _ := place(es, length, band, false)
	cards, ys, sc := p.cards, p.ys, p.sc

	bandBottom := top
	for i, c := range cards {
		bandBottom = max(bandBottom, top+ys[i]+c.height())
	}
	// Each lane's name stands on its line where no connector crosses
	// the lane: a connector runs down to the lowest lane of its card's
	// participants.
	crossing := make([][][2]float64, len(lanes))
	for _, c := range cards {
		low := -1
		for _, en := range c.en.events() {
			spec := b.markSpec(en, sc)
			u0, u1 := laneExtent(en, spec, drawMark(b.f, spec, 0).mid)
			for _, p := range en.ev.Participants {
				if i, ok := laneOf[p.Who]; ok {
					low = max(low, i)
					crossing[i] = append(crossing[i], [2]float64{u0, u1})
				}
			}
		}
		if c.en.members != nil {
			continue // an aggregate has no connector
		}
		for i := 0; i <= low; i++ {
			crossing[i] = append(crossing[i], [2]float64{c.mark.mid, c.mark.mid})
		}
	}
	lanesTop := bandBottom + 8
	laneMid := make([]float64, len(lanes))
	laneLabels := make([]Item, len(lanes))
	y := lanesTop
	for i, l := range lanes {
		t := laneName(cleanText(l.Name), b.act.aliases[l.ID], laneRole(l.Kind), "eg-lane-label eg-"+string(l.Kind), crossing[i], b.m, b.width-b.m)
		// The name stands on its lane's line (its halo parts the line),
		// so that a lane takes a line of text, not two.
		laneLabels[i] = moved(t, 0, y)
		laneMid[i] = y + t.H/2
		y += t.H + laneGap
	}
	axisY := y + 3
	if len(lanes) == 0 {
		axisY = bandBottom + 16
	}
	laneY := func(i int) float64 { return laneMid[i] }
	ticks := axisTicks(b.f, sc, axisY, b.m, b.width-b.m)

	// Gridlines across the lanes (never behind labels; lane names have a
	// halo), lanes and their names.
	for _, t := range ticks {
		g := b.f.line(t.U, lanesTop-4, t.U, axisY)
		g.Role, g.Class, g.Stroke, g.Width = RoleGrid, "eg-grid", StrokeSolid, 1
		b.items = append(b.items, g)
	}
	for i, l := range lanes {
		group := "lane-" + l.ID
		b.groups[group] = Group{ID: group, Class: "eg-lane eg-" + string(l.Kind), Tooltip: cleanText(l.Name)}
		for _, g := range sc.segs {
			ln := b.f.line(max(sc.pos(g.From)-6, b.m), laneY(i), min(sc.pos(g.To)+6, b.width-b.m), laneY(i))
			ln.Role, ln.Class, ln.Group, ln.Stroke, ln.Width = RoleGrid, "eg-lane-line", group, StrokeSolid, 1
			b.items = append(b.items, ln)
		}
		t := laneLabels[i]
		t.Group, t.Halo = group, true
		b.items = append(b.items, t)
	}

	// Connectors and lane marks.
	seen := map[[2]int64]bool{}
	for i, c := range cards {
		v := top + ys[i] + c.markY()
		b.laneMarks(c, sc, v, laneOf, lanes, laneY, seen)
	}
	// Marks and labels.
	for i, c := range cards {
		v := top + ys[i] + c.markY()
		group := groupID(c.en)
		b.keys.add(c.mark.keys...)
		for _, it := range c.mark.items {
			it = moved(it, 0, v)
			it.Group = group
			b.items = append(b.items, it)
		}
		b.items = append(b.items, c.items(top+ys[i], group)...)
	}
	if len(sc.segs) > 1 {
		b.keys.add(keyBreak)
	}
	b.items = append(b.items, drawAxis(b.f, sc, axisY, ticks)...)
	bottom := axisY + tickLen + tickGap + textmetrics.LineHeight(sizeSmall)
	b.height = b.footer(bottom) + b.m
	return nil
}

// countEvents returns how many events entries draw.
func countEvents(es []*entry) int {
	n := 0
	for _, e := range es {
		n += len(e.events())
	}
	return n
}

// anyMoved reports whether any shift moves a card right.
func anyMoved(shift []float64) bool {
	for _, v := range shift {
		if v > 0.01 {
			return true
		}
	}
	return false
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
			group = groupID(en)
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
			switch u0, u1 := laneExtent(en, spec, mk.mid); {
			case en.ext.Point && l.Kind == casefile.KindOrganization:
				// Squares for organizations, circles for people: told
				// apart without colour.
				it = b.f.rect(mk.mid-3.5, laneY(i)-3.5, 7, 7)
			case en.ext.Point:
				it = b.f.circle(mk.mid, laneY(i), 3.5)
			default:
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
		cn.Role, cn.Class, cn.Group, cn.Stroke, cn.Width = RoleConnector, "eg-connector", groupID(c.en), StrokeSolid, 1
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

// hplaced is a placement of the cards of a horizontal timeline: the
// cards on the (warped) axis, the top of each in the band, and how far
// flow moved each before the axis was warped for it.
type hplaced struct {
	sc    scale
	cards []hcard
	ys    []float64
	shift []float64
}

// reach returns how far right the cards of boxes reach, each moved by its
// shift (none: not moved), and the axis's end.
func (p hplaced) reach(boxes []flowBox, shift []float64, axisEnd float64) float64 {
	r := axisEnd
	for i, bx := range boxes {
		s := 0.0
		if shift != nil {
			s = shift[i]
		}
		r = max(r, bx.cx+max(bx.right, bx.markRight)+s)
	}
	if len(shift) > 0 {
		r = max(r, axisEnd+shift[len(shift)-1])
	}
	return r
}

// anchorTimes returns the time a card's connector stands at (a point's
// instant, a bar's start, or the end of a bar with an open or cut start)
// and the other end of its bar, where a warp of the axis puts knots.
func anchorTimes(en *entry) (at, other float64) {
	e := en.ext
	switch {
	case e.Point && en.members == nil:
		return e.At, e.At
	case e.Start == EndOpen || en.cutS:
		return e.Hi, e.Lo
	}
	return e.Lo, e.Hi
}

// laneExtent returns how far along the axis the mark of en on a lane
// reaches: a point's dot, a span's bar (to the axis's end where it is
// open or cut), never shorter than a dot.
func laneExtent(en *entry, spec markSpec, mid float64) (u0, u1 float64) {
	if en.ext.Point {
		return mid - 3.5, mid + 3.5
	}
	u0, u1 = spec.u0, spec.u1
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
	return u0, u1
}
