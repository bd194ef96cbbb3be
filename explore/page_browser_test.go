package explore

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/browsertest"
	"github.com/eventgraph/eventgraph/internal/testcase"
	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

func seedPage(t *testing.T) (*casefile.Case, *browsertest.Tab) {
	t.Helper()
	c := testcase.Seed(t)
	return c, browsertest.Open(t, browsertest.WritePage(t, builtPage(t, c).HTML), 1280)
}

// TestPageOffline opens the explorer of every case of the repository from a
// file, at a desktop's width (1280 px) and a phone's (390 px), with every
// request but the file itself failed and recorded: none may be made, no
// error may reach the console, and nothing may stick out sideways. With
// EVENTGRAPH_SCREENSHOTS=DIR it also writes screenshots into DIR, of
// everything and as of the middle stop of the As of slider.
func TestPageOffline(t *testing.T) {
	t.Parallel()
	shots := os.Getenv("EVENTGRAPH_SCREENSHOTS")
	dirs := []string{"../data/han-dong"}
	examples, _ := filepath.Glob("../examples/*")
	for _, d := range examples {
		if m, _ := filepath.Glob(filepath.Join(d, "*.y*ml")); len(m) > 0 {
			dirs = append(dirs, d)
		}
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			c, err := casefile.LoadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			p := builtPage(t, c)
			url := browsertest.WritePage(t, p.HTML)
			g, _ := graph.Build(c)
			for _, w := range []int64{1280, 390} {
				tb := browsertest.Open(t, url, w)
				if shown := browsertest.Eval[[]string](t, tb, `eventgraphExplorer.visible()`); len(shown) != g.Order() {
					t.Errorf("%d px: %d records shown, the case has %d", w, len(shown), g.Order())
				}
				if listed := browsertest.Eval[int](t, tb, `document.querySelectorAll('#list [role=option]').length`); listed == 0 {
					t.Errorf("%d px: the list view is empty", w)
				}
				if scrollW := browsertest.Eval[int64](t, tb, `document.documentElement.scrollWidth`); scrollW > w {
					t.Errorf("at %d px the page is %d px wide", w, scrollW)
				}
				if shots != "" {
					shoot(t, tb, filepath.Join(shots, fmt.Sprintf("explorer-%s-%d.png", filepath.Base(dir), w)))
					// And as of the middle stop of the As of slider.
					browsertest.Eval[string](t, tb, `(() => { const r = document.getElementById('asof-range'); r.value = String(Math.floor(+r.max / 2)); r.dispatchEvent(new Event('input')); return '' })()`)
					browsertest.Eval[bool](t, tb, frames)
					shoot(t, tb, filepath.Join(shots, fmt.Sprintf("explorer-%s-%d-asof.png", filepath.Base(dir), w)))
				}
				tb.Check(t)
			}
		})
	}
}

// shoot writes a screenshot of the whole page into file name.
func shoot(t *testing.T, tb *browsertest.Tab, name string) {
	t.Helper()
	png, err := chromedp.Run(tb.Ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestPageSearchSelectDetails types into the search, picks a result with the
// keyboard, and reads the details panel.
func TestPageSearchSelectDetails(t *testing.T) {
	t.Parallel()
	_, tb := seedPage(t)
	tb.Do(t,
		chromedp.SendKeys(chromedp.CSS(`#search`), "han dong"),
		chromedp.WaitVisible(chromedp.CSS(`#search-results [role=option]`)),
	)
	options := browsertest.Eval[[]string](t, tb, `[...document.querySelectorAll('#search-results [role=option]')].map(o => o.textContent)`)
	if len(options) == 0 || !strings.Contains(options[0], "Han Dong") {
		t.Fatalf("search results %q, want Han Dong first", options)
	}
	tb.Do(t, chromedp.SendKeys(chromedp.CSS(`#search`), kb.ArrowDown+kb.Enter))
	sel := browsertest.Eval[string](t, tb, `eventgraphExplorer.selected()`)
	details := browsertest.Eval[string](t, tb, `document.querySelector('[role=region][aria-label=Details]').textContent`)
	if sel != "han-dong" {
		t.Errorf("selected %q, want han-dong", sel)
	}
	for _, want := range []string{"Han Dong", "Events", "Claims about them", "Responses", "Relations", "denies", "Written at people.yaml:"} {
		if !strings.Contains(details, want) {
			t.Errorf("details lack %q:\n%s", want, details)
		}
	}
	// A claim's details give its status history and its sources as links.
	details = browsertest.Eval[string](t, tb, `(() => { const b = [...document.querySelectorAll('#details a.ref')].find(b => b.closest('li') && b.closest('div').querySelector('h3').textContent === 'Claims about them'); b.click(); return document.querySelector('#details').textContent })()`)
	for _, want := range []string{"Status history", "Made by", "About", "Sources"} {
		if !strings.Contains(details, want) {
			t.Errorf("claim details lack %q:\n%s", want, details)
		}
	}
	links := browsertest.Eval[int](t, tb, `document.querySelectorAll('#details a[href^="http"]').length`)
	if links == 0 {
		t.Error("the claim's sources are not links")
	}
	tb.Check(t)
}

// TestPageAsOf moves the "As of" slider over every date of the seed case and
// checks that the page shows exactly what casefile.AsOf keeps, with the
// claim statuses AsOf derives; then types a date into the date field.
func TestPageAsOf(t *testing.T) {
	t.Parallel()
	c, tb := seedPage(t)
	steps := browsertest.Eval[[]Step](t, tb, `eventgraphExplorer.steps()`)
	if len(steps) < 5 {
		t.Fatalf("%d steps", len(steps))
	}
	statusSeen := map[string]map[string]bool{}
	for k, s := range steps {
		type state struct {
			Visible []string
			Status  map[string]string
			Label   string
		}
		got := browsertest.Eval[state](t, tb, fmt.Sprintf(`(() => { const r = document.querySelector('[aria-label="As of"]'); r.value = %d; r.dispatchEvent(new Event('input'));
			const v = eventgraphExplorer.visible().filter(id => !id.includes('~'));
			const st = {}; v.forEach(id => { const s = eventgraphExplorer.status(id); if (s) st[id] = s; });
			return {Visible: v, Status: st, Label: document.getElementById('asof-out').textContent}; })()`, k))
		v, err := edtf.Parse(s.EDTF)
		if err != nil {
			t.Fatal(err)
		}
		wantIDs, wantStatus := asOf(c, v)
		slices.Sort(got.Visible)
		if !slices.Equal(got.Visible, wantIDs) {
			t.Errorf("as of %s the page shows %v, AsOf keeps %v", s.EDTF, got.Visible, wantIDs)
		}
		for id, st := range wantStatus {
			if got.Status[id] != string(st) {
				t.Errorf("as of %s claim %s is %q in the page, %q by AsOf", s.EDTF, id, got.Status[id], st)
			}
			if statusSeen[id] == nil {
				statusSeen[id] = map[string]bool{}
			}
			statusSeen[id][got.Status[id]] = true
		}
		if got.Label != s.Label {
			t.Errorf("step %d reads %q, want %q", k, got.Label, s.Label)
		}
	}
	changed := 0
	for _, seen := range statusSeen {
		if len(seen) > 1 {
			changed++
		}
	}
	if changed == 0 {
		t.Error("no claim changed status as the As of date moved")
	}
	// The date field: a date between steps, as a reader types it.
	tb.Do(t, chromedp.SetValue(chromedp.CSS(`#asof-date`), "2023-03-21"))
	n := browsertest.Eval[int](t, tb, `(() => { const f = document.getElementById('asof-date'); f.dispatchEvent(new Event('change')); return eventgraphExplorer.visible().filter(id => !id.includes('~')).length })()`)
	want, _ := asOf(c, mustParse(t, "2023-03-21"))
	if n != len(want) {
		t.Errorf("as of 2023-03-21 typed: %d records shown, AsOf keeps %d", n, len(want))
	}
	tb.Check(t)
}

func mustParse(t *testing.T, s string) edtf.Value {
	t.Helper()
	v, err := edtf.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestPagePaths asks for four paths between two people, then for paths
// avoiding a record of the first: the page finds the paths
// graph.ShortestPaths finds, in its order, and highlights them.
func TestPagePaths(t *testing.T) {
	t.Parallel()
	c, tb := seedPage(t)
	g, _ := graph.Build(c)
	ids := func(ps []graph.Path) [][]string {
		var out [][]string
		for _, p := range ps {
			out = append(out, p.IDs)
		}
		return out
	}
	want, err := g.ShortestPaths("han-dong", "justin-trudeau", graph.PathOptions{K: 4})
	if err != nil {
		t.Fatal(err)
	}
	tb.Do(t,
		chromedp.SendKeys(chromedp.CSS(`#path-from`), "han-dong"),
		chromedp.SendKeys(chromedp.CSS(`#path-to`), "Justin Trudeau"),
		chromedp.SetValue(chromedp.CSS(`#path-k`), "4"),
		chromedp.Click(chromedp.CSS(`#path-go`)),
	)
	paths := browsertest.Eval[[][]string](t, tb, `eventgraphExplorer.pathIds()`)
	highlighted := browsertest.Eval[int](t, tb, `eventgraphExplorer.highlightedPairs()`)
	if !slices.EqualFunc(paths, ids(want), slices.Equal) {
		t.Errorf("paths in the page:\n%v\ngraph.ShortestPaths:\n%v", paths, ids(want))
	}
	if len(paths) == 0 || highlighted < len(paths[0])-1 {
		t.Fatalf("%d ties highlighted for paths %v", highlighted, paths)
	}
	avoid := paths[0][1]
	want, err = g.ShortestPaths("han-dong", "justin-trudeau", graph.PathOptions{K: 4, Avoid: []string{avoid}})
	if err != nil {
		t.Fatal(err)
	}
	tb.Do(t, chromedp.SendKeys(chromedp.CSS(`#path-avoid`), avoid), chromedp.Click(chromedp.CSS(`#path-go`)))
	paths = browsertest.Eval[[][]string](t, tb, `eventgraphExplorer.pathIds()`)
	if !slices.EqualFunc(paths, ids(want), slices.Equal) {
		t.Errorf("paths avoiding %s in the page:\n%v\ngraph.ShortestPaths:\n%v", avoid, paths, ids(want))
	}
	for _, p := range paths {
		if slices.Contains(p, avoid) {
			t.Errorf("path %v goes through the avoided %s", p, avoid)
		}
	}
	tb.Check(t)
}

// TestPageKeyboardList moves through the list view with the keyboard alone.
func TestPageKeyboardList(t *testing.T) {
	t.Parallel()
	_, tb := seedPage(t)
	type listState struct {
		Active, Label, Selected, Details string
	}
	tb.Do(t,
		chromedp.Focus(chromedp.CSS(`#list`)),
		chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.Enter),
	)
	js := `(() => { const l = document.getElementById('list'), a = l.getAttribute('aria-activedescendant'), o = a && document.getElementById(a);
		return {Active: a || '', Label: o ? o.textContent : '', Selected: eventgraphExplorer.selected() || '',
		Details: document.querySelector('#details h2') ? document.querySelector('#details h2').textContent : ''}; })()`
	state := browsertest.Eval[listState](t, tb, js)
	if state.Active != "li-2" {
		t.Errorf("active row %q after two ArrowDown from the first, want li-2", state.Active)
	}
	if state.Selected == "" || !strings.Contains(state.Label, state.Details) {
		t.Errorf("Enter selected %q, details %q, active row %q", state.Selected, state.Details, state.Label)
	}
	tb.Do(t, chromedp.KeyEvent(kb.End))
	state = browsertest.Eval[listState](t, tb, js)
	total := browsertest.Eval[int](t, tb, `eventgraphExplorer.visible().length`)
	if state.Active != fmt.Sprintf("li-%d", total-1) {
		t.Errorf("End moved to %q, want li-%d", state.Active, total-1)
	}
	tb.Check(t)
}

// TestPageLargeCase opens a generated case large enough for the page's
// large-case drawing (over 4,000 records): the records are drawn on a
// canvas of the page's (read once: a second read is reported as slow on
// the console), with the selection's ties; an As of step hides records and
// the labels are chosen again, without a console error; and no WebGL
// context is made.
func TestPageLargeCase(t *testing.T) {
	t.Parallel()
	p := builtPage(t, testcase.Generated(t, 2000))
	tb := browsertest.Open(t, browsertest.WritePage(t, p.HTML), 1280)
	const drawn = `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => {
		const c = document.querySelector('#graph canvas[aria-hidden]'), d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
		let k = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) k++; r([k, eventgraphExplorer.ties()]); })))`
	if n := browsertest.Eval[int](t, tb, `eventgraphExplorer.visible().length`); n < 3000 {
		t.Fatalf("%d records shown; the test wants a large case", n)
	}
	browsertest.Eval[bool](t, tb, `(document.querySelector('#list [role=option]').click(), true)`)
	if k := browsertest.Eval[[2]int](t, tb, drawn); k[0] == 0 || k[1] == 0 {
		t.Errorf("%d pixels of the graph drawn, %d ties of the selected record %s", k[0], k[1], browsertest.Eval[string](t, tb, `eventgraphExplorer.selected()`))
	}
	// Clicking a record selects it: found from the layout (the page
	// skips sigma's picking pass for a large case).
	type point struct{ X, Y float64 }
	id := browsertest.Eval[string](t, tb, `(() => { const b = document.getElementById('graph').getBoundingClientRect();
		return eventgraphExplorer.visible().find(id => { const p = eventgraphExplorer.graphPoint(id);
			return p && p.x > b.left + 40 && p.x < b.right - 40 && p.y > b.top + 40 && p.y < b.bottom - 40 && id !== eventgraphExplorer.selected(); }); })()`)
	at := browsertest.Eval[point](t, tb, fmt.Sprintf(`eventgraphExplorer.graphPoint(%q)`, id))
	tb.Do(t, chromedp.MouseClickXY(at.X, at.Y))
	got := browsertest.Eval[string](t, tb, `eventgraphExplorer.selected()`)
	if gotAt := browsertest.Eval[point](t, tb, fmt.Sprintf(`eventgraphExplorer.graphPoint(%q)`, got)); math.Hypot(gotAt.X-at.X, gotAt.Y-at.Y) > 3 {
		t.Errorf("clicking %s at %v selected %s at %v", id, at, got, gotAt)
	}
	all := browsertest.Eval[int](t, tb, `eventgraphExplorer.visible().length`)
	early := browsertest.Eval[int](t, tb, `(() => { const r = document.querySelector('[aria-label="As of"]'); r.value = 1; r.dispatchEvent(new Event('input')); return eventgraphExplorer.visible().length })()`)
	if early >= all {
		t.Errorf("as of the second step %d records shown, as of everything %d", early, all)
	}
	browsertest.Eval[int](t, tb, `new Promise(r => setTimeout(() => r(0), 2000))`) // the labels are chosen again
	// The page draws a large case itself: none of the graph's canvases
	// holds a WebGL context (a canvas that does has no 2D context to give).
	if webgl := browsertest.Eval[int](t, tb, `[...document.querySelectorAll('#graph canvas')].filter(c => !c.getContext('2d')).length`); webgl != 0 {
		t.Errorf("%d of the graph's canvases hold a WebGL context", webgl)
	}
	tb.Check(t)
}

// TestPageSearchLarge searches a large case, whose search texts come
// made from Go, right after it is ready: records of every chunk of texts
// are chosen from a search for their IDs (each record's text where the
// page looks for it), a common word lists 30 results, two words some, a
// text in no record none; and Chromium lower-cases as searchText does.
func TestPageSearchLarge(t *testing.T) {
	t.Parallel()
	c := testcase.Generated(t, 2000)
	p := builtPage(t, c)
	if !bytes.Contains(p.HTML, []byte(`data-encoding="gzip+base64"`)) {
		t.Fatal("the case's data are not compressed; the test wants them to be")
	}
	tb := browsertest.Open(t, browsertest.WritePage(t, p.HTML), 1280)
	const search = `(q => { const s = document.getElementById('search'); s.value = q; s.dispatchEvent(new Event('input'));
		return [...document.querySelectorAll('#search-results [role=option]')].map(o => o.textContent); })`
	found := browsertest.Eval[[][]string](t, tb, `['an', 'AN E', 'zzzz no such text'].map(`+search+`)`)
	if len(found[0]) != 30 || len(found[1]) == 0 || found[2][0] != "No record matches" {
		t.Errorf("searches found %d, %d and %q; want 30, some, and no match", len(found[0]), len(found[1]), found[2])
	}
	// Results come ranked: the name itself, a name starting with the
	// words, a name holding them, any other match; then people,
	// organizations, events, claims, sources. The words: the first two of
	// the first result for "an" (a person's name).
	type option struct{ Kind, Label string }
	const results = `(q => { const s = document.getElementById('search'); s.value = q; s.dispatchEvent(new Event('input'));
		return [...document.querySelectorAll('#search-results [role=option]')].map(o => ({ kind: o.querySelector('.kind').textContent, label: o.childNodes[1].textContent })); })`
	first := browsertest.Eval[[]option](t, tb, results+`('an')`)
	lower := cases.Lower(language.Und)
	q := strings.Join(strings.Fields(lower.String(first[0].Label))[:2], " ")
	opts := browsertest.Eval[[]option](t, tb, results+`(`+jsonText(t, q)+`)`)
	kinds := map[string]int{"Person": 0, "Organization": 1, "Event": 2, "Claim": 3, "Source": 4}
	last, ranks := -1, map[int]int{}
	for _, o := range opts {
		if strings.HasSuffix(o.Label, "…") {
			continue // shortened: the rest of the name may hold the words
		}
		l := lower.String(o.Label)
		rank := 3
		switch {
		case l == q:
			rank = 0
		case strings.HasPrefix(l, q):
			rank = 1
		case strings.Contains(l, q):
			rank = 2
		}
		ranks[rank]++
		k, ok := kinds[o.Kind]
		if !ok {
			t.Fatalf("result %+v: unknown kind", o)
		}
		if r := rank*10 + k; r < last {
			t.Errorf("results of %q out of order at %+v: %+v", q, o, opts)
		} else {
			last = r
		}
	}
	if ranks[0] == 0 || ranks[1] == 0 || ranks[2] == 0 {
		t.Errorf("results of %q by rank %v; the test wants the name, names starting with it and names holding it: %+v", q, ranks, opts)
	}
	// Every 97th record in the page's order, and the last.
	ids := browsertest.Eval[[]string](t, tb, `(() => { const all = eventgraphExplorer.visible(); return all.filter((_, i) => i % 97 === 0 || i === all.length - 1); })()`)
	chosen := browsertest.Eval[[]string](t, tb, jsonText(t, ids)+`.map(id => { const s = document.getElementById('search');
		s.value = id; s.dispatchEvent(new Event('input'));
		s.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' })); return eventgraphExplorer.selected(); })`)
	if len(ids) < 10 || !slices.Equal(chosen, ids) {
		t.Errorf("searching the IDs %q chose %q", ids, chosen)
	}
	samples := []string{"ΟΔΟΣ ΣΑΣ Σ", "İstanbul", "ẞ ǅ", "ΑΣ.Β", "ΑΣ'", "東京 Москва", "A\u0301Σ"}
	lowered := browsertest.Eval[[]string](t, tb, jsonText(t, samples)+`.map(s => s.toLowerCase())`)
	for i, s := range samples {
		if got := searchText([]Node{{ID: s}}); got != lowered[i]+"\x01" {
			t.Errorf("searchText lower-cases %q as %q, Chromium as %q", s, got, lowered[i])
		}
	}
	tb.Check(t)
}

// jsonText is v in JSON, to be read as a script's literal.
func jsonText(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
