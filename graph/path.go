package graph

import "fmt"

// Path is a chain of records joined by edges. Edges[i] joins IDs[i] and
// IDs[i+1]; it keeps its own direction, so its From may be IDs[i+1].
type Path struct {
	IDs   []string
	Edges []Edge
}

// ShortestPath returns a shortest chain of edges, taken in either direction,
// from one record to another. Among equally short chains it picks the same
// one every time: the search expands each depth's vertices in ID order, so
// every record on the path is reached from the smallest-ID record one step
// nearer the start, and between two records it reports the first edge in the
// order of Edges.
//
// Unknown IDs give an error wrapping ErrUnknownRecord; records with no chain
// between them one wrapping ErrNoPath. A record's path to itself is the
// record alone. To keep shared sources out of the chain, ask
// g.WithoutSources().
func (g *Graph) ShortestPath(from, to string) (Path, error) {
	paths, err := g.ShortestPaths(from, to, PathOptions{})
	if err != nil {
		return Path{}, err
	}
	return paths[0], nil
}

// firstEdge returns the position in g.edges of the first edge joining a and
// b in either direction; they must be adjacent.
func (g *Graph) firstEdge(a, b int32) int32 {
	for _, e := range g.incidentEdges(a) {
		if x := &g.edges[e]; x.from == b || x.to == b {
			return e
		}
	}
	panic(fmt.Sprintf("graph: vertices %d and %d are not adjacent", a, b))
}
