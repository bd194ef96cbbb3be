package explore

import (
	"context"
	"math"
	"strings"

	"github.com/eventgraph/eventgraph/diagram"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/scene"
)

// GraphvizUpTo is the number of records up to which the graph view takes
// its positions from the relationship diagram's own Graphviz layout
// (diagram.Layout of every record), so that the explorer and the pictures
// of "eventgraph render" show a case the same way. Above it, or when
// Graphviz fails, the positions come from the force layout (layout.go):
// Graphviz's dot engine grows much faster than linearly with the records
// (seconds from a few thousand), the force layout about as n log n.
const GraphvizUpTo = 400

// graphvizPositions returns the centre of each record the diagram of
// every record draws, in the diagram's pixels scaled to units of about one
// edge length (y down), by record ID. Records the diagram folds away are
// missing.
func graphvizPositions(ctx context.Context, g *graph.Graph) (map[string][2]float64, error) {
	kinds, err := diagram.ParseKinds("all")
	if err != nil {
		return nil, err
	}
	s, err := diagram.Layout(ctx, diagram.Whole(g, kinds), diagram.Options{})
	if err != nil {
		return nil, err
	}
	ids := make(map[string]string, len(g.Vertices()))
	for _, v := range g.Vertices() {
		ids["n-"+strings.ReplaceAll(v.ID, "~", "_")] = v.ID
	}
	out := map[string][2]float64{}
	var walk func(es []scene.Element)
	walk = func(es []scene.Element) {
		for i := range es {
			e := &es[i]
			if strings.Contains(e.Class, "eg-legend") {
				continue
			}
			if id, ok := ids[e.ID]; ok && e.Kind == scene.Group {
				if b := e.Bounds(); !b.Empty() {
					// Graphviz's ranks are about 100 px apart; the page
					// scales any positions to its view.
					out[id] = [2]float64{round2((b.X0 + b.X1) / 200), round2((b.Y0 + b.Y1) / 200)}
				}
				continue
			}
			walk(e.Children)
		}
	}
	walk(s.Elements)
	return out, nil
}

// place gives the position of every node: from gv (Graphviz's positions by
// ID) when it has any, each node it lacks (a record the diagram folds)
// beside the placed nodes it is tied to, or below the others; else from
// the force layout.
func place(ids []string, edges [][2]int, gv map[string][2]float64) [][2]float64 {
	if len(gv) == 0 {
		return layout(len(ids), edges)
	}
	pos := make([][2]float64, len(ids))
	placed := make([]bool, len(ids))
	maxY := 0.0
	for i, id := range ids {
		if p, ok := gv[id]; ok {
			pos[i], placed[i] = p, true
			maxY = max(maxY, p[1])
		}
	}
	adj := make([][]int, len(ids))
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	row := 0
	for i := range ids {
		if placed[i] {
			continue
		}
		var sx, sy float64
		n := 0
		for _, j := range adj[i] {
			if placed[j] {
				sx, sy, n = sx+pos[j][0], sy+pos[j][1], n+1
			}
		}
		if n > 0 {
			a := float64(i) * 2.399963229728653 // golden angle: neighbours of one record spread
			pos[i] = [2]float64{round2(sx/float64(n) + 0.3*math.Cos(a)), round2(sy/float64(n) + 0.3*math.Sin(a))}
		} else {
			pos[i] = [2]float64{float64(row), round2(maxY + 1)}
			row++
		}
	}
	return pos
}
