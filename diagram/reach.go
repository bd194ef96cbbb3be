package diagram

// reach walks adj breadth first from start, which depth must hold, and
// gives every record it reaches that depth does not hold yet its distance
// from start plus depth[start], calling onReach (when not nil) with the
// record and the one it was reached from. It returns the greatest depth it
// gave, or depth[start] when it gave none.
func reach(adj map[string][]string, depth map[string]int, start string, onReach func(id, from string)) int {
	far := depth[start]
	queue := []string{start}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		for _, m := range adj[id] {
			if _, ok := depth[m]; !ok {
				depth[m] = depth[id] + 1
				far = max(far, depth[m])
				if onReach != nil {
					onReach(m, id)
				}
				queue = append(queue, m)
			}
		}
	}
	return far
}
