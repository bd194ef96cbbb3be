package diagram

import (
	"context"
	"errors"
	"io"
	"runtime/debug"
	"sync"

	"github.com/eventgraph/eventgraph/internal/wasmcache"
	"github.com/goccy/go-graphviz"
)

// Graphviz (graphviz.wasm run by wazero) is compiled on the first drawing
// in a process, not when the program starts: commands that draw nothing
// pay nothing. Its native code is cached in the user's own cache folder
// (internal/wasmcache); when that folder cannot be trusted or used, or
// EVENTGRAPH_NO_CACHE=1 is set, it is compiled in memory.
var (
	gvSetup sync.Once
	gvCache *wasmcache.Cache
)

// newGraphviz returns a Graphviz instance, compiling the module first if
// this is the process's first drawing. The caller holds gvMu.
func newGraphviz(ctx context.Context) (*graphviz.Graphviz, error) {
	gvSetup.Do(func() {
		if c, err := wasmcache.Open("graphviz"); err == nil {
			graphviz.SetCompilationCache(c.CompilationCache)
			gvCache = c
		}
	})
	gv, err := graphviz.New(ctx)
	if err == nil && gvCache != nil {
		// The cache only saves time: a manifest that cannot be written
		// means the next process compiles again.
		_ = gvCache.Seal()
		gvCache = nil
	}
	return gv, err
}

// layout runs Graphviz's layout and output. A ctx done during the layout
// makes it return ctx's error at once: WebAssembly cannot be interrupted
// without slowing every layout several times (wazero's
// WithCloseOnContextDone), so the layout runs on to its end in the
// background, in a Graphviz module detached from the process's one
// (go-graphviz's RenderDetachable, see third_party/go-graphviz/PATCHES.md).
// The instance gv, the graph g and the module are then gone: abandon
// forgets the kept instance, and the next drawing starts a new module. A
// detached layout holds one of gvRunning's places until it ends.
//
// The garbage collector is paused while any layout runs, detached ones
// included. wazero's native code cannot be preempted, so a stop-the-world
// requested during a long layout would wait for its end, freezing every
// other goroutine of the process, signal handling included (a SIGTERM
// would go unanswered for minutes). Graphviz's memory is WebAssembly
// memory, outside the Go heap, so the pause costs little.
func layout(ctx context.Context, gv *graphviz.Graphviz, g *graphviz.Graph, format graphviz.Format, w io.Writer) (detached bool, err error) {
	select {
	case gvRunning <- struct{}{}:
	case <-ctx.Done():
		return false, ctx.Err()
	}
	if err := ctx.Err(); err != nil {
		<-gvRunning
		return false, err
	}
	pauseGC()
	done, err := gv.RenderDetachable(ctx, g, format, w)
	if done == nil {
		resumeGC()
		<-gvRunning
		return false, err
	}
	abandonGraphviz()
	go func() {
		<-done
		resumeGC()
		<-gvRunning
	}()
	return true, err
}

// gvRunning holds a place for each layout running: the one of the caller
// holding gvMu, and up to gvMaxDetached layouts detached after their
// context was done. A drawing waits (or gives up when its context is done)
// while every place is taken, so that cancelled drawings cannot pile up
// layouts that use the processors and memory until they end.
var gvRunning = make(chan struct{}, 1+gvMaxDetached)

// gvMaxDetached is how many detached layouts may run at once.
const gvMaxDetached = 2

// The garbage collector is paused while gcPaused > 0; gcPercent is the
// setting to restore.
var (
	gcMu      sync.Mutex
	gcPaused  int
	gcPercent int
)

// pauseGC pauses the garbage collector until the matching resumeGC.
func pauseGC() {
	gcMu.Lock()
	defer gcMu.Unlock()
	if gcPaused == 0 {
		gcPercent = debug.SetGCPercent(-1)
	}
	gcPaused++
}

// resumeGC ends a pauseGC; the last one restores the collector.
func resumeGC() {
	gcMu.Lock()
	defer gcMu.Unlock()
	gcPaused--
	if gcPaused == 0 {
		debug.SetGCPercent(gcPercent)
	}
}

// ErrNilContext is returned by Render, Layout, DrawSVG and DrawPNG for a
// nil context.
var ErrNilContext = errors.New("diagram: nil context")

// One Graphviz instance is kept from drawing to drawing, so that the
// pictures of one "eventgraph render" (two layouts each: diagram and key)
// share it instead of starting one each. It is closed after a failed
// drawing, whose state nobody can vouch for, and after gvMaxUses drawings,
// with the module it runs in, since memory inside Graphviz's module grows
// with use and a long-running process (serve) must not grow without bound.
var (
	gvShared *graphviz.Graphviz
	gvUses   int
)

// gvMaxUses is how many drawings one Graphviz instance makes. State that
// builds up in one module does not stay sound: with 64, the 44th drawing
// of TestEventsInDateOrder's sequence of views (a legend that lays out
// alone in a fresh module) failed to parse ("the DOT text holds no
// graph"), or Graphviz never returned, while leaving out any one of the
// 43 drawings before it made it draw; the module held 1.5 MB then, so it
// is not memory running out. A new module costs about 0.1 s, once every
// gvMaxUses drawings. As that state's cause is not known, a drawing that
// fails in a used instance is also made once more in a fresh one
// (renderTo).
const gvMaxUses = 16

// sharedGraphviz returns the kept Graphviz instance, starting one when
// there is none. The caller holds gvMu and calls releaseGraphviz after
// the drawing.
func sharedGraphviz(ctx context.Context) (*graphviz.Graphviz, error) {
	if gvShared == nil {
		gv, err := newGraphviz(ctx)
		if err != nil {
			return nil, err
		}
		gvShared, gvUses = gv, 0
	}
	return gvShared, nil
}

// releaseGraphviz counts a drawing of the kept instance, and closes the
// instance when the drawing failed or it has made gvMaxUses drawings. The
// caller holds gvMu.
func releaseGraphviz(ok bool) {
	gvUses++
	if ok && gvUses < gvMaxUses {
		return
	}
	_ = gvShared.Close() // nothing is left to write; a failed close only leaks
	gvShared = nil
	// Freeing the instance returns memory to the module's allocator, not to
	// the process: the module's memory only grows. Closing the module gives
	// it back; the next drawing starts one from the compiled code (tens of
	// milliseconds). BenchmarkServeMemory (internal/cli) checks that 200
	// redraws of "eventgraph serve" stay within bounds.
	graphviz.CloseModule()
}

// abandonGraphviz forgets the kept instance without closing it: its
// module was detached with a layout still running in it. The caller holds
// gvMu.
func abandonGraphviz() {
	gvShared = nil
}
