package wasm

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/tetratelabs/wazero"
)

// The module is started by Init on first use, not in a package init
// function: a program that links go-graphviz but draws nothing pays nothing
// and touches no file.
var (
	initMu      sync.Mutex
	runtime     wazero.Runtime
	cache       wazero.CompilationCache
	memCache    wazero.CompilationCache
	initHooks   []func(context.Context) error
	lookupFuncs = &LookupFuncMap{}
	subFS       fsSetting
)

type fsSetting struct {
	mu sync.Mutex
	fs WasmFileSystem
}

// SetCompilationCache sets the cache used to compile graphviz.wasm when the
// module is next started. nil (the default) compiles in memory and writes
// nothing to disk.
func SetCompilationCache(c wazero.CompilationCache) {
	initMu.Lock()
	defer initMu.Unlock()
	cache = c
}

// OnInit registers f to run each time the module has been started, in the
// order of registration (packages register in their init functions).
func OnInit(f func(context.Context) error) {
	initMu.Lock()
	defer initMu.Unlock()
	initHooks = append(initHooks, f)
}

// Init starts the module unless it is running: once per process, and again
// only if it has been closed. If compiling with the
// configured cache fails or panics (an unreadable or corrupt cache entry),
// Init compiles in memory instead.
func Init(ctx context.Context) error {
	initMu.Lock()
	defer initMu.Unlock()
	if mod != nil && !mod.mod.IsClosed() {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if runtime != nil {
		_ = runtime.Close(context.Background())
		runtime, mod = nil, nil
	}
	if memCache == nil {
		memCache = wazero.NewCompilationCache()
	}
	c := cache
	if c == nil {
		c = memCache
	}
	r, err := initModule(c)
	if err != nil && c != memCache {
		cacheErr := err
		if r, err = initModule(memCache); err != nil {
			return errors.Join(cacheErr, err)
		}
	}
	if err != nil {
		return err
	}
	runtime = r
	subFS.mu.Lock()
	mod.fs.subFS = subFS.fs.subFS
	subFS.mu.Unlock()
	for _, f := range initHooks {
		if err := f(context.Background()); err != nil {
			_ = r.Close(context.Background())
			runtime, mod = nil, nil
			return err
		}
	}
	return nil
}

// checkEnum panics (recovered by initModule) if graphviz.wasm disagrees
// with the value compiled into the Go bindings.
func (m *WasmModule) checkEnum(ctx context.Context, name string, want int) {
	if got := m.getEnumValue(ctx, name); got != want {
		panic(fmt.Errorf("go-graphviz: graphviz.wasm has %s = %d, the Go bindings %d", name, got, want))
	}
}

// Close closes the running module, if any; the next Init starts a new one.
func Close() {
	initMu.Lock()
	defer initMu.Unlock()
	if runtime != nil {
		_ = runtime.Close(context.Background())
	}
	runtime, mod = nil, nil
}
