package diagram

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/scene"
)

// TestEdgeLabelGaps measures, in the drawing model of every diagram of
// qualityCases, the distance from each edge label's text to its own line
// (Graphviz puts a label beside the middle of its edge, a multi-line one
// often well away from it; placeEdgeLabels moves it back). A label more
// than maxLabelGap pixels from its line fails; for each diagram, the
// number of labels, the number standing more than maxLabelGap pixels
// from their line and the farthest distance are compared with
// testdata/label-gaps.txt, so that labels cannot drift from their ties
// unnoticed (go test ./diagram -update rewrites it; read the diff).
func TestEdgeLabelGaps(t *testing.T) {
	var out strings.Builder
	fmt.Fprintf(&out, "# diagram: edge labels, labels more than %g px from their line, farthest (px)\n", maxLabelGap)
	for _, c := range qualityCases(t) {
		s, err := layoutOf(context.Background(), c.g, c.o)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		labels, worst := 0, 0.0
		var far []edgeLabelGap
		for _, g := range labelGaps(s) {
			labels++
			worst = max(worst, g.gap)
			if g.gap > maxLabelGap {
				far = append(far, g)
				t.Errorf("%s: the label of %s (%q) stands %.1f px from its line, more than %g", c.name, g.edge, g.words, g.gap, maxLabelGap)
			}
		}
		fmt.Fprintf(&out, "%s: labels %d, beyond %g px %d, farthest %.0f\n", c.name, labels, maxLabelGap, len(far), worst)
	}
	golden(t, "label-gaps.txt", []byte(out.String()))
}

// edgeLabelGap is an edge label of a drawing: its edge's ID, its text (lines
// joined by " / ") and its distance in pixels from its own line.
type edgeLabelGap struct {
	edge, words string
	gap         float64
}

// labelGaps returns the edge labels of s, in drawing order.
func labelGaps(s *scene.Scene) []edgeLabelGap {
	var out []edgeLabelGap
	s.Walk(func(e *scene.Element, _ []*scene.Element) {
		if e.Kind != scene.Group || !strings.Contains(" "+e.Class+" ", " eg-edge ") {
			return
		}
		var line []scene.Point
		var boxes []scene.Box
		var words []string
		for i := range e.Children {
			ch := &e.Children[i]
			switch ch.Kind {
			case scene.Path, scene.Polyline:
				line = append(line, sampled(ch)...)
			case scene.Text:
				boxes = append(boxes, ch.LineBoxes()...)
				for _, l := range ch.Lines {
					words = append(words, l.Text)
				}
			}
		}
		if len(line) == 0 || len(boxes) == 0 {
			return
		}
		gap := math.Inf(1)
		for _, b := range boxes {
			for _, p := range line {
				gap = min(gap, boxDistance(b, p))
			}
		}
		out = append(out, edgeLabelGap{e.ID, strings.Join(words, " / "), gap})
	})
	return out
}
