package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/eventgraph/eventgraph/internal/browsertest"
)

// TestServeInBrowser opens the live explorer in Chromium under the server's
// Content-Security-Policy (a violation would be reported on the console),
// breaks a file and waits for the page to show the located problem, then
// fixes it and waits for the page to reload with the change.
func TestServeInBrowser(t *testing.T) {
	p := startPreview(t)
	tb := browsertest.Open(t, p.url+"/", 1280)
	people := filepath.Join(p.dir, "people.yaml")
	orig, _ := os.ReadFile(people)
	os.WriteFile(people, append(append([]byte(nil), orig...), "\n  - {id: broken\n"...), 0o644)
	ctx, cancel := context.WithTimeout(tb.Ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`#problems`))); err != nil {
		t.Fatalf("the page did not show the problems of a broken save: %v", err)
	}
	text := browsertest.Eval[string](t, tb, `document.getElementById('problems').textContent`)
	if !strings.Contains(text, "people.yaml:") || !strings.Contains(text, "never closed") {
		t.Errorf("problems shown: %q", text)
	}
	os.WriteFile(people, []byte(strings.Replace(string(orig), "name: Han Dong", "name: Han Dong (fixed)", 1)), 0o644)
	// The page reloads itself: ask until the new page is ready (questions
	// asked while it navigates fail and are asked again).
	for reloaded := false; !reloaded; time.Sleep(100 * time.Millisecond) {
		if ctx.Err() != nil {
			t.Fatal("the page did not reload after the fix")
		}
		reloaded, _ = chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.dataset.ready === "true" && document.getElementById("case-data").textContent.includes("Han Dong (fixed)")`))
	}
	tb.Check(t)
}
