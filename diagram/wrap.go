package diagram

import (
	"github.com/eventgraph/eventgraph/internal/textmetrics"
)

// textWidth returns the width in points of s at size, as drawn in Arial.
func textWidth(s string, size float64, bold bool) float64 {
	return textmetrics.Width(s, size, bold)
}

// wrap breaks s (cleaned of control characters) into lines no wider than
// max points at size, breaking at spaces and beside CJK characters. With
// maxLines > 0 it keeps that many lines, ending the last with an ellipsis
// when text was left out. Empty text gives no lines.
func wrap(s string, size float64, bold bool, max float64, maxLines int) []string {
	s = clean(s)
	if s == "" {
		return nil
	}
	return textmetrics.WrapN(s, size, bold, max, maxLines)
}

// widest returns the width of the widest line.
func widest(lines []string, size float64, bold bool) float64 {
	w := 0.0
	for _, l := range lines {
		w = max(w, textWidth(l, size, bold))
	}
	return w
}
