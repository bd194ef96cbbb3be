package explore

import (
	"fmt"
	"testing"

	"github.com/eventgraph/eventgraph/internal/browsertest"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// interactions are a search keystroke, a step of the "As of" slider and a
// selection from the list; each script times its interaction in the page
// until the next frame is drawn.
var interactions = []struct{ name, js string }{
	{"search", `time(() => { const s = document.getElementById('search'); s.value = 'an'; s.dispatchEvent(new Event('input')); })`},
	{"asof", `time(() => { const r = document.querySelector('[aria-label="As of"]'); r.value = String(Math.floor(+r.max / 2)); r.dispatchEvent(new Event('input')); })`},
	{"select", `time(() => { document.querySelector('#list [role=option]').click(); })`},
}

const timer = `(async () => {
  const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  const time = async f => { await frame(); const t = performance.now(); f(); await frame(); return performance.now() - t; };
  return await %s;
})()`

// cpu sums the processor time of the browser's processes.
func cpu() float64 {
	s := 0.0
	for _, v := range browsertest.CPUTime() {
		s += v
	}
	return s
}

// BenchmarkReady opens the explorer of generated cases in headless Chromium
// and reports the time until the page set data-ready (ms since navigation
// began), the time when it first answered a script after that
// (answer-ms, also since navigation), and the time of a search
// keystroke, an as-of step and a selection, each until the next frame.
// Wall times grow when other work shares the machine; the -cpu-ms
// figures (processor time of all of the browser's processes: page, GPU
// emulation, browser) hardly do.
func BenchmarkReady(b *testing.B) {
	for _, events := range []int{1000, 10000} {
		c := testcase.Generated(b, events)
		p, err := Build(b.Context(), c, Options{})
		if err != nil {
			b.Fatal(err)
		}
		url := browsertest.WritePage(b, p.HTML)
		b.Run(fmt.Sprintf("events=%d", events), func(b *testing.B) {
			wall, cpus := map[string]float64{}, map[string]float64{}
			n := 0
			for b.Loop() {
				c0 := cpu()
				tb := browsertest.Open(b, url, 1280)
				cpus["ready"] += cpu() - c0
				wall["ready"] += browsertest.Eval[float64](b, tb, `window.eventgraphReadyMs`)
				// When the page first ran a script of the test after
				// ready: work it does right after ready holds it back.
				wall["answer"] += browsertest.Eval[float64](b, tb, `performance.now()`)
				for _, in := range interactions {
					c0 := cpu()
					ms := browsertest.Eval[float64](b, tb, fmt.Sprintf(timer, in.js))
					cpus[in.name] += cpu() - c0
					wall[in.name] += ms
				}
				b.Logf("%d events: wall %v, cpu %v, timings %v", events, wall, cpus,
					browsertest.Eval[map[string]any](b, tb, `window.eventgraphTimings`))
				n++
				tb.Check(b)
			}
			for _, k := range []string{"ready", "search", "asof", "select"} {
				b.ReportMetric(wall[k]/float64(n), k+"-ms")
				b.ReportMetric(cpus[k]/float64(n), k+"-cpu-ms")
			}
			b.ReportMetric(wall["answer"]/float64(n), "answer-ms")
			b.ReportMetric(float64(len(p.HTML)), "page-bytes")
		})
	}
}
