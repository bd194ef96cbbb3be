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

// layout runs Graphviz's layout and output with the garbage collector
// paused. wazero's native code cannot be preempted, so a stop-the-world
// requested during a long layout would wait for its end, freezing every
// other goroutine of the process, signal handling included (a SIGTERM
// would go unanswered for minutes). Graphviz's memory is WebAssembly
// memory, outside the Go heap, so the pause costs little.
func layout(ctx context.Context, gv *graphviz.Graphviz, g *graphviz.Graph, format graphviz.Format, w io.Writer) error {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	return gv.Render(ctx, g, format, w)
}

// ErrNilContext is returned by Render, Layout, DrawSVG and DrawPNG for a
// nil context.
var ErrNilContext = errors.New("diagram: nil context")

// One Graphviz instance is kept from drawing to drawing, so that the
// pictures of one "eventgraph render" (two layouts each: diagram and key)
// share it instead of starting one each. It is closed after a failed
// drawing, whose state nobody can vouch for, and after gvMaxUses drawings,
// since memory inside Graphviz's module grows with use and a long-running
// process (serve) must not grow without bound.
var (
	gvShared *graphviz.Graphviz
	gvUses   int
)

// gvMaxUses is how many drawings one Graphviz instance makes.
const gvMaxUses = 64

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
}
