package export

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/internal/browsertest"
)

// timelineJSDist returns the dist folder of the npm package
// @knight-lab/timelinejs: $EVENTGRAPH_TIMELINEJS, or where .ci/run installs
// it (npm install --prefix ~/.cache/eventgraph/npm). Missing, the test
// fails in CI and is skipped elsewhere with the command to install it.
func timelineJSDist(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("EVENTGRAPH_TIMELINEJS")
	if dir == "" {
		cache, err := os.UserCacheDir()
		if err == nil {
			dir = filepath.Join(cache, "eventgraph", "npm", "node_modules", "@knight-lab", "timelinejs", "dist")
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "js", "timeline.js")); err != nil {
		msg := "TimelineJS is missing (" + dir + "): npm install --prefix ~/.cache/eventgraph/npm @knight-lab/timelinejs@3.9.11, or set EVENTGRAPH_TIMELINEJS to its dist folder"
		if os.Getenv("EVENTGRAPH_REQUIRE_TOOLS") == "1" || os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return dir
}

// iconFonts are the CSS's links to TimelineJS's icon font files.
var iconFonts = regexp.MustCompile(`url\(\.\./js/\.\./css/icons/tl-icons\.[a-z0-9]+(\?#iefix|#tl-icons)?\)( format\("[a-z-]+"\))?`)

// timelinePage returns a page with TimelineJS, its CSS (icon font inlined)
// and data, that sets data-ready when the timeline has loaded.
func timelinePage(t *testing.T, dist string, data []byte) []byte {
	t.Helper()
	js, err := os.ReadFile(filepath.Join(dist, "js", "timeline.js"))
	if err != nil {
		t.Fatal(err)
	}
	css, err := os.ReadFile(filepath.Join(dist, "css", "timeline.css"))
	if err != nil {
		t.Fatal(err)
	}
	font, err := os.ReadFile(filepath.Join(dist, "css", "icons", "tl-icons.woff2"))
	if err != nil {
		t.Fatal(err)
	}
	fontURL := `url(data:font/woff2;base64,` + base64.StdEncoding.EncodeToString(font) + `) format("woff2")`
	css = iconFonts.ReplaceAll(css, []byte(fontURL))
	var b bytes.Buffer
	b.WriteString(`<!doctype html><html><head><meta charset="utf-8"><style>`)
	b.Write(css)
	b.WriteString(`</style></head><body><div id="timeline" style="width:960px;height:640px"></div><script>`)
	b.Write(js)
	b.WriteString("</script><script>\nvar data = ")
	b.Write(bytes.ReplaceAll(data, []byte("</"), []byte(`<\/`)))
	b.WriteString(`;
// font: null keeps TimelineJS from fetching its web font from its CDN.
var timeline = new TL.Timeline("timeline", data, {font: null});
timeline.on("loaded", function () { document.documentElement.setAttribute("data-ready", "true"); });
</script></body></html>`)
	return b.Bytes()
}

// TestTimelineJSLoads loads the export of the bundled case into the real
// TimelineJS in headless Chromium, offline: it must load without an error
// or a request, with a slide per event and the title slide.
func TestTimelineJSLoads(t *testing.T) {
	dist := timelineJSDist(t)
	data := TimelineJS(seedGraph(t))
	var tl struct{ Events []json.RawMessage }
	if err := json.Unmarshal(data, &tl); err != nil {
		t.Fatal(err)
	}
	tab := browsertest.Open(t, browsertest.WritePage(t, timelinePage(t, dist, data)), 960)
	slides := browsertest.Eval[int](t, tab, `document.querySelectorAll(".tl-slide").length`)
	if slides != len(tl.Events)+1 {
		t.Errorf("TimelineJS drew %d slides, want %d events and the title", slides, len(tl.Events))
	}
	markers := browsertest.Eval[int](t, tab, `document.querySelectorAll(".tl-timemarker").length`)
	if markers != len(tl.Events) {
		t.Errorf("TimelineJS drew %d markers, want %d", markers, len(tl.Events))
	}
	title := browsertest.Eval[string](t, tab, `document.querySelector(".tl-slide-titleslide .tl-headline").textContent`)
	if c := seedGraph(t).Case(); !strings.Contains(title, strings.TrimSpace(c.Meta.Title)) {
		t.Errorf("title slide %q, want the case's title %q", title, c.Meta.Title)
	}
	tab.Check(t)
}
