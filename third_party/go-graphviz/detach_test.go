package graphviz_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/goccy/go-graphviz"
)

// slowGraph is a digraph whose dot layout takes seconds: about 1 s for
// native dot on an idle 2-core machine, longer in WebAssembly. (With 180
// edges among 70 nodes the layout could end within the test's 200 ms
// deadline on an idle machine, and the render was not detached.)
func slowGraph() []byte {
	var b bytes.Buffer
	b.WriteString("digraph {\n")
	x := uint32(1)
	next := func() int {
		x = x*1664525 + 1013904223
		return int(x>>8) % 100
	}
	for range 300 {
		fmt.Fprintf(&b, "n%d -> n%d;\n", next(), next())
	}
	b.WriteString("}\n")
	return b.Bytes()
}

// TestRenderDetachable: a context cancelled during a long layout makes
// RenderDetachable return at once with the context's error; the layout
// ends in the background in its detached module, and a new instance
// meanwhile renders in a new module.
func TestRenderDetachable(t *testing.T) {
	ctx := context.Background()
	gv, err := graphviz.New(ctx)
	if err != nil {
		t.Fatal(err)
	}
	g, err := graphviz.ParseBytes(slowGraph())
	if err != nil {
		t.Fatal(err)
	}
	cctx, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	var buf bytes.Buffer
	start := time.Now()
	detached, err := gv.RenderDetachable(cctx, g, graphviz.SVG, &buf)
	if !errors.Is(err, context.DeadlineExceeded) || detached == nil {
		t.Fatalf("RenderDetachable: detached %v, err %v after %v", detached != nil, err, time.Since(start))
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("returned after %v", took)
	}
	// gv and g belong to the detached module: make new ones.
	gv2, err := graphviz.New(ctx)
	if err != nil {
		t.Fatal(err)
	}
	g2, err := graphviz.ParseBytes([]byte("digraph { a -> b }"))
	if err != nil {
		t.Fatal(err)
	}
	buf.Reset()
	if d, err := gv2.RenderDetachable(ctx, g2, graphviz.SVG, &buf); d != nil || err != nil {
		t.Fatalf("second render: detached %v, err %v", d != nil, err)
	}
	if !bytes.Contains(buf.Bytes(), []byte("<svg")) {
		t.Fatalf("no SVG: %q", buf.String())
	}
	select {
	case <-detached:
		t.Log("the detached layout ended before the second render did")
	default:
	}
	select {
	case <-detached:
	case <-time.After(5 * time.Minute):
		t.Fatal("the detached layout did not end")
	}
	if err := g2.Close(); err != nil {
		t.Fatal(err)
	}
	if err := gv2.Close(); err != nil {
		t.Fatal(err)
	}
}
