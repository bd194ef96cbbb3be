package serve

import (
	"testing"

	"github.com/fsnotify/fsnotify"
)

func TestLoopbackHost(t *testing.T) {
	for host, want := range map[string]bool{
		"localhost": true, "localhost:8080": true, "LOCALHOST:1": true, "127.0.0.1:8080": true, "127.0.0.2": true,
		"[::1]:8080": true, "::1": true, "example.com": false, "evil.localhost.example:8080": false,
		"10.0.0.1:8080": false, "[::]:8080": false, "": false, "0.0.0.0:8080": false,
	} {
		if got := loopbackHost(host); got != want {
			t.Errorf("loopbackHost(%q) = %v, want %v", host, got, want)
		}
	}
}

func TestRelevant(t *testing.T) {
	for _, tc := range []struct {
		name string
		op   fsnotify.Op
		want bool
	}{
		{"/c/people.yaml", fsnotify.Write, true},
		{"/c/events/x.YML", fsnotify.Create, true},
		{"/c/events", fsnotify.Create, true},
		{"/c/people.yaml", fsnotify.Chmod, false},
		{"/c/.people.yaml.swp", fsnotify.Write, false},
		{"/c/people.yaml~", fsnotify.Write, false},
		{"/c/.git", fsnotify.Create, false},
		{"/c/notes.md", fsnotify.Write, false},
		{"/c/people.yaml", fsnotify.Rename, true},
	} {
		if got := relevant(fsnotify.Event{Name: tc.name, Op: tc.op}); got != tc.want {
			t.Errorf("relevant(%s %v) = %v, want %v", tc.name, tc.op, got, tc.want)
		}
	}
}

func TestFocusPath(t *testing.T) {
	for path, want := range map[string]string{
		"/focus/han-dong.svg": "han-dong", "/focus/a1.svg": "a1",
		"/focus/..%2fx.svg": "", "/focus/%2e%2e.svg": "", "/focus/Han.svg": "", "/focus/-x.svg": "",
		"/focus/a/b.svg": "", "/focus/a.svg/": "", "/focus/.svg": "",
	} {
		got := ""
		if m := focusPath.FindStringSubmatch(path); m != nil {
			got = m[1]
		}
		if got != want {
			t.Errorf("%s: %q, want %q", path, got, want)
		}
	}
}
