package timeline_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/internal/gen"
	"github.com/eventgraph/eventgraph/timeline"
)

var update = flag.Bool("update", false, "rewrite golden files")

var (
	seedOnce sync.Once
	seedCase *casefile.Case
	seedErr  error
)

// seed loads the bundled case once. Its golden files change when the case
// does: refresh them with go test ./timeline/... -update and review the diff.
func seed(t testing.TB) *casefile.Case {
	t.Helper()
	seedOnce.Do(func() { seedCase, seedErr = casefile.Load(data.FS, data.SeedCase) })
	if seedErr != nil {
		t.Fatalf("loading the seed case: %v", seedErr)
	}
	return seedCase
}

// generated returns a generated case of n events.
func generated(t testing.TB, n int) *casefile.Case {
	t.Helper()
	c, err := casefile.Load(gen.FS(gen.Options{Events: n, Seed: 1}), ".")
	if err != nil {
		t.Fatalf("loading a generated case of %d events: %v", n, err)
	}
	return c
}

// goldenOptions are the seed case layouts kept as golden files.
var goldenOptions = []struct {
	name string
	opts timeline.Options
}{
	{"horizontal", timeline.Options{}},
	{"vertical", timeline.Options{Orientation: timeline.Vertical}},
	{"horizontal-claims-full", timeline.Options{Claims: timeline.ClaimsFull}},
	{"vertical-claims-full", timeline.Options{Orientation: timeline.Vertical, Claims: timeline.ClaimsFull}},
	{"horizontal-as-of", timeline.Options{AsOf: edtf.MustParse("2023-03-21")}},
}

// compareGolden compares got with testdata/name, or rewrites it with -update.
func compareGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./timeline/ -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; review the change and run go test ./timeline/ -update", path)
	}
}

func TestGoldenScenes(t *testing.T) {
	c := seed(t)
	for _, g := range goldenOptions {
		t.Run(g.name, func(t *testing.T) {
			s, err := timeline.Layout(c, g.opts)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(s, "", " ")
			if err != nil {
				t.Fatal(err)
			}
			compareGolden(t, g.name+".json", append(got, '\n'))
			var back timeline.Scene
			if err := json.Unmarshal(got, &back); err != nil {
				t.Fatalf("the scene does not read back: %v", err)
			}
			again, _ := json.MarshalIndent(&back, "", " ")
			if !bytes.Equal(got, again) {
				t.Error("the scene changes through a JSON round trip")
			}
		})
	}
}
