package diagram

import (
	"errors"
	"slices"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/theme"
)

func TestParseKinds(t *testing.T) {
	tests := []struct {
		in   string
		want Kinds
		err  string
	}{
		{"", DefaultKinds, ""},
		{"people", People, ""},
		{"people,organizations", People | Organizations, ""},
		{" People , Orgs ,event", People | Organizations | Events, ""},
		{"all", allKinds, ""},
		{"default,sources", DefaultKinds | Sources, ""},
		{"claim,claims", Claims, ""},
		{",,", DefaultKinds, ""},
		{"people,vehicles", 0, `diagram: invalid option: unknown kind "vehicles": use a comma-separated list of people,organizations,events,claims,sources, or all`},
	}
	for _, tt := range tests {
		got, err := ParseKinds(tt.in)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err || !errors.Is(err, ErrOptions) {
				t.Errorf("ParseKinds(%q) error %v, want %s", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseKinds(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestKindsString(t *testing.T) {
	if got := (People | Claims | Sources).String(); got != "people,claims,sources" {
		t.Errorf("String = %q", got)
	}
	if got := Kinds(0).String(); got != "" {
		t.Errorf("zero String = %q", got)
	}
}

func TestParseEngineFormatDirection(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Engine
		err  bool
	}{{"", "", false}, {"auto", "", false}, {"DOT", Dot, false}, {"sfdp", SFDP, false}, {"twopi", Twopi, false}, {"circo", Circo, false}, {"osage", "", true}} {
		got, err := ParseEngine(tt.in)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("ParseEngine(%q) = %q, %v", tt.in, got, err)
		}
	}
	for _, tt := range []struct {
		in   string
		want Format
		err  bool
	}{{"", SVG, false}, {"svg", SVG, false}, {"PNG", PNG, false}, {"dot", DOTFormat, false}, {"pdf", "", true}} {
		got, err := ParseFormat(tt.in)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("ParseFormat(%q) = %q, %v", tt.in, got, err)
		}
	}
	for _, tt := range []struct {
		in   string
		want Direction
		err  bool
	}{{"", LR, false}, {"lr", LR, false}, {"TB", TB, false}, {"BT", "", true}} {
		got, err := ParseDirection(tt.in)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("ParseDirection(%q) = %q, %v", tt.in, got, err)
		}
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		o    Options
		err  string
	}{
		{"zero", Options{}, ""},
		{"custom theme", Options{Theme: theme.Theme{Name: "house"}}, ""},
		{"bad engine", Options{Engine: "osage"}, `diagram: invalid option: unknown layout engine "osage": use one of circo, dot, fdp, neato, sfdp, twopi`},
		{"bad direction", Options{Direction: "RL"}, `diagram: invalid option: unknown direction "RL": use LR (left to right) or TB (top to bottom)`},
		{"bad prefix", Options{IDPrefix: "a b"}, `diagram: invalid option: id prefix "a b": use only letters, digits, - and _`},
		{"digit prefix", Options{IDPrefix: "1a"}, `diagram: invalid option: id prefix "1a" must start with a letter`},
	}
	for _, tt := range tests {
		err := tt.o.Validate()
		switch {
		case tt.err == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.err != "" && (err == nil || err.Error() != tt.err || !errors.Is(err, ErrOptions)):
			t.Errorf("%s: error %v, want %s", tt.name, err, tt.err)
		}
	}
}

func TestViewValidate(t *testing.T) {
	g := seedGraph(t)
	ego, err := Ego(g, "han-dong", 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	chain, err := Chain(g, "michael-kovrig", "justin-trudeau", 0)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		v    View
		err  string
		is   error
	}{
		{"whole", Whole(g, 0), "", nil},
		{"ego", ego, "", nil},
		{"chain", chain, "", nil},
		{"hand-made focus", View{Graph: g, Focus: "han-tao", Depth: 2}, "", nil},
		{"no graph", View{Focus: "han-dong"}, "diagram: no graph to draw", ErrNilGraph},
		{"negative depth", View{Graph: g, Focus: "han-dong", Depth: -2}, "diagram: invalid option: depth -2 is negative: use 1 or more", ErrOptions},
		{"bad kinds", View{Graph: g, Kinds: 1 << 6}, "diagram: invalid option: unknown kinds bits 0x40", ErrOptions},
		{"focus and path", View{Graph: chain.Graph, Focus: "michael-kovrig", Path: chain.Path}, "diagram: cannot draw view: draw either a focus or a path, not both", ErrView},
		{"focus outside", View{Graph: ego.Graph, Focus: "michael-kovrig"},
			`diagram: cannot draw view: focus "michael-kovrig" is not in the view's graph: take the graph from graph.Ego (or diagram.Ego)`, ErrView},
		{"path outside", View{Graph: ego.Graph, Path: chain.Path},
			`diagram: cannot draw view: path record "michael-kovrig" is not in the view's graph: take the graph from graph.Induced of the path's records (or diagram.Chain)`, ErrView},
		{"empty path", View{Graph: g, Path: &graph.Path{}}, "diagram: cannot draw view: the path has no records", ErrView},
	}
	for _, tt := range tests {
		err := tt.v.Validate()
		switch {
		case tt.err == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.err != "" && (err == nil || err.Error() != tt.err || !errors.Is(err, tt.is)):
			t.Errorf("%s: error %v, want %s", tt.name, err, tt.err)
		}
	}
}

func TestViewQueries(t *testing.T) {
	g := seedGraph(t)
	if _, err := Ego(g, "han-dongg", 1, 0); !errors.Is(err, ErrView) || !errors.Is(err, graph.ErrUnknownRecord) {
		t.Errorf("Ego(unknown) error = %v, want ErrView and graph.ErrUnknownRecord", err)
	}
	if _, err := Ego(g, "han-dong", -1, 0); !errors.Is(err, ErrOptions) {
		t.Errorf("Ego(depth -1) error = %v, want ErrOptions", err)
	}
	if _, err := Chain(g, "han-dong", "nobody", 0); !errors.Is(err, ErrView) || !errors.Is(err, graph.ErrUnknownRecord) {
		t.Errorf("Chain(unknown) error = %v, want ErrView and graph.ErrUnknownRecord", err)
	}
	if _, err := Ego(nil, "han-dong", 1, 0); !errors.Is(err, ErrNilGraph) {
		t.Errorf("Ego(nil) error = %v, want ErrNilGraph", err)
	}
	// The walk leaves sources out unless they are drawn: two records
	// citing one article are not tied by it.
	v, err := Ego(g, "han-dong", 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range v.Graph.Vertices() {
		if x.Kind == casefile.KindSource {
			t.Errorf("Ego without sources holds source %s", x.ID)
		}
	}
	v, err = Ego(g, "han-dong", 1, allKinds)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(v.Graph.Vertices(), func(x *graph.Vertex) bool { return x.Kind == casefile.KindSource }) {
		t.Error("Ego with sources drawn holds no source")
	}
}

func TestEngineFor(t *testing.T) {
	for _, tt := range []struct {
		o    Options
		n    int
		want Engine
	}{{Options{}, 10, Dot}, {Options{}, AutoEngineLimit, Dot}, {Options{}, AutoEngineLimit + 1, SFDP}, {Options{Engine: Neato}, 1000, Neato}} {
		if got := tt.o.EngineFor(tt.n); got != tt.want {
			t.Errorf("EngineFor(%d) with %q = %q, want %q", tt.n, tt.o.Engine, got, tt.want)
		}
	}
}
