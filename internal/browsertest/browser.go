// Package browsertest is test support, not API: it drives Debian's Chromium
// through chromedp for the explorer's tests. Pages open in tabs of one
// shared headless browser with every request outside them failed and
// recorded, and their console errors, exceptions and CSP reports kept.
// Where Chromium is missing the tests skip, saying how to install it,
// except when CI is set or EVENTGRAPH_REQUIRE_TOOLS=1 (as .ci/run sets it):
// then they fail.
package browsertest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

var (
	browserOnce sync.Once
	browserCtx  context.Context
	browserErr  error
	browserDir  string // the shared browser's profile folder, naming its processes
)

// chromium returns the path of the Chromium binary.
func chromium() (string, error) {
	if p := os.Getenv("EVENTGRAPH_CHROMIUM"); p != "" {
		return p, nil
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("no chromium on PATH")
}

func requireTools() bool {
	return os.Getenv("EVENTGRAPH_REQUIRE_TOOLS") == "1" || os.Getenv("CI") != ""
}

// browser returns a context of a shared headless Chromium; each test opens
// its own tab with tab.
func browser(t testing.TB) context.Context {
	t.Helper()
	if testing.Short() && !requireTools() {
		t.Skip("browser tests skipped with -short")
	}
	browserOnce.Do(func() {
		path, err := chromium()
		if err != nil {
			browserErr = err
			return
		}
		dir, err := os.MkdirTemp("", "eventgraph-chromium-")
		if err != nil {
			browserErr = err
			return
		}
		browserDir = dir
		opts := []chromedp.ExecAllocatorOption{
			chromedp.ExecPath(path), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
			chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(dir),
			chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
			chromedp.Flag("enable-unsafe-swiftshader", true), chromedp.WindowSize(1280, 1000),
		}
		alloc, _ := chromedp.NewExecAllocator(context.Background(), opts...)
		ctx, _ := chromedp.NewContext(alloc)
		browserErr = chromedp.Do(ctx) // starts the browser
		browserCtx = ctx
	})
	if browserErr != nil {
		msg := fmt.Sprintf("Chromium is needed for the explorer's browser tests (%v): install it with `apt-get install chromium` or set EVENTGRAPH_CHROMIUM", browserErr)
		if requireTools() {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return browserCtx
}

// Tab is one page under test with what it did: every request it made
// outside itself and every console error, exception or CSP report.
type Tab struct {
	// Ctx is the tab's chromedp context.
	Ctx      context.Context
	mu       sync.Mutex
	requests []string
	problems []string
}

// Open opens url in a new tab of the shared browser, width px wide, and
// waits until the page sets data-ready. With a file:// url every request
// but the file itself and data: URLs is failed before it leaves the
// browser, and recorded; with an http url, requests outside it are.
func Open(t testing.TB, url string, width int64) *Tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser(t))
	t.Cleanup(cancel)
	tb := &Tab{Ctx: ctx}
	allowed := func(u string) bool {
		if strings.HasPrefix(url, "http") {
			return strings.HasPrefix(u, url)
		}
		return u == url || strings.HasPrefix(u, url+"#") || strings.HasPrefix(u, "data:")
	}
	if err := chromedp.Do(ctx); err != nil { // opens the tab
		t.Fatal(err)
	}
	err := chromedp.Listen(ctx, func(ev any) {
		tb.mu.Lock()
		defer tb.mu.Unlock()
		switch ev := ev.(type) {
		case *fetch.EventRequestPaused:
			u, id := ev.Request.URL, ev.RequestID
			ok := allowed(u)
			if !ok {
				tb.requests = append(tb.requests, u)
			}
			go func() {
				if ok {
					_, _ = chromedp.Call(ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: id})
				} else {
					_, _ = chromedp.Call(ctx, fetch.FailRequest, fetch.FailRequestParams{RequestID: id, ErrorReason: network.ErrorReasonBlockedByClient})
				}
			}()
		case *runtime.EventExceptionThrown:
			d := ev.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			tb.problems = append(tb.problems, fmt.Sprintf("exception at %s:%d: %s", d.URL, d.LineNumber+1, msg))
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning || ev.Type == runtime.ConsoleAPICalledTypeAssert {
				var parts []string
				for _, a := range ev.Args {
					parts = append(parts, string(a.Value)+a.Description)
				}
				tb.problems = append(tb.problems, string(ev.Type)+": "+strings.Join(parts, " "))
			}
		case *cdplog.EventEntryAdded:
			// SwiftShader's note that reading pixels back stalls (sigma
			// reads them to find the node under the pointer) is about the
			// software renderer's speed, not a fault of the page.
			perf := strings.Contains(ev.Entry.Text, "GL Driver Message (OpenGL, Performance")
			if ev.Entry.Level == cdplog.EntryLevelError || ev.Entry.Level == cdplog.EntryLevelWarning && !perf {
				tb.problems = append(tb.problems, "log: "+ev.Entry.Text+" "+ev.Entry.URL)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	steps := func() error {
		if _, err := chromedp.Call(ctx, cdplog.Enable, cdp.Empty{}); err != nil {
			return err
		}
		if _, err := chromedp.Call(ctx, runtime.Enable, cdp.Empty{}); err != nil {
			return err
		}
		if _, err := chromedp.Call(ctx, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "*"}}}); err != nil {
			return err
		}
		return chromedp.Do(ctx, chromedp.EmulateViewport(width, 1000), chromedp.Navigate(url))
	}
	if err := steps(); err != nil {
		t.Fatalf("opening %s: %v", url, err)
	}
	tb.WaitReady(t)
	return tb
}

// WaitReady waits until the page sets data-ready="true" on <html>.
func (tb *Tab) WaitReady(t testing.TB) {
	t.Helper()
	ctx, cancel := context.WithTimeout(tb.Ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`html[data-ready="true"]`))); err != nil {
		tb.mu.Lock()
		defer tb.mu.Unlock()
		t.Fatalf("the page did not get ready: %v (page problems: %v)", err, tb.problems)
	}
}

// Check fails the test if the page made a request or reported a problem.
func (tb *Tab) Check(t testing.TB) {
	t.Helper()
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, r := range tb.requests {
		t.Errorf("the page requested %s", r)
	}
	for _, p := range tb.problems {
		t.Errorf("the page reported: %s", p)
	}
}

// Eval evaluates a script in the page (awaiting a promise) and decodes
// its value as T.
func Eval[T any](t testing.TB, tb *Tab, js string) T {
	t.Helper()
	v, err := chromedp.Run(tb.Ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluating %s: %v", js, err)
	}
	return v
}

// Do runs chromedp actions in the page.
func (tb *Tab) Do(t testing.TB, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(tb.Ctx, actions...); err != nil {
		t.Fatal(err)
	}
}

// WritePage writes an HTML page into a temporary folder of the test and
// returns its file:// URL.
func WritePage(t testing.TB, html []byte) string {
	t.Helper()
	f := filepath.Join(t.TempDir(), "explorer.html")
	if err := os.WriteFile(f, html, 0o644); err != nil {
		t.Fatal(err)
	}
	return "file://" + f
}
