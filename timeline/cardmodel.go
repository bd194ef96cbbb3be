package timeline

import (
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/internal/textmetrics"
)

// card is the label of an entry as rows, measured but not yet drawn: the
// layout places a card by its size, and the items drawn come from the same
// rows (see items), so the size the layout reckons with is the size drawn.
// Its rows are positioned relative to its top-left corner.
type card struct {
	rows []cardRow
	w, h float64
	// cut is set when a row's text may have been shortened to its
	// lines (see narrowed).
	cut bool
	// n counts the rows added; a card built only to be measured
	// (sizeOnly) keeps their size and not the rows themselves.
	n        int
	sizeOnly bool
}

// rowKind is what a row of a card draws.
type rowKind uint8

const (
	rowText  rowKind = iota // lines of text in one style
	rowRule                 // a short rule parting the events of a stack
	rowCount                // the claim count of an aggregate, boxed
	rowClaim                // a claim beside its event: a status swatch and its text
	rowBadge                // a claim's status badge, over the claim written in full
)

// cardRow is one row of a card: its kind, its box (x to x+w, y to y+h)
// and what it writes.
type cardRow struct {
	kind   rowKind
	x, y   float64
	w, h   float64
	role   Role
	class  string
	size   float64
	bold   bool
	lines  []string
	status casefile.Status // claim and badge rows
	group  string          // the group of the row's items; "" for the card's
	cut    bool            // the text may have been shortened to lines
}

// add appends a row and grows the card to hold it.
func (c *card) add(r cardRow) {
	c.cut = c.cut || r.cut
	c.w = max(c.w, r.x+r.w)
	c.h = max(c.h, r.y+r.h)
	c.n++
	if !c.sizeOnly {
		c.rows = append(c.rows, r)
	}
}

// text adds wrapped text below what the card holds, gap px lower, no
// wider than maxW and in at most maxLines lines (0: no limit).
func (c *card) text(role Role, class, s string, size float64, bold bool, maxW float64, maxLines int, gap float64) {
	if s == "" {
		return
	}
	var lines []string
	cut := false
	if maxLines > 0 {
		lines = textmetrics.WrapN(s, size, bold, maxW, maxLines)
		cut = len(lines) == maxLines && strings.HasSuffix(lines[maxLines-1], textmetrics.Ellipsis)
	} else {
		lines = textmetrics.Wrap(s, size, bold, maxW)
	}
	y := c.h
	if c.n > 0 {
		y += gap
	}
	c.add(cardRow{kind: rowText, y: y, w: linesWidth(lines, size, bold), h: float64(len(lines)) * textmetrics.LineHeight(size),
		role: role, class: class, size: size, bold: bold, lines: lines, cut: cut})
}

// rule adds a short rule 4 px below what the card holds, and 4 px of room
// under it.
func (c *card) rule(maxW float64) {
	c.add(cardRow{kind: rowRule, y: c.h + 4, w: min(40, maxW)})
	c.h += 4
}

// put adds the rows of sub, dy px lower.
func (c *card) put(sub card, dy float64) {
	for _, r := range sub.rows {
		r.y += dy
		c.add(r)
	}
}

// indentFirst returns a copy of the card with its first row moved dx
// right.
func (c card) indentFirst(dx float64) card {
	out := card{rows: make([]cardRow, 0, len(c.rows))}
	for i, r := range c.rows {
		if i == 0 {
			r.x += dx
		}
		out.add(r)
	}
	out.h = c.h // room a rule leaves below it is kept
	return out
}

// linesWidth returns the width of the widest of lines.
func linesWidth(lines []string, size float64, bold bool) float64 {
	w := 0.0
	for _, l := range lines {
		w = max(w, textmetrics.Width(l, size, bold))
	}
	return w
}

// items draws the card with its top-left corner at x, y; its items
// belong to group unless a row names its own.
func (c *card) items(x, y float64, group string) []Item {
	out := make([]Item, 0, 2*len(c.rows))
	for _, r := range c.rows {
		start := len(out)
		out = r.draw(out)
		g := r.group
		if g == "" {
			g = group
		}
		for i := start; i < len(out); i++ {
			out[i] = moved(out[i], x, y)
			out[i].Group = g
		}
	}
	return out
}

// block returns the card drawn at 0, 0 as a block, its items in group.
func (c *card) block(group string) block {
	return block{items: c.items(0, 0, group), w: c.w, h: c.h}
}

// draw appends the items of the row, in card coordinates.
func (r *cardRow) draw(out []Item) []Item {
	switch r.kind {
	case rowText:
		it := textItem(r.role, r.class, r.lines, r.x, r.y, r.size, r.bold)
		it.Halo = true
		return append(out, it)
	case rowRule:
		return append(out, Item{Shape: ShapeLine, Role: RoleGrid, Class: "eg-rule", Stroke: StrokeSolid, Width: 1,
			Points: []Point{{r.x, r.y}, {r.x + r.w, r.y}}})
	case rowCount:
		return appendMoved(out, countItems(r.lines[0], r.w), r.x, r.y)
	case rowClaim:
		return appendMoved(out, claimLineItems(r.status, r.lines, r.size), r.x, r.y)
	case rowBadge:
		return appendMoved(out, badgeItems(r.status, r.lines[0], r.w), r.x, r.y)
	}
	return out
}

// appendMoved appends items moved dx right and dy down.
func appendMoved(out, items []Item, dx, dy float64) []Item {
	for _, it := range items {
		out = append(out, moved(it, dx, dy))
	}
	return out
}
