package testcase

import (
	"sync"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/internal/gen"
)

var (
	seedOnce sync.Once
	seedCase *casefile.Case
	seedErr  error

	generatedMu    sync.Mutex
	generatedCases = map[int]*casefile.Case{}
)

// Seed returns the bundled seed case, loaded once per test binary; callers
// share it and must not modify it. A load error fails the test at once.
func Seed(tb testing.TB) *casefile.Case {
	tb.Helper()
	seedOnce.Do(func() { seedCase, seedErr = casefile.Load(data.FS, data.SeedCase) })
	if seedErr != nil {
		tb.Fatalf("loading the seed case: %v", seedErr)
	}
	return seedCase
}

// Generated returns the synthetic case of the given number of events made
// with seed 1, generated and loaded once per size per test binary; callers
// share it and must not modify it. A load error fails the test at once.
func Generated(tb testing.TB, events int) *casefile.Case {
	tb.Helper()
	generatedMu.Lock()
	defer generatedMu.Unlock()
	if c, ok := generatedCases[events]; ok {
		return c
	}
	c, err := casefile.Load(gen.FS(gen.Options{Events: events, Seed: 1}), ".")
	if err != nil {
		tb.Fatalf("loading a generated case of %d events: %v", events, err)
		return nil
	}
	generatedCases[events] = c
	return c
}
