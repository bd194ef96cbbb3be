package wasm

import (
	"context"
	"errors"

	"github.com/tetratelabs/wazero"
)

// LayoutDetachable calls Context_layout like (*Context).Layout, but returns
// as soon as ctx is done, with ctx's error, even in the middle of a long
// layout. WebAssembly cannot be interrupted without instrumenting every
// loop (wazero's WithCloseOnContextDone, which makes layouts several times
// slower), so the layout goes on to its end in a goroutine, in the module
// it started in; that module is detached first: the package's next use
// starts a new module, and nothing reaches the detached one again but the
// running call. When the call has ended the detached module is closed and
// the returned channel is closed. The channel is nil when nothing was
// detached.
//
// Every object of the detached module (v, g, graphs and contexts made
// before) must not be used again: after a detach, make them anew.
func (v *Context) LayoutDetachable(ctx context.Context, g *Graph, engine string) (int, <-chan struct{}, error) {
	m := mod
	if m == nil {
		return 0, nil, errors.New("go-graphviz: the module is not running")
	}
	arg0, err := m.toObjectWasmValue(ctx, g)
	if err != nil {
		return 0, nil, err
	}
	arg1, err := m.toStringWasmValue(ctx, engine)
	if err != nil {
		return 0, nil, err
	}
	retPtr, err := m.NewPtr(ctx)
	if err != nil {
		return 0, nil, err
	}
	// From here on the goroutine touches only m's own function, never the
	// package's current module.
	fn := m.ExportedFunction("wasm_bridge_Context_layout")
	ended := make(chan error, 1)
	go func() {
		_, err := fn.Call(context.WithoutCancel(ctx), v.getPtr(), arg0, arg1, retPtr)
		ended <- err
	}()
	finish := func(err error) (int, <-chan struct{}, error) {
		if err != nil {
			_ = m.free(ctx, retPtr)
			return 0, nil, err
		}
		p, err := m.readU32(retPtr)
		if freeErr := m.free(ctx, retPtr); err == nil {
			err = freeErr
		}
		if err != nil {
			return 0, nil, err
		}
		return m.toInt(p), nil, nil
	}
	select {
	case err := <-ended:
		return finish(err)
	case <-ctx.Done():
	}
	select {
	case err := <-ended: // ended as ctx was done: keep the module
		return finish(err)
	default:
	}
	r := detach(m)
	detached := make(chan struct{})
	go func() {
		<-ended
		if r != nil {
			_ = r.Close(context.Background())
		}
		close(detached)
	}()
	return 0, detached, ctx.Err()
}

// detach makes m, if it is the running module, no longer the package's,
// and returns its runtime for the caller to close when m's calls have
// ended. The next Init starts a new module.
func detach(m *WasmModule) wazero.Runtime {
	initMu.Lock()
	defer initMu.Unlock()
	if mod != m {
		return nil
	}
	r := runtime
	runtime, mod = nil, nil
	return r
}
