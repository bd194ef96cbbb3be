package export

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// chunks records the writes it is given; after failAfter writes (when > 0)
// it fails.
type chunks struct {
	writes    [][]byte
	failAfter int
}

var errFull = errors.New("disk full")

func (c *chunks) Write(p []byte) (int, error) {
	if c.failAfter > 0 && len(c.writes) >= c.failAfter {
		return 0, errFull
	}
	c.writes = append(c.writes, bytes.Clone(p))
	return len(p), nil
}

// The streaming exports hand their output on in chunks of about sinkChunk
// bytes, which put together are the whole export, and stop at the first
// write error, returning it.
func TestStreamingExports(t *testing.T) {
	g, err := graph.Build(testcase.Generated(t, 1000))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		name  string
		write func(io.Writer, *graph.Graph) error
		whole func(*graph.Graph) []byte
	}{
		{"gexf", WriteGEXF, GEXF},
		{"graphml", WriteGraphML, GraphML},
		{"ftm", WriteFtM, FtM},
		{"timelinejs", WriteTimelineJS, TimelineJS},
		{"json", func(w io.Writer, g *graph.Graph) error { return WriteModelJSON(w, g.Case()) },
			func(g *graph.Graph) []byte { return ModelJSON(g.Case()) }},
	} {
		t.Run(f.name, func(t *testing.T) {
			var c chunks
			if err := f.write(&c, g); err != nil {
				t.Fatal(err)
			}
			if len(c.writes) < 4 {
				t.Fatalf("%d writes, want the export in several chunks", len(c.writes))
			}
			for i, w := range c.writes[:len(c.writes)-1] {
				if len(w) < sinkChunk || len(w) > 2*sinkChunk {
					t.Errorf("write %d: %d bytes, want %d to %d", i, len(w), sinkChunk, 2*sinkChunk)
				}
			}
			if got, want := bytes.Join(c.writes, nil), f.whole(g); !bytes.Equal(got, want) {
				t.Errorf("the chunks put together (%d bytes) differ from the whole export (%d bytes)", len(got), len(want))
			}
			failing := chunks{failAfter: 2}
			if err := f.write(&failing, g); !errors.Is(err, errFull) {
				t.Errorf("error %v, want %v", err, errFull)
			}
			if len(failing.writes) != 2 {
				t.Errorf("%d writes accepted, want 2", len(failing.writes))
			}
		})
	}
}
