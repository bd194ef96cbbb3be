package diagram

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
)

// smallCase is a case small enough to check drawings edge by edge.
const smallCase = `
people:
  - {id: ann, name: Ann}
  - {id: bob, name: Bob}
  - {id: cy, name: Cy}
  - {id: dee, name: Dee}
organizations:
  - {id: acme, name: Acme}
  - {id: beta, name: Beta}
  - {id: guild, name: Guild}
sources:
  - {id: paper, title: Paper, date: 2021-03-01}
relations:
  - {from: ann, to: beta, type: member-of}
  - {from: ann, to: acme, type: member-of}
  - {from: bob, to: acme, type: member-of}
  - {from: acme, to: guild, type: member-of}
  - {from: cy, to: bob, type: advises, date: 2019/2020}
events:
  - id: talk
    title: A conversation
    date: 2021-02
    participants: [{who: ann, role: host}, bob]
    sources: [paper]
  - id: summit
    title: The summit
    date: 2019-22
    participants: [ann, bob, cy, dee]
    sources: [paper]
claims:
  - id: secret
    statement: Ann told Bob a secret.
    about: [talk, bob]
    claimants: [{anonymous: insiders, count: 2}, cy]
    sources: [paper]
    responses:
      - {who: ann, stance: denies, date: 2021-03-02, sources: [paper]}
  - id: bribe
    statement: Bob was paid.
    about: [talk]
    claimants: [{anonymous: insiders, count: 2}]
    sources: [paper]
`

func smallGraph(t *testing.T) *graph.Graph {
	t.Helper()
	c, err := casefile.Load(fstest.MapFS{"c/case.yaml": {Data: []byte(smallCase)}}, "c")
	if err != nil {
		t.Fatal(err)
	}
	g, err := graph.Build(c)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// edgeStrings writes a drawing's edges as "from -kind/label/status-> to".
func edgeStrings(d *drawing) []string {
	var out []string
	for _, e := range d.edges {
		s := e.from + " -" + string(e.kind)
		if e.label != "" {
			s += "/" + e.label
		}
		if e.status != "" {
			s += "/" + string(e.status)
		}
		out = append(out, s+"-> "+e.to)
	}
	return out
}

func nodeIDs(d *drawing) []string {
	var out []string
	for _, n := range d.nodes {
		out = append(out, n.id)
	}
	return out
}

func TestFoldEventsAndClaims(t *testing.T) {
	d, err := buildOf(smallGraph(t), opt{Kinds: People})
	if err != nil {
		t.Fatal(err)
	}
	wantNodes := []string{"ann", "bob", "bribe~anonymous-1", "cy", "dee"}
	if got := nodeIDs(d); !slices.Equal(got, wantNodes) {
		t.Errorf("nodes %v, want %v", got, wantNodes)
	}
	// The summit has more than MaxFoldedParticipants participants: its
	// participants are chained in ID order. "Bob was paid" is only about
	// the folded conversation, whose participants stand in for it. The
	// two events Ann and Bob share are one tie, and so are the two claims
	// of the same unnamed sources about Bob (merged into one group first).
	want := []string{
		"ann -folded-event/2 shared events-> bob",
		"bob -folded-event/The summit-> cy",
		"bribe~anonymous-1 -folded-claim/Bob was paid./alleged-> ann",
		"bribe~anonymous-1 -folded-claim/2 claims/alleged-> bob",
		"cy -folded-claim/Ann told Bob a secret./disputed-> bob",
		"cy -relation/advises-> bob",
		"cy -folded-event/The summit-> dee",
	}
	if got := edgeStrings(d); !slices.Equal(got, want) {
		t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, e := range d.edges {
		if e.kind == foldedClaim && e.status == casefile.StatusDisputed && e.note != "Ann denies, 2 Mar 2021" {
			t.Errorf("folded claim note %q", e.note)
		}
	}
}

func TestFoldFocus(t *testing.T) {
	// Depth counts graph hops: dee's fellow participants are two hops away,
	// through the summit.
	for _, tt := range []struct {
		depth int
		want  []string
	}{
		{1, nil},
		{2, []string{
			"ann -folded-event/The summit-> bob",
			"bob -folded-event/The summit-> cy",
			"cy -relation/advises-> bob",
			"cy -folded-event/The summit-> dee",
		}},
	} {
		d, err := buildOf(smallGraph(t), opt{Kinds: People, Focus: "dee", Depth: tt.depth})
		if err != nil {
			t.Fatal(err)
		}
		if got := edgeStrings(d); !slices.Equal(got, tt.want) {
			t.Errorf("depth %d edges:\n%s\nwant:\n%s", tt.depth, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

func TestMergeAnonymous(t *testing.T) {
	d, err := buildOf(smallGraph(t), opt{})
	if err != nil {
		t.Fatal(err)
	}
	var anon []string
	for _, n := range d.nodes {
		if n.kind == graph.KindAnonymous {
			anon = append(anon, n.id)
		}
	}
	if !slices.Equal(anon, []string{"bribe~anonymous-1"}) {
		t.Errorf("anonymous nodes %v: the two groups of 2 insiders should be drawn as one", anon)
	}
	claimants := 0
	for _, e := range d.edges {
		if e.kind == edgeKind(graph.EdgeClaimant) && e.from == "bribe~anonymous-1" {
			claimants++
		}
	}
	if claimants != 2 {
		t.Errorf("merged group makes %d claims, want 2", claimants)
	}
}

func TestClusters(t *testing.T) {
	d, err := buildOf(smallGraph(t), opt{Kinds: People | Organizations, Options: Options{Cluster: true}})
	if err != nil {
		t.Fatal(err)
	}
	ct := clusters(d, Options{Cluster: true})
	// Ann is a member of acme and beta: she goes in acme, the first by
	// ID, and beta, with no member in it, gets no box. Acme is a member of
	// the guild: its box is inside the guild's.
	if want := []string{"acme", "guild"}; !slices.Equal(ct.boxes, want) {
		t.Errorf("boxes %v, want %v", ct.boxes, want)
	}
	want := map[string]string{"ann": "acme", "bob": "acme", "acme": "acme", "guild": "guild", "beta": "", "cy": ""}
	for id, box := range want {
		if ct.in[id] != box {
			t.Errorf("%s is in box %q, want %q", id, ct.in[id], box)
		}
	}
	if want := map[string]string{"acme": "guild"}; !maps.Equal(ct.outer, want) {
		t.Errorf("nesting %v, want %v", ct.outer, want)
	}
	if ct := clusters(d, Options{}); ct.boxes != nil {
		t.Errorf("boxes without Cluster: %v", ct.boxes)
	}
}

// TestClustersNested checks that sub-organizations are drawn in their
// parent's box, before membership, and that a loop of memberships is cut.
func TestClustersNested(t *testing.T) {
	const nested = `
people:
  - {id: ann, name: Ann}
  - {id: bob, name: Bob}
organizations:
  - {id: gov, name: Government}
  - {id: agency, name: Agency, parent: gov}
  - {id: club, name: Club}
  - {id: x, name: X}
  - {id: y, name: Y}
relations:
  - {from: ann, to: agency, type: member-of}
  - {from: agency, to: club, type: member-of}
  - {from: bob, to: x, type: member-of}
  - {from: x, to: y, type: member-of}
  - {from: y, to: x, type: member-of}
`
	c, err := casefile.Load(fstest.MapFS{"c/case.yaml": {Data: []byte(nested)}}, "c")
	if err != nil {
		t.Fatal(err)
	}
	g, err := graph.Build(c)
	if err != nil {
		t.Fatal(err)
	}
	d, err := buildOf(g, opt{Options: Options{Cluster: true}})
	if err != nil {
		t.Fatal(err)
	}
	ct := clusters(d, Options{Cluster: true})
	if want := []string{"agency", "gov", "x", "y"}; !slices.Equal(ct.boxes, want) {
		t.Errorf("boxes %v, want %v", ct.boxes, want)
	}
	// x is taken before y: x goes in y, and y cannot then go in x.
	if want := map[string]string{"agency": "gov", "x": "y"}; !maps.Equal(ct.outer, want) {
		t.Errorf("nesting %v, want %v", ct.outer, want)
	}
	dot, err := dotOf(g, opt{Options: Options{Cluster: true}})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"  subgraph \"cluster_gov\" {\n    graph [id=\"c-gov\", class=\"eg-cluster\", label=<<FONT POINT-SIZE=\"11.5\" COLOR=\"#007a5a\"><B>Government</B></FONT>>",
		"    subgraph \"cluster_agency\" {\n",
		"      \"ann\" [id=\"n-ann\"",
	} {
		if !strings.Contains(string(dot), want) {
			t.Errorf("DOT lacks %q:\n%s", want, dot)
		}
	}
	legend, err := legendDOTOf(g, opt{Options: Options{Cluster: true}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(legend), "its members and sub-organizations") {
		t.Errorf("legend lacks the box:\n%s", legend)
	}
}

func TestDropStranded(t *testing.T) {
	d, err := buildOf(smallGraph(t), opt{Kinds: Organizations})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := nodeIDs(d), []string{"acme", "guild"}; !slices.Equal(got, want) {
		t.Errorf("nodes %v, want %v (beta's only tie is to a person, not drawn)", got, want)
	}
}
