package explore

import (
	"math"
	"slices"
)

// layout places n nodes joined by edges (pairs of node indexes, each pair
// once) with a force-directed layout (Fruchterman and Reingold) whose
// repulsion is approximated with a Barnes-Hut quadtree, so a round costs
// about n log n. It is
// deterministic: the start is a golden-angle spiral in node order, and
// every round visits nodes and edges in order. Coordinates are in units of
// the ideal edge length, centred near 0.
func layout(n int, edges [][2]int) [][2]float64 {
	pos := make([][2]float64, n)
	if n == 0 {
		return pos
	}
	// Start: nodes on a spiral, neighbours pulled next to each other by
	// ordering the spiral breadth-first from the best-connected node.
	order := bfsOrder(n, edges)
	for rank, i := range order {
		r := math.Sqrt(float64(rank) + 0.5)
		a := float64(rank) * 2.399963229728653 // golden angle
		pos[i] = [2]float64{r * math.Cos(a), r * math.Sin(a)}
	}
	rounds := 120
	switch {
	case n > 20000:
		rounds = 30
	case n > 5000:
		rounds = 50
	}
	const k = 1.0 // ideal edge length
	disp := make([][2]float64, n)
	temp := math.Sqrt(float64(n)) / 4
	var tree quadtree
	var stack []int32
	for round := 0; round < rounds; round++ {
		tree.build(pos)
		for i := range pos {
			disp[i] = [2]float64{-0.02 * pos[i][0], -0.02 * pos[i][1]} // gravity keeps components near
			stack = tree.repel(int32(i), pos, k*k, 0.9, &disp[i], stack)
		}
		for _, e := range edges {
			a, b := e[0], e[1]
			ddx, ddy := pos[a][0]-pos[b][0], pos[a][1]-pos[b][1]
			d := math.Sqrt(ddx*ddx + ddy*ddy)
			if d < 1e-9 {
				continue
			}
			f := d / k // |force| = d²/k, along the unit vector
			disp[a][0] -= ddx * f
			disp[a][1] -= ddy * f
			disp[b][0] += ddx * f
			disp[b][1] += ddy * f
		}
		for i := range pos {
			d := math.Hypot(disp[i][0], disp[i][1])
			if d < 1e-12 {
				continue
			}
			step := math.Min(d, temp)
			pos[i][0] += disp[i][0] / d * step
			pos[i][1] += disp[i][1] / d * step
		}
		temp = math.Max(temp*0.95, 0.02)
	}
	return pos
}

// bfsOrder lists the nodes breadth-first, each component from its node of
// highest degree (lowest index on ties), components by that node's degree.
func bfsOrder(n int, edges [][2]int) []int {
	adj := make([][]int, n)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	starts := make([]int, n)
	for i := range starts {
		starts[i] = i
	}
	// Stable sort by degree, descending.
	sortByDegree(starts, adj)
	seen := make([]bool, n)
	order := make([]int, 0, n)
	for _, s := range starts {
		if seen[s] {
			continue
		}
		seen[s] = true
		queue := []int{s}
		for len(queue) > 0 {
			v := queue[0]
			queue = queue[1:]
			order = append(order, v)
			for _, w := range adj[v] {
				if !seen[w] {
					seen[w] = true
					queue = append(queue, w)
				}
			}
		}
	}
	return order
}

func sortByDegree(ids []int, adj [][]int) {
	slices.SortStableFunc(ids, func(a, b int) int { return len(adj[b]) - len(adj[a]) })
}
