package graph

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

func TestBuildVertices(t *testing.T) {
	g := mustBuild(t, smallCase(t))
	want := []string{
		"alice person Alice Chen",
		"bob person Bob Novak",
		"carol person Carol Okafor",
		"dave person Dave Park",
		"gov organization Government",
		"leak claim The ministry arranged the meeting",
		"leak~anonymous-1 anonymous 2 national security sources",
		"leak~anonymous-2 anonymous anonymous source",
		"meeting event Meeting at the ministry",
		"ministry organization Ministry",
		"paper organization Daily Chronicle",
		"s1 source Leak revealed",
	}
	var got []string
	for _, v := range g.Vertices() {
		got = append(got, fmt.Sprintf("%s %s %s", v.ID, v.Kind, v.Label))
	}
	if !slices.Equal(got, want) {
		t.Errorf("vertices:\n got %q\nwant %q", got, want)
	}
	if g.Order() != len(want) {
		t.Errorf("Order() = %d, want %d", g.Order(), len(want))
	}
	all := g.Vertices()
	n := 0
	for i, v := range g.AllVertices() {
		if i != n || v != all[i] {
			t.Errorf("AllVertices() yields %d: %s at step %d, want %d: %s", i, v.ID, n, n, all[n].ID)
		}
		n++
		if n == 3 {
			break // stopping early is allowed
		}
	}
	if n != 3 {
		t.Errorf("AllVertices() yielded %d vertices before stopping, want 3", n)
	}
	v, ok := g.Vertex("leak~anonymous-1")
	if !ok || v.Anonymous == nil || v.Anonymous.Count != 2 {
		t.Errorf("Vertex(leak~anonymous-1) = %+v, %v", v, ok)
	}
	if v, ok := g.Vertex("meeting"); !ok || v.Event == nil || v.Event.ID != "meeting" {
		t.Errorf("Vertex(meeting) = %+v, %v", v, ok)
	}
	if _, ok := g.Vertex("nobody"); ok {
		t.Error("Vertex(nobody) found")
	}
	if g.Case() == nil || g.Case().Events[0].ID != "meeting" {
		t.Error("Case() is not the case built from")
	}
}

// edgeString writes an edge compactly for comparisons.
func edgeString(e Edge) string {
	s := fmt.Sprintf("%s -%s-> %s", e.From, e.Kind, e.To)
	if e.Label != "" {
		s += " [" + e.Label + "]"
	}
	if !e.Date.IsZero() {
		s += " @" + e.Date.String()
	}
	return s + fmt.Sprintf(" :%d", e.Pos.Line)
}

func edgeStrings(es []Edge) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = edgeString(e)
	}
	return out
}

var smallEdges = []string{
	"alice -response-> leak [confirms] @2021-03-07 :52",
	"alice -participant-> meeting [host] :31",
	"alice -relation-> ministry [member-of] @2018/2021-06 :60",
	"bob -claimant-> leak :43",
	"bob -response-> leak [denies] @2021-03-05 :48",
	"bob -participant-> meeting :33",
	"leak -about-> meeting :40",
	"leak -cites-> s1 :40",
	"leak -cites-> s1 :48",
	"leak~anonymous-1 -claimant-> leak :44",
	"leak~anonymous-2 -claimant-> leak :46",
	"meeting -cites-> s1 :29",
	"ministry -parent-> gov :14",
	"ministry -participant-> meeting :34",
	"s1 -authored-by-> carol :21",
	"s1 -published-by-> paper :21",
}

func TestBuildEdges(t *testing.T) {
	g := mustBuild(t, smallCase(t))
	if got := edgeStrings(g.Edges()); !slices.Equal(got, smallEdges) {
		t.Errorf("edges:\n got %q\nwant %q", got, smallEdges)
	}
	if g.EdgeCount() != len(smallEdges) {
		t.Errorf("EdgeCount() = %d, want %d", g.EdgeCount(), len(smallEdges))
	}
}

func TestEdgesOf(t *testing.T) {
	g := mustBuild(t, smallCase(t))
	tests := []struct {
		id   string
		want []string
	}{
		{"bob", []string{
			"bob -claimant-> leak :43",
			"bob -response-> leak [denies] @2021-03-05 :48",
			"bob -participant-> meeting :33",
		}},
		{"s1", []string{
			"leak -cites-> s1 :40",
			"leak -cites-> s1 :48",
			"meeting -cites-> s1 :29",
			"s1 -authored-by-> carol :21",
			"s1 -published-by-> paper :21",
		}},
		{"gov", []string{"ministry -parent-> gov :14"}},
		{"dave", []string{}},
		{"nobody", nil},
	}
	for _, tt := range tests {
		got := g.EdgesOf(tt.id)
		if !slices.Equal(edgeStrings(got), tt.want) || (tt.want == nil) != (got == nil) {
			t.Errorf("EdgesOf(%q) = %q, want %q", tt.id, edgeStrings(got), tt.want)
		}
	}
}

func TestBuildErrors(t *testing.T) {
	tests := []struct {
		name   string
		change func(c *casefile.Case)
		want   string
	}{
		{"unknown participant", func(c *casefile.Case) { c.Events[0].Participants[1].Who = "bobb" },
			`graph: invalid case: case.yaml:33:3: participant edge bobb → meeting: unknown record "bobb"`},
		{"duplicate ID", func(c *casefile.Case) { c.People[3].ID = "meeting" },
			`graph: invalid case: ID "meeting" is used by two records`},
		{"two problems, sorted", func(c *casefile.Case) {
			c.Relations[0].To = "x"
			c.Organizations[1].Parent = "y"
		}, `graph: invalid case: case.yaml:14:3: parent edge ministry → y: unknown record "y"; ` +
			`case.yaml:60:3: relation edge alice → x: unknown record "x"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := smallCase(t)
			tt.change(c)
			g, err := Build(c)
			if err == nil || err.Error() != tt.want || !errors.Is(err, ErrInvalidCase) || g != nil {
				t.Errorf("Build: %v, %v\nwant error %s", g, err, tt.want)
			}
		})
	}
	if _, err := Build(nil); err == nil || err.Error() != "graph: invalid case: nil case" {
		t.Errorf("Build(nil): %v", err)
	}
}

func TestBuildEmpty(t *testing.T) {
	g := mustBuild(t, &casefile.Case{})
	if g.Order() != 0 || g.EdgeCount() != 0 || len(g.Components()) != 0 {
		t.Errorf("empty case: %d vertices, %d edges, %d components", g.Order(), g.EdgeCount(), len(g.Components()))
	}
}

func TestAnonymousLabel(t *testing.T) {
	tests := []struct {
		text  string
		count int
		want  string
	}{
		{"national security sources", 2, "2 national security sources"},
		{"national security sources", 1, "national security source"},
		{"national security sources", 0, "national security sources"},
		{"people familiar with the matter", 1, "person familiar with the matter"},
		{"officials in the ministry", 1, "official in the ministry"},
		{"party secretaries", 1, "party secretary"},
		{"former staff", 1, "former staff"},
		{"a diplomat", 1, "a diplomat"},
		{"  two   spaces ", 3, "3 two spaces"},
		{"", 0, "anonymous source"},
		{"", 1, "anonymous source"},
		{"", 4, "4 anonymous sources"},
	}
	for _, tt := range tests {
		if got := anonymousLabel(tt.text, tt.count); got != tt.want {
			t.Errorf("anonymousLabel(%q, %d) = %q, want %q", tt.text, tt.count, got, tt.want)
		}
	}
}

// AllEdges yields what Edges returns, in its order, with each position,
// and stops where the loop stops.
func TestAllEdges(t *testing.T) {
	for _, c := range []*casefile.Case{smallCase(t), testcase.Generated(t, 1000)} {
		g := mustBuild(t, c)
		want := g.Edges()
		n := 0
		for i, e := range g.AllEdges() {
			if i != n || fmt.Sprint(e) != fmt.Sprint(want[i]) {
				t.Fatalf("AllEdges: %d %+v, want %d %+v", i, e, n, want[i])
			}
			n++
		}
		if n != len(want) || n != g.EdgeCount() {
			t.Errorf("AllEdges yielded %d edges, Edges %d, EdgeCount %d", n, len(want), g.EdgeCount())
		}
		for _, stop := range []int{0, 1, len(want) / 2, len(want) - 1} {
			last := -1
			for i := range g.AllEdges() {
				if last == stop {
					t.Fatalf("AllEdges went on to %d after the loop stopped at %d", i, stop)
				}
				last = i
				if i == stop {
					break
				}
			}
			if last != stop && stop < len(want) {
				t.Errorf("AllEdges stopped at %d, want %d", last, stop)
			}
		}
	}
}
