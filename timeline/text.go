package timeline

import (
	"strings"

	"github.com/eventgraph/eventgraph/internal/textmetrics"
)

// Font sizes in px.
const (
	sizeTitle      = 22.0
	sizeSubtitle   = 14.0
	sizeHeading    = 14.0
	sizeLabel      = 13.0 // event titles
	sizeSmall      = 11.5 // dates, participants, tick labels
	sizeBadge      = 11.0 // badge text
	sizeBody       = 12.5 // claim statements, legend
	sizeSourceList = 11.5
)

// cleanText makes one line of a record's text: runs of white space
// (newlines included) become one space.
func cleanText(s string) string {
	if isClean(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// isClean reports whether s is ASCII text that cleanText keeps as it is:
// no white space but single spaces between words.
func isClean(s string) bool {
	space := true // a leading space is not clean
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80 || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c == ' ':
			if space {
				return false
			}
			space = true
		default:
			space = false
		}
	}
	return !space || s == ""
}

// textItem returns a text Item of lines with its box's top-left corner at
// x, y (anchor start) and the box's size.
func textItem(role Role, class string, lines []string, x, y, size float64, bold bool) Item {
	lh := textmetrics.LineHeight(size)
	asc, desc := textmetrics.Ascent(size), textmetrics.Descent(size)
	lead := (lh - asc - desc) / 2
	it := Item{Shape: ShapeText, Role: role, Class: class, X: x, Y: y, Size: size, Bold: bold, Solid: true}
	w := 0.0
	for i, l := range lines {
		w = max(w, textmetrics.Width(l, size, bold))
		it.Lines = append(it.Lines, Line{Text: l, X: x, Y: y + float64(i)*lh + lead + asc})
	}
	it.W, it.H = w, float64(len(lines))*lh
	return it
}

// block stacks items from the top down inside a column, measuring its
// size. Its items are positioned relative to the block's top-left corner.
type block struct {
	items []Item
	w, h  float64
}

// text adds wrapped text below what the block holds, gap px lower, no
// wider than maxW and in at most maxLines lines (0: no limit).
func (b *block) text(role Role, class, s string, size float64, bold bool, maxW float64, maxLines int, gap float64) {
	if s == "" {
		return
	}
	var lines []string
	if maxLines > 0 {
		lines = textmetrics.WrapN(s, size, bold, maxW, maxLines)
	} else {
		lines = textmetrics.Wrap(s, size, bold, maxW)
	}
	y := b.h
	if len(b.items) > 0 {
		y += gap
	}
	it := textItem(role, class, lines, 0, y, size, bold)
	it.Halo = true
	b.add(it)
}

// add appends an item positioned in block coordinates and grows the block.
func (b *block) add(it Item) {
	bx := it.Bounds()
	b.w = max(b.w, bx.X+bx.W)
	b.h = max(b.h, bx.Y+bx.H)
	b.items = append(b.items, it)
}

// placed returns the block's items moved to x, y, tagged with group
// unless they already belong to one.
func (b *block) placed(x, y float64, group string) []Item {
	out := make([]Item, len(b.items))
	for i, it := range b.items {
		out[i] = moved(it, x, y)
		if out[i].Group == "" {
			out[i].Group = group
		}
	}
	return out
}

// moved returns it shifted by dx, dy.
func moved(it Item, dx, dy float64) Item {
	it.X += dx
	it.Y += dy
	if len(it.Points) > 0 {
		ps := make([]Point, len(it.Points))
		for i, p := range it.Points {
			ps[i] = Point{p.X + dx, p.Y + dy}
		}
		it.Points = ps
	}
	if len(it.Lines) > 0 {
		ls := make([]Line, len(it.Lines))
		for i, l := range it.Lines {
			ls[i] = Line{l.Text, l.X + dx, l.Y + dy}
		}
		it.Lines = ls
	}
	return it
}

// textWidth measures regular text.
func textWidth(s string, size float64) float64 {
	return textmetrics.Width(s, size, false)
}

// shortenAtWord wraps s into lines of at most maxW px, at most maxLines of
// them: when it needs more, the last line kept ends at a word with an
// ellipsis.
func shortenAtWord(s string, size float64, bold bool, maxW float64, maxLines int) []string {
	lines := textmetrics.Wrap(s, size, bold, maxW)
	if maxLines < 1 || len(lines) <= maxLines {
		return lines
	}
	lines = lines[:maxLines]
	last := strings.Fields(lines[maxLines-1])
	for len(last) > 1 && textmetrics.Width(strings.Join(last, " ")+textmetrics.Ellipsis, size, bold) > maxW {
		last = last[:len(last)-1]
	}
	l := strings.Join(last, " ")
	l = strings.TrimRight(l, ",;:.–—-") + textmetrics.Ellipsis
	if textmetrics.Width(l, size, bold) > maxW {
		l = textmetrics.Truncate(l, size, bold, maxW)
	}
	lines[maxLines-1] = l
	return lines
}
