package diagram

import (
	"cmp"
	"context"
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

// TestEventsInDateOrder checks that the events of every focus view of
// qualityCases (the focus diagrams render writes, of the bundled case and
// every example, and the other focus views) and of every overview are
// drawn in date order (by the lower bound of their dates, as the focus
// layout orders them) along the layout's main axis, the rank direction
// (left to right for LR), the events of one column running in date order
// across it (top to bottom for LR). dot does not always keep the order
// the layout asks for (see layoutView); this test is what notices.
//
// A view of a whole case is not checked: it puts each record in the
// column of its distance from the centre of the case's ties, so events
// run in date order only within a column, and records in a part of the
// case not tied to the centre are left where dot puts them.
func TestEventsInDateOrder(t *testing.T) {
	checked := 0
	for _, c := range qualityCases(t) {
		if c.o.Focus == "" && !strings.HasSuffix(c.name, "/overview") {
			continue
		}
		s, err := layoutOf(context.Background(), c.g, c.o)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
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
	if checked < 40 {
		t.Errorf("checked %d events; the focus views should hold more", checked)
	}
}
