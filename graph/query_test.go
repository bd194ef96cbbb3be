package graph

import (
	"errors"
	"fmt"
	"slices"
	"testing"
)

func hops(hs []Hop) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = fmt.Sprintf("%d %s", h.Depth, h.ID)
	}
	return out
}

func TestNeighbours(t *testing.T) {
	g := mustBuild(t, smallCase(t))
	tests := []struct {
		g     *Graph
		id    string
		depth int
		want  []string
	}{
		{g, "alice", 0, []string{"0 alice"}},
		{g, "alice", 1, []string{"0 alice", "1 leak", "1 meeting", "1 ministry"}},
		{g, "alice", 2, []string{"0 alice", "1 leak", "1 meeting", "1 ministry",
			"2 bob", "2 gov", "2 leak~anonymous-1", "2 leak~anonymous-2", "2 s1"}},
		{g, "alice", 3, []string{"0 alice", "1 leak", "1 meeting", "1 ministry",
			"2 bob", "2 gov", "2 leak~anonymous-1", "2 leak~anonymous-2", "2 s1", "3 carol", "3 paper"}},
		{g, "alice", 99, []string{"0 alice", "1 leak", "1 meeting", "1 ministry",
			"2 bob", "2 gov", "2 leak~anonymous-1", "2 leak~anonymous-2", "2 s1", "3 carol", "3 paper"}},
		{g.WithoutSources(), "alice", 3, []string{"0 alice", "1 leak", "1 meeting", "1 ministry",
			"2 bob", "2 gov", "2 leak~anonymous-1", "2 leak~anonymous-2"}},
		{g, "carol", 2, []string{"0 carol", "1 s1", "2 leak", "2 meeting", "2 paper"}},
		{g, "dave", 5, []string{"0 dave"}},
	}
	for _, tt := range tests {
		got, err := tt.g.Neighbours(tt.id, tt.depth)
		if err != nil {
			t.Errorf("Neighbours(%q, %d): %v", tt.id, tt.depth, err)
			continue
		}
		if !slices.Equal(hops(got), tt.want) {
			t.Errorf("Neighbours(%q, %d):\n got %q\nwant %q", tt.id, tt.depth, hops(got), tt.want)
		}
	}
}

func TestQueryErrors(t *testing.T) {
	g := mustBuild(t, smallCase(t))
	tests := []struct {
		name string
		run  func() error
		is   error
		want string
	}{
		{"typo", func() error { _, err := g.Neighbours("alicee", 1); return err }, ErrUnknownRecord,
			`graph: unknown record "alicee", did you mean "alice"?`},
		{"far off", func() error { _, err := g.Neighbours("zzzzzz", 1); return err }, ErrUnknownRecord,
			`graph: unknown record "zzzzzz"`},
		{"source left out", func() error { _, err := g.WithoutSources().Neighbours("s1", 1); return err }, ErrUnknownRecord,
			`graph: unknown record "s1": sources are left out of this graph`},
		{"typo without sources", func() error { _, err := g.WithoutSources().Neighbours("alicee", 1); return err }, ErrUnknownRecord,
			`graph: unknown record "alicee", did you mean "alice"?`},
		{"outside the ego network", func() error {
			ego, err := g.Ego("bob", 1)
			if err != nil {
				return err
			}
			_, err = ego.ShortestPath("bob", "gov")
			return err
		}, ErrUnknownRecord, `graph: unknown record "gov": it is more than 1 edge from "bob"`},
		{"outside an induced graph", func() error {
			_, err := g.WithoutSources().Induced([]string{"bob"}).Neighbours("carol", 1)
			return err
		}, ErrUnknownRecord, `graph: unknown record "carol": this subgraph leaves it out`},
		{"negative depth", func() error { _, err := g.Neighbours("alice", -1); return err }, ErrDepth,
			`graph: invalid depth -1: it counts edges from the record, 0 for the record alone`},
		{"ego typo", func() error { _, err := g.Ego("meting", 1); return err }, ErrUnknownRecord,
			`graph: unknown record "meting", did you mean "meeting"?`},
		{"ego depth", func() error { _, err := g.Ego("bob", -2); return err }, ErrDepth,
			`graph: invalid depth -2: it counts edges from the record, 0 for the record alone`},
		{"path from", func() error { _, err := g.ShortestPath("bobb", "alice"); return err }, ErrUnknownRecord,
			`graph: unknown record "bobb", did you mean "bob"?`},
		{"path to", func() error { _, err := g.ShortestPath("bob", "leak~anonymous-3"); return err }, ErrUnknownRecord,
			`graph: unknown record "leak~anonymous-3", did you mean "leak~anonymous-1"?`},
		{"no path", func() error { _, err := g.ShortestPath("alice", "dave"); return err }, ErrNoPath,
			`graph: no path from "alice" to "dave": they are in different components`},
		{"no path without sources", func() error { _, err := g.WithoutSources().ShortestPath("carol", "alice"); return err }, ErrNoPath,
			`graph: no path from "carol" to "alice": they are in different components`},
	}
	for _, tt := range tests {
		err := tt.run()
		if err == nil || err.Error() != tt.want || !errors.Is(err, tt.is) {
			t.Errorf("%s: %v\nwant %s", tt.name, err, tt.want)
		}
	}
}

func TestShortestPath(t *testing.T) {
	g := mustBuild(t, smallCase(t))
	tests := []struct {
		g        *Graph
		from, to string
		ids      []string
		edges    []string
	}{
		{g, "alice", "alice", []string{"alice"}, nil},
		{g, "alice", "leak", []string{"alice", "leak"}, []string{"alice -response-> leak [confirms] @2021-03-07 :52"}},
		// bob and leak share two edges; the first in Edges order is reported.
		{g, "leak", "bob", []string{"leak", "bob"}, []string{"bob -claimant-> leak :43"}},
		{g, "carol", "gov", []string{"carol", "s1", "meeting", "ministry", "gov"}, []string{
			"s1 -authored-by-> carol :21",
			"meeting -cites-> s1 :29",
			"ministry -participant-> meeting :34",
			"ministry -parent-> gov :14",
		}},
		// bob is reached from leak and from meeting at depth 2: leak is the
		// smaller predecessor.
		{g, "s1", "bob", []string{"s1", "leak", "bob"}, []string{
			"leak -cites-> s1 :40",
			"bob -claimant-> leak :43",
		}},
		// Two shortest chains (through meeting, through leak): the smaller
		// predecessor, leak, is taken.
		{g, "leak~anonymous-2", "ministry", []string{"leak~anonymous-2", "leak", "alice", "ministry"}, []string{
			"leak~anonymous-2 -claimant-> leak :46",
			"alice -response-> leak [confirms] @2021-03-07 :52",
			"alice -relation-> ministry [member-of] @2018/2021-06 :60",
		}},
		{g, "paper", "bob", []string{"paper", "s1", "leak", "bob"}, []string{
			"s1 -published-by-> paper :21",
			"leak -cites-> s1 :40",
			"bob -claimant-> leak :43",
		}},
		{g.WithoutSources(), "meeting", "leak~anonymous-1", []string{"meeting", "leak", "leak~anonymous-1"}, []string{
			"leak -about-> meeting :40",
			"leak~anonymous-1 -claimant-> leak :44",
		}},
	}
	for _, tt := range tests {
		p, err := tt.g.ShortestPath(tt.from, tt.to)
		if err != nil {
			t.Errorf("ShortestPath(%q, %q): %v", tt.from, tt.to, err)
			continue
		}
		if !slices.Equal(p.IDs, tt.ids) || !slices.Equal(edgeStrings(p.Edges), tt.edges) {
			t.Errorf("ShortestPath(%q, %q):\n got %q %q\nwant %q %q", tt.from, tt.to, p.IDs, edgeStrings(p.Edges), tt.ids, tt.edges)
		}
	}
}

func TestComponents(t *testing.T) {
	g := mustBuild(t, smallCase(t))
	tests := []struct {
		g    *Graph
		want string
	}{
		{g, "[[alice bob carol gov leak leak~anonymous-1 leak~anonymous-2 meeting ministry paper s1] [dave]]"},
		{g.WithoutSources(), "[[alice bob gov leak leak~anonymous-1 leak~anonymous-2 meeting ministry] [carol] [dave] [paper]]"},
		{g.Induced([]string{"paper", "gov", "ministry", "dave", "carol", "s1"}), "[[carol paper s1] [gov ministry] [dave]]"},
	}
	for _, tt := range tests {
		if got := fmt.Sprint(tt.g.Components()); got != tt.want {
			t.Errorf("Components():\n got %s\nwant %s", got, tt.want)
		}
	}
}

func TestEgoAndInduced(t *testing.T) {
	g := mustBuild(t, smallCase(t))
	ego, err := g.Ego("bob", 1)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, v := range ego.Vertices() {
		ids = append(ids, v.ID)
	}
	if want := []string{"bob", "leak", "meeting"}; !slices.Equal(ids, want) {
		t.Errorf("Ego(bob, 1) vertices %q, want %q", ids, want)
	}
	wantEdges := []string{
		"bob -claimant-> leak :43",
		"bob -response-> leak [denies] @2021-03-05 :48",
		"bob -participant-> meeting :33",
		"leak -about-> meeting :40",
	}
	if got := edgeStrings(ego.Edges()); !slices.Equal(got, wantEdges) {
		t.Errorf("Ego(bob, 1) edges:\n got %q\nwant %q", got, wantEdges)
	}
	if ego.Case() != g.Case() {
		t.Error("Ego graph does not keep the original case")
	}

	in := g.Induced([]string{"s1", "leak", "leak", "nobody", "carol"})
	if in.Order() != 3 || in.EdgeCount() != 3 {
		t.Errorf("Induced: %d vertices, %d edges, want 3 and 3", in.Order(), in.EdgeCount())
	}
	want := []string{"leak -cites-> s1 :40", "leak -cites-> s1 :48", "s1 -authored-by-> carol :21"}
	if got := edgeStrings(in.EdgesOf("s1")); !slices.Equal(got, want) {
		t.Errorf("Induced EdgesOf(s1):\n got %q\nwant %q", got, want)
	}
	if ws := g.WithoutSources(); ws != g.WithoutSources() || ws.Order() != 11 || ws.EdgeCount() != 11 {
		t.Errorf("WithoutSources: %d vertices, %d edges, want 11 and 11 (and one shared graph)", ws.Order(), ws.EdgeCount())
	}
}

func TestAccessorsCopy(t *testing.T) {
	g := mustBuild(t, smallCase(t))
	g.Vertices()[0] = nil
	g.Edges()[0].From = "changed"
	if v := g.Vertices()[0]; v == nil || g.Edges()[0].From != "alice" {
		t.Error("changing a returned slice changed the graph")
	}
}
