package timeline_test

import (
	"testing"

	"github.com/eventgraph/eventgraph/internal/testcase"
	"github.com/eventgraph/eventgraph/timeline"
)

// TestEveryGroupDrawn lays out a case large enough to be grouped, in both
// orientations: every group the scene describes has an item drawn in it
// (a trial grouping leaves none behind).
func TestEveryGroupDrawn(t *testing.T) {
	c := testcase.Generated(t, 1000)
	for _, o := range []timeline.Orientation{timeline.Horizontal, timeline.Vertical} {
		s, err := timeline.Layout(c, timeline.Options{Orientation: o})
		if err != nil {
			t.Fatal(err)
		}
		drawn := map[string]bool{}
		for _, it := range s.Items {
			drawn[it.Group] = true
		}
		empty := 0
		for _, g := range s.Groups {
			if !drawn[g.ID] {
				if empty < 5 {
					t.Errorf("%s: group %s has no item", o, g.ID)
				}
				empty++
			}
		}
		if empty > 0 {
			t.Errorf("%s: %d of %d groups have no item", o, empty, len(s.Groups))
		}
	}
}
