package serve

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"sort"
	"sync"
	"time"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/explore"
)

// Drawer draws one picture of a case: name is "timeline.svg",
// "timeline-vertical.svg", "relations.svg" or "focus/ID.svg", and q holds
// the options of the matching command (theme, as-of, lanes, depth, ...).
// An error wrapping ErrBadRequest is the request's fault (an unknown
// option, a bad value, an unknown ID) and is answered 400.
type Drawer func(ctx context.Context, c *casefile.Case, name string, q url.Values) ([]byte, error)

// ErrBadRequest marks errors caused by the request.
var ErrBadRequest = errors.New("serve: bad request")

// Pictures are the pictures drawn after every good save, so that a reader
// who reloads finds them ready.
var Pictures = [...]string{"timeline.svg", "timeline-vertical.svg", "relations.svg"}

// Options configure a Server.
type Options struct {
	// Load loads the case; it is called at start and after every change.
	Load func() (*casefile.Case, error)
	// Draw draws the pictures.
	Draw Drawer
	// Log receives one line per reload (time taken, or problems); nil
	// discards them.
	Log io.Writer
	// Debounce is how long the folder must be quiet before a reload;
	// zero means 50 ms.
	Debounce time.Duration
}

// Problem is one validation problem of the case, located.
type Problem struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Message  string `json:"message"`
	Severity string `json:"severity"` // "error"
}

// Server holds the last good state of a case and what broke it since.
type Server struct {
	o Options

	mu       sync.Mutex
	good     *casefile.Case // nil until a load succeeds
	page     *explore.Page
	problems []Problem
	version  int
	pictures map[string][]byte // drawn pictures of good, by name and query
	subs     map[chan []byte]struct{}
	closing  chan struct{}
	closed   bool
}

// New loads the case once and returns its server. A case with problems
// still gives a server: it reports them until a save fixes them.
func New(ctx context.Context, o Options) (*Server, error) {
	if o.Load == nil || o.Draw == nil {
		return nil, errors.New("serve: Options.Load and Options.Draw are required")
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	if o.Debounce <= 0 {
		o.Debounce = 50 * time.Millisecond
	}
	s := &Server{o: o, subs: map[chan []byte]struct{}{}, closing: make(chan struct{})}
	if err := s.Reload(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

// Reload loads the case again. When it loads, the explorer is rebuilt and
// the main pictures drawn; when it has problems, they replace the previous
// ones and the last good explorer and pictures stay. Either way every
// listener of /api/events is told. The error is only for failures other
// than the case's own problems (a folder that vanished is a problem too).
func (s *Server) Reload(ctx context.Context) error {
	start := time.Now()
	c, err := s.o.Load()
	var problems []Problem
	var page *explore.Page
	pictures := map[string][]byte{}
	if err == nil {
		// The explorer and each picture are drawn at once: the timelines
		// and the explorer need no Graphviz, so they run beside the diagram.
		var wg sync.WaitGroup
		var pmu sync.Mutex
		var berr error
		wg.Go(func() { page, berr = explore.Build(ctx, c, explore.Options{Live: true, ForceLayout: true}) })
		for _, name := range Pictures {
			wg.Go(func() {
				pic, err := s.o.Draw(ctx, c, name, nil)
				pmu.Lock()
				defer pmu.Unlock()
				if err != nil {
					problems = append(problems, Problem{Message: fmt.Sprintf("drawing %s: %v", name, err), Severity: "error"})
					return
				}
				pictures[name] = pic
			})
		}
		wg.Wait()
		if berr != nil {
			return berr
		}
	} else {
		problems = problemsOf(err)
	}
	s.mu.Lock()
	s.version++
	if page != nil {
		s.good, s.page, s.pictures = c, page, pictures
	}
	s.problems = problems
	msg, _ := json.Marshal(struct {
		Version  int       `json:"version"`
		Problems []Problem `json:"problems"`
	}{s.version, nonNil(problems)})
	for ch := range s.subs {
		select {
		case ch <- msg:
		default: // a listener that does not read misses a beat, not the server
		}
	}
	s.mu.Unlock()
	if len(problems) > 0 {
		fmt.Fprintf(s.o.Log, "eventgraph serve: %d problem(s); showing the last good version\n", len(problems))
		for i, p := range problems {
			if i == 10 {
				fmt.Fprintf(s.o.Log, "  and %d more (all at /api/problems)\n", len(problems)-i)
				break
			}
			fmt.Fprintf(s.o.Log, "  %s:%d:%d: %s\n", p.File, p.Line, p.Column, p.Message)
		}
	} else {
		fmt.Fprintf(s.o.Log, "eventgraph serve: redrawn in %d ms\n", time.Since(start).Milliseconds())
	}
	return nil
}

// problemsOf turns a load error into located problems.
func problemsOf(err error) []Problem {
	var list casefile.ErrorList
	if errors.As(err, &list) {
		out := make([]Problem, len(list))
		for i, e := range list {
			out[i] = Problem{File: e.Pos.File, Line: int(e.Pos.Line), Column: int(e.Pos.Col), Message: e.Msg, Severity: "error"}
		}
		return out
	}
	return []Problem{{Message: err.Error(), Severity: "error"}}
}

func nonNil(p []Problem) []Problem {
	if p == nil {
		return []Problem{}
	}
	return p
}

// Problems returns the current problems, sorted as the loader sorts them.
func (s *Server) Problems() []Problem {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := append([]Problem(nil), s.problems...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	return nonNil(out)
}

// subscribe registers a listener for change messages.
func (s *Server) subscribe() (chan []byte, func()) {
	ch := make(chan []byte, 4)
	s.mu.Lock()
	s.subs[ch] = struct{}{}
	s.mu.Unlock()
	return ch, func() {
		s.mu.Lock()
		delete(s.subs, ch)
		s.mu.Unlock()
	}
}

// Close ends every event stream, so that an http.Server can shut down.
func (s *Server) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.closed {
		s.closed = true
		close(s.closing)
	}
}
