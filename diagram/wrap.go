package diagram

import (
	"strings"
	"unicode"

	"github.com/eventgraph/eventgraph/internal/textmetrics"
)

// textWidth returns the width in points of s at size, as drawn in Arial.
func textWidth(s string, size float64, bold bool) float64 {
	return textmetrics.Width(s, size, bold)
}

// wrap breaks s (cleaned of control characters) into lines no wider than
// max points at size, breaking at spaces and beside CJK characters. With
// maxLines > 0 it keeps that many lines, ending the last at a word with an
// ellipsis when text was left out (inside a word only when the line is one
// word, as CJK text is). Empty text gives no lines.
func wrap(s string, size float64, bold bool, max float64, maxLines int) []string {
	s = clean(s)
	if s == "" {
		return nil
	}
	ls := textmetrics.Wrap(s, size, bold, max)
	if maxLines < 1 || len(ls) <= maxLines {
		return ls
	}
	ls = ls[:maxLines]
	ls[maxLines-1] = ellipsizeWords(ls[maxLines-1], size, bold, max)
	return ls
}

// ellipsizeWords ends line with an ellipsis within max points, dropping
// whole words from its end (and the punctuation left before the
// ellipsis); a line of one word is cut inside it.
func ellipsizeWords(line string, size float64, bold bool, max float64) string {
	l := line
	for {
		l = strings.TrimRightFunc(l, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(",;:–—-", r) })
		if l != "" && textWidth(l+textmetrics.Ellipsis, size, bold) <= max {
			return l + textmetrics.Ellipsis
		}
		i := strings.LastIndexFunc(l, unicode.IsSpace)
		if i <= 0 {
			break
		}
		l = l[:i]
	}
	rs := []rune(strings.TrimRightFunc(line, unicode.IsSpace))
	for n := len(rs) - 1; n > 0; n-- {
		if t := string(rs[:n]) + textmetrics.Ellipsis; textWidth(t, size, bold) <= max {
			return t
		}
	}
	return textmetrics.Ellipsis
}

// widest returns the width of the widest line.
func widest(lines []string, size float64, bold bool) float64 {
	w := 0.0
	for _, l := range lines {
		w = max(w, textWidth(l, size, bold))
	}
	return w
}
