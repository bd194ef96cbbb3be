package diagram

import (
	"context"
	"testing"
)

// TestGraphvizReused checks that drawings share one Graphviz instance, that
// a failed drawing closes it and is made once more in a fresh instance
// when it failed in a used one (never when it failed in a fresh one), and
// that an instance makes at most gvMaxUses drawings.
func TestGraphvizReused(t *testing.T) {
	ctx := context.Background()
	draw := func(dot string) error {
		_, err := render(ctx, []byte(dot), SVG, "")
		return err
	}
	shared := func() (bool, int) {
		gvMu.Lock()
		defer gvMu.Unlock()
		return gvShared != nil, gvUses
	}
	if err := draw("digraph { a -> b }"); err != nil {
		t.Fatal(err)
	}
	gvMu.Lock()
	first := gvShared
	gvMu.Unlock()
	if err := draw("digraph { b -> c }"); err != nil {
		t.Fatal(err)
	}
	gvMu.Lock()
	same := gvShared == first && first != nil
	gvMu.Unlock()
	if !same {
		t.Error("a second drawing started a new Graphviz instance")
	}
	retries := func() int {
		gvMu.Lock()
		defer gvMu.Unlock()
		return gvRetries
	}
	r0 := retries()
	err := draw("digraph { a -> ")
	if err == nil {
		t.Fatal("bad DOT drew")
	}
	if kept, _ := shared(); kept {
		t.Error("the instance was kept after a failed drawing")
	}
	if got := retries() - r0; got != 1 {
		t.Errorf("bad DOT in a used instance: drawn again %d times, want 1", got)
	}
	// No instance is kept now: the same DOT fails in a fresh one, is not
	// drawn again, and fails with the same message.
	again := draw("digraph { a -> ")
	if got := retries() - r0; got != 1 {
		t.Errorf("bad DOT in a fresh instance was drawn again (%d retries in all, want 1)", got)
	}
	if again == nil || again.Error() != err.Error() {
		t.Errorf("bad DOT in a fresh instance: %v, want the error of the retried drawing %q", again, err)
	}
	for i := range gvMaxUses {
		if err := draw("digraph { a }"); err != nil {
			t.Fatal(err)
		}
		if kept, uses := shared(); i < gvMaxUses-1 && (!kept || uses != i+1) {
			t.Fatalf("after %d drawings: instance kept %v, %d uses", i+1, kept, uses)
		}
	}
	if kept, _ := shared(); kept {
		t.Errorf("the instance was kept after %d drawings", gvMaxUses)
	}
}
