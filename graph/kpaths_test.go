package graph

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
)

func TestShortestPaths(t *testing.T) {
	g := mustBuild(t, smallCase(t))
	tests := []struct {
		name     string
		from, to string
		o        PathOptions
		want     []string
	}{
		{"one", "alice", "bob", PathOptions{}, []string{"alice leak bob"}},
		{"five", "alice", "bob", PathOptions{K: 5}, []string{
			"alice leak bob", "alice meeting bob",
			"alice leak meeting bob", "alice meeting leak bob", "alice ministry meeting bob"}},
		{"seven", "alice", "bob", PathOptions{K: 7}, []string{
			"alice leak bob", "alice meeting bob",
			"alice leak meeting bob", "alice meeting leak bob", "alice ministry meeting bob",
			"alice leak s1 meeting bob", "alice meeting s1 leak bob"}},
		{"avoid", "alice", "bob", PathOptions{K: 3, Avoid: []string{"leak"}}, []string{
			"alice meeting bob", "alice ministry meeting bob"}},
		{"via events", "alice", "bob", PathOptions{K: 3, Via: []casefile.Kind{casefile.KindEvent}}, []string{
			"alice meeting bob"}},
		{"via claims and sources", "carol", "bob", PathOptions{K: 2, Via: []casefile.Kind{casefile.KindClaim, casefile.KindSource}}, []string{
			"carol s1 leak bob"}},
		{"itself", "dave", "dave", PathOptions{K: 3}, []string{"dave"}},
		{"every path", "gov", "ministry", PathOptions{K: 4}, []string{"gov ministry"}},
	}
	for _, tt := range tests {
		paths, err := g.ShortestPaths(tt.from, tt.to, tt.o)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		var got []string
		for _, p := range paths {
			got = append(got, strings.Join(p.IDs, " "))
			if len(p.Edges) != len(p.IDs)-1 {
				t.Errorf("%s: %d edges for %d records", tt.name, len(p.Edges), len(p.IDs))
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestShortestPathsErrors(t *testing.T) {
	g := mustBuild(t, smallCase(t))
	tests := []struct {
		o    PathOptions
		is   error
		want string
	}{
		{PathOptions{Via: []casefile.Kind{casefile.KindPerson}}, ErrNoPath,
			`graph: no path from "alice" to "bob": every chain between them passes through a record that is avoided or of a kind not allowed`},
		{PathOptions{Avoid: []string{"leak", "meeting"}}, ErrNoPath,
			`graph: no path from "alice" to "bob": every chain between them passes through a record that is avoided or of a kind not allowed`},
		{PathOptions{Avoid: []string{"bob"}}, ErrPathOptions,
			`graph: invalid path options: "bob" is an end of the chain, so it cannot be avoided`},
		{PathOptions{Avoid: []string{"meting"}}, ErrUnknownRecord,
			`graph: unknown record "meting", did you mean "meeting"?`},
	}
	for _, tt := range tests {
		_, err := g.ShortestPaths("alice", "bob", tt.o)
		if !errors.Is(err, tt.is) || err.Error() != tt.want {
			t.Errorf("%+v: err %v, want %q", tt.o, err, tt.want)
		}
	}
	if _, err := g.ShortestPaths("alice", "dave", PathOptions{}); !errors.Is(err, ErrNoPath) ||
		err.Error() != `graph: no path from "alice" to "dave": they are in different components` {
		t.Errorf("alice to dave: %v", err)
	}
}

func TestNeighboursEdges(t *testing.T) {
	g := mustBuild(t, smallCase(t))
	hops, err := g.NeighboursVia("alice", 2, []casefile.Kind{casefile.KindEvent, casefile.KindPerson, casefile.KindOrganization})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range hops {
		s := h.ID
		if h.Depth > 0 {
			s += " by " + edgeString(h.Edge)
		}
		got = append(got, s)
	}
	want := []string{
		"alice",
		"meeting by alice -participant-> meeting [host] :31",
		"ministry by alice -relation-> ministry [member-of] @2018/2021-06 :60",
		"bob by bob -participant-> meeting :33",
		"gov by ministry -parent-> gov :14",
	}
	if !slices.Equal(got, want) {
		t.Errorf("NeighboursVia:\n got %q\nwant %q", got, want)
	}
	if s := hops[1].Edge.Sources; !slices.Equal(s, []string{"s1"}) {
		t.Errorf("sources of alice's participation: %q, want [s1]", s)
	}
}
