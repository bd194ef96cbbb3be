package diagram

import (
	"cmp"
	"context"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/testcase"
	"maps"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/scene"
)

// drawnEvent is an event node of a drawing: where its centre is along the
// layout's main axis (the rank direction: x for LR, y for TB) and across
// it, and the lower bound of its date.
type drawnEvent struct {
	id          string
	main, cross float64
	date        string
	lower       int64
}

// drawnEvents returns the event nodes of a scene (not the legend's
// samples) in reading order: by their place along the main axis, then
// across it.
func drawnEvents(t *testing.T, s *scene.Scene, c qualityCase) []drawnEvent {
	var out []drawnEvent
	s.Walk(func(e *scene.Element, parents []*scene.Element) {
		if e.Kind != scene.Group || !hasClass(e, "eg-node") || !hasClass(e, "eg-event") {
			return
		}
		for _, p := range parents {
			if hasClass(p, "eg-legend") {
				return
			}
		}
		id, _ := strings.CutPrefix(e.ID, "n-")
		ev := c.g.Case().Event(id)
		if ev == nil {
			t.Fatalf("%s: event node %q is no event of the case", c.name, e.ID)
		}
		b := e.Bounds()
		x, y := (b.X0+b.X1)/2, (b.Y0+b.Y1)/2
		d := drawnEvent{id: id, main: x, cross: y, date: ev.Date.String(), lower: ev.Date.Lower().Unix()}
		if c.o.Direction == TB {
			d.main, d.cross = y, x
		}
		out = append(out, d)
	})
	slices.SortStableFunc(out, func(a, b drawnEvent) int {
		return cmp.Or(cmp.Compare(math.Round(a.main), math.Round(b.main)), cmp.Compare(a.cross, b.cross))
	})
	return out
}

// eventViews returns, for every case of the repository (data/ and
// examples/), the views that draw its events, each laid out left to
// right and top to bottom: the whole case (default kinds; also boxed by
// organization, and limited to OverviewMaxNodes records), the focus
// views of depth 1 and 2 of each person in two events or more (those
// render writes among them) and of each event, and the chains from the
// first person in an event to every other one it reaches.
func eventViews(t *testing.T) []qualityCase {
	cases := testcase.RepoCases(t)
	names := slices.Sorted(maps.Keys(cases))
	var out []qualityCase
	for _, name := range names {
		c := cases[name]
		g, err := graph.Build(c)
		if err != nil {
			t.Fatal(err)
		}
		add := func(view string, o opt) {
			out = append(out, qualityCase{name + "/" + view, g, o})
			o.Direction = TB
			out = append(out, qualityCase{name + "/" + view + "-TB", g, o})
		}
		add("whole", opt{})
		add("whole-cluster", opt{Options: Options{Cluster: true}})
		add("whole-max", opt{MaxNodes: OverviewMaxNodes})
		for _, id := range c.PeopleInEvents(2) {
			add("focus-"+id, opt{Focus: id, Depth: 1})
			add("focus2-"+id, opt{Focus: id, Depth: 2})
		}
		for _, e := range c.Events {
			add("focus-"+e.ID, opt{Focus: e.ID, Depth: 1})
			add("focus2-"+e.ID, opt{Focus: e.ID, Depth: 2})
		}
		if people := c.PeopleInEvents(1); len(people) > 1 {
			for _, to := range people[1:] {
				o := opt{PathFrom: people[0], PathTo: to}
				if _, err := o.view(g); err == nil {
					add("chain-"+people[0]+"-"+to, o)
				}
			}
		}
	}
	return out
}

// TestEventsInDateOrder checks that the events of every view that draws
// events (eventViews) are drawn in date order (by the lower bound of their
// dates, as the layouts order them) along the layout's main axis, the rank
// direction (left to right for LR, top to bottom for TB), the events of
// one column running in date order across it (top to bottom for LR, left
// to right for TB). Focus and chain views hold their events so in columns
// by distance from the focus or the chain's start
// (focusLayout.orderEvents), whole views in columns filled by date
// (focusLayout.dateColumns). dot does not always keep the order the
// layout asks for within a column (see chooseLayout); this test is what
// notices. It also checks that every edge label of these views stands
// within maxLabelGap pixels of its line (TestEdgeLabelGaps pins the
// farthest for the diagrams of qualityCases).
func TestEventsInDateOrder(t *testing.T) {
	checked, views := 0, eventViews(t)
	for _, c := range views {
		s, err := layoutOf(context.Background(), c.g, c.o)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		for _, g := range labelGaps(s) {
			if g.gap > maxLabelGap {
				t.Errorf("%s: the label of %s (%q) stands %.1f px from its line, more than %g", c.name, g.edge, g.words, g.gap, maxLabelGap)
			}
		}
		evs := drawnEvents(t, s, c)
		for i := 1; i < len(evs); i++ {
			a, b := evs[i-1], evs[i]
			if b.lower < a.lower {
				t.Errorf("%s: event %s (%s) is drawn after %s (%s): at %.0f, %.0f after %.0f, %.0f along and across the main axis",
					c.name, b.id, b.date, a.id, a.date, b.main, b.cross, a.main, a.cross)
			}
		}
		checked += len(evs)
	}
	t.Logf("%d views, %d events", len(views), checked)
	if checked < 700 {
		t.Errorf("checked %d events; the views of the repository's cases hold more", checked)
	}
}

// TestGeneratedEventsInDateOrder checks, as TestEventsInDateOrder does,
// that the whole view of a generated case of 30 events, laid out by dot
// left to right and top to bottom, draws its events in date order along
// the main axis. Top to bottom, dot swaps two events of a column staggered
// once (holdStagger) where the columns of two of them meet: chooseLayout
// staggers again the columns still swapped.
func TestGeneratedEventsInDateOrder(t *testing.T) {
	g := genGraph(t, 30)
	for _, dir := range []Direction{LR, TB} {
		c := qualityCase{"generated-30-" + string(dir), g, opt{Options: Options{Engine: Dot, Direction: dir}}}
		s, err := layoutOf(context.Background(), c.g, c.o)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		evs := drawnEvents(t, s, c)
		if len(evs) != 30 {
			t.Errorf("%s: %d events drawn, want 30", c.name, len(evs))
		}
		for i := 1; i < len(evs); i++ {
			a, b := evs[i-1], evs[i]
			if b.lower < a.lower {
				t.Errorf("%s: event %s (%s) is drawn after %s (%s): at %.0f, %.0f after %.0f, %.0f along and across the main axis",
					c.name, b.id, b.date, a.id, a.date, b.main, b.cross, a.main, a.cross)
			}
		}
	}
}
