package timeline

import (
	"time"

	"github.com/eventgraph/eventgraph/internal/textmetrics"
)

// axisTick is a tick drawn on the axis, where gridlines may follow it.
type axisTick struct {
	U     float64
	Label Item
}

// Axis sizes in px.
const (
	tickLen     = 5.0
	tickGap     = 3.0  // between a tick and its label
	tickLabelGx = 14.0 // least room between two tick labels along a horizontal axis
	tickLabelGy = 40.0 // least room between two tick labels along a vertical axis
)

// axisTicks chooses the ticks of every segment of sc and their labels,
// dropping a label that would come too close to the one before. For a
// horizontal axis the labels hang below v; for a vertical one they end left
// of v. Labels never pass lo..hi across their length.
func axisTicks(f frame, sc scale, v, lo, hi float64) []axisTick {
	var out []axisTick
	last := -1e18
	for _, g := range sc.segs {
		// Where the axis is warped, the room is what the warp gives.
		pxPerDay := (sc.pos(g.To) - sc.pos(g.From)) / (g.To - g.From)
		step := chooseStep(pxPerDay, sc.finest, func(s tickStep) float64 {
			if f.vertical {
				return tickLabelGy
			}
			return textmetrics.Width(sampleTickLabel(s, g.From), sizeSmall, false) + tickLabelGx
		})
		ts := ticksIn(step, g.From, g.To)
		// A short segment may hold no tick of its step: take finer steps
		// until one falls inside (labels too close are dropped below).
		for i := stepIndex(step) - 1; len(ts) == 0 && i >= 0 && steps[i].Unit >= sc.finest; i-- {
			step = steps[i]
			ts = ticksIn(step, g.From, g.To)
		}
		named := false // whether a tick kept on g names its year
		for _, t := range ts {
			if !namesRightDay(t.T, step, g) {
				continue
			}
			at := tickAt(t.T, step)
			if at < g.From-1e-9 || at > g.To+1e-9 {
				continue // the day's middle is past the segment's end
			}
			u := sc.pos(at)
			text := t.Label
			if !named {
				// The first label kept on a segment names its year, also
				// where the tick before it was left out.
				text = tickLabel(step, timeOf(t.T), true)
			}
			lab := textItem(RoleMuted, "eg-tick-label", []string{text}, 0, 0, sizeSmall, false)
			var a0, a1 float64 // the label's extent along the axis
			if f.vertical {
				lab = moved(lab, v-tickLen-tickGap-lab.W, u-lab.H/2)
				lab.Anchor = AnchorStart
				a0, a1 = lab.Y, lab.Y+lab.H
			} else {
				x := u - lab.W/2
				lab = moved(lab, x, v+tickLen+tickGap)
				a0, a1 = lab.X, lab.X+lab.W
			}
			if a0 < lo || a1 > hi || a0 < last+gapAlong(f) {
				continue
			}
			last, named = a1, true
			out = append(out, axisTick{U: u, Label: lab})
		}
	}
	return out
}

// namesRightDay reports whether a tick at day t of step s may be labelled
// on segment g: a tick of days or hours before the segment's first event
// or at or after the end of its last (in the padding around them) names a
// day no event is on, which under an event of the day before reads as its
// date; only a natural boundary (the 1st of a month, a Monday) may stand
// there.
func namesRightDay(t float64, s tickStep, g Segment) bool {
	if s.Unit > unitDay || (t >= g.first-1e-9 && t < g.last-1e-9) {
		return true
	}
	d := timeOf(t)
	return d.Hour() == 0 && (d.Day() == 1 || d.Weekday() == time.Monday)
}

// tickAt returns where on the scale a tick of step s at time t stands: a
// tick naming a day (or a week's Monday) at noon, where the marks of
// that day's events stand, so that where a day takes room on the axis
// its name is beside its events and not half a day before them; other
// ticks at their instant (a month's or year's start, an hour).
func tickAt(t float64, s tickStep) float64 {
	if s.Unit == unitDay {
		return t + 0.5
	}
	return t
}

func gapAlong(f frame) float64 {
	if f.vertical {
		return 4
	}
	return tickLabelGx / 2
}

// drawAxis draws the axis line of each segment at v, its ticks with their
// labels, and a zig-zag at each break.
func drawAxis(f frame, sc scale, v float64, ticks []axisTick) []Item {
	var out []Item
	add := func(it Item, role Role, class string) {
		it.Role, it.Class = role, class
		if it.Shape == ShapeLine {
			it.Stroke = StrokeSolid
		}
		out = append(out, it)
	}
	for i, g := range sc.segs {
		add(f.line(sc.pos(g.From), v, sc.pos(g.To), v), RoleAxis, "eg-axis")
		if i > 0 {
			out = append(out, breakMark(f, sc.pos(sc.segs[i-1].To), sc.pos(g.From), v, "eg-break")...)
		}
	}
	dir := 1.0
	if f.vertical {
		dir = -1
	}
	for _, t := range ticks {
		add(f.line(t.U, v, t.U, v+dir*tickLen), RoleAxis, "eg-tick")
		out = append(out, t.Label)
	}
	return out
}

// breakMark draws an axis break: a zig-zag from u0 to u1 across v.
func breakMark(f frame, u0, u1, v float64, class string) []Item {
	const amp = 5.0
	zig := []float64{u0, v}
	n := 5
	step := (u1 - u0 - 4) / float64(n)
	for i := 0; i < n; i++ {
		d := amp
		if i%2 == 1 {
			d = -amp
		}
		zig = append(zig, u0+2+step*(float64(i)+0.5), v-d)
	}
	zig = append(zig, u1, v)
	z := f.line(zig...)
	z.Role, z.Class, z.Stroke, z.Width = RoleBreak, class, StrokeSolid, 1.5
	return []Item{z}
}

// stepIndex returns the index of s in steps.
func stepIndex(s tickStep) int {
	for i, x := range steps {
		if x == s {
			return i
		}
	}
	return len(steps) - 1
}
