package cli

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/diagram"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/serve"
	"github.com/eventgraph/eventgraph/internal/testcase"
	"github.com/eventgraph/eventgraph/timeline"
)

// TestItem9NilCaseAndContext: library calls given a nil *Case, graph or
// context return an error (or nil) instead of panicking.
func TestItem9NilCaseAndContext(t *testing.T) {
	var nc *casefile.Case
	var nctx context.Context
	g, err := graph.Build(testcase.Seed(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		call func() error
		want error // nil: any error
	}{
		{"graph.Build(nil)", func() error { _, err := graph.Build(nil); return err }, nil},
		{"timeline.Layout(nil)", func() error { _, err := timeline.Layout(nil, timeline.Options{}); return err }, nil},
		{"diagram.Layout(nil ctx)", func() error { _, err := diagram.Layout(nctx, diagram.Whole(g, 0), diagram.Options{}); return err }, diagram.ErrNilContext},
		{"diagram.DrawSVG(nil ctx)", func() error { _, err := diagram.DrawSVG(nctx, diagram.Whole(g, 0), diagram.Options{}); return err }, diagram.ErrNilContext},
		{"diagram.DrawPNG(nil ctx)", func() error {
			_, err := diagram.DrawPNG(nctx, diagram.Whole(g, 0), diagram.Options{}, diagram.PNGOptions{})
			return err
		}, diagram.ErrNilContext},
		{"diagram.Render(nil ctx)", func() error { return diagram.Render(nctx, []byte("digraph{a}"), "", "", nil) }, diagram.ErrNilContext},
		{"diagram.DrawSVG(nil graph)", func() error {
			_, err := diagram.DrawSVG(context.Background(), diagram.Whole(nil, 0), diagram.Options{})
			return err
		}, diagram.ErrNilGraph},
		{"diagram.Ego(nil graph)", func() error { _, err := diagram.Ego(nil, "a", 1, 0); return err }, diagram.ErrNilGraph},
		{"(*Case)(nil).Validate", func() error { return nc.Validate() }, casefile.ErrNilCase},
	} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s panicked: %v", tc.name, r)
				}
			}()
			err := tc.call()
			if err == nil || tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("%s = %v, want an error (%v)", tc.name, err, tc.want)
			}
		}()
	}
	func() {
		defer func() {
			if r := recover(); r != nil {
				t.Errorf("a method of a nil *Case or *Graph panicked: %v", r)
			}
		}()
		var ng *graph.Graph
		if nc.AsOf(edtf.Value{}) != nil || nc.Subset([]string{"x"}) != nil || nc.Counts() != (casefile.Counts{}) ||
			nc.Name("x") != "" || nc.Kind("x") != "" || ng.Case() != nil {
			t.Error("a nil *Case or *Graph gave a value")
		}
	}()
}

// TestItem9ExportedListsAreArrays: the exported lists of names are arrays,
// so no caller can append to them or make them share a backing slice.
func TestItem9ExportedListsAreArrays(t *testing.T) {
	for name, v := range map[string]any{
		"casefile.Stances":           casefile.Stances,
		"casefile.Statuses":          casefile.Statuses,
		"casefile.OrganizationKinds": casefile.OrganizationKinds,
		"casefile.SourceKinds":       casefile.SourceKinds,
		"casefile.EventImportances":  casefile.EventImportances,
		"diagram.Engines":            diagram.Engines,
		"diagram.Formats":            diagram.Formats,
		"serve.Pictures":             serve.Pictures,
	} {
		if k := reflect.TypeOf(v).Kind(); k != reflect.Array {
			t.Errorf("%s is a %s, want an array", name, k)
		}
	}
}
