package explore

import (
	"sync"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
)

var (
	builtMu    sync.Mutex
	builtPages = map[*casefile.Case]*builtOnce{}
)

// builtOnce is the page of one case, built once.
type builtOnce struct {
	once sync.Once
	page *Page
	err  error
}

// builtPage returns the explorer of c with the default options, built
// once per test binary for each case: the tests share the cases of
// package testcase, whose pages take up to 2 s each to build, and the
// same case gives the same page (Build is deterministic). Callers must
// not modify it.
func builtPage(t testing.TB, c *casefile.Case) *Page {
	t.Helper()
	builtMu.Lock()
	b := builtPages[c]
	if b == nil {
		b = &builtOnce{}
		builtPages[c] = b
	}
	builtMu.Unlock()
	b.once.Do(func() { b.page, b.err = Build(t.Context(), c, Options{}) })
	if b.err != nil {
		t.Fatal(b.err)
	}
	return b.page
}
