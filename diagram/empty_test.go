package diagram

import (
	"context"
	"errors"
	"testing"
	"testing/fstest"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
)

// TestErrEmpty checks that kinds that leave nothing to draw are an error
// that says so, in every output.
func TestErrEmpty(t *testing.T) {
	g := smallGraph(t)
	const want = "diagram: nothing to draw: the kinds sources leave none of the 14 records in view; " +
		"add people or organizations to the kinds (--kinds people,organizations,sources)"
	_, err := dotOf(g, opt{Kinds: Sources})
	if !errors.Is(err, ErrEmpty) || err.Error() != want {
		t.Errorf("DOT error = %v, want %s", err, want)
	}
	if _, err := svgOf(context.Background(), g, opt{Kinds: Sources}); !errors.Is(err, ErrEmpty) {
		t.Errorf("RenderSVG error = %v, want ErrEmpty", err)
	}
	if _, err := pngBytes(context.Background(), g, opt{Kinds: Sources}, PNGOptions{}); !errors.Is(err, ErrEmpty) {
		t.Errorf("RenderPNG error = %v, want ErrEmpty", err)
	}
	if _, err := dotOf(g, opt{Kinds: People | Sources}); err != nil {
		t.Errorf("DOT with people: %v", err)
	}
}

// TestEmptyCase checks that a case with no records is drawn as its title,
// without an error.
func TestEmptyCase(t *testing.T) {
	c, err := casefile.Load(fstest.MapFS{"c/case.yaml": {Data: []byte("case: {title: Nothing yet}\n")}}, "c")
	if err != nil {
		t.Fatal(err)
	}
	g, err := graph.Build(c)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svgOf(context.Background(), g, opt{}); err != nil {
		t.Errorf("RenderSVG of an empty case: %v", err)
	}
}
