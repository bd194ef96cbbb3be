package graph

import (
	"errors"
	"slices"
	"testing"

	dgraph "github.com/dominikbraun/graph"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

func TestLibrary(t *testing.T) {
	g := mustBuild(t, smallCase(t))
	lg := g.Library()
	if order, err := lg.Order(); err != nil || order != g.Order() {
		t.Errorf("library Order() = %d, %v; want %d", order, err, g.Order())
	}
	if size, err := lg.Size(); err != nil || size != 14 { // 16 typed edges; bob→leak and leak→s1 hold two each
		t.Errorf("library Size() = %d, %v; want 14", size, err)
	}
	e, err := lg.Edge("bob", "leak")
	if err != nil {
		t.Fatal(err)
	}
	if e.Source.ID != "bob" || e.Target.ID != "leak" {
		t.Errorf("library edge bob→leak joins %s and %s", e.Source.ID, e.Target.ID)
	}
	ties, _ := e.Properties.Data.(Ties)
	want := []string{"bob -claimant-> leak :43", "bob -response-> leak [denies] @2021-03-05 :48"}
	if got := edgeStrings(ties.Edges()); !slices.Equal(got, want) || ties.Len() != 2 {
		t.Errorf("library edge bob→leak ties %q (Len %d), want %q", got, ties.Len(), want)
	}
	if _, err := lg.Edge("leak", "bob"); !errors.Is(err, dgraph.ErrEdgeNotFound) {
		t.Errorf("directed library edge leak→bob: err %v, want ErrEdgeNotFound", err)
	}
	if _, err := lg.Vertex("nobody"); !errors.Is(err, dgraph.ErrVertexNotFound) {
		t.Errorf("library Vertex(nobody): err %v, want ErrVertexNotFound", err)
	}
	if g.Library() != lg {
		t.Error("Library() made a second graph")
	}
	v := &Vertex{ID: "new"}
	for name, err := range map[string]error{
		"AddVertex":    lg.AddVertex(v),
		"AddEdge":      lg.AddEdge("alice", "dave"),
		"RemoveEdge":   lg.RemoveEdge("bob", "leak"),
		"RemoveVertex": lg.RemoveVertex("dave"),
	} {
		if !errors.Is(err, ErrReadOnly) {
			t.Errorf("library %s: err %v, want ErrReadOnly", name, err)
		}
	}
	if order, _ := lg.Order(); order != g.Order() {
		t.Errorf("the library graph changed: %d vertices", order)
	}
}

func TestUndirected(t *testing.T) {
	g := mustBuild(t, smallCase(t))
	ug := g.Undirected()
	e, err := ug.Edge("leak", "bob")
	if err != nil {
		t.Fatal(err)
	}
	ties, _ := e.Properties.Data.(Ties)
	want := []string{"bob -claimant-> leak :43", "bob -response-> leak [denies] @2021-03-05 :48"}
	if got := edgeStrings(ties.Edges()); !slices.Equal(got, want) {
		t.Errorf("undirected edge leak–bob ties %q, want %q", got, want)
	}
	if size, err := ug.Size(); err != nil || size != 14 {
		t.Errorf("undirected Size() = %d, %v; want 14 (pairs)", size, err)
	}
	adj, err := ug.AdjacencyMap()
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range g.Vertices() {
		var got []string
		for w := range adj[v.ID] {
			got = append(got, w)
		}
		slices.Sort(got)
		hops, _ := g.Neighbours(v.ID, 1)
		var want []string
		for _, h := range hops[1:] {
			want = append(want, h.ID)
		}
		if !slices.Equal(got, want) {
			t.Errorf("undirected adjacency of %s: %q, want %q", v.ID, got, want)
		}
	}
}

// TestLibraryAlgorithms runs the library's own algorithms on the views and
// checks them against the package's queries on the bundled case.
func TestLibraryAlgorithms(t *testing.T) {
	g := mustBuild(t, testcase.Seed(t))
	ug := g.Undirected()
	ids := []string{"han-dong", "han-tao", "justin-trudeau", "michael-kovrig"}
	for _, from := range ids {
		for _, to := range ids {
			ours, err := g.ShortestPath(from, to)
			if err != nil {
				t.Fatalf("ShortestPath(%s, %s): %v", from, to, err)
			}
			theirs, err := dgraph.ShortestPath(ug, from, to)
			if err != nil {
				t.Fatalf("dgraph.ShortestPath(%s, %s): %v", from, to, err)
			}
			if len(theirs) != len(ours.IDs) {
				t.Errorf("%s → %s: library path %q, ours %q: lengths differ", from, to, theirs, ours.IDs)
			}
		}
	}
	var reached []string
	if err := dgraph.BFS(ug, "han-dong", func(id string) bool { reached = append(reached, id); return false }); err != nil {
		t.Fatal(err)
	}
	slices.Sort(reached)
	var comp []string
	for _, c := range g.Components() {
		if slices.Contains(c, "han-dong") {
			comp = c
		}
	}
	if !slices.Equal(reached, comp) {
		t.Errorf("library BFS from han-dong reached %d records, its component has %d", len(reached), len(comp))
	}
	sccs, err := dgraph.StronglyConnectedComponents(g.Library())
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range sccs {
		n += len(c)
	}
	if n != g.Order() {
		t.Errorf("strongly connected components cover %d records, want %d", n, g.Order())
	}
}
