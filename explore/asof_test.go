package explore

import (
	"slices"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// replay is what the page computes for an as-of instant t: the records
// shown and each shown claim's status. It mirrors explorer.js
// (publicAt and claimStatus), so that this test pins the data the page
// replays from; the browser test checks the page does the same.
func replay(d *Data, t float64) (ids []string, status map[string]casefile.Status) {
	status = map[string]casefile.Status{}
	for _, n := range d.Nodes {
		if n.Kind == string(graph.KindAnonymous) || n.Public >= 0 && n.Public > t {
			continue
		}
		ids = append(ids, n.ID)
		if n.Kind == string(casefile.KindClaim) {
			s := n.History[0].Status
			for _, h := range n.History {
				if h.T <= t {
					s = h.Status
				}
			}
			status[n.ID] = s
		}
	}
	return ids, status
}

// asOf is what casefile.AsOf keeps at the date v.
func asOf(c *casefile.Case, v edtf.Value) (ids []string, status map[string]casefile.Status) {
	a := c.AsOf(v)
	status = map[string]casefile.Status{}
	for _, p := range a.People {
		ids = append(ids, p.ID)
	}
	for _, o := range a.Organizations {
		ids = append(ids, o.ID)
	}
	for _, s := range a.Sources {
		ids = append(ids, s.ID)
	}
	for _, e := range a.Events {
		ids = append(ids, e.ID)
	}
	for _, cl := range a.Claims {
		ids = append(ids, cl.ID)
		status[cl.ID] = cl.Status
	}
	slices.Sort(ids)
	return ids, status
}

// TestReplayMatchesAsOf checks, at every stop of the "As of" slider and at
// the instant just before each, that the records the page shows and the
// claim statuses it gives are those casefile.AsOf keeps.
func TestReplayMatchesAsOf(t *testing.T) {
	cases := map[string]*casefile.Case{"seed": testcase.Seed(t), "generated-120": testcase.Generated(t, 120)}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			g, err := graph.Build(c)
			if err != nil {
				t.Fatal(err)
			}
			d := build(c, g, nil)
			if len(d.Steps) < 3 {
				t.Fatalf("only %d as-of steps", len(d.Steps))
			}
			changes := 0
			for _, s := range d.Steps {
				v, err := edtf.Parse(s.EDTF)
				if err != nil {
					t.Fatalf("step %v: %v", s, err)
				}
				if got := instant(v); got != s.T {
					t.Errorf("step %s: instant %v, want %v", s.EDTF, got, s.T)
				}
				wantIDs, wantStatus := asOf(c, v)
				gotIDs, gotStatus := replay(d, s.T)
				slices.Sort(gotIDs)
				if !slices.Equal(gotIDs, wantIDs) {
					t.Errorf("as of %s: page shows %d records, AsOf keeps %d\npage: %v\nAsOf: %v", s.EDTF, len(gotIDs), len(wantIDs), gotIDs, wantIDs)
				}
				for id, st := range wantStatus {
					if gotStatus[id] != st {
						t.Errorf("as of %s: claim %s is %q in the page, %q by AsOf", s.EDTF, id, gotStatus[id], st)
					}
				}
				for _, n := range d.Nodes {
					if len(n.History) > 1 {
						changes++
					}
				}
			}
			if name == "seed" && changes == 0 {
				t.Error("no claim of the seed case changes status over time; the test would not see a wrong history")
			}
		})
	}
}
