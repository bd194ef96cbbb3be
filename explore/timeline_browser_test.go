package explore

import (
	"encoding/json"
	"math"
	"slices"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/internal/browsertest"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// point is where a record is drawn on the page.
type point struct {
	X, Y   float64
	Inside bool
	Agg    bool
	Group  int
}

// tlState is what the timeline reports of itself.
type tlState struct {
	View, Depth, Views int
	Scale              float64
	Drawn, Outlined    []string
}

const tlStateJS = `eventgraphExplorer.timeline.state()`

// frames waits for two frames, so that sigma has drawn what changed.
const frames = `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`

// TestTimelineLinked opens the bundled case's explorer and checks that its
// timeline is the case's own timeline layout, tied to the graph both ways:
// every event is drawn; clicking an event in the timeline selects it and
// the graph highlights it; clicking a record in the graph outlines it in
// the timeline; an As of date leaves out the events not yet public.
func TestTimelineLinked(t *testing.T) {
	t.Parallel()
	c, tb := seedPage(t)
	st := browsertest.Eval[tlState](t, tb, tlStateJS)
	for _, e := range c.Events {
		if !slices.Contains(st.Drawn, e.ID) {
			t.Errorf("the timeline does not draw event %s", e.ID)
		}
	}
	// An event in sight in the timeline, clicked.
	tb.Do(t, chromedp.ScrollIntoView(chromedp.CSS(`#timeline`)))
	var pick string
	var at point
	for _, e := range c.Events {
		p := browsertest.Eval[*point](t, tb, `eventgraphExplorer.timelinePoint("`+e.ID+`")`)
		if p != nil && p.Inside {
			pick, at = e.ID, *p
			break
		}
	}
	if pick == "" {
		t.Fatal("no event of the timeline is in sight")
	}
	tb.Do(t, chromedp.MouseClickXY(at.X, at.Y))
	browsertest.Eval[bool](t, tb, frames)
	sel := browsertest.Eval[string](t, tb, `eventgraphExplorer.selected()`)
	if at.Agg || sel == "" {
		t.Fatalf("clicking %s in the timeline selected %q", pick, sel)
	}
	if !browsertest.Eval[bool](t, tb, `eventgraphExplorer.graphHighlighted("`+sel+`")`) {
		t.Errorf("the graph does not highlight %s, selected in the timeline", sel)
	}
	if st := browsertest.Eval[tlState](t, tb, tlStateJS); !slices.Contains(st.Outlined, sel) {
		t.Errorf("the timeline does not outline %s, selected in it: %v", sel, st.Outlined)
	}
	// A record clicked in the graph: the event with the most ties, or,
	// when the graph's view (centred on the record selected in the
	// timeline) leaves it out, the first event in sight. Once the graph's
	// camera has come to rest (a record selected in the timeline is
	// centred in 250 ms): the records' places in two frames running, or
	// after 3 s.
	tb.Do(t, chromedp.ScrollIntoView(chromedp.CSS(`#graph`)))
	var ids []string
	for _, e := range c.Events {
		if e.ID != sel {
			ids = append(ids, e.ID)
		}
	}
	slices.SortStableFunc(ids, func(a, b string) int {
		if a == "dong-han-tao-conversation" {
			return -1
		}
		if b == "dong-han-tao-conversation" {
			return 1
		}
		return 0
	})
	idsJS, _ := json.Marshal(ids)
	found := browsertest.Eval[struct {
		ID    string `json:"id"`
		Point *point `json:"point"`
	}](t, tb, `new Promise(r => {
		const t0 = performance.now(), ids = `+string(idsJS)+`; let last = "";
		const inSight = () => {
			const b = document.getElementById('graph').getBoundingClientRect();
			for (const id of ids) {
				const p = eventgraphExplorer.graphPoint(id);
				if (p && p.x > b.left + 20 && p.x < b.right - 20 && p.y > b.top + 20 && p.y < b.bottom - 20) return {id: id, point: p};
			}
			return {id: "", point: null};
		};
		const step = () => {
			const f = inSight(), key = JSON.stringify(f);
			if (key === last || performance.now() - t0 > 3000) r(f);
			else { last = key; requestAnimationFrame(step); }
		};
		requestAnimationFrame(step);
	})`)
	target, g := found.ID, found.Point
	if g == nil {
		t.Fatal("the graph draws no event in sight")
	}
	tb.Do(t, chromedp.MouseClickXY(g.X, g.Y))
	browsertest.Eval[bool](t, tb, frames)
	if sel := browsertest.Eval[string](t, tb, `eventgraphExplorer.selected()`); sel != target {
		t.Fatalf("clicking %s in the graph selected %q", target, sel)
	}
	if st := browsertest.Eval[tlState](t, tb, tlStateJS); !slices.Contains(st.Outlined, target) {
		t.Errorf("the timeline does not outline %s, selected in the graph: %v", target, st.Outlined)
	}
	if p := browsertest.Eval[*point](t, tb, `eventgraphExplorer.timelinePoint("`+target+`")`); p == nil || !p.Inside {
		t.Errorf("the timeline does not bring %s, selected in the graph, into sight: %+v", target, p)
	}
	// Zoomed in with the button, and dragged: the event moves with the
	// drag, its mark grows with the zoom.
	before := browsertest.Eval[tlState](t, tb, tlStateJS)
	tb.Do(t, chromedp.ScrollIntoView(chromedp.CSS(`#timeline`)), chromedp.Click(chromedp.CSS(`#tl-in`)))
	zoomed := browsertest.Eval[tlState](t, tb, tlStateJS)
	if math.Abs(zoomed.Scale-1.5*before.Scale) > 0.01 {
		t.Errorf("zooming in took the scale from %g to %g, want %g", before.Scale, zoomed.Scale, 1.5*before.Scale)
	}
	p0 := browsertest.Eval[*point](t, tb, `eventgraphExplorer.timelinePoint("`+target+`")`)
	if p0 == nil {
		t.Fatalf("%s is not drawn after zooming", target)
	}
	box := browsertest.Eval[point](t, tb, `(() => { const r = document.getElementById('timeline').getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 } })()`)
	tb.Do(t,
		chromedp.MouseEvent(input.DispatchMouseEventTypeMousePressed, box.X, box.Y, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, box.X-30, box.Y-20, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, box.X-60, box.Y-40, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseReleased, box.X-60, box.Y-40, chromedp.ButtonLeft))
	p1 := browsertest.Eval[*point](t, tb, `eventgraphExplorer.timelinePoint("`+target+`")`)
	if p1 == nil || math.Abs(p1.X-p0.X+60) > 1 || math.Abs(p1.Y-p0.Y+40) > 1 {
		t.Errorf("dragging the timeline by (-60, -40) moved %s from %+v to %+v", target, p0, p1)
	}
	// As of 2021-03-01: only the events public by then are drawn.
	st = browsertest.Eval[tlState](t, tb, `(() => { const f = document.getElementById('asof-date'); f.value = '2021-03-01'; f.dispatchEvent(new Event('change')); return eventgraphExplorer.timeline.state() })()`)
	visible := browsertest.Eval[[]string](t, tb, `eventgraphExplorer.visible()`)
	d, err := edtf.Parse("2021-03-01")
	if err != nil {
		t.Fatal(err)
	}
	asOf := c.AsOf(d)
	var want []string
	for _, e := range asOf.Events {
		want = append(want, e.ID)
	}
	var got []string
	for _, id := range st.Drawn {
		if c.Kind(id) == casefile.KindEvent && !slices.Contains(got, id) {
			got = append(got, id)
		}
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) || len(want) == 0 || len(want) == len(c.Events) {
		t.Errorf("as of 2021-03-01 the timeline draws the events %v, want %v", got, want)
	}
	for _, id := range got {
		if !slices.Contains(visible, id) {
			t.Errorf("the timeline draws %s, which the graph hides", id)
		}
	}
	tb.Check(t)
}

// TestTimelineGroups opens the explorer of a generated case whose timeline
// groups events, opens a group ("N events") by clicking it, and checks
// that the view laid out from its events draws them, that Back returns,
// and that a record selected elsewhere opens the group holding it.
func TestTimelineGroups(t *testing.T) {
	t.Parallel()
	c := testcase.Generated(t, 400)
	p := builtPage(t, c)
	tb := browsertest.Open(t, browsertest.WritePage(t, p.HTML), 1280)
	tb.Do(t, chromedp.ScrollIntoView(chromedp.CSS(`#timeline`)))
	type agg struct {
		Members []string
		P       point
	}
	a := browsertest.Eval[*agg](t, tb, `(() => {
	  const x = eventgraphExplorer, tl = x.timeline;
	  for (const k of tl.aggregates()) {
	    const ids = tl.members(k), p = x.timelinePoint(ids[0]);
	    if (p && p.inside && p.agg) return { members: ids, p };
	  }
	  return null })()`)
	if a == nil {
		t.Fatal("no group of events in sight in the timeline")
	}
	tb.Do(t, chromedp.MouseClickXY(a.P.X, a.P.Y))
	st := browsertest.Eval[tlState](t, tb, tlStateJS)
	if st.Depth != 1 {
		t.Fatalf("clicking a group of %d events did not open it: %+v", len(a.Members), st)
	}
	for _, id := range st.Drawn {
		if c.Kind(id) == casefile.KindEvent && !slices.Contains(a.Members, id) {
			t.Errorf("the opened group draws %s, not one of its events", id)
		}
	}
	if len(st.Drawn) == 0 {
		t.Error("the opened group draws nothing")
	}
	tb.Do(t, chromedp.Click(chromedp.CSS(`#tl-back`)))
	if st := browsertest.Eval[tlState](t, tb, tlStateJS); st.Depth != 0 {
		t.Errorf("Back did not return to the whole timeline: %+v", st)
	}
	// Selecting a grouped event from the list opens its group.
	last := a.Members[len(a.Members)-1]
	st = browsertest.Eval[tlState](t, tb, `(() => { eventgraphExplorer.select("`+last+`"); return eventgraphExplorer.timeline.state() })()`)
	if st.Depth == 0 || !slices.Contains(st.Outlined, last) {
		t.Errorf("selecting %s, drawn in a group, did not open the group and outline it: %+v", last, st)
	}
	tb.Check(t)
}
