package explore

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// nodeIDs returns the IDs of the page's records, in the page's order.
func nodeIDs(t *testing.T, c *casefile.Case) []string {
	t.Helper()
	g, err := graph.Build(c)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, v := range g.Vertices() {
		ids = append(ids, v.ID)
	}
	return ids
}

// drawnEvents returns the events a view ties to its groups, sorted.
func drawnEvents(c *casefile.Case, ids []string, v View) []string {
	var out []string
	for _, g := range v.Groups {
		for _, i := range append([]int{g.Node}, g.Members...) {
			if i >= 0 && c.Kind(ids[i]) == casefile.KindEvent && !slices.Contains(out, ids[i]) {
				out = append(out, ids[i])
			}
		}
	}
	slices.Sort(out)
	return out
}

// TestTimelineViews checks the bundled case's timeline views: the same
// bytes each time, every event drawn and tied to its record across and
// down, the case's title left to the page, and every colour named in
// both themes.
func TestTimelineViews(t *testing.T) {
	c := testcase.Seed(t)
	ids := nodeIDs(t, c)
	tl, err := buildTimeline(c, ids)
	if err != nil {
		t.Fatal(err)
	}
	again, err := buildTimeline(c, ids)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(tl)
	b, _ := json.Marshal(again)
	if string(a) != string(b) {
		t.Error("two builds of the timeline differ")
	}
	if len(tl.Views) != 2 {
		t.Fatalf("%d views, want 2 (across and down; the case has no group to open)", len(tl.Views))
	}
	var want []string
	for _, e := range c.Events {
		want = append(want, e.ID)
	}
	slices.Sort(want)
	if len(tl.Light) != len(tl.Dark) || len(tl.Light) == 0 {
		t.Errorf("%d light colours and %d dark", len(tl.Light), len(tl.Dark))
	}
	for k, st := range tl.Styles {
		for _, col := range []int{st.F, st.S, st.HC} {
			if col < 0 || col > len(tl.Light) {
				t.Errorf("style %d names colour %d of %d", k, col, len(tl.Light))
			}
		}
	}
	for k, v := range tl.Views {
		if got := drawnEvents(c, ids, v); !slices.Equal(got, want) {
			t.Errorf("view %d draws the events %v, want %v", k, got, want)
		}
		for j, e := range v.Els {
			if g := e[1].(int); g < 0 || g > len(v.Groups) {
				t.Errorf("view %d element %d is in group %d of %d", k, j, g, len(v.Groups))
			}
			if st := e[2].(int); st < 0 || st >= len(tl.Styles) {
				t.Errorf("view %d element %d has style %d of %d", k, j, st, len(tl.Styles))
			}
			if e[0] == ElText {
				for q := 7; q < len(e); q += 3 {
					if e[q] == c.Meta.Title {
						t.Errorf("view %d draws the case's title", k)
					}
				}
			}
		}
	}
}

// TestTimelineOpened checks that the groups ("N events") of a generated
// case's timeline open into views drawing exactly their events.
func TestTimelineOpened(t *testing.T) {
	c := testcase.Generated(t, 400)
	ids := nodeIDs(t, c)
	tl, err := buildTimeline(c, ids)
	if err != nil {
		t.Fatal(err)
	}
	opened := 0
	for k, v := range tl.Views {
		for _, g := range v.Groups {
			if !g.Agg {
				continue
			}
			if g.Open == 0 {
				continue
			}
			opened++
			var want []string
			for _, i := range g.Members {
				want = append(want, ids[i])
			}
			slices.Sort(want)
			if got := drawnEvents(c, ids, tl.Views[g.Open]); !slices.Equal(got, want) {
				t.Errorf("a group of view %d opens into view %d drawing %d events, want its %d", k, g.Open, len(got), len(want))
			}
		}
	}
	if opened == 0 {
		t.Error("no group of events opens")
	}
}
