package explore

import (
	"fmt"
	"testing"

	"github.com/eventgraph/eventgraph/internal/browsertest"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// interactions times, in the page, a search keystroke, a step of the "As of"
// slider and a selection from the list, each until the next frame is drawn.
const interactions = `(async () => {
  const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  const time = async f => { const t = performance.now(); f(); await frame(); return performance.now() - t; };
  const s = document.getElementById('search'), r = document.querySelector('[aria-label="As of"]');
  const search = await time(() => { s.value = 'an'; s.dispatchEvent(new Event('input')); });
  const asOf = await time(() => { r.value = String(Math.floor(+r.max / 2)); r.dispatchEvent(new Event('input')); });
  const asOfLaps = Object.assign({}, window.eventgraphTimings.laps);
  const sel = await time(() => { document.querySelector('#list [role=option]').click(); });
  window.eventgraphTimings.asOfLaps = asOfLaps;
  return {Ready: window.eventgraphReadyMs, Search: search, AsOf: asOf, Select: sel, Timings: window.eventgraphTimings};
})()`

// BenchmarkReady opens the explorer of generated cases in headless Chromium
// and reports the time until the page set data-ready (ms since navigation
// began), and the time of a search keystroke, an as-of step and a
// selection, each until the next frame.
func BenchmarkReady(b *testing.B) {
	for _, events := range []int{1000, 10000} {
		c := testcase.Generated(b, events)
		p, err := Build(c, Options{})
		if err != nil {
			b.Fatal(err)
		}
		url := browsertest.WritePage(b, p.HTML)
		b.Run(fmt.Sprintf("events=%d", events), func(b *testing.B) {
			var sum struct{ Ready, Search, AsOf, Select float64 }
			n := 0
			for b.Loop() {
				tb := browsertest.Open(b, url, 1280)
				m := browsertest.Eval[struct {
					Ready, Search, AsOf, Select float64
					Timings                     map[string]any
				}](b, tb, interactions)
				b.Logf("%d events: %+v", events, m)
				sum.Ready += m.Ready
				sum.Search += m.Search
				sum.AsOf += m.AsOf
				sum.Select += m.Select
				n++
				tb.Check(b)
			}
			b.ReportMetric(sum.Ready/float64(n), "ready-ms")
			b.ReportMetric(sum.Search/float64(n), "search-ms")
			b.ReportMetric(sum.AsOf/float64(n), "asof-ms")
			b.ReportMetric(sum.Select/float64(n), "select-ms")
			b.ReportMetric(float64(len(p.HTML)), "page-bytes")
		})
	}
}
