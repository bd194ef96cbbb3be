package textmetrics

// Ellipsis is the character Truncate and WrapN end shortened text with.
const Ellipsis = "…"

// Truncate returns s unchanged if it is at most max pixels wide at font size
// size; otherwise the longest prefix of s, cut between characters and
// without trailing white space, followed by Ellipsis, that fits in max. When
// not even Ellipsis fits it returns "".
func Truncate(s string, size float64, bold bool, max float64) string {
	style := styleIndex(bold)
	if toPx(units(s, style), size) <= max {
		return s
	}
	return ellipsize(s, style, size, max)
}

// ellipsize returns the longest prefix of s, without trailing white space,
// followed by Ellipsis, that fits in max; Ellipsis alone, or "", when no
// prefix does.
func ellipsize(s string, style int, size float64, max float64) string {
	ell := units(Ellipsis, style)
	if !(toPx(ell, size) <= max) {
		return ""
	}
	best := 0
	var u int64
	for i := 0; i < len(s); {
		c := nextCluster(s[i:], style)
		u += c.units
		i += c.end
		if isBreakSpace(c.first) {
			continue
		}
		if !(toPx(u+ell, size) <= max) {
			break
		}
		best = i
	}
	return s[:best] + Ellipsis
}

// WrapN is Wrap limited to maxLines lines: when the text needs more, the
// last line kept is shortened to end with Ellipsis, so the reader sees that
// text is missing. A maxLines below 1 means no limit.
func WrapN(s string, size float64, bold bool, max float64, maxLines int) []string {
	lines := Wrap(s, size, bold, max)
	if maxLines < 1 || len(lines) <= maxLines {
		return lines
	}
	lines = lines[:maxLines]
	lines[maxLines-1] = ellipsize(lines[maxLines-1], styleIndex(bold), size, max)
	return lines
}
