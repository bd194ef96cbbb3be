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
// wide enough for it on one line,
// else wrapped onto up to laneLines lines in the widest stretch, cut
// short only when even that is too narrow. It returns the name's text at
// y = 0 and its left edge.
func laneName(name string, kind Role, class string, xs [][2]float64, lo, hi float64) Item {
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
	w := textmetrics.Width(name, laneSize, true)
	for _, g := range gaps {
		if g.b-g.a >= w {
			return textItem(kind, class, []string{name}, g.a, 0, laneSize, true)
		}
	}
	widest := gap{lo, lo}
	for _, g := range gaps {
		if g.b-g.a > widest.b-widest.a {
			widest = g
		}
	}
	lines := textmetrics.WrapN(name, laneSize, true, max(widest.b-widest.a, 1), laneLines)
	return textItem(kind, class, lines, widest.a, 0, laneSize, true)
}
