package timeline

import (
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
)

// day returns the day number of a date.
func day(y, m, d int) float64 {
	return dayOf(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC))
}

func TestScalePos(t *testing.T) {
	sc := scale{segs: []Segment{{From: 0, To: 10, Start: 100, End: 200}, {From: 100, To: 110, Start: 224, End: 324}}}
	for _, c := range []struct{ t, want float64 }{
		{-5, 100}, {0, 100}, {5, 150}, {10, 200},
		{55, 212},  // inside the break: 200..224 linearly
		{100, 224}, // start of the second segment
		{105, 274}, {110, 324}, {200, 324},
	} {
		if got := sc.pos(c.t); got != c.want {
			t.Errorf("pos(%g) = %g, want %g", c.t, got, c.want)
		}
	}
}

func TestClustersBreakLongGaps(t *testing.T) {
	// Events in 2018..2019 and two days in March 2023: the gap is a break.
	spans := []span{
		{lo: day(2018, 12, 1), hi: day(2018, 12, 2)},
		{lo: day(2019, 6, 1), hi: day(2019, 9, 1)},
		{lo: day(2023, 3, 21), hi: day(2023, 3, 22)},
		{lo: day(2023, 3, 22), hi: day(2023, 3, 23)},
	}
	got := clusters(spans)
	want := []cluster{
		{lo: day(2018, 12, 1), hi: day(2019, 9, 1), n: 2},
		{lo: day(2023, 3, 21), hi: day(2023, 3, 23), n: 2},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("clusters = %+v, want %+v", got, want)
	}
	// Evenly spread events make no break.
	var even []span
	for y := 2000; y < 2010; y++ {
		even = append(even, span{lo: day(y, 1, 1), hi: day(y, 1, 2)})
	}
	if got := clusters(even); len(got) != 1 || got[0].n != 10 {
		t.Errorf("even spread: clusters = %+v, want one of 10", got)
	}
}

func TestSegmentsFor(t *testing.T) {
	spans := []span{{lo: 0, hi: 1}, {lo: 1000, hi: 1001}, {lo: 1000, hi: 1001}, {lo: 1000, hi: 1001}}
	segs := segmentsFor(spans, crop{}, 0, 1000)
	// Padding: half a day each side. Weights: time 1/2 each (0.3), events
	// 1/4 and 3/4 (0.7) → 0.325 and 0.675 of 976 px (one 24 px break).
	want := []Segment{
		{From: -0.5, To: 1.5, Start: 0, End: 317.2},
		{From: 999.5, To: 1001.5, Start: 341.2, End: 1000},
	}
	if len(segs) != 2 {
		t.Fatalf("segments = %+v", segs)
	}
	for i := range want {
		g, w := segs[i], want[i]
		if g.From != w.From || g.To != w.To || round2(g.Start) != w.Start || round2(g.End) != w.End {
			t.Errorf("segment %d = %+v, want %+v", i, g, w)
		}
	}
	// A crop fixes the ends.
	segs = segmentsFor([]span{{lo: 10, hi: 11}}, crop{from: 5, to: 20, hasFrom: true, hasTo: true}, 0, 500)
	if len(segs) != 1 || segs[0].From != 5 || segs[0].To != 20 {
		t.Errorf("cropped segments = %+v", segs)
	}
}

func TestAllocateKeepsMinimum(t *testing.T) {
	got := allocate([]float64{0.01, 0.99}, 1000, 110)
	if got[0] != 110 || got[1] != 890 {
		t.Errorf("allocate = %v, want [110 890]", got)
	}
}

func TestChooseStep(t *testing.T) {
	fixed := func(px float64) func(tickStep) float64 { return func(tickStep) float64 { return px } }
	for _, c := range []struct {
		pxPerDay, minPx float64
		want            tickStep
	}{
		{1000, 40, tickStep{unitHour, 1}},
		{100, 60, tickStep{unitDay, 1}},
		{30, 40, tickStep{unitDay, 7}},
		{1, 40, tickStep{unitMonth, 3}},
		{0.1, 40, tickStep{unitYear, 2}},
		{0.001, 40, tickStep{unitYear, 200}},
	} {
		if got := chooseStep(c.pxPerDay, unitHour, fixed(c.minPx)); got != c.want {
			t.Errorf("chooseStep(%g, %g) = %+v, want %+v", c.pxPerDay, c.minPx, got, c.want)
		}
	}
}

func TestTicksIn(t *testing.T) {
	labels := func(ts []tick) []string {
		var out []string
		for _, x := range ts {
			out = append(out, x.Label)
		}
		return out
	}
	for _, c := range []struct {
		name   string
		step   tickStep
		lo, hi float64
		want   []string
	}{
		{"days", tickStep{unitDay, 1}, day(2023, 3, 20) + 0.5, day(2023, 3, 23), []string{"21 Mar 2023", "22 Mar", "23 Mar"}},
		{"weeks", tickStep{unitDay, 7}, day(2023, 2, 24), day(2023, 3, 22), []string{"27 Feb 2023", "6 Mar", "13 Mar", "20 Mar"}},
		{"quarters", tickStep{unitMonth, 3}, day(2018, 11, 1), day(2019, 10, 1), []string{"Jan 2019", "Apr", "Jul", "Oct"}},
		{"months over new year", tickStep{unitMonth, 1}, day(2020, 11, 15), day(2021, 2, 1), []string{"Dec 2020", "Jan 2021", "Feb"}},
		{"years", tickStep{unitYear, 5}, day(2003, 6, 1), day(2016, 1, 1), []string{"2005", "2010", "2015"}},
		{"BCE", tickStep{unitYear, 20}, day(-44, 1, 1), day(1, 1, 1), []string{"40 BCE", "20 BCE"}},
		{"across year 0", tickStep{unitYear, 1}, day(-1, 1, 1), day(2, 1, 1), []string{"2 BCE", "1 BCE", "1", "2"}},
		{"far future", tickStep{unitYear, 1}, day(170000001, 6, 1), day(170000003, 6, 1), []string{"170,000,002", "170,000,003"}},
	} {
		if got := labels(ticksIn(c.step, c.lo, c.hi)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: ticks %q, want %q", c.name, got, c.want)
		}
	}
}

// TestRangeLabels checks aggregate spans; edtf's label tests cover the
// wording of single dates and intervals.
func TestRangeLabels(t *testing.T) {
	for _, c := range []struct {
		lo, hi float64
		want   string
	}{
		{day(2021, 3, 1), day(2021, 7, 1), "Mar–Jun 2021"},
		{day(2021, 3, 1), day(2021, 4, 20), "Mar–Apr 2021"},
		{day(2021, 11, 1), day(2022, 2, 1), "Nov 2021 – Jan 2022"},
		{day(2018, 1, 1), day(2022, 1, 1), "2018–2021"},
		{day(2023, 3, 12), day(2023, 3, 15), "12–14 Mar 2023"},
		{day(2023, 3, 12), day(2023, 3, 13), "12 Mar 2023"},
		{day(2023, 3, 30), day(2023, 4, 3), "30 Mar – 2 Apr 2023"},
		{day(2022, 12, 30), day(2023, 1, 3), "30 Dec 2022 – 2 Jan 2023"},
	} {
		if got := rangeLabel(c.lo, c.hi); got != c.want {
			t.Errorf("rangeLabel(%v, %v) = %q, want %q", c.lo, c.hi, got, c.want)
		}
	}
}

func TestExtents(t *testing.T) {
	for _, c := range []struct {
		in   string
		want extent
	}{
		{"2023-03-22", extent{Lo: day(2023, 3, 22), Hi: day(2023, 3, 23), Point: true, At: day(2023, 3, 22) + 0.5}},
		{"2023-03", extent{Lo: day(2023, 3, 1), Hi: day(2023, 4, 1)}},
		{"2023-03~", extent{Lo: day(2023, 3, 1), Hi: day(2023, 4, 1), Approximate: true}},
		{"2023-03-22/..", extent{Lo: day(2023, 3, 22), Hi: day(2023, 3, 23), End: EndOpen}},
		{"/2019", extent{Lo: day(2019, 1, 1), Hi: day(2020, 1, 1), Start: EndUnknown}},
		{"1985-04-XX", extent{Lo: day(1985, 4, 1), Hi: day(1985, 5, 1)}},
	} {
		got, ok := extentOf(edtf.MustParse(c.in))
		if !ok || got != c.want {
			t.Errorf("extentOf(%s) = %+v, want %+v", c.in, got, c.want)
		}
	}
}

func TestParseLanesAndClaims(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Lanes
	}{
		{"", Lanes{Mode: LanesAuto}},
		{"auto", Lanes{Mode: LanesAuto}},
		{"people", Lanes{Mode: LanesPeople}},
		{"none", Lanes{Mode: LanesNone}},
		{"han-dong, csis", Lanes{Mode: LanesIDs, IDs: []string{"han-dong", "csis"}}},
	} {
		got, err := ParseLanes(c.in)
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("ParseLanes(%q) = %+v, %v; want %+v", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{"Han Dong", "a,,b", "a,a"} {
		if _, err := ParseLanes(bad); !errors.Is(err, ErrOptions) {
			t.Errorf("ParseLanes(%q) error = %v, want ErrOptions", bad, err)
		}
	}
	if m, err := ParseClaims("full"); m != ClaimsFull || err != nil {
		t.Errorf("ParseClaims(full) = %q, %v", m, err)
	}
	_, err := ParseClaims("all")
	if err == nil || err.Error() != `timeline: invalid options: unknown claims mode "all": use none, badges or full` {
		t.Errorf("ParseClaims(all) error = %v", err)
	}
}

func TestValidate(t *testing.T) {
	for _, c := range []struct {
		o    Options
		want string
	}{
		{Options{}, ""},
		{Options{Width: 100}, "timeline: invalid options: width 100 is out of range: use 280 to 20000 px, or 0 for the default"},
		{Options{Orientation: "diagonal"}, `timeline: invalid options: unknown orientation "diagonal": use horizontal or vertical`},
		{Options{Lanes: Lanes{Mode: LanesIDs}}, "timeline: invalid options: lanes list no IDs"},
		{Options{From: edtf.MustParse("2023"), To: edtf.MustParse("2020")}, "timeline: invalid options: the crop ends (2020) before it starts (2023)"},
	} {
		err := c.o.Validate()
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("Validate(%+v) = %q, want %q", c.o, got, c.want)
		}
	}
}

func TestChooseLanes(t *testing.T) {
	c := &casefile.Case{
		People:        []*casefile.Person{{ID: "ann", Name: "Ann"}, {ID: "bob", Name: "Bob"}, {ID: "cy", Name: "Cy"}},
		Organizations: []*casefile.Organization{{ID: "org", Name: "Org"}},
	}
	p := func(ids ...string) []casefile.Participant {
		var out []casefile.Participant
		for _, id := range ids {
			out = append(out, casefile.Participant{Who: id})
		}
		return out
	}
	events := []*casefile.Event{
		{ID: "e1", Participants: p("bob", "org")},
		{ID: "e2", Participants: p("bob", "ann", "org")},
		{ID: "e3", Participants: p("bob", "cy", "ann")},
	}
	a := newActors(c)
	ids := func(ls []lane) []string {
		var out []string
		for _, l := range ls {
			out = append(out, l.ID)
		}
		return out
	}
	for _, tc := range []struct {
		l    Lanes
		max  int
		want []string
	}{
		{Lanes{}, 16, []string{"bob", "ann", "org"}}, // cy is in one event only; ann and org tie on 2, by ID
		{Lanes{}, 2, []string{"bob", "ann"}},
		{Lanes{Mode: LanesPeople}, 16, []string{"bob", "ann", "cy"}},
		{Lanes{Mode: LanesOrganizations}, 16, []string{"org"}},
		{Lanes{Mode: LanesAll}, 16, []string{"bob", "ann", "org", "cy"}},
		{Lanes{Mode: LanesNone}, 16, nil},
		{Lanes{Mode: LanesIDs, IDs: []string{"cy", "org"}}, 16, []string{"cy", "org"}},
	} {
		got, err := chooseLanes(tc.l, tc.max, a, events)
		if err != nil || !reflect.DeepEqual(ids(got), tc.want) {
			t.Errorf("chooseLanes(%+v, %d) = %v, %v; want %v", tc.l, tc.max, ids(got), err, tc.want)
		}
	}
	if _, err := chooseLanes(Lanes{Mode: LanesIDs, IDs: []string{"nobody"}}, 16, a, events); !errors.Is(err, ErrUnknownLane) {
		t.Errorf("unknown lane: error = %v", err)
	}
}

func TestFlow(t *testing.T) {
	g := flowGaps{card: 10, conn: 5}
	card := func(cx, w, h float64) flowBox {
		return flowBox{cx: cx, left: -5, markRight: 5, markH: 10, right: 6 + w, text: 6, h: h}
	}
	longBar := func(cx, w, h float64) flowBox {
		return flowBox{cx: cx, left: -5, markRight: 300, markH: 10, right: 6 + w, text: 6, labelY: 10, h: h}
	}
	tests := []struct {
		name       string
		boxes      []flowBox
		limit      float64
		ys, shifts []float64
		ok         bool
	}{
		{"far apart: one row", []flowBox{card(0, 50, 20), card(100, 50, 20), card(200, 50, 20)}, 100,
			[]float64{0, 0, 0}, []float64{0, 0, 0}, true},
		// The second's connector would cross the first: it goes below.
		{"close: down the column", []flowBox{card(0, 50, 20), card(20, 50, 20)}, 100,
			[]float64{0, 30}, []float64{0, 0}, true},
		// No room below: moved right past the first card, to the top.
		{"band full: moved right", []flowBox{card(0, 50, 20), card(20, 50, 20)}, 40,
			[]float64{0, 0}, []float64{0, 51}, true},
		// Moved right, a card is never left of the one before; the third
		// stands in the second's way, so it moves past it too.
		{"shifts never decrease", []flowBox{card(0, 50, 20), card(20, 50, 20), card(30, 50, 20)}, 40,
			[]float64{0, 0, 0}, []float64{0, 51, 112}, true},
		{"taller than the band", []flowBox{card(0, 50, 50)}, 40, nil, nil, false},
		// A long bar takes a strip: a later card sits under it, beside
		// its label, its connector passing behind the bar.
		{"under a long bar", []flowBox{longBar(0, 50, 20), card(100, 50, 20)}, 100,
			[]float64{0, 20}, []float64{0, 0}, true},
		// Cards on the same time move together: the third cannot go
		// right of the second, so both move past the first.
		{"tied cards move together", []flowBox{card(0, 50, 20), card(20, 50, 20), card(20, 50, 20)}, 60,
			[]float64{0, 0, 30}, []float64{0, 51, 51}, true},
		{"tied cards taller than the band", []flowBox{card(0, 50, 20), card(20, 50, 20), card(20, 50, 20)}, 40, nil, nil, false},
	}
	for _, tt := range tests {
		ys, shifts, ok := flow(tt.boxes, g, tt.limit)
		if ok != tt.ok || !reflect.DeepEqual(ys, tt.ys) || !reflect.DeepEqual(shifts, tt.shifts) {
			t.Errorf("%s: flow = %v, %v, %v; want %v, %v, %v", tt.name, ys, shifts, ok, tt.ys, tt.shifts, tt.ok)
		}
	}
}

func TestTicksNeverNameTheDayAfter(t *testing.T) {
	// Events on 24 Sep 2021 alone, and a segment ending on 31 Aug 2021
	// (the next day, 1 Sep, is a natural boundary).
	for _, tt := range []struct {
		spans []span
		bad   []string
	}{
		{[]span{{day(2021, 9, 24), day(2021, 9, 25)}}, []string{"25 Sep", "23 Sep"}},
		{[]span{{day(2021, 9, 20), day(2021, 9, 21)}, {day(2021, 9, 24), day(2021, 9, 25)}}, []string{"25 Sep", "19 Sep"}},
		{[]span{{day(2019, 1, 3), day(2019, 1, 4)}, {day(2021, 9, 24), day(2021, 9, 25)}}, []string{"25 Sep", "4 Jan", "2 Jan"}},
	} {
		for _, length := range []float64{40, 100, 300, 700, 2000} {
			sc := scale{segs: segmentsFor(tt.spans, crop{}, 0, length), finest: unitDay}
			for _, tk := range axisTicks(frame{}, sc, 0, -1e9, 1e9) {
				for _, b := range tt.bad {
					if l := tk.Label.Lines[0].Text; l == b || strings.HasPrefix(l, b+" ") {
						t.Errorf("%v at %g px: a tick names %q, a day no event is on", tt.spans, length, l)
					}
				}
			}
		}
	}
}

// TestTicksStandOnTheirDate checks where each tick stands: a tick naming
// a day at that day's noon, where the marks of its events stand (on the
// minimal example's vertical axis a day took 200 px, and a tick at its
// midnight stood 50 px above its event), a month's or a year's at its
// start.
func TestTicksStandOnTheirDate(t *testing.T) {
	apr16, may3 := day(2024, 4, 16), day(2024, 5, 3)
	for _, tt := range []struct {
		name string
		f    frame
		segs []Segment
		want map[string]float64 // tick label: position
	}{
		{"a day over 200 px, vertical", frame{vertical: true},
			[]Segment{{From: apr16 - 0.5, To: apr16 + 1.5, Start: 100, End: 500, first: apr16, last: apr16 + 1}},
			map[string]float64{"16 Apr 2024": 300}},
		{"two days apart, horizontal", frame{},
			[]Segment{{From: apr16 - 0.5, To: apr16 + 1.5, Start: 0, End: 200, first: apr16, last: apr16 + 1},
				{From: may3 - 0.5, To: may3 + 1.5, Start: 224, End: 424, first: may3, last: may3 + 1}},
			map[string]float64{"16 Apr 2024": 100, "3 May 2024": 324}},
		{"weeks: Mondays at noon", frame{},
			[]Segment{{From: day(2024, 4, 1), To: day(2024, 4, 29), Start: 0, End: 280, first: day(2024, 4, 1), last: day(2024, 4, 29)}},
			map[string]float64{"1 Apr 2024": 5, "8 Apr": 75, "15 Apr": 145, "22 Apr": 215}},
		{"months at their first day", frame{},
			[]Segment{{From: day(2024, 1, 1), To: day(2024, 5, 1), Start: 0, End: 605, first: day(2024, 1, 1), last: day(2024, 5, 1)}},
			map[string]float64{"Jan 2024": 0, "Feb": 155, "Mar": 300, "Apr": 455, "May": 605}},
	} {
		sc := scale{segs: tt.segs, finest: unitDay}
		got := map[string]float64{}
		for _, tk := range axisTicks(tt.f, sc, 0, -1e9, 1e9) {
			got[tk.Label.Lines[0].Text] = round2(tk.U) // as the Scene keeps it
			mid := tk.Label.X + tk.Label.W/2
			if tt.f.vertical {
				mid = tk.Label.Y + tk.Label.H/2
			}
			if math.Abs(mid-tk.U) > 1e-9 {
				t.Errorf("%s: the label %q is centred on %g, its tick at %g", tt.name, tk.Label.Lines[0].Text, mid, tk.U)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: ticks at %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestTickNamesItsYear checks that the first tick label kept on a
// segment names its year, also where the one that would have was left
// out for want of room at the axis's start.
func TestTickNamesItsYear(t *testing.T) {
	sc := scale{segs: []Segment{{From: day(2024, 1, 1), To: day(2024, 5, 1), Start: 0, End: 605,
		first: day(2024, 1, 1), last: day(2024, 5, 1)}}, finest: unitDay}
	var got []string
	for _, tk := range axisTicks(frame{}, sc, 0, 10, 1e9) {
		got = append(got, tk.Label.Lines[0].Text)
	}
	if want := []string{"Feb 2024", "Mar", "Apr", "May"}; !reflect.DeepEqual(got, want) {
		t.Errorf("tick labels %q, want %q", got, want)
	}
}

func TestLaneName(t *testing.T) {
	const name = "Consulate General of the People's Republic of China in Toronto"
	aliases := []string{"Chinese consulate in Toronto", "Consulate General of the People's Republic of China in Toronto, Ontario"}
	for _, tt := range []struct {
		what  string
		xs    [][2]float64 // connectors and marks on the lane
		want  []string
		wantX float64
	}{
		{"the name fits on one line", [][2]float64{{100, 100}}, []string{name}, 100 + laneNameGap},
		{"the alias fits, in the first stretch wide enough", [][2]float64{{200, 200}, {420, 420}}, []string{"Chinese consulate in Toronto"}, 0},
		{"nothing fits: the name that takes fewest lines, wrapped in the widest stretch",
			[][2]float64{{60, 60}, {100, 100}, {220, 220}, {300, 300}, {420, 420}},
			[]string{"Chinese consulate", "in Toronto"}, 100 + laneNameGap},
	} {
		it := laneName(name, aliases, RoleOrganization, "eg-lane-label", tt.xs, 0, 500)
		var got []string
		for _, l := range it.Lines {
			got = append(got, l.Text)
		}
		if !reflect.DeepEqual(got, tt.want) || it.X != tt.wantX {
			t.Errorf("%s: %q at %g, want %q at %g", tt.what, got, it.X, tt.want, tt.wantX)
		}
	}
}

func TestPushDown(t *testing.T) {
	tops, drift := pushDown([]float64{0, 10, 100, 105}, []float64{30, 30, 20, 20}, 5)
	if !reflect.DeepEqual(tops, []float64{0, 35, 100, 125}) || drift != 25 {
		t.Errorf("pushDown = %v, %g", tops, drift)
	}
}

func TestPackColumns(t *testing.T) {
	cols, n := packColumns([]float64{0, 5, 8, 9, 50}, []float64{10, 20, 30, 40, 60}, 2, 3)
	// The fourth finds no free column and shares the one that frees first.
	if !reflect.DeepEqual(cols, []int{0, 1, 2, 0, 0}) || n != 3 {
		t.Errorf("packColumns = %v, %d", cols, n)
	}
}

func TestGroup(t *testing.T) {
	var es []*entry
	days := []float64{0, 1, 2, 3, 4, 40, 41, 42, 43, 100}
	for i, d := range days {
		es = append(es, &entry{ev: &casefile.Event{ID: string(rune('a' + i))}, ext: extent{Lo: d, Hi: d + 1, Point: true, At: d + 0.5}})
	}
	sc := scale{segs: []Segment{{From: 0, To: 1000, Start: 0, End: 10000}}} // 10 px a day
	bn := newBinning(es, sc, 100)
	// Bins 0 (a..e, 5 events) and 4 (f..i, 4 events); j stands alone.
	if !reflect.DeepEqual(bn.order, []int64{0, 4}) { // all in segment 0
		t.Fatalf("bins to group, fullest first = %v", bn.order)
	}
	got := bn.apply(es, 1)
	if len(got) != 6 || len(got[0].members) != 5 || got[0].ext.Lo != 0 || got[0].ext.Hi != 5 || got[1] != es[5] {
		t.Fatalf("apply(1) = %d entries, first %+v", len(got), got[0])
	}
	if id := got[0].id(); id != "a-and-4" {
		t.Errorf("aggregate id = %q", id)
	}
	// group takes the fewest grouped bins that fit: here at most 4 entries.
	fits := func(es []*entry) bool { return len(es) <= 4 }
	got = group(es, sc, 100, 1000, fits)
	if len(got) != 3 || len(got[0].members) != 5 || len(got[1].members) != 4 || got[2] != es[9] {
		t.Errorf("group = %d entries", len(got))
	}
	// Across a break, bins never merge: days 0..4 and 40..43 fall in one
	// 1000 px bin but in two segments.
	two := scale{segs: []Segment{{From: 0, To: 10, Start: 0, End: 100}, {From: 30, To: 110, Start: 124, End: 1000}}}
	if bn := newBinning(es, two, 1000); len(bn.order) != 2 {
		t.Errorf("bins across a break: %v, want two", bn.order)
	}
	if got := group(es, sc, 100, 1000, func([]*entry) bool { return true }); len(got) != len(es) {
		t.Errorf("group of what fits changed it: %d entries", len(got))
	}
}

func TestOverlapsFindsOverlap(t *testing.T) {
	s := &Scene{Width: 100, Height: 100, Items: []Item{
		{Shape: ShapeText, X: 0, Y: 0, W: 50, H: 10, Solid: true},
		{Shape: ShapeText, X: 40, Y: 5, W: 50, H: 10, Solid: true},        // overlaps 0
		{Shape: ShapeText, X: 50, Y: 20, W: 10, H: 10, Solid: true},       // free
		{Shape: ShapeCircle, X: 55, Y: 25, R: 2, Solid: true, Mark: true}, // on 2
		{Shape: ShapeCircle, X: 56, Y: 25, R: 2, Solid: true, Mark: true}, // on 2 and 3: marks may share
		{Shape: ShapeRect, X: 0, Y: 0, W: 100, H: 100},                    // not solid
		{Shape: ShapeText, X: 95, Y: 95, W: 10, H: 10, Solid: true},       // outside
	}}
	var got [][2]int
	for _, o := range s.Overlaps() {
		got = append(got, [2]int{o.A, o.B})
	}
	want := [][2]int{{0, 1}, {2, 3}, {2, 4}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Overlaps = %v, want %v", got, want)
	}
	if out := s.OutOfBounds(); !reflect.DeepEqual(out, []int{6}) {
		t.Errorf("OutOfBounds = %v, want [6]", out)
	}
}
