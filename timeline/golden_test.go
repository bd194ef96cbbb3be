package timeline_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"path/filepath"
	"testing"

	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/internal/testcase"
	"github.com/eventgraph/eventgraph/timeline"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenOptions are the seed case layouts kept as golden files. They change
// when the case does: refresh them with go test ./timeline/... -update and
// review the diff.
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
	testcase.Golden(t, filepath.Join("testdata", name), got, *update)
}

func TestGoldenScenes(t *testing.T) {
	c := testcase.Seed(t)
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
