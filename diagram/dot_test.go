package diagram

import (
	"bytes"
	"flag"
	"path/filepath"
	"testing"

	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/testcase"
	"github.com/eventgraph/eventgraph/theme"
)

var update = flag.Bool("update", false, "rewrite golden files")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	testcase.Golden(t, filepath.Join("testdata", name), got, *update)
}

// seedAsOf is the seed case as known on 21 March 2023, the day before the
// Global News report.
func seedAsOf(t testing.TB) *graph.Graph {
	t.Helper()
	g := seedGraph(t)
	c := g.Case().AsOf(edtf.MustParse("2023-03-21"))
	h, err := graph.Build(c)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// views are the diagrams with golden DOT files.
var views = []struct {
	name string
	opts opt
	asOf bool
}{
	{"seed", opt{}, false},
	{"focus-han-dong", opt{Focus: "han-dong", Depth: 1}, false},
	{"focus-han-tao-depth2", opt{Focus: "han-tao"}, false},
	{"path-kovrig-trudeau", opt{PathFrom: "michael-kovrig", PathTo: "justin-trudeau"}, false},
	{"kinds-people-orgs", opt{Kinds: People | Organizations}, false},
	{"kinds-no-claims", opt{Kinds: People | Organizations | Events}, false},
	{"cluster", opt{Kinds: People | Organizations, Options: Options{Cluster: true, Direction: TB}}, false},
	{"sources", opt{Focus: "dong-han-tao-conversation", Depth: 1, Kinds: allKinds}, false},
	{"dark-no-legend", opt{Focus: "han-tao", Depth: 1, Options: Options{Theme: theme.Dark(), NoLegend: true}}, false},
	{"as-of-2023-03-21", opt{Options: Options{Subtitle: "As known on 21 March 2023"}}, true},
	{"overview", overviewOptions, false},
}

func TestDOTGolden(t *testing.T) {
	g := seedGraph(t)
	for _, v := range views {
		t.Run(v.name, func(t *testing.T) {
			gr := g
			if v.asOf {
				gr = seedAsOf(t)
			}
			dot, err := dotOf(gr, v.opts)
			if err != nil {
				t.Fatal(err)
			}
			legend, err := legendDOTOf(gr, v.opts)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, v.name+".dot", dot)
			if v.opts.NoLegend {
				if legend != nil {
					t.Errorf("NoLegend: LegendDOT returned %d bytes", len(legend))
				}
				return
			}
			golden(t, v.name+".legend.dot", legend)
		})
	}
}

func TestDOTDeterministic(t *testing.T) {
	g := seedGraph(t)
	first, err := dotOf(g, opt{})
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		again, err := dotOf(seedGraph(t), opt{})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first, again) {
			t.Fatal("DOT differs between two runs on the same case")
		}
	}
}
