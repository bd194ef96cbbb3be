package graph

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/internal/gen"
)

// checkInvariants checks what every query promises, on a whole graph (with
// or without its sources).
func checkInvariants(t *testing.T, g *Graph, sources bool) {
	t.Helper()
	c := g.Case()
	anonymous := 0
	for _, cl := range c.Claims {
		for _, a := range cl.Claimants {
			if a.Who == "" {
				anonymous++
			}
		}
	}
	records := len(c.People) + len(c.Organizations) + len(c.Events) + len(c.Claims)
	if sources {
		records += len(c.Sources)
	}
	if g.Order() != records+anonymous {
		t.Errorf("%d vertices, want %d records + %d anonymous groups", g.Order(), records, anonymous)
	}
	edges := g.Edges()
	if !slices.IsSortedFunc(edges, func(a, b Edge) int {
		return cmp.Or(cmp.Compare(g.index[a.From], g.index[b.From]), cmp.Compare(g.index[a.To], g.index[b.To]),
			strings.Compare(string(a.Kind), string(b.Kind)), strings.Compare(a.Label, b.Label),
			strings.Compare(a.Pos.File, b.Pos.File), cmp.Compare(a.Pos.Line, b.Pos.Line), cmp.Compare(a.Pos.Col, b.Pos.Col))
	}) {
		t.Error("Edges() is not sorted")
	}
	degrees := 0
	for _, v := range g.Vertices() {
		degrees += len(g.EdgesOf(v.ID))
	}
	selfLoops := 0
	for _, e := range edges {
		if e.From == e.To {
			selfLoops++
		}
	}
	if degrees != 2*len(edges)-selfLoops {
		t.Errorf("EdgesOf lists %d edge ends, want %d", degrees, 2*len(edges)-selfLoops)
	}

	seen := map[string]bool{}
	for _, comp := range g.Components() {
		if !slices.IsSorted(comp) {
			t.Errorf("component %v is not sorted", comp[:min(5, len(comp))])
		}
		for _, id := range comp {
			if seen[id] {
				t.Errorf("%s in two components", id)
			}
			seen[id] = true
		}
	}
	if len(seen) != g.Order() {
		t.Errorf("components cover %d vertices of %d", len(seen), g.Order())
	}

	// Every hop's depth is the length of the shortest path to it, and every
	// path's edges join its consecutive records.
	vs := g.Vertices()
	for _, start := range []*Vertex{vs[0], vs[len(vs)/2], vs[len(vs)-1]} {
		hops, err := g.Neighbours(start.ID, 3)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hops {
			p, err := g.ShortestPath(start.ID, h.ID)
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Edges) != h.Depth || len(p.IDs) != h.Depth+1 {
				t.Fatalf("%s to %s: hop depth %d, path %v", start.ID, h.ID, h.Depth, p.IDs)
			}
			for i, e := range p.Edges {
				a, b := p.IDs[i], p.IDs[i+1]
				if !(e.From == a && e.To == b || e.From == b && e.To == a) {
					t.Fatalf("path %v: edge %d %s→%s does not join %s and %s", p.IDs, i, e.From, e.To, a, b)
				}
			}
		}
	}
}

func TestGeneratedCases(t *testing.T) {
	for _, n := range []int{10, 300} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			c, err := casefile.Load(gen.FS(gen.Options{Events: n, Seed: 5}), ".")
			if err != nil {
				t.Fatal(err)
			}
			g := mustBuild(t, c)
			checkInvariants(t, g, true)
			checkInvariants(t, g.WithoutSources(), false)
			again := mustBuild(t, c)
			if !slices.Equal(edgeStrings(g.Edges()), edgeStrings(again.Edges())) {
				t.Error("two builds of one case differ")
			}
		})
	}
}

func TestSeedCase(t *testing.T) {
	c, err := casefile.Load(os.DirFS("../data/han-dong"), ".")
	if err != nil {
		t.Fatal(err)
	}
	g := mustBuild(t, c)
	checkInvariants(t, g, true)
	checkInvariants(t, g.WithoutSources(), false)
}
