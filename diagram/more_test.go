package diagram

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
)

// manyEvents is a case of Ann in 30 events, Bob in the first two of them,
// and a claim about Bob.
func manyEvents(t *testing.T) *graph.Graph {
	t.Helper()
	var b strings.Builder
	b.WriteString("people:\n  - {id: ann, name: Ann}\n  - {id: bob, name: Bob}\nsources:\n  - {id: s, title: S, date: 2020-01-01}\nevents:\n")
	for i := 1; i <= 30; i++ {
		who := "[ann]"
		if i <= 2 {
			who = "[ann, bob]"
		}
		fmt.Fprintf(&b, "  - {id: e%02d, title: Event %d, date: 2020-01-%02d, participants: %s, sources: [s]}\n", i, i, i, who)
	}
	b.WriteString("claims:\n  - {id: c, statement: Bob did it., about: [bob], sources: [s]}\n")
	c, err := casefile.Load(fstest.MapFS{"case/a.yaml": {Data: []byte(b.String())}}, "case")
	if err != nil {
		t.Fatal(err)
	}
	g, err := graph.Build(c)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestFoldMore(t *testing.T) {
	g := manyEvents(t)
	tests := []struct {
		o     opt
		nodes string
		more  string
	}{
		// Depth 1: Ann's 30 events; the 9 kept are the two Bob shares
		// (two ties each), then by ID.
		{opt{Focus: "ann", MaxNodes: 10}, "ann e01 e02 e03 e04 e05 e06 e07 e08 e09 more~ann", "+21 more: 21 events"},
		// Depth 2 reaches Bob through e01; the claim about him is three
		// steps away.
		{opt{Focus: "ann", Depth: 2, MaxNodes: 5}, "ann e01 e02 e03 e04 more~ann more~e01", ""},
		// Ann is two steps from Bob, through either event they share; her
		// other events are three.
		{opt{Focus: "bob", Depth: 2, MaxNodes: 4}, "bob c e01 e02 more~e01", "+1 more: 1 person"},
		{opt{Focus: "ann", MaxNodes: -1}, "", ""},
		{opt{Focus: "ann"}, "", "+6 more: 6 events"},
	}
	for _, tt := range tests {
		d, err := buildOf(g, tt.o)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		var more []string
		for _, n := range d.nodes {
			ids = append(ids, n.id)
			if n.kind == kindMore {
				more = append(more, n.v.Label)
			}
		}
		if tt.nodes != "" && strings.Join(ids, " ") != tt.nodes {
			t.Errorf("focus %s depth %d max %d: nodes %s\nwant %s", tt.o.Focus, tt.o.Depth, tt.o.MaxNodes, strings.Join(ids, " "), tt.nodes)
		}
		if tt.nodes == "" && tt.more == "" && len(more) > 0 {
			t.Errorf("focus %s max %d: folded %q with no limit", tt.o.Focus, tt.o.MaxNodes, more)
		}
		if tt.more != "" && (len(more) == 0 || more[0] != tt.more) {
			t.Errorf("focus %s depth %d max %d: more nodes %q, want %q first", tt.o.Focus, tt.o.Depth, tt.o.MaxNodes, more, tt.more)
		}
	}
}

// TestMergeFolded joins folded ties between the same records: events in
// either direction, claims from the same claimant to the same target.
func TestMergeFolded(t *testing.T) {
	d := &drawing{edges: []*edge{
		{from: "a", to: "b", kind: foldedEvent, label: "One"},
		{from: "b", to: "a", kind: foldedEvent, label: "Two"},
		{from: "a", to: "c", kind: foldedEvent, label: "Alone"},
		{from: "a", to: "b", kind: foldedClaim, label: "X", status: casefile.StatusDisputed},
		{from: "a", to: "b", kind: foldedClaim, label: "Y", status: casefile.StatusAlleged},
		{from: "a", to: "b", kind: foldedClaim, label: "Z", status: casefile.StatusDisputed},
		{from: "b", to: "a", kind: foldedClaim, label: "W", status: casefile.StatusAlleged},
	}}
	mergeFolded(d)
	var got []string
	for _, e := range d.edges {
		got = append(got, fmt.Sprintf("%s-%s %s %q %q %s %d", e.from, e.to, e.kind, e.label, e.note, e.status, e.count))
	}
	want := []string{
		`a-c folded-event "Alone" "" ` + " 0",
		`b-a folded-claim "W" "" alleged 0`,
		`a-b folded-event "2 shared events" "" ` + " 2",
		`a-b folded-claim "3 claims" "1 alleged, 2 disputed" alleged 3`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("merged:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
