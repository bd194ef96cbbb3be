package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/internal/serve"
)

// preview is a running "eventgraph serve" on a copy of the bundled case, on a
// free loopback port.
type preview struct {
	dir, url string
	s        *serve.Server
	stop     func() error
}

func startPreview(t testing.TB) *preview {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../../data/han-dong")); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	s, err := serve.New(ctx, serve.Options{Load: func() (*casefile.Case, error) { return casefile.LoadDir(dir) }, Draw: drawPicture})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	served, watched := make(chan error, 1), make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()
	go func() { watched <- s.Watch(ctx, dir) }()
	p := &preview{dir: dir, url: "http://" + ln.Addr().String(), s: s}
	stopped := false
	p.stop = func() error {
		if stopped {
			return nil
		}
		stopped = true
		cancel()
		err := <-served
		if werr := <-watched; err == nil {
			err = werr
		}
		return err
	}
	t.Cleanup(func() { p.stop() })
	time.Sleep(50 * time.Millisecond) // let the watcher start
	return p
}

func (p *preview) get(t testing.TB, path string) (*http.Response, string) {
	t.Helper()
	r, err := http.Get(p.url + path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	b, _ := io.ReadAll(r.Body)
	return r, string(b)
}

// events connects to /api/events and returns the data of each change event.
func (p *preview) events(t testing.TB) <-chan string {
	t.Helper()
	r, err := http.Get(p.url + "/api/events")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Body.Close() })
	if ct := r.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("events served as %q", ct)
	}
	out := make(chan string, 16)
	go func() {
		sc := bufio.NewScanner(r.Body)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		event := ""
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				event = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: ") && event == "change":
				out <- strings.TrimPrefix(line, "data: ")
			}
		}
		close(out)
	}()
	return out
}

func waitEvent(t testing.TB, ch <-chan string) string {
	t.Helper()
	select {
	case e, ok := <-ch:
		if !ok {
			t.Fatal("the event stream ended")
		}
		return e
	case <-time.After(20 * time.Second):
		t.Fatal("no event after a save")
	}
	return ""
}

func TestServePages(t *testing.T) {
	p := startPreview(t)
	r, body := p.get(t, "/")
	csp := r.Header.Get("Content-Security-Policy")
	if r.StatusCode != 200 || !strings.Contains(body, `role="region" aria-label="Details"`) {
		t.Fatalf("/: %d", r.StatusCode)
	}
	if !strings.Contains(csp, "script-src 'sha256-") || strings.Contains(csp, "unsafe") || !strings.Contains(csp, "default-src 'none'") ||
		!strings.Contains(csp, "connect-src 'self'") || !strings.Contains(csp, "frame-ancestors 'none'") {
		t.Errorf("/: Content-Security-Policy %q", csp)
	}
	plain := ""
	for _, path := range []string{"/timeline.svg", "/timeline-vertical.svg", "/relations.svg", "/focus/han-dong.svg", "/focus/han-dong.svg?depth=2", "/timeline.svg?theme=dark&as-of=2023-03-21"} {
		r, body := p.get(t, path)
		if r.StatusCode != 200 || r.Header.Get("Content-Type") != "image/svg+xml" || !strings.Contains(body, "<svg") {
			t.Errorf("%s: %d %s %.80q", path, r.StatusCode, r.Header.Get("Content-Type"), body)
		}
		if path == "/timeline.svg" {
			plain = body
		}
		if strings.Contains(path, "theme=dark") && body == plain {
			t.Errorf("%s gave the default picture: query options are ignored", path)
		}
	}
	for path, want := range map[string]int{
		"/timeline.svg?bogus=1":        400,
		"/timeline.svg?theme=neon":     400,
		"/focus/nobody.svg":            400,
		"/relations.svg?as-of=someday": 400,
		"/nothing.svg":                 404,
		"/people.yaml":                 404,
	} {
		if r, body := p.get(t, path); r.StatusCode != want {
			t.Errorf("%s: %d %q, want %d", path, r.StatusCode, body, want)
		}
	}
	r, body = p.get(t, "/api/problems")
	if r.StatusCode != 200 || strings.TrimSpace(body) != "[]" {
		t.Errorf("/api/problems: %d %q", r.StatusCode, body)
	}
}

// TestServeSaves saves a change, then a broken file, then the fix: each
// save sends an event; the broken one reports located problems and keeps
// the last good explorer and pictures.
func TestServeSaves(t *testing.T) {
	p := startPreview(t)
	events := p.events(t)
	people := filepath.Join(p.dir, "people.yaml")
	orig, err := os.ReadFile(people)
	if err != nil {
		t.Fatal(err)
	}
	changed := strings.Replace(string(orig), "name: Han Dong", "name: Han Dong (MP)", 1)
	if changed == string(orig) {
		t.Fatal("the seed case no longer names Han Dong as the test expects")
	}
	os.WriteFile(people, []byte(changed), 0o644)
	var msg struct {
		Version  int
		Problems []serve.Problem
	}
	json.Unmarshal([]byte(waitEvent(t, events)), &msg)
	if len(msg.Problems) != 0 {
		t.Fatalf("a good save reported problems: %v", msg.Problems)
	}
	if _, body := p.get(t, "/"); !strings.Contains(body, "Han Dong (MP)") {
		t.Error("the explorer does not show the saved change")
	}
	_, good := p.get(t, "/relations.svg")
	if !strings.Contains(good, "Han Dong (MP)") {
		t.Error("relations.svg does not show the saved change")
	}

	os.WriteFile(people, []byte(changed+"\n  - {id: broken\n"), 0o644)
	json.Unmarshal([]byte(waitEvent(t, events)), &msg)
	if len(msg.Problems) == 0 {
		t.Fatal("a broken save reported no problem")
	}
	located := false
	for _, pr := range msg.Problems {
		if filepath.Base(pr.File) == "people.yaml" && pr.Line > 0 && pr.Column > 0 && pr.Severity == "error" && strings.Contains(pr.Message, "never closed") {
			located = true
		}
	}
	if !located {
		t.Errorf("the unclosed { in people.yaml is not among the problems, located: %+v", msg.Problems)
	}
	var listed []serve.Problem
	_, body := p.get(t, "/api/problems")
	if err := json.Unmarshal([]byte(body), &listed); err != nil || len(listed) != len(msg.Problems) {
		t.Errorf("/api/problems: %v %q", err, body)
	}
	if r, kept := p.get(t, "/relations.svg"); r.StatusCode != 200 || kept != good {
		t.Error("a broken save did not keep the last good relations.svg")
	}
	if r, page := p.get(t, "/"); r.StatusCode != 200 || !strings.Contains(page, "Han Dong (MP)") {
		t.Error("a broken save did not keep the last good explorer")
	}

	os.WriteFile(people, orig, 0o644)
	json.Unmarshal([]byte(waitEvent(t, events)), &msg)
	if len(msg.Problems) != 0 {
		t.Errorf("the fix still reports %v", msg.Problems)
	}
	if err := p.stop(); err != nil {
		t.Errorf("stopping with an event stream open: %v", err)
	}
}

// TestServeRefuses sends raw requests: paths that try to leave the case
// (plain, encoded, doubly encoded), methods other than GET, and a Host that
// is not this machine.
func TestServeRefuses(t *testing.T) {
	p := startPreview(t)
	addr := strings.TrimPrefix(p.url, "http://")
	raw := func(method, target, host string) (int, string) {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		c.SetDeadline(time.Now().Add(10 * time.Second))
		io.WriteString(c, method+" "+target+" HTTP/1.1\r\nHost: "+host+"\r\nConnection: close\r\n\r\n")
		r, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil {
			t.Fatalf("%s %s: %v", method, target, err)
		}
		defer r.Body.Close()
		b, _ := io.ReadAll(r.Body)
		if method != "GET" && r.StatusCode == 405 && r.Header.Get("Allow") != "GET" {
			t.Errorf("%s %s: Allow %q", method, target, r.Header.Get("Allow"))
		}
		return r.StatusCode, string(b)
	}
	for _, target := range []string{
		"/../../../../etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd", "/%2e%2e/%2e%2e/etc/passwd", "/%252e%252e/etc/passwd",
		"/focus/..%2fpeople.yaml", "/focus/%2e%2e%2fpeople.svg", "/focus/../people.yaml", "//etc/passwd", "/people.yaml",
		"/focus/han-dong.svg/../../people.yaml", "/timeline.svg/..", "/focus/HAN-DONG.svg", "/focus/.svg",
	} {
		code, body := raw("GET", target, "127.0.0.1")
		if code != 404 && code != 400 {
			t.Errorf("GET %s: %d, want 404 or 400", target, code)
		}
		if strings.Contains(body, "root:") || strings.Contains(body, "people:") {
			t.Errorf("GET %s leaked a file: %.100q", target, body)
		}
	}
	for _, m := range []string{"POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"} {
		if code, _ := raw(m, "/", "127.0.0.1"); code != 405 {
			t.Errorf("%s /: %d, want 405", m, code)
		}
	}
	if code, _ := raw("GET", "/", "evil.example"); code != 403 {
		t.Errorf("GET / with Host evil.example: %d, want 403", code)
	}
	if code, _ := raw("GET", "/", "localhost:8080"); code != 200 {
		t.Errorf("GET / with Host localhost: %d, want 200", code)
	}
}

func TestServeUsage(t *testing.T) {
	r := runCLI(t, "serve", "--addr", "nonsense")
	if r.code != ExitUsage || !strings.Contains(r.stderr, "HOST:PORT") {
		t.Errorf("exit %d: %s", r.code, r.stderr)
	}
}

// BenchmarkServeRedraw measures the time from a save of the bundled case to
// its change event: the debounce (50 ms), loading, the explorer and the
// three main pictures.
func BenchmarkServeRedraw(b *testing.B) {
	p := startPreview(b)
	events := p.events(b)
	people := filepath.Join(p.dir, "people.yaml")
	orig, _ := os.ReadFile(people)
	for i := 0; b.Loop(); i++ {
		os.WriteFile(people, append(append([]byte(nil), orig...), []byte("\n# "+strings.Repeat("x", i%7)+"\n")...), 0o644)
		waitEvent(b, events)
	}
}
