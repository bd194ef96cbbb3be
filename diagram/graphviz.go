package diagram

import (
	"context"
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
