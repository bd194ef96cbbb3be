package timeline

import (
	"reflect"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
)

func TestClustersNeverBreakInsideASpan(t *testing.T) {
	// A month-long bar (February 2021) and a day in September: the only
	// gap no span covers is March..September, so the one break is there,
	// never inside February.
	spans := []span{
		{lo: day(2021, 2, 1), hi: day(2021, 3, 1)},
		{lo: day(2021, 9, 24), hi: day(2021, 9, 25)},
		{lo: day(2021, 9, 24), hi: day(2021, 9, 25)},
	}
	want := []cluster{
		{lo: day(2021, 2, 1), hi: day(2021, 3, 1), n: 1},
		{lo: day(2021, 9, 24), hi: day(2021, 9, 25), n: 2},
	}
	if got := clusters(spans); !reflect.DeepEqual(got, want) {
		t.Errorf("clusters = %+v, want %+v", got, want)
	}
	// A year-long bar covering days in March: no break at all.
	year := []span{
		{lo: day(2021, 1, 1), hi: day(2022, 1, 1)},
		{lo: day(2021, 3, 1), hi: day(2021, 3, 2)},
		{lo: day(2021, 3, 3), hi: day(2021, 3, 4)},
	}
	if got := clusters(year); len(got) != 1 || got[0].lo != day(2021, 1, 1) || got[0].hi != day(2022, 1, 1) {
		t.Errorf("year bar: clusters = %+v, want one cluster covering 2021", got)
	}
}

func TestSegmentsForShortCase(t *testing.T) {
	// One day: padded by half a day, then widened to minAxisDays around it.
	d := day(2024, 5, 3)
	segs := segmentsFor([]span{{lo: d, hi: d + 1}}, crop{}, 0, 1000)
	want := []Segment{{From: d + 0.5 - 7, To: d + 0.5 + 7, Start: 0, End: 1000, first: d, last: d + 1}}
	if !reflect.DeepEqual(segs, want) {
		t.Errorf("segments = %+v, want %+v", segs, want)
	}
}

func TestFinestUnit(t *testing.T) {
	en := func(s string) *entry {
		return &entry{ev: &casefile.Event{ID: "e", Date: edtf.MustParse(s)}}
	}
	for _, c := range []struct {
		dates []string
		want  tickUnit
	}{
		{[]string{"2024-05-03"}, unitDay},
		{[]string{"2021", "2021-02/2021-03-04"}, unitDay},
		{[]string{"2021-03-02", "2021-03-02T21:30-04:00"}, unitHour},
		{[]string{"2021-03-01/2021-03-02T10:00Z"}, unitHour},
	} {
		var es []*entry
		for _, s := range c.dates {
			es = append(es, en(s))
		}
		if got := finestUnit(es); got != c.want {
			t.Errorf("finestUnit(%v) = %v, want %v", c.dates, got, c.want)
		}
	}
	// A day-precision case never ticks in hours, however much room.
	if got := chooseStep(1000, unitDay, func(tickStep) float64 { return 40 }); got != (tickStep{unitDay, 1}) {
		t.Errorf("chooseStep with days finest = %+v, want one day", got)
	}
}

func TestColumnsFillDown(t *testing.T) {
	var bs []block
	for range 6 {
		bs = append(bs, block{items: []Item{{Shape: ShapeRect, W: 10, H: 10}}, w: 10, h: 10})
	}
	out := columns(bs, 2, 100, 20, 2)
	var xs, ys []float64
	for _, it := range out.items {
		xs, ys = append(xs, it.X), append(ys, it.Y)
	}
	if want := []float64{0, 0, 0, 120, 120, 120}; !reflect.DeepEqual(xs, want) {
		t.Errorf("columns x = %v, want %v", xs, want)
	}
	if want := []float64{0, 12, 24, 0, 12, 24}; !reflect.DeepEqual(ys, want) {
		t.Errorf("columns y = %v, want %v", ys, want)
	}
}

func TestScaleWarp(t *testing.T) {
	sc := scale{segs: []Segment{{From: 0, To: 10, Start: 100, End: 200}, {From: 100, To: 110, Start: 224, End: 324}}}
	// Day 2 (px 120) moves down 30 px, the break keeps its 24 px.
	sc.warp = []knot{{P: 120, D: 30}, {P: 200, D: 30}, {P: 224, D: 30}}
	for _, c := range []struct{ t, want float64 }{
		{0, 130}, {2, 150}, {10, 230}, {100, 254}, {110, 354},
	} {
		if got := sc.pos(c.t); got != c.want {
			t.Errorf("warped pos(%g) = %g, want %g", c.t, got, c.want)
		}
	}
	if sc.start() != 130 || sc.end() != 354 {
		t.Errorf("warped axis = %g..%g, want 130..354", sc.start(), sc.end())
	}
}
