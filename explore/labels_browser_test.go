package explore

import (
	"fmt"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/internal/browsertest"
)

// label is a graph label as the page reports it.
type label struct {
	ID             string
	X0, Y0, X1, Y1 float64
}

// TestGraphLabels opens the explorer of the bundled case and of the
// claims-over-time example at a desktop's width and a phone's, and checks
// that no two of the graph's labels overlap, that every label lies inside
// the view, and that the example's people (the actors of its story) are
// all named.
func TestGraphLabels(t *testing.T) {
	t.Parallel()
	for _, dir := range []string{"../data/han-dong", "../examples/claims-over-time"} {
		c, err := casefile.LoadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		p := builtPage(t, c)
		url := browsertest.WritePage(t, p.HTML)
		for _, w := range []int64{1280, 390} {
			t.Run(fmt.Sprintf("%s/%d", c.Meta.Title, w), func(t *testing.T) {
				tb := browsertest.Open(t, url, w)
				browsertest.Eval[bool](t, tb, frames)
				ls := browsertest.Eval[[]label](t, tb, `eventgraphExplorer.labels()`)
				width := browsertest.Eval[float64](t, tb, `document.getElementById('graph').clientWidth`)
				if len(ls) < 5 {
					t.Errorf("only %d labels drawn", len(ls))
				}
				named := map[string]bool{}
				for i, a := range ls {
					named[a.ID] = true
					if a.X0 < 0 || a.X1 > width {
						t.Errorf("the label of %s runs out of the %g px view: %+v", a.ID, width, a)
					}
					for _, b := range ls[i+1:] {
						if a.X0 < b.X1 && b.X0 < a.X1 && a.Y0 < b.Y1 && b.Y0 < a.Y1 {
							t.Errorf("the labels of %s and %s overlap: %+v %+v", a.ID, b.ID, a, b)
						}
					}
				}
				if dir == "../examples/claims-over-time" {
					for _, pr := range c.People {
						if !named[pr.ID] {
							t.Errorf("%s (%s) is not named in the graph", pr.Name, pr.ID)
						}
					}
				}
				tb.Check(t)
			})
		}
	}
}
