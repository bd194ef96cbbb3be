package diagram

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/scene"
)

// qualityCases are the diagrams whose layout quality is pinned: every
// view of the bundled case, the focus diagram of each of its people in at
// least two events (as render draws them), and the examples, whole and
// around each of their people.
func qualityCases(t *testing.T) []qualityCase {
	var out []qualityCase
	seen := map[string]bool{}
	add := func(name string, g *graph.Graph, o opt) {
		if seen[name] {
			return
		}
		seen[name] = true
		out = append(out, qualityCase{name, g, o})
	}
	seed := seedGraph(t)
	for _, v := range views {
		g := seed
		if v.asOf {
			g = seedAsOf(t)
		}
		add("han-dong/"+v.name, g, v.opts)
	}
	for _, id := range seed.Case().PeopleInEvents(2) {
		add("han-dong/focus-"+id, seed, opt{Focus: id, Depth: 1})
	}
	for _, dir := range exampleCases(t) {
		c, err := casefile.LoadDir("../examples/" + dir)
		if err != nil {
			t.Fatal(err)
		}
		g, err := graph.Build(c)
		if err != nil {
			t.Fatal(err)
		}
		add(dir+"/relations", g, opt{})
		add(dir+"/overview", g, overviewOptions)
		for _, id := range c.PeopleInEvents(2) {
			add(dir+"/focus-"+id, g, opt{Focus: id, Depth: 1})
		}
	}
	return out
}

// qualityCase is one diagram of qualityCases: its name, graph and view.
type qualityCase struct {
	name string
	g    *graph.Graph
	o    opt
}

// exampleCases lists the folders under examples/ that hold a case (a
// YAML file at their top), so that a new example is measured without
// editing the test.
func exampleCases(t *testing.T) []string {
	entries, err := os.ReadDir("../examples")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		yml, _ := filepath.Glob(filepath.Join("../examples", e.Name(), "*.y*ml"))
		if len(yml) > 0 {
			out = append(out, e.Name())
		}
	}
	if len(out) < 3 {
		t.Fatalf("found %d example cases: %v", len(out), out)
	}
	return out
}

// TestLayoutQuality counts, in the drawing model, edge crossings, text
// lines overlapping and text crossed by lines for each diagram of
// qualityCases, and compares the counts with testdata/quality.txt, so
// that a change making layouts worse cannot pass unnoticed (go test
// ./diagram -update rewrites it; read the diff).
func TestLayoutQuality(t *testing.T) {
	var b strings.Builder
	b.WriteString("# diagram: crossings, text overlaps, text crossed by lines (see scene.Quality)\n")
	for _, c := range qualityCases(t) {
		s, err := layoutOf(context.Background(), c.g, c.o)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		q := s.Quality()
		fmt.Fprintf(&b, "%s: crossings %d, text overlaps %d, text crossed %d\n", c.name, q.Crossings, q.TextOverlaps, q.TextCrossed)
	}
	golden(t, "quality.txt", []byte(b.String()))
}

// smallestText returns the smallest font size of a scene's text.
func smallestText(s *scene.Scene) float64 {
	least := 0.0
	s.Walk(func(e *scene.Element, _ []*scene.Element) {
		if e.Kind == scene.Text && len(e.Lines) > 0 && (least == 0 || e.Font.Size < least) {
			least = e.Font.Size
		}
	})
	return least
}

// TestFocusReadableIn700 checks, in the drawing model, that every focus
// diagram render writes (depth 1, around each person in at least two
// events, of the bundled case and the examples) shows no text under 11
// pixels when shrunk to a 700-pixel column: the browser scales an
// <img style="max-width:100%"> by 700 / width when it is wider.
func TestFocusReadableIn700(t *testing.T) {
	for _, c := range qualityCases(t) {
		if !strings.Contains(c.name, "/focus-") || c.o.Depth != 1 {
			continue
		}
		s, err := layoutOf(context.Background(), c.g, c.o)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		px := smallestText(s) * min(1, 700/s.Width)
		if px < 11 {
			t.Errorf("%s: %g px wide, smallest text %g, shown at %.1f px in 700 px", c.name, s.Width, smallestText(s), px)
		}
	}
}
