package diagram

import (
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
	d, err := build(smallGraph(t), Options{Kinds: People})
	if err != nil {
		t.Fatal(err)
	}
	wantNodes := []string{"ann", "bob", "bribe~anonymous-1", "cy", "dee"}
	if got := nodeIDs(d); !slices.Equal(got, wantNodes) {
		t.Errorf("nodes %v, want %v", got, wantNodes)
	}
	// The summit has more than MaxFoldedParticipants participants: its
	// participants are chained in ID order. "Bob was paid" is only about
	// the folded conversation, whose participants stand in for it.
	want := []string{
		"ann -folded-event/A conversation-> bob",
		"ann -folded-event/The summit-> bob",
		"bob -folded-event/The summit-> cy",
		"bribe~anonymous-1 -folded-claim/Bob was paid./alleged-> ann",
		"bribe~anonymous-1 -folded-claim/Ann told Bob a secret./disputed-> bob",
		"bribe~anonymous-1 -folded-claim/Bob was paid./alleged-> bob",
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
		d, err := build(smallGraph(t), Options{Kinds: People, Focus: "dee", Depth: tt.depth})
		if err != nil {
			t.Fatal(err)
		}
		if got := edgeStrings(d); !slices.Equal(got, tt.want) {
			t.Errorf("depth %d edges:\n%s\nwant:\n%s", tt.depth, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

func TestMergeAnonymous(t *testing.T) {
	d, err := build(smallGraph(t), Options{})
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
	d, err := build(smallGraph(t), Options{Kinds: People | Organizations, Cluster: true})
	if err != nil {
		t.Fatal(err)
	}
	boxes, in := clusters(d, Options{Cluster: true})
	if want := []string{"acme", "beta", "guild"}; !slices.Equal(boxes, want) {
		t.Errorf("boxes %v, want %v", boxes, want)
	}
	want := map[string]string{"ann": "acme", "bob": "acme", "acme": "acme", "beta": "beta", "guild": "guild"}
	for id, box := range want {
		if in[id] != box {
			t.Errorf("%s is in box %q, want %q", id, in[id], box)
		}
	}
	if in["cy"] != "" {
		t.Errorf("cy is in box %q, want none", in["cy"])
	}
	if b, _ := clusters(d, Options{}); b != nil {
		t.Errorf("boxes without Cluster: %v", b)
	}
}

func TestDropStranded(t *testing.T) {
	d, err := build(smallGraph(t), Options{Kinds: Organizations})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := nodeIDs(d), []string{"acme", "guild"}; !slices.Equal(got, want) {
		t.Errorf("nodes %v, want %v (beta's only tie is to a person, not drawn)", got, want)
	}
}
