package explore

import (
	"reflect"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// TestGraphvizPositions lays out the bundled case as the relationship
// diagram does: every record gets its own place, none shared, except the
// anonymous claimants the diagram draws as one node (the same unnamed
// sources behind several claims): 5 of them, which place puts beside
// their claims.
func TestGraphvizPositions(t *testing.T) {
	g, err := graph.Build(testcase.Seed(t))
	if err != nil {
		t.Fatal(err)
	}
	if g.Order() > GraphvizUpTo {
		t.Fatalf("the bundled case has %d records, over GraphvizUpTo (%d)", g.Order(), GraphvizUpTo)
	}
	pos, err := graphvizPositions(t.Context(), g)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[[2]float64]string{}
	merged := 0
	for _, v := range g.Vertices() {
		p, ok := pos[v.ID]
		if !ok && v.Kind == graph.KindAnonymous {
			merged++
			continue
		}
		if !ok {
			t.Errorf("%s: no position", v.ID)
			continue
		}
		if other, ok := seen[p]; ok {
			t.Errorf("%s and %s both at %v", v.ID, other, p)
		}
		seen[p] = v.ID
	}
	if merged != 5 {
		t.Errorf("%d anonymous claimants without a place of their own, want 5", merged)
	}
}

// TestPlace: records Graphviz did not place go beside the placed records
// they are tied to, or in a row below; without Graphviz positions the
// force layout places all.
func TestPlace(t *testing.T) {
	ids := []string{"a", "b", "c", "d"}
	edges := [][2]int{{0, 1}, {1, 2}}
	got := place(ids, edges, map[string][2]float64{"a": {0, 0}, "b": {2, 4}})
	want := [][2]float64{{0, 0}, {2, 4}, {2.03, 3.7}, {0, 5}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("place = %v, want %v", got, want)
	}
	if got := place(ids, edges, nil); !reflect.DeepEqual(got, layout(4, edges)) {
		t.Errorf("without Graphviz positions place = %v, want the force layout %v", got, layout(4, edges))
	}
}
