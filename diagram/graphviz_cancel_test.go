package diagram

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"testing"
	"time"
)

// slowDOT is a digraph of n nodes and e edges between pseudo-random pairs:
// dot's crossing minimisation takes seconds on it for n=70, e=180.
func slowDOT(n, e int) []byte {
	var b bytes.Buffer
	b.WriteString("digraph {\n")
	x := uint32(1)
	next := func() int {
		x = x*1664525 + 1013904223
		return int(x>>8) % n
	}
	for range e {
		fmt.Fprintf(&b, "n%d -> n%d;\n", next(), next())
	}
	b.WriteString("}\n")
	return b.Bytes()
}

// waitLayouts waits until no layout runs, detached ones included.
func waitLayouts(t *testing.T) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Minute)
	for len(gvRunning) > 0 {
		if time.Now().After(deadline) {
			t.Fatal("a detached layout still runs after 5 minutes")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestItem3CancelLayout: a context cancelled in the middle of a long
// Graphviz layout makes the drawing return at once with the context's
// error and releases the lock: the next drawing works at once, while the
// first layout runs on, detached, to its end; then its place is free and
// the garbage collector runs again.
func TestItem3CancelLayout(t *testing.T) {
	waitLayouts(t)
	gcBefore := debug.SetGCPercent(-1)
	debug.SetGCPercent(gcBefore)
	small := []byte("digraph { a -> b }")
	if _, err := render(context.Background(), small, SVG, ""); err != nil {
		t.Fatal(err) // Graphviz compiled before the clock starts
	}

	// Cancel 100ms after the layout has started (taken its place).
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cancelled := make(chan time.Time, 1)
	go func() {
		for len(gvRunning) == 0 && ctx.Err() == nil {
			time.Sleep(time.Millisecond)
		}
		time.Sleep(100 * time.Millisecond)
		cancelled <- time.Now()
		cancel()
	}()
	start := time.Now()
	out, err := render(ctx, slowDOT(70, 180), SVG, "")
	returned := time.Now()
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v (%d bytes out) after %v, want context.Canceled", err, len(out), returned.Sub(start))
	}
	late := returned.Sub(<-cancelled)
	if late > 500*time.Millisecond {
		t.Errorf("returned %v after the cancel, want at most 500ms", late)
	}
	t.Logf("returned %v after the cancel, %v after the start", late, returned.Sub(start).Round(time.Millisecond))
	if n := len(gvRunning); n != 1 {
		t.Fatalf("%d layouts running after the cancel, want the detached one", n)
	}

	start = time.Now()
	svg, err := render(context.Background(), small, SVG, "")
	if err != nil {
		t.Fatalf("the drawing after a cancelled one: %v", err)
	}
	if !bytes.Contains(svg, []byte("<svg")) {
		t.Fatalf("no SVG: %q", svg)
	}
	t.Logf("the next drawing took %v", time.Since(start).Round(time.Millisecond))
	if len(gvRunning) != 1 {
		t.Error("the next drawing waited for the detached layout to end")
	}

	waitLayouts(t)
	if gc := debug.SetGCPercent(gcBefore); gc != gcBefore {
		t.Errorf("GC percent %d after the detached layout ended, want %d", gc, gcBefore)
	}
	if _, err := render(context.Background(), small, SVG, ""); err != nil {
		t.Fatal(err)
	}
}

// TestItem3CancelWaiting: a drawing waiting for the lock, or for a place
// while detached layouts fill them all, gives up when its context is done.
func TestItem3CancelWaiting(t *testing.T) {
	waitLayouts(t)
	small := []byte("digraph { a -> b }")
	try := func(what string) {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		defer cancel()
		start := time.Now()
		_, err := render(ctx, small, SVG, "")
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("waiting for %s: err %v, want context.DeadlineExceeded", what, err)
		}
		if took := time.Since(start); took > 600*time.Millisecond {
			t.Errorf("waiting for %s: returned after %v, want about 100ms", what, took)
		}
	}

	gvMu.Lock()
	try("the lock")
	gvMu.Unlock()

	for range cap(gvRunning) {
		gvRunning <- struct{}{}
	}
	try("a place")
	for range cap(gvRunning) {
		<-gvRunning
	}

	if _, err := render(context.Background(), small, SVG, ""); err != nil {
		t.Fatal(err)
	}
}
