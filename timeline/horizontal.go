package timeline

import "github.com/eventgraph/eventgraph/internal/textmetrics"

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
type horizontal struct {
	b       *builder
	top     float64 // the top of the band of labels
	lanes   []lane
	laneOf  map[string]int // lane index by actor ID
	entries []*entry       // the entries before grouping, which the axis spans
	ua, ub  float64        // where the axis may run
	least   float64        // the shortest axis

	// What place chose: the scale, the cards and the top of each in
	// the band, and where the lanes and the axis stand below them.
	sc         scale
	cards      []hcard
	ys         []float64
	lanesTop   float64
	laneMid    []float64
	laneLabels []Item
	axisY      float64
	ticks      []axisTick
}

var _ orientation = (*horizontal)(nil)

func (h *horizontal) prepare(entries []*entry, nums *numbering) (*cardCache, error) {
	b := h.b
	h.top = b.header(b.m) + 20
	lanes, err := chooseLanes(b.opts.Lanes, b.opts.maxLanesFor(b.width), b.act, eventsOf(entries))
	if err != nil {
		return nil, err
	}
	h.lanes, h.entries = lanes, entries
	h.laneOf = map[string]int{}
	laned := map[string]bool{}
	for i, l := range lanes {
		h.laneOf[l.ID], laned[l.ID] = i, true
	}
	// Lane names stand on their lines, inside the chart: the axis
	// takes the whole width.
	h.ua, h.ub = b.m+pointR+2, b.width-b.m
	ua, ub := h.ua, h.ub
	// The shortest axis keeps room for its breaks; a label fits beside
	// it.
	h.least = max(0.1*(ub-ua), float64(len(clusters(spans(entries)))-1)*(breakGap+8))
	room := ub - ua - h.least - hLabelIndent - 2
	co := cardOptions{participants: true, laned: laned, oneLine: true, maxClaims: hMaxClaims,
		maxW: b.cs.cardWidth(max(min(hCardW, 0.27*(ub-ua), room), 40), max(min(hCardWFull, 0.6*(ub-ua), room), 40))}
	// Labels do not depend on the scale: each is built once (an
	// aggregate of a trial grouping is a new entry).
	return b.newCardCache(co, nums), nil
}

// axisAt returns the scale of an axis l px long.
func (h *horizontal) axisAt(l float64) scale {
	return scale{segs: segmentsFor(spans(h.entries), h.b.cr, h.ua, h.ua+l), finest: finestUnit(h.entries)}
}

// build returns the card of en with its mark on sc.
func (h *horizontal) build(en *entry, sc scale, labels *cardCache) hcard {
	return newHCard(en, drawMark(h.b.f, h.b.markSpec(en, sc), 0), labels.get(en))
}

func (h *horizontal) bins() (scale, float64, float64) {
	return h.axisAt(h.ub - h.ua), hBinPx, h.ub - h.ua
}

func (h *horizontal) fits(es []*entry, labels *cardCache) bool {
	least, band := hMinScale*(h.ub-h.ua), max(h.b.width, hMinBand)
	// Rule out by the labels' least area what cannot fit, before
	// placing any.
	area := 0.0
	for _, en := range es {
		c := labels.size(en)
		area += (c.w + hCardGap) * (c.h + hCardGap)
	}
	if area > band*(h.ub-h.ua) {
		return false
	}
	_, ok := h.placeOn(es, labels, least, band, true)
	return ok
}

func (h *horizontal) place(es []*entry, labels *cardCache) []placedCard {
	b, ua, ub, least := h.b, h.ua, h.ub, h.least
	tallest, stacked, area := 0.0, 0.0, 0.0
	{
		sc := h.axisAt(ub - ua)
		for _, en := range es {
			c := h.build(en, sc, labels)
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
	for bh := max(tallest, area/(ub-ua)); bh < stacked; bh *= 1.05 {
		if l, ok := h.longest(es, labels, bh); ok {
			length, band = l, bh
			break
		}
	}
	if band == stacked {
		if l, ok := h.longest(es, labels, band); ok {
			length = l
		}
	}
	p, _ := h.placeOn(es, labels, length, band, false)
	h.cards, h.ys, h.sc = p.cards, p.ys, p.sc

	bandBottom := h.top
	for i, c := range h.cards {
		bandBottom = max(bandBottom, h.top+h.ys[i]+c.height())
	}
	h.layLanes(bandBottom)
	h.ticks = axisTicks(b.f, h.sc, h.axisY, b.m, b.width-b.m)
	out := make([]placedCard, len(h.cards))
	for i, c := range h.cards {
		label := c.label
		if c.inline {
			label = label.indentFirst(c.dateX)
		}
		out[i] = placedCard{en: c.en, mark: c.mark, label: label,
			markAt: Point{0, h.top + h.ys[i] + c.markY()}, labelAt: Point{c.mark.mid + hLabelIndent, h.top + h.ys[i] + c.labelY()}}
	}
	return out
}

func (h *horizontal) axis() (scale, float64, []axisTick, float64) {
	return h.sc, h.axisY, h.ticks, h.axisY + tickLen + tickGap + textmetrics.LineHeight(sizeSmall)
}
