package graph

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/eventgraph/eventgraph/casefile"
)

// PathOptions narrow the chains ShortestPaths looks for. The zero value
// asks for one shortest chain through records of any kind.
type PathOptions struct {
	// K is how many chains to return, shortest first; 0 means 1.
	K int
	// Avoid lists records no chain may pass through. The two ends may not
	// be avoided.
	Avoid []string
	// Via lists the kinds of record a chain may pass through between its
	// ends (KindAnonymous goes with KindClaim); empty allows every kind.
	// The ends may be of any kind.
	Via []casefile.Kind
}

// ShortestPaths returns up to o.K shortest simple chains (no record twice)
// between two records, edges taken in either direction, shortest first, by
// Yen's algorithm over breadth-first searches. Chains of equal length come
// in the order of their records' IDs, and the first is the one
// ShortestPath returns when no records are avoided and every kind allowed.
// Each chain is a distinct sequence of records; between two records it
// names the first edge in the order of Edges.
//
// Unknown IDs (also in o.Avoid) give an error wrapping ErrUnknownRecord;
// no chain at all one wrapping ErrNoPath; avoiding an end one wrapping
// ErrPathOptions. Fewer than o.K chains are returned when no more exist.
func (g *Graph) ShortestPaths(from, to string, o PathOptions) ([]Path, error) {
	s, err := g.lookup(from)
	if err != nil {
		return nil, err
	}
	t, err := g.lookup(to)
	if err != nil {
		return nil, err
	}
	blocked, err := g.blocked(o.Via, o.Avoid, s, t)
	if err != nil {
		return nil, err
	}
	k := max(o.K, 1)
	sr := newSearch(g, blocked)
	first := sr.path(s, t)
	if first == nil {
		why := "they are in different components"
		if len(o.Avoid) > 0 || len(o.Via) > 0 {
			why = "every chain between them passes through a record that is avoided or of a kind not allowed"
		}
		return nil, fmt.Errorf("%w from %q to %q: %s", ErrNoPath, from, to, why)
	}
	found := [][]int32{first}
	var candidates [][]int32
	for len(found) < k {
		prev := found[len(found)-1]
		for i := 0; i+1 < len(prev); i++ {
			root := prev[:i+1]
			sr.cut = sr.cut[:0]
			for _, p := range found {
				if len(p) > i+1 && slices.Equal(p[:i+1], root) {
					sr.cut = append(sr.cut, [2]int32{p[i], p[i+1]})
				}
			}
			for _, v := range root[:i] {
				sr.blocked[v] = true
			}
			spur := sr.path(prev[i], t)
			for _, v := range root[:i] {
				sr.blocked[v] = blocked != nil && blocked[v]
			}
			if spur == nil {
				continue
			}
			cand := append(slices.Clone(root[:i]), spur...)
			if !slices.ContainsFunc(candidates, func(c []int32) bool { return slices.Equal(c, cand) }) &&
				!slices.ContainsFunc(found, func(c []int32) bool { return slices.Equal(c, cand) }) {
				candidates = append(candidates, cand)
			}
		}
		sr.cut = sr.cut[:0]
		if len(candidates) == 0 {
			break
		}
		best := 0
		for i, c := range candidates {
			if comparePaths(c, candidates[best]) < 0 {
				best = i
			}
		}
		found = append(found, candidates[best])
		candidates = slices.Delete(candidates, best, best+1)
	}
	out := make([]Path, len(found))
	for i, p := range found {
		out[i] = g.pathOf(p)
	}
	return out, nil
}

// comparePaths orders chains by length, then by their records' IDs.
func comparePaths(a, b []int32) int {
	return cmp.Or(cmp.Compare(len(a), len(b)), slices.Compare(a, b))
}

// pathOf turns a chain of vertex positions into a Path.
func (g *Graph) pathOf(chain []int32) Path {
	p := Path{IDs: make([]string, len(chain))}
	for i, v := range chain {
		p.IDs[i] = g.vertices[v].ID
		if i > 0 {
			p.Edges = append(p.Edges, g.expand(&g.edges[g.firstEdge(chain[i-1], v)]))
		}
	}
	return p
}

// blocked returns which vertices a search may not pass through, given the
// kinds allowed and the records avoided (nil when nothing is blocked); the
// ends s and t are never blocked.
func (g *Graph) blocked(via []casefile.Kind, avoid []string, s, t int32) ([]bool, error) {
	if len(via) == 0 && len(avoid) == 0 {
		return nil, nil
	}
	blocked := make([]bool, len(g.vertices))
	if len(via) > 0 {
		allowed := func(k casefile.Kind) bool {
			if k == KindAnonymous {
				k = casefile.KindClaim
			}
			return slices.Contains(via, k)
		}
		for i, v := range g.vertices {
			blocked[i] = !allowed(v.Kind)
		}
	}
	for _, id := range avoid {
		v, err := g.lookup(id)
		if err != nil {
			return nil, err
		}
		if v == s || v == t {
			return nil, fmt.Errorf("%w: %q is an end of the chain, so it cannot be avoided", ErrPathOptions, id)
		}
		blocked[v] = true
	}
	blocked[s], blocked[t] = false, false
	return blocked, nil
}

// search runs breadth-first searches on g, reusing its buffers.
type search struct {
	g       *Graph
	blocked []bool     // vertices not to pass through (nil: none)
	cut     [][2]int32 // pairs of vertices whose edges are not to be taken
	pred    []int32    // -1 when not reached
	touched []int32
}

func newSearch(g *Graph, blocked []bool) *search {
	sr := &search{g: g, blocked: blocked, pred: make([]int32, len(g.vertices))}
	if sr.blocked == nil {
		sr.blocked = make([]bool, len(g.vertices))
	}
	for i := range sr.pred {
		sr.pred[i] = -1
	}
	return sr
}

// path returns a shortest chain from s to t, or nil. It expands each
// depth's vertices in ID order and every vertex's neighbours in ID order,
// and keeps the first way each vertex is reached, so the same chain comes
// out every time. Blocked vertices are neither entered nor left (except s).
func (sr *search) path(s, t int32) []int32 {
	g := sr.g
	defer func() {
		for _, v := range sr.touched {
			sr.pred[v] = -1
		}
		sr.touched = sr.touched[:0]
	}()
	sr.reach(s, s)
	layer := []int32{s}
	for sr.pred[t] < 0 && len(layer) > 0 {
		var next []int32
	expand:
		for _, v := range layer {
			for _, w := range g.neighbours(v) {
				if sr.pred[w] >= 0 || w != t && sr.blocked[w] || sr.isCut(v, w) {
					continue
				}
				sr.reach(w, v)
				if w == t {
					break expand
				}
				next = append(next, w)
			}
		}
		slices.Sort(next)
		layer = next
	}
	if sr.pred[t] < 0 {
		return nil
	}
	var chain []int32
	for v := t; v != s; v = sr.pred[v] {
		chain = append(chain, v)
	}
	chain = append(chain, s)
	slices.Reverse(chain)
	return chain
}

func (sr *search) reach(v, from int32) {
	sr.pred[v] = from
	sr.touched = append(sr.touched, v)
}

func (sr *search) isCut(a, b int32) bool {
	for _, c := range sr.cut {
		if c[0] == a && c[1] == b || c[0] == b && c[1] == a {
			return true
		}
	}
	return false
}
