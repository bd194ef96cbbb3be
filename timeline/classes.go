package timeline

import "strings"

// Classes returns the CSS classes every backend gives an item: its own
// classes, "r-" and its role, and for text "bold" and "halo" where set, for
// shapes "f-" and its fill and "s-" and its stroke (lines have no fill).
func (it *Item) Classes() string {
	c := make([]string, 0, 4)
	if it.Class != "" {
		c = append(c, it.Class)
	}
	c = append(c, "r-"+string(it.Role))
	if it.Shape == ShapeText {
		if it.Bold {
			c = append(c, "bold")
		}
		if it.Halo {
			c = append(c, "halo")
		}
		return strings.Join(c, " ")
	}
	fill := it.Fill
	if fill == "" || it.Shape == ShapeLine {
		fill = PaintNone
	}
	stroke := it.Stroke
	if stroke == "" {
		stroke = StrokeNone
	}
	c = append(c, "f-"+string(fill), "s-"+string(stroke))
	return strings.Join(c, " ")
}
