package timeline

import (
	"math"

	"github.com/eventgraph/eventgraph/casefile"
)

// layLanes lays the lanes out below the band of labels, which ends at
// bandBottom, and the axis below them.
func (h *horizontal) layLanes(bandBottom float64) {
	b, sc, lanes := h.b, h.sc, h.lanes
	// Each lane's name stands on its line where no connector crosses
	// the lane: a connector runs down to the lowest lane of its card's
	// participants.
	crossing := make([][][2]float64, len(lanes))
	for _, c := range h.cards {
		low := -1
		for _, en := range c.en.events() {
			spec := b.markSpec(en, sc)
			u0, u1 := laneExtent(en, spec, drawMark(b.f, spec, 0).mid)
			for _, p := range en.ev.Participants {
				if i, ok := h.laneOf[p.Who]; ok {
					low = max(low, i)
					crossing[i] = append(crossing[i], [2]float64{u0, u1})
				}
			}
		}
		if c.en.members != nil {
			continue // an aggregate has no connector
		}
		for i := 0; i <= low; i++ {
			crossing[i] = append(crossing[i], [2]float64{c.mark.mid, c.mark.mid})
		}
	}
	h.lanesTop = bandBottom + 8
	h.laneMid = make([]float64, len(lanes))
	h.laneLabels = make([]Item, len(lanes))
	y := h.lanesTop
	for i, l := range lanes {
		t := laneName(cleanText(l.Name), b.act.aliases[l.ID], laneRole(l.Kind), "eg-lane-label eg-"+string(l.Kind), crossing[i], b.m, b.width-b.m)
		// The name stands on its lane's line (its halo parts the line),
		// so that a lane takes a line of text, not two.
		h.laneLabels[i] = moved(t, 0, y)
		h.laneMid[i] = y + t.H/2
		y += t.H + laneGap
	}
	h.axisY = y + 3
	if len(lanes) == 0 {
		h.axisY = bandBottom + 16
	}
}

// connect draws the gridlines across the lanes (never behind labels; lane
// names have a halo), the lanes and their names, and the connectors of
// cards down to their lanes with the lane marks.
func (h *horizontal) connect(cards []placedCard) {
	b, sc := h.b, h.sc
	for _, t := range h.ticks {
		g := b.f.line(t.U, h.lanesTop-4, t.U, h.axisY)
		g.Role, g.Class, g.Stroke, g.Width = RoleGrid, "eg-grid", StrokeSolid, 1
		b.items = append(b.items, g)
	}
	for i, l := range h.lanes {
		group := "lane-" + l.ID
		b.groups[group] = Group{ID: group, Class: "eg-lane eg-" + string(l.Kind), Tooltip: cleanText(l.Name)}
		for _, g := range sc.segs {
			ln := b.f.line(max(sc.pos(g.From)-6, b.m), h.laneMid[i], min(sc.pos(g.To)+6, b.width-b.m), h.laneMid[i])
			ln.Role, ln.Class, ln.Group, ln.Stroke, ln.Width = RoleGrid, "eg-lane-line", group, StrokeSolid, 1
			b.items = append(b.items, ln)
		}
		t := h.laneLabels[i]
		t.Group, t.Halo = group, true
		b.items = append(b.items, t)
	}
	seen := map[[2]int64]bool{}
	for _, c := range cards {
		h.laneMarks(c, seen)
	}
}

// laneMarks draws the connector of a card down to the lanes of its
// events' participants, and a mark on each of those lanes. Aggregates mark
// their members' lanes without a connector, one mark per lane and pixel.
func (h *horizontal) laneMarks(c placedCard, seen map[[2]int64]bool) {
	b, sc, laneOf, lanes := h.b, h.sc, h.laneOf, h.lanes
	laneY := func(i int) float64 { return h.laneMid[i] }
	v := c.markAt.Y
	agg := c.en.members != nil
	low, connect := 0, false
	for _, en := range c.en.events() {
		var idx []int
		for _, p := range en.ev.Participants {
			if i, ok := laneOf[p.Who]; ok {
				idx = append(idx, i)
			}
		}
		if len(idx) == 0 {
			continue
		}
		spec := b.markSpec(en, sc)
		mk := drawMark(b.f, spec, 0)
		group := ""
		if !agg {
			group = groupID(en)
			connect = true
		}
		for _, i := range idx {
			low = max(low, i)
			k := [2]int64{int64(i), int64(math.Round(mk.mid))}
			if agg || c.en.stack != nil {
				if seen[k] {
					continue
				}
				seen[k] = true
			}
			l := lanes[i]
			if l.Kind == casefile.KindPerson {
				b.keys.add(keyLanePerson)
			} else {
				b.keys.add(keyLaneOrganization)
			}
			var it Item
			switch u0, u1 := laneExtent(en, spec, mk.mid); {
			case en.ext.Point && l.Kind == casefile.KindOrganization:
				// Squares for organizations, circles for people: told
				// apart without colour.
				it = b.f.rect(mk.mid-3.5, laneY(i)-3.5, 7, 7)
			case en.ext.Point:
				it = b.f.circle(mk.mid, laneY(i), 3.5)
			default:
				it = b.f.rect(u0, laneY(i)-3, u1-u0, 6)
				if l.Kind == casefile.KindPerson {
					it.R = 3
				}
			}
			it.Role, it.Class, it.Group = laneRole(l.Kind), "eg-lane-mark eg-"+string(l.Kind), group
			it.Fill, it.Stroke, it.Solid, it.Mark = PaintSolid, StrokeNone, true, true
			b.items = append(b.items, it)
		}
	}
	if connect {
		cn := b.f.line(c.mark.mid, v+markHalf, c.mark.mid, laneY(low))
		cn.Role, cn.Class, cn.Group, cn.Stroke, cn.Width = RoleConnector, "eg-connector", groupID(c.en), StrokeSolid, 1
		b.items = append(b.items, cn)
	}
}

// laneRole returns the style role of an actor kind.
func laneRole(k casefile.Kind) Role {
	if k == casefile.KindOrganization {
		return RoleOrganization
	}
	return RolePerson
}

// eventsOf returns the events of entries.
func eventsOf(es []*entry) []*casefile.Event {
	out := make([]*casefile.Event, 0, len(es))
	for _, e := range es {
		for _, m := range e.events() {
			out = append(out, m.ev)
		}
	}
	return out
}

// laneExtent returns how far along the axis the mark of en on a lane
// reaches: a point's dot, a span's bar (to the axis's end where it is
// open or cut), never shorter than a dot.
func laneExtent(en *entry, spec markSpec, mid float64) (u0, u1 float64) {
	if en.ext.Point {
		return mid - 3.5, mid + 3.5
	}
	u0, u1 = spec.u0, spec.u1
	if en.ext.Start == EndOpen || en.cutS {
		u0 = spec.axisU0
	}
	if en.ext.End == EndOpen || en.cutE {
		u1 = spec.axisU1
	}
	if u1-u0 < 7 {
		m := (u0 + u1) / 2
		u0, u1 = m-3.5, m+3.5
	}
	return u0, u1
}
