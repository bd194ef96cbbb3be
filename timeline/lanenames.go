package timeline

import (
	"sort"

	"github.com/eventgraph/eventgraph/internal/textmetrics"
)

// laneNameGap is the least room between a lane's name and a connector
// crossing its lane.
const laneNameGap = 7.0

// laneName lays out the name of a lane on its line, inside the chart,
// where no connector crosses it and no mark stands: in the first stretch
// between the connectors and marks on the lane (at xs, each from..to)
// wide enough for it on one line; failing that, the first of its aliases
// that fits on one line (its full name stays in the lane's tooltip);
// else wrapped onto up to laneLines lines in the widest stretch, in the
// fewest lines any of its names takes, cut short only when even that is
// too narrow. It returns the name's text at y = 0 and its left edge.
func laneName(name string, aliases []string, kind Role, class string, xs [][2]float64, lo, hi float64) Item {
	sort.Slice(xs, func(i, j int) bool { return xs[i][0] < xs[j][0] })
	type gap struct{ a, b float64 }
	var gaps []gap
	a := lo
	for _, x := range xs {
		if x[0]-laneNameGap > a {
			gaps = append(gaps, gap{a, x[0] - laneNameGap})
		}
		a = max(a, x[1]+laneNameGap)
	}
	if hi > a {
		gaps = append(gaps, gap{a, hi})
	}
	names := []string{name}
	for _, al := range aliases {
		if al = cleanText(al); al != "" && len(al) < len(name) {
			names = append(names, al)
		}
	}
	for _, n := range names {
		w := textmetrics.Width(n, laneSize, true)
		for _, g := range gaps {
			if g.b-g.a >= w {
				return textItem(kind, class, []string{n}, g.a, 0, laneSize, true)
			}
		}
	}
	widest := gap{lo, lo}
	for _, g := range gaps {
		if g.b-g.a > widest.b-widest.a {
			widest = g
		}
	}
	var lines []string
	for _, n := range names {
		ls := textmetrics.WrapN(n, laneSize, true, max(widest.b-widest.a, 1), laneLines)
		if lines == nil || len(ls) < len(lines) {
			lines = ls
		}
	}
	return textItem(kind, class, lines, widest.a, 0, laneSize, true)
}
