package serve

import (
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/explore"
)

// focusPath is the one pattern of a picture path with a part taken from
// the request: an ID as the format defines it. Anything else, encoded
// dots and slashes included, matches no route.
var focusPath = regexp.MustCompile(`^/focus/([a-z0-9][a-z0-9-]*)\.svg$`)

// svgCSP lets a picture use its own inline style and nothing else.
const svgCSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'"

// Handler returns the server's routes. When loopbackOnly is set, requests
// whose Host is not a loopback name are refused, so that a web page the
// reader visits cannot reach the preview through a DNS name it controls.
func (s *Server) Handler(loopbackOnly bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-store")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
		if r.Method != http.MethodGet {
			h.Set("Allow", "GET")
			http.Error(w, "only GET is served", http.StatusMethodNotAllowed)
			return
		}
		if loopbackOnly && !loopbackHost(r.Host) {
			http.Error(w, "this preview answers only requests to localhost", http.StatusForbidden)
			return
		}
		path := r.URL.EscapedPath()
		switch path {
		case "/":
			s.servePage(w, r)
			return
		case "/api/problems":
			h.Set("Content-Type", "application/json; charset=utf-8")
			json.NewEncoder(w).Encode(s.Problems())
			return
		case "/api/events":
			s.serveEvents(w, r)
			return
		}
		name := strings.TrimPrefix(path, "/")
		if m := focusPath.FindStringSubmatch(path); m != nil {
			name = "focus/" + m[1] + ".svg"
		} else if !isPicture(name) {
			http.NotFound(w, r)
			return
		}
		s.servePicture(w, r, name)
	})
}

func isPicture(name string) bool {
	for _, p := range Pictures {
		if name == p {
			return true
		}
	}
	return false
}

// loopbackHost reports whether the Host header names this machine.
func loopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func (s *Server) servePage(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	page := s.page
	s.mu.Unlock()
	if page == nil {
		// No good version yet: an empty explorer that shows the problems
		// and reloads when they are fixed.
		var err error
		page, err = explore.Build(r.Context(), &casefile.Case{Meta: casefile.Meta{Title: "The case has problems"}}, explore.Options{Live: true, ForceLayout: true})
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", page.CSP+"; frame-ancestors 'none'")
	w.Write(page.HTML)
}

func (s *Server) servePicture(w http.ResponseWriter, r *http.Request, name string) {
	key := name + "?" + r.URL.Query().Encode()
	if len(r.URL.Query()) == 0 {
		key = name
	}
	s.mu.Lock()
	c, pic := s.good, s.pictures[key]
	s.mu.Unlock()
	if c == nil {
		http.Error(w, "the case has problems; see /api/problems", http.StatusServiceUnavailable)
		return
	}
	if pic == nil {
		var err error
		pic, err = s.o.Draw(r.Context(), c, name, r.URL.Query())
		if errors.Is(err, ErrBadRequest) {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if err != nil {
			http.Error(w, fmt.Sprintf("drawing %s: %v", name, err), http.StatusInternalServerError)
			return
		}
		s.mu.Lock()
		if s.good == c && len(s.pictures) < 256 {
			s.pictures[key] = pic
		}
		s.mu.Unlock()
	}
	h := w.Header()
	h.Set("Content-Type", "image/svg+xml")
	h.Set("Content-Security-Policy", svgCSP)
	w.Write(pic)
}

// serveEvents streams a "change" event after each reload, and a comment
// every 15 s to keep the connection open.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	ch, done := s.subscribe()
	defer done()
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Connection", "keep-alive")
	fmt.Fprint(w, "retry: 1000\n: eventgraph\n\n")
	fl.Flush()
	tick := time.NewTicker(15 * time.Second)
	defer tick.Stop()
	for {
		select {
		case msg := <-ch:
			fmt.Fprintf(w, "event: change\ndata: %s\n\n", msg)
			fl.Flush()
		case <-tick.C:
			fmt.Fprint(w, ": ping\n\n")
			fl.Flush()
		case <-r.Context().Done():
			return
		case <-s.closing:
			return
		}
	}
}
